"""list43b: the country table (core.countries) knows every country a Chinese exporter sells to.

The audit of a firm's year (list43) found the English lists printing 突尼斯 and 拉脱维亚 for
Tunisia and Latvia: the table held 73 Chinese names of 69 places. It holds every member of
the United Nations now, with the spellings a clerk types (刚果（金）, 阿拉伯联合酋长国, 澳洲).
The same table tells a subsidiary's bracket from an agent's end customer: "Acme (Tunisia)
SARL" beside "Acme (Latvia) SIA" drew a note to merge them as one agent's end customers.
Each test writes its ledger with openpyxl and imports and exports it through main.py.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from account_cli import cli
from ledgers import write_xlsx
from test_actions import table
from test_fix38b_bracket_subsidiaries import _bracketed

from core import i18n
from core.actions.ledger_words import country_text
from core.bracket_words import LATIN_GROUP_PLACES, REGIONS
from core.cli.main import run
from core.countries import COUNTRIES, LATIN_COUNTRY_NAMES, latin_form, parse_table

HEADER = ["订单号", "客户名称", "国家", "下单日期", "出货日期", "金额", "币种", "付款方式",
          "实收金额", "收款日期"]
# the country cell as the clerk typed it: the English an English list prints
TYPED = {
    "Tunis Bazaar SARL": ("突尼斯", "Tunisia"), "Riga Nams SIA": ("拉脱维亚", "Latvia"),
    "Kinshasa Lux SARL": ("刚果（金）", "DR Congo"), "Abidjan Co": ("科特迪瓦", "Côte d'Ivoire"),
    "Almaty Trade LLP": ("哈 萨 克 斯 坦", "Kazakhstan"),
    "Dubai Glow LLC": ("阿拉伯联合酋长国", "UAE"),
    "Sydney Lamp Pty": ("澳洲", "Australia"), "Lima Luz SAC": ("秘鲁", "Peru"),
    "Acme (Tunisia) SARL": ("突尼斯", "Tunisia"), "Acme (Latvia) SIA": ("拉脱维亚", "Latvia"),
    "Mars Trading": ("火星共和国", "火星共和国")}


def test_the_english_restructuring_list_names_each_country_in_english(tmp_path: Path):
    """Before: "突尼斯", "拉脱维亚", "刚果（金）" … in the Country column of an English list."""
    rows = [[f"X-{n}", name, typed, date(2025, 3, n), date(2025, 3, 20), 5_000 * n, "USD",
             "T/T in advance", 5_000 * n, date(2025, 3, 25)]
            for n, (name, (typed, _)) in enumerate(TYPED.items(), 1)]
    book = write_xlsx(tmp_path / "台账.xlsx", {"台账": [HEADER, *rows]})
    db = tmp_path / "firm.sqlite"
    cli("import", "--db", str(db), str(book))
    target = tmp_path / "restructuring.xlsx"
    cli("export", "--db", str(db), "--as-of", "2025-12-31", "-o", str(target), "restructuring")
    workbook = openpyxl.load_workbook(target)
    printed = {str(r["Customer"]): r["Country"] for ws in workbook.worksheets[1:5]
               for r in table(ws)}
    # a country no table knows stays as written
    assert printed == {name: english for name, (_, english) in TYPED.items()}


def test_every_un_member_has_its_english_name():
    """193 members and 16 territories; each Chinese name prints in Latin letters in English."""
    assert len(set(COUNTRIES.values())) == 209
    for required in ("Tunisia", "Latvia", "Lithuania", "Estonia", "Serbia", "Lebanon",
                     "Uzbekistan", "Myanmar", "Fiji", "Angola", "Uruguay", "Jamaica"):
        assert required in COUNTRIES.values()
    i18n.set_language("en")
    for chinese, english in COUNTRIES.items():
        assert country_text(chinese) == english, chinese
        assert all(not "\u3400" <= ch <= "\u9fff" for ch in english), english


@pytest.mark.parametrize("names", [
    ["Acme (Tunisia) SARL", "Acme (Latvia) SARL"],
    ["华美（突尼斯）", "华美（拉脱维亚）", "华美（哈萨克斯坦）", "华美"],
    ["Apex (Kazakhstan)", "Apex (Côte d'Ivoire)", "Apex (Ivory Coast)", "Apex (Türkiye)"],
])
def test_a_new_country_in_brackets_is_a_subsidiary(tmp_path: Path, names: list[str]):
    """Before: one "differ only in brackets (an agent's end customers?)" note a pair."""
    assert _bracketed(tmp_path, names) == []


def test_an_end_customer_beside_a_country_is_still_pointed_out(tmp_path: Path):
    [said] = _bracketed(tmp_path, ["ABC Agency (for Lidl)", "ABC Agency (Latvia Aldi)"])
    assert "Lidl" in said and "Latvia Aldi" in said


# fx43e: the code review's findings on the table and its reading of brackets


@pytest.mark.parametrize("names", [
    ["ABC Agency (Chad)", "ABC Agency"], ["ABC Agency (Chad)", "ABC Agency (Lidl)"],
    ["ABC Agency (Georgia)", "ABC Agency"], ["ABC Agency (Jordan)", "ABC Agency (Lidl)"],
])
def test_a_first_name_that_is_a_country_is_an_end_customer(tmp_path: Path, names: list[str]):
    """Before (list43b): no note; at 42991eb2, as now, one "differ only in brackets" note. The
    English lists still print Chad for 乍得."""
    [said] = _bracketed(tmp_path, names)
    assert names[0] in said and names[1] in said
    i18n.set_language("en")
    assert [country_text(c) for c in ("乍得", "格鲁吉亚", "约旦")] == ["Chad", "Georgia", "Jordan"]


@pytest.mark.parametrize("bracketed", ["华美（中非贸易）", "华美（黑山羊）", "华美（丹麦风）"])
def test_a_chinese_country_inside_a_bracket_s_words_is_no_subsidiary(tmp_path: Path,
                                                                      bracketed: str):
    """中非 (the Central African Republic), 黑山 (Montenegro), 丹麦 inside a brand: before, no
    note beside 华美; now one, as before list43b."""
    [said] = _bracketed(tmp_path, [bracketed, "华美"])
    assert bracketed in said


@pytest.mark.parametrize("names", [
    ["华美（中非）", "华美（黑山）", "华美（美国分公司）", "华美（德国办事处）", "华美"],
    ["Apex (Côte d’Ivoire)", "Apex (Trinidad & Tobago)", "Apex (Curacao)",
     "Apex (Sao Tome & Principe)", "Apex (Ivory Coast Branch)", "Apex (for Lidl)"],
])
def test_a_country_however_typed_is_still_a_subsidiary(tmp_path: Path, names: list[str]):
    """A Chinese country as the whole bracket or before a group word; an English one with a
    curly apostrophe, "&", without accents. Before: "Apex (Côte d’Ivoire)" and "Apex
    (Trinidad & Tobago)" each drew a note beside "Apex (for Lidl)"."""
    assert _bracketed(tmp_path, names) == []


