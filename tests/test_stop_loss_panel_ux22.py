"""A black-listed customer's panel names the currency of the limit it broke, as it names the
currency of the amount that broke it.

Before, the owner read "an average order of 5,000 USD, under 20,000" and "80,000 USD overdue …
above the limit of 50,000": 20,000 what? The thresholds are set in USD and converted to the
firm's currency, so a firm counting in CNY could not tell which the figure was in."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import titled, write_xlsx
from PySide6.QtCore import Qt
from test_lists_by_hand import HEADER, OA30, row
from test_main_window import open_window, visible_customers

from core import i18n
from core.ledger.importer import import_files

ROWS = [
    # small orders, long overdue: the article's rule (over 60 days, average under 20,000)
    row("SL-1", "Small Late Co", "2025-05-01", 5_000, terms=OA30, ship="2025-05-10",
        due="2025-06-09"),
    row("SL-2", "Small Late Co", "2025-06-01", 5_000, terms=OA30, ship="2025-06-10",
        due="2025-07-10"),
    # big orders: spared by the rule, caught by the exposure above 50,000
    row("BL-1", "Big Late Co", "2025-09-01", 40_000, terms=OA30, ship="2025-09-10",
        due="2025-10-10"),
    row("BL-2", "Big Late Co", "2025-09-15", 40_000, terms=OA30, ship="2025-09-20",
        due="2025-10-20"),
    # big orders, one long overdue, the exposure under the limit: watched, not black
    row("BW-1", "Big Watch Co", "2025-06-01", 30_000, terms=OA30, ship="2025-06-10",
        due="2025-07-10"),
    row("BW-2", "Big Watch Co", "2025-12-01", 30_000, terms=OA30, ship="2025-12-10",
        due="2026-01-09"),
    row("AN-1", "Anchor", "2025-12-01", 5_000, terms=OA30, ship="2025-12-02", due="2025-12-31",
        got=5_000, got_on="2025-12-31"),
]


def list_text(qtbot, window, search: str) -> str:
    window.search.setText(search)
    assert len(visible_customers(window)) == 1
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.table.visualRect(window.proxy.index(0, 1)).center())
    return window.panel.list_text.text()


@pytest.mark.parametrize(("language", "rule", "exposure"), [
    ("en", "an average order of 5,000 USD, under 20,000 USD",
     "overdue more than 30 days net of deposits held, above the limit of 50,000 USD"),
    ("zh_CN", "平均订单 5,000 USD，低于 20,000 USD", "超过上限 50,000 USD"),
])
def test_the_panel_says_the_limits_currency(qtbot, tmp_path: Path, language: str, rule: str,
                                            exposure: str):
    ledger = write_xlsx(tmp_path / "2025年台账.xlsx", {"2025": titled([HEADER, *ROWS])})
    [result] = import_files(tmp_path / "firm.sqlite", [ledger])
    assert result.status == "imported", result.message
    i18n.set_language(language)
    try:
        window = open_window(qtbot, tmp_path / "firm.sqlite")
        assert rule in list_text(qtbot, window, "small late")
        assert exposure in list_text(qtbot, window, "big late")
    finally:
        i18n.set_language("en")


def test_the_tier_card_points_to_the_reason_instead_of_repeating_it(qtbot, tmp_path: Path):
    """Before, the tier card ended with "Service plan, referral invitation and upgrade
    suspended while on the black list: " and the whole stop-loss reason, which the list card
    right below says again: four lines read twice on a strategic customer."""
    ledger = write_xlsx(tmp_path / "2025年台账.xlsx", {"2025": titled([HEADER, *ROWS])})
    import_files(tmp_path / "firm.sqlite", [ledger])
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    reason = list_text(qtbot, window, "big late").splitlines()[0]
    tier = window.panel.tier_text.text()
    assert "above the limit" not in tier and "50,000" not in tier
    assert "above the limit of 50,000" in reason
    assert ("suspended while on the black list (why: “Stop-loss list and action” below)"
            in tier)
    assert not window.panel.list_card.isHidden()
    assert window.panel.list_card.title.text() == "Stop-loss list and action"


def test_a_watched_customer_past_the_stop_loss_days_says_why_it_is_not_black(qtbot,
                                                                             tmp_path: Path):
    """Before, "Watch list: BW-1: 30,000 USD open, 174 days past due (watch from 30)" left the
    owner asking why a customer 174 days late was not on the black list; the panel now gives
    the two numbers that spare it, each beside its limit."""
    ledger = write_xlsx(tmp_path / "2025年台账.xlsx", {"2025": titled([HEADER, *ROWS])})
    import_files(tmp_path / "firm.sqlite", [ledger])
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    lines = list_text(qtbot, window, "big watch").splitlines()
    assert lines[0].startswith("Watch list: BW-1: 30,000 USD open, 174 days past due")
    assert lines[1] == ("Not on the black list, though 174 days past due: its average order of "
                        "30,000 USD is not under 20,000 USD, and 30,000 USD overdue more than "
                        "30 days is under the 50,000 USD limit")
    assert not any("Not on the black list" in line
                   for line in list_text(qtbot, window, "big late").splitlines())
    i18n.set_language("zh_CN")
    try:
        window.retranslate()
        assert list_text(qtbot, window, "big watch").splitlines()[1] == (
            "虽已逾期 174 天，但未列入黑名单：平均订单 30,000 USD，不低于 20,000 USD；"
            "逾期超过 30 天的款项 30,000 USD，未超过上限 50,000 USD")
    finally:
        i18n.set_language("en")
