"""The import dialog, driven as a clerk would: add or drop files, fix a column, import, read.

Every reading and the import run on the worker; the tests wait on signals, never on the clock.
"""

from __future__ import annotations

import itertools
import time
from datetime import date
from pathlib import Path

import pytest
from ledgers import APRIL_HEADER, APRIL_ROWS, write_xlsx
from openpyxl import Workbook
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QComboBox

from core import i18n
from core.store import connect, dump
from ui.importing.dialog import FILES, MAPPING, PROGRESS, RESULT, ImportDialog
from ui.tasks import Runner

# "Kunde" and "Zielland" are no headers TradeTier knows: the clerk says what they hold.
FOREIGN = ["订单号", "Kunde", "Zielland", "下单日期", "金额", "币种", "贸易条款"]
FOREIGN_ROWS = [
    ["PI-101", "Coastal Home Goods LLC", "Mexico", date(2025, 3, 4), 12000, "USD", "FOB Ningbo"],
    ["PI-102", "Andes Trading SA", "Chile", date(2025, 3, 9), 8000, "USD", "CIF"],
    ["PI-103", "Coastal Home Goods LLC", "Mexico", date(2025, 3, 20), 5000, "USD", "FOB"],
]
CHINESE, CHINESE_ROWS = APRIL_HEADER, APRIL_ROWS


@pytest.fixture
def foreign(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "ventas marzo.xlsx",
                      {"Marzo": [["Libro de pedidos 2025"], [], FOREIGN, *FOREIGN_ROWS]})


@pytest.fixture
def chinese(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "4月台账.xlsx", {"4月": [CHINESE, *CHINESE_ROWS],
                                                "说明": [["本表由财务部维护"]]})


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """30,000 rows: seconds of work on the worker, long enough to cancel and to count ticks."""
    path = tmp_path_factory.mktemp("big") / "big.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("订单")
    sheet.append(CHINESE[:6])
    for i in range(30000):
        sheet.append([f"PI-{i:05d}", f"Customer {i % 700}", "USA",
                      f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", 1000 + i, "USD"])
    book.save(path)
    return path


def _dialog(qtbot, db_path: Path, files: list[Path] | None = None) -> ImportDialog:
    dialog = ImportDialog(db_path, runner=Runner())
    qtbot.addWidget(dialog)
    dialog.show()
    if files:
        dialog.add_files(files)
    _wait_read(qtbot, dialog)
    return dialog


def _wait_read(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not any(s.busy for s in dialog.states), timeout=20000)


def _choose(combo: QComboBox, header: str) -> None:
    index = combo.findData(header)
    assert index >= 0, f"{header} not offered"
    combo.setCurrentIndex(index)


def _import(qtbot, dialog: ImportDialog, timeout: int = 30000) -> list:
    with qtbot.waitSignal(dialog.importFinished, timeout=timeout) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def _tree_texts(dialog: ImportDialog) -> list[str]:
    tree, texts = dialog.result_page.tree, []

    def walk(item) -> None:  # type: ignore[no-untyped-def]
        texts.append(" | ".join(item.text(c) for c in range(3)))
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i))
    return texts


def test_importing_with_a_column_the_clerk_chose(qtbot, db_path, foreign):
    dialog = _dialog(qtbot, db_path, [foreign])
    state = dialog.states[0]
    assert state.missing() == ["customer"]
    assert "Customer" in dialog.message.text() and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == MAPPING
    editor = dialog.editor
    # What TradeTier found by itself: the header in row 3, the columns it knows.
    assert "header in row 3" in editor.sheet_label.text()
    assert editor.combo("order_no").currentData() == "订单号"
    assert editor.combo("amount").currentData() == "金额"
    assert editor.combo("incoterm").currentData() == "贸易条款"
    assert editor.combo("customer").currentData() == ""
    assert editor.combo("country").currentData() == ""
    assert "Payment terms" in editor.labels["payment_terms"].text()
    assert "e.g. T/T 30% deposit" in editor.labels["payment_terms"].text()
    # The clerk says which column holds the customer, and that "Zielland" is the country.
    _choose(editor.combo("customer"), "Kunde")
    _choose(editor.combo("country"), "Zielland")
    _wait_read(qtbot, dialog)
    assert state.overrides() == {"customer": "Kunde", "country": "Zielland"}
    assert dialog.import_button.isEnabled() and not dialog.message.isVisible()
    model = editor.model
    column = model.sheet.headers.index("Kunde")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Kunde\n→ Customer"
    assert model.data(model.index(0, column)) == "Coastal Home Goods LLC"
    assert editor.values["customer"].text() == "Coastal Home Goods LLC"

    results = _import(qtbot, dialog)
    assert [r.status for r in results] == ["imported"]
    assert dialog.stack.currentIndex() == RESULT
    texts = _tree_texts(dialog)
    assert texts[0].startswith("ventas marzo.xlsx | imported (xlsx) | Rows: 3 inserted")
    assert "new customers: 2" in texts[0]
    assert any("Sheet “Marzo”: header in row 3, 3 rows taken" in t for t in texts)
    assert "1 imported" in dialog.result_page.summary.text()
    conn = connect(db_path)
    rows = conn.execute("SELECT o.order_no, c.name, c.country FROM orders o JOIN customers c "
                        "ON c.id = o.customer_id ORDER BY o.order_no").fetchall()
    assert [tuple(r) for r in rows] == [("PI-101", "Coastal Home Goods LLC", "Mexico"),
                                        ("PI-102", "Andes Trading SA", "Chile"),
                                        ("PI-103", "Coastal Home Goods LLC", "Mexico")]
    dialog.result_page.copy_report()
    assert "ventas marzo.xlsx: imported" in QGuiApplication.clipboard().text()


