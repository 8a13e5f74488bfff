"""fix60o (the year oracle rv60o): two sale-row cells whose own words say whose money they hold.

A. A first lot's row (分批出货，第一批, 30/70 terms) whose 收款 holds the whole PI's deposit and
   the lot's balance summed, dated at the balance after the lot sailed: Dubai Pearl's 4,752 on
   a lot of 3,960 (06-21, B/L 06-19). Beyond the lot, 792 is the share of the deposit of the
   lot still to ship: held for it. Before, it joined the pool and paid a newer O/A invoice not
   yet due: 1,473 open where 2,265 is, 792 held (rv60o, seed 6 06-30, MESS=3).
B. A part of an invoice on its own row (到账一半，还差6532.5 beside 6,532.50 of 13,065) pays
   that invoice: pooled, it paid an older invoice's 3,000 its own row says still owed (尾款到账
   11822.5，还差3000): 6 days and no list where 0122 stood 38, watch (rv59f s31 noreg).
Controls: a note saying the lot row's money is another order's too, a lot row paid to its
amount, a row's money naming no part, a part row since paid in full: as before.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from account_cli import customers, imported, invoice, ledger
from ledgers import write_xlsx

HEAD = ["订单号", "客户名称", "下单日期", "品名", "数量", "单价", "金额", "币种", "付款方式",
        "出货日期", "提单日期", "收款金额", "收款日期", "备注"]
DEP = "30%定金，70%见提单复印件付款"
DUBAI, MAPUTO = "Dubai Pearl FZE", "Maputo Casa Lda"
d = date.fromisoformat


def _figures(c: dict[str, Any]) -> tuple[float, int, str | None, float]:
    return (round(c["open_amount"], 2), c["max_days_overdue"],
            c["list"] if c["list"] in ("black", "watch") else None, c["deposits_held"])


def _dubai(tmp_path: Path, received: float = 4752, note: str = "分批出货，第一批"
           ) -> dict[str, Any]:
    rows: list[list[object]] = [
        ["YW25-0137", DUBAI, d("2025-05-05"), "五金工具套装", 500, 4.53, 2265, "USD",
         "O/A 60 days", d("2025-06-12"), d("2025-06-13"), None, None, None],
        ["YW25-0145", DUBAI, d("2025-05-16"), "儿童玩具车", 1800, 2.2, 3960, "USD", DEP,
         d("2025-06-19"), d("2025-06-19"), received, d("2025-06-21"), note]]
    c: dict[str, Any] = customers(ledger(tmp_path, HEAD, rows), d("2025-06-30"))["by_name"][DUBAI]
    return c


def test_a_first_lots_summed_cell_holds_the_later_lots_deposit(tmp_path: Path) -> None:
    c = _dubai(tmp_path)
    assert _figures(c) == (2265, 0, None, 792)
    assert invoice(c, "YW25-0137")["open"] == 2265
    assert invoice(c, "YW25-0145")["open"] == 0
    assert [r["text"] for r in c["reasons"] if r["code"] == "lot_deposit_shared"] == [
        "YW25-0145: the 1,980 USD deposit on its first lot's row is shared by lot: 1,188 USD "
        "against that lot, 792 USD held for the lots still to ship"]


def test_a_lot_row_naming_another_orders_money_pays_it_as_before(tmp_path: Path) -> None:
    """The same 792 said to be YW25-0137's (合并付款，含YW25-0137货款792) pays it."""
    c = _dubai(tmp_path, note="分批出货，第一批，合并付款，含YW25-0137货款792")
    assert _figures(c) == (1473, 0, None, 0)


def test_a_lot_row_paid_to_its_amount_holds_nothing(tmp_path: Path) -> None:
    c = _dubai(tmp_path, received=3960)
    assert _figures(c) == (2265, 0, None, 0)


def test_a_register_line_of_the_lot_order_is_no_part_of_its_cell(tmp_path: Path) -> None:
    """Lot 1's cell 3,096 (2,580 and lot 2's 516 share), lot 2 of 1,720 written and shipped,
    its 1,204 on the register naming the order: all paid, nothing held for lots to come (the
    register's money counted into the cell held 1,204 and left lot 2 open, 30 days)."""
    lot = ["YW25-0212", DUBAI, d("2025-07-02"), "五金工具套装"]
    book = write_xlsx(tmp_path / "ledger.xlsx", {
        "7月": [HEAD, [*lot, 600, 4.3, 2580, "USD", DEP, d("2025-07-15"), d("2025-07-18"), 3096,
                      d("2025-07-29"), "分批出货，第一批"]],
        "8月": [HEAD, [*lot, 400, 4.3, 1720, "USD", DEP, d("2025-08-09"), d("2025-08-12"), None,
                      None, "第二批"]],
        "收款登记": [["日期", "付款人", "金额", "币种", "银行扣费", "对应发票", "备注"],
                 [d("2025-08-23"), DUBAI, 1204, "USD", None, "YW25-0212", None]]})
    c = customers(imported(tmp_path / "firm.sqlite", book), d("2025-12-31"))["by_name"][DUBAI]
    assert _figures(c) == (0, 0, None, 0)


def _maputo(tmp_path: Path, note: str | None, received: float = 6532.5) -> dict[str, Any]:
    rows: list[list[object]] = [
        ["YW25-0085", MAPUTO, d("2025-03-19"), "LED彩灯串", 1500, 8.71, 13065, "USD",
         "O/A 60 days", d("2025-04-22"), d("2025-04-25"), received, d("2025-06-24"), note],
        ["YW25-0122", MAPUTO, d("2025-04-20"), "LED彩灯串", 2500, 8.47, 21175, "USD", DEP,
         d("2025-05-13"), d("2025-05-16"), 18175, d("2025-05-27"), "尾款到账11822.5，还差3000"],
        ["YW25-0200", "Cairo Light Co", d("2025-04-01"), "雨伞", 1000, 3.0, 3000, "USD",
         "OA 30天", d("2025-05-10"), d("2025-05-10"), 3000, d("2025-06-30"), None]]
    c: dict[str, Any] = customers(ledger(tmp_path, HEAD, rows),
                                  d("2025-06-30"))["by_name"][MAPUTO]
    return c


@pytest.mark.parametrize("note", ["到账一半，还差6532.5", "到账一半", "付了一半，余款下月",
                                  "half paid, rest next month"])
def test_a_part_on_its_own_row_pays_its_invoice(tmp_path: Path, note: str) -> None:
    c = _maputo(tmp_path, note)
    assert _figures(c) == (9532.5, 38, "watch", 0)
    assert invoice(c, "YW25-0122")["open"] == 3000
    assert invoice(c, "YW25-0085")["open"] == 6532.5


@pytest.mark.parametrize("note", [None, "货款"])
def test_a_rows_money_naming_no_part_pays_the_oldest(tmp_path: Path, note: str | None) -> None:
    """No words of a part: the row's cell is the pool's (a late payer pays the oldest)."""
    c = _maputo(tmp_path, note)
    assert _figures(c) == (9532.5, 6, None, 0)
    assert invoice(c, "YW25-0122")["open"] == 0


def test_a_part_row_since_paid_in_full_pays_as_before(tmp_path: Path) -> None:
    """The rest summed into the cell, the note left as it was (到账一半): the row's money is
    its whole invoice, no part; it pays the oldest first, 0085 short 3,000 (6 days)."""
    c = _maputo(tmp_path, "到账一半", received=13065)
    assert _figures(c) == (3000, 6, None, 0)
    assert invoice(c, "YW25-0085")["open"] == 3000
