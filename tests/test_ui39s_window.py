"""The window's small faults of the ui39s pass, driven through the real window.

1. The English window showed the ledger's Chinese country names (波兰) in the customer table
   and the panel, while the English printed lists said "Poland".
2. Each import dialog stayed in memory, a child of the window, after it was closed."""

from __future__ import annotations

import threading
from datetime import date

import shiboken6
from ledgers import APRIL_HEADER, APRIL_ROWS, write_xlsx
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFileDialog
from test_app_end_thr39 import GATE_S, WAIT
from test_main_window import open_window

from core.ledger.importer import import_files
from ui import operations
from ui.customers.table_model import COLUMN_INDEX
from ui.importing.dialog import ImportDialog
from ui.tasks import running

COUNTRY = COLUMN_INDEX["country"]


def _two_countries(tmp_path):  # type: ignore[no-untyped-def]
    """A firm whose two buyers sit in 波兰 and 德国 (Poland after Germany in English, 波兰 bō
    before 德国 dé in pinyin: the sort says which names it sorted by)."""
    header = ["合同号", "客户名称", "国家", "下单日期", "金额", "币种"]
    ledger = write_xlsx(tmp_path / "台账.xlsx", {"台账": [
        header,
        ["HT-1", "Warsaw Home", "波兰", date(2025, 4, 2), 20000, "USD"],
        ["HT-2", "Berlin Haus", "德国", date(2025, 4, 8), 15000, "USD"],
    ]})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [ledger])
    assert result.status == "imported", result.message
    return db


def _countries(window) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = window.proxy
    return [proxy.index(row, COUNTRY).data() for row in range(proxy.rowCount())]


def _select(window, name: str) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in range(window.proxy.rowCount())
               if window.proxy.customer_at(r).customer == name)
    window.browser.select_row(row)


def test_the_english_window_names_a_chinese_country_in_english(qtbot, tmp_path):
    window = open_window(qtbot, _two_countries(tmp_path))
    window.proxy.sort(COUNTRY)
    assert _countries(window) == ["Germany", "Poland"]  # was 波兰, 德国 (sorted by pinyin)
    _select(window, "Warsaw Home")
    assert "Poland" in window.panel.subtitle.text().split(" · ")  # was 波兰
    window.search.setText("poland")  # searched by the name shown
    assert [window.proxy.customer_at(r).customer
            for r in range(window.proxy.rowCount())] == ["Warsaw Home"]
    window.search.setText("")
    window.commands.set_language("zh_CN")  # in Chinese, as the ledger wrote it
    assert _countries(window) == ["波兰", "德国"]
    _select(window, "Warsaw Home")
    assert "波兰" in window.panel.subtitle.text().split(" · ")
    window.commands.set_language("en")
    assert _countries(window) == ["Germany", "Poland"]


# 2. Each import made a new dialog, a child of the window never deleted: its previews stayed in
#    memory for the session.

def _import_dialogs(window) -> list:  # type: ignore[no-untyped-def]
    return [d for d in window.findChildren(ImportDialog) if shiboken6.isValid(d)]


def test_a_closed_import_dialog_is_deleted(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, _two_countries(tmp_path))
    ledger = write_xlsx(tmp_path / "4月台账.xlsx", {"4月": [APRIL_HEADER, *APRIL_ROWS]})
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *_args, **_kw: ([str(ledger)], "")))
    for _ in range(3):
        window.commands.actions["import"].trigger()
        dialog = window.commands.dialog
        assert isinstance(dialog, ImportDialog) and dialog.isVisible()
        qtbot.waitUntil(lambda d=dialog: not d.states[0].busy, timeout=WAIT)
        assert dialog.states[0].preview is not None
        dialog.reject()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qtbot.waitUntil(lambda: len(_import_dialogs(window)) == 0, timeout=WAIT)  # was 1, 2, 3


def held_work(monkeypatch, name: str) -> tuple[threading.Event, threading.Event]:  # type: ignore[no-untyped-def]
    """ui.operations' `name` held once started (the first event) until the gate (the second)
    is set."""
    started, gate = threading.Event(), threading.Event()
    real = getattr(operations, name)

    def held(*args, progress=None, cancel=None):  # type: ignore[no-untyped-def]
        started.set()
        assert gate.wait(GATE_S)
        return real(*args, progress=progress, cancel=cancel)

    monkeypatch.setattr(operations, name, held)
    return started, gate


def test_a_reading_that_ends_after_its_dialog_is_deleted_calls_nothing(
        qtbot, tmp_path, monkeypatch):
    """Closed while a file was read: the dialog goes, the reading ends on the window's runner
    and calls no deleted dialog back (ui.tasks._Reply)."""
    window = open_window(qtbot, _two_countries(tmp_path))
    ledger = write_xlsx(tmp_path / "4月台账.xlsx", {"4月": [APRIL_HEADER, *APRIL_ROWS]})
    started, gate = held_work(monkeypatch, "preview")
    window.commands.import_files([ledger])
    dialog = window.commands.dialog
    qtbot.waitUntil(started.is_set, timeout=WAIT)  # (behind the window's own work, if any)
    [task] = dialog.tasks.values()
    dialog.reject()
    qtbot.waitUntil(lambda: not _import_dialogs(window), timeout=WAIT)
    gate.set()
    with qtbot.waitSignal(task.finished, timeout=WAIT):
        pass
    qtbot.waitUntil(lambda: running() == [], timeout=WAIT)
    assert not _import_dialogs(window)
