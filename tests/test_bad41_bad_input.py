"""bad41: bad input found by the last pass's reviewers, each named and the database as it was.

A hidden 模板 tab's example row (示例客户 10,000) was read as a customer; a refusal raised while
an .xls was opened printed without its "(xls)"; a note under a 模板's header (请按此格式填写)
with a far entry refused the month's file, and without one was read as a row skipped; a hidden
tab's header on row 30 with nothing under it refused the file as a ledger; `--sheet 3月` on an
.xls counted its spare tabs to the memory cap and refused the file."""

from __future__ import annotations

import html
import io
from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_fix40b_far_tabs import FEB, MAR, SHOWN, H, Tabs, _database, _xls, _xlsx
from test_import_dialog import _import
from test_import_tabs_screens34 import mapping_page, tabs_shown

from core import i18n
from core.cli.main import run
from core.ledger.importer import import_files
from core.ledger.report import import_report
from ui.importing.tabs_table import TAB

EXAMPLE = ["PI-0001", "示例客户", date(2025, 1, 1), 10_000, "USD", 0]
NOTE = ["请按此格式填写"]  # a template's note in row 3, under a blank row 2


def _cli(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue() + err.getvalue()


def _customers(result) -> int:  # type: ignore[no-untyped-def]
    return result.counts.customers_inserted


def test_a_hidden_template_s_example_row_is_no_customer(tmp_path: Path) -> None:
    """A hidden 模板 with its example row beside 3月 (Alpha 1,000): 示例客户 was a customer with
    10,000 open (2 customers, 2 rows). Now 模板 is passed over, named as a hidden template;
    and a hidden Sheet3 whose only customer is 示例客户 too, named by that example."""
    path = _xlsx(tmp_path / "t1.xlsx", [SHOWN, ("模板", [H, EXAMPLE], True, False)])
    [result] = import_files(tmp_path / "t1.sqlite", [path])
    assert result.status == "imported" and result.counts.inserted == 1
    assert _customers(result) == 1
    [passed] = result.passed
    assert passed.name == "模板" and passed.reason.text == "a hidden template: its name says so"
    assert in_chinese(passed.reason.__str__) == "隐藏的模板：从名称看是模板"
    path = _xlsx(tmp_path / "t2.xlsx", [SHOWN, ("Sheet3", [H, EXAMPLE], True, False)])
    [result] = import_files(tmp_path / "t2.sqlite", [path])
    assert result.counts.inserted == 1 and _customers(result) == 1
    assert "“Sheet3” (a template: its only customer is the example “示例客户”)" in \
        import_report(result)
    assert "“Sheet3”（模板：其中唯一的客户是示例“示例客户”）" in in_chinese(
        lambda: import_report(result))
    kept = write_xlsx(tmp_path / "kept.xlsx", {"3月": [H, EXAMPLE, MAR]})  # left above 3月's
    [result] = _same_import(tmp_path / "kept", [kept])
    assert result.counts.inserted == 1 and _customers(result) == 1  # was 2 and 2
    assert "Skipped in “3月”, row 2: “示例客户” is a template's example, not a customer" in \
        import_report(result)
    assert "“3月”第 2 行被跳过：“示例客户”是模板中的示例，不是客户" in in_chinese(
        lambda: import_report(result))


def test_a_refusal_opening_an_xls_names_its_format_as_one_reading_rows_does(
        tmp_path: Path) -> None:
    """A hidden 出口台账 with a far entry refuses the .xls as it is opened: "REFUSED" without
    the "(xls)" that a refusal while reading its rows has. Now both say it, in both
    languages, and the database is as it was."""
    db, before = _database(tmp_path)
    opening = _xls(tmp_path / "open.xls", [SHOWN, ("出口台账", [H, *FEB], True, True)])
    rows = _xls(tmp_path / "rows.xls", [("3月", [H, ["PI-1", "Alpha", "x", "y", "USD", 0]],
                                         False, False)])
    for path in (opening, rows):
        code, said = _cli("--lang", "en", "import", "--db", str(db), str(path))
        assert code != 0 and f"{path.name}: REFUSED (xls)" in said, said
        code, said = _cli("--lang", "zh_CN", "import", "--db", str(db), str(path))
        assert code != 0 and f"{path.name}：已拒绝（xls）" in said, said
        assert db.read_bytes() == before


def test_a_template_tab_with_a_note_under_its_header_is_passed_over(tmp_path: Path) -> None:
    """A visible 模板 with 请按此格式填写 in row 3 and a far entry: the .xls refused the whole
    month (Alpha's 1,000 not imported); the xlsx without a far entry read it, "Skipped in
    “模板”, row 3: no customer". Now 模板 is passed over, named as a template, 3月 imported."""
    template = ("模板", [H, [], NOTE], False, True)
    for write, suffix in ((_xls, "xls"), (_xlsx, "xlsx")):
        (tmp_path / suffix).mkdir()
        db, before = _database(tmp_path / suffix)
        [result] = import_files(db, [write(tmp_path / f"t.{suffix}", [SHOWN, template])])
        assert result.status == "imported", (suffix, result.message)
        assert result.counts.inserted == 1
        assert [p.name for p in result.passed] == ["模板"]
        assert "a template: its name says so and no customer's order is under its header" in \
            result.passed[0].reason.text
        assert db.read_bytes() != before  # Alpha's order written beside Zulu's
    plain = write_xlsx(tmp_path / "plain.xlsx", {"3月": [H, MAR], "模板": [H, [], NOTE]})
    [result] = import_files(tmp_path / "plain.sqlite", [plain])
    report = import_report(result)
    assert "Skipped" not in report and "Passed over: “模板” (a template" in report, report
    assert "未读取：“模板”（模板：从名称看是模板，表头下没有客户的订单）" in in_chinese(
        lambda: import_report(result))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_import_dialog_says_the_template_passed_over(qtbot, tmp_path: Path,
                                                        language: str) -> None:
    """The dialog's preview said "Sheet 模板: header in row 1" and listed 模板 as a tab read;
    now it lists 3月 alone and says 模板 was passed over as the report does."""
    path = write_xlsx(tmp_path / "t.xlsx", {"3月": [H, MAR], "模板": [H, [], NOTE]})
    dialog = mapping_page(qtbot, tmp_path / "firm.sqlite", path, language)
    said = {"en": "Passed over: “模板” (a template: its name says so and no customer's order "
                  "is under its header)",
            "zh_CN": "未读取：“模板”（模板：从名称看是模板，表头下没有客户的订单）"}[language]
    assert said in html.unescape(dialog.editor.sheet_label.text())
    assert [cells[TAB] for cells in tabs_shown(dialog)] == ["3月"]
    [result] = _import(qtbot, dialog)
    i18n.set_language("en")
    assert [(s.name, s.rows) for s in result.sheets] == [("3月", 1)]
    assert [p.name for p in result.passed] == ["模板"]


def test_a_hidden_header_on_row_30_is_judged_by_what_is_under_it(tmp_path: Path) -> None:
    """A hidden 草稿 whose header is on row 30, under 29 rows of scratch, with a far entry:
    only its first rows can be read, and nothing under the header there proves no order
    below them (an order on row 41 under blank rows 31–40 was passed over and lost, fr41c):
    refused, naming the tab, the database as it was, with or without an order in sight. In
    the xlsx read whole, such a tab with nothing under its header is passed over, named, and
    one with an order read and noted as a hidden tab read."""
    scratch: list[list[object]] = [["x"]] * 29
    db, before = _database(tmp_path)
    order = ["S-1", "Scratch Co", date(2025, 3, 9), 5000, "USD", 0]
    for name, rows in (("s", [*scratch, H]), ("o", [*scratch, H, order]),
                       ("gap", [*scratch, H, *[[None]] * 10, order])):
        [refused] = import_files(db, [_xls(tmp_path / f"{name}.xls",
                                           [SHOWN, ("草稿", rows, True, True)])])
        assert refused.refused and "“草稿”" in refused.message.text, name
        assert db.read_bytes() == before, name
    tabs: Tabs = [SHOWN, ("草稿", [*scratch, H], True, False)]
    [empty] = import_files(tmp_path / "e.sqlite", [_xlsx(tmp_path / "e.xlsx", tabs)])
    assert [s.name for s in empty.sheets] == ["3月"]
    assert "“草稿” (hidden sheet: no customer's order under its header in row 30)" in \
        import_report(empty)
    tabs = [SHOWN, ("草稿", [*scratch, H, order], True, False)]
    [read] = import_files(tmp_path / "r.sqlite", [_xlsx(tmp_path / "r.xlsx", tabs)])
    assert read.counts.inserted == 2 and "Read hidden sheet “草稿”" in import_report(read)


def test_sheet_on_an_xls_counts_only_the_chosen_tab_to_the_cap(tmp_path: Path) -> None:
    """`--sheet 3月` on an .xls with eight hidden 备用 each stretched to IV65536: refused for
    the spares' grids over the cap (and under it, calamine built them all: 4.2 GB). Now the
    spares are emptied in the copy calamine opens: 3月's order imported. Without --sheet
    the file is still refused, naming the spares, the database as it was."""
    spares = [(f"备用{k}", [["备用"]], True, True) for k in range(1, 9)]
    path = _xls(tmp_path / "spares.xls", [SHOWN, *spares])
    db, before = _database(tmp_path)
    [whole] = import_files(db, [path])
    assert whole.refused and whole.message.code == "sheet_too_large"
    assert db.read_bytes() == before
    [chosen] = import_files(db, [path], sheet="3月")
    assert chosen.status == "imported", chosen.message
    assert [(s.name, s.rows) for s in chosen.sheets] == [("3月", 1)]
    code, said = _cli("--lang", "en", "import", "--db", str(tmp_path / "cli.sqlite"),
                      "--sheet", "3月", str(path))
    assert code == 0 and "spares.xls: imported (xls)" in said, said
