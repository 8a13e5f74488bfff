"""status34: order statuses carried across a firm's monthly files, counted by hand.

Tunis Trade's ledgers (test_status33), written here with openpyxl and imported by both imports
(which must agree: test_fast_import._same_import) into real SQLite files, analysed at A =
2025-06-30. T-1 6,000 shipped 02-10 (110 days past due at A); T-2 ordered 03-10 as 8,000,
cancelled in April's file, its goods sent as two lots of 2,000 shipped 04-02 (59 days).
"""

from __future__ import annotations

import sqlite3
from functools import partial
from itertools import permutations
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_break32 import _owed
from test_cancel_guard29 import lines
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name
from test_lists_audit30 import HEADER, PAYER, row
from test_reorder_leftover31 import _removed
from test_status33 import ALPHA, APRIL, LOTS, T1, _kept, _lots_season, _season, _t2

from core.ledger.report import import_report

NAMES = ("台账 2025-04.xlsx", "台账 2025-05.xlsx")
ORDERS = [("apr", "may"), ("may", "apr")]
JPAY = row("J-1", "Jpayer", "2025-06-01", 1_000, "2025-06-02", 1_000, "2025-06-20")


def _written(folder: Path) -> list[tuple[object, ...]]:
    """T-2's lines as stored: key's place, amount, status."""
    return lines(folder / "fast.sqlite", "T-2")


# --- 2. another file cancelling every lot: the cancelled amount is the lots' ----------------

@pytest.mark.parametrize("order", ORDERS)
def test_lots_all_cancelled_by_another_file_leave_no_live_line(tmp_path: Path,
                                                               order: tuple[str, str]) -> None:
    """April's file: T-2 8,000 已取消 over its two 2,000 lots. May's file drops the cancelled
    row and writes 已取消 on both lots (moved up one place each). Hand count: T-2 is cancelled,
    its two lots 4,000 cancelled; Tunis owes T-1 alone, 6,000. Before: the second lot's
    earlier line stayed live, 8,000 open (T-2 2,000), and imported May then April the 8,000
    came back on the first lot's line (10,000 cancelled)."""
    may = [HEADER, T1, _t2(2_000, "已取消"), _t2(2_000, "已取消"), PAYER]
    found, results = _season(tmp_path, NAMES, may, order)
    assert found == (6_000, "black", {"T-1": (6_000, 110)})
    assert _written(tmp_path) == [("0", 2_000, "cancelled"), ("1", 2_000, "cancelled")]
    analysis = at(tmp_path / "fast.sqlite")
    tunis = by_name(analysis)["Tunis Trade"]
    [t2] = [o for o in analysis.orders_by_customer[tunis.customer_id] if o.order_no == "T-2"]
    assert (t2.cancelled, t2.written) == (True, 4_000)
    [note] = _removed(results[1])
    assert note in import_report(results[1])
    if order == ("apr", "may"):
        assert "says 已取消 (cancelled) where its order's cancelled row was" in note
        assert f"T-2 (“台账” row 3: {NAMES[0]})" in note
        [note] = in_chinese(lambda: _removed(results[1]))
        assert "在其订单已取消行的位置上写了“已取消”" in note


def test_the_cancelling_file_itself_cancelling_its_lots_leaves_no_live_line(
        tmp_path: Path) -> None:
    """April's file imported again after the clerk deleted T-2's cancelled 8,000 row and wrote
    已取消 on its two lots, moved up one place each. Hand count: T-2 wholly cancelled, T-1's
    6,000 open. Before: the second lot's earlier line stayed live, 8,000 open. Where the
    8,000 row stays above the lots, nothing moved and no line goes."""
    april = tmp_path / "ledgers" / NAMES[0]
    write_xlsx(april, {"台账": APRIL})
    _same_import(tmp_path, [april])
    write_xlsx(april, {"台账": [HEADER, T1, _t2(2_000, "已取消"), _t2(2_000, "已取消"), PAYER]})
    [result] = _same_import(tmp_path, [april])
    assert _owed(by_name(at(tmp_path / "fast.sqlite"))["Tunis Trade"]) == (
        6_000, "black", {"T-1": (6_000, 110)})
    [note] = _removed(result)
    assert "says 已取消 (cancelled) where" in note and "T-2 (“台账” row 3)" in note
    kept = tmp_path / "kept" / NAMES[0]
    write_xlsx(kept, {"台账": APRIL})
    _same_import(kept.parent, [kept])
    write_xlsx(kept, {"台账": [*APRIL[:3], _t2(2_000, "已取消"), _t2(2_000, "已取消"), PAYER]})
    [result] = _same_import(kept.parent, [kept])
    assert not _removed(result)
    assert _written(kept.parent) == [("0", 8_000, "cancelled"), ("1", 2_000, "cancelled"),
                                     ("2", 2_000, "cancelled")]


# --- 4. a 有争议 row taking the line left over is said in its own word -----------------------

def test_a_disputed_lot_row_is_named_as_disputing(tmp_path: Path) -> None:
    """May's file writes 有争议 on the two lots under April's cancelled 8,000 row, which it no
    longer has: the lots are disputed (4,000) and the line left over goes (test_status33).
    Before: the report said the row “says 已恢复” (the order brought back), though it says
    the lots are disputed; now it says 有争议 and that the order is disputed, in English and
    Chinese."""
    may = [HEADER, T1, _t2(2_000, "有争议"), _t2(2_000, "有争议"), PAYER]
    _found, results = _season(tmp_path, NAMES, may)
    [note] = _removed(results[1])
    assert "已恢复" not in note and "says 有争议 (disputed) where" in note
    assert f"T-2 (“台账” row 3: {NAMES[0]})" in note and "counts once" in note
    [note] = in_chinese(lambda: _removed(results[1]))
    assert "已恢复" not in note and "写了“有争议”：" in note


