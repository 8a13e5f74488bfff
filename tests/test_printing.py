"""Printing to PDF yields a PDF with pages: the action lists on paper, read back as a user would.

The PDFs are checked as bytes (pages, the embedded font) and as text read back with pypdf
(tests/pdf_reading.py) on every machine; the documents are also checked as text before they
are painted.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pdf_reading import pdf_text
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from test_actions import FIRM, HYPERLINK, STOP_LOSS_HEADERS, make_analysis

from core import i18n
from core.actions import chat_summary
from core.analysis.model import Analysis, CustomerMetrics
from core.messages import Cancelled, Message, Refusal
from ui.printing import pages as printing
from ui.printing.dialog import PrintDialog
from ui.tasks import Runner

OWNERS = {"李娜": {HYPERLINK, "-Ltd", "Gamma LLC", "Epsilon"},
          "张伟": {"Acme Trading", "+86 138", "Beta GmbH", "Delta Prospect"},
          "王芳": {"Old Dormant"}, "Unassigned": {"@home"}}
HIDDEN_FROM_SALES = ("Gross", "margin", "Margin", "Cost", "Black list", "White list")


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def pages(data: bytes) -> int:
    """Page objects in the PDF (not the /Pages tree)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def long_analysis(count: int = 120) -> Analysis:
    """make_analysis() and `count` more black-list customers, each with a reason that wraps
    over several lines, so a row split across two pages would show."""
    analysis = make_analysis()
    for i in range(count):
        analysis.customers.append(CustomerMetrics(
            100 + i, f"Customer {i:03d} Trading Company Limited", "CN", "张伟", "long_tail",
            open_amount=1000.0 * i, overdue_amount=500.0 * i, max_days_overdue=61 + i,
            risk_grade="E", list="black", list_reason=Message(
                "x", f"Overdue more than 60 days and the average order under 20k USD: "
                     f"stop-loss rule for row {i:03d} closes here")))
    return analysis


