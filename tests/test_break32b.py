"""break32b: break32's file dating (a file dated by the months its tabs and name are named
after) tried where a tab or name says a month the file's rows are not yet in. Each test's
docstring gives the hand count."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_break32 as season
from ledgers import write_xlsx
from test_break32 import _owed
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row

# April's file, sent on 04-30: the 4月 tab cancels T-2; the clerk has begun the 5月 tab with
# April's late orders (A-2 ordered 04-28, to ship on 05-06): none ordered or paid in May.
APRIL = {"4月": [HEADER, row("T-1", "Tunis Trade", "2025-04-03", 6_000, "2025-04-05"),
                 row("T-2", "Tunis Trade", "2025-04-10", 5_000, None, status="已取消"),
                 row("A-1", "Alpha Home", "2025-04-20", 9_000, "2025-04-22", 9_000,
                     "2025-04-29")],
         "5月": [HEADER, row("A-2", "Alpha Home", "2025-04-28", 3_000, "2025-05-06")]}
# May's file, sent on 05-31: T-2 restored and shipped on 05-05, A-2 shipped and paid.
MAY = {"5月": [HEADER, row("T-1", "Tunis Trade", "2025-04-03", 6_000, "2025-04-05",
                          status="上月结转"),
               row("T-2", "Tunis Trade", "2025-04-10", 5_000, "2025-05-05", status="已恢复"),
               row("A-2", "Alpha Home", "2025-04-28", 3_000, "2025-05-06", 3_000, "2025-05-20"),
               row("A-3", "Alpha Home", "2025-05-15", 2_000, "2025-05-16", 2_000,
                   "2025-05-25")]}


@pytest.mark.parametrize("order", ["in_order", "may_first"])
def test_a_may_tab_begun_in_april_does_not_date_april_s_file_with_may_s(tmp_path: Path,
                                                                           order: str):
    """April's file (its 5月 tab begun with April's late A-2) cancels T-2; May's restores it,
    shipped 05-05 (OA 30: due 06-04). Imported in order, or May's first and April's after
    (forgotten). Hand count at 05-25 (A-3's wire, the last date): T-1 6,000 due 05-05, 20
    days past due; T-2 5,000 due 06-04, not yet due: Tunis owes 11,000 either way.
    Before: April's file was dated 05-31 by its 5月 tab, as May's (by its name and tab): a
    tie, so April's 已取消 imported after May's 已恢复 was taken as the later word and T-2
    cancelled again, Tunis owing 6,000."""
    folder = tmp_path / "ledgers"
    april = [write_xlsx(folder / "台账 2025-04.xlsx", APRIL)]
    may = [write_xlsx(folder / "台账 2025-05.xlsx", MAY)]
    results = _same_import(tmp_path, *([april, may] if order == "in_order" else [may, april]))
    assert [r.status for r in results] == ["imported"] * 2
    tunis = by_name(at(tmp_path / "fast.sqlite", d("2025-05-25")))["Tunis Trade"]
    assert _owed(tunis)[::2] == (11_000, {"T-1": (6_000, 20), "T-2": (5_000, 0)})


# --- an earlier payments list imported late, beside another buyer's wire of its day and sum --

NAIROBI = row("N-1", "Nairobi Deco", "2025-03-01", 8_000, "2025-03-05")


@pytest.mark.parametrize("order", ["in_order", "late"])
def test_april_s_payment_imported_late_beside_another_buyer_s_equal_wire(tmp_path: Path,
                                                                           order: str):
    """break32's season: April's 收款 tab books Lima's wire of 04-12 as 8,000; June's file
    re-sends it corrected to 7,980 and books, besides, Nairobi's own wire of 8,000 on that
    same 04-12 (its N-1, 8,000: a second buyer paying the same sum on the same day). Hand
    count at 06-30: Lima L-1 paid 7,980 (20 short: paid), L-2 8,000 open 72 days: black;
    Nairobi paid in full. Whichever file is imported first. Before: June's file, then April's
    (forgotten): June's Nairobi wire, dated before April's file and not in it, made June's
    file read as not re-sending April's, so April's 8,000 was counted beside June's 7,980,
    "both counted": L-2 paid but 20, Lima owing nothing and white."""
    folder = tmp_path / "ledgers"
    june = write_xlsx(folder / "台账 2025-06.xlsx", {
        "台账": [*season.ORDERS, NAIROBI, season.PAYER],
        "收款": [*season.JUNE, ["Nairobi Deco", d("2025-04-12"), 8_000, None]]})
    april = write_xlsx(folder / "台账 2025-04.xlsx", {"台账": [*season.ORDERS, NAIROBI],
                                                     "收款": season.APRIL})
    _same_import(tmp_path, *([[april], [june]] if order == "in_order" else [[june], [april]]))
    found = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))
    lima, nairobi = found["Lima Lamps"], found["Nairobi Deco"]
    assert (*_owed(lima), lima.credit_on_account) == (
        8_000, "black", {"L-2": (8_000, 72)}, 0)
    assert (nairobi.open_amount, nairobi.credit_on_account) == (0, 0)


def test_a_slow_may_file_named_may_stays_after_april_s_sent_in_early_may(tmp_path: Path):
    """Guard of the rule above (passes on main too): April's file, sent on 05-03, books
    Alpha's wire of 05-02 and cancels T-2; May's file, 台账 2025-05.xlsx, slow, carries
    nothing dated in May: T-2 已恢复 (shipped 04-25 after all, due 05-25). Imported in order.
    Hand count at 05-02 (the last date written): T-1 6,000 and T-2 5,000 open, not yet due:
    Tunis owes 11,000. Dated to May's first day, the slow file would fall before April's 05-02 and
    its 已恢复 be kept out: the name's month dates a file to the month's end."""
    april = {"4月": [*APRIL["4月"][:3], row("A-1", "Alpha Home", "2025-04-20", 9_000,
                                              "2025-04-22", 9_000, "2025-05-02")]}
    may = {"5月": [HEADER, MAY["5月"][1],
                  row("T-2", "Tunis Trade", "2025-04-10", 5_000, "2025-04-25", status="已恢复")]}
    folder = tmp_path / "ledgers"
    _same_import(tmp_path, [write_xlsx(folder / "台账 2025-04.xlsx", april)],
                 [write_xlsx(folder / "台账 2025-05.xlsx", may)])
    tunis = by_name(at(tmp_path / "fast.sqlite", d("2025-05-02")))["Tunis Trade"]
    assert _owed(tunis)[::2] == (11_000, {"T-1": (6_000, 0), "T-2": (5_000, 0)})
