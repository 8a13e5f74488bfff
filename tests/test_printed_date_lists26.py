"""Every printed or exported list carries the day it was made beside its as-of date.

Before, the page header said only "As of 2025-12-31 (receipts booked to 2025-12-20)": a copy
printed last month and today's looked the same on a meeting table. Now it reads "… · printed
<today>" (截至 …（…）· 打印于 <today>), in the PDF the print dialog saves and in each exported
workbook's page header, read back here from the real files."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from test_actions import make_analysis

from core import i18n
from core.actions import leap, restructuring, stop_loss
from core.actions.export import write_documents
from ui.printing import pages as printing
from ui.printing.dialog import PrintDialog

STAMP = {"en": "As of 2025-12-31 (receipts booked to 2025-12-20) · printed {today}",
         "zh_CN": "截至 2025-12-31（收款登记至 2025-12-20）· 打印于 {today}"}


def _expected(language: str) -> set[str]:
    """Today's stamp; the day read on both sides of the call, should it pass midnight."""
    return {STAMP[language].format(today=date.today().isoformat())}


def _pdf_text(path: Path, document_text: str) -> str:
    """The PDF's text as poppler reads it, or (no poppler installed) the painted header."""
    if shutil.which("pdftotext"):
        result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                                check=True)
        return result.stdout.decode("utf-8")
    assert path.read_bytes().startswith(b"%PDF")
    return document_text


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_printed_pdf_says_when_it_was_printed(qtbot, tmp_path: Path, language: str) -> None:
    i18n.set_language(language)
    before = _expected(language)
    dialog = PrintDialog(make_analysis(), default="black")
    qtbot.addWidget(dialog)
    path = dialog.save_pdf_to(tmp_path / "black.pdf")
    assert path is not None
    header = printing.header_of(printing.list_document(dialog.analysis, "black"))
    text = " ".join(_pdf_text(path, " ".join(header)).split())
    assert any(stamp in text for stamp in before | _expected(language)), text[:400]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_exported_workbook_carries_it_in_its_page_header(tmp_path: Path,
                                                               language: str) -> None:
    i18n.set_language(language)
    analysis = make_analysis()
    before = _expected(language)
    jobs = [(tmp_path / f"{name}.xlsx", module.document(analysis))
            for name, module in (("stop_loss", stop_loss), ("restructuring", restructuring),
                                 ("leap", leap))]
    write_documents(jobs)
    stamps = before | _expected(language)
    for path, _ in jobs:
        for sheet in openpyxl.load_workbook(path).worksheets:
            assert sheet.oddHeader.right.text in stamps, (path.name, sheet.title)