# --- 3. three files: the figures follow the files' months, not the import order -------------

MIDDLE = [HEADER, T1, _t2(8_000, None, None), _t2(2_000, None), _t2(2_000, None), PAYER]
JUNE = [HEADER, T1, _t2(2_000, "已恢复"), _t2(2_000, "已恢复"), JPAY]


@pytest.mark.parametrize("middle", [None, "已恢复", "已取消"])
def test_three_files_settle_alike_in_every_import_order(tmp_path: Path,
                                                        middle: str | None) -> None:
    """April cancels T-2's 8,000 over its two lots; May (the middle file) lists the 8,000 row
    and the lots without a word (never cancelled there), 已恢复 or 已取消; June drops the 8,000
    row and writes 已恢复 on the lots, moved up. Hand count, by the files' months: June's T-2,
    two lots, 4,000; 10,000 open, whichever of the six orders the files are imported in.
    Before: 10,000 only in some orders; May imported first (12,000: the second lot's line
    stayed, May's rather than April's), May after June (18,000: May's 8,000 replaced June's
    first lot and its second lot added a third line), or May's 已恢复 imported in order
    (12,000: the line May brought back was not cancelled when June's lots came). May's
    已取消 settled alike before too, and still does."""
    may = [*MIDDLE[:2], _t2(8_000, middle, None), *MIDDLE[3:]]
    files = {"apr": ("台账 2025-04.xlsx", APRIL), "may": ("台账 2025-05.xlsx", may),
             "jun": ("台账 2025-06.xlsx", JUNE)}
    found = []
    for order in permutations(files):
        folder = tmp_path / "-".join(order)
        paths = {k: write_xlsx(folder / "ledgers" / name, {"台账": rows})
                 for k, (name, rows) in files.items()}
        results = _same_import(folder, *[[paths[k]] for k in order])
        found.append(_owed(by_name(at(folder / "fast.sqlite"))["Tunis Trade"]))
        assert _written(folder) == [("0", 2_000, None), ("1", 2_000, None)], order
        if order == ("apr", "jun", "may"):
            [note] = _removed(results[2])
            assert "file no longer has" in note and "T-2 (“台账” row 3)" in note
            assert note in import_report(results[2])
        if order[:2] == ("may", "jun") and middle != "已取消":  # May's 8,000 live, dropped
            [note] = _removed(results[1])
            assert "says 已恢复 on an order another file listed" in note
            assert "T-2 (“台账” row 3: 台账 2025-05.xlsx)" in note
            [note] = in_chinese(partial(_removed, results[1]))
            assert "在其他文件列出的订单上写了“已恢复”" in note
    assert found == [LOTS] * 6


# --- 5. a numberless order left without lines goes with its line ---------------------------

def test_a_numberless_lot_s_leftover_order_goes_too(tmp_path: Path) -> None:
    """Tunis Trade's rows of 03-10 without an order number (each identical row an order of
    its own): May's file writes the lot 已恢复 in the cancelled 8,000 row's place; the lot's
    earlier line, an order of its own, is removed (test_status33). Before: its order stayed
    stored without a line (a status of credit note, counted nowhere and never shown); now it
    goes with it, and the note names the file, sheet and row."""
    _lot, owed = _lots_season(tmp_path, "", (None, "FOB", "Li"))
    assert owed[0] == 8_000
    conn = sqlite3.connect(tmp_path / "fast.sqlite")
    try:
        assert conn.execute("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM "
                            "order_lines l WHERE l.order_id = o.id)").fetchone() == (0,)
    finally:
        conn.close()


# --- 1. one file name in month folders: each dated by its own folder -----------------------
# (the kept-out note naming the folder of the kept status's month: test_status33)

def test_a_slow_month_s_file_is_dated_by_its_folder(tmp_path: Path) -> None:
    """台账.xlsx in 2025-03, 2025-04, 2025-05 and 2025-06, imported in order. March: T-2
    ordered 03-10, 8,000; April's cancels it (Alpha's wire of 04-29); May was slow: its file
    carries T-1 and T-2 on, T-2 已恢复, shipped 05-03, no order or receipt dated in May (June's
    file: T-1 and a payer, received 06-30). Hand count at 06-30:
    T-1 6,000 and T-2 8,000 (OA 30 from 05-03: due 06-02, 28 days), 14,000 open. Before: May's
    file was dated by its rows only (03-10) and April's, dated 04-29, was the later: May's
    已恢复 was kept out, T-2 stayed cancelled, 6,000 open, and the note named “台账.xlsx”
    (now each file by its folder)."""
    folder = tmp_path / "ledgers"
    march = [HEADER, T1, _t2(8_000, None, None)]
    april = [HEADER, T1, _t2(8_000, "已取消", None), ALPHA]
    may = [HEADER, T1, _t2(8_000, "已恢复", "2025-05-03")]
    files = [write_xlsx(folder / month / "台账.xlsx", {"台账": rows}) for month, rows in (
        ("2025-03", march), ("2025-04", april), ("2025-05", may),
        ("2025-06", [HEADER, T1, PAYER]))]
    results = _same_import(tmp_path, *[[f] for f in files])
    assert _owed(by_name(at(tmp_path / "fast.sqlite"))["Tunis Trade"]) == (
        14_000, "black", {"T-1": (6_000, 110), "T-2": (8_000, 28)})
    assert not [k for r in results for k in _kept(r)]
