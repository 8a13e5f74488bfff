"""acct52d (rv52a): a sale row paid short whose note (备注) says the buyer deducted the
shortfall, a claim, a commission or a discount with its sum, is settled by a credit note of
that sum (core.ledger.noted_deductions), named in the import report.

One workbook for the year, a tab a month, imported again under the same name each month end
(by the app's import and the reference one). Before: Nordhaus Möbel's 10,000 EUR paid 9,500,
备注 "扣索赔500（桌面划痕）", kept 500 EUR (540 USD) open, 71 days past due at 06-30 and, its
average order 19,170 USD under 20,000, black-listed; Bella Casa's 40,000 paid 38,800, 备注
"客户扣佣金3% EUR1200", 1,200 EUR open for ever, on watch. The guards at the end keep a bank's
charge, a note naming no deduction and a prepayment set off as before.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.analysis.model import CustomerMetrics
from core.ledger import held_sheets as held
from core.ledger.import_result import FileResult
from core.ledger.preview import preview_file
from core.ledger.report import import_report
from core.store import connect

HEAD = ["发票号", "客户", "日期", "品名", "金额", "币种", "付款方式", "出货日期", "收款金额",
        "收款日期", "备注"]
NORDHAUS, BELLA, OTHER = "Nordhaus Möbel GmbH", "Bella Casa S.r.l.", "Other Buyer Ltd"
Row = list[object]


def _day(value: object) -> object:
    return datetime.strptime(value, "%Y/%m/%d") if isinstance(value, str) and value[:4] == \
        "2025" and value.count("/") == 2 else value


def _other(day: str) -> Row:
    return ["P-9", OTHER, day, "杯子", 1000, "USD", "T/T in advance", day, 1000, day, None]


def _book(tmp_path: Path, month: int, tabs: dict[int, list[Row]]) -> list[Path]:
    """The year's workbook as saved at the end of `month`: a tab a month up to it."""
    sheets = {f"{m}月": [["佛山明辉家居灯饰 出货台账"], HEAD, *([_day(v) for v in r]
                                                        for r in tabs.get(m, []))]
              for m in range(1, month + 1)}
    return [write_xlsx(tmp_path / f"v{month:02d}" / "2025年订单台账.xlsx", sheets)]


def _months(tmp_path: Path, tabs: dict[int, list[Row]], last: int) -> list[FileResult]:
    """The workbook imported at each month end from its first tab's month up to `last`."""
    first = min(tabs)
    return _same_import(tmp_path, *[_book(tmp_path, m, tabs) for m in range(first, last + 1)])


def _customer(tmp_path: Path, name: str, as_of: date) -> CustomerMetrics:
    return by_name(at(tmp_path / "fast.sqlite", as_of))[name]


def _said(result: FileResult, code: str) -> list[str]:
    return [w.text for w in result.warnings if w.code == code]


def _sale(no: str, buyer: str, day: str, amount: float, currency: str, terms: str, ship: str,
          paid: float | None, on: str | None, note: str | None) -> Row:
    return [no, buyer, day, "实木餐桌", amount, currency, terms, ship, paid, on, note]


NORDHAUS_TABS = {
    2: [_sale("FS-1", NORDHAUS, "2025/2/10", 10000, "EUR", "OA 45 days", "2025/3/5", 9500,
              "2025/4/15", "扣索赔500（桌面划痕）")],
    5: [_sale("FS-2", NORDHAUS, "2025/5/12", 25500, "EUR", "OA 45 days", "2025/6/10", None,
              None, None)],
    6: [_other("2025/6/29")]}


