"""What the screens showed a clerk cut or misnamed, driven as the clerk does (screens31):

1. The mapping page of a payments sheet (收款: 客户, 收款日期, 收款金额) listed its required
   rows as "Amount *" and "Order date *"; the report, the preview's heads and the reasons of
   skipped rows already said "Amount received", "Date received" (core.ledger.fields.worded).
2. The tier-movement table at 150 % (1280 × 800) scrolled sideways and cut its words: "Lon…",
   "（新客…". Words are whole and nothing scrolls; only names and "Why" give way.
3. The order history's rows were two lines high: one, as the customer table's.
4. The panel's "Why this tier" let the splitter squeeze it below its grid's least width: the
   T row's "（需要 50%）" wrapped onto a line its row had no room for, cut at the bottom.

The 150 % checks run in a process of their own (the scale is fixed when Qt starts).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_import_dialog import _dialog
from test_sorted_tables_ux29b import shown_window

from core import i18n
from ui.importing.dialog import MAPPING

ROOT = Path(__file__).resolve().parent.parent
PAYMENTS = [["客户", "收款日期", "收款金额"],
            ["Kyiv Home", date(2025, 3, 20), 12_000],
            ["Kyiv Home", date(2025, 3, 21), 1_000]]
ORDERS = [["合同号", "客户", "下单日期", "金额", "币种"],
          ["A-1", "Kyiv Home", date(2025, 3, 1), 12_000, "USD"]]
REQUIRED_ROWS = {"en": ("Amount received *", "Date received *", "Amount *", "Order date *"),
                 "zh_CN": ("已收金额 *", "收款日期 *", "金额 *", "下单日期 *")}


@pytest.fixture
def language(request):
    yield i18n.set_language(request.param)
    i18n.set_language("en")


def _shown_text(label) -> str:
    return re.sub(r"<[^>]+>", "", label.text())


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_a_payments_sheet_s_mapping_rows_say_money_received(qtbot, db_path, tmp_path,
                                                            language):
    """An order sheet's keep the order's words; the payments sheet's row says what its
    column holds, and so does "choose a column for …" when the user takes it away."""
    received, day, amount, ordered = REQUIRED_ROWS[language]
    dialog = _dialog(qtbot, db_path, [write_xlsx(tmp_path / "收款.xlsx", {"收款": PAYMENTS}),
                                      write_xlsx(tmp_path / "订单.xlsx", {"订单": ORDERS})])
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == MAPPING
    editor = dialog.editor
    rows = {name: _shown_text(editor.labels[name]) for name in ("amount", "order_date")}
    assert rows["amount"].startswith(received) and rows["order_date"].startswith(day), rows
    for label in (editor.labels["amount"], editor.labels["order_date"]):
        assert label.width() >= label.sizeHint().width()  # the longer words whole
    editor.combo("amount").setCurrentIndex(0)  # "— not used —"
    assert received.rstrip(" *") in dialog.import_problem()
    dialog.file_combo.setCurrentIndex(1)  # the order sheet: the order's words
    rows = {name: _shown_text(editor.labels[name]) for name in ("amount", "order_date")}
    assert rows["amount"].startswith(amount) and rows["order_date"].startswith(ordered), rows


def test_order_history_rows_are_one_line_high_as_the_customer_table_s(qtbot, sample_db,
                                                                      tmp_path):
    window = shown_window(qtbot, sample_db, tmp_path)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.table.visualRect(window.proxy.index(0, 1)).center())
    orders = window.tabs.customers.panel.orders
    assert orders.model().rowCount() > 1
    line = orders.fontMetrics().height()
    assert orders.rowHeight(0) == window.table.rowHeight(0) < 2 * line


def clipped_criteria(window) -> list[list[object]]:
    """[width asked of the panel, criterion, text, its height, the height its words need] of
    each line of "Why this tier" shorter than its wrapped text, the splitter dragged from a
    wide panel to the narrowest it gives (a collapsed panel shows nothing, cut nothing)."""
    app, split = QApplication.instance(), window.split
    panel = window.tabs.customers.panel
    total, found = sum(split.sizes()), []
    for width in range(420, 99, -40):
        split.setSizes([total - width, width])
        for _ in range(3):
            app.processEvents()
        if split.sizes()[1] == 0:
            continue
        for key, labels in panel.criteria_rows.items():
            for label in labels:
                need = (label.heightForWidth(label.width()) if label.wordWrap()
                        else label.sizeHint().height())
                if label.height() < need:
                    found.append([width, key, label.text(), label.height(), need])
    return found


def _longest_tier_reason(window) -> None:
    """The customer whose T reason is longest: the line that wraps first."""
    customer = max(window.analysis.customers, key=lambda c: len(
        c.rfmt["t"].detail.text) if c.rfmt.get("t") and c.rfmt["t"].detail else 0)
    window.select_customer(customer.customer_id)
    QApplication.processEvents()


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_why_this_tier_is_whole_however_the_splitter_is_dragged(qtbot, sample_db, tmp_path,
                                                                language):
    window = shown_window(qtbot, sample_db, tmp_path)
    _longest_tier_reason(window)
    assert clipped_criteria(window) == []


# A script's start: the app, the tests' CJK font, the sample firm in `db` under its folder
SAMPLE_APP = """
import json, sys
from pathlib import Path
sys.path[:0] = ["tests", "."]
from PySide6.QtWidgets import QApplication
app = QApplication([])
import conftest
conftest._register_cjk_font()
from core import i18n
from core.paths import resource_dir
from ui import operations
from ui.main_window import MainWindow
from ui.screenshot import wait_settled, wait_until
folder = Path(sys.argv[1])
db = operations.open_sample(folder / "sample.sqlite", resource_dir() / "sample")
"""
SCRIPT = SAMPLE_APP + """
from test_screens31 import clipped_criteria, _longest_tier_reason, cut_words
found = {"scale": app.primaryScreen().devicePixelRatio()}
for language in ("en", "zh_CN"):
    i18n.set_language(language)
    window = MainWindow(db, remember=False)
    window.resize(853, 501)  # 1280 x 800 at 150 %
    window.show()
    window.refresh()
    wait_settled(window)
    _longest_tier_reason(window)
    found[language + " panel"] = clipped_criteria(window)
    page = window.movements
    window.commands.actions["movements"].trigger()
    wait_until(lambda: page.history is not None, page.computed)
    for index in range(page.month.count()):
        page.month.setCurrentIndex(index)
        app.processEvents()
        cut = cut_words(page)
        if cut or page.table.horizontalScrollBar().maximum():
            found[language + " " + page.month.currentText()] = [
                page.table.horizontalScrollBar().maximum(), cut]
    window.close()
