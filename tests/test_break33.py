"""break33: the rules of the last pass (statuses by the files' dates, months' receipts in any
import order, files dated by their tabs' and names' months) tried on ledgers a clerk keeps
month after month. Each test's docstring gives the hand count."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break32 import _owed
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row

# --- a month's file named without its year (5月台账.xlsx) ------------------------------------

T1 = row("T-1", "Tunis Trade", "2025-02-03", 6_000, "2025-02-10")
APRIL = [HEADER, T1, row("T-2", "Tunis Trade", "2025-03-10", 5_000, None, status="已取消"),
         row("L-1", "Lima Co", "2025-04-05", 3_000, "2025-04-08", 3_000, "2025-04-29")]
SLOW_MAY = [HEADER, T1, row("T-2", "Tunis Trade", "2025-03-10", 5_000, "2025-05-03",
                            status="已恢复")]


@pytest.mark.parametrize("order", ["in_order", "may_first"])
def test_a_slow_month_s_file_named_without_its_year_is_that_month_s(tmp_path: Path,
                                                                      order: str) -> None:
    """4月台账.xlsx (one tab, 台账) cancels T-2 and books Lima's wire of 04-29; 5月台账.xlsx,
    a slow month, carries T-1 and T-2 on, T-2 已恢复 and shipped 05-03 (OA 30: due 06-02),
    nothing ordered or paid in May. Hand count at 05-03 (T-2's
    shipment): T-1 6,000 due 03-12, 48 days past due (to 04-29, the last order or
    payment date); T-2 5,000 not yet due: Tunis owes
    11,000, whichever file comes first. Before: a
    name's month dated a file only with a year in the name, so May's file was dated by its
    rows (03-10), before April's 04-29, and its 已恢复 was kept out even imported in order:
    T-2 cancelled, Tunis owing 6,000."""
    folder = tmp_path / "ledgers"
    april = [write_xlsx(folder / "4月台账.xlsx", {"台账": APRIL})]
    may = [write_xlsx(folder / "5月台账.xlsx", {"台账": SLOW_MAY})]
    results = _same_import(tmp_path, *([april, may] if order == "in_order" else [may, april]))
    assert [r.status for r in results] == ["imported"] * 2
    tunis = by_name(at(tmp_path / "fast.sqlite", d("2025-05-03")))["Tunis Trade"]
    assert _owed(tunis)[::2] == (11_000, {"T-1": (6_000, 48), "T-2": (5_000, 0)})


# --- a dispute under next month's carried 正常 (the template's default) ----------------------

PAYER = "Payer"


def _dispute_files(folder: Path) -> dict[str, Path]:
    """March's 3月 tab: Tunis's T-2 (5,000, shipped 03-20, OA 30: due 04-19) 有争议, and Vigo's
    V-1 (4,000, February's, carried) 有争议; April's 4月 tab carries T-1, T-2 and V-1 on with
    the template's 正常; a payer's wire dates each month."""
    def paid(month: str) -> list[object]:
        return row(f"P-{month}", PAYER, f"2025-{month}-01", 1_000, f"2025-{month}-02", 1_000,
                   f"2025-{month}-28")
    return {"mar": write_xlsx(folder / "台账 2025-03.xlsx", {"3月": [
                HEADER, T1, row("T-2", "Tunis Trade", "2025-03-10", 5_000, "2025-03-20",
                                status="有争议"), _vigo("有争议"), paid("03")]}),
            "apr": write_xlsx(folder / "台账 2025-04.xlsx", {"4月": [
                HEADER, row("T-1", "Tunis Trade", "2025-02-03", 6_000, "2025-02-10",
                            status="正常"),
                row("T-2", "Tunis Trade", "2025-03-10", 5_000, "2025-03-20", status="正常"),
                _vigo("正常"), paid("04")]})}


def _vigo(status: str) -> list[object]:
    return row("V-1", "Vigo SA", "2025-02-10", 4_000, "2025-02-12", status=status)


@pytest.mark.parametrize("order", [("mar", "apr"), ("apr", "mar")])
def test_a_dispute_stands_under_a_carried_plain_word_in_either_order(tmp_path: Path,
                                                                      order: tuple[str, str]
                                                                      ) -> None:
    """A carried row's 正常 is the carry's word, not the order standing again: it leaves a
    stored dispute (core.ledger.line_values._later_tab). Hand count at 04-28: T-2's 5,000
    disputed, T-1's 6,000 open: whichever file comes first. V-1, carried on March's tab too,
    is a line of carried rows, whose later 正常 lifts its dispute (as before): 4,000 open.
    Before: April's file imported first (March's forgotten) gave T-2 a plain day of April's,
    and March's 有争议 was kept out as older than a 正常 that, imported in order, lifts
    nothing: 11,000 open, none disputed."""
    files = _dispute_files(tmp_path / "ledgers")
    _same_import(tmp_path, *[[files[name]] for name in order])
    found = by_name(at(tmp_path / "fast.sqlite", d("2025-04-28")))
    tunis, vigo = found["Tunis Trade"], found["Vigo SA"]
    assert (tunis.open_amount, tunis.disputed_amount) == (6_000, 5_000)
    assert (vigo.open_amount, vigo.disputed_amount) == (4_000, 0)


# --- a status word spaced out to line up with the column's three-character words ------------

@pytest.mark.parametrize(("said", "figures"), [("取  消", (0, 0)), ("作 废", (0, 0)),
                                                ("争 议", (0, 15_000)), ("未 取消", (15_000, 0))])
def test_a_status_word_typed_with_a_space_reads_as_the_word(tmp_path: Path, said: str,
                                                          figures: tuple[float, float]) -> None:
    """A clerk lines up two-character words with the column's 已取消 by a space (取  消, as
    姓  名 on a form). T-2, 15,000, shipped as planned on 03-20 (OA 30: due 04-19), then
    cancelled, or disputed. Hand count at 05-30: T-2 owes nothing (cancelled) or 15,000
    disputed, none open; 未 取消 (not cancelled) leaves it owed, 15,000 open. Before: 取 消, 作 废
    and 争 议 read as a plain word, the order standing: 15,000 open, 41 days past due, the
    buyer counted late; 未 取消 read as cancelled."""
    db = tmp_path / "fast.sqlite"
    _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "台账 2025-03.xlsx", {"3月": [
        HEADER, row("T-1", "Tunis Trade", "2025-02-03", 6_000, "2025-02-10", 6_000,
                    "2025-03-05"),
        row("T-2", "Tunis Trade", "2025-03-10", 15_000, "2025-03-20", status=said),
        row("P-1", PAYER, "2025-03-01", 1_000, "2025-03-02", 1_000, "2025-05-30")]})])
    tunis = by_name(at(db, d("2025-05-30")))["Tunis Trade"]
    assert (tunis.open_amount, tunis.disputed_amount) == figures
