"""The settings dialog says what a number counts and how far it may go, and where a refused
value is when Save greys out.

Before: the stop-loss box read "60" beside "Default: 60" (60 what? "Lead time when no ship
dates are kept" says neither days nor weeks); typing 99999 into it left "999" with no word of
why, as the box takes no keystroke past 1,000; and a currency code refused on the General tab
greyed Save on the Phases tab with nothing on screen saying where the fault was."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QMessageBox
from test_settings_dialog import _open

from core import i18n, settings_store
from core.store import connect


@pytest.fixture
def dialog(qtbot, db_path):
    widget = _open(qtbot, db_path)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _tab(dialog, key: str) -> int:
    return next(i for i, (_t, _h, keys) in enumerate(dialog.pages) if key in keys)


def test_a_count_of_days_says_days_and_its_range(qtbot, dialog):
    field = dialog.fields["stop_loss_days"]
    dialog.tabs.setCurrentIndex(_tab(dialog, "stop_loss_days"))
    box = field.editor.lineEdit()
    assert box.text() == "60 days"
    assert field.default.text() == "Default: 60 days (allowed: 1–1,000)"
    box.selectAll()
    qtbot.keyClicks(box, "1")
    assert box.text() == "1 day"
    qtbot.keyClicks(box, "20")
    assert box.text() == "120 days" and field.raw() == 120
    box.selectAll()
    qtbot.keyClicks(box, "99999")  # the box stops at 999: the range beside it says why
    assert field.raw() == 999 and "1–1,000" in field.default.text()
    lead = dialog.fields["lead_time_days"]
    assert lead.editor.text() == "30 days" and "days" not in lead.label.text()
    assert dialog.fields["window_months"].editor.text() == "12 months"
    i18n.set_language("zh_CN")
    try:
        dialog.retranslate()
        assert box.text() == "999 天"
        assert dialog.fields["window_months"].editor.text() == "12 个月"
        assert field.default.text() == "默认：60 天（可填 1–1,000）"
    finally:
        i18n.set_language("en")


def test_the_tab_holding_a_refused_value_is_marked(qtbot, dialog):
    general, phases = _tab(dialog, "base_currency"), _tab(dialog, "stop_loss_days")
    dialog.tabs.setCurrentIndex(general)
    currency = dialog.fields["base_currency"].editor
    currency.clear()
    qtbot.keyClicks(currency, "US1")
    dialog.tabs.setCurrentIndex(phases)  # where the user goes on: Save is grey here too
    assert not dialog.save_button.isEnabled()
    bar = dialog.tabs.tabBar()
    assert dialog.tabs.tabText(general) == "⚠ General"
    assert bar.tabTextColor(general) == QColor("#c62828")
    assert "not accepted" in dialog.tabs.tabToolTip(general)
    assert "⚠" in dialog.save_button.toolTip()
    assert dialog.tabs.tabText(phases) == "Phases" and not dialog.tabs.tabToolTip(phases)
    dialog.tabs.setCurrentIndex(general)
    currency.clear()
    qtbot.keyClicks(currency, "EUR")
    assert dialog.save_button.isEnabled() and not dialog.save_button.toolTip()
    assert dialog.tabs.tabText(general) == "General" and not dialog.tabs.tabToolTip(general)


def test_a_refused_rate_marks_the_rates_tab(dialog):
    model = dialog.rates_model
    row = model.add_row()
    model.setData(model.index(row, 0), "eur")
    rates = dialog.tabs.count() - 1
    assert dialog.tabs.tabText(rates) == "⚠ Currency rates"
    model.setData(model.index(row, 1), "2025-07-01")
    model.setData(model.index(row, 2), "1.17")
    assert dialog.tabs.tabText(rates) == "Currency rates"
    assert dialog.tabs.tabBar().tabTextColor(rates) != QColor("#c62828")


def test_restore_defaults_keeps_the_firms_own_facts(qtbot, db_path, monkeypatch):
    """Before, "Restore Defaults" put a CNY firm back on USD (every amount would change
    currency), its dmy ledgers on mdy and its name on the lists to nothing, though none of
    them is a rule of the article's."""
    conn = connect(db_path)
    for key, value in (("firm_name", "宁波海曙进出口有限公司"), ("base_currency", "CNY"),
                       ("date_order", "dmy"), ("stop_loss_days", 90)):
        settings_store.put(conn, key, value)
    conn.close()
    dialog = _open(qtbot, db_path)
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.restore_button.click()
    assert dialog.fields["stop_loss_days"].raw() == 60
    assert dialog.fields["firm_name"].raw() == "宁波海曙进出口有限公司"
    assert dialog.fields["base_currency"].raw() == "CNY"
    assert dialog.fields["date_order"].raw() == "dmy"
    assert "“Firm name”, “Base currency”, “Date order in ledgers”" in asked[0]
    with qtbot.waitSignal(dialog.settingsChanged, timeout=10000):
        dialog.save_button.click()
    conn = connect(db_path)
    stored = settings_store.load(conn)
    conn.close()
    assert stored["stop_loss_days"] == 60 and stored["base_currency"] == "CNY"
    assert stored["firm_name"] == "宁波海曙进出口有限公司" and stored["date_order"] == "dmy"


def test_a_date_says_how_to_type_it_and_takes_slashes(qtbot, dialog):
    """Before: "“2025/13/01” is not a valid value for Receipts booked to." named no form, and
    2025/12/20, as a clerk types a date, was refused the same way."""
    dialog.tabs.setCurrentIndex(_tab(dialog, "receipts_date"))
    box = dialog.fields["receipts_date"].editor
    qtbot.keyClicks(box, "2025/13/01")
    error = dialog.findChild(QLabel, "receipts_date__error")
    assert error.isVisible() and "year-month-day, e.g. 2025-12-31" in error.text()
    assert "“Receipts booked to”" in error.text()
    box.clear()
    qtbot.keyClicks(box, "2025/12/20")
    assert not error.isVisible() and dialog.save_button.isEnabled()
    assert dialog.values()["receipts_date"] == "2025-12-20"
