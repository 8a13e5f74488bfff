"""Order-line status where a firm's files disagree, counted by hand (cancel32).

Each ledger is written here with openpyxl, imported by both imports (which must agree) into
real SQLite files and analysed at A = 2025-06-30 (test_words_audit14: Late Co's rows dated
2025-02-20, OA 30 days).
"""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_cancel_correction28c import imported, imported_with
from test_cancel_guard29 import LOT, lines, lot
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name
from test_lists_audit30 import HEADER as AUDIT30_HEADER
from test_lists_audit30 import PAYER as AUDIT30_PAYER
from test_lists_audit30 import row as audit30_row
from test_reorder_leftover31 import _removed
from test_words_audit14 import HEADER, PAYER, late_payer, row

from core.ledger.report import import_report


@pytest.mark.parametrize("at_once", [False, True])
def test_a_cancelled_row_over_two_lots_deleted_counts_each_lot_once(tmp_path: Path,
                                                                    at_once: bool) -> None:
    """mar.xlsx: PO-1 8,000 已取消 (#0) over two 2,000 lots (#1, #2). The clerk deletes the
    8,000 row: the lots move up into #0 and #1; written 已恢复 (after the 正常 the guard did not
    take, or at once). Hand count: two lots, 4,000 open. Before: the 正常 read as the clerk's
    correction and #2, the second lot's line before it moved, stayed live: 6,000 open. Beside
    it, a file whose last lot is deleted and whose 8,000 row says 已恢复 in its place: no row
    moved (the row at #0 is 8,000, not #1's 2,000): the deleted lot's line, left out of this
    version of the workbook that lists its other lines again, is taken as deleted (cancelled)
    and named, as acct52b has a workbook imported again under its name (was 12,000 open)."""
    kept = tmp_path / "kept" / "mar.xlsx"
    imported(kept.parent, kept, [row("PO-1", status="已取消"), lot("正常"), lot("正常"), PAYER])
    db, result = imported_with(kept.parent, kept, [row("PO-1", status="已恢复"), lot("正常"),
                                                   PAYER])
    assert not _removed(result) and late_payer(db).open_amount == 8_000 + LOT
    assert "row 4 of mar.xlsx as imported before) is not in this version" in import_report(result)
    mar = tmp_path / "mar.xlsx"
    imported(tmp_path, mar, [row("PO-1", status="已取消"), lot("正常"), lot("正常"), PAYER])
    if not at_once:
        db, result = imported_with(tmp_path, mar, [lot("正常"), lot("正常"), PAYER])
        assert late_payer(db).open_amount == 2 * LOT
        assert [w.code for w in result.warnings] == ["cancellation_kept"]
    db, result = imported_with(tmp_path, mar, [lot("已恢复"), lot("已恢复"), PAYER])
    assert lines(db) == [("0", LOT, None), ("1", LOT, None)]
    assert late_payer(db).open_amount == 2 * LOT
    [note] = _removed(result)
    assert "“mar.xlsx”" in note and "PO-1 (“台账” row 2)" in note
    assert "below it moved up one place each" in note and "counts once" in note
    assert note in import_report(result)
    [note] = in_chinese(lambda: _removed(result))
    assert "“mar.xlsx”中有 1 行" in note and "PO-1（“台账”第 2 行）" in note and "依次上移" in note



def test_a_moved_lot_another_file_paid_since_counts_once_with_its_money(tmp_path: Path) -> None:
    """mar.xlsx: PO-1 8,000 已取消 over a 2,000 lot (#1); apr.xlsx repeats both rows, the lot
    with 500 received on 04-10 (#1's source now apr.xlsx). The clerk deletes mar.xlsx's
    cancelled row and writes 已恢复 on the lot, which moves up into #0. Hand count: one lot,
    2,000 less 500, 1,500 open. Before: #1, written by apr.xlsx since, was not known as the
    lot's earlier line and stayed: 3,500 open, and no word."""
    folder = tmp_path / "ledgers"
    mar = folder / "mar.xlsx"
    imported(tmp_path, mar, [row("PO-1", status="已取消"), lot("正常"), PAYER])
    paid = lot("正常")
    paid[HEADER.index("已收金额")], paid[HEADER.index("收款日期")] = 500, date(2025, 4, 10)
    imported(tmp_path, folder / "apr.xlsx", [row("PO-1", status="已取消"), paid, PAYER])
    db, result = imported_with(tmp_path, mar, [lot("已恢复"), PAYER])
    assert lines(db) == [("0", LOT, None)]
    assert late_payer(db).open_amount == LOT - 500
    [moved, money] = _removed(result)
    assert "PO-1 (“台账” row 2)" in moved and "counts once" in moved
    assert "money received on the line left over" in money and "PO-1 (“台账” row 2)" in money
    assert money in import_report(result)
    [_, money] = in_chinese(lambda: _removed(result))
    assert "已收款" in money and "PO-1（“台账”第 2 行）" in money


# --- an older file's word against a newer file's plain 正常 ---------------------------------

T1 = audit30_row("T-1", "Tunis Trade", "2025-02-03", 6_000, "2025-02-10")


def _t2(status: str) -> list[object]:
    """Tunis Trade's T-2, 5,000 shipped 04-02 (OA 30: due 05-02)."""
    return audit30_row("T-2", "Tunis Trade", "2025-03-10", 5_000, "2025-04-02", status=status)


