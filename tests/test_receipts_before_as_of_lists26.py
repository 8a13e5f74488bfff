"""An as-of date looked back to, before the receipts date set in the settings: the window and
the lists say receipts are counted to the as-of date, as the figures are.

Before, with receipts booked to 2025-12-20 (a setting) and the as-of date moved back to June,
the toolbar's receipts box, the overview's heading, the status line and every list's header said
"receipts booked to 2025-12-20" over figures that count only what was received by 30 June."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from test_main_window import open_window

from core import settings_store
from core.actions import plans
from core.analysis.run import analyse
from core.store import connect

JUNE = date(2025, 6, 30)


def _firm(sample_db: Path, tmp_path: Path) -> Path:
    db = Path(shutil.copy(sample_db, tmp_path / "firm.sqlite"))
    conn = connect(db)
    try:
        settings_store.put(conn, "receipts_date", "2025-12-20")
    finally:
        conn.close()
    return db


def test_the_analysis_counts_and_says_receipts_to_the_as_of_date(sample_db: Path,
                                                                 tmp_path: Path) -> None:
    conn = connect(_firm(sample_db, tmp_path))
    try:
        june = analyse(conn, JUNE)
        december = analyse(conn, date(2025, 12, 31))
    finally:
        conn.close()
    assert june.receipts_date == JUNE
    assert "(receipts booked to 2025-06-30)" in plans.stamp(june)
    assert "receipts_after_as_of" in {n.code for n in june.notes}  # the setting is named
    assert december.receipts_date == date(2025, 12, 20)  # the setting, where it is earlier


def test_the_window_shows_receipts_to_the_as_of_date(qtbot, sample_db: Path,
                                                     tmp_path: Path) -> None:
    db = _firm(sample_db, tmp_path)
    window = open_window(qtbot, db)
    assert window.receipts_edit.date() == QDate(2025, 12, 20)
    with qtbot.waitSignal(window.analysed, timeout=30000):
        window.as_of_edit.setDate(QDate(2025, 6, 30))
    assert window.receipts_edit.date() == QDate(2025, 6, 30)
    assert "receipts booked to 2025-06-30" in window.overview.heading.text()
    assert "2025-12-20" not in window.overview.heading.text()
    assert "2025-12-20" not in window.status.text()
    conn = connect(db)
    try:  # shown, not saved: back at December the setting counts again
        assert settings_store.get(conn, "receipts_date") == "2025-12-20"
    finally:
        conn.close()
    with qtbot.waitSignal(window.analysed, timeout=30000):
        window.as_of_edit.setDate(QDate(2025, 12, 31))
    assert window.receipts_edit.date() == QDate(2025, 12, 20)
