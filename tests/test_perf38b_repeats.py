"""perf38b: what a big file repeats on each of its tabs is worked out once.

A year-to-date or ten-year workbook names the same buyers on every tab (each distinct name is
folded and keyed once a file: core.ledger.name_keys); its copied wires' few orders are looked
for only in the sheets holding them (core.ledger.held_sheets.HeldSheets.holding); and an
import adding customers reads the stored notes' rename words in SQLite first, a first import
into an empty store none (core.ledger.renamed_notes.stored_renames). Each gives exactly what
working it out everywhere gave.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _hostile, _same_import, _tables
from test_stop38_renamed_note import _books, _import

import core.ledger.held_sheets as held
from core.ledger import name_keys, renamed_notes, wire_review
from core.ledger.held_sheets import HeldSheet, HeldSheets
from core.ledger.importer import import_files
from core.ledger.orders import SheetGroups
from core.ledger.record import FIELDS, ROW, SHEET
from core.store import connect

HEADER = ["合同号", "客户名称", "下单日期", "金额", "币种"]
# one buyer as three clerks type it, and a second: two customers on every tab
SPELLINGS = ["ABC Trading (HK)", "ABC Trading（HK）", "abc trading [hk]", "深圳市 华美贸易"]


def _year(folder: Path) -> Path:
    """Twelve month tabs, each naming the four spellings (two buyers) on its own orders."""
    return write_xlsx(folder / "2025.xlsx", {f"{m}月": [HEADER, *[
        [f"PI-{m}-{i}", name, date(2025, m, 3), 1_000 + i, "USD"]
        for i, name in enumerate(SPELLINGS)]] for m in range(1, 13)})


def _customers(db: Path) -> list[tuple[str, str, int]]:
    with connect(db) as conn:
        return [tuple(r) for r in conn.execute(
            "SELECT c.key, c.name, COUNT(o.id) FROM customers c JOIN orders o"
            " ON o.customer_id = c.id GROUP BY c.id ORDER BY c.key")]


def _keyed_afresh(monkeypatch: pytest.MonkeyPatch, kept: int) -> list[str]:
    """A fresh memo of `kept` names (none remembered from other tests), and the names
    customer_key is asked for through it."""
    asked: list[str] = []
    key = name_keys.customer_key

    def counted(name: str) -> str:
        asked.append(name)
        return key(name)

    monkeypatch.setattr(name_keys, "customer_key", counted)
    monkeypatch.setattr(name_keys, "_fold_and_key",
                        lru_cache(maxsize=kept)(name_keys._fold_and_key.__wrapped__))
    return asked


def test_each_name_is_keyed_once_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Four spellings on twelve tabs: customer_key asked 4 times, not 48 (before: once a
    sheet for each of its names); two customers, of 36 and 12 orders, as before."""
    asked = _keyed_afresh(monkeypatch, name_keys.NAMES_KEPT)
    [result] = import_files(tmp_path / "firm.sqlite", [_year(tmp_path)])
    assert result.status == "imported"
    assert sorted(asked) == sorted(SPELLINGS)
    assert _customers(tmp_path / "firm.sqlite") == [
        ("abc trading (hk)", "abc trading [hk]", 36), ("深圳市华美贸易", "深圳市 华美贸易", 12)]