def _tunis(folder: Path, said: tuple[str, str], order: tuple[str, ...], names: tuple[str, str] = (
        "台账 2025-04.xlsx", "台账 2025-05.xlsx")) -> tuple[tuple[float, float], list]:
    """April's file (its rows dated to 03-10) and May's (dated to 06-30 by the payer's
    receipt) say `said` of T-2; imported in `order` by both imports: Tunis Trade's open and
    disputed amounts, and the import results."""
    files = {"apr": write_xlsx(folder / "ledgers" / names[0], {"台账": [
                 AUDIT30_HEADER, T1, _t2(said[0])]}),
             "may": write_xlsx(folder / "ledgers" / names[1], {"台账": [
                 AUDIT30_HEADER, T1, _t2(said[1]), AUDIT30_PAYER]})}
    results = _same_import(folder, *[[files[name]] for name in order])
    assert [r.status for r in results] == ["imported", "imported"]
    tunis = by_name(at(folder / "fast.sqlite"))["Tunis Trade"]
    return (tunis.open_amount, tunis.disputed_amount), results


def _kept(result) -> list[str]:  # noqa: ANN001
    return [w.text for w in result.warnings if w.code == "older_status_kept"]


def test_a_newer_plain_word_lifts_an_older_dispute_in_either_order(tmp_path: Path) -> None:
    """April's 有争议, May's 正常: imported in order, May's 正常 lifts the dispute (11,000 open,
    none disputed). Before, May then April left T-2 disputed (6,000 open, 5,000 disputed):
    the order of the clicks decided. Now April's dispute is kept out and named in both
    languages. April's 已取消 against May's 正常 (the template's default) stays cancelled
    either way, 6,000 open, nothing kept out: a plain word keeps no cancellation out."""
    found, results = _tunis(tmp_path / "in order", ("有争议", "正常"), ("apr", "may"))
    assert found == (11_000, 0) and not _kept(results[1])
    found, results = _tunis(tmp_path / "late", ("有争议", "正常"), ("may", "apr"))
    assert found == (11_000, 0)
    [note] = _kept(results[1])
    assert "“台账 2025-04.xlsx”" in note and "T-2 (“台账” row 3: 台账 2025-05.xlsx)" in note
    assert note in import_report(results[1])
    [note] = in_chinese(lambda: _kept(results[1]))
    assert "“台账 2025-04.xlsx”中有 1 行订单的状态" in note
    for order in (("apr", "may"), ("may", "apr")):
        found, results = _tunis(tmp_path / "-".join(order), ("已取消", "正常"), order)
        assert found == (6_000, 0) and not _kept(results[1]), order


@pytest.mark.parametrize("said", [("已取消", "已恢复"), ("有争议", "正常")])
def test_one_file_name_every_month_is_judged_by_its_dates(tmp_path: Path,
                                                          said: tuple[str, str]) -> None:
    """台账.xlsx in the folders 2025-04 and 2025-05 (one name every month): April's 已取消 (or
    有争议), May's 已恢复 (or 正常). Imported in either order: T-2 owed, 11,000 open, none
    disputed, and imported late April's status is kept out and named. Before, the two files
    shared a name and April's row read as the correction of May's status: T-2 cancelled
    (6,000 open) or disputed, by the order of the clicks."""
    names = ("2025-04/台账.xlsx", "2025-05/台账.xlsx")
    found, results = _tunis(tmp_path / "in order", said, ("apr", "may"), names)
    assert found == (11_000, 0) and not _kept(results[1])
    found, results = _tunis(tmp_path / "late", said, ("may", "apr"), names)
    assert found == (11_000, 0)
    [note] = _kept(results[1])
    # each 台账.xlsx named with its folder (status33; before, both were “台账.xlsx”)
    assert "“2025-04/台账.xlsx”" in note and "T-2 (“台账” row 3: 2025-05/台账.xlsx)" in note



def test_three_files_words_settle_alike_in_every_import_order(tmp_path: Path) -> None:
    """March 已取消 (its rows to 03-10), April 有争议 (to 04-20), May 正常 (to 06-30). In order:
    April's dispute replaces the cancellation and May's 正常 lifts it: T-2 owed, 11,000 open,
    none disputed. The same in all six import orders. Before, March then May then April left
    T-2 disputed (May's 正常 over the cancellation kept no day, and April's dispute came
    after it)."""
    payer = audit30_row("P-0", "Payer", "2025-04-20", 1_000, "2025-04-21")
    for order in itertools.permutations(("mar", "apr", "may")):
        folder = tmp_path / "-".join(order)
        files = {"mar": write_xlsx(folder / "ledgers" / "mar.xlsx", {"台账": [
                     AUDIT30_HEADER, T1, _t2("已取消")]}),
                 "apr": write_xlsx(folder / "ledgers" / "apr.xlsx", {"台账": [
                     AUDIT30_HEADER, T1, _t2("有争议"), payer]}),
                 "may": write_xlsx(folder / "ledgers" / "may.xlsx", {"台账": [
                     AUDIT30_HEADER, T1, _t2("正常"), AUDIT30_PAYER]})}
        _same_import(folder, *[[files[name]] for name in order])
        tunis = by_name(at(folder / "fast.sqlite"))["Tunis Trade"]
        assert (tunis.open_amount, tunis.disputed_amount) == (11_000, 0), order
