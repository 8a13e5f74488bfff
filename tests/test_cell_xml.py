"""The action lists' cells saved as text (core/actions/cell_xml.py) are the bytes openpyxl's own
writer gives: every sheet of the three workbooks, in both languages, and a sheet of awkward
cells (spaces around text, markup characters, formulas, links, dates, NaN, booleans)."""

from __future__ import annotations

import io
import math
import zipfile
from collections.abc import Callable
from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook
from test_actions import make_analysis

from core import i18n
from core.actions import leap, restructuring, stop_loss
from core.actions.cell_xml import plain_cells
from core.actions.workbook import build, put
from core.progress import Steps

AWKWARD = ["plain", " leading", "trailing ", "  ", "a&b<c>d\"e'", "=HYPERLINK(\"x\")", "中文 客户",
           "line\nbreak", "\ttab", 0, -0.0, 1.5, 10**20, 1 / 3, math.nan, math.inf, True, False,
           date(2024, 1, 31), datetime(2024, 1, 1, 12, 30), date(1900, 1, 15), None, ""]


def _parts(workbook: Workbook, fast: bool) -> dict[str, bytes]:
    buffer = io.BytesIO()
    if fast:
        with plain_cells():
            workbook.save(buffer)
    else:
        workbook.save(buffer)
    archive = zipfile.ZipFile(buffer)
    return {name: archive.read(name) for name in archive.namelist()
            if not name.startswith("docProps")}  # creation times


def _awkward() -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    for row, value in enumerate(AWKWARD, start=1):
        put(sheet.cell(row=row, column=1), value)  # the lists' way: text stays text
        sheet.cell(row=row, column=2).value = value  # openpyxl's: "=…" a formula
        sheet.cell(row=row, column=3).number_format = "0.00"  # styled, empty
    sheet.cell(row=40, column=1).value = "link"
    sheet.cell(row=40, column=1).hyperlink = "https://example.com"
    return workbook


def _same(make: Callable[[], Workbook]) -> dict[str, bytes]:
    slow, fast = _parts(make(), fast=False), _parts(make(), fast=True)
    assert slow.keys() == fast.keys()
    for name in slow:
        assert fast[name] == slow[name], name
    return fast


def test_awkward_cells_are_written_as_openpyxl_writes_them():
    parts = _same(_awkward)
    sheet = load_workbook(io.BytesIO(_zip(parts))).active
    assert sheet["A2"].value == " leading" and sheet["A6"].value == "=HYPERLINK(\"x\")"
    assert sheet["B6"].data_type == "f" and sheet["A40"].hyperlink.target == "https://example.com"


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("module", [stop_loss, restructuring, leap])
def test_the_action_lists_are_the_same_bytes(module, language: str):
    i18n.set_language(language)
    try:
        analysis = make_analysis()
        for sales in (None, "张伟"):
            doc = module.document(analysis, sales)
            parts = _same(lambda doc=doc: build(doc, Steps(None, None)))
            assert any(name.startswith("xl/worksheets/sheet") for name in parts)
    finally:
        i18n.set_language("en")
