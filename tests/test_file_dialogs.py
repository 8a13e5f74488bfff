"""Every file dialog starts where the last file of its purpose went (import, export, PDF,
database), remembered on this PC through ui.prefs, so the monthly routine never begins in the
home folder again."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_reading import pdf_text
from PySide6.QtWidgets import QFileDialog
from test_actions import make_analysis

from ui import prefs
from ui.printing.dialog import PrintDialog


def test_each_purpose_keeps_its_own_folder(tmp_path: Path):
    assert prefs.folder("pdf") == str(Path.home())  # nothing chosen yet
    (tmp_path / "pdf").mkdir()
    (tmp_path / "ledgers").mkdir()
    prefs.remember_folder("pdf", tmp_path / "pdf" / "black.pdf")
    prefs.remember_folder("import", tmp_path / "ledgers")
    assert prefs.folder("pdf") == str(tmp_path / "pdf")
    assert prefs.folder("import") == str(tmp_path / "ledgers")
    assert prefs.folder("export") == str(Path.home())
    (tmp_path / "pdf").rmdir()  # a folder gone since: back to the home folder
    assert prefs.folder("pdf") == str(Path.home())
    with pytest.raises(ValueError):
        prefs.folder("somewhere")


def test_the_pdf_dialogs_start_in_the_last_pdf_folder(qtbot, tmp_path: Path, monkeypatch):
    out = tmp_path / "meeting"
    out.mkdir()
    starts: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda parent, title, start, filters: starts.append(start) or (
            str(out / "black.pdf"), "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(
        lambda parent, title, start: starts.append(start) or ""))
    dialog = PrintDialog(make_analysis())
    qtbot.addWidget(dialog)
    dialog.save_pdf()
    # the black list the analysis holds, each customer beside their own debt and no other's
    text = pdf_text(out / "black.pdf")
    assert "Black list" in text and "Page 1 of 1" in text
    assert "Acme Trading 张伟 45,200 75" in text
    assert '=HYPERLINK("http://x") 李娜 8,000 90' in text
    assert "collect 45,200 USD overdue" in text
    assert "Beta GmbH" not in text and "Gamma LLC" not in text  # the white list's
    assert Path(starts[0]).parent == Path.home()
    again = PrintDialog(make_analysis())  # another day: the dialog is new, the folder is not
    qtbot.addWidget(again)
    again.save_pdf()
    again.salesperson_pdfs()
    assert Path(starts[1]).parent == out and starts[2] == str(out)
