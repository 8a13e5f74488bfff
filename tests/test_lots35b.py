"""lots35b: an order's lots across a firm's monthly files, left over from lots35: a later file
that splits a stored line into 第一批 + 第二批, a lot whose words are only in its status
cell re-sent corrected, a database an older version let April's lot overwrite March's line.
Sofa Co's sofa order S-1 of 03-01 on OA 30 (due 30 days after shipment); days overdue run
to the latest receipt the ledger records (a payer's, 06-30). Every file is imported by the
app's import and the reference import, which must agree.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import reference_import
from ledgers import write_xlsx
from test_break34d import HEADER, _open, ordered
from test_fast_import import _same_import
from test_lots35 import STATUS_HEADER, _payer

from core.ledger import importer
from core.ledger.lot_words import kept_notes
from core.ledger.reader_version import LOTS_APART, READER_VERSION


def _split() -> list[list[object]]:
    return [ordered("S-1", 6_000, "2025-03-10", 60, note="第一批"),
            ordered("S-1", 4_000, "2025-04-10", 40, note="第二批")]


@pytest.mark.parametrize("names", [("台账 2025-03.xlsx", "台账 2025-04.xlsx"),
                                   ("2025-03/台账.xlsx", "2025-04/台账.xlsx")])
def test_a_later_file_splitting_a_line_into_lots_restates_it(tmp_path: Path,
                                                              names: tuple[str, str]) -> None:
    """March's file: S-1, 100 sofas, 10,000, shipped 03-10, one row. April's file lists the
    order again as its two lots: 第一批 60 sofas 6,000 shipped 03-10, 第二批 40 sofas 4,000
    shipped 04-10. The split restates the order: 10,000 open, 6,000 82 days and 4,000 51
    days. Before: 第一批 was read as another lot than March's line, 20,000 open."""
    folder = tmp_path / "ledgers"
    march = write_xlsx(folder / names[0], {"3月": [
        HEADER, ordered("S-1", 10_000, "2025-03-10", 100), *_payer()]})
    april = write_xlsx(folder / names[1], {"4月": [HEADER, *_split(), *_payer()]})
    _same_import(tmp_path, [march], [april])
    assert _open(tmp_path) == [(6_000, 82), (4_000, 51)]


def test_a_later_tab_splitting_a_line_into_lots_restates_it(tmp_path: Path) -> None:
    """The same on the tabs of one workbook: 3月 lists S-1 10,000 one row, 4月 its two
    lots. 10,000 open as 6,000 and 4,000. Before: 20,000."""
    book = write_xlsx(tmp_path / "ledgers" / "台账.xlsx", {
        "3月": [HEADER, ordered("S-1", 10_000, "2025-03-10", 100)],
        "4月": [HEADER, *_split(), *_payer()]})
    _same_import(tmp_path, [book])
    assert _open(tmp_path) == [(6_000, 82), (4_000, 51)]


@pytest.mark.parametrize("copy", ["台账 2025-04(1).xlsx", "台账 2025-04.xlsx"])
def test_a_lot_said_in_its_status_cell_re_sent_corrected_is_that_lot(tmp_path: Path,
                                                                      copy: str) -> None:
    """March's file: 60 sofas, 6,000, shipped 03-10. April's: the second lot, 40 sofas,
    4,000, shipped 04-10, its status 第二批已发 (no note). The clerk re-sends April's file
    (a copy, or the file from another folder) with the lot corrected to 4,500: that lot
    corrected, 6,000 and 4,500 open, 10,500. Before: the stored lot kept no status text, so
    it said no lot, and the corrected row was a third lot: 14,500."""
    def april(amount: float) -> list[list[object]]:
        return [[*STATUS_HEADER], [*ordered("S-1", amount, "2025-04-10", 40), "第二批已发"],
                *([*r, None] for r in _payer())]

    folder = tmp_path / "ledgers"
    march = write_xlsx(folder / "台账 2025-03.xlsx", {"3月": [
        STATUS_HEADER, [*ordered("S-1", 6_000, "2025-03-10", 60), None],
        *([*r, None] for r in _payer())]})
    first = write_xlsx(folder / "台账 2025-04.xlsx", {"4月": april(4_000)})
    again = write_xlsx(folder / "again" / copy, {"4月": april(4_500)})
    _same_import(tmp_path, [march], [first])
    assert _open(tmp_path) == [(6_000, 82), (4_000, 51)]
    [result] = _same_import(tmp_path, [again])
    assert (result.counts.inserted, result.counts.updated) == (0, 1)
    assert _open(tmp_path) == [(6_000, 82), (4_500, 51)]