def test_a_list_prints_to_a_real_pdf_with_the_font_embedded(tmp_path: Path):
    path = printing.write_pdf(make_analysis(), "black", tmp_path / "black.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and pages(data) == 1
    assert b"/FontFile2" in data or b"/FontFile3" in data
    assert [p.name for p in tmp_path.iterdir()] == ["black.pdf"]  # no temp file left
    text = pdf_text(path)
    for expected in ("Black list", FIRM, "Acme Trading", "=HYPERLINK(", "Suspend supply",
                     "2025-12-31", "2025-12-20", "Page 1 of 1", "45,200",
                     "the owner confirms each case"):
        assert expected in text, expected


def test_chinese_text_uses_and_embeds_a_cjk_font(tmp_path: Path):
    """Runs on every machine: where none is installed, the tests' own CJK font (conftest.py,
    the dev extra) is the one the PDF path finds."""
    family = printing.cjk_family()
    assert family is not None, "no CJK font: pip install -e .[dev] installs the tests' own"
    i18n.set_language("zh_CN")
    # the page is set in it, not only its Chinese glyphs borrowed by Qt's fallback
    assert printing.list_document(make_analysis(), "black").defaultFont().family() == family
    data = printing.write_pdf(make_analysis(), "black", tmp_path / "黑名单.pdf").read_bytes()
    assert family.replace(" ", "").encode() in data  # the BaseFont name
    assert b"/FontFile2" in data or b"/FontFile3" in data
    text = pdf_text(tmp_path / "黑名单.pdf")
    for expected in ("黑名单", "客户", "战略客户", "宁波好运", "第 1 页，共 1 页", "暂停供货"):
        assert expected in text, expected


def test_a_long_list_runs_over_pages_without_splitting_a_row(tmp_path: Path):
    path = printing.write_pdf(long_analysis(), "black", tmp_path / "long.pdf")
    count = pages(path.read_bytes())
    assert count >= 2
    for page in range(1, count + 1):
        text = pdf_text(path, page)
        assert f"Page {page} of {count}" in text
        assert "Customer" in text and "Recommended" in text  # the header on every page
        starts = len(re.findall(r"Overdue more than 60", text))
        assert starts == text.count("closes here") == len(re.findall(r"Customer \d{3}", text))
    everything = pdf_text(path)
    assert all(f"Customer {i:03d} " in everything for i in range(120))


def test_documents_show_the_workbooks_columns_and_words():
    analysis = make_analysis()
    black = " ".join(printing.list_document(analysis, "black").toPlainText().split())
    assert all(header in black for header in STOP_LOSS_HEADERS[:9])  # the printed ones
    assert not any(header in black for header in ("Pyramid tier", "Open receivable"))
    assert "Suspending supply is a recommendation" in black
    assert "check before suspending: Acme Trading" in black
    assert printing.header_of(printing.list_document(analysis, "black")) == [
        FIRM, "Black list", "As of 2025-12-31 (receipts booked to 2025-12-20) · printed "
        f"{date.today().isoformat()}"]
    renamed = printing.list_document(analysis, "white", firm_name="Other Firm Ltd")
    assert printing.header_of(renamed)[0] == "Other Firm Ltd"
    plan = " ".join(printing.list_document(analysis, "strategic").toPlainText().split())
    assert "Gross margin (12 months)" in plan and "Price check" in plan
    assert plan.count("Custom ODM") == 1  # the tier's plan once, not on every row
    assert "Margin 30.0% is below the 35–45% band: reprice." in plan
    sales = printing.list_document(analysis, "strategic", salesperson="张伟").toPlainText()
    assert "Beta GmbH" in sales and "Gamma LLC" not in sales
    assert not any(word in sales for word in HIDDEN_FROM_SALES)
    empty = printing.list_document(analysis, "black", salesperson="王芳").toPlainText()
    assert "No customers on this list." in empty and "Supply on hold – to confirm" in empty
    with pytest.raises(ValueError):
        printing.list_document(analysis, "grey")


def test_one_pdf_per_salesperson_holds_only_their_customers(tmp_path: Path):
    analysis = make_analysis()
    seen: list[float] = []
    results = printing.pdfs_per_salesperson(analysis, tmp_path,
                                            progress=lambda f, m: seen.append(f))
    assert [p.name for p, _ in results] == [
        "stop-loss_2025-12-31_张伟.pdf", "stop-loss_2025-12-31_李娜.pdf",
        "stop-loss_2025-12-31_王芳.pdf", "stop-loss_2025-12-31_Unassigned.pdf"]
    assert [s for _, s in results] == [chat_summary(analysis, key)
                                       for key in ("张伟", "李娜", "王芳", "")]
    assert seen == sorted(seen) and seen[-1] == 1.0
    everyone = set().union(*OWNERS.values())
    for path, summary in results:
        owner = path.stem.rsplit("_", 1)[1]
        key = "" if owner == "Unassigned" else owner
        data = path.read_bytes()
        assert data.startswith(b"%PDF") and pages(data) == 4  # one list a page
        texts = [printing.list_document(analysis, "stop_loss", salesperson=key).toPlainText()]
        texts.append(pdf_text(path))
        for text in texts:
            assert not [name for name in everyone - OWNERS[owner] if name in text]
            assert not [word for word in HIDDEN_FROM_SALES if word in text]
            assert all(title in text for title in ("Supply on hold – to confirm",
                                                   "Payment to confirm",
                                                   "Follow closely",
                                                   "Key accounts to protect"))
        assert summary.splitlines()[0] in texts[-1]
    plans = printing.pdfs_per_salesperson(analysis, tmp_path / "plans", "restructuring")
    assert plans[0][0].name == "restructuring_2025-12-31_张伟.pdf"
    text = pdf_text(plans[0][0])
    assert "Beta GmbH" in text and "Gamma LLC" not in text and "Gross" not in text


def test_cancel_and_refusals_leave_no_file(tmp_path: Path):
    with pytest.raises(Cancelled):
        printing.pdfs_per_salesperson(make_analysis(), tmp_path / "out",
                                      cancel=lambda: True)
    assert not (tmp_path / "out").exists()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    for target in (blocker / "list.pdf", folder):
        with pytest.raises(Refusal) as caught:
            printing.write_pdf(make_analysis(), "black", target)
        assert caught.value.code == "export_unwritable" and str(target) in caught.value.text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "a-folder"]
    assert list(folder.iterdir()) == []


def test_the_preview_paints_every_page_onto_its_printer(qtbot, tmp_path: Path):
    dialog = PrintDialog(long_analysis(), default="black")
    qtbot.addWidget(dialog)
    out = tmp_path / "printer.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPageLayout(printing.a4_landscape())
    painted = dialog.paint_on(printer)
    assert painted >= 2 and pages(out.read_bytes()) == painted
    preview = dialog.preview_dialog()  # what Preview… opens; its signal paints the same way
    second = tmp_path / "preview.pdf"
    printer.setOutputFileName(str(second))
    preview.paintRequested.emit(printer)
    assert pages(second.read_bytes()) == painted
    preview.deleteLater()


def test_the_dialog_saves_the_chosen_list(qtbot, tmp_path: Path):
    dialog = PrintDialog(make_analysis(), default="white")
    qtbot.addWidget(dialog)
    assert dialog.which() == "white" and dialog.salesperson() is None
    dialog.choose("core")
    path = dialog.save_pdf_to(tmp_path / "core.pdf")
    assert path == tmp_path / "core.pdf" and path.read_bytes().startswith(b"%PDF")
    assert str(path) in dialog.status.text()
    assert dialog.default_name() == "Core customers_2025-12-31.pdf"
    dialog.choose("black")
    dialog.choose_salesperson("李娜")
    assert dialog.radios["black"].text() == "Supply on hold – to confirm (Black list)"
    assert dialog.default_name() == "Supply on hold – to confirm – 李娜_2025-12-31.pdf"
    text = pdf_text(dialog.save_pdf_to(tmp_path / "mine.pdf"))
    assert "=HYPERLINK(" in text and "Acme Trading" not in text
    assert dialog.save_pdf_to(tmp_path) is None  # a folder: refused, told, not raised
    assert "Excel or WPS" in dialog.status.text()


