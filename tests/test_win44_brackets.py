"""A bracket of a country and a city or state of it is a place (win44): 华美（美国纽约） beside 华美
drew "differ only in brackets (an agent's end customers?)", where 华美（美国） draws none; the big
trading cities are a short table beside the country table (core.cities). A city counts only
after its country: 华美（汉堡） may be a brand (汉堡, a hamburger), 华美（美国沃尔玛） is still an
end customer. 华美（黑山）, Montenegro as the whole bracket, reads as 华美（美国） does. India,
Israel and Kenya stay countries: "Apex (India) Pvt Ltd" is a registered subsidiary far more
often than an agent's end customer of that first name (Chad, Georgia, Jordan are not: fx43e).
Each ledger is written by openpyxl and imported by main.py (test_fix38b's _bracketed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix38b_bracket_subsidiaries import _bracketed

from core.cities import CITIES, LATIN_CITIES
from core.countries import COUNTRIES, LATIN_COUNTRY_NAMES


@pytest.mark.parametrize("names", [
    ["华美（美国纽约）", "华美"], ["华美（美国纽约）", "华美（美国）"],
    ["华美（美国·加州）", "华美"], ["华美（德国汉堡分公司）", "华美"],
    ["华美（阿联酋迪拜）", "华美（代沃尔玛）"],
    ["Apex (USA New York)", "Apex"], ["Apex (UAE, Dubai)", "Apex"],
    ["Apex (Germany - Hamburg)", "Apex (for Lidl)"], ["Apex (Netherlands Rotterdam)", "Apex"],
])
def test_a_country_and_its_city_are_a_subsidiary_s_place(tmp_path: Path, names: list[str]):
    """Before: one note a pair (华美（美国纽约） beside 华美 or 华美（美国）; "Apex (USA New York)"
    beside "Apex")."""
    assert _bracketed(tmp_path, names) == []


@pytest.mark.parametrize("names", [
    ["华美（汉堡）", "华美"], ["华美（美国沃尔玛）", "华美"], ["华美（美国纽约沃尔玛）", "华美"],
    ["Apex (USA Walmart)", "Apex"], ["Apex (New York)", "Apex"],
])
def test_a_city_alone_or_an_end_customer_after_a_country_is_still_pointed_out(
        tmp_path: Path, names: list[str]):
    [said] = _bracketed(tmp_path, names)
    assert names[0] in said and names[1] in said


@pytest.mark.parametrize("bracket", ["黑山", "美国"])
def test_montenegro_as_the_whole_bracket_reads_as_the_usa_does(tmp_path: Path, bracket: str):
    """Beside the bare name, an end customer and another country: no note for either; the end
    customer's own note beside the bare name stays."""
    names = [f"华美（{bracket}）", "华美", "华美（代沃尔玛）", "华美（英国）"]
    [said] = _bracketed(tmp_path, names)
    assert "华美（代沃尔玛）" in said and f"（{bracket}）" not in said


@pytest.mark.parametrize("other", ["Apex Ltd", "Apex (for Lidl) Ltd"])
@pytest.mark.parametrize("country", ["India", "Israel", "Kenya"])
def test_india_israel_and_kenya_in_brackets_are_subsidiaries(tmp_path: Path, country: str,
                                                             other: str):
    assert _bracketed(tmp_path, [f"Apex ({country}) Ltd", other]) == []


def test_the_cities_are_one_table_beside_the_countries():
    """No city is a country's name in either language (a city counts only after one)."""
    assert {"纽约", "洛杉矶", "迪拜", "汉堡", "鹿特丹"} <= set(CITIES)
    assert {"new york", "los angeles", "dubai", "hamburg", "rotterdam"} <= LATIN_CITIES
    assert not set(CITIES) & set(COUNTRIES) and not LATIN_CITIES & LATIN_COUNTRY_NAMES
