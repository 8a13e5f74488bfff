"""Audit 30: the stop-loss list against a clerk's hand count, over a season of files as a small
exporter's clerk sends them: March's cumulative ledger, April's re-sent and re-sorted (one
order cancelled, one re-dated), the bank's slips of April (payments without an order number,
two on one day), and May's file whose 5月 tab carries the open orders on (上月结转; the
cancelled order restored, 已恢复, and shipped). Each is written here with openpyxl, imported
into a real SQLite file by the app's import and analysed at a stated as-of date.

The fault this audit fixes: a ledger's received cell is the total to date, dated with its
latest receipt. May's file says C-1 received 12,000 by 04-28; March's said 4,000 by 03-25.
March's file imported after May's (April's forgotten and imported late; March's file
corrected and imported again, as the report's first-date note advises) put C-1 back to 4,000
received: 8,000 the buyer had paid was owed again, May's payment of C-2 went to it, and a
buyer who owed nothing was black-listed, 72 days late. An older file's lower total dated
before the stored one no longer replaces it (core.ledger.older_receipts).

Hand counts, with the defaults: OA 30 (due = ship + 30; an order keeps its first date); black
for more than 60 days past due with an average valid order in W under 20,000 USD; watch for
more than 30; the pool pays the oldest due first; A = 2025-06-30.
"""

from __future__ import annotations

from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d

from core.ledger.importer import import_files

HEADER = ["合同号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
          "收款日期", "状态"]


def row(no: str, customer: str, ordered: str, amount: float, ship: str | None,
        received: float | None = None, on: str | None = None, status: str | None = None
        ) -> list[object]:
    return [no, customer, d(ordered), amount, "USD", "OA 30 days", d(ship), received, d(on),
            status]


PAYER = row("P-1", "Payer", "2025-05-01", 1_000, "2025-05-02", 1_000, "2025-06-30")
MARCH = [HEADER,
         row("G-1", "Lisbon Casa", "2025-01-08", 8_000, "2025-01-20"),
         row("T-1", "Tunis Trade", "2025-02-03", 6_000, "2025-02-10"),
         row("G-2", "Lisbon Casa", "2025-03-02", 9_000, "2025-03-15"),
         row("C-1", "Cairo Bazaar", "2025-03-05", 12_000, "2025-03-20", 4_000, "2025-03-25"),
         row("T-2", "Tunis Trade", "2025-03-10", 5_000, None)]
APRIL = [HEADER,  # re-sent whole, sorted by customer; C-1 re-dated; T-2 cancelled
         row("C-1", "Cairo Bazaar", "2025-04-02", 12_000, "2025-03-20", 4_000, "2025-03-25"),
         row("G-1", "Lisbon Casa", "2025-01-08", 8_000, "2025-01-20", 8_000, "2025-02-18"),
         row("G-2", "Lisbon Casa", "2025-03-02", 9_000, "2025-03-15"),
         row("G-3", "Lisbon Casa", "2025-04-05", 2_000, "2025-04-08"),
         row("T-1", "Tunis Trade", "2025-02-03", 6_000, "2025-02-10"),
         row("T-2", "Tunis Trade", "2025-03-10", 5_000, None, status="已取消")]
SLIPS = [["客户", "收款日期", "收款金额", "备注"],
         ["Lisbon Casa", d("2025-04-20"), 9_000, "水单"],
         ["Lisbon Casa", d("2025-04-20"), 2_000, "水单"]]
MAY = [HEADER,  # the 5月 tab: open orders carried on, T-2 restored and shipped
       row("T-1", "Tunis Trade", "2025-02-03", 6_000, "2025-02-10", status="上月结转"),
       row("T-2", "Tunis Trade", "2025-03-10", 5_000, "2025-05-03", status="已恢复"),
       row("C-1", "Cairo Bazaar", "2025-04-02", 12_000, "2025-03-20", 12_000, "2025-04-28",
           status="上月结转"),
       row("G-4", "Lisbon Casa", "2025-05-06", 7_000, "2025-05-10", 7_000, "2025-06-05"),
       row("C-2", "Cairo Bazaar", "2025-05-12", 3_000, "2025-05-15", 3_000, "2025-06-10"),
       PAYER]


