"""acct56c (rv56b s5, s3, s4): a line the clerk cancelled in its 备注 is no sale, and a
deduction a sale's note names is weighed against the money the whole file received on its
order, wherever the short payment was booked.

A Yiwu firm's year book, a tab a month (the oracle's clerk): no 状态 column, the cancelled
line's 备注 "已取消"; a 质量扣款500 noted on the sale's row, the balance wired and booked on a
收款登记 tab naming the order, or on a later month's tab repeating the sale. Before: the
cancelled 17,300 open, 93 days, black; each deduction's 500 open, taken from the next invoice
paid in full (48 and 16 days late, watch). Each test imports by the app and the reference
import (test_fast_import._same_import) and keeps the near misses as they were.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.analysis.model import CustomerMetrics
from core.ledger.import_result import FileResult
from core.ledger.report import import_report

HEAD = ["订单号", "客户名称", "下单日期", "品名", "数量", "单价", "金额", "币种", "付款方式",
        "出货日期", "提单日期", "收款金额", "收款日期", "备注"]
DEP, OA = "30%定金，70%见提单复印件付款", "OA 30天"
ISTANBUL, QUITO, KARACHI = "Istanbul Hediyelik Ltd", "Quito Novedades SA", "Karachi Traders"
d = date.fromisoformat
Row = list[object]


def _row(no: str, buyer: str, day: str, product: str, amount: float, terms: str, ship: str,
         paid: float | None, on: str | None, note: str | None) -> Row:
    return [no, buyer, d(day), product, 1000, amount / 1000, amount, "USD", terms, d(ship),
            d(ship), paid, d(on) if on else None, note]


def _import(tmp_path: Path, sheets: dict[str, list[Row]]) -> FileResult:
    book = write_xlsx(tmp_path / "book" / "2025外贸台账.xlsx", sheets)
    [result] = _same_import(tmp_path, [book])
    assert result.status == "imported", result.message
    return result


def _buyer(tmp_path: Path, name: str, as_of: str) -> CustomerMetrics:
    return by_name(at(tmp_path / "fast.sqlite", d(as_of)))[name]


def _state(c: CustomerMetrics) -> tuple[int, int, str | None]:
    """Open, days past due and the stop or watch list (a white list is none of those)."""
    return round(c.open_amount), c.max_days_overdue, c.list if c.list in ("black", "watch") \
        else None


def _said(result: FileResult, code: str) -> list[str]:
    return [w.text for w in result.warnings if w.code == code]


# the near misses: a note naming a cancellation of part of the line, of another order, of a
# payment or its plan, or denying or asking one: the line stands (each 1,000, OA 30 from 05-01)
NOT_THIS_LINE = ["取消500个", "部分取消", "取消一个颜色", "原订单PO-12已取消，改下本单",
                 "取消后重新下单", "取消定金", "付款计划取消", "未取消", "不取消", "取消？"]
# ... and notes that do cancel their line, its reason or its deposit's fate beside the word
THIS_LINE = ["作废", "客户取消订单", "cancelled", "void", "客户取消订单，定金已退",
             "已取消，颜色不对"]


def test_a_line_cancelled_in_its_note_is_no_sale_and_the_near_misses_stand(tmp_path: Path):
    """YW25-0058 17,300 USD, 备注 已取消, no 状态 column: nothing open, on no list at 06-30,
    its row named in the report (both languages). Before: 17,300 open, 93 days, black. Each
    near miss stays a live 1,000 sale, open 30 days past due from 05-31."""
    sheets = {
        "2月": [HEAD,
               _row("YW25-0045", ISTANBUL, "2025-02-08", "手机壳", 1960, DEP, "2025-02-26", 1960,
                    "2025-03-05", None),
               _row("YW25-0058", ISTANBUL, "2025-02-17", "五金工具套装", 17300, DEP,
                    "2025-03-22", None, None, "已取消")],
        "5月": [HEAD, *(_row(f"NM-{n}", f"Near Miss {n} Ltd", "2025-04-20", "雨伞", 1000, OA,
                            "2025-05-01", None, None, note)
                       for n, note in enumerate(NOT_THIS_LINE)),
               *(_row(f"TL-{n}", f"This Line {n} Ltd", "2025-04-20", "雨伞", 1000, OA,
                      "2025-05-01", None, None, note) for n, note in enumerate(THIS_LINE))],
        "6月": [HEAD,
               _row("YW25-0190", ISTANBUL, "2025-06-01", "雨伞", 3000, DEP, "2025-06-10", 3000,
                    "2025-06-30", None)]}
    result = _import(tmp_path, sheets)
    assert _state(_buyer(tmp_path, ISTANBUL, "2025-06-30")) == (0, 0, None)
    for n, note in enumerate(NOT_THIS_LINE):
        near = _buyer(tmp_path, f"Near Miss {n} Ltd", "2025-06-30")
        assert (round(near.open_amount), near.max_days_overdue) == (1000, 30), note
    for n, note in enumerate(THIS_LINE):
        this = _buyer(tmp_path, f"This Line {n} Ltd", "2025-06-30")
        assert (_state(this), round(this.revenue_12m)) == ((0, 0, None), 0), note
    said, *more = _said(result, "cancelled_in_note")
    assert len(more) == len(THIS_LINE)
    assert said == ("Sheet “2月” row 3: cancelled in its note (备注 “已取消”): read as a "
                    "cancelled line, as 已取消 in a status column is: no sale, nothing owed.")
    assert "工作表“2月”第 3 行：备注写明已取消（备注“已取消”）" in in_chinese(
        lambda: import_report(result, all_notes=True))


def test_a_note_s_cancel_reads_as_the_status_column_s_and_a_status_written_wins(
        tmp_path: Path):
    """The same book read with the cancellation in 备注 (订单取消, cancelled, 已取消 on an
    order's first row, its second line below it) and in a 状态 column: the same figures, the
    30% deposit received on the cancelled line the buyer's as the status column's; a row whose
    状态 says 正常 beside a note saying 已取消 stands (1,000 open). Before: the noted lines'
    5,000, 8,000, 660 and 1,140 owed, black."""
    def book(in_status: bool) -> dict[str, list[Row]]:
        rows = [_row("C-1", "Lagos Mega Stores Ltd", "2025-02-03", "毛绒玩具", 5000, DEP,
                     "2025-02-20", 1500, "2025-02-05", "订单取消"),
                _row("C-2", "Lagos Mega Stores Ltd", "2025-02-04", "发饰套装", 8000, OA,
                     "2025-02-20", None, None, "cancelled"),
                _row("C-3", "Lagos Mega Stores Ltd", "2025-04-04", "雨伞", 2000, OA,
                     "2025-04-20", 2000, "2025-05-20", None),
                _row("C-4", "Lagos Mega Stores Ltd", "2025-02-28", "圣诞装饰球", 660, DEP,
                     "2025-03-29", None, None, "已取消"),  # its second line below it
                [None, None, None, "圣诞装饰球", 1000, 1.14, 1140, "USD", *[None] * 6]]
        if not in_status:
            return {"2月": [HEAD, *rows], "4月": [HEAD, _row(
                "S-1", "Santos Comercial Ltda", "2025-04-01", "雨伞", 1000, OA, "2025-04-10",
                None, None, "已取消")]}
        said = [[*r, "已取消" if r[13] else None] for r in rows]
        return {"2月": [[*HEAD, "状态"], *said], "4月": [[*HEAD, "状态"], [*_row(
            "S-1", "Santos Comercial Ltda", "2025-04-01", "雨伞", 1000, OA, "2025-04-10",
            None, None, "已取消"), "正常"]]}

    _import(tmp_path / "note", book(False))
    _import(tmp_path / "status", book(True))
    noted = _buyer(tmp_path / "note", "Lagos Mega Stores Ltd", "2025-06-30")
    status = _buyer(tmp_path / "status", "Lagos Mega Stores Ltd", "2025-06-30")
    assert _state(noted) == _state(status) == (0, 0, None)
    assert (round(noted.credit_on_account), round(noted.deposits_held)) == (
        round(status.credit_on_account), round(status.deposits_held))
    assert round(noted.revenue_12m) == round(status.revenue_12m) == 2000
    santos = _buyer(tmp_path / "status", "Santos Comercial Ltda", "2025-06-30")
    assert round(santos.open_amount) == 1000, "a 状态 of 正常 is the row's own word"


def test_a_deduction_whose_short_payment_is_booked_on_the_register_or_a_later_tab(
        tmp_path: Path):
    """Quito's YW25-0066 3,160, 质量扣款500, 948 on its row and 1,712 on the 收款登记 tab;
    Karachi's YW25-0170 7,635, 质量扣款500 on June's row, 7,135 on July's tab repeating the
    sale: both settled, nothing open, on no list at 12-31, each deduction named as settled.
    Before: 500 open on the next invoice, 48 and 16 days, watch."""
    karachi = _row("YW25-0170", KARACHI, "2025-06-10", "瑜伽垫", 7635, OA, "2025-06-20", None,
                   None, "质量扣款500")
    sheets = {
        "3月": [HEAD, _row("YW25-0066", QUITO, "2025-03-01", "雨伞", 3160, DEP, "2025-04-01",
                          948, "2025-03-05", "质量扣款500")],
        "6月": [HEAD, karachi],
        "7月": [HEAD, [*karachi[:11], 7135, d("2025-07-25"), "上月订单收款"]],
        "10月": [HEAD, _row("YW25-0293", QUITO, "2025-10-04", "塑料收纳盒", 4860, DEP,
                           "2025-11-06", 4860, "2025-12-31", None)],
        "11月": [HEAD, _row("YW25-0329", KARACHI, "2025-11-01", "手机壳", 2160, OA,
                           "2025-11-15", 2160, "2025-12-31", None)],
        "收款登记": [["日期", "付款人", "金额", "币种", "银行扣费", "对应发票", "备注"],
                 [d("2025-05-09"), QUITO, 1712, "USD", None, "YW25-0066", None]]}
    result = _import(tmp_path, sheets)
    for name in (QUITO, KARACHI):
        buyer = _buyer(tmp_path, name, "2025-12-31")
        assert _state(buyer) == (0, 0, None), name
        assert round(buyer.revenue_12m) == {QUITO: 3160 + 4860, KARACHI: 7635 + 2160}[name] - 500
    said = _said(result, "noted_deduction")
    assert len(said) == 2 and all("500.00 USD deducted by the buyer as a claim" in s
                                  for s in said), said
    assert not _said(result, "unmatched_deduction")


def test_a_deduction_the_file_s_money_is_not_short_by_stays_as_before(tmp_path: Path):
    """质量扣款500 on 3,160 with 948 on its row and 1,212 on the register: 1,000 short, not
    500: the note deducts nothing, all 1,000 stays open (as when the money is on its row),
    named with the file's shortfall; paid in full on the register (2,212), nothing deducted
    and nothing named, revenue whole."""
    sheets = {
        "3月": [HEAD, _row("YW25-0066", QUITO, "2025-03-01", "雨伞", 3160, DEP, "2025-04-01",
                          948, "2025-03-05", "质量扣款500"),
               _row("YW25-0067", KARACHI, "2025-03-02", "瑜伽垫", 3160, DEP, "2025-04-01",
                    948, "2025-03-05", "质量扣款500")],
        "收款登记": [["日期", "付款人", "金额", "币种", "银行扣费", "对应发票", "备注"],
                 [d("2025-05-09"), QUITO, 1212, "USD", None, "YW25-0066", None],
                 [d("2025-05-09"), KARACHI, 2212, "USD", None, "YW25-0067", None]]}
    result = _import(tmp_path, sheets)
    assert round(_buyer(tmp_path, QUITO, "2025-06-30").open_amount) == 1000
    karachi = _buyer(tmp_path, KARACHI, "2025-06-30")
    assert (round(karachi.open_amount), round(karachi.revenue_12m)) == (0, 3160)
    [said] = _said(result, "unmatched_deduction")
    assert said.startswith("Sheet “3月” row 2, order YW25-0066 of Quito Novedades SA: paid "
                           "1,000.00 USD short, its note names a claim of 500.00 USD"), said
    assert not _said(result, "noted_deduction")


def test_the_deduction_apart_stays_through_each_month_s_import_of_the_book(tmp_path: Path):
    """The year book imported at May's end and again at June's (a tab more): Quito's credit
    note, stored from May's import, is kept by June's (its sale no bare sale: the store's
    copy stands for it), nothing open, revenue 3,160 − 500. Before: 500 open, watch."""
    register = [["日期", "付款人", "金额", "币种", "银行扣费", "对应发票", "备注"],
                [d("2025-05-09"), QUITO, 1712, "USD", None, "YW25-0066", None]]
    march = [HEAD, _row("YW25-0066", QUITO, "2025-03-01", "雨伞", 3160, DEP, "2025-04-01", 948,
                        "2025-03-05", "质量扣款500")]
    june = [HEAD, _row("YW25-0190", QUITO, "2025-06-01", "手机壳", 2000, OA, "2025-06-10", 2000,
                       "2025-06-30", None)]
    results = [r for sheets in ({"3月": march, "收款登记": register},
                                {"3月": march, "6月": june, "收款登记": register})
               for r in _same_import(tmp_path, [write_xlsx(
                   tmp_path / "book" / "2025外贸台账.xlsx", sheets)])]  # the same file again
    assert [r.status for r in results] == ["imported", "imported"]
    quito = _buyer(tmp_path, QUITO, "2025-06-30")
    assert (_state(quito), round(quito.revenue_12m)) == ((0, 0, None), 3160 - 500 + 2000)
    assert not [w for r in results for w in r.warnings if w.code == "unmatched_deduction"]
