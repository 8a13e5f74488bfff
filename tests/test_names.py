"""One home for display words: every code has its words, in the form each place needs."""

from __future__ import annotations

import pytest

from core import i18n
from core.analysis import names


@pytest.fixture(autouse=True)
def _english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def test_every_code_has_its_words():
    assert set(names.GROUP_WORDS) == set(names.GROUPS)
    assert set(names.LIST_WORDS) == set(names.LISTS)
    assert set(names.BUCKET_NAMES) == set(names.BUCKETS)
    assert names.GROUPS[:3] == names.TIERS and set(names.KEY_TIERS) < set(names.TIERS)
    assert [names.GROUP_RANK[c] for c in names.GROUPS] == list(range(len(names.GROUPS)))


def test_a_name_in_a_sentence_and_the_same_name_as_a_heading():
    assert names.group_name("long_tail") == "long tail"
    assert names.group_heading("long_tail") == "Long tail"
    assert names.list_name("black") == "black list"
    assert names.list_heading("black") == "Black list"
    assert names.list_heading("black", sales=True) == "Supply on hold – to confirm"
    assert names.customer_label("long_tail") == "Long-tail customer"
    assert names.customer_label("martian") == "martian"  # unknown: shown as it is
    assert names.sheet_name("prospect") == "Prospects (value package)"
    assert names.bucket_name("d31_60") == "31–60 days"


def test_chinese_has_no_case_so_name_and_heading_agree():
    i18n.set_language("zh_CN")
    assert names.list_name("black") == names.list_heading("black") == "黑名单"
    assert names.group_heading("strategic") == names.group_name("strategic") == "战略"


def test_where_a_correction_puts_a_customer():
    assert names.pinned_template("black") == "the black list"
    assert names.pinned_template("long_tail") == "the long-tail tier"
    assert names.pinned_template("prospect") is None  # nobody is pinned to the prospects
    assert names.pinned_template("all") is None
