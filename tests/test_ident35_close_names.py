""""Possibly the same customer" weighs who the buyer is, not its city or legal form (ident35).

Before: 宁波艾克美贸易有限公司 and 艾克美贸易 scored 0.83 letter for letter (the city 宁波 in one
only) and "Gulf Trading Est." and "Gulf Trading" 0.86 (a Gulf establishment's legal form): one
buyer each, never pointed out, its payments apart from its invoices. "Nova Trading" and "Nora
Trading" scored 0.92 and were pointed out: two buyers, one letter apart in the one word that
tells them apart. Now a known city or province before the name and a legal form are left out
before comparing, and the telling words (the name without its trade: Trading, 贸易) must be
close too, a short one alike letter for letter.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx

from core import similarity
from core.ledger.importer import import_files

CLOSE = [
    ("宁波艾克美贸易有限公司", "艾克美贸易"),
    ("宁波市艾克美贸易有限公司", "艾克美贸易有限公司"),
    ("浙江义乌华美进出口有限公司", "华美进出口"),
    ("Gulf Trading Est.", "Gulf Trading"),
    ("Gulf Trading Establishment", "Gulf Trading L.L.C."),
    ("Al Noor Trading FZE", "Al Noor Trading"),
    ("Ningbo Aikemei Trading Co., Ltd", "Aikemei Trading"),
    ("Veneta Forniture S.p.A.", "Veneta Furniture S.p.A."),
    ("ACME Trading", "Acme Trading Co., Ltd"),
    ("Bright Star Homeware", "Bright Stars Homeware"),
    # fix35g: a short word's slip of typing is one buyer (b082c10 said so, ident35 no longer)
    ("Happy Home Trading LLC", "Hapy Home Trading LLC"),  # a letter doubled or not
    ("Sino Trade Co., Ltd", "Sinno Trade Co., Ltd"),
    ("Bella Vista Comercio Ltda", "Bela Vista Comercio Ltda"),
    ("Sino", "Sinno"),  # a name of one word, no word shared to weigh it by
    ("Mega Home Furnishing", "Mgea Home Furnishing"),  # two letters swapped
    ("Al Noor Trading FZE", "Al Nour Trading FZE"),  # a long vowel spelled otherwise
    # fix35g: a province before its city is that city
    ("浙江宁波艾克美贸易有限公司", "宁波艾克美贸易有限公司"),
    ("浙江义乌华美进出口有限公司", "义乌华美进出口有限公司"),
    ("广东省深圳市华美电子科技有限公司", "深圳市华美电子科技有限公司"),
    ("Zhejiang Ningbo Aikemei Trading Co., Ltd", "Ningbo Aikemei Trading Co., Ltd"),
    ("Hong Kong Aikemei Trading Ltd", "Aikemei Trading Ltd"),
]
APART = [
    ("Nova Trading", "Nora Trading"),
    ("Nova Home Furnishing", "Nora Home Furnishing"),
    ("Kingsway Trading PLC", "Kingsway Home Retail PLC"),
    ("Saigon Trading Co., Ltd", "Saigon Import Export Co., Ltd"),
    ("宁波艾克美贸易有限公司", "深圳艾克美贸易有限公司"),  # two cities: two firms
    ("上海贸易有限公司", "北京贸易有限公司"),
    ("Alpha Trading", "Beta Imports"),
    ("Dubai Trading", "Trading"),
    # fix35g: a letter put for another in a short word is another word, typed right
    ("Sun Trading", "Sin Trading"),
    ("Nova", "Nora"),
    ("Mega Home Furnishing", "Mesa Home Furnishing"),
    # fix35g: two cities' firms of one name, the province written or not
    ("义乌华美进出口有限公司", "宁波华美进出口有限公司"),
    ("浙江义乌华美进出口有限公司", "浙江宁波华美进出口有限公司"),
    ("浙江义乌华美进出口有限公司", "宁波华美进出口有限公司"),
    ("Zhejiang Yiwu Huamei Trading", "Ningbo Huamei Trading"),
    # fix35g: a name of a city and a trade names no buyer of that city (was close)
    ("Shanghai Trading Co., Ltd", "Trading Co., Ltd"),
    ("上海贸易有限公司", "贸易有限公司"),
]


@pytest.mark.parametrize(("a", "b"), CLOSE)
def test_one_buyer_typed_otherwise_is_close_both_ways(a: str, b: str) -> None:
    assert similarity.close(a, b) and similarity.close(b, a)
    assert similarity.close_pairs([a], [b, "Quito Flores"]) == [(a, b)]
    assert similarity.close_pairs([b], ["Quito Flores", a]) == [(b, a)]


@pytest.mark.parametrize(("a", "b"), APART)
def test_two_buyers_are_not_close_either_way(a: str, b: str) -> None:
    assert not similarity.close(a, b) and not similarity.close(b, a)
    assert similarity.close_pairs([a], [b]) == similarity.close_pairs([b], [a]) == []


def test_the_merge_score_does_not_move() -> None:
    """The import's alike (rows sharing an order number, moves) keeps its scores."""
    assert similarity.similarity("宁波艾克美贸易有限公司", "艾克美贸易") == 0.9
    assert similarity.similarity("Nova Trading", "Nora Trading") == 0.3375
    assert similarity.similarity("Gulf Trading Est.", "Gulf Trading") == 0.9


