"""The window's small faults of the dlg39 pass, driven through the real window.

1. Each Print, Settings and Corrections dialog stayed in memory, a child of the window, after it
   was closed (as the import dialog did before ui39s); a correction taken back as its dialog
   closed must still refresh the window.
2. The English window shows a stored 波兰 as "Poland"; the search found it only by "Poland"."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from test_app_end_thr39 import WAIT
from test_main_window import open_window
from test_ui39s_window import _two_countries, held_work

from core import override_changes
from core.store import opened
from ui.customers.corrections_view import CorrectionsDialog
from ui.printing.dialog import PrintDialog
from ui.settings.dialog import SettingsDialog
from ui.tasks import running


def _alive(window, kind) -> list:  # type: ignore[no-untyped-def]
    return [d for d in window.findChildren(kind) if shiboken6.isValid(d)]


def _deleted(qtbot, window, kind) -> None:  # type: ignore[no-untyped-def]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: not _alive(window, kind), timeout=WAIT)


def test_closed_print_settings_and_corrections_dialogs_are_deleted(qtbot, tmp_path):
    window = open_window(qtbot, _two_countries(tmp_path))
    for key, kind in (("print", PrintDialog), ("settings", SettingsDialog),
                      ("corrections", CorrectionsDialog)):
        for _ in range(3):
            before = window.commands.dialog
            window.commands.actions[key].trigger()  # settings: opened once its rules are read
            qtbot.waitUntil(lambda b=before: window.commands.dialog is not b, timeout=WAIT)
            dialog = window.commands.dialog
            assert isinstance(dialog, kind) and dialog.isVisible()
            qtbot.waitUntil(lambda: running() == [], timeout=WAIT)
            dialog.reject()
            _deleted(qtbot, window, kind)  # was 1, 2, 3 of each


def test_a_correction_taken_back_as_its_dialog_closes_still_refreshes_the_window(
        qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, _two_countries(tmp_path))
    with opened(window.db_path) as conn:
        override_changes.exclude(conn, "Berlin Haus")
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.refresh()
    assert [c.customer for c in window.analysis.customers] == ["Warsaw Home"]
    started, gate = held_work(monkeypatch, "revert_override")
    window.commands.actions["corrections"].trigger()
    dialog = window.commands.dialog
    assert isinstance(dialog, CorrectionsDialog)
    qtbot.waitUntil(lambda: dialog.select("exclude", "Berlin Haus"), timeout=WAIT)
    dialog.revert_selected()
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    dialog.reject()  # closed while the correction is taken back
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not dialog.isVisible()
    with qtbot.waitSignal(window.analysed, timeout=WAIT):  # was never: the dialog was gone
        gate.set()
    assert sorted(c.customer for c in window.analysis.customers) == [
        "Berlin Haus", "Warsaw Home"]
    qtbot.waitUntil(lambda: running() == [], timeout=WAIT)
    _deleted(qtbot, window, CorrectionsDialog)


def _found(window, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    window.search.setText(text)
    return sorted(window.proxy.customer_at(r).customer for r in range(window.proxy.rowCount()))


def test_the_english_search_finds_a_country_by_its_stored_name_too(qtbot, tmp_path):
    window = open_window(qtbot, _two_countries(tmp_path))
    assert _found(window, "波兰") == ["Warsaw Home"]  # was none: only "Poland" was searched
    assert _found(window, "poland") == ["Warsaw Home"]
    assert _found(window, "德国") == ["Berlin Haus"]
    assert _found(window, "法国") == []
    window.commands.set_language("zh_CN")
    assert _found(window, "波兰") == ["Warsaw Home"]
    assert _found(window, "poland") == []  # in Chinese the shown name is the stored one
