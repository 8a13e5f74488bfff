"""hidden36: what a clerk hides is still the firm's. A hidden tab with the ledger's header
(an old month's 4月 folded away in a year's book, a payments tab) is read and said in the
report; a hidden helper (lists for data validation, 参数, Sheet2 without a ledger header)
stays passed over, named; a hidden row is read as any other, its count said. Both imports
(the app's and tests/reference_import) must agree (test_fast_import._same_import)."""

from __future__ import annotations

import io
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from openpyxl import load_workbook
from test_break32 import _owed
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row

from core.cli.main import run
from core.ledger.report import import_report

MARCH = [HEADER,
         row("C-1", "Cairo Bazaar", "2025-03-05", 12_000, "2025-03-10", 12_000, "2025-03-28"),
         row("L-1", "Lisbon Casa", "2025-03-08", 8_000, "2025-03-12", 8_000, "2025-03-30")]
# April, the tab the clerk hid: Cairo's second order, paid 15,000 of 20,000 on 05-20
APRIL = [HEADER,
         row("C-2", "Cairo Bazaar", "2025-04-02", 20_000, "2025-04-10", 15_000, "2025-05-20"),
         row("O-1", "Oslo Hus", "2025-04-15", 3_000, "2025-04-20", 3_000, "2025-04-30")]
MAY = [HEADER,
       row("L-2", "Lisbon Casa", "2025-05-06", 9_000, "2025-05-10", 9_000, "2025-05-30")]
# the helpers a clerk hides: a data-validation list, settings, a scratch sheet
HELPERS = {"下拉": [["客户", "币种", "付款方式"], ["Cairo Bazaar", "USD", "OA 30 days"],
                    ["Lisbon Casa", "EUR", "T/T"]],
           "参数": [["项目", "值"], ["汇率", 7.1]],
           "Sheet2": [["客户", "合计"], ["Cairo Bazaar", 32_000]]}


def _book(tmp_path: Path) -> Path:
    """台账 2025.xlsx: 3月, 4月 (hidden), 5月 and the three hidden helpers."""
    return write_xlsx(tmp_path / "台账 2025.xlsx",
                      {"3月": MARCH, "4月": APRIL, "5月": MAY, **HELPERS},
                      hidden=["4月", "下拉", "参数", "Sheet2"])


def test_a_hidden_month_tab_is_read_and_its_helpers_passed_over(tmp_path: Path):
    """Hand count at 06-30: Cairo ordered 12,000 (paid) and 20,000 on the hidden 4月, shipped
    04-10, 15,000 paid: 5,000 open, each account as the same book with 4月 shown gives; Oslo
    Hus (only on 4月) a buyer of 3,000, paid. Before: 4月 passed over as a hidden sheet,
    Cairo nothing open and one order, Oslo Hus unknown, 3 of the 5 rows imported."""
    [result] = _same_import(tmp_path, [_book(tmp_path)])
    assert [s.name for s in result.sheets] == ["3月", "4月", "5月"]
    assert {p.name: p.reason.code for p in result.passed} == {
        "下拉": "sheet_hidden", "参数": "sheet_hidden", "Sheet2": "sheet_hidden"}
    assert result.counts.inserted == 5
    report = import_report(result)
    assert ("Read hidden sheet “4月”: hidden in the workbook, it has the ledger's header, so "
            "it is part of the book (2 rows taken).") in report
    assert "Passed over: “下拉” (hidden sheet), “参数” (hidden sheet), “Sheet2” (hidden sheet)" \
        in report
    customers = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))
    assert _owed(customers["Cairo Bazaar"])[0] == 5_000
    assert set(_owed(customers["Cairo Bazaar"])[2]) == {"C-2"}
    assert round(customers["Cairo Bazaar"].revenue_12m) == 32_000
    assert round(customers["Oslo Hus"].revenue_12m) == 3_000
    shown = tmp_path / "shown"  # the same book, 4月 not hidden: the same accounts
    write_xlsx(shown / "台账 2025.xlsx", {"3月": MARCH, "4月": APRIL, "5月": MAY})
    _same_import(shown, [shown / "台账 2025.xlsx"])
    visible = by_name(at(shown / "fast.sqlite", d("2025-06-30")))
    assert {name: _owed(c) for name, c in visible.items()} == {
        name: _owed(c) for name, c in customers.items()}


def test_a_hidden_payments_tab_is_read(tmp_path: Path):
    """A hidden 收款 tab (日期, 客户, 收款金额) beside a visible 台账: its 4,000 of 05-02
    is Cairo's, leaving 8,000 of C-1's 12,000 open at 06-30 (was 12,000: the tab passed
    over, Cairo on the black list for money it had paid)."""
    sales = [HEADER, row("C-1", "Cairo Bazaar", "2025-03-05", 12_000, "2025-03-10")]
    paid = [["日期", "客户", "收款金额", "合同号"], [d("2025-05-02"), "Cairo Bazaar", 4_000, "C-1"]]
    path = write_xlsx(tmp_path / "台账.xlsx", {"台账": sales, "收款": paid}, hidden=["收款"])
    [result] = _same_import(tmp_path, [path])
    assert [s.name for s in result.sheets] == ["台账", "收款"] and not result.passed
    assert "Read hidden sheet “收款”" in import_report(result)
    cairo = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Cairo Bazaar"]
    assert _owed(cairo)[0] == 8_000


def test_a_hidden_row_is_read_and_counted(tmp_path: Path):
    """5月's rows 2 and 3 hidden (folded away: L-2 and Oslo's O-2, finished): both taken, 3
    rows inserted, and the report says which rows were hidden (said nothing before)."""
    rows = [*MAY, row("O-2", "Oslo Hus", "2025-05-07", 2_000, "2025-05-11", 2_000, "2025-05-31"),
            row("R-1", "Rio Verde", "2025-05-09", 1_000, "2025-05-12")]
    path = write_xlsx(tmp_path / "5月台账.xlsx", {"5月": rows})
    book = load_workbook(path)
    for number in (2, 3):
        book["5月"].row_dimensions[number].hidden = True
    book.save(path)
    [result] = _same_import(tmp_path, [path])
    assert result.counts.inserted == 3
    assert ("Sheet “5月”: 2 rows hidden in the workbook were read as any other (rows 2–3): a "
            "hidden row, an order finished or cancelled and folded away, is still the firm's."
            ) in import_report(result)
    assert "工作表“5月”：有 2 行在工作簿中被隐藏，照常导入（第 2–3 行）" in in_chinese(
        lambda: import_report(result))
    plain = write_xlsx(tmp_path / "plain" / "5月台账.xlsx", {"5月": rows})
    [shown] = _same_import(tmp_path / "plain", [plain])
    assert "hidden" not in import_report(shown)


def _cli(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue() + err.getvalue()


def test_the_command_line_says_it_in_both_languages(tmp_path: Path):
    """`import` prints the hidden tab read, in English and in Chinese."""
    path = _book(tmp_path)
    code, said = _cli("--lang", "en", "import", "--db", str(tmp_path / "en.sqlite"), str(path))
    assert code == 0, said
    assert "Read hidden sheet “4月”" in said and "2 rows taken" in said
    code, said = _cli("--lang", "zh_CN", "import", "--db", str(tmp_path / "zh.sqlite"), str(path))
    assert code == 0, said
    assert ("已读取隐藏的工作表“4月”：它在工作簿中被隐藏，但有台账的表头，因此算作台账的一部分"
            "（取 2 行）。") in said
    assert "“下拉”（隐藏的工作表）" in said
