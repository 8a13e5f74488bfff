"""fix54l: a received figure on a line of an order of several judged against the order's total.

Reader 72 judged each receipt against its own line: a clerk writing an order of seven 1,000
USD product lines and its whole 7,000 received on the first line had written "7 times the
invoice", the RMB rate, so the column was read as RMB and each buyer who paid in full was left
about 6,028 open, 100 days overdue, black-listed (rv54c s17).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_acct52j_shipped_rows import codes, customer
from test_fast_import import _same_import

from core.ledger.report import import_report

HEAD = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "出货日期", "已收金额",
        "收款日期"]
END = date(2025, 6, 30)
LAST = ["O-1", "Other Co", date(2025, 6, 1), 1000, "USD", "T/T", date(2025, 6, 1), 1000, END]
A, B, G, D = "Alpha Haushalt GmbH", "Beta Homeware Ltd", "Gamma Cuisine SAS", "Delta Casa SL"


def _row(number: str, buyer: str, day: date, amount: float, paid: float | None = None,
         on: date | None = None) -> list[object]:
    return [number, buyer, day, amount, "USD", "OA 30 days", day, paid, on if paid else None]


def _order(number: str, buyer: str, day: date, first: float | None, each: float | None = None
           ) -> list[list[object]]:
    """Seven 1,000 lines: `first` received on the first line, `each` on every other one."""
    paid = date(2025, 3, 15)
    return [_row(number, buyer, day, 1000, first if k == 0 else each, paid) for k in range(7)]


def _figures(db: Path, name: str) -> tuple[float, float, int, str | None]:
    found = customer(db, name, END)
    return found.open_amount, found.credit_on_account, found.max_days_overdue, found.list


def _import(tmp_path: Path, rows: list[list[object]]) -> tuple[Path, str, str]:
    ledger = write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": [HEAD, *rows]})
    [result] = _same_import(tmp_path, [ledger])
    english, chinese = import_report(result), in_chinese(lambda: import_report(result))
    rmb = [code for code in codes(result) if code.startswith("received_column_rmb")]
    assert len(rmb) == ("holds RMB" in english)
    return tmp_path / "fast.sqlite", english, chinese


def test_an_orders_whole_receipt_on_its_first_line_is_in_its_own_currency(
        tmp_path: Path) -> None:
    """Alpha, Beta, Gamma: seven 1,000 lines each, 7,000 received on the first; Delta one
    5,000 line paid 5,000. Everyone paid in full: 0 open, no list, the column read in USD.
    Reader 72: the column RMB (3 of 5 rows at 7.0 times), Alpha, Beta, Gamma 6,028 open,
    100 days, black."""
    rows = [line for k, buyer in enumerate((A, B, G))
            for line in _order(f"2025-00{k}", buyer, date(2025, 2, k + 1), 7000)]
    rows += [_row("2025-009", D, date(2025, 2, 5), 5000, 5000, date(2025, 3, 15)),
             LAST]
    db, english, chinese = _import(tmp_path, rows)
    for buyer in (A, B, G, D):
        assert _figures(db, buyer) == (0, 0, 0, None), buyer
    assert "holds RMB" not in english and "人民币" not in chinese, english


def test_rmb_on_every_line_or_the_orders_rmb_on_its_first_is_still_rmb(tmp_path: Path) -> None:
    """The near cases kept: Alpha's 7,100 RMB on each of its seven lines, Beta's 49,700 RMB
    (the order's 7,000 at 7.1) on the first line, Gamma's 7,100 on a one-line 1,000 order;
    each buyer's next 3,000 invoice of 04-01 unpaid. The column is RMB: each owes 3,000 (about:
    the rates of the days), 60 days overdue, no credit."""
    rows = [*_order("A-1", A, date(2025, 2, 1), 7100, 7100),
            *_order("B-1", B, date(2025, 2, 2), 49700),
            _row("G-1", G, date(2025, 2, 3), 1000, 7100, date(2025, 3, 15))]
    rows += [*[_row(f"{b[0]}-2", b, date(2025, 4, 1), 3000) for b in (A, B, G)], LAST]
    db, english, _ = _import(tmp_path, rows)
    for buyer in (A, B, G):
        open_, credit, days, _ = _figures(db, buyer)
        assert 2900 <= open_ <= 3100 and credit == 0 and days == 60, (buyer, open_, days)
    assert "holds RMB" in english


def test_an_orders_dollars_on_its_first_line_stay_dollars_in_a_column_of_rmb(
        tmp_path: Path) -> None:
    """fix54c's rule "over 1.1 times its invoice is RMB" asks the order's total: Alpha's 7,000
    on the first of seven 1,000 lines is its order in full, in USD, among Beta, Gamma and Delta
    paying RMB (7,100 on 1,000). Alpha 0 open; reader 72 read its 7,000 as RMB: 6,0xx open."""
    rows = [*_order("A-1", A, date(2025, 2, 1), 7000)]
    rows += [_row(f"{b[0]}-1", b, date(2025, 2, 2), 1000, 7100, date(2025, 3, 15))
             for b in (B, G, D)] + [LAST]
    db, english, chinese = _import(tmp_path, rows)
    assert _figures(db, A)[:3] == (0, 0, 0) and _figures(db, A)[3] != "black"
    assert "holds RMB" in english and "stay in USD (row 2, 12)" in english, english
    assert "人民币" in chinese
