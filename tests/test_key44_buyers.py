"""key44: one order number written for two unalike buyers (PO-7 for 华美 and for Kobe
Trading): each buyer's lines keep their own figures when a file re-sorts them; never one
buyer's receipt on the other's line. 华美's PO-7: A 300 × 100 = 30,000 and B 100 × 200 =
20,000; Kobe Trading's PO-7: K 100 × 200 = 20,000 (alike B). Each scenario is written by
openpyxl and imported one file at a time by the app's import and the reference import
(compared after every file), the account read as `main.py customers --json` reads it."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from account_cli import customers
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import d

JUNE = date(2025, 6, 30)
HEADER = ["合同号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
          "收款日期", "数量", "单价"]
HUAMEI, KOBE = "华美", "Kobe Trading"


def sale(buyer: str, amount: float, quantity: int, paid: float | None = None,
         on: str | None = None) -> list[object]:
    return ["PO-7", buyer, d("2025-04-02"), amount, "USD", "OA 30 days", d("2025-04-05"), paid,
            d(on), quantity, round(amount / quantity, 2)]


A, B = sale(HUAMEI, 30_000, 300), sale(HUAMEI, 20_000, 100)
A_PART = sale(HUAMEI, 30_000, 300, 10_000, "2025-04-20")
A_PAID = sale(HUAMEI, 30_000, 300, 30_000, "2025-05-10")
K, K_PAID = sale(KOBE, 20_000, 100), sale(KOBE, 20_000, 100, 20_000, "2025-05-12")


def _imported(tmp_path: Path, april: list[list[object]], may: list[list[object]],
              may_first: bool) -> dict[str, tuple[float, float]]:
    files = [write_xlsx(tmp_path / name, {tab: [HEADER, *rows]})
             for name, tab, rows in (("台账 2025-04.xlsx", "4月", april),
                                     ("台账 2025-05.xlsx", "5月", may))]
    _same_import(tmp_path, *[[f] for f in (files[::-1] if may_first else files)])
    found = customers(tmp_path / "fast.sqlite", JUNE)["by_name"]
    return {name: (round(found[name]["open_amount"], 2), round(found[name]["revenue_12m"], 2))
            for name in (HUAMEI, KOBE) if name in found}


@pytest.mark.parametrize("may_first", [False, True])
@pytest.mark.parametrize("kobe_first", [False, True])
def test_each_buyer_s_lines_keep_their_figures(tmp_path: Path, may_first: bool,
                                               kobe_first: bool) -> None:
    """April: 华美's A (10,000 received) and B, Kobe's K; May re-sorts 华美's B, A (A paid
    30,000) with Kobe's K paid 20,000, Kobe's row first or last. Hand count: 华美 20,000
    open of 50,000, Kobe nothing open of 20,000, in either import order."""
    kobe = [K] if kobe_first else []
    april = [*kobe, A_PART, B, *([] if kobe_first else [K])]
    may = [*([K_PAID] if kobe_first else []), B, A_PAID, *([] if kobe_first else [K_PAID])]
    assert _imported(tmp_path, april, may, may_first) == {HUAMEI: (20_000, 50_000),
                                                          KOBE: (0, 20_000)}


@pytest.mark.parametrize("may_first", [False, True])
@pytest.mark.parametrize("kobe_first", [False, True])
def test_a_buyer_first_written_next_month(tmp_path: Path, may_first: bool,
                                          kobe_first: bool) -> None:
    """April: 华美's A (10,000 received) and B; May writes PO-7 for Kobe too (K paid 20,000)
    beside 华美's B, A (A paid). Hand count: 华美 20,000 open of 50,000, Kobe nothing open
    of 20,000, in either import order."""
    may = [*([K_PAID] if kobe_first else []), B, A_PAID, *([] if kobe_first else [K_PAID])]
    assert _imported(tmp_path, [A_PART, B], may, may_first) == {HUAMEI: (20_000, 50_000),
                                                                KOBE: (0, 20_000)}


@pytest.mark.parametrize("may_first", [False, True])
@pytest.mark.parametrize("kobe_first", [False, True])
def test_each_buyer_s_one_line_paid(tmp_path: Path, may_first: bool, kobe_first: bool) -> None:
    """Guard: April's PO-7 for 华美 (A) and for Kobe (K); May pays both, the rows in either
    order: nothing open, 30,000 and 20,000 sold."""
    april, may = [A, K], [A_PAID, K_PAID]
    if kobe_first:
        april, may = april[::-1], may[::-1]
    assert _imported(tmp_path, april, may, may_first) == {HUAMEI: (0, 30_000),
                                                          KOBE: (0, 20_000)}



@pytest.mark.parametrize("may_first", [False, True])
def test_one_buyer_spelled_two_ways_is_one_order(tmp_path: Path, may_first: bool) -> None:
    """Guard: PO-7 is Kobe Trading's alone, May's file spelling it "Kobe Trading Co., Ltd" on
    one row (an alike name: one order), its two lines re-sorted, the second paid: each line
    keeps its own figures, 20,000 open of 32,000 in either import order, two lines."""
    def kobe(name: str, amount: float, quantity: int, paid: float | None = None
             ) -> list[object]:
        return sale(name, amount, quantity, paid, "2025-05-12" if paid else None)
    april = [kobe(KOBE, 20_000, 100), kobe(KOBE, 12_000, 120, 5_000)]
    may = [kobe("Kobe Trading Co., Ltd", 12_000, 120, 12_000), kobe(KOBE, 20_000, 100)]
    found = _imported(tmp_path, april, may, may_first)
    assert sum(open_ for open_, _ in found.values()) == 20_000
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        assert sorted(conn.execute("SELECT amount, received_amount FROM order_lines")) == [
            (12_000, 12_000), (20_000, None)]