def test_names_forgotten_are_keyed_again_the_same(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A memo of one name (a file of more buyers than it keeps): each tab's names keyed again,
    the database written the same as with every name kept."""
    asked = _keyed_afresh(monkeypatch, 1)
    ledger = _year(tmp_path)
    import_files(tmp_path / "small.sqlite", [ledger])
    assert len(asked) > len(SPELLINGS)
    _keyed_afresh(monkeypatch, name_keys.NAMES_KEPT)
    import_files(tmp_path / "kept.sqlite", [ledger])
    assert _tables(tmp_path / "small.sqlite") == _tables(tmp_path / "kept.sqlite")


def _sheet(name: str, ranks: list[int]) -> tuple[list[tuple], SheetGroups]:
    records = []
    for i in range(len(ranks)):
        cells: list[object] = [None] * len(FIELDS)
        cells[SHEET], cells[ROW] = name, i + 2
        records.append(tuple(cells))
    return records, SheetGroups(list(ranks), [0] * len(ranks),
                                [f"n:pi-{rank}|#1" for rank in ranks], [False] * len(ranks))


def test_only_the_sheets_holding_the_orders_are_unpacked(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    """Three packed tabs, orders 0-99, 100-199 and 200-299 (and order 5 again on the third):
    looking for orders 5 and 7 unpacks the first and third, and gives their records and ranks
    as iterating would; before, all three were unpacked."""
    sheets = HeldSheets(loose_rows=0)
    for name, ranks in (("1月", range(100)), ("2月", range(100, 200)),
                        ("3月", [*range(200, 300), 5])):
        sheets.add(name, *_sheet(name, list(ranks)))
    assert all(s.records is None for s in sheets.sheets)
    unpacked: list[str] = []
    real = HeldSheet.unpacked

    def counted(sheet: HeldSheet) -> tuple[list[tuple], SheetGroups]:
        unpacked.append(sheet.name)
        return real(sheet)

    monkeypatch.setattr(HeldSheet, "unpacked", counted)
    found = list(sheets.holding({5, 7}))
    assert unpacked == ["1月", "3月"]
    every = {number: (records, groups.ranks) for number, records, groups in sheets}
    assert [(n, r, g.ranks) for n, r, g in found] == [(n, *every[n]) for n in (0, 2)]
    assert every[2][1][-1] == 5 and every[0][1] == list(range(100))


@pytest.mark.parametrize("step", ["_lines_of", "_orders_of_groups"])
def test_a_packed_file_s_copied_wire_reads_only_its_sheets(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    """The hostile ledger's copied wire, every tab packed: the wire is found and the database
    is the reference import's, while the wire's lines unpack the two tabs holding its
    candidates' orders and not May's (before: every tab, each time a file had a copied wire);
    and looking for those candidates unpacks only the tabs holding a (customer, figure, day)
    twice, March's wire and April's repeat of Delta's March receipt (perf39b: every tab, as
    a million rows share buckets by chance on every sheet)."""
    monkeypatch.setattr(held, "LOOSE_ROWS", 0)
    unpacked = unpacked_during(monkeypatch, wire_review, step)
    first, _second = _hostile(tmp_path)
    [result] = _same_import(tmp_path, [first])
    assert "wire_copied" in {w.code for w in result.warnings}
    assert unpacked == ["2025-03", "2025-04"]


def unpacked_during(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[str]:
    """The names of the sheets unpacked while `module`'s function `name` runs, as it runs."""
    unpacked: list[str] = []
    real, function = HeldSheet.unpacked, getattr(module, name)

    def counted(sheet: HeldSheet) -> tuple[list[tuple], SheetGroups]:
        unpacked.append(sheet.name)
        return real(sheet)

    def watched(*args: object) -> object:
        monkeypatch.setattr(HeldSheet, "unpacked", counted)
        try:
            return function(*args)
        finally:
            monkeypatch.setattr(HeldSheet, "unpacked", real)

    monkeypatch.setattr(module, name, watched)
    return unpacked


@pytest.mark.parametrize("note", [
    "FORMERLY Sunrise Trading LLC", "f.k.a. Sunrise Trading LLC", "FKA Sunrise Trading LLC",
    "PREVIOUSLY Sunrise Trading LLC", "old name: Sunrise Trading LLC", "前称 Sunrise Trading LLC",
    "曾用名 Sunrise Trading LLC", "Renamed from Sunrise Trading LLC",
    "changed its name from Sunrise Trading LLC", "NOW CALLED Sunrise Trading LLC"])
def test_a_stored_note_is_found_in_any_phrasing_and_case(tmp_path: Path, note: str) -> None:
    """April's book (its note naming the old name) imported before January's, which adds
    Sunrise Trading LLC: SQLite lets each phrasing's note by to the regex (any case), and the
    pair is named with April's file, sheet and row."""
    db = tmp_path / "firm.sqlite"
    january, april = _books(tmp_path, note)
    _import(db, [april])
    said = [w["text"] for w in _import(db, [january]) if w["code"] == "customer_renamed_note"]
    assert len(said) == 1 and "«Sunrise Home LLC» and «Sunrise Trading LLC»" in said[0]
    assert "“2026年4月.xlsx”, sheet “4月” row 2" in said[0]


def test_the_stored_notes_are_read_only_where_they_can_name_a_new_customer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The regex is run on no stored note when a first import fills an empty store (every
    customer new, every note the file's own: found as it was read), nor on an older
    customer's note without a rename word; on the one with it, once."""
    asked: list[str] = []
    says = renamed_notes._says_renamed

    def counted(note: str | None) -> bool:
        asked.append(str(note))
        return says(note)

    monkeypatch.setattr(renamed_notes, "_says_renamed", counted)
    db = tmp_path / "firm.sqlite"
    january, april = _books(tmp_path, "原名 Sunrise Trading LLC")
    _import(db, [april])
    assert asked == []
    with connect(db) as conn:
        conn.execute("UPDATE order_lines SET notes = 'deposit by T/T' WHERE notes IS NULL")
        conn.commit()
    _import(db, [january])
    assert asked == ["原名 Sunrise Trading LLC"]
