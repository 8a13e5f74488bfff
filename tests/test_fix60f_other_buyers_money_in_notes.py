"""fix60f (rv59c s260 g5, rv59d s272 B): another firm's or another buyer's money named in a
payment's note.

A Ningbo lighting exporter's clerk keeps a 台账 a month (订单号, 客户名称, …, 收款金额, 收款日期,
备注) and a 收款明细 tab for wires. Before each mend:

- a sister firm's wire on Rio's cancelled PO-R1 noted "Rio Casa关联公司代付" (Rio's related
  firm paid) was read as the sister firm's own money, so Rio's cancelled order looked paid by
  no one of Rio's and 10,000 sat as Rio's credit on account; "代Rio Casa付" read right;
- Delhi's 500 on its own PO-D2 noted 补付PO-Q1质量扣款 (Quito's deduction, another buyer
  unlike Delhi) was moved onto Quito's PO-Q1: Delhi's 500 on account gone, Quito's credit
  note withdrawn.

The deduction's books are imported by the app and the reference import (test_fast_import.
_same_import); the 代付 book by the app's alone (the reference import words 代付 notes
otherwise in its report: the lead's note of rv59c g6). Near misses beside each.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct56c_note_cancel_deduction_apart import HEAD
from test_fix57d_deduction_later_file import _credit_notes, _state
from test_fix59c_repaid_and_moved_money import (
    DELHI,
    HAMBURG,
    QUITO,
    SISTER,
    _buyers,
    _imported,
    _money,
    _sale,
)

from core.ledger.importer import import_files
from core.ledger.paid_for import paid_for

d = date.fromisoformat
RIO, BRASIL, KOBE = "Rio Casa Ltda", "Brasil Lux Comercio", "Kobe Trading KK"
SALES = ["订单号", "客户名称", "品名", "金额", "备注"]
WIRES = ["收款日期", "客户名称", "订单号", "收款金额", "币种", "备注"]


def test_a_related_firms_payment_note_names_whom_it_paid_for() -> None:
    """X关联公司代付 / X的姐妹公司代为支付 name X as 代X付 does; a note naming no one (香港公司
    代付, 关联公司代付, 客户关联公司代付) names no one, as before."""
    assert paid_for("Rio Casa关联公司代付") == "Rio Casa"
    assert paid_for("Rio Casa的关联公司代付款") == "Rio Casa"
    assert paid_for("货款，Rio Casa姐妹公司代为支付") == "Rio Casa"
    for note in ("香港公司代付", "关联公司代付", "客户关联公司代付", "PO-R2货款，香港公司转来"):
        assert paid_for(note) is None, note


def _rio_book(tmp_path: Path, note: str) -> Path:
    return write_xlsx(tmp_path / "books" / "2025外贸台账.xlsx", {
        "3月": [SALES + ["下单日期", "币种", "付款方式", "出货日期"],
               ["PO-R1", RIO, "LED灯", 10000, "已取消", d("2025-03-01"), "USD", "OA 30天",
                d("2025-03-01")],
               ["PO-S1", BRASIL, "灯罩", 6000, None, d("2025-03-01"), "USD", "OA 30天",
                d("2025-03-01")],
               ["PO-K1", KOBE, "灯罩", 3000, None, d("2025-03-01"), "USD", "OA 30天",
                d("2025-03-01")]],
        "收款明细": [WIRES, [d("2025-05-10"), BRASIL, "PO-R1", 10000, "USD", note],
                 [d("2025-05-10"), KOBE, "PO-K1", 3000, "USD", "Osaka Shoji关联公司代付"]]})


def test_a_sister_firms_wire_noted_related_firm_paid_is_the_buyers(tmp_path: Path) -> None:
    """Brasil Lux's 10,000 on Rio's cancelled PO-R1 noted Rio Casa关联公司代付: Rio's money for
    the goods it got, as 代Rio Casa付 reads (before: 10,000 Rio's credit on account); Brasil's
    own 6,000 stays owed. Control: Kobe's own wire noted Osaka Shoji关联公司代付
    (a firm no row of the book sells to) stays Kobe's: paid, nothing on account."""
    for note in ("Rio Casa关联公司代付", "代Rio Casa付"):
        where = tmp_path / str(len(note))
        # the app's import only: the reference import words 代付 notes otherwise (its report)
        results = import_files(where / "fast.sqlite", [_rio_book(where, note)])
        assert [r.status for r in results] == ["imported"]
        found = _buyers(where)
        assert _state(found[RIO]) == (0, 0, None), note
        assert round(found[RIO].credit_on_account) == 0, note
        assert round(found[BRASIL].open_amount) == 6000, note
        assert round(found[BRASIL].credit_on_account) == 0, note
        assert _state(found[KOBE]) == (0, 0, None) and round(found[KOBE].credit_on_account) == 0


def test_another_buyers_deduction_paid_back_on_this_row_stays_this_buyers(tmp_path: Path) -> None:
    """Delhi's 500 on its own PO-D2 noted 补付PO-Q1质量扣款 (Quito's deduction; Quito an
    unrelated buyer): Delhi's money, 500 on Delhi's account; Quito's credit note stands
    (before: the 500 moved onto Quito's PO-Q1, Delhi 0, the note withdrawn). Controls: Hamburg's
    sister firm pays Hamburg's deduction back on its own PO-S1 (Hamburg's PO-H1 paid, its note
    withdrawn), and Delhi's 补付PO-D1质量扣款 of its own deduction on PO-D3 pays PO-D1."""
    books = tmp_path / "books"
    march = write_xlsx(books / "台账-3月.xlsx", {"3月": [
        HEAD, _sale("PO-D1", DELHI, 10000, 9500, "质量扣款500"),
        _sale("PO-D2", DELHI, 8000, 8000, None),
        _sale("PO-D3", DELHI, 8000, 8000, None),
        _sale("PO-H1", HAMBURG, 10000, 9500, "质量扣款500"),
        _sale("PO-S1", SISTER, 5000, 5000, None),
        _sale("PO-Q1", QUITO, 10000, 9500, "质量扣款500")]})
    may = write_xlsx(books / "台账-5月.xlsx", {"5月": [
        HEAD, _money("PO-D2", DELHI, 500, "2025-05-10", "补付PO-Q1质量扣款"),
        _money("PO-D3", DELHI, 500, "2025-05-10", "补付PO-D1质量扣款"),
        _money("PO-S1", SISTER, 500, "2025-05-10", "补付PO-H1质量扣款500")]})
    _imported(tmp_path, [march], [may])
    found = _buyers(tmp_path)
    assert round(found[DELHI].credit_on_account) == 500
    assert _state(found[DELHI]) == (0, 0, None)
    assert round(found[DELHI].revenue_12m) == 26000
    assert round(found[QUITO].credit_on_account) == 0
    assert round(found[QUITO].revenue_12m) == 9500
    for name in (HAMBURG, SISTER):
        assert _state(found[name]) == (0, 0, None) and round(found[name].credit_on_account) == 0
    assert _credit_notes(tmp_path) == [("PO-Q1", -500.0)]


def test_another_buyers_deduction_paid_back_on_the_same_tab(tmp_path: Path) -> None:
    """The same within one book, the deducted sale and the 补付 row on one tab (read at once,
    file_payers): Delhi's 500 stays Delhi's; Quito's credit note stands."""
    book = write_xlsx(tmp_path / "books" / "台账-2025.xlsx", {"3月": [
        HEAD, _sale("PO-D2", DELHI, 8000, 8000, None),
        _sale("PO-Q1", QUITO, 10000, 9500, "质量扣款500"),
        _money("PO-D2", DELHI, 500, "2025-05-10", "补付PO-Q1质量扣款")]})
    _imported(tmp_path, [book])
    found = _buyers(tmp_path)
    assert round(found[DELHI].credit_on_account) == 500
    assert round(found[QUITO].revenue_12m) == 9500
    assert _credit_notes(tmp_path) == [("PO-Q1", -500.0)]


MUSCAT = "Muscat Home LLC"
REGISTER = ["日期", "付款人", "金额", "币种", "银行扣费", "对应发票", "备注"]


def _muscat_book(tmp_path: Path, lots: bool, wire: float, invoices: str | None) -> Path:
    """The year oracle's Muscat (rv59f s32): YW25-0058 part paid (2,000 owed), YW25-0092
    20,965 noted 质量扣款500, YW25-0118 in two lots (23,604 shipped 05-03, 15,736 sailed 06-10)
    or one shipment of 39,340; a 收款登记 合并付款 wire of 06-23."""
    blank = [None] * 14
    first = [1200, 19.67, 23604, "分批出货，第一批"] if lots else [2000, 19.67, 39340, None]
    sheets: dict[str, list[list[object]]] = {
        "2月": [HEAD, ["YW25-0058", MUSCAT, d("2025-02-22"), "雨伞", 1500, 4.69, 7035, "USD",
                      "OA 30天", d("2025-03-23"), d("2025-03-26"), 5035, d("2025-05-22"),
                      "已收5035，余款下月付"]],
        "3月": [HEAD, ["YW25-0092", MUSCAT, d("2025-03-28"), "手机壳", 1500, 2.31, 3465, "USD",
                      "OA 30天", d("2025-04-23"), d("2025-04-24"), None, None, "质量扣款500"],
               blank[:3] + ["不锈钢保温杯", 2000, 8.75, 17500] + blank[7:]],
        "4月": [HEAD, ["YW25-0118", MUSCAT, d("2025-04-13"), "五金工具套装", first[0], first[1],
                      first[2], "USD", "OA 30天", d("2025-04-30"), d("2025-05-03"), None, None,
                      first[3]]],
        "6月": [HEAD, ["YW25-0200", "Cairo Light Co", d("2025-06-01"), "雨伞", 1000, 3.0, 3000,
                      "USD", "OA 30天", d("2025-06-10"), d("2025-06-10"), 3000,
                      d("2025-06-30"), None]],
        "收款登记": [REGISTER, [d("2025-06-23"), MUSCAT, wire, "USD", None, invoices, "合并付款"]]}
    if lots:
        sheets["6月"].insert(1, ["YW25-0118", MUSCAT, d("2025-04-13"), "五金工具套装", 800, 19.67,
                                15736, "USD", "OA 30天", d("2025-06-07"), d("2025-06-10"), None,
                                None, "第二批"])
    return write_xlsx(tmp_path / "books" / "2025外贸台账.xlsx", sheets)


def _open(tmp_path: Path, book: Path) -> int:
    _imported(tmp_path, [book])
    return round(_buyers(tmp_path)[MUSCAT].open_amount)


def test_a_merged_wire_naming_no_invoice_of_exactly_the_sums_less_the_deduction(
        tmp_path: Path) -> None:
    """Muscat's 合并付款 44,069 naming no invoice is exactly YW25-0092 less its 质量扣款500
    (20,465) and YW25-0118's first lot (23,604): the 500 read, 17,736 open (0058's 2,000 and
    lot 2's 15,736), as when the wire names both invoices (before: 18,236, the 500 owed)."""
    assert _open(tmp_path / "unnamed", _muscat_book(tmp_path / "unnamed", True, 44069, None)) \
        == 17736
    assert _open(tmp_path / "named", _muscat_book(
        tmp_path / "named", True, 44069, "YW25-0092/YW25-0118")) == 17736
    assert _credit_notes(tmp_path / "unnamed") == [("YW25-0092", -500.0)]


def test_a_wire_naming_no_invoice_of_no_such_sum_reads_no_deduction(tmp_path: Path) -> None:
    """Near misses: 44,069 beside one 39,340 shipment is no set of invoices less the
    deduction (18,236 open, the 500 owed, as before); nor is 44,000 beside the lots."""
    assert _open(tmp_path / "one", _muscat_book(tmp_path / "one", False, 44069, None)) == 18236
    assert _credit_notes(tmp_path / "one") == []
    assert _open(tmp_path / "off", _muscat_book(tmp_path / "off", True, 44000, None)) == 18305
    assert _credit_notes(tmp_path / "off") == []
