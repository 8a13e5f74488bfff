"""Money received under a letter of credit pays the invoice the letter paid, not the oldest.

Lc Co owes OA-1, 10,000 USD on OA 30 shipped 2025-01-10 (due 02-09), nothing received: at
A = 2025-06-30 it is 141 days past due. Its LC-2, 15,000 on "L/C at sight" shipped 05-20, was
paid by the bank on 06-10, and the clerk wrote the 15,000 on LC-2's row. Spent oldest-due first,
the letter's money paid OA-1 and left LC-2 10,000 open for 41 days: the buyer was watched, not
black-listed (core.analysis.direct_money.pay_own). The ledger is imported by both imports and the
analysis compared with the reference analysis (tests/reference_analysis.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_analysis import _compare
from test_fast_import import _same_import

from core.analysis.model import CustomerMetrics
from core.analysis.run import analyse
from core.store import connect

A = date(2025, 6, 30)
HEADER = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "实收金额",
          "收款日期"]
OLD = ["OA-1", "Lc Co", date(2025, 1, 5), 10_000, "USD", "OA 30 days", date(2025, 1, 10),
       None, None]
PAYER = ["P-9", "Payer", date(2025, 5, 1), 1_000, "USD", "OA 30 days", date(2025, 5, 2),
         1_000, A]


def letter(received: float, terms: str = "L/C at sight") -> list[object]:
    return ["LC-2", "Lc Co", date(2025, 4, 1), 15_000, "USD", terms, date(2025, 5, 20),
            received, date(2025, 6, 10)]


def buyer(tmp_path: Path, *rows: list[object],
          around: tuple[list[object], ...] = (HEADER, OLD, PAYER)
          ) -> tuple[Path, CustomerMetrics]:
    """Lc Co's metrics from a ledger of `rows` between a header and OA-1, and the payer row
    (`around`), imported by both imports."""
    head, old, payer = around
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [head, old, *rows, payer]})
    assert [r.status for r in _same_import(tmp_path / "imported", [path])] == ["imported"]
    db = tmp_path / "imported" / "fast.sqlite"
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
    [found] = [c for c in analysis.customers if c.customer == "Lc Co"]
    return db, found


@pytest.mark.parametrize("terms", ["L/C at sight", "信用证 90天"])
def test_the_letters_money_pays_its_own_invoice_and_the_old_one_stays_late(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, terms: str) -> None:
    db, c = buyer(tmp_path, letter(15_000, terms))
    assert [(r.order_no, r.open) for r in c.receivables] == [("OA-1", 10_000), ("LC-2", 0)]
    assert (c.open_amount, c.max_days_overdue, c.list) == (10_000, 141, "black")
    _compare(db, tmp_path, monkeypatch, [None, A])


def test_what_the_letter_paid_beyond_its_invoice_joins_the_pool(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    """18,000 written on LC-2's row: 15,000 pays LC-2, the 3,000 left pays the oldest, OA-1."""
    db, c = buyer(tmp_path, letter(18_000))
    assert [(r.order_no, r.open) for r in c.receivables] == [("OA-1", 7_000), ("LC-2", 0)]
    assert (c.open_amount, c.max_days_overdue) == (7_000, 141)
    _compare(db, tmp_path, monkeypatch, [None, A])


def test_a_wire_on_a_tt_order_still_pays_the_oldest_invoice_first(tmp_path: Path) -> None:
    """Not a letter: a lump wire the clerk wrote on the latest order's row pays the oldest
    invoice first, as before."""
    _, c = buyer(tmp_path, letter(15_000, "T/T 30 days"))
    assert [(r.order_no, r.open) for r in c.receivables] == [("OA-1", 0), ("LC-2", 10_000)]
