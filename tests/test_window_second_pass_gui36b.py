"""The window's second pass (gui36b), each driven through the real widget or QAction.

A damaged database file (garbage bytes, or a real one cut short) picked in File → Open is
said once in the user's language, naming the file, with no traceback, and the window stays
usable: another database opens from the same menu."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import databases
import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_cli import cli
from test_main_window import open_window
from test_movements_view import _open_movements
from test_ux19_unopened import (  # noqa: F401 - a fixture
    Said,
    _cut_in_the_middle,
    _own_qsettings,
    _random_bytes,
    _settled,
)

from core import i18n
from core.i18n import tr
from core.paths import resource_dir
from ui import operations
from ui.app import start_window
from ui.language import use_font
from ui.movements.model import COLUMN_INDEX

LANGUAGES = ["en", "zh_CN"]
DAMAGED = {"en": "is damaged", "zh_CN": "已损坏"}


def _file_open(window, monkeypatch, path) -> None:  # type: ignore[no-untyped-def]
    """File → Open database… answered with `path` in its dialog."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    window.commands.actions["open_db"].trigger()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("damage", [_random_bytes, _cut_in_the_middle])
def test_a_damaged_file_chosen_in_file_open_is_said_and_the_window_stays_usable(
        qtbot, tmp_path, monkeypatch, language, damage):
    i18n.set_language(language)
    said = Said(monkeypatch)
    details: list[str] = []  # a traceback would be the error box's details
    original = QMessageBox.setDetailedText
    monkeypatch.setattr(QMessageBox, "setDetailedText",
                        lambda box, text: (details.append(text), original(box, text)))
    (tmp_path / "good").mkdir()
    (tmp_path / "bad").mkdir()
    good, _, _ = databases.two_months(tmp_path / "good")
    bad = damage(tmp_path / "bad")
    window = start_window(good)
    qtbot.addWidget(window)
    _settled(qtbot, window)
    assert window.stack.currentWidget() is window.tabs
    _file_open(window, monkeypatch, bad)
    _settled(qtbot, window)
    assert said.boxes == []  # the page says it, no box over it (gui38)
    page = window.unopened.page
    text = page.text.text().replace("\u2060", "")
    assert str(bad) in text and DAMAGED[language] in text
    assert not details
    assert window.stack.currentWidget() is page
    assert window.analysis is None  # the firm's customers left are not shown as the file's
    assert not window.commands.actions["import"].isEnabled()
    # usable: File → Open again, the sound database back with its customers
    assert window.commands.actions["open_db"].isEnabled()
    _file_open(window, monkeypatch, good)
    _settled(qtbot, window)
    assert window.stack.currentWidget() is window.tabs and window.analysis is not None
    assert window.analysis.customers
    assert window.commands.actions["import"].isEnabled()
    assert said.boxes == [] and not details


# --- the bundled sample, imported once by the window's own import -------------------------------
WIDE = "Ｐａｃｉｆｉｃｏ Comercial Ltda."  # as the sample's ledger writes it
PLAIN = "Pacifico Comercial Ltda."  # as the lists print it (cell_looks.plain_letters)


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("sample")
    return operations.open_sample(folder / "sample.sqlite", resource_dir() / "sample")


@pytest.fixture
def firm(sample, tmp_path) -> Path:  # type: ignore[no-untyped-def]
    db = tmp_path / "firm.sqlite"
    shutil.copy(sample, db)
    return db


@pytest.fixture
def apps_font(qapp):  # type: ignore[no-untyped-def]
    """The font the app sets (ui.app.make_app), as on screen."""
    before = QFont(qapp.font())
    use_font("en")
    yield
    qapp.setFont(before)
    i18n.set_language("en")


def _cell_fits(table, row: int, column: int) -> bool:  # type: ignore[no-untyped-def]
    text = table.model().index(row, column).data()
    margin = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin)
    return table.fontMetrics().horizontalAdvance(text) + margin <= table.columnWidth(column)


