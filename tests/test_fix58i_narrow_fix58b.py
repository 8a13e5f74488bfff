"""fix58i (rv58c s231, s232): fix58b's two new rules narrowed where they hid what was owed.

- An agent's 代X付款 wire, X having bought and owing nothing, is his own only where it is just
  what he owes himself and names none of X's invoices: for less (Hassan's 8,000 of 12,000) it
  is X's, on account until X's next invoice comes (the guide, rv56c s136b), and so is one
  naming X's paid invoice (代Khartoum Star付INV-K1).
- A plan's day then a chase over (不用催了, 之前催了好几次) reads paid only where the note's
  other clauses say the money came in full: a refusal, a failure, a lawyer or a part after it
  (转法务, 客户破产, 客户拒付, 只到一半, 终于付了一半, 还差2000) leaves the balance owed.
"""

from __future__ import annotations

from pathlib import Path

from test_fix54p_payer_fits import AS_OF, LATE
from test_fix55g_agent_notes import HASSAN, KHARTOUM, _sale
from test_fix56b_balance_clause_ours_part import OWED
from test_fix56k_narrow_fix56b import _read
from test_payer_named_fix54e import GULF, GULF_PAID, _account, _book

from core.ledger.importer import import_files

KHARTOUM_PAID = ("2025-04-01", KHARTOUM, 8_000, None, "INV-K1", "货款")


def _months(tmp_path: Path, wire: tuple, later: list[tuple]) -> tuple[tuple, tuple]:
    """March's book (Hassan's INV-H1 12,000, Khartoum's INV-K1 8,000 paid 04-01, Hassan's
    `wire`), then June's selling `later`: Hassan's and Khartoum's accounts at 06-30."""
    db = tmp_path / "fast.sqlite"
    march = _book(tmp_path / "2025外贸台账.xlsx", [
        GULF, _sale("INV-H1", HASSAN, 12_000), _sale("INV-K1", KHARTOUM, 8_000)],
        [GULF_PAID, KHARTOUM_PAID, wire])
    june = _book(tmp_path / "2025外贸台账-6月.xlsx", later, [LATE])
    return agent_and_buyer(db, [march, june])


def agent_and_buyer(db: Path, files: list[Path]) -> tuple[tuple, tuple]:
    """`files` imported in turn into `db`: Hassan's and Khartoum's (open, overdue, days,
    credit) at 06-30."""
    for path in files:
        [result] = import_files(db, [path])
        assert result.status == "imported"
    hassan, khartoum = _account(db.parent, HASSAN, AS_OF), _account(db.parent, KHARTOUM, AS_OF)
    assert hassan is not None and khartoum is not None
    return hassan[:4], khartoum[:4]


def test_an_agents_wire_for_less_than_he_owes_waits_for_the_buyers_next_invoice(
        tmp_path: Path) -> None:
    """s231 b, s231b, s231c: Hassan wires 8,000 noted 代Khartoum Star付款 on 05-01 owing 12,000;
    June's book sells Khartoum's INV-K2 8,000 (B/L 06-01). Hand: the wire was Khartoum's on
    account and pays INV-K2; Hassan 12,000, 89 days (main: Hassan 4,000, Khartoum 8,000 open,
    black at 61 days by 08-31)."""
    inv_k2 = ("INV-K2", KHARTOUM, 8_000, "2025-06-01", "2025-06-01", "OA 30 days")
    assert _months(tmp_path, ("2025-05-01", HASSAN, 8_000, None, None, "代Khartoum Star付款"),
                   [inv_k2]) == ((12_000, 12_000, 89, 0), (0, 0, 0, 0))


def test_an_agents_wire_naming_the_buyers_paid_invoice_is_the_buyers(tmp_path: Path) -> None:
    """s231 d with the wire at Hassan's own 12,000 open: 代Khartoum Star付INV-K1 names
    Khartoum's invoice (paid 04-01), so the money is Khartoum's, on account, as the clerk wrote
    (main: Hassan 0, his own). fix58b's own case (names none of Khartoum's) stays his:
    tests/test_fix58b_history_names_old_refunds.py."""
    assert _months(tmp_path, ("2025-05-01", HASSAN, 12_000, None, None,
                              "代Khartoum Star付INV-K1"), []) == (
        (12_000, 12_000, 89, 0), (0, 0, 0, 12_000))


def test_a_chase_over_then_a_refusal_or_a_part_is_owed(tmp_path: Path) -> None:
    """s232 E00–E02, E04, s232b U08–U10 on the 尾款70% row (7,000 received 04-20): owed, 72
    days, black (main: 0, paid); the part said (一半, 还差2000) is what came, the rest owed
    (fix59d: core.ledger.part_said; 7,000 before). A chase stopped beside half come (停止催款，款
    已到一半) leaves half owed too (main: 0). The plan then the chase over alone, or the money
    paid (the balance's share named, 尾款70%付了, is no part), stays paid."""
    owed = ["客户说4月10日付，不用催了，转法务", "客户说4月10日付，不用催了，客户破产",
            "客户说4月10日付，之前催了好几次，客户拒付", "客户说4月10日付，之前催了好几次，转法务"]
    half = (3_500, 72, "black")
    parts = {"客户说4月10日付，之前催了好几次，只到一半": half,
             "预计4月15日付款，催了三次终于付了一半": half,
             "客户说4月10日付，之前催了好几次，还差2000": (2_000, 72, "black"),
             "停止催款，款已到一半": half}
    _read(tmp_path, ["客户说4月10日付，之前催了好几次", "预计4月15日付款，催了三次终于付了",
                     "客户说4月10日付，不用催了，已到账", "停止催款，款已到",
                     "客户说4月10日付，不用催了，尾款70%付了", "停止催款，尾款70%付了"],
          {**dict.fromkeys(owed, OWED), **parts})
