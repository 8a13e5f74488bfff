"""fix35i: a firm's own TWD rates beside its NTD ones, and a base currency that is none."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QLabel
from test_cli import cli

from core import settings_store
from core.rates import Rates
from core.store import connect
from ui.operations import load_settings
from ui.settings.dialog import SettingsDialog
from ui.tasks import Runner


def _rates(tmp_path: Path, *rows: tuple[str, str, float]) -> Rates:
    db = tmp_path / "rates.sqlite"
    connect(db).close()
    with sqlite3.connect(db) as conn:
        conn.executemany("INSERT OR REPLACE INTO currency_rates VALUES (?, ?, ?)", rows)
    with sqlite3.connect(db) as conn:
        return Rates(conn, "USD")


def test_the_firm_s_own_twd_rate_before_its_ntd_one_still_counts(tmp_path: Path):
    """TWD 0.030 from 2024-01-01 (the firm's, over the seeded 0.031 of 2000), NTD 0.033 from
    2024-07-01. Hand count: 100,000 TWD of 2024-03 is 3,000 USD, of 2024-09 3,300. Before: the
    firm's TWD rate gave way to NTD's: 3,300 for March too (Taipei's 6,600 where 6,300 is)."""
    rates = _rates(tmp_path, ("TWD", "2024-01-01", 0.030), ("NTD", "2024-07-01", 0.033))
    assert rates.usd_per_unit("TWD", "2024-03-01") == 0.030
    assert rates.usd_per_unit("TWD", "2024-09-01") == 0.033
    assert rates.usd_per_unit("NTD", "2024-03-01") == 0.030


def test_the_seeded_twd_rate_gives_way_to_the_firm_s_ntd_rate(tmp_path: Path):
    """Guard: with only the seeded TWD of 2000 and the firm's NTD 0.03 of 2024-07-01, the
    firm's rate is the currency's, before its date too (the seeded one is nobody's)."""
    rates = _rates(tmp_path, ("NTD", "2024-07-01", 0.03))
    assert rates.usd_per_unit("TWD", "2024-03-01") == 0.03
    assert rates.usd_per_unit("TWD", "2024-09-01") == 0.03


def test_a_base_currency_typed_wrong_is_refused_in_the_cli(tmp_path: Path):
    """`settings set base_currency UDS` (USD mistyped). Before: stored, and every USD order had
    no rate: revenue 0, open 0. Now refused, in English and Chinese, and USD stays."""
    db = tmp_path / "firm.sqlite"
    code, _, err = cli("--lang", "en", "settings", "set", "base_currency", "UDS", "--db", str(db))
    assert code != 0 and "“UDS” is not a currency" in err
    code, _, err = cli("--lang", "zh_CN", "settings", "set", "base_currency", "UDS", "--db",
                       str(db))
    assert code != 0 and "“UDS”不是币种" in err
    with connect(db) as conn:
        assert settings_store.get(conn, "base_currency") == "USD"
    assert cli("settings", "set", "base_currency", "KES", "--db", str(db))[0] == 0


def test_the_settings_dialog_refuses_a_base_currency_that_is_none(qtbot, tmp_path: Path):
    """The dialog's base-currency field: "UDS" shows the refusal under it and save is off."""
    db = tmp_path / "firm.sqlite"
    connect(db).close()
    dialog = SettingsDialog(db, load_settings(db), runner=Runner())
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.fields["base_currency"].editor
    editor.clear()
    qtbot.keyClicks(editor, "UDS")
    error = dialog.findChild(QLabel, "base_currency__error")
    assert error.isVisible() and "“UDS” is not a currency" in error.text()
    assert not dialog.save_button.isEnabled()