def test_names_read_whole_in_tier_movement_at_150_percent(qtbot, firm, apps_font):
    """1280 × 800 at 150 % leaves the window 853 × 533 of Qt's pixels. The customer column
    was cut to 96 px ("Redwood …", "Milano …") while List and Days overdue kept their titles'
    width over no figure and "Why" its 45 characters (its reasons are whole under the table)."""
    window, page = _open_movements(qtbot, firm)
    window.resize(853, 533)
    window.show()
    qtbot.waitExposed(window)
    table, customer = page.table, COLUMN_INDEX["customer"]
    page.month.setCurrentIndex(page.month.findData("2025-12"))
    model = table.model()
    names = [model.index(r, customer).data() for r in range(model.rowCount())]
    assert "Redwood Home Goods Corp." in names and "Milano Casalinghi S.p.A." in names
    assert all(_cell_fits(table, r, customer) for r in range(model.rowCount())), names
    assert table.horizontalScrollBar().maximum() == 0  # nothing off to the right either
    # new customers only: nothing on a list, nothing overdue; those columns keep their
    # titles, whole (gui38: cut, they read "Days o…"), and "Why", which cannot keep its
    # characters here, gives way: its reasons are whole under the table
    page.kind.setCurrentIndex(page.kind.findData("new"))
    header = table.horizontalHeader()
    for key in ("list", "days"):
        column = COLUMN_INDEX[key]
        assert not any(model.index(r, column).data() for r in range(model.rowCount()))
        assert table.columnWidth(column) == header.sectionSizeHint(column), key
    assert table.isColumnHidden(COLUMN_INDEX["why"])
    assert all(_cell_fits(table, r, customer) for r in range(model.rowCount()))


@pytest.mark.parametrize("language", LANGUAGES)
def test_full_width_names_read_plain_in_the_window_and_the_text_table(
        qtbot, firm, apps_font, language):
    """Named as the printed lists name it: "Ｐａｃｉｆｉｃｏ" was spaced out and wrapped
    mid-name in the Customers table, the panel and Tier movement, and took twice its width
    in the command line's table. The database and --json keep the ledger's letters."""
    i18n.set_language(language)
    window, page = _open_movements(qtbot, firm)
    moves = page.table.model()
    page.month.setCurrentIndex(0)  # all months
    shown = {moves.index(r, COLUMN_INDEX["customer"]).data() for r in range(moves.rowCount())}
    assert PLAIN in shown and WIDE not in shown
    [wide] = [c for c in window.analysis.customers if c.customer == WIDE]
    window.select_customer(wide.customer_id)
    table = window.customers.browser.table
    names = {table.model().index(r, 1).data() for r in range(table.model().rowCount())}
    assert PLAIN in names and WIDE not in names
    assert window.customers.panel.name.text() == PLAIN
    code, out, err = cli("customers", "--db", str(firm), "--lang", language)
    assert code == 0, err
    assert PLAIN in out and WIDE not in out
    code, out, err = cli("customers", "--db", str(firm), "--json")
    assert code == 0, err
    assert WIDE in {c["customer"] for c in json.loads(out)["customers"]}


@pytest.mark.parametrize("language", LANGUAGES)
def test_percentages_read_as_the_rest_of_the_window_writes_them(
        qtbot, firm, apps_font, language):
    """"Gross margin 24.9%" beside "12 %/year", "Default: 20 %" beside "(article: 20%)": one
    way now, the figure against its sign, as the article and nearly every figure of the
    window write it (core.actions.plans.percent_text)."""
    i18n.set_language(language)
    window = open_window(qtbot, firm)
    late = next(c for c in window.analysis.customers if c.capital_cost >= 1)
    window.select_customer(late.customer_id)
    panel = window.customers.panel
    qtbot.waitUntil(lambda: panel.customer is not None and panel.customer.customer_id
                    == late.customer_id)
    said = panel.risk_text.text()
    assert "12%" in said and "12 %" not in said
    window.commands.actions["settings"].trigger()
    qtbot.waitUntil(lambda: getattr(window.commands, "dialog", None) is not None)
    dialog = window.commands.dialog
    share = dialog.fields["strategic_share"]
    assert share.default.text() == tr("Default: {value}", value="20%")
    assert share.editor.text() == "20%" and share.editor.suffix() == "%"
    spaced = re.compile(r"\d %")
    for field in dialog.fields.values():
        for label in (field.default, field.label):
            assert not spaced.search(label.text()), label.text()
    dialog.close()
