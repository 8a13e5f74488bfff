"""The rules as one typed, frozen object: built from the registry, read back from the store."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import get_type_hints

import pytest

from core import settings, settings_store
from core.rules import FIELDS, Rules, load_rules
from core.store import connect

TYPE_OF_KIND = {"int": int, "float": float, "bool": bool, "list": tuple[str, ...],
                "date": date | None, "str": str, "choice": str, "rung": str}


def test_one_attribute_per_setting_typed_by_its_kind():
    assert set(settings.BY_KEY) == FIELDS
    hints = get_type_hints(Rules)
    assert {key: hints[key] for key in FIELDS} == {
        s.key: TYPE_OF_KIND[s.kind] for s in settings.SETTINGS}


def test_defaults_are_the_registry_s_as_typed_values():
    rules = Rules.defaults()
    assert rules.window_months == settings.BY_KEY["window_months"].default == 12
    assert rules.t_accepted_incoterms == ("FOB", "CIP")  # a list becomes a tuple
    assert rules.receipts_date is None  # "" in the registry: the latest receipt in the data
    assert rules.referral_commission_pct == 15.0  # the article's referral commission
    runtime = {"int": int, "float": float, "bool": bool, "list": tuple, "date": type(None),
               "str": str, "choice": str, "rung": str}
    for s in settings.SETTINGS:
        assert type(getattr(rules, s.key)) is runtime[s.kind], s.key


def test_rules_never_change_once_made():
    rules = Rules.defaults()
    with pytest.raises(dataclasses.FrozenInstanceError):
        rules.stop_loss_days = 90  # type: ignore[misc]


def test_stored_values_are_read_and_typed(db_path):
    conn = connect(db_path)
    settings_store.put(conn, "receipts_date", "2025-06-30")
    settings_store.put(conn, "t_neutral_incoterms", "ddp, dap")
    settings_store.put(conn, "window_months", "18")
    rules = load_rules(conn)
    conn.close()
    assert rules.receipts_date == date(2025, 6, 30)
    assert rules.t_neutral_incoterms == ("DDP", "DAP")
    assert rules.window_months == 18 and rules.project_window_months == 24


def test_what_several_places_derive():
    rules = Rules.from_values({"window_months": 6, "project_window_months": 30,
                               "stop_loss_days": 45, "stop_loss_days_dp": 10,
                               "strategic_share": 0.1, "core_share": 0.25,
                               "core_min_criteria": 1, "core_expected_rung": "dp"})
    assert (rules.window_for(False), rules.window_for(True)) == (6, 30)
    assert (rules.stop_loss_days_for("dp"), rules.stop_loss_days_for("oa"),
            rules.stop_loss_days_for(None)) == (10, 45, 45)
    assert rules.target_shares() == pytest.approx(
        {"strategic": 0.1, "core": 0.25, "long_tail": 0.65})
    assert [rules.min_criteria(t) for t in ("strategic", "core", "long_tail")] == [3, 1, 0]
    assert rules.expected_rung("core") == "dp"
    assert rules.expected_rung("strategic") == settings.BY_KEY["strategic_expected_rung"].default
    assert sum(rules.risk_weights().values()) == pytest.approx(100)


def test_a_setting_added_without_label_unit_or_page_still_works():
    bare = settings.Setting("new_rule", 3, "A rule another branch adds.", "int")
    assert (bare.label, bare.unit, bare.page) == ("new_rule", "", "other")