HEADER = ["客户名称", "订单号", "下单日期", "产品", "金额", "币种"]


def test_the_import_says_it(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    first = write_xlsx(tmp_path / "jan.xlsx", {"2025": [
        HEADER, ["宁波艾克美贸易有限公司", "A-1", "2025-01-05", "pump", 1_000, "USD"],
        ["Gulf Trading Est.", "G-1", "2025-01-06", "pump", 2_000, "USD"],
        ["Nova Home Furnishing", "N-1", "2025-01-07", "pump", 3_000, "USD"]]})
    second = write_xlsx(tmp_path / "feb.xlsx", {"2025": [
        HEADER, ["艾克美贸易", "A-2", "2025-02-05", "pump", 1_000, "USD"],
        ["Gulf Trading", "G-2", "2025-02-06", "pump", 2_000, "USD"],
        ["Nora Home Furnishing", "N-2", "2025-02-07", "pump", 3_000, "USD"]]})
    import_files(db, [first])
    [result] = import_files(db, [second])
    said = [str(w) for w in result.warnings if w.code == "customer_alike_new"]
    # before: only «Nora Home Furnishing» (new) and «Nova Home Furnishing»
    assert said == [
        "Possibly the same customer: «艾克美贸易» (new) and «宁波艾克美贸易有限公司» — merge "
        "them in Customers if so.",
        "Possibly the same customer: «Gulf Trading» (new) and «Gulf Trading Est.» — merge "
        "them in Customers if so."]


def test_the_import_points_out_a_slip_and_a_province(tmp_path: Path) -> None:
    """fix35g: «Hapy Home Trading LLC» and «浙江宁波艾克美贸易有限公司» (new) were said to be
    no one known: a letter of a short word typed twice or once counted as another buyer, and
    浙江宁波 as a place other than 宁波."""
    db = tmp_path / "db.sqlite"
    import_files(db, [write_xlsx(tmp_path / "jan.xlsx", {"2025": [
        HEADER, ["Happy Home Trading LLC", "H-1", "2025-01-05", "pump", 1_000, "USD"],
        ["宁波艾克美贸易有限公司", "A-1", "2025-01-06", "pump", 2_000, "USD"],
        ["Nova Home Furnishing", "N-1", "2025-01-07", "pump", 3_000, "USD"]]})])
    [result] = import_files(db, [write_xlsx(tmp_path / "feb.xlsx", {"2025": [
        HEADER, ["Hapy Home Trading LLC", "H-2", "2025-02-05", "pump", 1_000, "USD"],
        ["浙江宁波艾克美贸易有限公司", "A-2", "2025-02-06", "pump", 2_000, "USD"],
        ["Nora Home Furnishing", "N-2", "2025-02-07", "pump", 3_000, "USD"]]})])
    assert [str(w) for w in result.warnings if w.code == "customer_alike_new"] == [
        "Possibly the same customer: «Hapy Home Trading LLC» (new) and «Happy Home Trading "
        "LLC» — merge them in Customers if so.",
        "Possibly the same customer: «浙江宁波艾克美贸易有限公司» (new) and "
        "«宁波艾克美贸易有限公司» — merge them in Customers if so."]
