"""A payment in RMB for a USD invoice, said in the row's note, is read in RMB.

Dubai's DS-3 is 6,000 USD on OA 30; the clerk writes the buyer's 42,000 RMB wire in 已收金额
on the invoice's row and notes 客户付人民币. Read as 42,000 USD, it paid DS-3 and left 36,000
USD of credit, which paid DS-4 (9,000 USD, due 2026-01-09, never paid): Dubai, a small buyer
75 days late, was on no list, with 27,000 USD of credit. Read in RMB (at the seed's 0.13891 a
yuan: 5,834 USD, an exchange loss within the band), DS-4 is open and Dubai black-listed. A
note naming RMB beside a figure that reads nearer its invoice in USD (5,200 received on 5,000,
含人民币运费) leaves it in USD.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import

from core.analysis.run import analyse
from core.store import connect

A = date(2026, 3, 25)
HEADER = ["合同号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "已收金额",
          "收款日期", "备注"]


def _row(number: str, shipped: date, amount: float, received: float | None = None,
         note: str | None = None, buyer: str = "Dubai Star") -> list[object]:
    return [number, buyer, shipped, shipped, amount, "USD", "OA 30 days", received,
            date(2026, 1, 2) if received else None, note]


def test_a_received_figure_noted_rmb_is_rmb(tmp_path: Path) -> None:
    rows = [HEADER, _row("DS-3", date(2025, 11, 30), 6_000, 42_000, "客户付人民币"),
            _row("DS-4", date(2025, 12, 10), 9_000),
            _row("LP-1", date(2025, 11, 30), 5_000, 5_200, "含人民币运费", "Lima Pro"),
            ["X-1", "Other Co", A, A, 1_000, "USD", "T/T in advance", 1_000, A, None]]
    results = _same_import(tmp_path, [write_xlsx(tmp_path / "台账.xlsx", {"台账": rows})])
    assert [r.status for r in results] == ["imported"]
    with connect(tmp_path / "fast.sqlite") as conn:
        by_name = {c.customer: c for c in analyse(conn, as_of=A).customers}
    dubai, lima = by_name["Dubai Star"], by_name["Lima Pro"]
    assert {r.order_no: r.open for r in dubai.receivables} == {"DS-3": 0, "DS-4": 9_000}
    assert (dubai.credit_on_account, dubai.max_days_overdue, dubai.list) == (0, 75, "black")
    assert round(dubai.exchange_loss) == 166  # 6,000 less 42,000 × 0.13891
    assert lima.credit_on_account == 200  # 5,200 USD on 5,000: the note's RMB is not the wire


def test_a_dollar_lump_on_the_newest_row_noting_an_rmb_fee_stays_dollars(tmp_path: Path) -> None:
    """K-1, K-2, K-3 6,000 USD each; the newest row books the 18,000 wired for all three,
    noted 三单合并付款，银行费用人民币另付. Read as RMB it was 2,500 USD: a buyer who paid in full
    shown 15,500 open and black-listed. Within half the amount only (money_columns.NOTED_WITHIN):
    all three paid."""
    k = [_row(f"K-{i}", date(2025, 11, 20 + i), 6_000, buyer="Kiel Home") for i in (1, 2)]
    rows = [HEADER, *k, _row("K-3", date(2025, 11, 23), 6_000, 18_000,
                             "三单合并付款，银行费用人民币另付", "Kiel Home"),
            ["X-1", "Other Co", A, A, 1_000, "USD", "T/T in advance", 1_000, A, None]]
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账.xlsx", {"台账": rows})])
    with connect(tmp_path / "fast.sqlite") as conn:
        [kiel] = [c for c in analyse(conn, as_of=A).customers if c.customer == "Kiel Home"]
    assert (kiel.open_amount, kiel.list) == (0, None)