def _overwritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, march: Path, april: Path
                 ) -> None:
    """The database an older reader (12) wrote from March's file and April's: April's lot,
    read as March's line again, overwrote it (no stored line looked at for a lot)."""
    with monkeypatch.context() as patch:
        patch.setattr(importer, "stored_lots", lambda conn, path: lambda key, says: None)
        patch.setattr(reference_import, "_stored_lot", lambda conn, path, key: None)
        _same_import(tmp_path, [march], [april])
    _older_reader(tmp_path)


def _older_reader(tmp_path: Path) -> None:
    """The files imported so far as a reader before lots were read apart imported them: the app
    offers them again."""
    for name in ("fast.sqlite", "slow.sqlite"):
        conn = sqlite3.connect(tmp_path / name)
        with conn:
            conn.execute("UPDATE imports SET content_hash = replace(content_hash, ?, ?)",
                         (f":reader={READER_VERSION}", f":reader={LOTS_APART - 1}"))
        conn.close()


@pytest.mark.parametrize("number", ["S-1", None])
@pytest.mark.parametrize("order", ["march first", "april first"])
def test_a_database_whose_lot_overwrote_march_s_line_re_imported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, order: str, number: str | None
        ) -> None:
    """March's file: 60 sofas, 6,000, shipped 03-10; April's: the second lot, 40 sofas,
    4,000, shipped 04-10, noted 第二批. An older reader let April's row overwrite March's
    line: 4,000 open where 10,000 is. The app offers to import both again (reader 13):
    March's and April's files re-imported, in either order, give 10,000 open as two lines,
    6,000 82 days and 4,000 51 days (the 2,000 the older reading took as received on March's
    line, its balance left, cleared). With its order number or none."""
    folder = tmp_path / "ledgers"
    march = write_xlsx(folder / "台账 2025-03.xlsx", {"3月": [
        HEADER, ordered(number, 6_000, "2025-03-10", 60), *_payer()]})
    april = write_xlsx(folder / "台账 2025-04.xlsx", {"4月": [
        HEADER, ordered(number, 4_000, "2025-04-10", 40, note="第二批"), *_payer()]})
    _overwritten(tmp_path, monkeypatch, march, april)
    assert _open(tmp_path) == [(4_000, 51)]
    files = [march, april] if order == "march first" else [april, march]
    _same_import(tmp_path, files)
    assert _open(tmp_path) == [(6_000, 82), (4_000, 51)]


@pytest.mark.parametrize("rounds", ["april first", "march again"])
def test_march_s_one_row_after_april_s_lots_keeps_the_lots(tmp_path: Path, rounds: str
                                                            ) -> None:
    """April's file (第一批 6,000 + 第二批 4,000) imported before March's one row of 10,000,
    or March's file imported again after both: March's row is the order listed whole, the
    lots April's file restated it as stay: 10,000 open as 6,000 and 4,000. Before: March's
    10,000 replaced the first lot's 6,000, 14,000 open."""
    folder = tmp_path / "ledgers"
    march = write_xlsx(folder / "台账 2025-03.xlsx", {"3月": [
        HEADER, ordered("S-1", 10_000, "2025-03-10", 100), *_payer()]})
    april = write_xlsx(folder / "台账 2025-04.xlsx", {"4月": [HEADER, *_split(), *_payer()]})
    if rounds == "april first":
        _same_import(tmp_path, [april], [march])
    else:
        _same_import(tmp_path, [march], [april])
        _older_reader(tmp_path)
        _same_import(tmp_path, [march])
    assert _open(tmp_path) == [(6_000, 82), (4_000, 51)]


@pytest.mark.parametrize(("notes", "status", "kept"), [
    (None, "第二批已发", "第二批"), ("客户验货后出货", "第二批已发", "客户验货后出货 第二批"),
    ("第二批", "第二批已发", "第二批"), ("急单", "已发货", "急单"), (None, "分批付款", None)])
def test_a_line_keeps_the_lot_its_status_cell_says(notes: str | None, status: str,
                                                   kept: str | None) -> None:
    """The notes a line keeps: the status cell's lot added where the notes do not say it; a
    status saying how the buyer pays (分批付款) is no lot and adds nothing."""
    assert kept_notes(notes, "sofa", status) == kept
