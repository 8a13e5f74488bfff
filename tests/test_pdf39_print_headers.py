"""The printed lists' headers and amounts (pdf39), in the PDFs the print path writes.

Before, an English header was left to Qt, which broke it at every space of a number column as
wide as its widest word: "Gross" / "margin" / "(12" / "months)"; the empty referral PDF's
"Gross profit in the window (USD)" took five lines beside wide empty Customer and Notes
columns; the Chinese "近 12 个月" / "销售额" / "（USD）" three. And amounts printed with cents
("89,860.08") where the window and the row's reason say "89,860". Now a header reads on two
lines, its bracket whole, with room taken from the columns that have it to spare, and an
amount prints as the window shows it (core.i18n.amount_text); the workbook shows it so too,
the cell keeping the exact figure.
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from pdf_reading import pdf_lines
from test_salesperson_names_lists26 import _analysed as _analysis
from test_window_second_pass_gui36b import firm, sample  # noqa: F401 - fixtures

from core import i18n
from core.actions import stop_loss
from core.actions.cell_looks import MONEY_FORMAT
from core.analysis.model import Analysis
from core.cli.main import run


def _unspaced(text: str) -> str:
    """A header's text without its spaces and the line breaks the print path puts in."""
    return "".join(text.replace("\u2028", "").split())


def _printed(analysis: Analysis, which: str, lang: str,
             path: Path) -> tuple[dict[str, int], list[str]]:
    """Each header of the list's table with the lines it takes as the PDF lays it out, and
    the PDF's lines read back."""
    from PySide6.QtGui import QTextTable

    from ui.printing import pages, paging

    i18n.set_language(lang)
    try:
        document = pages.list_document(analysis, which)
        data, _ = paging.pdf_bytes(document)
    finally:
        i18n.set_language("en")
    path.write_bytes(data)
    [table] = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    heads = {}
    for column in range(table.columns()):
        block = table.cellAt(0, column).firstCursorPosition().block()
        heads[_unspaced(block.text())] = block.layout().lineCount()
    return heads, pdf_lines(path)


@pytest.mark.parametrize(("lang", "which", "header", "was"), [
    ("en", "referral", "Gross profit in the window (USD)", 5),
    ("en", "referral", "Assumed gross profit after commission (USD)", 5),
    ("en", "strategic", "Gross margin (12 months)", 4),
    ("en", "black", "Overdue receivable (USD)", 3),
    ("zh_CN", "strategic", "近 12 个月销售额（USD）", 3)])
def test_a_printed_header_reads_on_two_lines_its_bracket_whole(
        qapp, firm, tmp_path: Path, lang: str, which: str, header: str, was: int):  # noqa: F811
    heads, lines = _printed(_analysis(firm), which, lang, tmp_path / f"{which}.pdf")
    assert heads[_unspaced(header)] <= 2, heads  # was `was` lines
    assert max(heads.values()) <= 2, heads
    bracket = header[header.index("（" if "（" in header else "("):]
    assert any(bracket in line for line in lines), lines[:12]  # was "(12" over "months)"


def test_the_empty_referral_pdf_keeps_its_columns_readable(qapp, firm, tmp_path: Path):  # noqa: F811
    heads, lines = _printed(_analysis(firm), "referral", "en", tmp_path / "referral.pdf")
    assert "No customers on this list." in lines
    assert list(heads)[0] == "Customer" and list(heads)[-1] == "Notes"
    assert heads["Grossprofitinthewindow(USD)"] == 2  # was 5
    assert all(n <= 2 for n in heads.values()), heads  # was 8 headers on 3 to 5 lines


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_amounts_print_whole_as_the_window_and_the_reason_say_them(
        qapp, firm, tmp_path: Path, lang: str):  # noqa: F811
    analysis = _analysis(firm)
    money = [c.key for c in stop_loss.columns(analysis.base_currency)
             if c.kind == "money" and not c.detail]  # the printed ones: the overdue
    cents = [row[key] for row in stop_loss.rows(analysis, "black", False) for key in money
             if isinstance(row.get(key), float) and round(row[key], 2) != round(row[key])]
    assert cents  # the sample's black list has amounts with cents (89,860.08)
    _, lines = _printed(analysis, "black", lang, tmp_path / "black.pdf")
    text = f" {' '.join(lines)} "
    for amount in cents:
        assert f" {i18n.amount_text(amount)} " in text, amount
        assert f"{amount:,.2f}" not in text, amount  # was 89,860.08


def test_the_workbook_shows_amounts_whole_and_keeps_the_exact_figure(tmp_path: Path, firm):  # noqa: F811
    target = tmp_path / "stop-loss.xlsx"
    err = io.StringIO()
    assert run(["--lang", "en", "export", "--db", str(firm), "-o", str(target), "stop-loss"],
               io.StringIO(), err) == 0, err.getvalue()
    money = [cell for ws in openpyxl.load_workbook(target) for row in ws.iter_rows()
             for cell in row if cell.number_format in (MONEY_FORMAT, "#,##0.00")]
    assert money and {cell.number_format for cell in money} == {"#,##0"}  # was #,##0.00
    assert any(isinstance(c.value, float) and c.value != round(c.value) for c in money)
