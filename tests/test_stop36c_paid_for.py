"""A payment a third party made for a customer (代付) is the customer's money.

Orbit Tech LLC's two invoices (8,800 and 9,100, "T/T 30 days") were paid by its Hong Kong
trading company; the clerk wrote the bank slips on the 收款 tab as they read: Orbit Trading
(HK) Ltd in 客户名称, "代Orbit Tech LLC付款" in 备注, no invoice number. Read as the payer's, the
wires made a new customer with 17,900 on account while Orbit Tech owed 17,900, 118
days past due, and black-listed. Now each such row is Orbit Tech's: nothing open, on no list,
the payer no customer, and the report names the rows. A note saying only 代付, or naming a
name no row of the file sells to, moves nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx

from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.store import connect

A = date(2026, 11, 6)
ORDERS = [["PI号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式"],
          ["SZ260508", "Orbit Tech LLC", date(2026, 5, 8), date(2026, 5, 20), 8_800, "USD",
           "T/T 30 days"],
          ["SZ260908", "Orbit Tech LLC", date(2026, 9, 8), date(2026, 9, 20), 9_100, "USD",
           "T/T 30 days"],
          ["OS-1", "Oslo Living", date(2026, 3, 1), date(2026, 3, 20), 30_000, "USD",
           "T/T in advance"]]
PAYER = "Orbit Trading (HK) Ltd"


def _import(tmp_path: Path, note: str):  # type: ignore[no-untyped-def]
    paid = [["收款日期", "客户名称", "收款金额", "币种", "备注"],
            [date(2026, 6, 15), PAYER, 8_800, "USD", note],
            [date(2026, 10, 15), PAYER, 9_100, "USD", note],
            [date(2026, 3, 5), "Oslo Living", 30_000, "USD", None]]
    book = write_xlsx(tmp_path / "台账.xlsx", {"订单": ORDERS, "收款": paid})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [book])
    assert result.status == "imported", result.message
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
    return result, {c.customer: c for c in analysis.customers}


def test_a_payment_made_for_the_customer_is_its_money(tmp_path: Path) -> None:
    result, found = _import(tmp_path, "代Orbit Tech LLC付款")
    orbit = found["Orbit Tech LLC"]
    assert (orbit.open_amount, orbit.overdue_amount, orbit.list) == (0.0, 0.0, None)
    assert PAYER not in found
    [said] = [w for w in result.warnings if w.code == "paid_for"]
    assert said.params["count"] == 2 and "Orbit Tech LLC" in str(said.params["payments"])


def test_a_bare_daifu_names_no_one(tmp_path: Path) -> None:
    _, found = _import(tmp_path, "代付")
    orbit = found["Orbit Tech LLC"]
    assert (orbit.open_amount, orbit.max_days_overdue, orbit.list) == (17_900.0, 118, "black")
    assert found[PAYER].credit_on_account == 17_900.0
