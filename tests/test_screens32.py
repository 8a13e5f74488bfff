"""What the screens showed a clerk cut or wrong, driven as the clerk does (screens32):

1. Tier movement at 150 %: "Why" kept about 13 characters of its sentence ("first valid
   order…"), the rest only in a tooltip. The chosen move is now read whole under the table.
2. English in the Chinese font: the app named the system's font by its alias ("Sans Serif"),
   which Qt passed over for the Chinese family, so “quotes” and the "…" of "Add files…" were
   full-width, a wide gap inside English words. In Chinese they stay full-width.
3. The import's mapping page: "More fields" unfolded longer rows on a payments sheet, but the
   page's least width was measured before, so its third heading went past the right edge.
4. A name typed in full-width letters ("Ｓｕｎｒｉｓｅ Ｔｒａｄｉｎｇ Ｃｏ") wrapped mid-word in
   the PDF, "Ｃ" over "ｏ": its letters print plain, so it wraps at its spaces.

The 150 % and start-up checks run in processes of their own (both are fixed when Qt starts).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from pdf_reading import pdf_text
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from test_actions import make_analysis
from test_sorted_tables_ux29b import all_months, shown_window

from core.analysis.model import CustomerMetrics
from core.messages import Message
from ui.printing import pages as printing

ROOT = Path(__file__).resolve().parent.parent


def _run(script: str, tmp_path: Path, scale: str | None = None) -> dict:
    """What `script` prints last, as JSON, run offscreen in a Qt of its own."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "TRADETIER_HOME": str(tmp_path / "home"),
           "TRADETIER_PREFERENCES": str(tmp_path / "preferences")}
    env.pop("QT_SCALE_FACTOR", None)
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- 1. the reason of a move, read without hovering ------------------------------------------
def _reading(page, text: str) -> list[QLabel]:
    """The labels on screen that show `text` whole, every line of it with room to show."""
    return [label for label in page.findChildren(QLabel)
            if label.isVisible() and text in label.text()
            and label.height() >= label.heightForWidth(label.width())]


def _read_whole(qtbot, page, move) -> None:
    """Every reason of `move`, and whose it is, on screen whole once the window has laid
    itself out again."""
    for text in (move.customer, *(m.text for m in move.reasons)):
        qtbot.waitUntil(lambda text=text: bool(_reading(page, text)), timeout=5000)


def test_the_chosen_move_s_reason_is_read_whole_under_the_table(qtbot, sample_db, tmp_path):
    page = all_months(qtbot, shown_window(qtbot, sample_db, tmp_path))
    table, model = page.table, page.proxy
    shown = model.move_at(max(table.currentIndex().row(), 0))  # the move chosen, or the first
    assert shown.reasons
    _read_whole(qtbot, page, shown)
    row = max(range(min(model.rowCount(), 12)),
              key=lambda r: len(model.move_at(r).reasons[0].text))  # the longest reason
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(model.index(row, 0)).center())
    _read_whole(qtbot, page, model.move_at(row))
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the arrow keys walk the reasons too
    _read_whole(qtbot, page, model.move_at(row + 1))


# --- 2. English punctuation in a font that has it --------------------------------------------
FONT = """
import json, sys
sys.path[:0] = ["tests", "."]
import conftest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel
from ui.app import make_app
app = make_app(["tradetier"], "en")
conftest._register_cjk_font()
from ui import language
def widths():
    metrics = QFontMetricsF(QLabel().font())
    return {ch: metrics.horizontalAdvance(ch) for ch in "“”中e"}
found = {"en": widths()}
language.choose_language("zh_CN")
found["zh_CN"] = widths()
language.choose_language("en")
found["en again"] = widths()
print(json.dumps(found, ensure_ascii=False))
"""


def test_english_quotes_are_not_full_width_and_chinese_ones_are(tmp_path):
    found = _run(FONT, tmp_path)
    for language in ("en", "en again"):
        widths = found[language]
        assert widths["“"] < 0.75 * widths["中"] and widths["”"] < 0.75 * widths["中"], found
    widths = found["zh_CN"]  # Chinese text keeps its full-width quotes
    assert widths["“"] == widths["”"] == widths["中"], found


