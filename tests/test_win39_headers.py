"""An empty referral sheet's headers (win39): in English they wrapped onto three lines
("Assumed gross profit after commission (USD)" in 16 widths beside an empty Customer column of
28) — the line full, none could widen. Each now reads in at most two lines, the name's column
still wider than the salesperson's."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from test_window_second_pass_gui36b import firm, sample  # noqa: F401 - fixtures

from core.actions.paper import line_count
from core.cli.main import run


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_empty_referral_sheet_s_headers_read_in_two_lines(tmp_path: Path, firm, lang):  # noqa: F811
    target = tmp_path / "leap.xlsx"
    err = io.StringIO()
    assert run(["--lang", lang, "export", "--db", str(firm), "-o", str(target), "leap"],
               io.StringIO(), err) == 0, err.getvalue()
    ws = openpyxl.load_workbook(target).worksheets[1]  # the referral candidates: none here
    header = next(row for row in ws.iter_rows() if row[0].value in ("Customer", "客户"))
    assert ws.cell(header[0].row + 1, 1).value is not None and ws.max_row == header[0].row + 1
    width = {c.column_letter: ws.column_dimensions[c.column_letter].width for c in header}
    lines = {c.value: line_count(c.value, width[c.column_letter]) for c in header}
    assert {h: n for h, n in lines.items() if n > 2} == {}  # was 7 headers on 3 lines (English)
    assert width["A"] > width["B"]  # the name's column wider than the salesperson's