def test_a_claim_the_buyer_deducted_settles_its_invoice(tmp_path: Path):
    """Nordhaus at 06-30: FS-1 settled (9,500 and a 500 claim), FS-2 not due; on no list;
    revenue 37,800 USD (35,000 EUR, the claim off it). Before: 540 USD open, 71 days, black."""
    results = _months(tmp_path, NORDHAUS_TABS, 6)
    nordhaus = _customer(tmp_path, NORDHAUS, date(2025, 6, 30))
    assert [r.order_no for r in nordhaus.receivables if r.open] == ["FS-2"]
    assert (nordhaus.max_days_overdue, nordhaus.list) == (0, None)
    assert round(nordhaus.revenue_12m) == 37_800
    [said] = _said(results[0], "noted_deduction")
    assert said == ("Sheet “2月” row 3, order FS-1 of Nordhaus Möbel GmbH: 500.00 EUR deducted "
                    "by the buyer as a claim (备注 “扣索赔500（桌面划痕）”): counted as settled, "
                    "a credit note on its order that lowers its revenue."), said
    assert not _said(results[0], "noted_returns"), "no goods came back: no return named"
    # the last month's report, every note: a note its last import gave is folded (acct52k)
    assert "工作表“2月”第 3 行，Nordhaus Möbel GmbH 的订单 FS-1：客户作为索赔扣除 500.00 EUR" in \
        in_chinese(lambda: import_report(results[-1], all_notes=True))