# --- 3. the mapping page's headings whole ----------------------------------------------------
MAPPING = """
import json, sys
from datetime import date
from pathlib import Path
sys.path[:0] = ["tests", "."]
from ui.app import make_app
app = make_app(["tradetier"], "en")
import conftest
conftest._register_cjk_font()
from core import i18n
from ledgers import write_xlsx
from ui.importing.dialog import ImportDialog
from ui.screenshot import wait_until
from ui.tasks import Runner
folder = Path(sys.argv[1])
payments = write_xlsx(folder / "收款.xlsx", {"收款": [["客户", "收款日期", "收款金额"],
                                                   ["Kyiv Home", date(2025, 3, 20), 12000]]})
found = {"scale": app.primaryScreen().devicePixelRatio()}
for language in ("en", "zh_CN"):
    i18n.set_language(language)
    runner = Runner()
    dialog = ImportDialog(folder / "firm.sqlite", runner=runner)
    dialog.show()
    dialog.add_files([payments])
    wait_until(lambda: not any(s.busy for s in dialog.states), runner.busy, timeout_ms=30000)
    dialog.next_button.click()
    editor = dialog.editor
    for more in (False, True, False):
        editor.more.setChecked(more)  # "More fields": the optional rows, longer ones too
        app.processEvents()
        dialog.resize(100, 520)  # as narrow as the dialog lets the clerk make it
        for _ in range(3):
            app.processEvents()
        view = editor.scroll.viewport()
        for title in editor.grid_titles:
            right = title.mapTo(view, title.rect().topRight()).x()
            words = max(title.fontMetrics().horizontalAdvance(w) for w in title.text().split())
            need = (title.heightForWidth(title.width()) if title.wordWrap()
                    else title.sizeHint().height())
            if (right >= view.width() or title.width() < words or title.height() < need
                    or not title.wordWrap()
                    and title.width() < title.fontMetrics().horizontalAdvance(title.text())):
                found.setdefault(language, []).append(
                    [more, title.text(), right, view.width(), title.width()])
    dialog.close()
print(json.dumps(found, ensure_ascii=False))
"""


def test_the_mapping_headings_are_whole_however_narrow_the_dialog(tmp_path):
    assert _run(MAPPING, tmp_path, scale="1.5") == {"scale": 1.5}


# --- 4. a full-width name wraps at its spaces ------------------------------------------------
WIDE_NAME = ("Ｓｕｎｒｉｓｅ Ｔｒａｄｉｎｇ Ｃｏｍｐａｎｙ Ｌｉｍｉｔｅｄ "
             "Ｇｕａｎｇｚｈｏｕ Ｂｒａｎｃｈ Ｏｆｆｉｃｅ")
PLAIN_NAME = "Sunrise Trading Company Limited Guangzhou Branch Office"


def test_a_full_width_name_wraps_at_its_spaces_in_the_pdf(tmp_path):
    analysis = make_analysis()
    analysis.customers.append(CustomerMetrics(
        900, WIDE_NAME, "CN", "张伟", "long_tail", open_amount=9000.0, overdue_amount=9000.0,
        max_days_overdue=90, risk_grade="E", list="black",
        list_reason=Message("x", "Overdue more than 60 days")))
    path = printing.write_pdf(analysis, "black", tmp_path / "black.pdf")
    assert PLAIN_NAME in pdf_text(path)  # the cell, read in one piece, is the name
    lines = PdfReader(path).pages[0].extract_text(extraction_mode="layout").splitlines()
    words, pieces = PLAIN_NAME.split(), []
    for line in lines:  # the customer's cell, a line of it at a time: the line's first text
        cell = re.split(r" {2,}", line.strip())[0].split()
        if cell and all(word.casefold() in WIDE_NAME.casefold() + PLAIN_NAME.casefold()
                        for word in cell):
            pieces.append(cell)
    assert len(pieces) > 1, lines  # the name is wider than its column: it wraps
    assert [word for piece in pieces for word in piece] == words, pieces  # at its spaces
