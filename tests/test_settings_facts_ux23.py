"""The settings dialog as a screen review found it.

Before: the risk-point boxes read "35.00" beside "Default: 35"; an emptied "T: accepted
Incoterms" was saved, after which no customer could ever pass T; and a receipts date of
2099-01-01 was saved, every list's heading then saying "receipts booked to 2099-01-01" over an
analysis that counts days overdue to the as-of date. Now the boxes show the digits the number
has, and both values are refused with what to type instead; a stored one (saved before this
check, or a receipts date later than an as-of looked back to) is named in the analysis's notes.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import test_settings_units_ux22 as ux22
from ledgers import titled, write_xlsx
from PySide6.QtWidgets import QLabel
from test_lists_by_hand import HEADER, OA30, row

from core import i18n, settings_store
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.messages import Refusal
from core.store import connect

dialog, _tab = ux22.dialog, ux22._tab  # the dialog shown, as ux22's tests open it
POINTS = ("risk_weight_days", "risk_weight_overdue_share", "risk_weight_terms",
          "risk_weight_history", "risk_weight_capital")


@pytest.mark.parametrize(("language", "default"), [("en", "Default: 35"), ("zh_CN", "默认：35")])
def test_the_risk_points_show_as_their_default_does(qtbot, dialog, language: str, default: str):
    i18n.set_language(language)
    try:
        dialog.retranslate()
        dialog.tabs.setCurrentIndex(_tab(dialog, "risk_weight_days"))
        field = dialog.fields["risk_weight_days"]
        assert field.default.text().startswith(default)
        assert field.editor.text() == "35"
        assert [dialog.fields[k].editor.text() for k in POINTS] == ["35", "20", "15", "20", "10"]
        box = field.editor.lineEdit()
        box.selectAll()
        qtbot.keyClicks(box, "12.5")
        assert field.raw() == 12.5 and field.editor.text() == "12.5"
        assert dialog.fields["m_multiple"].editor.text() == "2"  # "2.00" beside "Default: 2"
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize(("language", "words"), [
    ("en", ("no customer can pass T", "FOB", "“T: judge trade terms”")),
    ("zh_CN", ("任何客户都无法通过 T", "FOB", "关闭“")),
])
def test_an_empty_list_of_accepted_incoterms_is_refused(qtbot, dialog, language: str, words):
    i18n.set_language(language)
    try:
        dialog.retranslate()
        dialog.tabs.setCurrentIndex(_tab(dialog, "t_accepted_incoterms"))
        dialog.fields["t_accepted_incoterms"].editor.clear()
        error = dialog.findChild(QLabel, "t_accepted_incoterms__error")
        assert error.isVisible() and all(w in error.text() for w in words), error.text()
        assert not dialog.save_button.isEnabled()
        qtbot.keyClicks(dialog.fields["t_accepted_incoterms"].editor, "FOB")
        assert not error.isVisible() and dialog.save_button.isEnabled()
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize(("language", "words"), [
    ("en", ("Receipts cannot be booked to 2099-01-01", "a day still to come")),
    ("zh_CN", ("收款不可能登记到尚未到来的 2099-01-01", "今天是")),
])
def test_a_receipts_date_to_come_is_refused(qtbot, dialog, language: str, words):
    i18n.set_language(language)
    try:
        dialog.retranslate()
        dialog.tabs.setCurrentIndex(_tab(dialog, "receipts_date"))
        box = dialog.fields["receipts_date"].editor
        qtbot.keyClicks(box, "2099/01/01")
        error = dialog.findChild(QLabel, "receipts_date__error")
        assert error.isVisible() and all(w in error.text() for w in words), error.text()
        assert not dialog.save_button.isEnabled()
        box.clear()
        qtbot.keyClicks(box, date.today().isoformat())  # today is a day receipts are booked to
        assert not error.isVisible() and dialog.save_button.isEnabled()
    finally:
        i18n.set_language("en")


def test_the_command_line_refuses_them_too(db_path):
    conn = connect(db_path)
    try:
        tomorrow = (date.today() + timedelta(days=1)).isoformat()
        for key, value in (("receipts_date", tomorrow), ("t_accepted_incoterms", ""),
                           ("t_accepted_incoterms", " , ")):
            with pytest.raises(Refusal):
                settings_store.put(conn, key, value)
        assert settings_store.put(conn, "t_neutral_incoterms", "") == []  # no service terms: fine
        assert settings_store.put(conn, "receipts_date", "") == ""
    finally:
        conn.close()


def test_stored_values_at_odds_are_named_in_the_notes(tmp_path):
    """A receipts date after the as-of date looked back to, and an empty accepted list stored
    before the check: the analysis says what each does to the figures."""
    ledger = write_xlsx(tmp_path / "台账.xlsx", {"2025": titled([HEADER, row(
        "A-1", "Acme", "2025-03-01", 5_000, terms=OA30, ship="2025-03-05", due="2025-04-04",
        got=5_000, got_on="2025-04-01")])})
    import_files(tmp_path / "firm.sqlite", [ledger])
    conn = connect(tmp_path / "firm.sqlite")
    try:
        settings_store.put(conn, "receipts_date", "2025-04-30")
        conn.execute("INSERT OR REPLACE INTO settings(key, value) "
                     "VALUES ('t_accepted_incoterms', '[]')")
        conn.commit()
        found = analyse(conn, date(2025, 3, 31))
        later = analyse(conn, date(2025, 4, 30))
    finally:
        conn.close()
    codes = {n.code: n.text for n in found.notes}
    assert codes["receipts_after_as_of"] == (
        "Receipts are booked to 2025-04-30 (a setting), after the as-of date: only those "
        "received up to 2025-03-31 count, and days overdue are counted to 2025-03-31.")
    assert "no customer passes T" in codes["no_accepted_incoterms"]
    assert "receipts_after_as_of" not in {n.code for n in later.notes}
