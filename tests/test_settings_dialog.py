"""The settings dialog: one editor per setting, inline refusals, all-or-nothing save, rates."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QMessageBox, QWidget

from core import i18n, rates, settings, settings_store
from core.analysis.names import RFMT
from core.store import connect
from ui.operations import load_settings
from ui.settings.dialog import LANGUAGE_KEY, SettingsDialog, saved_language
from ui.tasks import Runner

SAVED = 10000  # ms to wait for the runner to write


def _open(qtbot, db_path) -> SettingsDialog:
    """As the window opens it: the stored rules read first (on its runner), then the dialog."""
    widget = SettingsDialog(db_path, load_settings(db_path), runner=Runner())
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def dialog(qtbot, db_path):
    return _open(qtbot, db_path)


def _editor(dialog, key):
    found = dialog.findChildren(QWidget, key)
    assert len(found) == 1, key
    return found[0]


def _error(dialog, key):
    return dialog.findChild(QLabel, f"{key}__error")


def test_every_setting_has_exactly_one_editor_labelled_in_words(dialog):
    for setting in settings.SETTINGS:
        _editor(dialog, setting.key)
        label = dialog.fields[setting.key].label
        assert label.text() and label.text() != setting.key
        assert label.toolTip().splitlines()[-1] == setting.key  # a model's name above it
        assert dialog.fields[setting.key].default.text().startswith("Default")
    assert dialog.fields["stop_loss_days"].default.text() == "Default: 60 days (allowed: 1–1,000)"
    assert dialog.fields["strategic_share"].default.text() == "Default: 20%"
    assert dialog.fields["stop_loss_avg_order_usd"].default.text() == "Default: 20,000"
    assert isinstance(_editor(dialog, "t_enabled"), QCheckBox)
    rung = _editor(dialog, "core_expected_rung")
    assert isinstance(rung, QComboBox) and rung.currentText() == "L/C at sight"
    assert dialog.save_button.isEnabled()


def test_a_bad_value_shows_the_refusal_and_disables_save(qtbot, dialog):
    dialog.show()
    currency = _editor(dialog, "base_currency")
    assert isinstance(currency, QLineEdit)
    currency.clear()
    qtbot.keyClicks(currency, "U$")
    error = _error(dialog, "base_currency")
    assert error.isVisible() and "U$" in error.text()
    assert "#c62828" in error.styleSheet()
    assert not dialog.save_button.isEnabled()
    currency.setText("eur")
    assert not error.isVisible() and dialog.save_button.isEnabled()


def test_a_refusal_names_the_field_not_its_key(dialog):
    dialog.fields["receipts_date"].editor.setText("2025-13-40")
    text = _error(dialog, "receipts_date").text()
    assert "receipts_date" not in text and settings.BY_KEY["receipts_date"].label in text
    assert not dialog.save_button.isEnabled()


def test_shares_over_the_whole_are_refused(dialog):
    dialog.fields["strategic_share"].editor.setValue(60)
    dialog.fields["core_share"].editor.setValue(50)
    assert not dialog.save_button.isEnabled()
    assert _error(dialog, "core_share").text()
    dialog.fields["core_share"].editor.setValue(30)
    assert dialog.save_button.isEnabled()


def test_only_the_sizing_in_force_is_editable(dialog):
    caps = dialog.fields["tier_caps"].editor
    assert dialog.fields["strategic_share"].editor.isEnabled()
    assert not dialog.fields["strategic_count"].editor.isEnabled()
    caps.setCurrentIndex(caps.findData("count"))
    assert not dialog.fields["core_share"].editor.isEnabled()
    assert dialog.fields["core_count"].editor.isEnabled()


def test_save_persists_changes_and_announces_them(qtbot, dialog, db_path):
    dialog.fields["stop_loss_days"].editor.setValue(90)
    dialog.fields["firm_name"].editor.setText("宁波海曙进出口有限公司")
    dialog.fields["t_accepted_incoterms"].editor.setText("fob, cip，fca")
    dialog.fields["strategic_share"].editor.setValue(15)
    dialog.fields["core_expected_rung"].editor.setCurrentIndex(
        dialog.fields["core_expected_rung"].editor.findData("lc_usance"))
    with qtbot.waitSignal(dialog.settingsChanged, timeout=SAVED):
        assert dialog.save()
    conn = connect(db_path)
    stored = settings_store.load(conn)
    conn.close()
    assert stored["stop_loss_days"] == 90
    assert stored["firm_name"] == "宁波海曙进出口有限公司"
    assert stored["t_accepted_incoterms"] == ["FOB", "CIP", "FCA"]
    assert stored["strategic_share"] == pytest.approx(0.15)
    assert stored["core_expected_rung"] == "lc_usance"
    assert stored["watch_days"] == 30


def test_restore_defaults_asks_then_fills_every_editor(qtbot, db_path, monkeypatch):
    conn = connect(db_path)
    settings_store.put(conn, "stop_loss_days", 90)
    settings_store.put(conn, "t_enabled", False)
    conn.close()
    dialog = _open(qtbot, db_path)
    assert dialog.fields["stop_loss_days"].raw() == 90
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.restore_button.click()
    assert dialog.fields["stop_loss_days"].raw() == 90
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    assert dialog.values() == {s.key: s.default for s in settings.SETTINGS}
    with qtbot.waitSignal(dialog.settingsChanged, timeout=SAVED):
        dialog.save()
    conn = connect(db_path)
    assert settings_store.load(conn) == {s.key: s.default for s in settings.SETTINGS}
    conn.close()


def test_rates_are_added_edited_and_deleted_on_save(qtbot, dialog, db_path):
    model = dialog.rates_model
    eur = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "EUR")
    assert model.setData(model.index(eur, 2), "1.09")
    dialog.add_rate()
    new = model.rowCount() - 1
    model.setData(model.index(new, 0), "eur")
    model.setData(model.index(new, 1), "2025-07-01")
    assert not dialog.save_button.isEnabled()  # no value yet
    assert dialog.rates_error.text().startswith(f"Row {new + 1}:")
    model.setData(model.index(new, 2), "1.17")
    assert dialog.save_button.isEnabled()
    gbp = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "GBP")
    dialog.rates_view.setCurrentIndex(model.index(gbp, 0))
    dialog.delete_selected_rate()
    usd = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "USD")
    assert not model.flags(model.index(usd, 2)) & Qt.ItemFlag.ItemIsEditable
    assert not model.remove_row(usd)
    with qtbot.waitSignal(dialog.settingsChanged, timeout=SAVED):
        assert dialog.save()
    conn = connect(db_path)
    stored = rates.list_rates(conn)
    table = rates.Rates(conn, "USD")
    conn.close()
    assert [r for r in stored if r.currency == "EUR"] == [
        rates.Rate("EUR", rates.RATES_FROM, 1.09), rates.Rate("EUR", "2025-07-01", 1.17)]
    assert not [r for r in stored if r.currency == "GBP"]
    assert table.factor("EUR", "2025-06-30") == pytest.approx(1.09)
    assert table.factor("EUR", "2025-07-02") == pytest.approx(1.17)


def test_a_duplicate_rate_blocks_save(dialog):
    model = dialog.rates_model
    row = dialog.rates_model.add_row()
    for column, value in enumerate(("EUR", rates.RATES_FROM, "1.1")):
        model.setData(model.index(row, column), value)
    assert not dialog.save_button.isEnabled()
    assert "EUR" in dialog.rates_error.text()


def test_cancel_writes_nothing(qtbot, dialog, db_path):
    dialog.fields["stop_loss_days"].editor.setValue(99)
    dialog.reject()
    conn = connect(db_path)
    assert settings_store.get(conn, "stop_loss_days") == 60
    conn.close()


def test_language_choice_is_remembered_and_announced(qtbot, dialog):
    combo = _editor(dialog, LANGUAGE_KEY)
    assert combo.currentData() == ""
    with qtbot.waitSignal(dialog.languageChanged, timeout=1000) as signal:
        combo.setCurrentIndex(combo.findData("zh_CN"))
    assert signal.args == ["zh_CN"]
    assert saved_language() == "zh_CN"
    with qtbot.waitSignal(dialog.languageChanged, timeout=1000) as signal:
        combo.setCurrentIndex(combo.findData(""))
    assert signal.args == [""] and saved_language() == ""


def test_retranslate_speaks_chinese(dialog):
    dialog.fields["base_currency"].editor.setText("US")
    i18n.set_language("zh_CN")
    dialog.retranslate()
    assert dialog.windowTitle() == "TradeTier 设置"
    assert dialog.fields["stop_loss_days"].label.text() == "逾期超过多少天止损"
    assert dialog.fields["stop_loss_days"].default.text() == "默认：60 天（可填 1–1,000）"
    assert "文章" in dialog.fields["stop_loss_days"].explanation.text()
    assert dialog.tabs.tabText(0) == "⚠ 常规"  # "US" is refused on it
    assert dialog.fields["core_expected_rung"].editor.currentText() == "即期信用证"
    assert "币种代码" in _error(dialog, "base_currency").text()
    assert dialog.rates_model.headerData(0, Qt.Orientation.Horizontal) == "币种"


def test_a_failed_save_writes_nothing(qtbot, dialog, db_path, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))

    def broken(*_args):
        raise sqlite3.OperationalError("disk I/O error")

    dialog.show()
    dialog.fields["stop_loss_days"].editor.setValue(75)
    dialog.rates_model.setData(dialog.rates_model.index(0, 2), "0.3")
    monkeypatch.setattr(rates, "set_rate", broken)  # the last write of the transaction
    changed = []
    dialog.settingsChanged.connect(lambda: changed.append(True))
    assert dialog.save()
    qtbot.waitUntil(lambda: bool(warned), timeout=SAVED)
    assert "disk I/O error" in warned[0]
    assert dialog.isVisible() and dialog.save_button.isEnabled() and not changed
    conn = connect(db_path)
    assert settings_store.get(conn, "stop_loss_days") == 60
    conn.close()


def test_a_language_switch_from_elsewhere_is_followed(dialog):
    i18n.set_language("zh_CN")
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "汇率"


def test_untouched_settings_are_not_rounded_by_their_editor(qtbot, db_path):
    conn = connect(db_path)
    settings_store.put(conn, "strategic_share", 0.125)
    conn.close()
    dialog = _open(qtbot, db_path)
    dialog.fields["watch_days"].editor.setValue(45)
    with qtbot.waitSignal(dialog.settingsChanged, timeout=SAVED):
        assert dialog.save()
    conn = connect(db_path)
    assert settings_store.get(conn, "strategic_share") == 0.125
    assert settings_store.get(conn, "watch_days") == 45
    conn.close()


def test_pages_come_from_each_setting_s_page(dialog):
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == ["General", f"{RFMT} criteria", "Pyramid", "Payment risk", "Phases",
                      "Lifetime value", "Currency rates"]
    on_page = {key: title for title, _topic, keys in dialog.pages for key in keys}
    assert sorted(on_page) == sorted(settings.BY_KEY)  # every setting on exactly one page
    assert on_page["referral_commission_pct"] == on_page["stop_loss_days"] == "Phases"
    assert on_page["clv_survival_pct"] == on_page["clv_horizon_years"] == "Lifetime value"
    assert dialog.fields["clv_survival_pct"].editor.suffix() == "%"
    commission = dialog.fields["referral_commission_pct"]
    assert commission.label.text() == "Referral commission"
    assert commission.editor.suffix() == "%" and commission.raw() == 15.0


def test_a_setting_without_label_unit_or_page_gets_an_editor_on_other(qtbot, db_path,
                                                                       monkeypatch):
    bare = settings.Setting("new_rule", 3, "A rule another branch adds.", "int", (), 0, 9)
    monkeypatch.setattr(settings, "SETTINGS", (*settings.SETTINGS, bare))
    monkeypatch.setattr(settings, "BY_KEY", {**settings.BY_KEY, "new_rule": bare})
    widget = _open(qtbot, db_path)
    assert widget.tabs.tabText(widget.tabs.count() - 2) == "Other"
    assert widget.fields["new_rule"].label.text() == "new_rule"
    widget.fields["new_rule"].editor.setValue(5)
    with qtbot.waitSignal(widget.settingsChanged, timeout=SAVED):
        assert widget.save()
    conn = connect(db_path)
    assert settings_store.get(conn, "new_rule") == 5
    conn.close()
