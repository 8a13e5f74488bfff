"""fix58c (rv57c s215b, rv57b s10): a noted deduction the store weighs as a file's reading does.

A Foshan furniture exporter's clerk keeps a file a month. March's 台账_2025-03.xlsx sells
Hamburg Haus PO-H1 10,000 USD noted 质量扣款500 and PO-H3 10,000 (B/L 03-12, OA 30); the money
is entered in April's and May's files on their 收款登记 tabs.

- One 合并付款 wire of 19,500 for "PO-H1，PO-H3" in April's file: PO-H3 paid, PO-H1 short by
  its 500. Before: the wire, stored under both numbers, was never shared out (the same wire in
  March's own book was: fix57h), the 500 stayed open, 80 days, black.
- The 9,500 in April's file, then 补付质量扣款 500 in May's: the buyer paid the deduction
  back, the order is paid in full. Before: the credit note April's import stored stood, the
  500 paid PO-H3 instead, revenue 500 short.
- Khartoum's short wire booked on its newest row, not shipped: the account pays the noted
  invoice with it, the deduction's weighing did not. Before: 500 open, 42 days, watch.
- A money changer's 27,445 RMB for Sahara's 3,812 USD balance is 3,812.11 USD at the app's
  0.1389: the few cents over are the rate's rounding. Before: the deduction not read, 500 on
  the next invoice, 33 days, watch.

Each test imports by the app and the reference import (test_fast_import._same_import) and
keeps a near miss beside it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_acct56c_note_cancel_deduction_apart import HEAD, OA, _import, _row
from test_fast_import import _same_import
from test_fix57d_deduction_later_file import _credit_notes, _said, _state
from test_fix57h_deduction_money_placed import sahara_sheets
from test_lists_audit28 import at, by_name

from core.analysis.model import CustomerMetrics
from core.ledger.report import import_report

d = date.fromisoformat
REGISTER = ["日期", "付款人", "金额", "币种", "银行扣费", "对应发票", "备注"]
HAMBURG, OSLO = "Hamburg Haus GmbH", "Oslo Interiør AS"
SAHARA, SANAA = "Sahara Star General Trading", "Sanaa Gifts Est"
CHANGER = "义乌市金桥贸易商行"
KHARTOUM, BEIRUT, DOHA = "Khartoum Star Co", "Beirut Toys SAL", "Doha Party Supplies"


def _sale(no: str, buyer: str, note: str | None) -> list[object]:
    return [no, buyer, d("2025-03-05"), "餐桌", 100, 100, 10000, "USD", "OA 30天",
            d("2025-03-12"), d("2025-03-12"), None, None, note]


def _month(folder: Path, month: str, wires: list[tuple[str, str, float, str, str | None]]
           ) -> Path:
    return write_xlsx(folder / f"台账_2025-{month}.xlsx", {"收款登记": [REGISTER, *(
        [d(day), buyer, figure, "USD", None, number, note]
        for day, buyer, figure, number, note in wires)]})


def _march(folder: Path) -> Path:
    return write_xlsx(folder / "台账_2025-03.xlsx", {"3月": [
        HEAD, _sale("PO-H1", HAMBURG, "质量扣款500"), _sale("PO-H3", HAMBURG, None),
        _sale("PO-O1", OSLO, "质量扣款500"), _sale("PO-O3", OSLO, None)]})


def _buyers(tmp_path: Path) -> dict[str, CustomerMetrics]:
    return by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))


@pytest.mark.parametrize("order", ["march first", "april first"])
def test_a_merged_wire_in_a_later_file_settles_the_noted_deduction(tmp_path: Path, order: str):
    """April's 19,500 for "PO-H1，PO-H3" (合并付款), imported after March's file or before it:
    nothing open at 06-30, revenue 19,500, the deduction named. Oslo's like wire of 19,000 is
    1,000 short: PO-O1's noted 500 read, the 500 beyond it owed on PO-O3, noting none (rv58d
    s247 T2, fix59c; 1,000 open and nothing deducted before)."""
    march = _march(tmp_path / "books")
    april = _month(tmp_path / "books", "04", [
        ("2025-04-15", HAMBURG, 19500, "PO-H1，PO-H3", "合并付款"),
        ("2025-04-15", OSLO, 19000, "PO-O1/PO-O3", "合并付款")])
    rounds = [[march], [april]] if order == "march first" else [[april], [march]]
    results = _same_import(tmp_path, *rounds)
    assert [r.status for r in results] == ["imported", "imported"]
    found = _buyers(tmp_path)
    assert _state(found[HAMBURG]) == (0, 0, None)
    assert round(found[HAMBURG].revenue_12m) == 19500
    assert (round(found[OSLO].open_amount), round(found[OSLO].revenue_12m)) == (500, 19500)
    assert sorted(_credit_notes(tmp_path)) == [("PO-H1", -500), ("PO-O1", -500)]
    said = _said(results[1:], "noted_deduction_apart") + _said(results[1:], "noted_deduction")
    assert len(said) == 2 and "order PO-H1 of Hamburg Haus GmbH: 500.00 USD deducted" in said[0]


@pytest.mark.parametrize("note", ["补付质量扣款", "客户补回扣款500"])
def test_a_deduction_paid_back_later_withdraws_its_credit_note(tmp_path: Path, note: str):
    """April's 9,500 for PO-H1 settles March's noted 500 (its credit note stored), May's 500
    for PO-H1 pays it back: the credit note is withdrawn and named (both languages), PO-H1
    paid in full, revenue 20,000, PO-H3 10,000 open (unpaid, 29 days to May's last receipt:
    watch). March's file
    sent again keeps it so. Oslo's 500 paying PO-O3 in May leaves PO-O1's deduction as it
    was. Before: the credit note stood, the 500 paid PO-H3: 9,500 open, revenue 19,500."""
    books = tmp_path / "books"
    march = _march(books)
    april = _month(books, "04", [("2025-04-15", HAMBURG, 9500, "PO-H1", None),
                                 ("2025-04-15", OSLO, 9500, "PO-O1", None)])
    may = _month(books, "05", [("2025-05-10", HAMBURG, 500, "PO-H1", note),
                               ("2025-05-10", OSLO, 500, "PO-O3", None)])
    again = _march(tmp_path / "again")
    results = _same_import(tmp_path, [march], [april], [may])
    assert _credit_notes(tmp_path) == [("PO-O1", -500)]
    back = _said(results[2:], "noted_deduction_paid_back")
    assert back == [
        "“台账_2025-03.xlsx”, sheet “3月” row 2, order PO-H1 of Hamburg Haus GmbH: the 500.00 "
        "USD its note deducted (备注 “质量扣款500”) has been paid since: its credit note is "
        "withdrawn, the order counts as paid in full and its revenue as sold."]
    assert "客户已补付：撤回其贷项" in in_chinese(lambda: import_report(results[2], all_notes=True))
    for rounds in ((), ([again],)):
        _same_import(tmp_path, *rounds)
        found = _buyers(tmp_path)
        assert _state(found[HAMBURG]) == (10000, 29, "watch")  # receipts known to 05-10
        assert round(found[HAMBURG].revenue_12m) == 20000
        assert (round(found[OSLO].open_amount), round(found[OSLO].revenue_12m)) == (9500, 19500)
        assert _credit_notes(tmp_path) == [("PO-O1", -500)]


def test_rmb_a_few_cents_over_the_balance_settles_the_deduction(tmp_path: Path):
    """Sahara's YW25-0113 6,160 USD noted 质量扣款500, 1,848 on its row, the 3,812 balance
    paid by a money changer as 27,445 RMB (3,812.11 USD at 0.1389: 11 cents over, inside the
    rate's rounding, 1.37; 27,444, a few cents under, was read already: fix57h): nothing open
    at 06-30, revenue 8,660, the deduction named. Sanaa's 28,000 RMB (3,889.20 USD, 77 more
    than the balance less 500: no rounding) settles nothing: its 423 stays open.
    Before: 500 on YW25-0120, 33 days, watch."""
    sheets = sahara_sheets([d("2025-06-02"), SAHARA, 27445, "RMB", None, "YW25-0113",
                            f"{CHANGER}代付"], 28000)
    result = _import(tmp_path, sheets)
    found = _buyers(tmp_path)
    assert _state(found[SAHARA]) == (0, 0, None)
    assert round(found[SAHARA].revenue_12m) == 6160 + 3000 - 500
    assert round(found[SANAA].open_amount) == 423
    said = [w.text for w in result.warnings if w.code == "noted_deduction"]
    assert len(said) == 1 and "YW25-0113 of Sahara Star General Trading: 500.00 USD" in said[0]


def _unshipped(no: str, buyer: str, paid: float) -> list[object]:
    return [no, buyer, d("2025-12-04"), "毛绒玩具", 1000, 10, 10000, "USD", OA, None, None, paid,
            d("2025-12-17"), None]


def test_the_short_wire_booked_on_the_buyer_s_newest_unshipped_row(tmp_path: Path):
    """Khartoum's YW25-0290 47,550 (OA 30, B/L 10-20) noted 质量扣款500, its 47,050 booked
    by the clerk on the buyer's newest row, YW25-0350 10,000 not shipped: nothing open at
    12-31, revenue 57,050, the deduction named. Beirut's like 46,000 (1,550 short, not 500 and
    more than a bank takes) settles nothing: 1,550 open. Before: Khartoum's 500 open, 42
    days, watch."""
    sheets = {
        "9月": [HEAD, *(_row(no, buyer, "2025-09-30", "瑜伽垫", 47550, OA, "2025-10-20", None,
                            None, "质量扣款500") for no, buyer in (("YW25-0290", KHARTOUM),
                                                                ("BR-1", BEIRUT)))],
        "12月": [HEAD, _unshipped("YW25-0350", KHARTOUM, 47050), _unshipped("BR-2", BEIRUT, 46000),
                _row("YW25-0390", DOHA, "2025-11-02", "雨伞", 3000, OA, "2025-11-20", 3000,
                     "2025-12-31", None)]}
    result = _import(tmp_path, sheets)
    found = by_name(at(tmp_path / "fast.sqlite", d("2025-12-31")))
    assert _state(found[KHARTOUM]) == (0, 0, None)
    assert round(found[KHARTOUM].revenue_12m) == 47550 + 10000 - 500
    assert round(found[BEIRUT].open_amount) == 1550
    said = [w.text for w in result.warnings if w.code == "noted_deduction"]
    assert len(said) == 1 and "YW25-0290 of Khartoum Star Co: 500.00 USD" in said[0]


def test_a_later_file_s_rmb_wire_settles_the_noted_deduction(tmp_path: Path):
    """April's 收款登记 68,395 RMB naming PO-H1 (9,500.07 USD at 0.1389, the rate's rounding
    over 9,500) settles March's noted 500: PO-H3's 10,000 alone open, revenue 19,500. Oslo's
    62,000 RMB (8,611.80 USD) settles nothing. Before: the yuan line, in no currency of the
    order, was left out: 10,500 open."""
    books = tmp_path / "books"
    april = write_xlsx(books / "台账_2025-04.xlsx", {"收款登记": [REGISTER, *(
        [d("2025-04-15"), buyer, figure, "RMB", None, number, None]
        for buyer, figure, number in ((HAMBURG, 68395, "PO-H1"), (OSLO, 62000, "PO-O1")))]})
    results = _same_import(tmp_path, [_march(books)], [april])
    found = _buyers(tmp_path)
    assert (round(found[HAMBURG].open_amount), round(found[HAMBURG].revenue_12m)) == (
        10000, 19500)
    assert round(found[OSLO].open_amount) == 11388
    assert _credit_notes(tmp_path) == [("PO-H1", -500)]
    assert len(_said(results[1:], "noted_deduction_apart")) == 1