print(json.dumps(found, ensure_ascii=False))
"""


def cut_words(page) -> list[str]:
    """The tier-movement cells drawn cut ("Lon…"), but names' and "Why"'s (whole in their
    tooltips), measured as test_columns_fit_ui30 measures a cell."""
    from test_columns_fit_ui30 import cut_cells

    from ui.movements.model import COLUMN_INDEX

    skip = tuple(COLUMN_INDEX[key] for key in ("why", "customer", "salesperson"))
    return sorted({f"{head}: {text}" for head, text, *_ in cut_cells(page.table, skip)})


def at_150_percent(script: str, folder: Path) -> dict[str, object]:
    """What `script` printed (JSON, its last line), run at 150 % in a process of its own with
    a home and preferences of its own under `folder` (its first argument)."""
    return at_scale(script, folder, "1.5")


def at_scale(script: str, folder: Path, scale: str,
             screen: tuple[int, int] | None = None) -> dict[str, object]:
    """What `script` printed, run as `at_150_percent` says at this scale ("1", "1.5"), on a
    screen of this many pixels (offscreen's own is 800 × 800)."""
    platform = "offscreen"
    if screen is not None:
        config = folder / "screen.json"
        config.write_text(json.dumps({"screens": [{
            "name": "screen", "x": 0, "y": 0, "width": screen[0], "height": screen[1],
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
        platform += f":configfile={config}"
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": platform,
           "TRADETIER_HOME": str(folder / "home"),
           "TRADETIER_PREFERENCES": str(folder / "preferences")}
    done = subprocess.run([sys.executable, "-c", script, str(folder)], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    found: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def test_at_150_percent_the_words_are_whole_in_both_languages(tmp_path):
    found = at_150_percent(SCRIPT, tmp_path)
    assert found == {"scale": 1.5, "en panel": [], "zh_CN panel": []}
