"""break35b: "possibly the same customer" (core.similarity.close) tried on firms' names."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx

from core import similarity
from core.ledger.importer import import_files

HEADER = ["客户名称", "订单号", "下单日期", "产品", "金额", "币种"]


@pytest.mark.parametrize(("a", "b"), [("Star Trading", "Stars Trading"),
                                      ("Sun Trading Co., Ltd", "Suns Trading"),
                                      ("Star Co., Ltd", "Stars Co., Ltd")])
def test_a_name_s_one_word_in_the_plural_is_close(a: str, b: str) -> None:
    """A one-word name typed in the plural: "Bright Stars Homeware" was pointed out beside
    "Bright Star Homeware", "Stars Trading" beside "Star Trading" never (its one telling word,
    "star", 0.89 letter for letter, and no word shared to weigh it by)."""
    assert similarity.close(a, b) and similarity.close(b, a)
    assert similarity.close_pairs([b], ["Quito Flores", a]) == [(b, a)]


@pytest.mark.parametrize(("a", "b"), [("Star Trading", "Start Trading"),
                                      ("Star Trading", "Stag Trading"),
                                      ("Paris Trading", "Pari Trading")])
def test_a_word_otherwise_than_in_the_plural_stays_apart(a: str, b: str) -> None:
    assert not similarity.close(a, b) and not similarity.close(b, a)


def test_the_import_points_the_plural_out(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    import_files(db, [write_xlsx(tmp_path / "jan.xlsx", {"2025": [
        HEADER, ["Star Trading", "S-1", "2025-01-05", "pump", 1_000, "USD"]]})])
    [result] = import_files(db, [write_xlsx(tmp_path / "feb.xlsx", {"2025": [
        HEADER, ["Stars Trading", "S-2", "2025-02-05", "pump", 1_000, "USD"]]})])
    assert [str(w) for w in result.warnings if w.code == "customer_alike_new"] == [
        "Possibly the same customer: «Stars Trading» (new) and «Star Trading» — merge them "
        "in Customers if so."]


# a territory in brackets beside the bare name ("ABC [HK] Ltd", "ABC Ltd") is a subsidiary
# since note39: tests/test_note39_brackets.py
@pytest.mark.parametrize(("a", "b"), [("XYZ Trading (Shenzhen) Co., Ltd", "XYZ Trading"),
                                      ("华美【香港】", "香港华美"),
                                      ("艾克美(宁波)贸易有限公司", "宁波艾克美贸易有限公司"),
                                      ("艾克美（宁波）贸易有限公司", "浙江宁波艾克美贸易有限公司"),
                                      ("Aikemei Trading (Ningbo) Co., Ltd",
                                       "Ningbo Aikemei Trading Co., Ltd")])
def test_a_place_in_brackets_is_the_name_s_place(a: str, b: str) -> None:
    """A firm's place written after its name in brackets, as its registration has it ("ABC
    (HK) Ltd", 华美（香港）有限公司), is its place as 香港华美's 香港 is: beside the name without
    a place, possibly the same customer (a city's; a territory's beside a name of no place is
    a subsidiary since note39). Before: "hk" and 香港 were telling words, never pointed out,
    where 香港华美 beside 华美 was."""
    assert similarity.close(a, b) and similarity.close(b, a)
    assert similarity.close_pairs([b], ["Quito Flores", a]) == [(b, a)]


@pytest.mark.parametrize(("a", "b"), [("ABC (HK) Ltd", "ABC (Shenzhen) Ltd"),
                                      ("华美（香港）有限公司", "华美（深圳）有限公司"),
                                      ("华美（香港）有限公司", "深圳华美有限公司"),
                                      ("Lima Trading (Peru)", "Lima Trading"),
                                      ("ABC (HK) Ltd", "ABD Ltd"),
                                      ("华美（义乌）进出口", "浙江宁波华美进出口")])
def test_two_places_in_brackets_are_two_firms(a: str, b: str) -> None:
    assert not similarity.close(a, b) and not similarity.close(b, a)
