"""note43: notes an ordinary ledger drew that a clerk would find false or useless.

1. Buyers numbered apart. A year's ledger of 333 buyers (the 10k bench) named 110 pairs
   "Possibly the same customer: «Fuji Shoji K.K.» and «Fuji Shoji 2 Co., Ltd.», both new —
   merge them": two buyers, told apart by their number, as "Store 12" and "Store 21" are. Now
   names whose numbers differ are not close; one buyer typed otherwise still is.
2. The rows skipped. A year's book of twelve tabs, each with its totals row, read "12
   skipped" and named none of them (totals rows are said with their check): a clerk looked
   for twelve lost rows. Now the report says what the window says: "12 skipped (12 of them
   totals rows)"; with no totals row skipped, as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_ident35_close_names import HEADER

from core import i18n, similarity
from core.ledger.importer import import_files
from core.ledger.report import import_report

NUMBERED = [("Fuji Shoji K.K.", "Fuji Shoji 2 Co., Ltd."),
            ("Gulf Home LLC", "Gulf Home 4 FZCO"),
            ("LAR UTILIDADES 2 LTDA.", "Lar Utilidades Ltda."),
            ("Kölner Hausrat 3 GmbH & Co. KG", "Kölner Hausrat GmbH & Co. KG")]


@pytest.mark.parametrize(("a", "b"), NUMBERED)
def test_buyers_numbered_apart_are_not_close(a: str, b: str) -> None:
    assert not similarity.close(a, b) and not similarity.close(b, a)
    assert similarity.close_pairs([a], [b]) == similarity.close_pairs([a, b], [a, b], 5) == []


def _alike(result) -> list[str]:
    return [w.text for w in result.warnings if "Possibly the same customer" in w.text]


def test_a_first_file_of_numbered_buyers_says_nothing_of_them(tmp_path: Path) -> None:
    """One file: Fuji Shoji K.K. and Fuji Shoji 2 Co., Ltd. (was a note), beside FUJI SHOJI
    Co., Ltd. in the next file (one buyer typed otherwise: still said)."""
    db = tmp_path / "firm.sqlite"
    [first] = import_files(db, [write_xlsx(tmp_path / "jan.xlsx", {"2025": [
        HEADER, ["Fuji Shoji K.K.", "F-1", "2025-01-05", "pump", 1_000, "USD"],
        ["Fuji Shoji 2 Co., Ltd.", "F-2", "2025-01-06", "pump", 2_000, "USD"],
        ["Gulf Home LLC", "G-1", "2025-01-07", "pump", 3_000, "USD"]]})])
    assert _alike(first) == []
    [second] = import_files(db, [write_xlsx(tmp_path / "feb.xlsx", {"2025": [
        HEADER, ["Gulf Home 2 LLC", "G-2", "2025-02-05", "pump", 1_000, "USD"],
        ["FUJI SHOJI Co., Ltd.", "F-3", "2025-02-06", "pump", 2_000, "USD"]]})])
    [said] = _alike(second)
    assert "«FUJI SHOJI Co., Ltd.» (new) and «Fuji Shoji K.K.»" in said, said


def _book(tmp_path: Path, totals: bool) -> Path:
    """Two months' tabs, each ending in its 合计 row or not."""
    def tab(month: int) -> list[list[object]]:
        rows = [HEADER, [f"Buyer {month}", f"O-{month}", f"2025-0{month}-05", "pump", 1_000,
                         "USD"],
                ["Acme", f"A-{month}", f"2025-0{month}-06", "pump", 2_000, "USD"]]
        return [*rows, ["合计", None, None, None, 3_000, None]] if totals else rows
    return write_xlsx(tmp_path / f"book-{totals}.xlsx", {"1月": tab(1), "2月": tab(2)})


def test_the_totals_rows_skipped_are_said_so(tmp_path: Path) -> None:
    [result] = import_files(tmp_path / "firm.sqlite", [_book(tmp_path, True)])
    report = import_report(result)
    assert "4 inserted, 0 updated, 0 unchanged, 2 skipped (2 of them totals rows);" in report
    i18n.set_language("zh_CN")
    try:
        assert "跳过 2（其中合计行 2）；" in import_report(result)
    finally:
        i18n.set_language("en")
    [plain] = import_files(tmp_path / "plain.sqlite", [_book(tmp_path, False)])
    assert "4 inserted, 0 updated, 0 unchanged, 0 skipped; orders:" in import_report(plain)
