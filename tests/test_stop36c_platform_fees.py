"""A buyer paying through PayPal or Alibaba's Trade Assurance is paid less the platform's fee.

Lucas Silva (Brazil) pays every order by PayPal the day he places it; PayPal keeps 4.4 % +
0.30 USD, so 900 arrives as 860.10, 1,500 as 1,433.70, 6,200 as 5,926.90. Read as debt, the
shortfalls ran through the account oldest first: the 66.30 short on 1,500 took September's
money, so the August invoice counted "paid late", and 339.40 stayed open on the September
invoice, 49 days past due: Lucas on the watch list ("the order of 2026-09-12: 339 USD open,
49 days past due") though he never owed a cent. Now each invoice short by no more than the
platform's fee is paid: nothing open, 0 of 2 paid late, on no list of the stop-loss phase.
Maple Circuits on "Alibaba Trade Assurance" had its terms unread (due 30 days after shipment)
and "2 of 2 invoices paid late, 70 days on average"; now money in advance, paid on time.
A buyer wiring by T/T the same short sums still owes them: the bank's charge is no 4.4 %.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx

from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.store import connect

A = date(2026, 11, 6)
HEADER = ["客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "已收金额", "收款日期"]


def _net(amount: float) -> float:
    return round(amount - (amount * 0.044 + 0.3), 2)


def _buyer(tmp_path: Path, terms: str):  # type: ignore[no-untyped-def]
    rows = [["Lucas Silva", date(2026, month, 12), date(2026, month, 18), amount, "USD", terms,
             _net(amount), date(2026, month, 12)]
            for month, amount in ((4, 900), (8, 1_500), (9, 6_200))]
    paid = ["Oslo Living", date(2026, 10, 1), date(2026, 10, 20), 30_000, "USD",
            "T/T in advance", 30_000, A]
    book = write_xlsx(tmp_path / "台账.xlsx", {"台账": [HEADER, paid, *rows]})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [book])
    assert result.status == "imported", result.message
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
    return {c.customer: c for c in analysis.customers}["Lucas Silva"]


@pytest.mark.parametrize("terms", ["PayPal", "Alibaba Trade Assurance", "阿里巴巴信用保障",
                                   "credit card"])
def test_a_platform_fee_short_is_paid(tmp_path: Path, terms: str) -> None:
    lucas = _buyer(tmp_path, terms)
    assert [round(r.open, 2) for r in lucas.receivables] == [0.0, 0.0, 0.0]
    assert (lucas.overdue_amount, lucas.max_days_overdue) == (0.0, 0)
    assert (lucas.late_count, lucas.settled_count) == (0, 3)
    assert lucas.list != "watch" and lucas.main_rung == "tt_advance"


def test_a_wire_short_by_as_much_still_owes_it(tmp_path: Path) -> None:
    """Each wire, sent the day its order was placed and written on that order's row, pays
    that order (fix59o): 6,200 short 273.10, 49 days past due, watch; 1,500 short 66.30, a
    small remainder (under min_open_usd: shown, never overdue); 900 short 39.90, a bank charge.
    Spent oldest first, August's short rode on September's invoice: 339.40 overdue."""
    lucas = _buyer(tmp_path, "T/T in advance")
    assert [round(r.open, 2) for r in lucas.receivables] == [0.0, 66.3, 273.1]
    assert (round(lucas.overdue_amount, 2), lucas.small_remainders) == (273.1, 66.3)
    assert (lucas.max_days_overdue, lucas.list) == (49, "watch")


def test_a_platform_beside_credit_days_keeps_the_days() -> None:
    """"Trade Assurance, T/T 30 days" is open account for 30 days (the platform only carries
    the wire): read as money in advance it fell due on its ship date, 30 days early."""
    from core.ledger.terms import parse_payment_terms

    read = {text: (t.rung, t.credit_days) for text in (
        "Trade Assurance, T/T 30 days", "信用保障 T/T 60天", "Alibaba Trade Assurance", "PayPal")
        if (t := parse_payment_terms(text)) is not None}
    assert read == {"Trade Assurance, T/T 30 days": ("oa", 30), "信用保障 T/T 60天": ("oa", 60),
                    "Alibaba Trade Assurance": ("tt_advance", None), "PayPal": ("tt_advance", None)}