def _files(folder: Path, march: list[list[object]] = MARCH) -> dict[str, Path]:
    return {"mar": write_xlsx(folder / "台账 2025-03.xlsx", {"台账": march}),
            "apr": write_xlsx(folder / "台账 2025-04.xlsx", {"台账": APRIL}),
            "bank": write_xlsx(folder / "银行水单 2025-04.xlsx", {"收款": SLIPS}),
            "may": write_xlsx(folder / "台账 2025-05.xlsx", {"5月": MAY})}


def _verdicts(db: Path) -> dict[str, tuple[float, str | None, dict[str, tuple[float, int]]]]:
    return {name: (round(c.open_amount, 2), c.list,
                   {r.order_no or "": (round(r.open, 2), r.days_overdue)
                    for r in c.receivables})
            for name, c in by_name(at(db)).items()}


# Hand count. Lisbon Casa: G-1 8,000 paid 02-18 (due 02-19); G-2 9,000 (due 04-14) and G-3
# 2,000 (due 05-08) paid by the two slips of 04-20; G-4 paid 06-05 (due 06-09): nothing
# open, a good buyer: white. Cairo Bazaar: C-1 12,000 (first date 03-05, shipped 03-20, due
# 04-19) paid in full by 04-28; C-2 3,000 paid 06-10 (due 06-14): nothing open, no list.
# Tunis Trade: T-1 6,000 due 03-12, never paid: 110 days; T-2 restored, shipped 05-03, due
# 06-02, 28 days: 11,000 open, average order 5,500: black.
EXPECTED = {
    "Lisbon Casa": (0, "white", {"G-1": (0, 0), "G-2": (0, 0), "G-3": (0, 0), "G-4": (0, 0)}),
    "Cairo Bazaar": (0, None, {"C-1": (0, 0), "C-2": (0, 0)}),
    "Tunis Trade": (11_000, "black", {"T-1": (6_000, 110), "T-2": (5_000, 28)}),
    "Payer": (0, None, {"P-1": (0, 0)}),
}


def test_the_season_in_the_clerks_order_matches_the_hand_count(tmp_path):
    files = _files(tmp_path / "ledgers")
    db = tmp_path / "firm.sqlite"
    for name in ("mar", "apr", "bank", "may"):
        [result] = import_files(db, [files[name]])
        assert result.status == "imported", result.message
    assert _verdicts(db) == EXPECTED


def test_marchs_file_corrected_and_imported_again_takes_no_money_back(tmp_path):
    """The report's note on C-1 (listed again with a later date) advises correcting the first
    date in the file that first listed it and importing that file again. The clerk does so
    after May's file: March's C-1 row still says 4,000 received by 03-25. Before: C-1 owed
    8,000 again, C-2's 3,000 paid part of it, 8,000 open, 72 days: Cairo Bazaar black."""
    files = _files(tmp_path / "ledgers")
    db = tmp_path / "firm.sqlite"
    for name in ("mar", "apr", "bank", "may"):
        import_files(db, [files[name]])
    corrected = [*MARCH[:4], row("C-1", "Cairo Bazaar", "2025-04-02", 12_000, "2025-03-20",
                                 4_000, "2025-03-25"), MARCH[5]]
    [again] = import_files(db, [_files(tmp_path / "ledgers", corrected)["mar"]])
    assert again.status == "imported", again.message
    cairo = _verdicts(db)["Cairo Bazaar"]
    assert cairo == (0, None, {"C-1": (0, 0), "C-2": (0, 0)})