def test_swapping_two_columns(qtbot, db_path, chinese):
    dialog = _dialog(qtbot, db_path, [chinese])
    editor = dialog.editor
    assert editor.combo("customer").currentData() == "客户名称"
    assert editor.combo("country").currentData() == "国家"
    assert "Passed over" in editor.sheet_label.text() and "说明" in editor.sheet_label.text()
    _choose(editor.combo("customer"), "国家")  # the column leaves the country...
    assert editor.combo("country").currentData() == ""
    _choose(editor.combo("country"), "客户名称")  # ...which takes the customer's
    _wait_read(qtbot, dialog)
    results = _import(qtbot, dialog)
    assert results[0].counts.customers_inserted == 2
    conn = connect(db_path)
    orders = {tuple(r) for r in conn.execute(
        "SELECT o.order_no, c.name FROM orders o JOIN customers c ON c.id = o.customer_id")}
    assert orders == {("HT-1", "瑞典"), ("HT-2", "澳大利亚"), ("HT-3", "瑞典")}
    country = conn.execute("SELECT country FROM customers WHERE name = '澳大利亚'").fetchone()
    assert country[0] == "Sydney Kitchen Pty"
    assert any("Totals rows" in t for t in _tree_texts(dialog))


def test_a_refused_file_among_good_ones(qtbot, db_path, chinese, tmp_path):
    bad = tmp_path / "损坏.xlsx"
    bad.write_bytes(b"\x00\x01 not a workbook at all" * 10)
    lock = tmp_path / "~$4月台账.xlsx"
    lock.write_bytes(b"owner")
    dialog = _dialog(qtbot, db_path, [chinese, bad, lock])
    assert [s.path for s in dialog.states] == [chinese, bad]  # Excel's lock file is skipped
    status = dialog.files_list.topLevelItem(1).text(1)
    assert status and dialog.states[1].refused
    assert dialog.import_button.isEnabled()
    results = _import(qtbot, dialog)
    assert [r.status for r in results] == ["imported", "refused"]
    texts = _tree_texts(dialog)
    refused = next(t for t in texts if t.startswith("损坏.xlsx"))
    assert "REFUSED" in refused and results[1].message.text in refused
    assert connect(db_path).execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 2
    assert any(t.startswith("Skipped rows | 1") for t in texts)


def test_required_field_unmapped_disables_import(qtbot, db_path, chinese):
    dialog = _dialog(qtbot, db_path, [chinese])
    dialog._go(MAPPING)
    assert dialog.import_button.isEnabled()
    dialog.editor.combo("order_date").setCurrentIndex(0)  # "— not used —"
    assert dialog.editor.combo("order_date").currentText() == "— not used —"
    assert not dialog.import_button.isEnabled()
    assert "Order date" in dialog.message.text() and "4月台账.xlsx" in dialog.message.text()
    assert dialog.editor.combo("order_date").styleSheet()  # highlighted
    _wait_read(qtbot, dialog)
    assert not dialog.import_button.isEnabled()
    _choose(dialog.editor.combo("order_date"), "下单日期")
    _wait_read(qtbot, dialog)
    assert dialog.import_button.isEnabled() and dialog.states[0].overrides() is None


