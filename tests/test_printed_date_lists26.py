"""Every printed or exported list carries the day it was made beside its as-of date.

Before, the page header said only "As of 2025-12-31 (receipts booked to 2025-12-20)": a copy
printed last month and today's looked the same on a meeting table. Now it reads "… · printed
<today>" (截至 …（…）· 打印于 <today>), in the PDF the print dialog saves and in each exported
workbook's page header, read back here from the real files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pdf_reading import pdf_text
from test_actions import make_analysis

from core import i18n
from core.actions import leap, restructuring, stop_loss
from core.actions.export import write_documents
from ui.printing.dialog import PrintDialog

STAMP = {"en": "As of 2025-12-31 (receipts booked to 2025-12-20) · printed {today}",
         "zh_CN": "截至 2025-12-31（收款登记至 2025-12-20）· 打印于 {today}"}


def _expected(language: str) -> set[str]:
    """Today's stamp; the day read on both sides of the call, should it pass midnight."""
    return {STAMP[language].format(today=date.today().isoformat())}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_printed_pdf_says_when_it_was_printed(qtbot, tmp_path: Path, language: str) -> None:
    i18n.set_language(language)
    before = _expected(language)
    dialog = PrintDialog(make_analysis(), default="black")
    qtbot.addWidget(dialog)
    path = dialog.save_pdf_to(tmp_path / "black.pdf")
    assert path is not None
    text = pdf_text(path, layout=True)  # the header's line in one piece
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
