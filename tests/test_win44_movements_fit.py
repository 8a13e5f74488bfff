"""Tier movement at 150 % on a 1280 × 800 screen (853 × 533 of Qt's pixels), in a Qt started
with QT_SCALE_FACTOR=1.5 (win44): a firm whose months hold "back from dormant" and "lost
(dormant)" moves, beside long names, had the table wider than its window, a sideways
scrollbar under it ("Why" given way, the names at their floors, the words never cut): 822 px
of columns in 815 with the short names, more with long ones. Now the words are cut too, the
widest first, each whole in its tooltip; no title, month or figure is."""

from __future__ import annotations

from test_screens32 import _run

FIT = r"""
import json, sys
from pathlib import Path
sys.path[:0] = ["tests", "."]
from ui.app import make_app
app = make_app(["tradetier"], "en")
import conftest
conftest._register_cjk_font()
from PySide6.QtCore import Qt
from ledgers import build
from test_movements import _ledger
from core import i18n
from ui.main_window import MainWindow
from ui.movements.model import COLUMN_INDEX
from ui.screenshot import wait_until
folder = Path(sys.argv[1])
LONG = {"Returner": "Returner Home Furnishings International Trading Co., Ltd.",
        "Sleeper": "Sleeper Kitchenware Import & Export Corporation (Hamburg Branch)"}
build(folder, [[row[0], LONG.get(row[1], row[1]), *row[2:]] for row in _ledger()]).close()
found = {"scale": app.primaryScreen().devicePixelRatio()}
window = MainWindow(folder / "firm.sqlite", remember=False)
window.resize(853, 533)
window.show()
window.refresh()
wait_until(lambda: window.analysis is not None, window.analysed, timeout_ms=60000)
page, seen = window.movements, []
page.computed.connect(lambda: seen.append(1))
window.commands.actions["movements"].trigger()
wait_until(lambda: bool(seen) and page.task is None, page.computed, timeout_ms=60000)
table, header = page.table, page.table.horizontalHeader()
for language in ("en", "zh_CN"):
    window.commands.set_language(language)
    faults, cut, kinds = [], set(), set()
    # every month, then every kind of move over all months
    choices = [(month, 0) for month in range(page.month.count())]
    for month, kind in choices + [(0, kind) for kind in range(1, page.kind.count())]:
        page.month.setCurrentIndex(month)
        page.kind.setCurrentIndex(kind)
        for _ in range(3):
            app.processEvents()
        model = table.model()
        kinds |= {model.index(r, COLUMN_INDEX["move"]).data() for r in range(model.rowCount())}
        if header.length() > table.viewport().width() or table.horizontalScrollBar().maximum():
            faults.append([page.month.currentText(), page.kind.currentText(),
                           header.length(), table.viewport().width()])
        for n in range(model.columnCount()):
            if table.isColumnHidden(n) or table.sizeHintForColumn(n) <= table.columnWidth(n):
                continue
            cut.add(model.headerData(n, Qt.Orientation.Horizontal).replace("\n", " "))
            for r in range(model.rowCount()):
                text = model.index(r, n).data()
                if text and model.index(r, n).data(Qt.ItemDataRole.ToolTipRole) != text:
                    faults.append(["no tooltip", text])
            if header.sectionSize(n) < header.sectionSizeHint(n):
                faults.append(["title cut", n])
    page.month.setCurrentIndex(0)
    page.kind.setCurrentIndex(0)
    app.processEvents()
    window.grab().save(str(folder / f"movements_{language}.png"))
    found[language] = {"faults": faults, "cut": sorted(cut), "kinds": len(kinds - {None})}
print(json.dumps(found, ensure_ascii=False))
"""


def test_the_table_fits_its_window_at_150_percent_in_both_languages(tmp_path):
    found = _run(FIT, tmp_path, scale="1.5")
    assert found["scale"] == 1.5
    for language in ("en", "zh_CN"):
        said = found[language]
        assert said["kinds"] == 5  # up, down, new, lost and back: the widest words shown
        assert said["faults"] == [], (language, said["faults"])
    # English: the names at their floors and the widest word cut (whole in its tooltip)
    assert "Move" in found["en"]["cut"] and "Customer" in found["en"]["cut"]
