"""An older file's status no longer overrides a newer file's (core.ledger.older_status).

April's file marks T-2 已取消; May's file (its rows dated later) writes 已恢复 and ships it on
05-03. Imported April then May, Tunis Trade owes T-1 and T-2, 11,000. Before, May then April (a
file forgotten and imported late) cancelled T-2 again: 6,000 open, the 5,000 shipped on 05-03
off the buyer's account, and the stop-loss list judged by the order the clerk clicked the files
in. The files are written here with openpyxl, imported by both imports (which must agree) into
real SQLite files and analysed at A = 2025-06-30.

Hand count (OA 30: due = ship + 30): T-1 6,000 shipped 02-10, due 03-12, never paid: 110 days;
T-2 5,000 shipped 05-03, due 06-02: 28 days. 11,000 open, average order 5,500: black.
"""

from __future__ import annotations

from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit30 import HEADER, PAYER, _verdicts, row

from core.ledger.report import import_report

T1 = row("T-1", "Tunis Trade", "2025-02-03", 6_000, "2025-02-10")
MARCH = [HEADER, T1, row("T-2", "Tunis Trade", "2025-03-10", 5_000, None, status="已取消")]
APRIL = [HEADER, T1, row("T-2", "Tunis Trade", "2025-03-10", 5_000, None, status="已取消")]
MAY = [HEADER, row("T-1", "Tunis Trade", "2025-02-03", 6_000, "2025-02-10", status="上月结转"),
       row("T-2", "Tunis Trade", "2025-03-10", 5_000, "2025-05-03", status="已恢复"), PAYER]
BOTH = (11_000, "black", {"T-1": (6_000, 110), "T-2": (5_000, 28)})
T1_ONLY = (6_000, "black", {"T-1": (6_000, 110)})


def _files(folder: Path, april: list[list[object]] = APRIL) -> dict[str, Path]:
    return {"mar": write_xlsx(folder / "台账 2025-03.xlsx", {"台账": MARCH}),
            "apr": write_xlsx(folder / "台账 2025-04.xlsx", {"台账": april}),
            "may": write_xlsx(folder / "台账 2025-05.xlsx", {"台账": MAY})}


def _season(tmp_path: Path, order: tuple[str, ...], april: list[list[object]] = APRIL):
    files = _files(tmp_path / "ledgers", april)
    results = _same_import(tmp_path, *[[files[name]] for name in order])
    assert all(r.status == "imported" for r in results), [r.message for r in results]
    return results


def test_april_imported_after_may_no_longer_cancels_t2_again(tmp_path):
    """Before: 6,000 open (T-1 alone), T-2 cancelled by the older file imported last. The row
    that wrote the kept status still corrects it: May's file corrected to 已取消 and imported
    again is the clerk's word, not an older file's (T-2 off the account, 6,000)."""
    _season(tmp_path / "in order", ("apr", "may"))
    assert _verdicts(tmp_path / "in order" / "fast.sqlite")["Tunis Trade"] == BOTH
    late = tmp_path / "late"
    _season(late, ("may", "apr"))
    assert _verdicts(late / "fast.sqlite")["Tunis Trade"] == BOTH
    fixed = [*MAY[:2], row("T-2", "Tunis Trade", "2025-03-10", 5_000, "2025-05-03",
                           status="已取消"), PAYER]
    _same_import(late, [write_xlsx(late / "ledgers" / "台账 2025-05.xlsx", {"台账": fixed})])
    assert _verdicts(late / "fast.sqlite")["Tunis Trade"] == T1_ONLY


def test_an_older_reinstatement_does_not_lift_a_newer_cancellation(tmp_path):
    """The other way round: March cancels T-2, April writes 已恢复 (shipped 04-02), June's
    file cancels it for good. Imported March, June, then April (late): T-2 stays cancelled, 6,000
    open. Before, April's 已恢复 lifted June's 已取消: 11,000 open."""
    files = {**_files(tmp_path / "ledgers", [
        *APRIL[:2], row("T-2", "Tunis Trade", "2025-03-10", 5_000, "2025-04-02",
                        status="已恢复")]),
             "jun": write_xlsx(tmp_path / "ledgers" / "台账 2025-06.xlsx", {"台账": [
                 HEADER, row("T-1", "Tunis Trade", "2025-02-03", 6_000, "2025-02-10",
                             status="上月结转"),
                 row("T-2", "Tunis Trade", "2025-03-10", 5_000, None, status="已取消"),
                 PAYER]})}
    results = _same_import(tmp_path, *[[files[n]] for n in ("mar", "jun", "apr")])
    assert all(r.status == "imported" for r in results)
    found = _verdicts(tmp_path / "fast.sqlite")["Tunis Trade"]
    assert found == T1_ONLY


def test_the_kept_status_is_named_with_both_files_in_both_languages(tmp_path):
    results = _season(tmp_path, ("may", "apr"))
    report = import_report(results[-1])
    assert ("1 order line's status in “台账 2025-04.xlsx” differs from the one a later-dated "
            "file wrote") in report
    assert "T-2 (“台账” row 3: 台账 2025-05.xlsx)" in report and "已恢复" in report
    said = in_chinese(lambda: import_report(results[-1]))
    assert "“台账 2025-04.xlsx”中有 1 行订单的状态" in said
    assert "T-2（“台账”第 3 行：台账 2025-05.xlsx）" in said
    assert "later status is kept" not in import_report(results[0])


def test_the_older_file_edited_and_imported_again_still_keeps_the_newer_status(tmp_path):
    """April's file edited after the late import (a note added to T-1) and imported again:
    its T-2 row is not the row that wrote T-2's status (May's is) and stays kept out.
    Before: cancelled at either import, 6,000 open."""
    _season(tmp_path, ("may", "apr"))
    edited = [[*HEADER, "备注"], [*T1, "催款"], [*APRIL[2], None]]
    _same_import(tmp_path, [_files(tmp_path / "ledgers", edited)["apr"]])
    assert _verdicts(tmp_path / "fast.sqlite")["Tunis Trade"] == BOTH
