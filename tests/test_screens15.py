"""What the shots15 screen review found, each as the clerk meets it: View → Corrections stopped
painting (an error in place of the list) once a credit limit, insurance or group had been set
by hand; Print and Export on the first start's welcome page offered lists of nobody."""

from __future__ import annotations

import pytest
from ledgers import build, order
from PySide6.QtCore import Qt
from test_main_window import open_window

from core import credit_terms, i18n, overrides
from core.store import opened
from ui.customers import corrections_view
from ui.customers.corrections_view import CorrectionsDialog

WAIT = 30000
CREDIT = {"credit_limit": ("Credit limit", "信用额度", "The ledger's limit again"),
          "insure": ("Credit insurance", "信用保险", "The ledger's insurance again"),
          "group": ("Group", "关联客户组", "Out of the group")}


def test_every_kind_core_stores_has_its_words_in_the_corrections_view():
    assert set(corrections_view.KINDS) == set(overrides.KINDS)
    assert set(corrections_view.TAKE_BACK) == set(overrides.KINDS)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_corrections_list_credit_limits_insurance_and_groups_and_take_each_back(
        qtbot, tmp_path, language):
    rows = [order(f"O{n}", name, "2025-06-01", 10_000, cost=8_000)
            for n, name in enumerate(["Acme", "Acme", "Kobe", "Zenith", "Zenith"])]
    build(tmp_path, rows).close()
    with opened(tmp_path / "firm.sqlite") as conn:
        credit_terms.set_limit(conn, "Acme", 50_000)
        credit_terms.insure(conn, "Kobe")
        credit_terms.group(conn, ["Zenith"], "Sisters")
    i18n.set_language(language)
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    window.commands.actions["corrections"].trigger()
    dialog = window.commands.dialog
    assert isinstance(dialog, CorrectionsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=WAIT)
    shown = {dialog.proxy.index(r, 2).data(): dialog.proxy.index(r, 1).data()
             for r in range(dialog.proxy.rowCount())}
    words = 0 if language == "en" else 1
    assert shown == {"Acme": CREDIT["credit_limit"][words], "Kobe": CREDIT["insure"][words],
                     "Zenith": CREDIT["group"][words]}
    for kind, customer in (("credit_limit", "Acme"), ("insure", "Kobe"), ("group", "Zenith")):
        assert dialog.select(kind, customer)
        if language == "en":
            assert dialog.take_back.text() == CREDIT[kind][2]
        else:
            assert dialog.take_back.text() != CREDIT[kind][2]
        with qtbot.waitSignal(window.analysed, timeout=WAIT):
            qtbot.mouseClick(dialog.take_back, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda k=kind, c=customer: not dialog.select(k, c), timeout=WAIT)
    with opened(window.db_path) as conn:
        assert overrides.list_overrides(conn) == []


@pytest.mark.parametrize("action", ["print", "export_stop_loss", "export_restructuring",
                                    "export_leap"])
def test_print_and_export_on_the_welcome_page_ask_for_a_ledger_first(
        qtbot, tmp_path, monkeypatch, action):
    """On the first start's welcome page (no orders) Print lists opened the dialog on lists
    of nobody, all zeros, and Export wrote a workbook of empty sheets."""
    from PySide6.QtWidgets import QFileDialog

    window = open_window(qtbot, tmp_path / "firm.sqlite")
    assert window.stack.currentWidget() is window.welcome
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: pytest.fail("a file dialog for lists of nobody")))
    window.commands.actions[action].trigger()
    assert window.commands.dialog is None
    assert window.statusBar().currentMessage() == "No orders yet, so no lists: import your " \
        "ledger first."


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_import_result_runs_its_sentences_on_as_each_language_does(tmp_path, language):
    """The result read "新客户 1 个。 其中 1 行数据库里已有": a gap after a Chinese full
    stop, which English sentences need and Chinese ones never have."""
    from ledgers import COLUMNS, write_xlsx

    from core.ledger.importer import import_files
    from ui.importing.summary import file_lines

    i18n.set_language(language)
    first = [order("A1", "Acme", "2025-03-01", 1_000)]
    db = tmp_path / "firm.sqlite"
    import_files(db, [write_xlsx(tmp_path / "march.xlsx", {"台账": [COLUMNS, *first]})])
    again = [*first, order("A2", "Kobe", "2025-04-01", 1_000)]
    [result] = import_files(db, [write_xlsx(tmp_path / "april.xlsx", {"台账": [COLUMNS, *again]})])
    taken = file_lines(result)[0][0][0]
    if language == "en":
        assert taken.endswith("new customers: 1. 1 of the rows was already in the database "
                              "as it is.")
    else:
        assert "新客户 1 个。其中 1 行数据库里已有" in taken, taken