def test_april_forgotten_and_imported_after_may_takes_no_money_back(tmp_path):
    """April's file imported last: its C-1 row (4,000 by 03-25) is older than May's total.
    Before: Cairo Bazaar 8,000 open and black, as above. T-2: April's 已取消 is older than
    May's 已恢复 (by the dates the files carry, core.ledger.older_status) and no longer cancels
    it again: Tunis Trade owes 11,000, as in the clerk's order (before: 6,000, T-1 alone)."""
    files = _files(tmp_path / "ledgers")
    db = tmp_path / "firm.sqlite"
    for name in ("mar", "bank", "may", "apr"):
        import_files(db, [files[name]])
    found = _verdicts(db)
    assert found["Cairo Bazaar"] == EXPECTED["Cairo Bazaar"]
    assert found["Lisbon Casa"] == EXPECTED["Lisbon Casa"]
    assert found["Tunis Trade"] == EXPECTED["Tunis Trade"]


def test_the_row_that_wrote_the_total_corrects_it_in_its_own_file(tmp_path):
    """May's row is the one that wrote 12,000: the clerk finds it should have been 4,000 by
    03-25 (the 8,000 went to another buyer) and imports May's file again. Its own row's
    correction is taken: C-1 8,000 open from 04-19, 72 days; C-2's 3,000 of 06-10 pays the
    oldest due first, so C-1 5,000 and C-2 3,000 are open (15,000 − 7,000 = 8,000); average
    order 7,500: black."""
    files = _files(tmp_path / "ledgers")
    db = tmp_path / "firm.sqlite"
    for name in ("mar", "apr", "bank", "may"):
        import_files(db, [files[name]])
    fixed = [row("C-1", "Cairo Bazaar", "2025-04-02", 12_000, "2025-03-20", 4_000,
                 "2025-03-25", status="上月结转") if r is MAY[3] else r for r in MAY]
    [again] = import_files(db, [write_xlsx(tmp_path / "ledgers" / "台账 2025-05.xlsx",
                                           {"5月": fixed})])
    assert again.status == "imported", again.message
    assert _verdicts(db)["Cairo Bazaar"] == (8_000, "black", {"C-1": (5_000, 72),
                                                             "C-2": (3_000, 16)})


def test_both_imports_agree_over_the_season_in_either_order(tmp_path):
    """May's file first, March's last (a folder imported in another order): the verdicts are
    the hand count's, T-2 included: April's 已取消 is older than May's 已恢复 (before, it
    cancelled T-2 again: Tunis Trade 6,000)."""
    files = _files(tmp_path / "ledgers")
    _same_import(tmp_path / "in order", *[[files[n]] for n in ("mar", "apr", "bank", "may")])
    _same_import(tmp_path / "late", *[[files[n]] for n in ("may", "bank", "apr", "mar")])
    found = _verdicts(tmp_path / "late" / "fast.sqlite")
    assert found == EXPECTED


def test_the_kept_total_is_named_in_the_report_by_both_imports(tmp_path, monkeypatch):
    """Lead's review: the stored total kept out of an older file is said, with both figures,
    so a clerk whose newer file lowered an overstated total can see it was not taken. April's
    file after May's: C-1's 4,000 by 03-25 against May's 12,000 by 04-28, in both languages."""
    from core.ledger.report import import_report

    files = _files(tmp_path / "ledgers")
    results = _same_import(tmp_path, *[[files[n]] for n in ("mar", "bank", "may", "apr")])
    report = import_report(results[-1])
    assert ("1 order line's received figure in this file is lower and dated earlier than the "
            "one a later file stored") in report
    assert "C-1 (“台账” row 2: 12,000.00 2025-04-28 / 4,000.00 2025-03-25)" in report
    said = in_chinese(lambda: import_report(results[-1]))
    assert ("保留较晚的数字：C-1（“台账”第 2 行：12,000.00 2025-04-28 / 4,000.00 "
            "2025-03-25）") in said
    for earlier in results[:-1]:
        assert "later figure is kept" not in import_report(earlier)
