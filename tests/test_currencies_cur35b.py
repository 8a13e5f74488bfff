"""cur35b: currencies left over from pay35a — the rates dialog's currency, three payment rules
that never compared currency, and the currency words firms type.

The ledgers are pay35a's (tests/test_payments_pay35a.py): Nairobi's N-1 10,000 and N-2 3,000
USD sold (13,000); one CNY is 0.1389 USD at the default rates, so 5,000 CNY is 694.50 USD.
Each docstring gives the hand count and what the user saw before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from test_corrected_payments_pay32 import NAIROBI
from test_payments_pay33 import _files
from test_payments_pay35a import BANK, NOTE_HEADER, SALES, TAB, _currencies, _money

from core import rates
from core.ledger.amounts import parse_amount, parse_currency
from core.ledger.report import import_report
from core.messages import Refusal
from core.store import connect
from ui.operations import load_settings
from ui.settings.dialog import SettingsDialog
from ui.tasks import Runner

MAY = "台账 2025-05.xlsx"
BOTH = (7_305.5, 0)  # 13,000 sold, 5,000 USD and 5,000 CNY (694.50 USD) received
EDITING = QAbstractItemView.State.EditingState


# --- 1. the rates dialog's currency: parse_currency's rule ------------------------------------

def _dialog(qtbot, db_path: Path) -> SettingsDialog:
    dialog = SettingsDialog(db_path, load_settings(db_path), runner=Runner())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)  # the currency rates
    return dialog


def _type_rate(qtbot, dialog: SettingsDialog, *cells: str) -> int:
    """Add a rate as the user does: the Add button, then each cell typed in its editor."""
    qtbot.mouseClick(dialog.rates.add_button, Qt.MouseButton.LeftButton)
    row = dialog.rates_model.rowCount() - 1
    for column, text in enumerate(cells):
        index = dialog.rates_model.index(row, column)
        if column:  # Add opened the currency cell's editor
            dialog.rates_view.setCurrentIndex(index)
            dialog.rates_view.edit(index)
        [editor] = [found for found in dialog.rates_view.viewport().findChildren(QLineEdit)
                    if found.isVisible()]  # a closed one is hidden
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # committed and closed, queued
        qtbot.waitUntil(lambda: dialog.rates_view.state() != EDITING)
    return row


def test_three_letters_that_are_no_currency_are_refused_in_the_rates_dialog(qtbot, db_path):
    """Before: "ABC" at 0.5 was saved as a rate (any three letters passed), a currency no
    ledger row reads as: the firm believed it had set a rate that nothing used."""
    dialog = _dialog(qtbot, db_path)
    row = _type_rate(qtbot, dialog, "ABC", "2025-07-01", "0.5")
    assert dialog.rates_model.index(row, 0).data() == "ABC"
    assert not dialog.save_button.isEnabled()
    said = dialog.rates_error.text()
    assert said.startswith(f"Row {row + 1}: “ABC” is not a currency"), said
    assert "⚠" in dialog.tabs.tabText(dialog.tabs.count() - 1)
    assert not dialog.save()

    def chinese() -> str:
        dialog.retranslate()
        return dialog.rates_error.text()

    assert "“ABC”不是币种" in in_chinese(chinese)
    with connect(db_path) as conn:
        assert not [r for r in rates.list_rates(conn) if r.currency == "ABC"]


def test_a_currency_typed_by_its_name_is_saved_as_its_code(qtbot, db_path):
    """"rmb" typed in the currency cell is CNY, the code the ledgers' rows are read as (a rate
    saved as "RMB" converted no order); the cell shows CNY at once."""
    dialog = _dialog(qtbot, db_path)
    row = _type_rate(qtbot, dialog, "rmb", "2025-07-01", "0.14")
    assert dialog.rates_model.index(row, 0).data() == "CNY"
    assert dialog.save_button.isEnabled(), dialog.rates_error.text()
    with qtbot.waitSignal(dialog.settingsChanged, timeout=10_000):
        assert dialog.save()
    with connect(db_path) as conn:
        assert rates.Rate("CNY", "2025-07-01", 0.14) in rates.list_rates(conn)
        assert not [r for r in rates.list_rates(conn) if r.currency == "RMB"]


def test_a_rate_saved_for_no_currency_before_is_named_and_can_be_deleted(qtbot, db_path):
    """A database whose "ABC" rate was saved before this check: its row is named (no order
    was ever converted by it); deleted, the settings save again."""
    with connect(db_path) as conn:
        conn.execute("INSERT INTO currency_rates(currency, valid_from, usd_per_unit) VALUES "
                     "('ABC', '2025-01-01', 0.5)")
    dialog = _dialog(qtbot, db_path)
    model = dialog.rates_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "ABC")
    assert "“ABC” is not a currency" in dialog.rates_error.text()
    assert not dialog.save_button.isEnabled()
    dialog.rates_view.setCurrentIndex(model.index(row, 0))
    qtbot.mouseClick(dialog.rates.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled() and not dialog.rates_error.text()
    with qtbot.waitSignal(dialog.settingsChanged, timeout=10_000):
        assert dialog.save()
    with connect(db_path) as conn:
        assert not [r for r in rates.list_rates(conn) if r.currency == "ABC"]


@pytest.mark.parametrize("typed", ["ABC", "REF", "PCS", "CTN", "SET", "EU"])
def test_check_rate_refuses_what_parse_currency_does_not_read(typed):
    with pytest.raises(Refusal) as refused:
        rates.check_rate(typed, "2025-01-01", "0.5")
    assert refused.value.code == "bad_rate_currency"
    assert parse_currency(typed) is None


@pytest.mark.parametrize("typed,code", [("eur", "EUR"), ("RMB", "CNY"), ("人民币", "CNY"),
                                        ("欧元", "EUR"), ("HK$", "HKD"), ("kes", "KES")])
def test_check_rate_reads_a_currency_as_parse_currency_does(typed, code):
    rate = rates.check_rate(typed, "2025-01-01", str(rates.DEFAULT_RATES[code]))
    assert rate.currency == code == parse_currency(typed)


# --- 2. payments of one sum and day in two currencies -----------------------------------------

@pytest.mark.parametrize("first,second", [("USD", "CNY"), ("CNY", "USD")])
def test_a_payment_under_its_invoice_is_not_one_of_another_currency_without(tmp_path: Path,
                                                                           first, second):
    """The ledger's tab books 5,000 (first) on 04-20 under N-1; the bank's list 5,000
    (second) on 04-20 without a number. Hand count: 5,000 USD and 5,000 CNY received, 7,305.50
    open. Before: one customer, day and sum, one under its invoice: taken for one payment
    (core.ledger.invoiced_payments), the bank's line dropped: 8,000 open (the CNY gone) or
    12,305.50 (the buyer's 5,000 USD gone)."""
    owed, report = _currencies(tmp_path, _money(NAIROBI, "2025-04-20", 5_000, first, None,
                                                "N-1"),
                               _money(NAIROBI, "2025-04-20", 5_000, second, None))
    assert owed == BOTH
    assert "one naming its invoice and the other not" not in report


def test_a_wire_split_over_invoices_is_not_one_of_another_currency(tmp_path: Path):
    """The tab books N-1 5,000 USD and N-2 3,000 USD on 04-20; the bank's list 8,000 CNY
    (1,111.20 USD) that day without a number. Hand count: 13,000 - 8,000 - 1,111.20 = 3,888.80
    open. Before: the CNY's figure the parts' sum, taken for the wire split over the invoices
    (invoiced_payments._split), dropped: 5,000 open."""
    owed, results = _files(
        tmp_path, (TAB, {"台账": SALES, "收款": [
            NOTE_HEADER, _money(NAIROBI, "2025-04-20", 5_000, "USD", None, "N-1"),
            _money(NAIROBI, "2025-04-20", 3_000, "USD", None, "N-2")]}),
        (BANK, {"收款": [NOTE_HEADER, _money(NAIROBI, "2025-04-20", 8_000, "CNY", None)]}))
    assert owed[NAIROBI] == (pytest.approx(3_888.8), 0)
    assert "split over its invoices" not in import_report(results[-1])


def test_a_payment_re_dated_in_another_currency_is_no_correction(tmp_path: Path):
    """April's ledger books 5,000 USD on 04-20 under N-1; May's, re-sending April's, has at
    its place 5,000 CNY on 04-18 (day and currency both other). Hand count: a correction
    changes one thing; both counted, 7,305.50 open, the pair named. Before: taken for the
    USD payment corrected (core.ledger.corrected_payments), the 5,000 USD dropped: 12,305.50
    open, said to be "counted once, as now written"."""
    owed, results = _files(
        tmp_path, (TAB, {"台账": SALES, "收款": [NOTE_HEADER, _money(
            NAIROBI, "2025-04-20", 5_000, "USD", None, "N-1")]}),
        (MAY, {"台账": SALES, "收款": [NOTE_HEADER, _money(
            NAIROBI, "2025-04-18", 5_000, "CNY", None, "N-1")]}))
    report = import_report(results[-1])
    assert owed[NAIROBI] == BOTH
    assert "corrected replaces" not in report
    assert "where an earlier file had another sum or date" in report, report


@pytest.mark.parametrize("invoice", [None, "N-1"])
def test_a_payment_whose_currency_alone_is_corrected_is_still_replaced(tmp_path: Path,
                                                                      invoice):
    """Guard (pay35a's): the row re-sent with its currency alone corrected, 5,000 USD → 5,000
    CNY on 04-20, replaces the first: 12,305.50 open."""
    owed, _results = _files(
        tmp_path, (TAB, {"台账": SALES, "收款": [NOTE_HEADER, _money(
            NAIROBI, "2025-04-20", 5_000, "USD", None, invoice)]}),
        (MAY, {"台账": SALES, "收款": [NOTE_HEADER, _money(
            NAIROBI, "2025-04-20", 5_000, "CNY", None, invoice)]}))
    assert owed[NAIROBI] == (12_305.5, 0)


@pytest.mark.parametrize("invoice", [None, "N-1"])
def test_a_payment_re_written_in_the_currency_credited_is_still_replaced(tmp_path: Path,
                                                                        invoice):
    """Guard: April's 5,000 USD of 04-20 re-sent by May's ledger as the 35,500 CNY the RMB
    account credited that day (4,930.95 USD, within the 3 % band): the row with its currency
    corrected, replacing the first: 13,000 - 4,930.95 = 8,069.05 open (as before cur35b;
    counted as another currency's figure of its own, both were counted: 3,000)."""
    owed, results = _files(
        tmp_path, (TAB, {"台账": SALES, "收款": [NOTE_HEADER, _money(
            NAIROBI, "2025-04-20", 5_000, "USD", None, invoice)]}),
        (MAY, {"台账": SALES, "收款": [NOTE_HEADER, _money(
            NAIROBI, "2025-04-20", 35_500, "CNY", None, invoice)]}))
    assert owed[NAIROBI] == (pytest.approx(8_069.05), 0)
    assert "corrected replaces" in import_report(results[-1])


def test_a_payment_given_its_invoice_is_moved_not_one_of_another_currency(tmp_path: Path):
    """April's tab books 5,000 USD on 04-20 without a number; May's, re-sending April's, has
    it under N-1 and a 5,000 CNY of 04-20 under N-2 (the RMB part found late). Hand count:
    the USD moved to N-1, 5,000 USD and 5,000 CNY received: 7,305.50 open. Before: the CNY
    of the same day and figure made the move one of three payments that cannot be told
    apart: the USD counted twice, 2,305.50 open."""
    owed, results = _files(
        tmp_path, (TAB, {"台账": SALES, "收款": [NOTE_HEADER, _money(
            NAIROBI, "2025-04-20", 5_000, "USD", None)]}),
        (MAY, {"台账": SALES, "收款": [
            NOTE_HEADER, _money(NAIROBI, "2025-04-20", 5_000, "USD", None, "N-1"),
            _money(NAIROBI, "2025-04-20", 5_000, "CNY", None, "N-2")]}))
    assert owed[NAIROBI] == BOTH
    assert "re-sent under another customer or invoice replaces" in import_report(results[-1])


def test_a_payment_in_another_currency_under_an_invoice_moves_none(tmp_path: Path):
    """April's tab books 5,000 USD on 04-20 without a number; May's has instead 5,000 CNY of
    04-20 under N-1. Hand count: not the row moved (its currency other too): both counted,
    7,305.50 open. Before: taken for the USD moved to N-1, the 5,000 USD dropped: 12,305.50."""
    owed, results = _files(
        tmp_path, (TAB, {"台账": SALES, "收款": [NOTE_HEADER, _money(
            NAIROBI, "2025-04-20", 5_000, "USD", None)]}),
        (MAY, {"台账": SALES, "收款": [NOTE_HEADER, _money(
            NAIROBI, "2025-04-20", 5_000, "CNY", None, "N-1")]}))
    assert owed[NAIROBI] == BOTH
    assert "replaces the one of the same day and sum" not in import_report(results[-1])


# --- 3. the currency words firms type ---------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    ("RMB", "CNY"), ("人民币", "CNY"), ("元", "CNY"), ("US$", "USD"), ("USD$", "USD"),
    ("美金", "USD"), ("美元", "USD"), ("欧元", "EUR"), ("EUR€", "EUR"), ("HK$", "HKD"),
    ("港币", "HKD"), ("HKD$", "HKD"), ("AUD$", "AUD"), ("JPY¥", "JPY"), ("RMB¥", "CNY"),
    ("HKD $", "HKD"), ("$$", "USD")])
def test_currency_words_read_as_their_code(text, code):
    assert parse_currency(text) == code
    assert parse_amount(f"{text}5,000") == (5_000, code)
    assert parse_amount(f"5,000 {text}") == (5_000, code)


@pytest.mark.parametrize("text", ["REF", "INV", "PCS", "CTN", "SET", "HKD€", "EUR$", "$¥"])
def test_words_that_are_no_money_read_as_no_currency(text):
    assert parse_currency(text) is None
    assert parse_amount(f"5000 {text}") == (None, None)
