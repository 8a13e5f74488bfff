"""fix55o (rv55g s81, s82): an agent's 代X付款 wire in another currency than X's invoice is X's,
X's open sum weighed at the rates in Settings; one for X with nothing open yet (its invoice sold
in a file imported later) is X's on account, as before fix55g.

Reader 92 (fix55g) counted X's open sum only in the wire's currency: Khartoum owing 8,000 EUR,
Hassan's 8,640 USD wire noted 代Khartoum Star付款 found nothing open and stayed Hassan's (Hassan
8,640 on account, Khartoum 8,640 USD open, 89 days, black). fix54e's workbook (出货明细 +
收款登记) written with openpyxl, imported whole; accounts at 06-30 (EUR 1.08 USD, 7.2 CNY).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fix54p_payer_fits import AS_OF, LATE
from test_fix55g_agent_notes import HASSAN, KHARTOUM, _sale, _whole
from test_payer_named_fix54e import GULF, GULF_PAID, SHIP_HEAD, _account, _book

from core.ledger.importer import import_files
from core.ledger.report import import_report

NOTE = "代Khartoum Star付款"


def _accounts(tmp_path: Path, ships: list[tuple], paid: list[tuple]) -> tuple:
    _whole(tmp_path, [GULF, *ships], [GULF_PAID, *paid, LATE])
    return _account(tmp_path, HASSAN, AS_OF), _account(tmp_path, KHARTOUM, AS_OF)


def test_an_agents_dollar_wire_pays_the_buyers_euro_invoice(tmp_path: Path) -> None:
    """s81a: Khartoum's INV-K1 8,000 EUR open; Hassan (his INV-H1 5,000 USD paid 03-20) wires
    8,640 USD on 05-01 noted 代Khartoum Star付款: Khartoum's, both 0, no credit. Main: Hassan
    8,640 on account, Khartoum 8,640 open, 89 days, black."""
    hassan, khartoum = _accounts(tmp_path, [
        _sale("INV-H1", HASSAN, 5_000), (*_sale("INV-K1", KHARTOUM, 8_000), "EUR")], [
        ("2025-03-20", HASSAN, 5_000, None, "INV-H1", "货款"),
        ("2025-05-01", HASSAN, 8_640, None, None, NOTE)])
    assert hassan == khartoum == (0, 0, 0, 0, None), (hassan, khartoum)


def test_an_agents_wire_over_the_euros_pays_his_own_dollars_too(tmp_path: Path) -> None:
    """s81b: Hassan owes his INV-H2 4,000 USD and wires 12,640 USD for Khartoum's 8,000 EUR:
    8,640 Khartoum's, 4,000 Hassan's own; both 0. Main: Hassan 8,640 credit, Khartoum black."""
    hassan, khartoum = _accounts(tmp_path, [
        _sale("INV-H2", HASSAN, 4_000), (*_sale("INV-K1", KHARTOUM, 8_000), "EUR")], [
        ("2025-05-01", HASSAN, 12_640, None, None, NOTE)])
    assert hassan == khartoum == (0, 0, 0, 0, None), (hassan, khartoum)


def test_an_agents_yuan_pay_the_buyers_dollar_invoice(tmp_path: Path) -> None:
    """s81c: Hassan pays Khartoum's 8,000 USD INV-K1 in yuan, 57,600 RMB: Khartoum's, both 0.
    (Settings' yuan rate makes it 8,000.64: 0.64 on account.) Main: Khartoum 8,000 open, 89
    days, black; Hassan 8,000 on account."""
    hassan, khartoum = _accounts(tmp_path, [
        _sale("INV-H1", HASSAN, 5_000), _sale("INV-K1", KHARTOUM, 8_000)], [
        ("2025-03-20", HASSAN, 5_000, None, "INV-H1", "货款"),
        ("2025-05-01", HASSAN, 57_600, None, None, NOTE, "RMB")])
    assert hassan == (0, 0, 0, 0, None) and khartoum is not None, (hassan, khartoum)
    assert khartoum[:3] == (0, 0, 0) and khartoum[3] < 1 and khartoum[4] is None, khartoum


def _two_books(tmp_path: Path) -> tuple[Path, Path]:
    """王芳's register sells Hassan INV-H1 5,000 (paid 03-20) and Khartoum INV-K0 3,000 (paid
    02-20 by Khartoum itself); Hassan wires 8,000 on 05-01 noted 代Khartoum Star付款. 李明's
    book sells Khartoum INV-K1 8,000 (shipped 03-01, B/L 03-03, OA 30: due 04-02)."""
    register = _book(tmp_path / "2025外贸台账.xlsx", [
        GULF, _sale("INV-H1", HASSAN, 5_000),
        ("INV-K0", KHARTOUM, 3_000, "2025-01-05", "2025-01-07", "OA 30 days")], [
        GULF_PAID, ("2025-02-20", KHARTOUM, 3_000, None, "INV-K0", "货款"),
        ("2025-03-20", HASSAN, 5_000, None, "INV-H1", "货款"),
        ("2025-05-01", HASSAN, 8_000, None, None, NOTE), LATE])
    sold = ["INV-K1", "LM-K1", KHARTOUM, "苏丹", "五金工具", 100, 80, 8_000, "USD",
            datetime(2025, 3, 1), datetime(2025, 3, 3), "OA 30 days", "李明", None]
    return register, write_xlsx(tmp_path / "李明出货2025.xlsx", {"出货": [SHIP_HEAD, sold]})


def test_an_agents_wire_for_a_buyer_sold_in_a_later_file_waits_as_its_credit(
        tmp_path: Path) -> None:
    """s82a: the register imported first, 李明's book after: the 8,000 is Khartoum's on account
    till INV-K1 comes, then pays it; both 0, no credit, the report saying so in both languages.
    Main: Khartoum 8,000 open, 89 days, black; Hassan 8,000 on account."""
    register, later = _two_books(tmp_path)
    [first] = import_files(tmp_path / "fast.sqlite", [register])
    english, chinese = import_report(first), in_chinese(lambda: import_report(first))
    import_files(tmp_path / "fast.sqlite", [later])
    assert _account(tmp_path, HASSAN, AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path, KHARTOUM, AS_OF) == (0, 0, 0, 0, "white")  # paid early
    assert "who has nothing open yet: counted as Khartoum Star Trading Co's money on account" \
        in english
    assert "计为 Khartoum Star Trading Co 的预收货款" in chinese


def test_an_agents_wire_for_a_buyer_sold_in_the_same_import_s_next_file(
        tmp_path: Path) -> None:
    """s82c: both files in one import, the register first: both 0, no credit. Main: Khartoum
    8,000 open, 89 days, black; Hassan 8,000 on account."""
    import_files(tmp_path / "fast.sqlite", list(_two_books(tmp_path)))
    assert _account(tmp_path, HASSAN, AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path, KHARTOUM, AS_OF) == (0, 0, 0, 0, "white")
