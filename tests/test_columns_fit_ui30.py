"""No cell of the import preview or of the main tables is cut ("潜在…", "2025-01-…"), in
either language, at 100 % and at 150 % (QT_SCALE_FACTOR=1.5, run in a process of its own: the
scale is fixed when Qt starts), measured as Qt's item delegate lays a cell out: the text's
width in the cell's font against the column's width less the grid line and a margin each side.

Before (ui30), the customer table fitted its columns to its first 50 rows: sorted by tier, the
prospects sit below them, and in Chinese their "潜在客户" read "潜在…" in a column fitted to
"战略", "核心", "长尾". The tier and list columns are now fitted to every word they can show.
The preview's date column fits its dates with less than a pixel to spare, as any column sized
to its contents does: guarded here, not widened."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QTableView

from core import i18n
from ui.customers.table_model import COLUMN_INDEX

ROOT = Path(__file__).resolve().parent.parent
CAPPED = COLUMN_INDEX["customer"]  # a long name is cut to NAME_CHARS by design, whole on hover


def cut_cells(table: QTableView, skip: tuple[int, ...] = ()) -> list[list[object]]:
    """[column header, text, its width, the room] of each cell whose text is wider than its
    column leaves it: Qt then draws "潜在…". A decoration (the stop-loss disc) takes its
    width and a margin of the room."""
    model = table.model()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    grid = 1 if table.showGrid() else 0
    cut: list[list[object]] = []
    for column in range(model.columnCount()):
        if column in skip or table.isColumnHidden(column):
            continue
        for row in range(model.rowCount()):
            index = model.index(row, column)
            font = index.data(Qt.ItemDataRole.FontRole) or table.font()
            mark = index.data(Qt.ItemDataRole.DecorationRole)
            room = table.columnWidth(column) - grid - 2 * margin
            if isinstance(mark, QPixmap):
                room -= mark.width() + margin
            metrics = QFontMetricsF(font)
            for text in str(index.data() or "").splitlines():
                width = metrics.horizontalAdvance(text)
                if width > room:
                    cut.append([str(model.headerData(column, Qt.Orientation.Horizontal)),
                                text, round(width, 2), room])
    return cut


def _settle(until, limit: int = 20000) -> None:
    """Qt's loop until `until()` holds (the preview read, the analysis made)."""
    from PySide6.QtCore import QDeadlineTimer

    deadline = QDeadlineTimer(limit)
    while not until():
        assert not deadline.hasExpired(), "timed out"
        QApplication.processEvents()
    for _ in range(10):
        QApplication.processEvents()


def measure(db: Path, ledgers: list[Path], size: tuple[int, int]) -> dict[str, list[list[object]]]:
    """Each table's cut cells: the import preview of each ledger (the columns page), the
    customer table and the selected customer's orders, in a window of `size`."""
    from ui.importing.dialog import ImportDialog
    from ui.main_window import MainWindow
    from ui.tasks import Runner

    found: dict[str, list[list[object]]] = {}
    for ledger in ledgers:
        dialog = ImportDialog(db.with_name("preview.sqlite"), runner=Runner())
        dialog.resize(*size)
        dialog.show()
        dialog.add_files([ledger])
        _settle(lambda d=dialog: not any(s.busy for s in d.states))
        dialog.next_button.click()
        _settle(lambda: True)
        found[f"preview {ledger.name}"] = cut_cells(dialog.editor.table)
        dialog.close()
        dialog.deleteLater()
    window = MainWindow(db)
    window.resize(*size)
    window.show()
    analysed: list[object] = []
    window.analysed.connect(lambda *_: analysed.append(True))
    window.refresh()
    _settle(lambda: bool(analysed), 60000)
    found["customers"] = cut_cells(window.table, skip=(CAPPED,))
    for customer in window.analysis.customers[:20]:  # the first twenty in the table's order
        window.select_customer(customer.customer_id)
        _settle(lambda: True)
        found[f"orders of {customer.customer}"] = cut_cells(window.tabs.customers.panel.orders)
    window.close()
    window.deleteLater()
    return {name: cells for name, cells in found.items() if cells}


def _ledgers(tmp_path: Path) -> list[Path]:
    from conftest import SHIPPED_SAMPLE
    from test_clerk_first_use_ux29 import _bad_ledger

    from core.sample import sample_file_names

    return [_bad_ledger(tmp_path / "ledger.xlsx"), SHIPPED_SAMPLE / sample_file_names()[-1]]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_cell_is_cut_at_100_percent(qtbot, sample_db, tmp_path, language):
    i18n.set_language(language)
    db = tmp_path / "firm.sqlite"
    shutil.copy(sample_db, db)
    assert measure(db, _ledgers(tmp_path), (1280, 760)) == {}


SCRIPT = """
import json, sys
from pathlib import Path
sys.path[:0] = ["tests", "."]
from PySide6.QtWidgets import QApplication
app = QApplication([])
import conftest
conftest._register_cjk_font()
from core import i18n
from test_columns_fit_ui30 import _ledgers, measure
db, folder = Path(sys.argv[1]), Path(sys.argv[2])
screen = app.primaryScreen()
found = {"scale": screen.devicePixelRatio()}
for language in ("en", "zh_CN"):
    i18n.set_language(language)
    found[language] = measure(db, _ledgers(folder), (853, 501))  # 1280 x 800 at 150 %
print(json.dumps(found, ensure_ascii=False))
"""


def test_no_cell_is_cut_at_150_percent(sample_db, tmp_path):
    db = tmp_path / "firm.sqlite"
    shutil.copy(sample_db, db)
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", "QT_QPA_PLATFORM": "offscreen",
           "TRADETIER_HOME": str(tmp_path / "home"),
           "TRADETIER_PREFERENCES": str(tmp_path / "preferences")}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(db), str(tmp_path)], cwd=ROOT,
                          env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {"scale": 1.5, "en": {}, "zh_CN": {}}