def test_each_country_s_english_forms_are_in_one_place():
    """The regions' list holds no country's English (its three duplicates of the table's, cote
    d'ivoire, curacao, sao tome and principe, gone); each variant is matched as written."""
    assert not {latin_form(region) for region in REGIONS} & LATIN_COUNTRY_NAMES
    for variant in ("ivory coast", "cote d'ivoire", "curacao", "sao tome and principe",
                    "turkiye", "united kingdom", "drc"):
        assert variant in LATIN_GROUP_PLACES
    assert latin_form("Côte d’Ivoire") == latin_form("cote d'ivoire")
    assert latin_form("Trinidad & Tobago") == "trinidad and tobago"


def test_the_table_reads_a_typo_it_can_and_names_the_line_it_cannot():
    """Before: a blank line or "：" in the table raised ValueError at import (no app start)."""
    read, latin = parse_table("# Asia\n\nJapan： 日本\nSouth Korea / Korea: 韩国 南韩\n")
    assert read == {"日本": "Japan", "韩国": "South Korea", "南韩": "South Korea"}
    assert latin == {"japan": "Japan", "south korea": "South Korea", "korea": "South Korea"}
    for block, named in [("Japan 日本", "Japan 日本"), ("Japan:", "Japan:"),
                         (": 日本", ": 日本"), ("Japan: 日本\nNippon: 日本", "Nippon: 日本"),
                         ("Japan / Nippon: 日本\nNippon: 倭", "Nippon: 倭")]:
        with pytest.raises(ValueError, match=named):
            parse_table(block)


def test_a_missing_or_locked_file_is_named_once(tmp_path: Path):
    """Before: "nope.xlsx: REFUSED" over "/…/nope.xlsx does not exist.", "~$台账.xlsx: skipped"
    over "~$台账.xlsx is Excel's lock file …", in both languages."""
    lock = tmp_path / "~$台账.xlsx"
    lock.write_bytes(b"\x00" * 165)
    for language in ("en", "zh_CN"):
        out, err = io.StringIO(), io.StringIO()
        run(["--lang", language, "import", "--db", str(tmp_path / "firm.sqlite"),
             str(tmp_path / "nope.xlsx"), str(lock)], out, err)
        report = out.getvalue()
        assert report.count("nope.xlsx") == report.count("~$台账.xlsx") == 1, report
        assert str(tmp_path) in report  # where it was looked for
        assert err.getvalue().count("nope.xlsx") == 1, err.getvalue()
