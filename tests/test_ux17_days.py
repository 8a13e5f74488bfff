"""One day overdue reads "1 day", not "1 days": every message with a day count chooses its
English form by that count (NP_ naming the placeholder), and Chinese keeps its one form."""

from __future__ import annotations

import re
from dataclasses import replace

from test_lists_audit import at, books, by_name, due_days_ago, row

from build_scripts.messages import messages
from core import i18n
from core.actions import plans
from core.analysis.names import DAYS, Days
from core.analysis.notes import terms_assumed
from core.i18n import NP_, tr
from core.pofile import PLURAL
from core.rules import Rules

A_DAY_COUNT = re.compile(r"\{\w+(:[^}]*)?\} days\b")


def test_every_message_counting_days_has_a_one_day_form():
    singular_only = [m for m in messages() if A_DAY_COUNT.search(m) and PLURAL not in m]
    assert singular_only == []


def test_a_plural_message_can_be_chosen_by_a_placeholder_of_its_own_name():
    i18n.set_language("en")
    message = NP_("{files} file left", "{files} files left", by="files")
    assert [tr(message, files=n) for n in (1, 2)] == ["1 file left", "2 files left"]
    assert tr(plans.SALES_REASON_LATE, days=1) == "1 day past due"
    assert tr(DAYS, days=1.2) == "1 day" and tr(DAYS, days=1.6) == "2 days"
    assert f"{Days(1)}" == "1 day" and Days(1) == 1
    i18n.set_language("zh_CN")
    try:
        assert tr(plans.SALES_REASON_LATE, days=1) == "逾期 1 天"
        assert f"{Days(1)}" == "1 天"
    finally:
        i18n.set_language("en")


def test_a_customer_one_day_past_due_reads_one_day_in_both_languages(tmp_path):
    db = books(tmp_path, [row("L-1", "Late", 5_000, due_days_ago(1))])
    late = by_name(at(db))["Late"]
    assert late.max_days_overdue == 1
    i18n.set_language("en")
    texts = [m.text for m in late.reasons]
    assert any("the oldest 1 day past due" in t for t in texts), texts
    assert not any("1 days" in t for t in texts)
    i18n.set_language("zh_CN")
    try:
        assert any("最久的已逾期 1 天" in m.text for m in late.reasons)
    finally:
        i18n.set_language("en")


def test_a_one_day_default_credit_period_reads_one_day(tmp_path):
    """The note on assumed due dates follows the invoice count; its day count is said apart."""
    blank = row("B-1", "Blank", 5_000, due_days_ago(3))
    blank[4] = blank[6] = None  # no terms, no due date
    db = books(tmp_path, [blank])
    note = terms_assumed(at(db).customers, replace(Rules.defaults(), default_credit_days=1))
    assert note is not None
    i18n.set_language("en")
    assert "fall due 1 day after shipment" in note.text, note.text
    i18n.set_language("zh_CN")
    try:
        assert "出货后 1 天到期" in note.text, note.text
    finally:
        i18n.set_language("en")
