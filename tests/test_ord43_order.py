"""ord43: the order of import and re-sent files, and the keys their figures are kept under.
Each scenario is written by openpyxl, imported one file at a time in the order named by the
app's import and the reference import (compared after every file), and the customer's account
read as `main.py customers --json` reads it, counted by hand."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from account_cli import customers
from ledgers import write_xlsx
from reference_import import reference_import_files
from test_break34a_refunds import TYPED
from test_customer_keys_audit22 import HEADER, older_import
from test_fast_import import _tables, unsaid
from test_import_order36 import A
from test_lists_audit30 import row
from test_ord41_order import Sheets
from test_ord42_order import _typo
from test_print34_bracket_keys import WIDE, _old_key

from core.cli.main import run
from core.ledger.import_result import FileResult
from core.ledger.importer import import_files
from core.ledger.revised_files import revises

LONG = "123456789012345678"  # typed as text; a General cell keeps 1.23456789012345E+17
FLOAT = float("1.23456789012345E+17")
JUNE = date(2025, 6, 30)


def _stored(db: Path) -> dict[str, list[tuple]]:
    """Every table but the imports' (whose notes the reports are) and the notes said."""
    return unsaid(_tables(db))


def _imported(tmp_path: Path, files: dict[str, tuple[str, Sheets]], order: str
              ) -> tuple[Path, list[FileResult]]:
    """The files imported one by one in `order` (each key a letter, each file in a folder of
    its own) by the app's import and the reference import, their tables compared after each
    (not their reports, nor the imports' notes: the reference names no long number); the
    app's database and its results."""
    folder = tmp_path / order
    folder.mkdir()
    paths = {k: write_xlsx(folder / k / name, sheets) for k, (name, sheets) in files.items()}
    fast, slow, results = folder / "fast.sqlite", folder / "slow.sqlite", []
    for k in order:
        results.extend(import_files(fast, [paths[k]]))
        reference_import_files(slow, [paths[k]])
        assert _stored(fast) == _stored(slow)
    assert [r.status for r in results] == ["imported"] * len(order)
    return fast, results


def _open(db: Path) -> float:
    return round(customers(db, JUNE)["by_name"]["Mumbai Mart"]["open_amount"], 2)


def _long(number: object, received: float, other: float = 0) -> Sheets:
    """Mumbai Mart's order `number` 50,000 of 03-01, shipped 03-05, OA 30 days: `received` by
    03-10; `other`: another buyer's April order of that amount (a file of other bytes)."""
    return {"台账": [TYPED, [*row(number, "Mumbai Mart", "2025-03-01", 50_000,
                                 "2025-03-05", received, "2025-03-10"), None, None], *([
        [*row("LT-2", "Lima Trading", "2025-04-02", other, "2025-04-05"), None, None]
    ] if other else [])]}


# --- 1. a line's figures follow its key where the store renames it ---------------------------

@pytest.mark.parametrize("order", ["ABC", "BAC"])
def test_a_re_sent_month_corrects_an_order_renamed_between_imports(tmp_path: Path, order: str):
    """March's book lists order 123456789012345678 as a General cell's float (its digits
    123456789012344992), 45,000 of its 50,000 received by 03-10 (a typo); April's book types
    the number as text and says 9,000 by 03-10 (the order is renamed to the typed number, its
    lines' keys with it); March's book is sent again (another folder) with 4,500: the clerk's
    correction of that month, which stands over April's figure of the day (ord42). Hand count:
    45,500 open in both orders, as with no rename. Before: March, April, March again gave
    41,000 (the figures March and April read were kept under the float's key, so the re-sent
    file read as never having said 45,000 and corrected nothing)."""
    files = {"A": ("台账 2025-03.xlsx", _long(FLOAT, 45_000)),
             "B": ("台账 2025-04.xlsx", _long(LONG, 9_000, 2_000)),
             "C": ("台账 2025-03.xlsx", _long(FLOAT, 4_500))}
    db, _results = _imported(tmp_path, files, order)
    assert _open(db) == 45_500


