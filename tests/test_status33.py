"""status33: order statuses across a firm's files, counted by hand.

Tunis Trade's ledgers, written here with openpyxl and imported by both imports (which must
agree: test_fast_import._same_import) into real SQLite files, analysed at A = 2025-06-30. T-1
6,000 shipped 02-10 (OA 30: due 03-12, 110 days past due at A); T-2 ordered 03-10 as 8,000,
cancelled, its goods sent as two lots of 2,000 shipped 04-02 (due 05-02, 59 days).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_break32 import _owed
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, PAYER, row
from test_reorder_leftover31 import _removed

from core.ledger.file_labels import shortest
from core.ledger.report import import_report

T1 = row("T-1", "Tunis Trade", "2025-02-03", 6_000, "2025-02-10")
ALPHA = row("A-1", "Alpha Home", "2025-04-20", 1_000, "2025-04-21", 1_000, "2025-04-29")
LOTS = (10_000, "black", {"T-1": (6_000, 110), "T-2": (4_000, 59)})


def _t2(amount: float, status: str | None, ship: str | None = "2025-04-02") -> list[object]:
    return row("T-2", "Tunis Trade", "2025-03-10", amount, ship, status=status)


APRIL = [HEADER, T1, _t2(8_000, "已取消", None), _t2(2_000, None), _t2(2_000, None), ALPHA]


def _season(folder: Path, names: tuple[str, str], may: list[list[object]],
            order: tuple[str, ...] = ("apr", "may")) -> tuple[tuple, list]:
    """April's file and May's (`may`'s rows) under `names`, imported in `order`: Tunis
    Trade's open amount, list and open orders (test_break32._owed), and the results."""
    files = {"apr": write_xlsx(folder / "ledgers" / names[0], {"台账": APRIL}),
             "may": write_xlsx(folder / "ledgers" / names[1], {"台账": may})}
    results = _same_import(folder, *[[files[name]] for name in order])
    assert [r.status for r in results] == ["imported"] * len(order)
    return _owed(by_name(at(folder / "fast.sqlite"))["Tunis Trade"]), results


# --- 1. another file drops the cancelled row and reinstates the lots ------------------------

@pytest.mark.parametrize("names", [("台账 2025-04.xlsx", "台账 2025-05.xlsx"),
                                   ("2025-04/台账.xlsx", "2025-05/台账.xlsx")])
def test_another_file_reinstating_the_lots_leaves_no_stale_line(tmp_path: Path,
                                                                names: tuple[str, str]) -> None:
    """April's file: T-2 8,000 已取消 over its two 2,000 lots. May's file (another file, or
    the same name in May's folder) no longer has the cancelled row and writes 已恢复 on the
    lots, which move up one place each. Hand count: T-1 6,000 and the two lots, 10,000 open,
    T-2 4,000 59 days past due. Before: the second lot's earlier line stayed live, 12,000
    open (T-2 6,000), with no word. The report names the row and the file that cancelled."""
    may = [HEADER, T1, _t2(2_000, "已恢复"), _t2(2_000, "已恢复"), PAYER]
    found, results = _season(tmp_path, names, may)
    assert found == LOTS
    [note] = _removed(results[1])
    # folders: status33
    assert f"“{names[1]}”" in note and f"T-2 (“台账” row 3: {names[0]})" in note
    assert "no longer has that file's cancelled row" in note and "counts once" in note
    assert note in import_report(results[1])
    [note] = in_chinese(lambda: _removed(results[1]))
    assert "在其他文件已取消的订单上写了“已恢复”" in note
    assert f"T-2（“台账”第 3 行：{names[0]}）" in note


@pytest.mark.parametrize("names", [("台账 2025-04.xlsx", "台账 2025-05.xlsx"),
                                   ("2025-04/台账.xlsx", "2025-05/台账.xlsx")])
def test_the_cancelling_file_imported_late_adds_no_stale_line(tmp_path: Path,
                                                              names: tuple[str, str]) -> None:
    """The same files, May's imported first and April's late: the same hand count, 10,000
    open, T-2 4,000 59 days past due. Before: April's 8,000 row replaced the first lot's
    2,000 (its 已取消 kept out) and its second lot added a third line: 18,000 open, T-2
    12,000. The report says April's cancelled row was kept out and its extra line removed."""
    may = [HEADER, T1, _t2(2_000, "已恢复"), _t2(2_000, "已恢复"), PAYER]
    found, results = _season(tmp_path, names, may, ("may", "apr"))
    assert found == LOTS
    [note] = _removed(results[1])
    assert f"“{names[0]}”" in note and "T-2 (“台账” row 3)" in note
    assert "a later-dated file no longer has" in note and "counts once" in note
    assert note in import_report(results[1])
    assert [w.code for w in results[1].warnings if w.code == "older_status_kept"]
    [note] = in_chinese(lambda: _removed(results[1]))
    assert "日期较晚的文件中已没有的已取消行" in note and "T-2（“台账”第 3 行）" in note


@pytest.mark.parametrize(("said", "owed"), [("已恢复", (10_000, 0)), ("正常", (10_000, 0)),
                                            (None, (10_000, 0)), ("有争议", (6_000, 4_000)),
                                            ("已取消", (6_000, 0))])
def test_lots_settle_alike_in_either_import_order(tmp_path: Path, said: str | None,
                                                  owed: tuple[int, int]) -> None:
    """May's lots 已恢复, 正常, blank, 有争议 or 已取消 under April's cancelled 8,000: April
    then May and May then April leave Tunis Trade's open and disputed amounts alike. 已恢复:
    the two lots, 10,000 open. 正常 or blank: another file's plain word never lifts April's
    cancellation, and two 2,000 lines stay owed, 10,000 open. 有争议: the two lots disputed,
    4,000 (before: 6,000 in order, 12,000 imported late). 已取消: T-1's 6,000 either way, the
    two lots cancelled (status34: before, the second lot's earlier line stayed live beside
    them, 8,000)."""
    may = [HEADER, T1, _t2(2_000, said), _t2(2_000, said), PAYER]
    names = ("台账 2025-04.xlsx", "台账 2025-05.xlsx")
    found = []
    for order in (("apr", "may"), ("may", "apr")):
        _season(tmp_path / "-".join(order), names, may, order)
        tunis = by_name(at(tmp_path / "-".join(order) / "fast.sqlite"))["Tunis Trade"]
        found.append((tunis.open_amount, tunis.disputed_amount))
    assert found == [owed, owed]


# --- 3. one file name every month: the kept-out note names each file with its folder -------

def _kept(result) -> list[str]:  # noqa: ANN001
    return [w.text for w in result.warnings if w.code == "older_status_kept"]


def test_the_kept_out_note_names_month_folders(tmp_path: Path) -> None:
    """台账.xlsx in the folders 2025-04, 2025-05 and 2025-06: June's file (T-1 only), May's
    writing T-2 已恢复 (its single 8,000 row shipped 04-02), then April's, cancelling it, is
    imported late. T-2 stays owed (14,000 open) and the note names April's file by its folder,
    and the file that wrote the kept status by the folder of its month (the store keeps the
    name of the file whose row wrote it, not its path, and the day it was dated: status34),
    in English and Chinese. Before: “台账.xlsx” twice, and the clerk could not tell which
    month's file was kept out."""
    april = [HEADER, T1, _t2(8_000, "已取消", None), ALPHA]
    may = [HEADER, T1, _t2(8_000, "已恢复"), PAYER]
    folder = tmp_path / "ledgers"
    files = [write_xlsx(folder / "2025-06" / "台账.xlsx", {"台账": [HEADER, T1, PAYER]}),
             write_xlsx(folder / "2025-05" / "台账.xlsx", {"台账": may}),
             write_xlsx(folder / "2025-04" / "台账.xlsx", {"台账": april})]
    results = _same_import(tmp_path, *[[f] for f in files])
    assert _owed(by_name(at(tmp_path / "fast.sqlite"))["Tunis Trade"]) == (
        14_000, "black", {"T-1": (6_000, 110), "T-2": (8_000, 59)})
    [note] = _kept(results[2])
    assert "“2025-04/台账.xlsx”" in note
    assert "T-2 (“台账” row 3: 2025-05/台账.xlsx)" in note
    assert note in import_report(results[2])
    [note] = in_chinese(lambda: _kept(results[2]))
    assert "“2025-04/台账.xlsx”中有 1 行订单的状态" in note
    assert "T-2（“台账”第 3 行：2025-05/台账.xlsx）" in note


def test_a_name_of_one_folder_stays_bare(tmp_path: Path) -> None:
    """台账 2025-04.xlsx imported after 台账 2025-05.xlsx: each name from one folder, the note
    names them as before."""
    april = [HEADER, T1, _t2(8_000, "已取消", None), ALPHA]
    may = [HEADER, T1, _t2(8_000, "已恢复"), PAYER]
    folder = tmp_path / "ledgers"
    results = _same_import(tmp_path, [write_xlsx(folder / "台账 2025-05.xlsx", {"台账": may})],
                           [write_xlsx(folder / "台账 2025-04.xlsx", {"台账": april})])
    [note] = _kept(results[1])
    assert "“台账 2025-04.xlsx”" in note and "T-2 (“台账” row 3: 台账 2025-05.xlsx)" in note


def test_a_path_is_named_by_its_shortest_distinct_end() -> None:
    assert shortest("/a/2025-04/台账.xlsx", ["/a/2025-05/台账.xlsx"]) == "2025-04/台账.xlsx"
    assert shortest("/a/x/台账.xlsx", ["/b/x/台账.xlsx"]) == "a/x/台账.xlsx"
    assert shortest("/a/台账.xlsx", []) == "台账.xlsx"


# --- 2. the line left over gives its lot what the lot's row leaves unsaid --------------------

WIDE = [*HEADER, "到期日", "贸易条款", "业务员"]


def _wide(no: str, amount: float, status: str | None, ship: str | None, said: tuple) -> list:
    """A row of WIDE: T-2's (or, `no` blank, Tunis Trade's rows of 03-10 without a number),
    its due date, Incoterm and salesperson (`said`), its terms OA 60 where it says any."""
    base = row(no, "Tunis Trade", "2025-03-10", amount, ship, status=status)
    base[HEADER.index("付款方式")] = "OA 60 days" if any(said) else None
    return [*base, d(said[0]) if said[0] else None, *said[1:]]


def _lots_season(tmp_path: Path, no: str, lot: tuple) -> tuple:
    """April: `no` 8,000 已取消 (nothing said of its terms) over a 2,000 lot saying `lot`;
    May (another file): the lot alone, 已恢复, saying nothing of them. The lot's order and
    Tunis Trade's open amount, list and open orders."""
    april = [WIDE, [*T1, None, None, None], _wide(no, 8_000, "已取消", None, (None,) * 3),
             _wide(no, 2_000, None, "2025-04-02", lot), [*ALPHA, None, None, None]]
    may = [WIDE, [*T1, None, None, None], _wide(no, 2_000, "已恢复", "2025-04-02", (None,) * 3),
           [*PAYER, None, None, None]]
    folder = tmp_path / "ledgers"
    results = _same_import(tmp_path, [write_xlsx(folder / "台账 2025-04.xlsx", {"台账": april})],
                           [write_xlsx(folder / "台账 2025-05.xlsx", {"台账": may})])
    assert [w.code for w in results[1].warnings if w.code == "leftover_lines_removed"] == [
        "leftover_lines_removed"]
    tunis = by_name(at(tmp_path / "fast.sqlite"))["Tunis Trade"]
    [lot_order] = [r for r in tunis.receivables if r.open and r.order_no != "T-1"]
    return lot_order, _owed(tunis)


def test_the_lot_keeps_the_due_date_its_removed_line_held(tmp_path: Path) -> None:
    """T-2's lot was given until 06-15 (its 到期日 in April's file); May's file drops the
    cancelled 8,000 row and writes the lot 已恢复 without the date. Hand count at 06-30: T-2
    2,000 due 06-15, 15 days past due; 8,000 open. Before: the date went with the removed
    line and the lot fell due by its order's terms again (OA 60 from 04-02), 06-01: 29 days."""
    lot, owed = _lots_season(tmp_path, "T-2", ("2025-06-15", "FOB", "Li"))
    assert owed == (8_000, "black", {"T-1": (6_000, 110), "T-2": (2_000, 15)})
    assert lot.due_date == d("2025-06-15")


def test_a_numberless_lot_keeps_its_terms_incoterm_and_salesperson(tmp_path: Path) -> None:
    """Tunis Trade's rows of 03-10 without an order number (each identical row an order of its
    own): the cancelled 8,000 says no terms, the lot OA 60 days, FOB, salesperson Li. May's
    file writes the lot 已恢复 in the cancelled row's place, saying none of them. Hand count:
    the lot shipped 04-02 on OA 60 is due 06-01, 29 days past due at 06-30, its order FOB and
    Li's. Before: they stayed on the removed line's order and the lot was due by the firm's
    default credit days, its Incoterm and salesperson unknown."""
    lot, owed = _lots_season(tmp_path, "", (None, "FOB", "Li"))
    assert (lot.payment_terms, lot.due_date, lot.days_overdue) == (
        "OA 60 days", d("2025-06-01"), 29)
    assert owed[0] == 8_000
    conn = sqlite3.connect(tmp_path / "fast.sqlite")
    try:
        assert conn.execute("SELECT o.incoterm, o.salesperson FROM orders o JOIN order_lines l "
                            "ON l.order_id = o.id WHERE l.amount = 2000").fetchall() == [
            ("FOB", "Li")]
    finally:
        conn.close()
