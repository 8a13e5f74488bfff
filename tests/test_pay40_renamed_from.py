"""pay40 (4): "renamed from Back to Nature Ltd" names one buyer, not "Back" and "Nature Ltd"
(core.ledger.renamed_notes: named_in with the row's customer).

January's book: Back to Nature Ltd's 5,000 invoice (OA 30 days, shipped 01-10). April's: BTN
Home Ltd's 7,000 order noted "renamed from Back to Nature Ltd", and BTN Home's 12,000 wire
paying both. Hand count, the names merged as the note says: nothing open, on no list. Before,
in either order of the books: nothing said; Back to Nature Ltd 5,000 open and black-listed,
BTN Home 5,000 on account.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from account_cli import cli, customers
from ledgers import write_xlsx
from test_stop38_renamed_note import HEADER

from core.cli.main import run
from core.ledger.renamed_notes import named_in

A = date(2026, 6, 30)
OLD, NEW = "Back to Nature Ltd", "BTN Home Ltd"


def _books(tmp_path: Path, note: str) -> dict[str, Path]:
    return {
        "january": write_xlsx(tmp_path / "2026年1月.xlsx", {"1月": [HEADER, [
            "BN-1", OLD, date(2026, 1, 5), date(2026, 1, 10), 5_000, "USD", "OA 30 days", None,
            None, None]]}),
        "april": write_xlsx(tmp_path / "2026年4月.xlsx", {
            "4月": [HEADER, ["BT-1", NEW, date(2026, 4, 2), date(2026, 4, 10), 7_000, "USD",
                            "T/T in advance", None, None, note]],
            "收款": [["收款日期", "客户名称", "收款金额", "币种", "备注"],
                   [date(2026, 6, 28), NEW, 12_000, "USD", None]]})}


def _said(db: Path, book: Path, language: str) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    assert run(["--lang", language, "import", "--db", str(db), str(book), "--json"], out,
               err) == 0, err.getvalue()
    [report] = json.loads(out.getvalue())["files"]
    return [w["text"] for w in report["warnings"] if w["code"] == "customer_renamed_note"]


@pytest.mark.parametrize("note", ["renamed from Back to Nature Ltd",
                                  "renamed from Back to Nature Ltd to BTN Home Ltd",
                                  "name changed from Back to Nature Ltd to BTN Home"])
@pytest.mark.parametrize("order", [("january", "april"), ("april", "january")])
@pytest.mark.parametrize(("language", "words"), [("en", "says the buyer changed its name"),
                                                 ("zh_CN", "备注写明客户已更名")])
def test_a_name_holding_to_is_paired_whole(tmp_path: Path, note: str, order, language, words):
    """Said by the second book's import (the pair known only then), in its language."""
    db, books = tmp_path / "firm.sqlite", _books(tmp_path, note)
    said = _said(db, books[order[0]], "en") + _said(db, books[order[1]], language)
    assert len(said) == 1, f"was {len(said)}: nothing said"
    assert NEW in said[0] and OLD in said[0] and words in said[0], said
    found = customers(db, A)["by_name"]
    assert (found[OLD]["open_amount"], found[OLD]["list"]) == (5_000.0, "black")
    cli("customer", "merge", NEW, OLD, "--db", str(db))
    merged = customers(db, A)["by_name"][NEW]
    assert (merged["open_amount"], merged["credit_on_account"], merged["list"]) == (
        0.0, 0.0, None)


@pytest.mark.parametrize(("note", "own", "names"), [
    ("renamed from Back to Nature Ltd", NEW, [OLD]),  # was ["Back", "Nature Ltd"]
    ("renamed from Back to Nature Ltd to BTN Home Ltd", NEW, [OLD, NEW]),
    ("renamed from Back to Nature Ltd to BTN Home Ltd", OLD, [OLD, NEW]),
    # the row's customer one of the two names: as before
    ("name changed from Sunrise Trading to Sunrise Home", "Sunrise Home LLC",
     ["Sunrise Trading", "Sunrise Home"]),
    ("name changed from Sunrise Trading to Sunrise Home", "Sunrise Trading LLC",
     ["Sunrise Trading", "Sunrise Home"])])
def test_the_names_of_a_from_note(note: str, own: str, names: list[str]):
    assert named_in(note, own.casefold()) == names
