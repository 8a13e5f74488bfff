"""fix39b (faults 6, 8 of rv39b): names an import points out as possibly one customer.

January's book sells to one name, February's to another: what February's import says
(test_note39_brackets._pointed_out). A hint costs the clerk a glance; a missed one costs a
buyer its money on the wrong account.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_note39_brackets import _pointed_out
from test_stop38_renamed_note import HEADER, _import

from core.ledger.renamed_notes import named_in


@pytest.mark.parametrize(("old", "new"), [
    ("义乌诚信贸易", "义乌诚信贸易（沃尔玛）"), ("华美家居", "华美家居（沃尔玛）"),
    ("华美家居（沃尔玛）", "华美家居"), ("华美", "华美（家居）")])
def test_a_chinese_bracket_beside_the_bare_name_is_pointed_out(tmp_path: Path, old, new):
    """Before (fault 6): nothing said, the bracket read as the buyer's brand. Now, as before
    note39: "Possibly one customer … differ only in brackets (an agent's end customers?)"."""
    [said] = _pointed_out(tmp_path, old, new)
    assert "differ only in brackets" in said and f"«{new}»" in said and f"«{old}»" in said


@pytest.mark.parametrize(("old", "new"), [
    ("Apex Ltd", "Apex (HK) Ltd"), ("ABC Trading Co., Ltd", "ABC Trading (HK) Co., Ltd"),
    ("华美有限公司", "华美（香港）有限公司")])
def test_a_territory_bracket_beside_the_bare_name_is_pointed_out(tmp_path: Path, old, new):
    """Before (fault 6): nothing said, the bracket read as a subsidiary's. Now, as before
    note39: "Possibly the same customer: «Apex (HK) Ltd» (new) and «Apex Ltd»"."""
    [said] = _pointed_out(tmp_path, old, new)
    assert f"«{new}» (new) and «{old}»" in said


@pytest.mark.parametrize(("old", "new"), [
    ("Apex (UK) Ltd", "Apex (Europe) Ltd"), ("Store (Branch 1)", "Store (Branch 2)"),
    ("华美（灯饰）", "华美（家居）"), ("Bella Casa (Store 1)", "Bella Casa (Store 2)")])
def test_two_different_brackets_stay_apart(tmp_path: Path, old, new):
    """Two regions, two numbered outlets, two brands: nothing said, as note39 left them."""
    assert _pointed_out(tmp_path, old, new) == []


def _renamed(tmp_path: Path, old: str, new: str, note: str) -> list[str]:
    """January sells to `old`; February to `new`, its row noted `note`: what February says."""
    db = tmp_path / "firm.sqlite"
    books = [write_xlsx(tmp_path / f"{month}.xlsx", {f"{month}月": [
        HEADER, [f"N{month}", name, date(2026, month, 3), date(2026, month, 9), 5_000, "USD",
                 "OA 30 days", None, None, row_note]]})
        for month, name, row_note in ((1, old, None), (2, new, note))]
    _import(db, books[:1])
    return [str(w["text"]) for w in _import(db, books[1:]) if w["code"] == "customer_renamed_note"]


@pytest.mark.parametrize(("old", "new", "note"), [
    ("华美贸易有限公司", "华美家居有限公司", "原名华美贸易有限公司 已付30%定金"),
    ("Sunrise Trading LLC", "Sunrise Home LLC",
     "formerly known as Sunrise Trading LLC since Jan 2024"),
    ("Sunrise Trading LLC", "Sunrise Home LLC", "formerly Sunrise Trading LLC till March")])
def test_a_rename_note_s_name_ends_before_chinese_text_or_a_month(tmp_path: Path, old, new,
                                                                   note):
    """Before (fault 8): the name read on into " 已付30%定金" or " since Jan 2024", no customer's:
    nothing said. Now "Possibly the same customer … the note … says the buyer changed its
    name"."""
    [said] = _renamed(tmp_path, old, new, note)
    assert f"«{new}» and «{old}»" in said and "note" in said


def test_a_name_s_own_words_are_kept():
    """A month-like word inside a name (Mayflower, Marseille) and " in " before no month are
    the name's."""
    assert named_in("formerly Mayflower Trading") == ["Mayflower Trading"]
    assert named_in("原名 Sunrise Trading，2025年更名 Sunrise Home") == [
        "Sunrise Trading", "Sunrise Home"]
