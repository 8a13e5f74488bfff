"""A deposit and its balance on two rows of one order, each row copying the order's amount.

Kiev's KV-1 is 18,000 USD (T/T 30 % deposit, 70 % against B/L copy), shipped 2025-12-01. The
clerk books the 5,400 deposit on the order's row (备注 定金) and the 12,600 balance on a second
row copied from it: the same number, product and 18,000, 备注 尾款. KV-2, 9,000, is written
the same way, its deposit of 2,700 received and its balance row still empty. The second row
of each was read as a second sale: KV-1 36,000 with 15,300 open 114 days, KV-2 18,000, an
average order of 27,000 — not under 20,000, so Kiev was spared the black list while KV-2's
6,300 balance was 74 days past due. The copied row is the balance's payment, not goods: the
orders are 18,000 and 9,000, KV-1 paid, and Kiev (13,500 an order) on the black list for KV-2,
67 days past due: the balance falls due once the B/L copy reaches the buyer, 7 days after the
2026-01-10 shipment (bl50; 74 counted from the ship date).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import

from core.analysis.run import analyse
from core.store import connect

A = date(2026, 3, 25)
HEADER = ["合同号", "客户名称", "下单日期", "出货日期", "产品", "金额", "币种", "付款方式",
          "已收金额", "收款日期", "成本", "备注"]
TERMS = "T/T 30% deposit, 70% against B/L copy"


def _rows(balance_amount: float | None) -> list[list[object]]:
    kv1 = ["KV-1", "Kiev Partners", date(2025, 11, 3), date(2025, 12, 1), "Heater"]
    kv2 = ["KV-2", "Kiev Partners", date(2025, 12, 3), date(2026, 1, 10), "Heater"]
    return [
        HEADER,
        [*kv1, 18_000, "USD", TERMS, 5_400, date(2025, 11, 6), 13_000, "定金"],
        [*kv1, balance_amount, "USD", TERMS, 12_600, date(2025, 12, 5), None, "尾款"],
        [*kv2, 9_000, "USD", TERMS, 2_700, date(2025, 12, 6), 6_500, "定金"],
        [*kv2, balance_amount and 9_000, "USD", TERMS, None, None, None, "尾款"],
        # a customer paid on A: the ledger's receipts run to A
        ["X-1", "Other Co", A, A, "Lamp", 1_000, "USD", "T/T in advance", 1_000, A, 800, None],
    ]


def _kiev(tmp_path: Path, balance_amount: float | None, name: str) -> dict[str, object]:
    book = write_xlsx(tmp_path / f"{name}.xlsx", {"台账": _rows(balance_amount)})
    # the app's import and the reference import agree; the same file again changes nothing
    results = _same_import(tmp_path / name, [book], [book])
    assert [r.status for r in results] == ["imported", "already_imported"]
    db = tmp_path / name / "fast.sqlite"
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
    [kiev] = [c for c in analysis.customers if c.customer == "Kiev Partners"]
    return {"average": kiev.average_order, "open": kiev.open_amount,
            "days": kiev.max_days_overdue, "list": kiev.list,
            "invoices": {r.order_no: (r.amount, r.open) for r in kiev.receivables}}


def test_a_balance_row_copying_the_orders_amount_is_its_payment(tmp_path: Path) -> None:
    expected = {"average": 13_500, "open": 6_300, "days": 67, "list": "black",
                "invoices": {"KV-1": (18_000, 0), "KV-2": (9_000, 6_300)}}
    assert _kiev(tmp_path, None, "blank") == expected  # the balance rows without an amount
    assert _kiev(tmp_path, 18_000, "copied") == expected


def test_two_rows_of_one_product_without_payment_words_stay_two_sales(tmp_path: Path) -> None:
    rows = [HEADER,
            ["C-1", "Cairo Bazaar", date(2025, 10, 15), date(2025, 10, 30), "Lantern", 4_000,
             "USD", "OA 60 days", 2_000, date(2025, 12, 1), 3_000, "第一柜"],
            ["C-1", "Cairo Bazaar", date(2025, 10, 15), date(2025, 10, 30), "Lantern", 4_000,
             "USD", "OA 60 days", 2_000, date(2025, 12, 1), 3_000, "第二柜"],
            ["X-1", "Other Co", A, A, "Lamp", 1_000, "USD", "T/T in advance", 1_000, A, 800,
             None]]
    _same_import(tmp_path, [write_xlsx(tmp_path / "two.xlsx", {"台账": rows})])
    db = tmp_path / "fast.sqlite"
    with connect(db) as conn:
        [cairo] = [c for c in analyse(conn, as_of=A).customers if c.customer == "Cairo Bazaar"]
    assert [(r.amount, r.open) for r in cairo.receivables] == [(8_000, 4_000)]



def test_a_balance_shipment_is_a_lot_not_a_payment(tmp_path: Path) -> None:
    """"balance shipment" (the rest of the goods) says 'balance' as 尾款 does, but it ships
    goods: B-1's two 5,000 rows, 1st shipment 11-05 and balance shipment 12-05, unpaid, are
    10,000 owed, not one 5,000 lot gone without a word."""
    b1 = ["B-1", "Bremen Haus", date(2025, 10, 15)]
    rows = [HEADER,
            [*b1, date(2025, 11, 5), "Lantern", 5_000, "USD", "OA 30 days", None, None, 3_000,
             "1st shipment"],
            [*b1, date(2025, 12, 5), "Lantern", 5_000, "USD", "OA 30 days", None, None, 3_000,
             "balance shipment"],
            ["X-1", "Other Co", A, A, "Lamp", 1_000, "USD", "T/T in advance", 1_000, A, 800,
             None]]
    _same_import(tmp_path, [write_xlsx(tmp_path / "lots.xlsx", {"台账": rows})])
    with connect(tmp_path / "fast.sqlite") as conn:
        [bremen] = [c for c in analyse(conn, as_of=A).customers if c.customer == "Bremen Haus"]
    assert bremen.open_amount == 10_000

def test_the_balance_filled_in_next_month_pays_the_order_once(tmp_path: Path) -> None:
    """March's file repeats the sheet with KV-2's copied balance row now saying 6,300 received
    on 03-01: the row's own line takes it, the order stays 9,000 and is paid."""
    def book(name: str, paid: bool) -> Path:
        rows = _rows(18_000)
        rows[4] = [*rows[4][:8], 6_300 if paid else None, date(2026, 3, 1) if paid else None,
                   None, "尾款"]
        return write_xlsx(tmp_path / f"{name}.xlsx", {"台账": rows})

    _same_import(tmp_path / "db", [book("jan", False)], [book("mar", True)])
    with connect(tmp_path / "db" / "fast.sqlite") as conn:
        [kiev] = [c for c in analyse(conn, as_of=A).customers if c.customer == "Kiev Partners"]
    assert {r.order_no: (r.amount, r.open) for r in kiev.receivables} == {
        "KV-1": (18_000, 0), "KV-2": (9_000, 0)}
    assert (kiev.average_order, kiev.list) == (13_500, None)
