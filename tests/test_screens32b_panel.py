"""The customer panel at 150 % on a 1280 × 800 screen (853 × 533 to give), in the app's own
font (ui.language.use_font), both languages: the name reads in at most two lines, and each
criterion of "Why this tier" its figures in at most two, while the table beside still shows
its tier, customer and overdue columns whole and the window stays on the screen. The name
had a third of the panel beside "Merge, pin or exclude…" and took three lines, each
criterion's figures what the criteria's names left (3–5 lines), and with the longest names
the panel's least width pushed the window to 929 px, off a screen of 853.

Measured with the labels' font metrics at the widths laid out, in a process of its own (the
scale is fixed when Qt starts)."""

from __future__ import annotations

from test_screens31 import at_150_percent

SCRIPT = """
import json, sys
from pathlib import Path
sys.path[:0] = ["tests", "."]
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
app = QApplication([])
import conftest
conftest._register_cjk_font()
from core import i18n
from core.paths import resource_dir
from ui import operations
from ui.customers.table_model import COLUMN_INDEX
from ui.language import use_font
from ui.main_window import MainWindow
from ui.screenshot import wait_settled

def lines(label):
    metrics = QFontMetrics(label.font())
    box = metrics.boundingRect(QRect(0, 0, label.contentsRect().width(), 10_000),
                               int(Qt.TextFlag.TextWordWrap), label.text())
    return round(box.height() / metrics.lineSpacing())

folder = Path(sys.argv[1])
db = operations.open_sample(folder / "sample.sqlite", resource_dir() / "sample")
found = {"scale": app.primaryScreen().devicePixelRatio()}
for language in ("en", "zh_CN"):
    i18n.set_language(language)
    use_font(language)
    window = MainWindow(db, remember=False)
    window.resize(853, 533)
    window.show()
    window.refresh()
    wait_settled(window)
    customers = window.analysis.customers
    longest = [max(customers, key=lambda c: len(c.customer)),
               max(customers, key=lambda c: max(len(d.detail.text) for d in c.rfmt.values()
                                                if d.detail))]
    panel, table = window.tabs.customers.panel, window.table
    for customer in longest:
        window.select_customer(customer.customer_id)
        for _ in range(3):
            app.processEvents()
        shown = {"window": window.width() <= 853, "name": lines(panel.name)}
        shown.update({key: lines(labels[2]) for key, labels in panel.criteria_rows.items()})
        header = table.horizontalHeader()
        shown["columns"] = [key for key in ("tier", "customer", "overdue", "days")
                            if header.sectionViewportPosition(COLUMN_INDEX[key])
                            + header.sectionSize(COLUMN_INDEX[key]) > table.viewport().width()]
        found[language + " " + customer.customer] = shown
    window.close()
print(json.dumps(found, ensure_ascii=False))
"""


def test_the_panel_reads_its_name_and_reasons_in_two_lines_at_150_percent(tmp_path):
    found = at_150_percent(SCRIPT, tmp_path)
    assert found.pop("scale") == 1.5
    assert len(found) == 4, found  # two customers in each language
    for shown in found.values():
        assert shown["window"] and shown["columns"] == [], found
        assert 1 <= shown["name"] <= 2 and all(1 <= shown[k] <= 2 for k in "rfmt"), found
