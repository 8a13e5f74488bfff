"""fix62d (rv61f s501 L3, s502 G4, G5, G8): two notes that say money is still owed.

- A lump on an invoice's own row naming the invoices it pays, and an old one still owed
  (含N-3货款，N-1暂欠, N-1先欠着, 拖欠中, 延期): the note's owed words (core.ledger.owed_said,
  the earlier-debt rules' one list) leave N-1 out of what the money pays. Read as named, the
  10,000 paid the old N-1 first and left the pair 5,000 open, no list, where the buyer owed
  N-1 5,000 84 days, black. A register wire so noted alike.
- A balance row's goods short whose money the note says is still to come (还差2000的货，款下周
  付; 还差2000的货已发，钱没到) or the goods' value (还差2000的货值没付: 货值 the money, as
  货款 and 货钱): 2,000 owed, 72 days, black, where 0 or 7,000 was read. Goods still to ship
  with no word of their money (还差2000的货下月补发) still owe nothing now.
- The owed words are one list: beside a deposit cell's earlier debt, 仍欠 and 尚欠 in a clause
  of their own hold the cell whole as 还欠 and 暂欠 do (core.ledger.deposit_parts).

Each ledger goes through both imports (tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from account_cli import customers, open_invoices
from ledgers import write_xlsx
from test_fast_analysis import _compare
from test_fix56b_balance_clause_ours_part import PAID, _balances
from test_fix59c_repaid_and_moved_money import _imported
from test_fix59d_part_sums import _late
from test_fix61j_deposit_beside_earlier_debt import _book as _deposit_book
from test_fix61j_deposit_beside_earlier_debt import _santos
from test_fix61j_deposit_beside_earlier_debt import _seen as _deposit_seen
from test_fix61l_row_note_names_lump import BLACK, BUYER, HEAD, _book, _sale, _seen

d = date.fromisoformat
PAID_ALL = (0, 0, None, {})


@pytest.mark.parametrize("note", ["含N-3货款，N-1暂欠", "付N-2及N-3，N-1先欠着",
                                  "付N-2、N-3，N-1拖欠中", "含N-3货款，N-1延期",
                                  "付N-2、N-3 N-1暂欠"],
                         ids=["held", "owed-for-now", "overdue", "put-off", "space"])
def test_a_lump_leaving_an_old_invoice_owed_pays_the_pair(tmp_path: Path, note: str) -> None:
    """The pair paid, N-1 5,000 84 days, black (main: 5,000 on the pair, no list)."""
    assert _seen(_book(tmp_path, 10000, note)) == BLACK


@pytest.mark.parametrize(("paid", "note", "seen"), [
    (10000, "含N-3货款", BLACK),  # the other invoice alone (fix61l)
    (15000, "含N-3货款及N-1拖欠款", PAID_ALL),  # the overdue money named: paid with them
    (15000, "含N-3货款，N-1还欠的5000一起付", PAID_ALL),  # the old debt paid now
    (10000, "付N-2及N-3，N-1下月付", BLACK),  # put off (fix61l)
], ids=["other-alone", "overdue-money-named", "paid-now", "next-month"])
def test_old_invoices_named_as_paid_read_as_before(tmp_path: Path, paid: float, note: str,
                                                   seen: tuple[object, ...]) -> None:
    assert _seen(_book(tmp_path, paid, note)) == seen


def test_the_reference_analysis_agrees(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """tests/reference_analysis.py reads the lump alike: every output agrees with the app's."""
    db = _book(tmp_path / "db", 10000, "含N-3货款，N-1暂欠")
    assert _seen(db) == BLACK
    _compare(db, tmp_path, monkeypatch, [d("2025-06-30")])


def test_a_register_wire_leaving_an_invoice_owed_pays_the_other(tmp_path: Path) -> None:
    """A 6,000 register wire noted N-2货款，N-1暂欠 pays N-2: N-1 5,000 84 days, black (main:
    N-1 paid first, N-2 5,000 open, not due, no list); noted N-2货款 alone the same."""
    rows = [HEAD, _sale("N-1", 5000, "2025-03-01", "2025-03-08"), _sale("N-2", 6000),
            ["INV-999", "Other Co", d("2025-06-20"), "x", 1000, "USD", "T/T", d("2025-06-27"),
             1000, d("2025-06-30"), None, None]]
    register = [["收款日期", "付款人", "收款金额", "币种", "备注"],
                [d("2025-06-25"), BUYER, 6000, "USD", "N-2货款，N-1暂欠"]]
    _imported(tmp_path, [write_xlsx(tmp_path / "b" / "2025出货台账.xlsx",
                                    {"台账": rows, "收款登记": register})])
    c = customers(tmp_path / "fast.sqlite", d("2025-06-30"))["by_name"][BUYER]
    assert (round(c["open_amount"]), c["max_days_overdue"], c["list"],
            {k: round(v) for k, v in open_invoices(c).items()}) == (5000, 84, "black",
                                                                   {"N-1": 5000})


def test_goods_short_whose_money_is_still_to_come_is_owed(tmp_path: Path) -> None:
    """Each owed note on the 7,000 balance row: 2,000 open, 72 days, black (main: 0, or 7,000
    for 货值没付 and 钱没到). Goods to ship or shipped short with no word of their money still
    to come (or said paid, or only the freight's to come) owe nothing, as main; the money's
    rest named (还差2000货款, 货值还差2000没付) stays owed, as main."""
    owed = ["还差2000的货，款下周付", "还差2000的货值没付", "还差2000的货已发，钱没到",
            "还差2000的货，尾款下周付", "还差2000的货钱"]
    paid = ["还差2000的货下月补发", "还差2000的货下月补发，货款已付", "短装2000，款已付清",
            "还差200箱未发，款已收", "还差2000的货下月补发，运费下周付"]
    still = ["还差2000货款", "货值还差2000没付"]
    assert _balances(tmp_path, owed + paid + still) == {
        **dict.fromkeys(owed + still, _late(2_000)), **dict.fromkeys(paid, PAID)}


@pytest.mark.parametrize("note", ["定金3000，上批欠款4000，仍欠", "定金3000，上批欠款4000，尚欠"])
def test_a_deposit_cells_debt_still_owed_keeps_the_cell_whole(tmp_path: Path, note: str) -> None:
    """The old 4,000 owed 39 days, watch, the 7,000 held (main for 仍欠: split, 0 owed)."""
    assert _deposit_seen(_santos(_deposit_book(tmp_path, 7000, note))) == (4000, 39, "watch", 7000)
