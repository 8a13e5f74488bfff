"""A bracket of a country and a city or state of it is a place (win44): 华美（美国纽约） beside 华美
drew "differ only in brackets (an agent's end customers?)", where 华美（美国） draws none; the big
trading cities are a short table beside the country table (core.cities), each under its
country. A city counts only beside its own country, after it or in English before it ("Apex
(Dubai, UAE)", fx44w): 华美（汉堡） may be a brand (汉堡, a hamburger), 华美（美国沃尔玛） and
华美（美国迪拜） are still end customers. 华美（黑山）, Montenegro as the whole bracket, reads
as 华美（美国） does. India, Israel and Kenya stay countries: "Apex (India) Pvt Ltd" is a
registered subsidiary far more often than an agent's end customer of that first name (Chad,
Georgia, Jordan are not: fx43e).
Each ledger is written by openpyxl and imported by main.py (test_fix38b's _bracketed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix38b_bracket_subsidiaries import _bracketed

from core import i18n
from core.cities import CITIES, CITIES_OF, LATIN_CITIES, TABLE_NAME
from core.countries import COUNTRIES, LATIN_COUNTRY_NAMES, parse_table


@pytest.mark.parametrize("names", [
    ["华美（美国纽约）", "华美"], ["华美（阿联酋迪拜）", "华美"],
    ["华美（美国·加州）", "华美"], ["华美（德国汉堡分公司）", "华美"],
    ["Apex (UAE Dubai)", "Apex (for Lidl)"],
    ["Apex (USA New York)", "Apex"], ["Apex (UAE, Dubai)", "Apex"],
    ["Apex (Germany - Hamburg)", "Apex (for Lidl)"], ["Apex (Netherlands Rotterdam)", "Apex"],
])
def test_a_country_and_its_city_are_a_subsidiary_s_place(tmp_path: Path, names: list[str]):
    """Before (0595c15c): one note a pair (华美（美国纽约） or 华美（阿联酋迪拜） beside 华美,
    "Apex (UAE Dubai)" beside "Apex (for Lidl)", "Apex (USA New York)" beside "Apex")."""
    assert _bracketed(tmp_path, names) == []


@pytest.mark.parametrize("names", [
    ["Apex (Dubai, UAE)", "Apex"], ["Apex (New York, USA)", "Apex (for Lidl)"],
    ["Apex (Hamburg Germany)", "Apex"], ["Apex (USA NY)", "Apex"], ["Apex (NY, USA)", "Apex"],
    # and Chinese may too: before (lead45), 华美（迪拜阿联酋） beside 华美 drew a note
    ["华美（迪拜阿联酋）", "华美"], ["华美（纽约·美国）", "华美"],
    ["华美（汉堡德国分公司）", "华美"],
])
def test_a_city_then_its_country_is_a_subsidiary_s_place_too(tmp_path: Path,
                                                             names: list[str]):
    """English writes the city first: before (fx44w), one note a pair, and NY no city; a
    Chinese clerk sometimes does too (lead45)."""
    assert _bracketed(tmp_path, names) == []


@pytest.mark.parametrize("names", [
    ["华美（汉堡）", "华美"], ["华美（美国沃尔玛）", "华美"], ["华美（美国纽约沃尔玛）", "华美"],
    ["Apex (USA Walmart)", "Apex"], ["Apex (New York)", "Apex"],
    # a city of another country: before (fx44w), any listed city after any country was silent
    ["华美（美国迪拜）", "华美"], ["华美（德国纽约）", "华美"], ["Apex (USA Dubai)", "Apex"],
    # nor before another country, NY a city of the USA alone
    ["Apex (Dubai, USA)", "Apex"], ["Apex (Germany NY)", "Apex"],
    ["华美（迪拜美国）", "华美"], ["华美（沃尔玛美国）", "华美"],
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
    """No city is a country's name in either language (a city counts only beside one), and
    each is under a country of the country table (a typo there: no city of that country)."""
    assert {"纽约", "洛杉矶", "迪拜", "汉堡", "鹿特丹"} <= set(CITIES)
    assert {"new york", "los angeles", "dubai", "hamburg", "rotterdam"} <= LATIN_CITIES
    assert not set(CITIES) & set(COUNTRIES) and not LATIN_CITIES & LATIN_COUNTRY_NAMES
    assert set(CITIES_OF) <= set(COUNTRIES.values())  # each under a country of that table
    assert CITIES_OF["UAE"][0] == {"迪拜": "Dubai", "阿布扎比": "Abu Dhabi"}


@pytest.mark.parametrize(("language", "said"), [("en", "city table: ny listed twice"),
                                                ("zh_CN", "城市表：ny 重复")])
def test_a_typo_in_the_city_table_names_the_city_table(language: str, said: str):
    """Before: "country table: …" for a typo in core.cities' table, in English alone."""
    i18n.set_language(language)
    with pytest.raises(ValueError, match=said) as raised:
        parse_table("New York / NY: 纽约\nNY: 纽约州", TABLE_NAME)
    assert "NY: 纽约州" in str(raised.value)
    with pytest.raises(ValueError, match=said.split(":")[0].split("：")[0]):
        parse_table("Dubai 迪拜", TABLE_NAME)
