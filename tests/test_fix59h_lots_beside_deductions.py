"""fix59h (rv59b s19-s21): a PI shipped in lots beside a noted deduction or a deposit line.

- a 合并付款 row noting 质量扣款500 whose partner PI's second-lot row is itself a merged wire
  (含YW25-0206货款9072，第二批): the 500 was weighed as paid and fell on the newest invoice;
- a 收款登记 wire paying a noted invoice and a PI's first lot, its second lot shipped and unpaid:
  the wire filled both lots first, the 500 left open on lot 1, aging;
- a PI's whole 30 % deposit on a 定金30% line under its first lot's row (分批出货，第一批): not
  shared by lot (3,000 open where 4,200), or, more than a small first lot, dropped as a note
  (1,000 open, black, where 700, watch).
Each imports by the app and the reference import (test_fast_import._same_import), a near miss
beside it that stays as it was.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_acct56c_note_cancel_deduction_apart import (
    DEP,
    HEAD,
    OA,
    Row,
    _buyer,
    _import,
    _row,
    _state,
)
from test_fast_import import _same_import
from test_fix57h_deduction_money_placed import DOHA, REGISTER, TBILISI, _noted

from core.ledger.report import import_report

d = date.fromisoformat
MUSCAT, DHAKA, BALTIC = "Muscat Home LLC", "Dhaka Fancy House", "Baltic Home GmbH"


def _deposit(paid: float, on: str, word: str = "定金30%") -> Row:
    """A payment's own line under its order's row: 品名 the payment, 收款 and its day."""
    return [None, None, None, word, None, None, None, None, None, None, None, paid, d(on), None]


@pytest.mark.parametrize("lot2", ["merged", "plain"])
def test_a_lot_row_that_is_itself_a_merged_wire_leaves_the_deduction_settled(
        tmp_path: Path, lot2: str) -> None:
    """Dhaka's YW25-0163 (26,490, 7,947 deposit on its own line) received 27,934 noting
    合并付款，含YW25-0182货款9891，质量扣款500; YW25-0182's second lot row received 15,666 noting
    合并付款，含YW25-0206货款9072，第二批 (6,594 + 0206's 9,072): nothing open at 12-31, the
    deduction named. Before: 0182 as a whole not overpaid, its 9,072 never went to 0206, the
    500 fell on YW25-0270: 56 days, watch. Near miss: lot 2 paying only itself (as before)."""
    merged = lot2 == "merged"
    sheets = {
        "6月": [HEAD, _row("YW25-0163", DHAKA, "2025-06-08", "LED彩灯串", 26490, DEP, "2025-07-16",
                          27934, "2025-07-20", "合并付款，含YW25-0182货款9891，质量扣款500"),
               _deposit(7947, "2025-06-09")],
        "7月": [HEAD, _row("YW25-0182", DHAKA, "2025-07-04", "毛绒玩具", 14130, DEP, "2025-07-16",
                          None, None, "分批出货，第一批，已与YW25-0163合并付款"),
               _deposit(7065, "2025-07-05"),
               _row("YW25-0206", DHAKA, "2025-07-26", "雨伞", 12960, DEP, "2025-08-15",
                    None if merged else 9072, None if merged else "2025-08-26",
                    "已与YW25-0182合并付款" if merged else None),
               _deposit(3888, "2025-07-29")],
        "8月": [HEAD, _row("YW25-0182", DHAKA, "2025-07-04", "毛绒玩具", 9420, DEP, "2025-08-25",
                          15666 if merged else 6594, "2025-08-26",
                          "合并付款，含YW25-0206货款9072，第二批" if merged else "第二批")],
        "9月": [HEAD, _row("YW25-0270", DHAKA, "2025-09-24", "雨伞", 3480, DEP, "2025-10-29",
                          None, None, None),
               _deposit(1044, "2025-09-30"), _deposit(2436, "2025-11-06", "尾款")],
        "12月": [HEAD, _row("YW25-0390", DOHA, "2025-12-01", "雨伞", 3000, OA, "2025-12-08", 3000,
                           "2025-12-31", None)]}
    result = _import(tmp_path, sheets)
    dhaka = _buyer(tmp_path, DHAKA, "2025-12-31")
    assert _state(dhaka) == (0, 0, None)
    assert round(dhaka.revenue_12m) == 26490 + 14130 + 9420 + 12960 + 3480 - 500
    _noted(result, 1)


def _muscat(lot2: bool) -> dict[str, list[Row]]:
    """YW25-0092 noted 质量扣款500, YW25-0118's first lot (and its second where `lot2`), one
    合并付款 register line of 44,069 for 0092 less 500 and the first lot."""
    return {
        "3月": [HEAD, _row("YW25-0092", MUSCAT, "2025-03-28", "手机壳", 3465, OA, "2025-04-24",
                          None, None, "质量扣款500"),
               [None, None, None, "不锈钢保温杯", 2000, 8.75, 17500, "USD", None, None, None, None,
                None, None]],
        "4月": [HEAD, _row("YW25-0118", MUSCAT, "2025-04-13", "五金工具套装", 23604, OA,
                          "2025-05-03", None, None, "分批出货，第一批")],
        "6月": [HEAD, *([_row("YW25-0118", MUSCAT, "2025-04-13", "五金工具套装", 15736, OA,
                              "2025-06-10", None, None, "第二批")] if lot2 else []),
               _row("YW25-0160", DOHA, "2025-06-01", "雨伞", 3000, OA, "2025-06-05", 3000,
                    "2025-06-28", None)],
        "收款登记": [REGISTER, [d("2025-06-23"), MUSCAT, 44069, "USD", None, "YW25-0092+YW25-0118",
                            "合并付款"]]}


@pytest.mark.parametrize("lot2", [True, False])
def test_a_merged_wire_pays_the_first_lot_not_the_unpaid_second(
        tmp_path: Path, lot2: bool) -> None:
    """Muscat's YW25-0092 (20,965 on two lines, 质量扣款500) and YW25-0118's first lot (分批出货，
    第一批, 23,604, due 06-02) paid by one 合并付款 register line of 44,069 = 20,465 + 23,604;
    the second lot (15,736, due 07-10) shipped, unpaid: at 06-30 15,736 open, none overdue,
    the deduction named. Before: the wire filled both lots first, 0092 read 16,236 short, no
    500, and lot 1 kept 500 open: 26 days (watch from day 31, black from 61). Near miss: lot 2
    not written yet (as before: nothing open)."""
    sheets = _muscat(lot2)
    result = _import(tmp_path, sheets)
    assert _state(_buyer(tmp_path, MUSCAT, "2025-06-30")) == (15736 if lot2 else 0, 0, None)
    _noted(result, 1)


def test_a_later_file_s_wire_of_whole_lots_settles_the_deduction(tmp_path: Path) -> None:
    """The same, the 收款登记 wire in July's file imported after the ledger: 15,736 open at
    06-30, none overdue, the deduction named in the second file's report. Before: 16,236 open,
    26 days (the stored money weighed as the file's was)."""
    sheets = _muscat(True)
    register = {"收款登记": sheets.pop("收款登记")}
    first = write_xlsx(tmp_path / "book" / "2025外贸台账.xlsx", sheets)
    second = write_xlsx(tmp_path / "book" / "2025收款登记.xlsx", register)
    [_, result] = _same_import(tmp_path, [first], [second])
    assert _state(_buyer(tmp_path, MUSCAT, "2025-06-30")) == (15736, 0, None)
    _noted(result, 1)


def test_a_merged_first_lot_row_pays_its_lot_and_the_noted_invoice_less_500(
        tmp_path: Path) -> None:
    """Baltic's YW25-0106 (6,225 in two lots on 30/70, its 1,867.50 deposit on a 定金30% line)
    received 6,818.50 on its first lot's row noting 分批出货，第一批，合并付款，含YW25-0118货款4204
    (lot 1's 2,614.50 balance + 0118's 6,720 − 2,016 deposit − 500), 0118 noting 质量扣款500;
    lot 2 (2,490) shipped 06-22, unpaid: at 06-30 1,743 open (lot 2's 70 %), none overdue, the
    deduction named. Before: the row's money filled both lots of 0106 first, 0118 2,243 short,
    no 500: 2,243 open, 10 days (rv59b seed 6)."""
    sheets = {
        "4月": [HEAD, _row("YW25-0106", BALTIC, "2025-04-08", "塑料收纳盒", 3735, DEP, "2025-05-16",
                          6818.5, "2025-05-27", "分批出货，第一批，合并付款，含YW25-0118货款4204"),
               _deposit(1867.5, "2025-04-15"),
               _row("YW25-0118", BALTIC, "2025-04-18", "雨伞", 6720, DEP, "2025-05-14", None, None,
                    "已与YW25-0106合并付款，质量扣款500"),
               _deposit(2016, "2025-04-24")],
        "6月": [HEAD, _row("YW25-0106", BALTIC, "2025-04-08", "塑料收纳盒", 2490, DEP, "2025-06-22",
                          None, None, "第二批"),
               _row("YW25-0160", DOHA, "2025-06-01", "雨伞", 3000, OA, "2025-06-05", 3000,
                    "2025-06-28", None)]}
    result = _import(tmp_path, sheets)
    assert _state(_buyer(tmp_path, BALTIC, "2025-06-30")) == (1743, 0, None)
    _noted(result, 1)


@pytest.mark.parametrize(("pcs", "state", "held"), [(3000, (4200, 71, "black"), 1200),
                                                   (500, (700, 71, "watch"), 2700)])
def test_a_pi_deposit_on_its_own_line_under_the_first_lot_is_shared_by_lot(
        tmp_path: Path, pcs: int, state: tuple[int, int, str], held: int) -> None:
    """Tbilisi's YW25-0020 (10,000 on 30/70 per shipment) ships a first lot (分批出货，第一批) on
    02-01, its whole 3,000 deposit (01-12) on a 定金30% line under the lot's row, lot 2 not
    written by 04-20: the lot owes its 70 %, 71 days, the rest of the deposit held for lot 2
    (as with the deposit in the row's own cell, fix58h). Before: 3,000 open (the whole deposit
    against lot 1); a first lot of 1,000: the 3,000 line read as a note, more than the row,
    the deposit lost: 1,000 open, black. The import no longer skips the line."""
    sheets = {"1月": [HEAD, _row("YW25-0020", TBILISI, "2025-01-10", "圣诞装饰球", pcs * 2.0, DEP,
                                "2025-02-01", None, None, "分批出货，第一批"),
                      _deposit(3000, "2025-01-12")],
              "4月": [HEAD, _row("YW25-0055", DOHA, "2025-04-02", "雨伞", 3000, OA, "2025-04-08",
                                3000, "2025-04-20", None)]}
    result = _import(tmp_path, sheets)
    assert "more than the whole order" not in import_report(result)
    tbilisi = _buyer(tmp_path, TBILISI, "2025-04-20")
    assert _state(tbilisi) == state
    assert round(tbilisi.deposits_held) == held


@pytest.mark.parametrize("note", ["第二批", None])
def test_a_deposit_line_larger_than_a_row_not_a_first_lot_is_still_a_note(
        tmp_path: Path, note: str | None) -> None:
    """Near miss: the same 3,000 line under a 1,000 row that is no first lot of several (第二批,
    or no lot words) stays what it was: more than the whole order, read as a note."""
    sheets = {"1月": [HEAD, _row("YW25-0020", TBILISI, "2025-01-10", "圣诞装饰球", 1000, DEP,
                                "2025-02-01", None, None, note),
                      _deposit(3000, "2025-01-12")]}
    result = _import(tmp_path, sheets)
    assert "more than the whole order's 1,000.00 USD" in import_report(result)
