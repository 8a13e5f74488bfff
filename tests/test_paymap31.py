"""The mapping page of a payments sheet (收款: 客户, 收款日期, 收款金额), as a clerk opens it by
File → Import (paymap31).

Its required rows read "Amount received *" and "Date received *" (screens31): the sheet's amount
and date are the money received and its date. "More fields" still offered the optional "Amount
received" and "Date received" rows, so the clerk saw two "Amount received" rows and could not
tell which to use. A column given to either on such a sheet is read as the rows' amount or date
(core.ledger.layout.receipts_sheet): they are not offered twice. One a column feeds (a payments
sheet with its orders' dates as well) stays, as do an order sheet's.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from PySide6.QtWidgets import QFileDialog
from test_import_dialog import _choose, _import, _wait_read
from test_main_window import open_window

from core import i18n
from core.store import connect, remembered_layouts
from ui.importing.dialog import MAPPING, ImportDialog
from ui.importing.mapping import MappingEditor

PAYMENTS = [["客户", "收款日期", "收款金额"],
            ["Kyiv Home", date(2025, 3, 20), 12_000],
            ["Kyiv Home", date(2025, 3, 21), 1_000]]
# payments with the date of the order each pays: its date received is a column of its own
PAYMENTS_DATED = [["客户", "订单日期", "收款日期", "收款金额"],
                  ["Kyiv Home", date(2025, 3, 1), date(2025, 3, 20), 12_000]]
ORDERS = [["合同号", "客户", "下单日期", "金额", "收款金额", "收款日期"],
          ["A-1", "Kyiv Home", date(2025, 3, 1), 12_000, 12_000, date(2025, 3, 20)]]
WORDS = {"en": ("Amount received", "Date received", "Order date"),
         "zh_CN": ("已收金额", "收款日期", "下单日期")}


@pytest.fixture
def language(request):
    yield i18n.set_language(request.param)
    i18n.set_language("en")


def mapping_page(qtbot, monkeypatch, tmp_path: Path, sheets: dict) -> ImportDialog:
    """File → Import on the workbook, Next: the dialog on its mapping page."""
    path = write_xlsx(tmp_path / "ledger.xlsx", sheets)
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(path)], "")))
    window.commands.actions["import"].trigger()
    dialog = window.commands.dialog
    assert isinstance(dialog, ImportDialog)
    _wait_read(qtbot, dialog)
    dialog.next_button.click()
    assert dialog.stack.currentIndex() == MAPPING
    return dialog


def rows_shown(editor: MappingEditor) -> list[str]:
    """The grid's field names as the clerk reads them, without the examples in brackets."""
    return [re.sub(r"\s*\(.*?\)$|\s*（.*?）$", "", re.sub(r"<[^>]+>", "", label.text()))
            for label in editor.labels.values() if label.isVisible()]


def every_row(editor: MappingEditor) -> list[str]:
    if not editor.more.isChecked() and editor.more.isVisible():
        editor.more.click()
    return rows_shown(editor)


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_a_payments_sheet_offers_each_received_field_once(qtbot, monkeypatch, tmp_path,
                                                          language):
    received, day, _ordered = WORDS[language]
    editor = mapping_page(qtbot, monkeypatch, tmp_path, {"收款": PAYMENTS}).editor
    folded = re.search(r"\d+", editor.more.text())
    shown = rows_shown(editor)  # the customer's, the amount's and the date's: required
    assert folded and len(shown) == 3 and {f"{received} *", f"{day} *"} < set(shown), shown
    rows = every_row(editor)  # "More fields (n)" unfolds the n fields it counts, no twin
    assert len(rows) == 3 + int(folded.group()), rows
    assert rows.count(f"{received} *") == 1 and rows.count(f"{day} *") == 1, rows
    assert received not in rows and day not in rows, rows


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_a_received_field_a_column_feeds_stays(qtbot, monkeypatch, tmp_path, language):
    """A payments sheet with its orders' dates: the required date is the order's, and its date
    received is a column of its own, shown; an order sheet offers both received fields."""
    received, day, ordered = WORDS[language]
    editor = mapping_page(qtbot, monkeypatch, tmp_path, {"收款": PAYMENTS_DATED}).editor
    rows = every_row(editor)
    assert f"{received} *" in rows and f"{ordered} *" in rows and day in rows, rows
    assert received not in rows, rows
    assert editor.combo("received_date").currentData() == "收款日期"

    orders = mapping_page(qtbot, monkeypatch, tmp_path / "o", {"订单": ORDERS}).editor
    rows = every_row(orders)
    assert received in rows and day in rows and f"{received} *" not in rows, rows


# two columns of money received: the sum wired and the net the bank credited (实收)
TWO_FIGURES = [["客户", "收款日期", "收款金额", "实收"],
               ["Kyiv Home", date(2025, 3, 20), 12_000, 11_980],
               ["Kyiv Home", date(2025, 3, 21), 1_000, 990]]


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_another_column_for_amount_received_keeps_the_sheet_payments(qtbot, monkeypatch,
                                                                     tmp_path, language):
    """The clerk gives "Amount received *" the net column. The sheet became one of sales: its
    rows read "Amount *" and a red "Order date *"; given that date, the two payments imported
    as sales of 11,980 and 990 paid 13,000 (12,970 of revenue that never was), and were
    remembered so for next month's sheet. They stay payments of the net, the rows named so."""
    received = WORDS[language][0]
    dialog = mapping_page(qtbot, monkeypatch, tmp_path, {"收款": TWO_FIGURES})
    editor = dialog.editor
    assert editor.combo("amount").currentData() == "收款金额"
    _choose(editor.combo("amount"), "实收")
    _wait_read(qtbot, dialog)
    assert rows_shown(editor)[:3].count(f"{received} *") == 1, rows_shown(editor)
    assert editor.combo("amount").currentData() == "实收"
    _import(qtbot, dialog)
    conn = connect(tmp_path / "firm.sqlite")
    lines = conn.execute("SELECT sum(amount), sum(received_amount) FROM order_lines").fetchone()
    assert tuple(lines) == (0, 12_970)
    remembered = list(remembered_layouts(conn).values())
    assert len(remembered) == 1 and "amount" not in remembered[0], remembered
