"""The printed lists as a spreadsheet prints them, read back with openpyxl: within an A4 line at
full size, every row as tall as its wrapped text, the details outside the print area, what is
the same on every row said once, and the screen's list names on paper.

(The pages were also looked at by hand: LibreOffice's `soffice --headless --convert-to pdf`
and `pdftoppm`; the tests must not depend on an office suite being installed.)"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string, get_column_letter, range_boundaries
from test_actions import make_analysis, table

from core import i18n
from core.actions import export_leap, export_restructuring, export_stop_loss, stop_loss
from core.actions.paper import LINE_POINTS, line_count, row_height
from core.actions.workbook import PRINT_WIDTH, Column, _value_width, _widest, header_row
from core.analysis.names import LISTS, list_heading, sheet_name
from core.analysis.run import analyse
from core.messages import Message
from core.store import opened

EXPORTS = (export_stop_loss, export_restructuring, export_leap)


def test_lines_are_counted_as_a_spreadsheet_wraps_them():
    assert line_count("", 10) == 1
    assert line_count("short", 10) == 1
    assert line_count("one two three four five six", 10) == 3  # words are not split
    assert line_count("ONE TWO THREE FOUR FIVE SIX", 10) == 4  # capitals are wider
    assert line_count("逾期 165 天（上限 60 天），平均订单 7,792 USD", 20) == 3
    assert line_count("first\nsecond", 40) == 2
    assert line_count("x" * 45, 10) == 5  # a word longer than the column breaks
    assert row_height([("a\nb\nc", 30), ("one", 10)]) >= 3 * LINE_POINTS


def _printed_columns(ws) -> int:
    return range_boundaries(ws.print_area.split("!")[1].replace("$", ""))[2]


def _check_sheet(ws, detail_headers: set[str]) -> None:
    printed = _printed_columns(ws)
    width = sum(ws.column_dimensions[get_column_letter(i)].width for i in range(1, printed + 1))
    assert width <= PRINT_WIDTH, (ws.title, width)
    head = header_row(ws)
    if head == 1 and ws.auto_filter.ref is None:
        return  # the overview: no table of customers
    titles = [c.value for c in ws[head]]
    assert not detail_headers & set(titles[:printed]), ws.title  # details are not printed
    assert ws.print_title_rows == f"${head}:${head}"
    merged = {r.min_row for r in ws.merged_cells.ranges}  # a note across the line
    for row in ws.iter_rows(min_row=head + 1, max_col=printed):
        for cell in row:
            if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                continue
            column = ws.column_dimensions[get_column_letter(cell.column)].width
            if cell.row in merged:
                column = width
            need = line_count(cell.value, column) * LINE_POINTS
            height = ws.row_dimensions[cell.row].height
            assert height is not None and height >= need, (ws.title, cell.coordinate, height)
            assert height >= len(cell.value.splitlines()) * LINE_POINTS  # at least its lines


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_list_sheet_prints_within_an_a4_line_with_rows_as_tall_as_their_text(
        tmp_path: Path, sample_db: Path, language: str):
    i18n.set_language(language)
    with opened(sample_db) as conn:
        analysis = analyse(conn, None)
    details = {c.header for c in stop_loss.columns(analysis.base_currency) if c.detail}
    for export in EXPORTS:
        for sales in (False, True):
            for path in export(analysis, tmp_path / f"{export.__name__}.xlsx",
                               by_salesperson=sales)[:2]:
                for ws in openpyxl.load_workbook(path).worksheets:
                    _check_sheet(ws, details if export is export_stop_loss else set())


def test_a_long_reason_makes_its_row_tall_enough(tmp_path: Path):
    analysis = make_analysis()
    long = "; ".join(f"invoice PI-{n} is {n * 10} days past due" for n in range(12))
    analysis.customers[0].list_reason = Message("long", long)
    [path] = export_stop_loss(analysis, tmp_path / "stop.xlsx")
    black = openpyxl.load_workbook(path)["Black list"]
    reason = next(c for c in black[1] if c.value == "Reason for the list")
    width = black.column_dimensions[reason.column_letter].width
    assert black.row_dimensions[2].height >= line_count(long, width) * LINE_POINTS > 4 * 15
    assert black.row_dimensions[2].height > black.row_dimensions[3].height


def test_a_tier_s_service_plan_is_said_once_above_its_sheet(tmp_path: Path):
    [path] = export_restructuring(make_analysis(), tmp_path / "plan.xlsx")
    ws = openpyxl.load_workbook(path)["Core customers"]
    everything = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    plans = [text for text in everything if "72-hour response" in text]
    assert len(plans) == 1 and header_row(ws) > 1
    assert ws.row_dimensions[1].height >= LINE_POINTS  # the legend's own height
    assert "A1" in ws.merged_cells  # across the printed columns


def test_the_screen_s_list_names_are_the_owner_s_sheet_names(tmp_path: Path):
    for language in ("en", "zh_CN"):
        i18n.set_language(language)
        [path] = export_stop_loss(make_analysis(), tmp_path / f"{language}.xlsx")
        assert openpyxl.load_workbook(path).sheetnames[1:] == [list_heading(c) for c in LISTS]
    i18n.set_language("en")


def test_a_customer_put_on_the_watch_list_by_hand_is_not_printed_as_collect(tmp_path: Path):
    analysis = make_analysis()
    owing_nothing = replace(analysis.customers[4], customer_id=11, customer="Pinned Fine",
                            salesperson="张伟", list="watch", pinned_list="watch",
                            overdue_amount=0.0, max_days_overdue=0,
                            list_reason=Message("pinned_list", "put on this list by hand"))
    analysis.customers.append(owing_nothing)
    for sales in (False, True):
        paths = export_stop_loss(analysis, tmp_path / "stop.xlsx", by_salesperson=sales)
        book = openpyxl.load_workbook(paths[0])
        sheet = book.worksheets[1 + LISTS.index("watch")]  # whatever its copy calls it
        assert "collect" not in sheet.title.casefold()
        [row] = [r for r in table(sheet) if r["Customer"] == "Pinned Fine"]
        assert row["Reason for the list"] == "put on this list by hand"
        assert "collect" not in row["Recommended action"].casefold()
    text = stop_loss.action_text(replace(owing_nothing, list="black"), "black", "USD", False)
    assert "collect" not in text.casefold() and "Suspend supply" in text


def test_the_print_area_ends_before_the_details(tmp_path: Path):
    [path] = export_restructuring(make_analysis(), tmp_path / "plan.xlsx")
    ws = openpyxl.load_workbook(path)[sheet_name("strategic")]
    titles = [c.value for c in ws[header_row(ws)]]
    printed = _printed_columns(ws)
    assert titles.index("Overall rank") >= printed and titles.index("Price check") < printed
    assert column_index_from_string("A") == 1 and titles[0] == "Customer"


@pytest.mark.parametrize("kind", ["text", "money", "int", "date", "percent"])
def test_a_column_is_as_wide_as_its_widest_value_however_often_a_text_repeats(kind: str):
    values = ["Germany", "中文 客户名称", "a\nlonger second line", "", None, 1234567.891, -0.0,
              0.125, 7, True, date(2025, 1, 31), "=SUM(A1)", " padded "]
    rows = [{"x": value} for value in values * 3]
    column = Column("x", "X", kind)
    assert _widest(column, rows) == max(_value_width(row["x"], kind) for row in rows)
    assert _widest(column, []) == 0
