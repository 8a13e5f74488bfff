"""A message a change left in the status bar outlives what it was about (clerk33).

Before: the clerk saved a rule (here the receipts date) and read "Analysed again with the new
settings: White list: 58 → 59". Moving the as-of date back to September then took the black
list of the sample from 9 customers to 7, and for the rest of the 15 seconds the bar still
named only that move; switching to Chinese kept that English sentence under a Chinese window.
Now a new as-of date, and a new language, take the old message away.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QDate
from test_main_window import open_window

from ui.changes import counts

SETTINGS_SAID = "Analysed again with the new settings: White list: 58 → 59"


def _after_a_setting(qtbot, sample_db: Path, tmp_path: Path):
    window = open_window(qtbot, Path(shutil.copy(sample_db, tmp_path / "firm.sqlite")))
    with qtbot.waitSignal(window.analysed, timeout=30000):
        window.receipts_edit.setDate(QDate(2025, 12, 30))  # stored as a setting
    assert window.statusBar().currentMessage() == SETTINGS_SAID
    return window


def test_a_new_as_of_date_takes_the_settings_message_away(qtbot, sample_db, tmp_path):
    window = _after_a_setting(qtbot, sample_db, tmp_path)
    before = counts(window.analysis)
    with qtbot.waitSignal(window.analysed, timeout=30000):
        window.as_of_edit.setDate(QDate(2025, 9, 30))
    assert counts(window.analysis)[("list", "black")] < before[("list", "black")]
    assert window.statusBar().currentMessage() != SETTINGS_SAID


def test_a_new_language_takes_the_old_language_s_message_away(qtbot, sample_db, tmp_path):
    window = _after_a_setting(qtbot, sample_db, tmp_path)
    window.commands.actions["lang_zh_CN"].trigger()
    assert window.statusBar().currentMessage() == ""
    assert window.tabs.tabText(0) == "客户"
