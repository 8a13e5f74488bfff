"""Payments' own rows (a 收款 sheet's, or rows typed 收款) across files (wires29).

A clerk keeps the orders in one workbook and the customers' payments in another, and sometimes
also fills the invoice row's 已收金额. The analysis's copied-wire check ran payment rows through
the sale rows' rule: a payment row's shipment is worth nothing, so every payment of one sum on
one day was taken for a copy, and two real payments counted as one (a paid invoice left open,
a good buyer black-listed). It now runs the import's own rule (core.ledger.receipts.
booked_twice) on them: a payment repeating a sale row's figure in another file is counted once,
each sale row's figure matched by one payment at most; payments of one sum stay apart.
"""

from __future__ import annotations

from pathlib import Path

from ledgers import write_xlsx
from test_lists_audit28 import at, by_name, d, imported
from test_lists_audit29 import HEADER, PAYER, RECEIPTS_HEADER, owed, row

from core.analysis.model import CustomerMetrics


def two_files(tmp_path: Path, orders: list[list[object]], receipts: list[list[object]]
              ) -> dict[str, CustomerMetrics]:
    db = tmp_path / "firm.sqlite"
    imported(db, write_xlsx(tmp_path / "orders 2025.xlsx", {"台账": orders}))
    imported(db, write_xlsx(tmp_path / "payments 2025.xlsx", {"收款": receipts}))
    return by_name(at(db))


def test_a_second_payment_of_the_sum_an_invoice_row_carries_is_money_of_its_own(tmp_path):
    """Orders file: N-1 5,000 with 5,000 received 04-20 on its row, N-2 5,000, both due 04-09.
    Payments file: two 5,000 wires on 04-20, N-1's again and N-2's. Hand count: both paid,
    nothing open, on no list. Before: both payment rows were taken for copies of N-1's
    figure, N-2 5,000 open 82 days, average order 3,667: black."""
    orders = [HEADER,
              row("N-1", "Nairobi Deco", "2025-03-01", 5_000, "2025-03-10", 5_000,
                  "2025-04-20"),
              row("N-2", "Nairobi Deco", "2025-03-02", 5_000, "2025-03-10"),
              PAYER]
    receipts = [RECEIPTS_HEADER, ["Nairobi Deco", d("2025-04-20"), 5_000, "N-1"],
                ["Nairobi Deco", d("2025-04-20"), 5_000, "N-2"]]
    nairobi = two_files(tmp_path, orders, receipts)["Nairobi Deco"]
    assert owed(nairobi) == {"N-1@2025-04-09": (0, 0), "N-2@2025-04-09": (0, 0)}
    assert (nairobi.open_amount, nairobi.credit_on_account, nairobi.list) == (0, 0, None)


def test_one_sum_on_one_day_in_two_files_is_one_payment_whatever_the_date_columns(tmp_path):
    """5,000 on 04-20 on the orders workbook's 收款 sheet and on the bank's list of slips
    (which has a 日期 column, read as the rows' date, beside 收款日期), naming no order, no
    reference: one wire listed twice, counted once and named in the report
    (core.ledger.payments_seen), as where neither list has a date column. N-1 paid, N-2 and
    N-3 5,000 open 82 days each. fix41b: the rows' key held the 日期 column's day where a list
    had one (a 下单日期, the entry day) and the date received where not, so one wire on a
    weekly list and on the bank's export was two (rv41c F3); this test, written when the key
    held the column's day, said two payments."""
    orders = [HEADER,
              row("N-1", "Nairobi Deco", "2025-03-01", 5_000, "2025-03-10"),
              row("N-2", "Nairobi Deco", "2025-03-02", 5_000, "2025-03-10"),
              row("N-3", "Nairobi Deco", "2025-03-03", 5_000, "2025-03-10"),
              PAYER]
    db = tmp_path / "firm.sqlite"
    imported(db, write_xlsx(tmp_path / "orders 2025.xlsx", {
        "台账": orders, "收款": [RECEIPTS_HEADER, ["Nairobi Deco", d("2025-04-20"), 5_000, None]]}))
    # the bank's list dates each slip on its day of entry (日期) beside the day the money came
    imported(db, write_xlsx(tmp_path / "payments 2025.xlsx", {
        "收款": [["客户", "日期", "收款日期", "收款金额"],
                 ["Nairobi Deco", d("2025-04-19"), d("2025-04-20"), 5_000]]}))
    nairobi = by_name(at(db))["Nairobi Deco"]
    assert owed(nairobi) == {"N-1@2025-04-09": (0, 0), "N-2@2025-04-09": (5_000, 82),
                             "N-3@2025-04-09": (5_000, 82)}
    assert (nairobi.open_amount, nairobi.credit_on_account) == (10_000, 0)
