"""fix61e (rv61a s404, s404b): a first lot's deposit share is held only for lots still to come.

Dubai Pearl's YW25-0145, a PI of 6,600 on 30/70 terms, its first lot of 3,960 shipped 06-19,
its row's 收款 4,752 on 06-21 (the whole deposit 1,980 and the lot's balance 2,772 summed): the
792 over the lot is the deposit share of the lots to come (fix60o). Where the rest is called
off, in the lot's note (余货客户不要了, 客户改为只发一批) or on a later lot's own row cancelled
(第二批，已取消; a row of the product noted 取消), nothing is to come: the 792 was held all the
same, with 792 left open on the lot, where it is the buyer's money and pays his other invoice,
YW25-0137's 792 (open 0, held 0). A later lot said to come (第二批下月发) was held nothing, the
later lot's word making the row no first lot: now held, as 分批出货，第一批 alone is.
Controls: a later lot's row not shipped and not cancelled is still to come at 06-30 and 09-30
(held); 第二批取消 / 第二批已取消 as before; a cancelled line of another product leaves the lots
to come; 暂不发 (put off) is no calling off.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from account_cli import customers, ledger

from core.ledger.lots_called_off import lots_to_come, rest_called_off

HEAD = ["订单号", "客户名称", "下单日期", "品名", "数量", "单价", "金额", "币种", "付款方式",
        "出货日期", "提单日期", "收款金额", "收款日期", "备注"]
DEP = "30%定金，70%见提单复印件付款"
DUBAI = "Dubai Pearl FZE"
d = date.fromisoformat
PAID = (0, 0, None, 0)  # the 792 pays YW25-0137: nothing open, nothing held
HELD = (792, 0, None, 792)  # 792 held for the lots to come, 792 of the invoices open


def _dubai(tmp_path: Path, note: str, lot2: list[object] | None = None,
           as_of: str = "2025-06-30") -> tuple[float, int, str | None, float]:
    rows: list[list[object]] = [
        ["YW25-0137", DUBAI, d("2025-03-05"), "五金工具套装", 200, 3.96, 792, "USD",
         "O/A 30 days", d("2025-04-12"), d("2025-04-12"), None, None, None],
        ["YW25-0145", DUBAI, d("2025-05-16"), "儿童玩具车", 1800, 2.2, 3960, "USD", DEP,
         d("2025-06-19"), d("2025-06-19"), 4752, d("2025-06-21"), note]]
    if lot2 is not None:
        rows.append(lot2)
    c: dict[str, Any] = customers(ledger(tmp_path, HEAD, rows), d(as_of))["by_name"][DUBAI]
    return (round(c["open_amount"]), c["max_days_overdue"],
            c["list"] if c["list"] in ("black", "watch") else None, round(c["deposits_held"]))


def _lot2(note: str, product: str = "儿童玩具车", amount: float = 2640) -> list[object]:
    return ["YW25-0145", DUBAI, d("2025-05-16"), product, 1200, 2.2, amount, "USD", DEP,
            None, None, None, None, note]


@pytest.mark.parametrize("note", ["分批出货，第一批，余货客户不要了", "第一批，客户改为只发一批",
                                  "分批出货，第一批，其余取消", "分批出货，第一批，剩下的不发了"])
def test_a_rest_called_off_in_the_note_holds_nothing(tmp_path: Path, note: str) -> None:
    assert _dubai(tmp_path, note) == PAID


@pytest.mark.parametrize("note", ["第二批，已取消", "取消"])
def test_a_later_lots_row_cancelled_holds_nothing(tmp_path: Path, note: str) -> None:
    assert _dubai(tmp_path, "分批出货，第一批", _lot2(note)) == PAID


@pytest.mark.parametrize("as_of", ["2025-06-30", "2025-09-30"])
def test_a_later_lots_row_cancelled_holds_nothing_later_either(tmp_path: Path,
                                                               as_of: str) -> None:
    assert _dubai(tmp_path, "分批出货，第一批", _lot2("第二批，已取消"), as_of) == PAID


@pytest.mark.parametrize("note", ["分批出货，第一批，第二批下月发", "第一批，第二批7月出"])
def test_a_later_lot_said_to_come_is_held_for(tmp_path: Path, note: str) -> None:
    assert _dubai(tmp_path, note) == HELD


# controls: as before
@pytest.mark.parametrize("note", ["分批出货，第一批", "分批出货，第一批，余货下月发",
                                  "分批出货，第一批，余货暂不发"])
def test_lots_still_to_come_are_held_for(tmp_path: Path, note: str) -> None:
    assert _dubai(tmp_path, note) == HELD


@pytest.mark.parametrize("as_of", ["2025-06-30", "2025-09-30"])
def test_a_later_lots_row_not_shipped_is_still_to_come(tmp_path: Path, as_of: str) -> None:
    """Not shipped by the as-of date and cancelled nowhere, the lot may still ship: held."""
    assert _dubai(tmp_path, "分批出货，第一批", _lot2("第二批"), as_of) == HELD


def test_a_cancelled_line_of_another_product_leaves_the_lots_to_come(tmp_path: Path) -> None:
    assert _dubai(tmp_path, "分批出货，第一批", _lot2("取消", "儿童滑板车", 500)) == HELD


@pytest.mark.parametrize("note", ["分批出货，第一批，第二批取消", "第一批（第二批已取消）"])
def test_a_later_lot_named_cancelled_holds_nothing_as_before(tmp_path: Path, note: str) -> None:
    assert _dubai(tmp_path, note) == PAID


@pytest.mark.parametrize(("note", "off", "to_come"), [
    ("分批出货，第一批，余货客户不要了", True, False),
    ("第一批，客户改为只发一批", True, False),
    ("partial shipment, rest cancelled", True, False),
    ("第一批，第二批下月发", False, True),
    ("分批出货，第一批，余款取消", False, True),  # the rest of the money, not of the goods
    ("分批出货，第一批，余货暂不发", False, True),  # put off, not called off
    ("分批出货，第一批，不要取消余货", False, True),  # a cancellation denied
    ("第一批已发，第二批", False, False),  # a later lot's row: no first lot
    ("第二批", False, False),
])
def test_the_notes_words(note: str, off: bool, to_come: bool) -> None:
    assert (rest_called_off(note), lots_to_come(note)) == (off, to_come)
