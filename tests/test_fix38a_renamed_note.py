"""A rename note read whatever its phrasing, and whichever book is imported first (fix38a).

The books of tests/test_stop38_renamed_note.py: January's Sunrise Trading LLC 10,000 invoice,
April's Sunrise Home LLC order with the note, and a 22,000 wire from Sunrise Home paying both.
Unnamed, Sunrise Trading stays 10,000 open, 139 days past due and black-listed.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from account_cli import cli, customers
from test_stop38_renamed_note import A, _books, _import

from core.cli.main import run
from core.ledger.renamed_notes import named_in


@pytest.mark.parametrize(("note", "names"), [
    ("formerly known as Sunrise Trading LLC", ["Sunrise Trading LLC"]),
    ("renamed from Sunrise Trading LLC", ["Sunrise Trading LLC"]),
    ("原名称 Sunrise Trading", ["Sunrise Trading"]),
    ("Previously Sunrise Trading", ["Sunrise Trading"]),
    ("name changed from Sunrise Trading to Sunrise Home", ["Sunrise Trading", "Sunrise Home"]),
    ("now Sunrise Home", ["Sunrise Home"]),
    ("formerly Isla Trading", ["Isla Trading"]),  # "is" not taken off the name
    ("goods to Oslo, formerly Sunrise Trading", ["Sunrise Trading"]),
    ("ship to Oslo now", [])])
def test_the_names_a_note_gives(note: str, names: list[str]) -> None:
    """Before: "known as Sunrise Trading LLC", "称 Sunrise Trading", nothing for "renamed
    from", "Previously", "now"; "la Trading" for "Isla Trading"."""
    assert named_in(note) == names


@pytest.mark.parametrize("note", [
    "formerly known as Sunrise Trading LLC", "renamed from Sunrise Trading LLC",
    "原名称 Sunrise Trading", "Previously Sunrise Trading",
    "name changed from Sunrise Trading to Sunrise Home"])
def test_each_phrasing_points_the_two_names_out(tmp_path: Path, note: str) -> None:
    """Before: nothing said for any of these (or a pair with "known as …", no customer)."""
    warnings = _import(tmp_path / "firm.sqlite", _books(tmp_path, note))
    [said] = [w["text"] for w in warnings if w["code"] == "customer_renamed_note"]
    assert "«Sunrise Home LLC» and «Sunrise Trading LLC»" in said and "“4月” row 2" in said


def test_the_note_imported_before_the_old_name_is_found(tmp_path: Path) -> None:
    """April's book (with the note) imported before January's: before, neither import said
    anything and Sunrise Trading stayed 10,000 open and black. Now January's import, adding
    Sunrise Trading LLC, names the pair and April's file, sheet and row; merged, nothing open."""
    db = tmp_path / "firm.sqlite"
    january, april = _books(tmp_path, "原名 Sunrise Trading，2026年3月更名 Sunrise Home")
    assert "customer_renamed_note" not in [w["code"] for w in _import(db, [april])]
    [said] = [w["text"] for w in _import(db, [january]) if w["code"] == "customer_renamed_note"]
    assert ("«Sunrise Home LLC» and «Sunrise Trading LLC»" in said
            and "“2026年4月.xlsx”, sheet “4月” row 2" in said), said
    cli("customer", "merge", "Sunrise Home LLC", "Sunrise Trading LLC", "--db", str(db))
    sunrise = customers(db, A)["by_name"]["Sunrise Home LLC"]
    assert (sunrise["open_amount"], sunrise["list"]) == (0.0, None)


def test_the_later_import_says_it_in_chinese(tmp_path: Path) -> None:
    db = tmp_path / "firm.sqlite"
    january, april = _books(tmp_path, "formerly Sunrise Trading LLC")
    _import(db, [april])
    out, err = io.StringIO(), io.StringIO()
    assert run(["--lang", "zh_CN", "import", "--db", str(db), str(january), "--json"], out,
               err) == 0, err.getvalue()
    report = json.loads(out.getvalue())
    [said] = [w["text"] for w in report["files"][0]["warnings"]
              if w["code"] == "customer_renamed_note"]
    assert "此前导入的“2026年4月.xlsx”中工作表“4月”第 2 行的备注写明客户已更名" in said