def test_salesperson_pdfs_run_on_the_worker_and_give_the_chat_lines(qtbot, tmp_path: Path,
                                                                    monkeypatch):
    analysis = make_analysis()
    runner = Runner()
    dialog = PrintDialog(analysis, runner=runner)
    qtbot.addWidget(dialog)
    task = dialog.make_salesperson_pdfs(tmp_path)
    assert task is not None and not dialog.each_button.isEnabled()
    with qtbot.waitSignal(task.finished, timeout=60000):
        pass
    assert len(list(tmp_path.glob("*.pdf"))) == 4 and dialog.each_button.isEnabled()
    assert chat_summary(analysis, "张伟") in dialog.summaries.toPlainText()
    assert dialog.summaries.isReadOnly() and "4 PDF files" in dialog.status.text()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.summaries.toPlainText()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert [Path(url.toLocalFile()) for url in opened] == [tmp_path]
    direct = PrintDialog(analysis, default="strategic")  # the selected list, not its book
    qtbot.addWidget(direct)
    direct.show()
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *args: str(tmp_path / "plans"))
    qtbot.mouseClick(direct.each_button, Qt.MouseButton.LeftButton)  # no runner: done here
    # the chat lines speak of the stop-loss lists: a plan's copies are sent without them
    assert direct.summaries.toPlainText() == "" and not direct.copy_button.isVisible()
    assert "PDF files written" in direct.status.text()
    made = tmp_path / "plans" / "restructuring_2025-12-31_Strategic customers_李娜.pdf"
    assert made.exists()
    text = pdf_text(made)
    assert "Strategic customers" in text and "Core customers" not in text


def test_the_dialog_speaks_chinese(qtbot):
    dialog = PrintDialog(make_analysis())
    qtbot.addWidget(dialog)
    assert dialog.preview_button.text() == "Preview…"
    i18n.set_language("zh_CN")
    dialog.retranslate()
    assert dialog.preview_button.text() == "打印预览…"
    assert dialog.radios["black"].text() == "黑名单"
    assert dialog.copy_for.itemText(0) == "老板（全部客户）"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_page_renders_and_fits_the_width(tmp_path: Path, language: str):
    i18n.set_language(language)
    for which in ("black", "strategic"):
        document = printing.list_document(long_analysis(30), which)
        image = printing.page_image(document)
        assert image.width() > image.height() > 0  # landscape
        assert image.save(str(tmp_path / f"{which}_{language}.png"))
        assert document.size().width() <= document.pageSize().width() + 1  # no clipped column
        corner = image.pixelColor(image.width() - 2, image.height() // 2)
        assert corner.name() == "#ffffff"  # nothing painted into the right margin


def test_the_buttons_ask_where_then_write_on_the_worker(qtbot, tmp_path: Path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def save_name(parent, caption, start, filters):  # noqa: ANN001 - Qt's signature
        asked.append(start)
        return str(tmp_path / "chosen"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *args: str(tmp_path / "team"))
    dialog = PrintDialog(make_analysis(), default="watch", runner=Runner())
    qtbot.addWidget(dialog)
    dialog.pdf_button.click()
    assert asked[0].endswith("Watch list_2025-12-31.pdf")
    with qtbot.waitSignal(dialog.task.finished, timeout=60000):
        pass
    assert (tmp_path / "chosen.pdf").read_bytes().startswith(b"%PDF")
    assert str(tmp_path / "chosen.pdf") in dialog.status.text()
    dialog.each_button.click()
    with qtbot.waitSignal(dialog.task.finished, timeout=60000):
        pass
    assert len(list((tmp_path / "team").glob("*.pdf"))) == 4


def test_a_pdf_whose_text_cannot_be_read_fails_the_test_that_reads_it(tmp_path: Path):
    """tests/pdf_reading.py never hands back nothing to check (as pdftotext's absence did)."""
    from pypdf import PdfWriter

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(printing.write_pdf(make_analysis(), "black", broken).read_bytes()[:400])
    blank = tmp_path / "blank.pdf"
    writer = PdfWriter()
    writer.add_blank_page(842, 595)
    writer.write(blank)
    for path in (broken, blank, tmp_path / "missing.pdf"):
        with pytest.raises(pytest.fail.Exception):
            pdf_text(path)
