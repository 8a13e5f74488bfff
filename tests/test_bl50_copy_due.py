"""A balance against the B/L copy falls due once the copy reaches the buyer, not on the ship date.

Harbor Home buys on "30% deposit, 70% against B/L copy", the commonest terms of a Chinese
exporter: it pays the deposit before each shipment and wires the balance five days after the
goods leave, when the copy of the bill of lading has reached it. That is on time: the balance
falls due at shipment + `documents_days` (7). Read as due on the ship date (before bl50), it
"paid 4 of 4 invoices late" and could never be white-listed as paying reliably. Late Lane paid
one balance 40 days after shipment (33 days late, not 40) and owes another shipped 2025-11-01:
53 days past due on 2025-12-31 (from 11-08), not 60. A due date the ledger states wins; D/P
and L/C at sight still fall due at the documents' presentation (ship + 21), and days written
after the B/L date run from shipment, while days written after the copy run from the copy.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from ledgers import write_xlsx

from core import settings_store
from core.analysis.lists import white_reason
from core.analysis.model import CustomerMetrics
from core.analysis.run import analyse
from core.i18n import set_language, tr
from core.ledger.importer import import_files
from core.rules import Rules
from core.settings import SETTINGS
from core.store import connect

A = date(2025, 12, 31)
COPY = "30% deposit, 70% against B/L copy"
HEADER = ["合同号", "客户名称", "下单日期", "出货日期", "应收日期", "金额", "币种", "付款方式",
          "定金", "定金日期", "尾款", "尾款日期"]
# a buyer paying in advance on the year's last day: the receipts are known up to A
CLOCK = ["CL-1", "Clock Co", date(2025, 11, 1), date(2025, 12, 1), None, 5_000, "USD",
         "T/T in advance", 5_000, date(2025, 12, 31), None, None]
SHIPPED = [date(2025, 3, 1), date(2025, 5, 1), date(2025, 7, 1), date(2025, 9, 1)]


def _order(no: str, buyer: str, shipped: date, terms: str, paid_after: int | None,
           due: date | None = None) -> list[object]:
    """30,000 USD: the 9,000 deposit 20 days before shipment, the balance `paid_after` days
    after it (None: not paid)."""
    balance = None if paid_after is None else 21_000
    on = None if paid_after is None else shipped + timedelta(days=paid_after)
    return [no, buyer, shipped - timedelta(days=40), shipped, due, 30_000, "USD", terms,
            9_000, shipped - timedelta(days=20), balance, on]


def _firm(tmp_path: Path, terms: str = COPY, rows: list[list[object]] | None = None,
          documents_days: int | None = None) -> dict[str, CustomerMetrics]:
    harbor = [_order(f"HH-{n}", "Harbor Home", day, terms, 5) for n, day in enumerate(SHIPPED)]
    late = [_order("LL-1", "Late Lane", date(2025, 6, 1), terms, 40),
            _order("LL-2", "Late Lane", date(2025, 11, 1), terms, None)]
    book = write_xlsx(tmp_path / "台账.xlsx",
                      {"台账": [HEADER, CLOCK, *harbor, *late, *(rows or [])]})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [book])
    assert result.status == "imported", result.message
    with connect(db) as conn:
        if documents_days is not None:
            settings_store.put(conn, "documents_days", documents_days)
        analysis = analyse(conn, as_of=A)
    return {c.customer: c for c in analysis.customers}


def _due(customer: CustomerMetrics, order_no: str) -> tuple[date | None, int]:
    item = {r.order_no: r for r in customer.receivables}[order_no]
    return item.due_date, item.days_overdue


@pytest.mark.parametrize("terms", [COPY, "T/T 30% deposit, 70% against copy of B/L", "CAD",
                                   "30%定金，70%见提单复印件付款"])
def test_a_balance_wired_on_the_copy_is_on_time(tmp_path: Path, terms: str) -> None:
    customers = _firm(tmp_path, terms)
    harbor = customers["Harbor Home"]
    assert _due(harbor, "HH-0") == (date(2025, 3, 8), 0)
    assert (harbor.settled_count, harbor.on_time_share, harbor.late_count) == (4, 1.0, 0)
    assert "late_history" not in {m.code for m in harbor.reasons}
    assert white_reason(harbor, Rules.defaults()).code == "white_reliable"


@pytest.mark.parametrize("terms", [COPY, "CAD"])
def test_a_late_balance_counts_its_days_from_the_copy(tmp_path: Path, terms: str) -> None:
    late = _firm(tmp_path, terms)["Late Lane"]
    assert (late.settled_count, late.late_count) == (1, 1)
    assert late.avg_days_late == 40 - 7
    assert _due(late, "LL-2") == (date(2025, 11, 8), 53)
    assert late.max_days_overdue == 53


def test_the_setting_is_read(tmp_path: Path) -> None:
    customers = _firm(tmp_path, documents_days=0)  # due on the ship date, as before bl50
    harbor, late = customers["Harbor Home"], customers["Late Lane"]
    assert (harbor.settled_count, harbor.late_count) == (4, 4)
    assert white_reason(harbor, Rules.defaults()).code != "white_reliable"
    assert _due(late, "LL-2") == (date(2025, 11, 1), 60)
    assert late.avg_days_late == 40


def test_a_stated_due_date_wins(tmp_path: Path) -> None:
    stated = _order("ST-1", "Stated Co", date(2025, 10, 1), COPY, None, due=date(2025, 10, 3))
    assert _due(_firm(tmp_path, rows=[stated])["Stated Co"], "ST-1") == (date(2025, 10, 3), 89)


@pytest.mark.parametrize(("terms", "days"), [
    ("D/P at sight", 21),  # the documents' presentation, unchanged
    ("L/C at sight", 21),
    ("30% deposit, balance 30 days after B/L date", 30),  # from shipment, unchanged
    ("30%定金，70%提单日后30天", 30),
    ("30% deposit, balance against copy of B/L, 30 days from B/L date", 30),
    # terms writing days of their own: those days after shipment, as before bl50 (its first
    # form added the copy's week to days it judged to run from the copy; rv50c)
    ("30% deposit, balance 30 days after B/L copy", 30),
    ("30%定金，余款见提单复印件后30天", 30),
    ("deposit 30%, balance 60 days after receiving copy of B/L", 60),
    ("CAD 30 days", 30),
    ("30% deposit, 70% within 5 working days of B/L copy", 5),  # not the week twice
    ("30% deposit within 7 days of order, 70% against B/L copy", 7),  # the deposit's days
    ("月结30天，见提单复印件后付款", 28 + 30),  # 06-30, the month end, + 30 (rv50c: 7 + 30)
])
def test_other_terms(tmp_path: Path, terms: str, days: int) -> None:
    shipped = date(2025, 6, 2)
    other = _order("OT-1", "Other Terms", shipped, terms, None)
    due, _ = _due(_firm(tmp_path, rows=[other])["Other Terms"], "OT-1")
    assert due == shipped + timedelta(days=days)


def test_the_setting_in_both_languages() -> None:
    keys = [s.key for s in SETTINGS]
    setting = SETTINGS[keys.index("documents_days")]
    assert keys.index("documents_days") == keys.index("dp_presentation_days") + 1
    assert (setting.default, setting.page, setting.unit) == (7, "risk", "days")
    assert Rules.defaults().documents_days == 7
    try:
        set_language("zh_CN")
        assert tr(setting.label) == "见提单复印件付余款：出货后到期天数"
        assert "提单复印件" in tr(setting.explanation)
        set_language("en")
        assert tr(setting.label) == "Balance against B/L copy: days after shipment it is due"
        assert "B/L copy" in tr(setting.explanation)
    finally:
        set_language("en")
