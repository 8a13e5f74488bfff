"""Merging as a clerk does it (the most similar names first, nothing chosen, Enter merges
nothing, a question naming both customers) and View → Corrections taking back any correction,
however old: unmerge, include again, unpin, judge on the usual window."""

from __future__ import annotations

import re

import pytest
from ledgers import build, order
from PySide6.QtCore import Qt
from test_main_window import open_window, visible_customers

from core import override_changes, overrides
from core.similarity import most_similar, similarity, tokens
from core.store import opened
from ui.customers import merge_dialog
from ui.customers.corrections_view import CorrectionsDialog
from ui.customers.merge_dialog import MergeDialog
from ui.main_window import MainWindow

WAIT = 30000
NAMES = {"Acme Trading Co., Ltd": 3, "ACME TRADING": 2, "Kobe Trading Co., Ltd.": 1,
         "宁波艾克美贸易有限公司": 1, "艾克美贸易": 1, "Zenith GmbH": 2}


def test_names_are_alike_when_a_clerk_would_say_so():
    assert similarity("Acme Trading Co., Ltd", "ＡＣＭＥ　ＴＲＡＤＩＮＧ") >= 0.9  # width, case
    assert similarity("艾克美贸易", "宁波艾克美贸易有限公司") >= 0.9  # shared words in Chinese
    assert similarity("Acme Trading Co., Ltd", "Kobe Trading Co., Ltd.") < 0.5  # only forms
    assert tokens("宁波艾克美贸易有限公司") == {"宁波", "波艾", "艾克", "克美"}
    ranked = [name for name, _ in most_similar("Acme Trading Co., Ltd", list(NAMES))]
    assert ranked.index("ACME TRADING") < ranked.index("Kobe Trading Co., Ltd.")


@pytest.fixture
def window(qtbot, tmp_path) -> MainWindow:
    rows, n = [], 0
    for name, count in NAMES.items():
        for _ in range(count):
            n += 1
            rows.append(order(f"M{n}", name, "2025-06-01", 10_000, cost=8_000))
    build(tmp_path, rows).close()
    return open_window(qtbot, tmp_path / "firm.sqlite")


def _ids(window: MainWindow) -> dict[str, int]:
    return {c.customer: c.customer_id for c in window.analysis.customers}


def _chooser(window: MainWindow, keep: str) -> MergeDialog:
    customer = next(c for c in window.analysis.customers if c.customer == keep)
    dialog = window.overrides.choose_merge(customer, window.table)
    assert dialog is not None
    return dialog


def test_the_merge_chooser_suggests_selects_nothing_and_asks_naming_both(
        qtbot, window, monkeypatch):
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(merge_dialog, "confirm_merge",
                        lambda parent, text: asked.append(text) or answer[0])
    dialog = _chooser(window, "Acme Trading Co., Ltd")
    assert dialog.names()[0] == "ACME TRADING"  # most alike first, not alphabetical
    assert dialog.names().index("Kobe Trading Co., Ltd.") > 0
    assert dialog.candidate() is None and not dialog.merge_button.isEnabled()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # Enter merges nothing
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.isVisible() and not asked
    dialog.search.setText("zenith")
    assert dialog.names() == ["Zenith GmbH"]
    dialog.search.clear()
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)  # asked, then "Cancel"
    assert "“ACME TRADING” (2 orders) into “Acme Trading Co., Ltd” (3 orders)" in asked[0]
    with opened(window.db_path) as conn:
        assert overrides.list_overrides(conn) == []
    answer[0] = True
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert "ACME TRADING" not in visible_customers(window)
    merged = next(c for c in window.analysis.customers if c.customer == "Acme Trading Co., Ltd")
    assert merged.orders_all == 5


def _open_corrections(qtbot, window: MainWindow) -> CorrectionsDialog:
    window.commands.actions["corrections"].trigger()
    dialog = window.commands.dialog
    assert isinstance(dialog, CorrectionsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=WAIT)
    return dialog


def _take_back(qtbot, window: MainWindow, dialog: CorrectionsDialog, kind: str,
               customer: str) -> None:
    assert dialog.select(kind, customer)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        qtbot.mouseClick(dialog.take_back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.select(kind, customer), timeout=WAIT)


def test_corrections_lists_every_override_with_its_date_and_takes_each_back(qtbot, window):
    with opened(window.db_path) as conn:
        override_changes.merge(conn, "Acme Trading Co., Ltd", "ACME TRADING")
        override_changes.exclude(conn, "Zenith GmbH")
        override_changes.pin(conn, "艾克美贸易", "black")
        override_changes.pin(conn, "Kobe Trading Co., Ltd.", "strategic")
        override_changes.set_project(conn, "宁波艾克美贸易有限公司", True)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.refresh()
    assert "Zenith GmbH" not in visible_customers(window)
    dialog = _open_corrections(qtbot, window)
    shown = {(dialog.proxy.index(r, 1).data(), dialog.proxy.index(r, 2).data())
             for r in range(dialog.proxy.rowCount())}
    assert shown == {("Merged", "ACME TRADING"), ("Left out", "Zenith GmbH"),
                     ("Pinned to a list", "艾克美贸易"),
                     ("Pinned to a tier", "Kobe Trading Co., Ltd."),
                     ("Project buyer", "宁波艾克美贸易有限公司")}
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", dialog.proxy.index(r, 0).data())
               for r in range(5))  # each with its date
    assert not dialog.take_back.isEnabled()  # nothing selected
    dialog.select("exclude", "Zenith GmbH")
    assert dialog.take_back.text() == "Include again"
    _take_back(qtbot, window, dialog, "exclude", "Zenith GmbH")
    assert "Zenith GmbH" in visible_customers(window)
    _take_back(qtbot, window, dialog, "merge", "ACME TRADING")
    assert "ACME TRADING" in visible_customers(window)
    _take_back(qtbot, window, dialog, "pin_list", "艾克美贸易")
    _take_back(qtbot, window, dialog, "pin_tier", "Kobe Trading Co., Ltd.")
    _take_back(qtbot, window, dialog, "project", "宁波艾克美贸易有限公司")
    with opened(window.db_path) as conn:
        assert overrides.list_overrides(conn) == []
    assert dialog.message.text() == "“宁波艾克美贸易有限公司” is judged on the usual 12-month " \
        "window again."
    ids = _ids(window)
    by_id = {c.customer_id: c for c in window.analysis.customers}
    assert by_id[ids["艾克美贸易"]].pinned_list is None
    assert by_id[ids["Kobe Trading Co., Ltd."]].pinned_tier is None


def test_all_corrections_from_the_customer_menu_opens_the_view(qtbot, window):
    customer = window.analysis.customers[0]
    menu = window.overrides.menu(customer, window.table)
    [entry] = [a for a in menu.actions() if a.objectName() == "correction_list"]
    entry.trigger()
    assert isinstance(window.commands.dialog, CorrectionsDialog)
    dialog = window.commands.dialog
    qtbot.waitUntil(lambda: dialog.empty.text() != "", timeout=WAIT)
    # said across the table, not under a bare header (win43)
    assert dialog.empty.text().startswith("No corrections yet")
    assert dialog.empty.isVisibleTo(dialog.table)
    assert not dialog.table.horizontalHeader().isVisibleTo(dialog.table)
