"""A usance L/C or D/A "after sight" falls due that many days after the documents are presented.

Bari's BA-1 is 9,000 USD on "L/C at 90 days after sight", shipped 2026-01-05 and not paid by
2026-06-12 (receipts are booked to Oslo's payment of that day). The documents reach the
issuing bank within the 21 presentation days the firm allows D/P and sight credits
(dp_presentation_days), and the bank pays 90 days after it sees them: due 2026-04-26, 47 days
past due, on the watch list. Read as 90 days from shipment (due 2026-04-05), it was 68 days
past due and, with a 9,000 USD average order, black-listed: supply suspended to a buyer whose
bank has not yet been late by the stop-loss's 60 days. Its earlier BA-0, paid on 2025-12-20,
90 days after sight of documents shipped 2025-09-01 (due 2025-12-21), was called paid late.
"90 days after B/L date" still falls due from shipment, and so does D/P's own rule.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from ledgers import write_xlsx

from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.store import connect

A = date(2026, 6, 15)
HEADER = ["合同号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "已收金额",
          "收款日期"]
PAID = ["OS-1", "Oslo Living", date(2026, 3, 1), date(2026, 3, 20), 30_000, "USD",
        "T/T in advance", 30_000, date(2026, 6, 12)]


def _bari(tmp_path: Path, terms: str):  # type: ignore[no-untyped-def]
    rows = [["BA-0", "Bari Import", date(2025, 8, 1), date(2025, 9, 1), 9_000, "USD", terms,
             9_000, date(2025, 12, 20)],
            ["BA-1", "Bari Import", date(2025, 12, 1), date(2026, 1, 5), 9_000, "USD", terms,
             None, None]]
    book = write_xlsx(tmp_path / "台账.xlsx", {"台账": [HEADER, PAID, *rows]})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [book])
    assert result.status == "imported", result.message
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
    return {c.customer: c for c in analysis.customers}["Bari Import"]


@pytest.mark.parametrize("terms", ["L/C at 90 days after sight", "L/C 90 days sight",
                                   "见票后90天远期信用证", "D/A 90 days after sight"])
def test_after_sight_counts_from_the_presentation(tmp_path: Path, terms: str) -> None:
    bari = _bari(tmp_path, terms)
    late = {r.order_no: r for r in bari.receivables}["BA-1"]
    assert late.due_date == date(2026, 1, 5) + timedelta(days=21 + 90)
    assert (late.days_overdue, bari.list) == (47, "watch")
    assert (bari.late_count, bari.settled_count) == (0, 1)


def test_after_the_bill_of_lading_counts_from_shipment(tmp_path: Path) -> None:
    bari = _bari(tmp_path, "L/C 90 days after B/L date")
    late = {r.order_no: r for r in bari.receivables}["BA-1"]
    assert (late.due_date, late.days_overdue, bari.list) == (date(2026, 4, 5), 68, "black")
