"""A rename note's name runs to the note's end or a clear stop, not to " to "; and the pair it
points out is said once, not again by every later book repeating the note (note39).

January's book: Back to Nature Ltd's 10,000 invoice. April's: BTN Home Ltd's order, noted
"formerly Back to Nature Ltd". May's: another BTN Home order, the clerk's note copied down.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_stop38_renamed_note import HEADER, _import

from core.ledger.renamed_notes import named_in

OLD, NEW = "Back to Nature Ltd", "BTN Home Ltd"


@pytest.mark.parametrize(("note", "names"), [
    # before: ["Back"]
    ("formerly Back to Nature Ltd", ["Back to Nature Ltd"]),
    ("previously Back to Basics Inc. since 2023", ["Back to Basics Inc."]),
    # before: ["Go"]
    ("formerly Go To Market Co / 2024", ["Go To Market Co"]),
    # before: ["Made", "MTO Ltd"]
    ("formerly Made to Order Ltd renamed to MTO Ltd", ["Made to Order Ltd", "MTO Ltd"]),
    ("formerly Back to Nature Ltd, now BTN Home Ltd", ["Back to Nature Ltd", "BTN Home Ltd"]),
    ("formerly Nordic Home A/S", ["Nordic Home A/S"]),
    # as before: "from X to Y" is its two names
    ("name changed from Sunrise Trading to Sunrise Home", ["Sunrise Trading", "Sunrise Home"]),
    ("renamed to Sunrise Home", ["Sunrise Home"])])
def test_a_name_runs_to_a_clear_stop(note: str, names: list[str]) -> None:
    assert named_in(note) == names


def _book(tmp_path: Path, month: int, customer: str, note: str | None) -> Path:
    return write_xlsx(tmp_path / f"2026年{month}月.xlsx", {f"{month}月": [
        HEADER,
        [f"M{month}-1", customer, date(2026, month, 2), date(2026, month, 10), 10_000, "USD",
         "OA 30 days", None, None, note]]})


def _said(warnings: list[dict[str, object]]) -> list[str]:
    return [str(w["text"]) for w in warnings if w["code"] == "customer_renamed_note"]


def test_the_whole_name_is_paired_and_said_once(tmp_path: Path) -> None:
    """Before: the note's name read "Back", no customer's nor close to one: April's import
    said nothing, the two names left apart (10,000 open under the old one). Now April's says
    «BTN Home Ltd» and «Back to Nature Ltd», and May's, repeating the note, nothing."""
    db = tmp_path / "firm.sqlite"
    note = f"formerly {OLD}"
    assert _said(_import(db, [_book(tmp_path, 1, OLD, None)])) == []
    [april] = _said(_import(db, [_book(tmp_path, 4, NEW, note)]))
    assert f"«{NEW}» and «{OLD}»" in april and "“4月” row 2" in april
    assert _said(_import(db, [_book(tmp_path, 5, NEW, note)])) == []


def test_each_pair_is_said_once(tmp_path: Path) -> None:
    """Said once a pair: May's note naming another old name is said; June's book repeating
    it says nothing. Before: June's said the pair again (and every later month's would, until
    the clerk merged them)."""
    db = tmp_path / "firm.sqlite"
    _import(db, [_book(tmp_path, 1, OLD, None), _book(tmp_path, 2, "Sunrise Trading", None),
                 _book(tmp_path, 4, NEW, f"formerly {OLD}")])
    [may] = _said(_import(db, [_book(tmp_path, 5, NEW, "原名 Sunrise Trading")]))
    assert f"«{NEW}» and «Sunrise Trading»" in may
    assert _said(_import(db, [_book(tmp_path, 6, NEW, "原名 Sunrise Trading")])) == []
