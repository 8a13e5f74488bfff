"""Brackets that say a buyer's own outlet, subsidiary or brand, not one customer (note39).

A numbered store, branch, shop or warehouse (Store 2, 2号店, 一分店, 3号仓) is an outlet of its
own, paying its own invoices: not one agent's end customers. A bracket of Chinese alone after
a Chinese name (华美（家居）) is the buyer's brand, its name's own: decided so, it is no end
customer of one agent with 华美（灯饰）, and it is close to 华美家居 written without brackets.
fix39b (the lead's decision: a hint costs a glance, a missed one a buyer): a territory in
brackets beside the bare name ("Apex (HK) Ltd", "Apex Ltd") and a Chinese bracket beside the
bare name (华美 / 华美（家居）) are pointed out again (tests/test_fix39b_names.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_stop38_renamed_note import HEADER, _import

from core import similarity

NOTES = ("customer_bracketed", "customer_alike_new")


def _pointed_out(tmp_path: Path, old: str, new: str) -> list[str]:
    """January's book sells to `old`, February's to `new`: what February's import points out."""
    db = tmp_path / "firm.sqlite"
    books = []
    for month, name in ((1, old), (2, new)):
        books.append(write_xlsx(tmp_path / f"{month}.xlsx", {f"{month}月": [
            HEADER, [f"N{month}", name, date(2026, month, 3), date(2026, month, 9), 5_000,
                     "USD", "OA 30 days", None, None, None]]}))
    _import(db, books[:1])
    return [str(w["text"]) for w in _import(db, books[1:]) if w["code"] in NOTES]


@pytest.mark.parametrize(("old", "new"), [
    ("Bella Casa (Store 1)", "Bella Casa (Store 2)"),  # before: "an agent's end customers?"
    ("Bella Casa", "Bella Casa (Store 2)"),
    ("华美家居（1号店）", "华美家居（2号店）"),
    ("华美家居（一分店）", "华美家居（二分店）"),
    ("华美家居（门店1）", "华美家居（门店2）"),
    ("Casa Moda (Warehouse 2)", "Casa Moda (Warehouse 3)"),
    ("华美（3号仓）", "华美（5号仓）"),
    ("Store (Branch 1)", "Store (Branch 2)"),
    ("ABC (No. 1)", "ABC (No. 2)")])
def test_numbered_outlets_are_not_paired(tmp_path: Path, old: str, new: str) -> None:
    """Before: each pair (but the branches) was pointed out as "possibly one customer … an
    agent's end customers?". Now nothing is said."""
    assert _pointed_out(tmp_path, old, new) == []


@pytest.mark.parametrize(("a", "b"), [
    ("ABC [HK] Ltd", "ABC (HK) Ltd"), ("华美【香港】", "香港华美"),
    ("XYZ Trading (Shenzhen) Co., Ltd", "XYZ Trading"),  # a mainland city: the registration's
    ("艾克美（宁波）贸易有限公司", "浙江宁波艾克美贸易有限公司")])
def test_the_same_place_or_a_city_still_pairs(a: str, b: str) -> None:
    assert similarity.close(a, b) and similarity.close(b, a)


@pytest.mark.parametrize(("old", "new"), [("华美（灯饰）", "华美（家居）")])
def test_a_chinese_bracket_after_a_chinese_name_is_its_brand(tmp_path: Path, old: str, new: str
                                                              ) -> None:
    """Before: "Possibly one customer: «华美（家居）» and «华美（灯饰）» differ only in brackets (an
    agent's end customers?)". Now nothing: 家居 is the brand of a firm of its own. (华美 bare
    beside 华美（家居） is pointed out again since fix39b.)"""
    assert _pointed_out(tmp_path, old, new) == []


def test_the_brand_written_without_brackets_is_pointed_out(tmp_path: Path) -> None:
    """华美（家居） and 华美家居 are one name, typed with brackets and without. Before: nothing
    said, two customers. Now "possibly the same customer"."""
    [said] = _pointed_out(tmp_path, "华美家居", "华美（家居）")
    assert "«华美（家居）» (new) and «华美家居»" in said


@pytest.mark.parametrize(("old", "new"), [
    ("华美贸易", "华美贸易（代沃尔玛）"), ("ABC Agency", "ABC Agency (for Lidl)"),
    ("ABC Agency（Aldi）", "ABC Agency (Lidl)"), ("ABC Agency", "ABC Agency（沃尔玛）")])
def test_an_agents_end_customers_are_still_paired(tmp_path: Path, old: str, new: str) -> None:
    """After 代 / for, or in a Latin name's brackets, an end customer as before (stop38)."""
    [said] = _pointed_out(tmp_path, old, new)
    assert "an agent's end customers?" in said