def test_cancel_leaves_the_database_unchanged(qtbot, db_path, chinese, big):
    dialog = _dialog(qtbot, db_path, [chinese])
    _import(qtbot, dialog)
    conn = connect(db_path)
    before = dump(conn)
    dialog.add_files([big])  # a new round after the result page
    _wait_read(qtbot, dialog)
    assert dialog.stack.currentIndex() == FILES and len(dialog.states) == 1
    started = []
    with qtbot.waitSignal(dialog.stack.currentChanged, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == PROGRESS
    task = dialog.progress_page.task
    task.progressed.connect(lambda fraction, _m: started.append(fraction))
    qtbot.waitUntil(lambda: any(f > 0 for f in started), timeout=20000)
    qtbot.mouseClick(dialog.progress_page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == RESULT, timeout=30000)
    assert "Import cancelled during big.xlsx" in dialog.result_page.summary.text()
    assert dump(conn) == before


def test_the_gui_thread_keeps_processing_events_while_importing(qtbot, db_path, big):
    """A timer on the GUI thread ticks all through the import, not in a burst before or after
    it: no gap between ticks (or between the click and the first, the last and the end) spans
    a quarter of the import, so the window never stalled for long. (A quarter, not less: on a
    loaded machine the worker's reader may hold the interpreter for a moment.)"""
    dialog = _dialog(qtbot, db_path, [big])
    ticks, progress = [], []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    started = time.monotonic()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.progress_page.task.progressed.connect(lambda f, _m: progress.append(f))
    with qtbot.waitSignal(dialog.importFinished, timeout=60000) as blocker:
        pass
    ended = time.monotonic()
    timer.stop()
    assert blocker.args[0][0].counts.inserted == 30000
    moments = [started, *(t for t in ticks if started <= t <= ended), ended]
    gaps = [later - earlier for earlier, later in zip(moments, moments[1:], strict=False)]
    span = ended - started
    assert max(gaps) < span / 4, f"the window stood still {max(gaps):.2f} s of {span:.2f} s"
    assert len(moments) > 12  # ticked all along, not once in each quarter
    assert len(progress) > 10 and progress == sorted(progress)
    assert dialog.progress_page.bar.value() > 900


def test_dropping_files(qtbot, db_path, chinese, foreign, tmp_path):
    dialog = _dialog(qtbot, db_path)
    lock = tmp_path / "~$ventas.xlsx"
    lock.write_bytes(b"x")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in (chinese, foreign, lock)])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    dialog.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(event)
    assert event.isAccepted()
    _wait_read(qtbot, dialog)
    assert [s.path.name for s in dialog.states] == ["4月台账.xlsx", "ventas marzo.xlsx"]
    assert dialog.files_list.topLevelItem(0).text(1).startswith("xlsx, ledger in “4月”")
    assert "Customer" in dialog.files_list.topLevelItem(1).text(1)
    dialog.files_list.topLevelItem(1).setSelected(True)
    dialog.remove_selected()
    assert [s.path.name for s in dialog.states] == ["4月台账.xlsx"]
    assert dialog.import_button.isEnabled()


def test_chinese_labels(qtbot, db_path, foreign):
    dialog = _dialog(qtbot, db_path, [foreign])
    dialog._go(MAPPING)
    i18n.set_language("zh_CN")
    dialog.retranslate()
    assert "付款方式" in dialog.editor.labels["payment_terms"].text()
    assert "客户" in dialog.message.text()
    assert dialog.editor.combo("customer").itemText(0) != "— not used —"
    assert dialog.import_button.text() != "&Import"


PAGES = ("files", "mapping", "progress", "result")


def _shots(qtbot, db_path: Path, files: list[Path], language: str) -> dict[str, QImage]:
    """Each page of the dialog as a clerk meets it, grabbed in one language."""
    i18n.set_language(language)
    dialog = _dialog(qtbot, db_path, files)
    dialog.retranslate()
    sizes = []

    def grab() -> QImage:
        image = dialog.grab().toImage()
        sizes.append((image.size(), dialog.size()))  # the whole dialog, at its size then
        return image

    shots = {"files": grab()}
    dialog._go(MAPPING)
    dialog.file_combo.setCurrentIndex(1)
    shots["mapping"] = grab()
    _choose(dialog.editor.combo("customer"), "Kunde")
    _wait_read(qtbot, dialog)
    dialog._go(PROGRESS)
    dialog.progress_page.paths = list(files)
    dialog.progress_page.show_progress(0.42, "4月")
    shots["progress"] = grab()
    dialog._go(MAPPING)
    _import(qtbot, dialog)
    shots["result"] = grab()
    assert all(image == size for image, size in sizes)
    return shots


def _colours(image: QImage) -> int:
    step = max(1, image.width() // 64)
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def test_screenshots_of_every_page(qtbot, tmp_path, chinese, foreign):
    """Every page renders whole in both languages, each its own picture; the PNGs are left in
    tmp_path for a person to look at (clipped or overlapping text shows there)."""
    bad = tmp_path / "坏文件.xls"
    bad.write_bytes(b"garbage" * 50)
    shots = {language: _shots(qtbot, tmp_path / f"{language}.sqlite", [chinese, foreign, bad],
                              language) for language in ("en", "zh_CN")}
    for language, pages in shots.items():
        for page, image in pages.items():
            assert not image.isNull() and image.width() > 600 and image.height() > 400
            assert _colours(image) >= 8, f"{page} in {language} is nearly blank"
            assert image.save(str(tmp_path / f"import_{page}_{language}.png"))
        for first, second in itertools.combinations(PAGES, 2):
            assert pages[first] != pages[second], (language, first, second)
    for page in PAGES:
        assert shots["en"][page] != shots["zh_CN"][page], page