def _unnumbered(received: float, other: float = 0) -> list[list[object]]:
    """ABC Trading（HK）'s pump, 50,000 of 03-01 (no order number: keyed by its customer),
    shipped 03-05, OA 30 days: `received` by 03-10; `other`: another buyer's April order."""
    return [HEADER, [WIDE, date(2025, 3, 1), "pump", 50_000, "USD", "OA 30 days",
                    date(2025, 3, 5), received, date(2025, 3, 10)],
            *([["Lima Trading", date(2025, 4, 2), "valve", other, "USD", "OA 30 days",
                date(2025, 4, 5), None, None]] if other else [])]


def test_a_re_sent_month_corrects_a_customer_re_keyed_between_imports(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """March's book (ledger.xlsx) imported by the older customer key (full-width brackets
    kept) says 45,000 of the pump's 50,000 came by 03-10 (a typo); the database opened by
    today's key re-keys the customer and its unnumbered order; April's book says 9,000 by
    03-10; March's book is sent again from its folder with 4,500, the clerk's correction.
    Hand count: 45,500 open. Before: 41,000 (March's 45,000 kept under the older key)."""
    march = older_import(tmp_path, monkeypatch, _unnumbered(45_000), _old_key, lambda _c: None)
    april = write_xlsx(tmp_path / "B" / "台账 2025-04.xlsx", {"2025": _unnumbered(9_000, 2_000)})
    again = write_xlsx(tmp_path / "ledger.xlsx", {"2025": _unnumbered(4_500)})
    for path in (april, again):
        [result] = import_files(march, [path])
        assert result.status == "imported"
    assert round(customers(march, JUNE)["by_name"][WIDE]["open_amount"], 2) == 45_500


# --- 2. a file sent again says how many figures it corrected ---------------------------------

def _report(db: Path, path: Path, lang: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert run(["--lang", lang, "import", "--db", str(db), str(path)], out, err) == 0
    return out.getvalue()


@pytest.mark.parametrize(("folder", "first", "again", "owed"), [
    ("A", 6_000, 4_500, 45_500), ("C", 45_000, 4_500, 45_500)])
def test_a_file_sent_again_names_the_figures_it_corrected(tmp_path: Path, folder: str,
                                                          first: float, again: float,
                                                          owed: float):
    """March's book (台账 2025-03.xlsx) says `first` of MT-1's 50,000 came by 03-10; the same
    name is sent again from its folder (A) or another (C) saying a lower `again` by 03-10,
    another buyer's order added: the clerk's correction, taken (`owed` open). The command line
    (and the import window, which reads the same text) now says the re-sent file corrected one
    figure, naming its row and both figures, in English and in Chinese. Before, from its own
    folder, the figure changed without a word. (A higher figure is money come since, no
    correction named: fx43c, tests/test_fx43c_resent.py.)"""
    said = {}
    for lang in ("en", "zh_CN"):
        db, home = tmp_path / f"{lang}.sqlite", tmp_path / lang
        _report(db, write_xlsx(home / "A" / "台账 2025-03.xlsx", _typo(first)), lang)
        said[lang] = _report(db, write_xlsx(home / folder / "台账 2025-03.xlsx",
                                            _typo(again, 3_000)), lang)
        assert round(customers(db, JUNE)["by_name"]["Mumbai Mart"]["open_amount"], 2) == owed
    change = f"{first:,.2f} 2025-03-10 → {again:,.2f} 2025-03-10"
    assert "imported before under this name: 1 received figure in it differs" in said["en"]
    assert f"MT-1 (“台账” row 2: {change})" in said["en"]
    assert "1 个" in said["zh_CN"] and change in said["zh_CN"]


def _paid(received: float, on: str) -> Sheets:
    """MT-1 50,000 of 03-01, shipped 03-05: `received` by `on`, another buyer's row beside."""
    return {"台账": [TYPED, [*row("MT-1", "Mumbai Mart", "2025-03-01", 50_000, "2025-03-05",
                                 received, on), None, None],
                     [*row("LT-2", "Lima Trading", "2025-03-02", 1_000, "2025-03-05"), None, None]]}


@pytest.mark.parametrize(("first", "again"), [
    ((45_000, "2025-03-10"), (45_000, "2025-03-10")),
    ((4_500, "2025-03-10"), (9_000, "2025-04-15"))])
def test_a_file_sent_again_with_no_correction_names_none(tmp_path: Path, first, again):
    """Guard: the same name sent again from its folder with MT-1's figure as it was, or with a
    higher total of a later day (money come since: a running book's next receipts, no
    correction), another buyer's row changed: nothing is said corrected."""
    db = tmp_path / "firm.sqlite"
    _report(db, write_xlsx(tmp_path / "A" / A, _paid(*first)), "en")
    said = _report(db, write_xlsx(tmp_path / "A" / A, {"台账": [
        *_paid(*again)["台账"][:2], [*row("LT-2", "Lima Trading", "2025-03-02", 1_000,
                                          "2025-03-05", 1_000, "2025-03-20"), None, None]]}), "en")
    assert "imported before under this name" not in said


# --- 3. a month's corrected copy named by its version, imported before the typo --------------

@pytest.mark.parametrize("name", ["台账 2025-03 v2.xlsx", "台账 2025-03_V2.xlsx",
                                  "台账 2025-03-ver2.xlsx", "台账 2025-03 v2 (1).xlsx"])
@pytest.mark.parametrize("order", ["AB", "BA"])
def test_a_month_s_second_version_stands_in_either_order(tmp_path: Path, name: str, order: str):
    """March's book (台账 2025-03.xlsx) says 45,000 of MT-1's 50,000 came by 03-10 (a typo); its
    corrected copy, named by its version (v2), says 4,500. Nothing in the rows says which came
    first; the name does, as 修订 or 更正 does (core.ledger.revised_files). Hand count: 45,500
    open in both orders. Before: v2 imported first and the typo file second gave 5,000 (the
    typo, imported last, taken as the later word)."""
    files = {"A": ("台账 2025-03.xlsx", _typo(45_000)), "B": (name, _typo(4_500))}
    db, _results = _imported(tmp_path, files, order)
    assert _open(db) == 45_500


def test_a_first_version_is_the_original(tmp_path: Path):
    """Guard: 台账 2025-03 v1.xlsx is the month's first version, no revision of 台账 2025-03.xlsx
    nor revised by it: the one imported last, the other's name, is the month sent again."""
    assert not revises("台账 2025-03 v1.xlsx", "台账 2025-03.xlsx")
    assert not revises("台账 2025-03.xlsx", "台账 2025-03 v1.xlsx")
    assert revises("台账 2025-03 v2.xlsx", "台账 2025-03 v1.xlsx")
    assert not revises("V8 Trading 台账.xlsx", "V8 Trading 台账 修订.xlsx")
    assert revises("V8 Trading 台账 修订.xlsx", "V8 Trading 台账.xlsx")


# --- 3b. two copies of one name: the older-saved one imported last is named ------------------

def _saved(path: Path, when: str) -> Path:
    """The workbook at `path` as last saved `when` (its docProps/core.xml, as Excel writes it;
    openpyxl writes the time it saves)."""
    with zipfile.ZipFile(path) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    parts["docProps/core.xml"] = re.sub(
        rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + when.encode(), parts["docProps/core.xml"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts.items():
            book.writestr(name, data)
    return path


@pytest.mark.parametrize("typo_last", [True, False])
def test_the_older_saved_copy_imported_last_is_named(tmp_path: Path, typo_last: bool):
    """March's book with the typo (45,000, saved 2025-04-01 09:00) and its corrected copy of
    the same name (4,500, saved 2025-04-02 10:30), from two folders. No rule is made of the
    workbooks' times (a copy opened and saved again unchanged reads the newer): the copy
    imported last is the month sent again, 5,000 open where the typo's copy comes last. But
    its report now says it looks the older copy, both times named; the other order says
    nothing of it (45,500 open)."""
    typo = _saved(write_xlsx(tmp_path / "A" / A, _typo(45_000)), "2025-04-01T09:00:00Z")
    fixed = _saved(write_xlsx(tmp_path / "B" / A, _typo(4_500)), "2025-04-02T10:30:00Z")
    db = tmp_path / "firm.sqlite"
    said = [_report(db, path, "en") for path in ((fixed, typo) if typo_last else (typo, fixed))]
    assert _open(db) == (5_000 if typo_last else 45_500)
    named = ("looks the older copy of its name: its workbook was last saved 2025-04-01 09:00, "
             "the copy imported before it 2025-04-02 10:30")
    assert (named in said[1]) is typo_last