def test_a_packed_sheet_s_claim_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The same with every tab packed (a big file): the claim's credit note stays through
    each month's import (its sale no bare sale: ledger_file's facts), nothing open."""
    monkeypatch.setattr(held, "LOOSE_ROWS", 0)
    _months(tmp_path, NORDHAUS_TABS, 6)
    nordhaus = _customer(tmp_path, NORDHAUS, date(2025, 6, 30))
    assert (nordhaus.max_days_overdue, nordhaus.list) == (0, None)
    assert round(nordhaus.revenue_12m) == 37_800


def test_a_commission_the_buyer_kept_settles_its_invoices(tmp_path: Path):
    """Bella Casa: 40,000 paid 38,800 (客户扣佣金3% EUR1200) and 50,000 paid 48,500 (佣金3%已扣
    1500): nothing open, on no list at 06-30 and 12-31. Before: 1,200 EUR open, watched."""
    tabs = {1: [_sale("FS-1", BELLA, "2025/1/20", 40000, "EUR", "L/C 60 days after B/L date",
                      "2025/2/25", 38800, "2025/4/28", "客户扣佣金3% EUR1200")],
            3: [_sale("FS-3", BELLA, "2025/3/3", 50000, "EUR", "L/C 60 days after B/L date",
                      "2025/4/2", 48500, "2025/6/5", "佣金3%已扣 1500")],
            6: [_other("2025/6/29")]}
    results = _months(tmp_path, tabs, 6)
    bella = _customer(tmp_path, BELLA, date(2025, 6, 30))
    assert (round(bella.open_amount, 2), bella.max_days_overdue, bella.list) == (0, 0, None)
    said = [s for r in results[-1:] for s in _said(r, "noted_deduction")]
    assert len(said) == 2 and "1,200.00 EUR deducted by the buyer as a commission (备注 " \
        "“客户扣佣金3% EUR1200”)" in said[0] and "1,500.00 EUR deducted" in said[1], said
    assert "作为佣金扣除 1,500.00 EUR" in in_chinese(
        lambda: import_report(results[-1], all_notes=True))


def test_a_share_alone_and_english_notes(tmp_path: Path):
    """"commission 3% deducted" on 20,000 paid 19,400, "less claim USD 500" on 8,000 paid
    7,500, "5% discount" on 6,000 paid 5,700: all settled, nothing open at 06-30."""
    buyer = "Harbor Living Inc"
    tabs = {2: [_sale("H-1", buyer, "2025/2/3", 20000, "USD", "OA 30 days", "2025/2/20", 19400,
                      "2025/3/20", "commission 3% deducted"),
                _sale("H-2", buyer, "2025/2/9", 8000, "USD", "OA 30 days", "2025/2/25", 7500,
                      "2025/3/25", "less claim USD 500 (broken legs)"),
                _sale("H-3", buyer, "2025/2/12", 6000, "USD", "OA 30 days", "2025/2/25", 5700,
                      "2025/3/26", "5% discount")],
            6: [_other("2025/6/29")]}
    results = _months(tmp_path, tabs, 6)
    harbor = _customer(tmp_path, buyer, date(2025, 6, 30))
    assert (round(harbor.open_amount, 2), harbor.list) == (0, None)
    assert round(harbor.revenue_12m) == 34_000 - 600 - 500 - 300
    assert len(_said(results[-1], "noted_deduction")) == 3


def test_a_note_whose_sum_is_not_the_shortfall_settles_nothing_and_is_named(tmp_path: Path):
    """扣索赔500 on 10,000 paid 9,000: 1,000 short, not 500: all 1,000 stays open, 71 days
    past due at 06-30 (due 04-19), and the report says so in both languages; a claim without a sum
    (客户扣质量索赔款，金额待确认) the same."""
    tabs = {2: [_sale("FS-1", NORDHAUS, "2025/2/10", 10000, "USD", "OA 45 days", "2025/3/5",
                      9000, "2025/4/15", "扣索赔500（桌面划痕）"),
                _sale("FS-4", NORDHAUS, "2025/2/11", 10000, "USD", "OA 45 days", "2025/3/5",
                      9000, "2025/4/15", "客户扣质量索赔款，金额待确认")],
            6: [_other("2025/6/29")]}
    results = _months(tmp_path, tabs, 6)
    nordhaus = _customer(tmp_path, NORDHAUS, date(2025, 6, 30))
    assert round(nordhaus.open_amount) == 2_000 and nordhaus.max_days_overdue == 71
    said = _said(results[-1], "unmatched_deduction")
    assert len(said) == 2 and not _said(results[-1], "noted_deduction")
    assert said[0] == ("Sheet “2月” row 3, order FS-1 of Nordhaus Möbel GmbH: paid 1,000.00 "
                       "USD short, its note names a claim of 500.00 USD (备注 "
                       "“扣索赔500（桌面划痕）”), not that sum: nothing counted as settled, "
                       "the 1,000.00 USD stays open. Check the note and the money received, "
                       "and import the file again."), said[0]
    assert "but not that sum" in said[1]
    chinese = in_chinese(lambda: import_report(results[-1], all_notes=True))
    assert "其备注“扣索赔500（桌面划痕）”写明索赔 500.00 USD，与少收金额不符" in chinese
    assert "仍计为未收" in chinese


# --- guards: what the file reads today stays -------------------------------------------------

def test_a_bank_charge_within_the_tolerance_is_as_before(tmp_path: Path):
    """10,000 paid 9,965, 备注 扣手续费35: paid within the tolerance, no credit note, revenue
    10,000, nothing named."""
    tabs = {2: [_sale("FS-1", NORDHAUS, "2025/2/10", 10000, "USD", "OA 45 days", "2025/3/5",
                      9965, "2025/4/15", "扣手续费35")],
            6: [_other("2025/6/29")]}
    results = _months(tmp_path, tabs, 6)
    nordhaus = _customer(tmp_path, NORDHAUS, date(2025, 6, 30))
    assert (round(nordhaus.revenue_12m), nordhaus.list) == (10_000, None)
    assert not [w for r in results for w in r.warnings if "deduction" in w.code]


def test_a_prepayment_set_off_is_no_deduction(tmp_path: Path):
    """预付款USD30,000抵扣 on 100,000 paid 70,000: money paid before, not a deduction: no
    credit note (revenue 100,000), nothing named here (acct52e reads the prepayment)."""
    tabs = {4: [_sale("FS-1", "Lumière Design SARL", "2025/4/9", 100000, "USD",
                      "T/T 30% deposit, 70% before shipment", "2025/5/20", 70000, "2025/5/16",
                      "预付款USD30,000抵扣")],
            6: [_other("2025/6/29")]}
    results = _months(tmp_path, tabs, 6)
    assert round(_customer(tmp_path, "Lumière Design SARL", date(2025, 6, 30)).revenue_12m
                 ) == 100_000
    assert not [w for r in results for w in r.warnings if "deduction" in w.code]


def test_a_deduction_the_firm_disputes_stays_open_and_unnamed(tmp_path: Path):
    """客户擅自扣款500，追讨中 (deducted without agreement, being chased), "paid 500 less,
    chasing" and 未扣佣金 on rows 500 short: the buyer's debt, open as before, nothing named;
    nor a price including a commission (价格含3%佣金, the bundled samples' Emirates row, its
    deposit alone paid: was named "a commission of 879.61 USD, not that sum")."""
    tabs = {2: [_sale(f"FS-{i}", NORDHAUS, "2025/2/10", 10000, "USD", "OA 45 days", "2025/3/5",
                      9500, "2025/4/15", note)
                for i, note in enumerate(("客户擅自扣款500，追讨中", "paid 500 less, chasing",
                                          "未扣佣金"), 1)]
            + [_sale("YF-1", "Emirates General Trading FZE", "2025/2/3", 29321, "USD",
                     "T/T 30% deposit, 70% before shipment", "2025/3/5", 8797, "2025/2/5",
                     "价格含3%佣金")],  # the price includes it: the deposit alone paid
            6: [_other("2025/6/29")]}
    results = _months(tmp_path, tabs, 6)
    assert round(_customer(tmp_path, NORDHAUS, date(2025, 6, 30)).open_amount) == 1_500
    assert not [w for r in results for w in r.warnings if "deduction" in w.code]


def test_an_invoice_of_two_rows_is_weighed_whole(tmp_path: Path):
    """rv52a's own rows: FS-1's lamps 6,000 and 4,000 EUR on two rows, 9,500 received on the
    first with 扣索赔500: the invoice is 500 short, the claim's sum: settled, FS-2 not due,
    on no list at 06-30. Before: 500 EUR (540 USD) open, 71 days, black."""
    lamp = _sale("FS-1", NORDHAUS, "2025/2/10", 4000, "EUR", "OA 45 days", "2025/3/5", None,
                 None, None)
    tabs = {**NORDHAUS_TABS, 2: [_sale("FS-1", NORDHAUS, "2025/2/10", 6000, "EUR",
                                       "OA 45 days", "2025/3/5", 9500, "2025/4/15",
                                       "扣索赔500（桌面划痕）"), [*lamp[:3], "LED吊灯", *lamp[4:]]]}
    results = _months(tmp_path, tabs, 6)
    nordhaus = _customer(tmp_path, NORDHAUS, date(2025, 6, 30))
    assert [r.order_no for r in nordhaus.receivables if r.open] == ["FS-2"]
    assert (nordhaus.max_days_overdue, nordhaus.list) == (0, None)
    assert len(_said(results[-1], "noted_deduction")) == 1


def test_the_preview_says_the_row_s_deduction_not_a_return(tmp_path: Path):
    """The import dialog's preview of Nordhaus's February tab: its row is a sale and a 500
    EUR deduction the buyer took, as the import reads it (was: "a return of 500.00 EUR")."""
    [path] = _book(tmp_path, 2, NORDHAUS_TABS)
    with connect(tmp_path / "firm.sqlite") as conn:
        preview = preview_file(conn, path)
    [february] = [s for s in preview.sheets if s.name == "2月"]
    [said] = february.row_notes.values()
    assert said.text == ("a sale, and 500.00 EUR its note says the buyer deducted: a credit "
                         "note on its order")
    assert in_chinese(lambda: said.text) == (
        "一笔销售，另有其备注写明的客户扣款 500.00 EUR：记为其订单的贷项")
