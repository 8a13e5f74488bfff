"""files33: the faults break33 left in a clerk's months of files (a spaced receipt word, a begun
next-month tab, a typo'd year, two copies of one month's file, a payments file before its
orders). Each test's docstring gives the hand count."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_break32 import _owed
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row
from test_recv33 import CAIRO, _steps
from test_recv_order32 import MONTHLY

from core.ledger.older_status import file_day
from core.ledger.report import import_report

# --- 1. a receipt word spaced out in the status or type cell (收  款, 回 款) -------------------

SOFIA = "Sofia Deco"


def _sofia(said: str, column: str) -> list[list[object]]:
    """S-1 5,000 shipped 2024-12-31 (OA 30: due 01-30), S-2 8,000 shipped 03-12 (due 04-11), a
    wire of 5,000 on 04-20 on a row of its own, 金额 blank, its word in `column`."""
    typed = column == "类型"
    header = [*HEADER, "类型"] if typed else HEADER

    def line(values: list[object], kind: object = None) -> list[object]:
        return [*values, kind] if typed else values
    paid = row("", SOFIA, None, None, None, 5_000, "2025-04-20",  # type: ignore[arg-type]
               None if typed else said)
    paid[3] = None
    return [header, line(row("S-1", SOFIA, "2024-12-20", 5_000, "2024-12-31")),
            line(row("S-2", SOFIA, "2025-03-05", 8_000, "2025-03-12")),
            line(paid, said if typed else None)]


@pytest.mark.parametrize("column", ["状态", "类型"])
@pytest.mark.parametrize("said", ["收  款", "回 款"])
def test_a_receipt_word_typed_with_a_space_is_money_received(tmp_path: Path, said: str,
                                                             column: str) -> None:
    """A clerk lines the type up with the column's three-character words (收  款, as 取  消).
    Hand count at 04-30 (days to 04-20, the file's last date): the 5,000 of 04-20 pays S-1:
    S-2's 8,000 open, 9 days past due.
    Before: the row was dropped without a word: 13,000 open, 80 days past due."""
    _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "台账 2025-04.xlsx",
                                       {"4月": _sofia(said, column)})])
    sofia = by_name(at(tmp_path / "fast.sqlite", d("2025-04-30")))[SOFIA]
    assert _owed(sofia)[::2] == (8_000, {"S-2": (8_000, 9)})


# --- 2. a begun 5月 tab in April's file, with an early-May wire; 3. a typo'd year -------------

T1 = row("T-1", "Tunis Trade", "2025-02-03", 6_000, "2025-02-10")
LIMA = row("L-1", "Lima Co", "2025-04-05", 3_000, "2025-04-08", 3_000, "2025-04-29")
CANCELLED = row("T-2", "Tunis Trade", "2025-03-10", 5_000, None, status="已取消")
MAY = [HEADER, T1, row("T-2", "Tunis Trade", "2025-03-10", 5_000, "2025-05-03", status="已恢复"),
       row("M-1", "Lima Co", "2025-05-20", 2_000, "2025-05-22", 2_000, "2025-05-25")]


def _tunis_at_may_25(tmp_path: Path, april: dict[str, list[list[object]]],
                     names: tuple[str, str], first: str) -> tuple[float, list]:
    """April's file (`april`: its tabs) cancels T-2, May's (5月 tab, its last wire 05-25)
    reinstates it, shipped 05-03 (OA 30: due 06-02); imported `first` first by both imports:
    Tunis's open amount at 05-25, and the results."""
    folder = tmp_path / "ledgers"
    files = {"apr": write_xlsx(folder / names[0], april),
             "may": write_xlsx(folder / names[1], {"5月": MAY})}
    order = ["apr", "may"] if first == "apr" else ["may", "apr"]
    results = _same_import(tmp_path, *[[files[name]] for name in order])
    assert [r.status for r in results] == ["imported"] * 2
    return by_name(at(tmp_path / "fast.sqlite", d("2025-05-25")))["Tunis Trade"].open_amount, \
        results


NAMES = [("台账 2025-04.xlsx", "台账 2025-05.xlsx"), ("april.xlsx", "may.xlsx")]


@pytest.mark.parametrize("first", ["apr", "may"])
@pytest.mark.parametrize("names", NAMES)
def test_a_begun_may_tab_with_an_early_may_wire_ties_no_may_file(
        tmp_path: Path, names: tuple[str, str], first: str) -> None:
    """April's file: its 4月 tab cancels T-2; the clerk began its 5月 tab with Alpha's A-2,
    paid 1,000 on 05-02. Both files are dated to May's end (a row paid in May on a 5月 tab);
    May's rows run to 05-25, April's to 05-02: May's 已恢复 is the later word. Hand count at
    05-25: T-1 6,000 + T-2 5,000 (not yet due): Tunis owes 11,000, in either order. Before:
    the tie let the file imported last decide: May then April cancelled T-2 again, 6,000."""
    april = {"4月": [HEADER, T1, CANCELLED, LIMA],
             "5月": [HEADER, row("A-2", "Alpha", "2025-04-25", 1_000, "2025-04-28", 1_000,
                                "2025-05-02")]}
    assert _tunis_at_may_25(tmp_path, april, names, first)[0] == 11_000


@pytest.mark.parametrize("first", ["apr", "may"])
@pytest.mark.parametrize(("names", "tab"), [(NAMES[0], "台账"), (NAMES[1], "4月")])
def test_a_typo_d_year_on_a_received_date_does_not_date_the_file(
        tmp_path: Path, names: tuple[str, str], tab: str, first: str) -> None:
    """April's file writes Lima's wire of 2025-04-29 as 2026-04-29: beyond the month its name
    (or its tab's) gives, so it does not date the file, and the report names it (file, sheet,
    row, column). Hand count at 05-25: May's 已恢复 is later: Tunis owes 11,000 in either
    order. Before: the typo made April's file the newest and May's 已恢复 was kept out in both
    orders: 6,000."""
    typo = [*LIMA[:8], d("2026-04-29"), None]
    found, results = _tunis_at_may_25(tmp_path, {tab: [HEADER, T1, CANCELLED, typo]}, names,
                                      first)
    assert found == 11_000
    [april] = [r for r in results if r.path.name == names[0]]
    # read as a typo of the year since dates34 (core.ledger.beyond_dates.read_typos)
    [note] = [w.text for w in april.warnings if w.code == "date_year_typo"]
    assert f"“{names[0]}”, column “Date received”" in note and (
        f"2026-04-29 → 2025-04-29 (“{tab}” row 4)" in note)
    [note] = in_chinese(lambda: [w.text for w in april.warnings
                                 if w.code == "date_year_typo"])
    assert "“收款日期”列" in note and f"2026-04-29 → 2025-04-29（“{tab}”第 4 行）" in note and (
        "笔误" in note)


# --- 5. a payments file imported before the orders' file it names ----------------------------

def test_a_payment_naming_an_order_not_yet_imported_says_so(tmp_path: Path) -> None:
    """回款 2025-04.xlsx: a wire of 5,000 on 04-20 for Tunis's T-1, on a row of its own (下单日期
    and 金额 blank, no type), imported before the orders' file. Hand count: no order to pay,
    the row skipped, the file refused: the report says T-1 is not in the database yet and to
    import the orders' file first (file, sheet, row), in both languages; the orders' file
    imported, the wire file is read again, and the wire pays T-1 (1,000 open). Before: "row 2:
    no order date", and the clerk looked for a date to type; before fix62g, the refusal said
    to correct the row, and the orders' import left the wire unread; before fix62l, the row
    said to import the file again after the orders' file, which reads it by itself."""
    paid = row("T-1", "Tunis Trade", None, None, None, 5_000, "2025-04-20")  # type: ignore[arg-type]
    paid[3] = None
    folder = tmp_path / "ledgers"
    wires = write_xlsx(folder / "回款 2025-04.xlsx", {"4月": [HEADER, paid]})
    [result] = _same_import(tmp_path, [wires])
    assert result.status == "refused"
    report = import_report(result)
    assert "回款 2025-04.xlsx" in report and "no order date" not in report
    assert ("Skipped in “4月”, row 2: it names the order T-1, which is not in the database yet"
            in report and "the file is noted, and this row read again from it when the file "
            "selling the order is imported" in report)  # by itself (fix62l)
    assert "then this file again" not in report
    chinese = in_chinese(lambda: import_report(result))
    assert "“4月”" in chinese and "T-1" in chinese and "尚未导入" in chinese
    assert "重新读取这一行" in chinese and "再重新导入本文件" not in chinese
    orders = write_xlsx(folder / "台账 2025-04.xlsx", {"4月": [
        HEADER, row("T-1", "Tunis Trade", "2025-03-01", 6_000, "2025-03-05")]})
    results = _same_import(tmp_path, [orders])
    assert [(r.path.name, r.status) for r in results] == [
        ("台账 2025-04.xlsx", "imported"), ("回款 2025-04.xlsx", "imported")]
    assert by_name(at(tmp_path / "fast.sqlite", d("2025-04-30")))["Tunis Trade"].open_amount \
        == 1_000


# --- 4. two copies of April's 本月收款 file ----------------------------------------------------

COPY = "台账 2025-04 (2).xlsx"


def _cairo(amount: float, april: tuple[float, str], copy: tuple[float, str]
           ) -> dict[str, tuple[str, list[list[object]]]]:
    """本月收款 files: March's C-1 (`amount`, shipped 03-20) 4,000 on 03-25; April's file and
    its copy saved as “台账 2025-04 (2).xlsx”, each with C-1's April receipt (figure, day)."""
    def month(name: str, paid: tuple[float, str], carried: bool) -> tuple[
            str, list[list[object]]]:
        return name, [MONTHLY, row("C-1", CAIRO, "2025-03-05", amount, "2025-03-20", *paid,
                                   status="上月结转" if carried else None)]
    return {"mar": month("台账 2025-03.xlsx", (4_000, "2025-03-25"), False),
            "apr": month("台账 2025-04.xlsx", april, True),
            "copy": month(COPY, copy, True)}


def _imported(tmp_path: Path, files: dict[str, tuple[str, list[list[object]]]],
              order: tuple[str, ...]) -> tuple[Path, list]:
    folder = tmp_path / "ledgers"
    paths = {key: write_xlsx(folder / name, {"台账": rows}) for key, (name, rows) in files.items()}
    results = _same_import(tmp_path, *[[paths[key]] for key in order])
    assert [r.status for r in results] == ["imported"] * len(order)
    return tmp_path / "fast.sqlite", results


def _copy_notes(result) -> list[str]:  # noqa: ANN001
    return [w.text for w in result.warnings if w.code == "stored_receipts_copy"]


@pytest.mark.parametrize("order", list(permutations(["mar", "apr", "copy"])))
def test_a_receipt_corrected_in_a_copy_of_the_file_stands_in_any_order(
        tmp_path: Path, order: tuple[str, ...]) -> None:
    """C-1 11,000: March 4,000; April's file 5,000 on 04-20, corrected the same day to 4,500
    in its copy “台账 2025-04 (2).xlsx” (the copy a browser or Windows names so is the one
    saved later). Hand count: 4,000 + 4,500 received, Cairo owes 2,500, in each of the six
    orders; the report names the copy's figure kept where the two meet. Before: the file
    imported last won: 2,500 or 2,000."""
    db, results = _imported(tmp_path, _cairo(11_000, (5_000, "2025-04-20"),
                                             (4_500, "2025-04-20")), order)
    assert by_name(at(db, d("2025-04-30")))[CAIRO].open_amount == 2_500
    last = results[max(order.index("apr"), order.index("copy"))]
    if order.index("mar") < max(order.index("apr"), order.index("copy")) and order[0] != "copy" \
            or order == ("mar", "copy", "apr"):
        [note] = _copy_notes(last)
        assert f"“{COPY}”" in note and "C-1" in note and note in import_report(last)
        [note] = in_chinese(lambda: _copy_notes(last))
        assert f"“{COPY}”" in note and "副本" in note


@pytest.mark.parametrize("order", list(permutations(["mar", "apr", "copy"])))
def test_a_receipt_re_dated_in_a_copy_of_the_file_counts_once_in_any_order(
        tmp_path: Path, order: tuple[str, ...]) -> None:
    """C-1 15,000: March 4,000; April's 5,000 of 04-25 re-dated 04-10 in the copy. Hand
    count: 9,000 received, the copy's day kept: Cairo owes 6,000 in each order. Before: the
    5,000 counted twice, 1,000 open, in every order."""
    db, _results = _imported(tmp_path, _cairo(15_000, (5_000, "2025-04-25"),
                                              (5_000, "2025-04-10")), order)
    assert by_name(at(db, d("2025-04-30")))[CAIRO].open_amount == 6_000
    assert _steps(db)[:3] == (9_000, "2025-04-10", [("2025-03-25", 4_000, "台账 2025-03.xlsx")])


def test_a_range_s_tab_bounds_no_date() -> None:
    """A tab named after a range (2025年1-3月) or a bare number is no one month: its March
    rows date the file as before; a one-month tab's far date is kept apart and named."""
    rows = [("2025年1-3月", 2, "2025-01-10", None, None), ("2025年1-3月", 3, "2025-03-20", None,
                                                           "2025-03-28")]
    assert file_day([rows], "q1.xlsx").status == "2025-03-28 2025-03-28"
    found = file_day([[("4月", 2, "2025-04-05", None, "2026-04-29"),
                       ("4月", 3, "2025-04-06", None, "2025-05-03")]], "台账 2025.xlsx")
    assert (found.status, found.latest) == ("2025-04-30 2025-04-06", "2026-04-29")
    beyond = found.beyond
    assert [(b.row, b.day, b.far) for b in beyond] == [(2, "2026-04-29", True),
                                                       (3, "2025-05-03", False)]


@pytest.mark.parametrize("order", [("mar", "apr"), ("apr", "mar")])
def test_two_months_downloaded_as_one_name_and_its_copy_are_two_files(
        tmp_path: Path, order: tuple[str, ...]) -> None:
    """March's 台账.xlsx and April's downloaded beside it as 台账 (1).xlsx (a browser's name
    for a second file of one name): C-1 11,000, 4,000 on 03-25 and 5,000 on 04-20 under
    本月收款. Hand count: 9,000 received, 2,000 open, in either order, no copies named: a copy
    re-dates a receipt only within its month."""
    files = _cairo(11_000, (5_000, "2025-04-20"), (5_000, "2025-04-20"))
    files = {"mar": ("台账.xlsx", files["mar"][1]), "apr": ("台账 (1).xlsx", files["apr"][1])}
    db, results = _imported(tmp_path, files, order)
    assert by_name(at(db, d("2025-04-30")))[CAIRO].open_amount == 2_000
    assert not [n for r in results for n in _copy_notes(r)]
