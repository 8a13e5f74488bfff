"""fix58h (rv58b s12): a PI on 30/70 terms shipped in two lots, the whole PI's 30 % deposit on
the first lot's row: each lot owes 70 % of its goods at its B/L, the deposit shared pro rata.

Tbilisi's YW25-0020, 10,000 (5,000 pcs @ 2), deposit 3,000 received 01-12 on the first lot's
row (分批出货，第一批); lot 1 (3,000 pcs, 6,000) sailed 02-01, its 70 % (4,200) unpaid; lot 2 not
shipped by 04-20. Before: the whole 3,000 against lot 1, 3,000 open; a lot 1 of 1,000 shown
paid (0 open, 2,000 on account). Now 4,200 open, 71 days, black (1,200 held for lot 2); a lot
1 of 1,000: 700 open, 71 days, watch (2,700 held); each said in the customer's lines.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from account_cli import customers, ledger

from core.cli.main import run

HEAD = ["订单号", "客户名称", "下单日期", "品名", "数量", "单价", "金额", "币种", "付款方式",
        "出货日期", "提单日期", "收款金额", "收款日期", "备注"]
TBILISI = "Tbilisi Shop LLC"
DEP = "30%定金，70%见提单复印件付款"
AS_OF = date(2025, 4, 20)


def _rows(first: int, note: str = "分批出货，第一批", terms: str = DEP,
          second: date | None | bool = False) -> list[list[object]]:
    """Lot 1 of `first` pcs carrying the deposit; lot 2 (2,000 pcs) written where `second` is
    its ship date (None: written, not shipped yet; False: not written)."""
    shipped = date(2025, 2, 1)
    rows: list[list[object]] = [
        ["YW25-0020", TBILISI, date(2025, 1, 10), "圣诞装饰球", first, 2.0, first * 2.0, "USD",
         terms, shipped, shipped, 3000, date(2025, 1, 12), note],
        ["YW25-0055", "Doha Party Supplies", date(2025, 4, 2), "雨伞", 1000, 3.0, 3000, "USD",
         "OA 30天", date(2025, 4, 8), date(2025, 4, 8), 3000, date(2025, 4, 20), None]]
    if second is not False:
        rows.insert(1, ["YW25-0020", TBILISI, date(2025, 1, 10), "圣诞装饰球", 2000, 2.0, 4000,
                        "USD", terms, second, second, None, None, "第二批"])
    return rows


def _tbilisi(tmp_path: Path, rows: list[list[object]]) -> dict[str, Any]:
    c: dict[str, Any] = customers(ledger(tmp_path, HEAD, rows), AS_OF)["by_name"][TBILISI]
    return c


def _figures(c: dict[str, Any]) -> tuple[float, int, str | None, float, float]:
    return (c["open_amount"], c["max_days_overdue"], c["list"] if c["list"] in (
        "black", "watch") else None, c["deposits_held"], c["credit_on_account"])


def _said(c: dict[str, Any]) -> list[str]:
    return [r["text"] for r in c["reasons"] if r["code"] == "lot_deposit_shared"]


@pytest.mark.parametrize("note", ["分批出货，第一批", "第1批", "partial shipment, 1st lot"])
def test_the_first_lot_owes_its_own_seventy_percent(tmp_path: Path, note: str) -> None:
    c = _tbilisi(tmp_path, _rows(3000, note))
    assert _figures(c) == (4200, 71, "black", 1200, 0)
    assert _said(c) == ["YW25-0020: the 3,000 USD deposit on its first lot's row is shared by "
                        "lot: 1,800 USD against that lot, 1,200 USD held for the lots still "
                        "to ship"]


def test_a_small_first_lot_is_not_paid_by_the_whole_deposit(tmp_path: Path) -> None:
    """Lot 1 of 500 pcs (1,000): 700 open, 71 days; 2,700 held keeps it off black. The
    customer's line says so in Chinese too."""
    db = ledger(tmp_path, HEAD, _rows(500))
    c = customers(db, AS_OF)["by_name"][TBILISI]
    assert _figures(c) == (700, 71, "watch", 2700, 0)
    out = io.StringIO()
    assert run(["--lang", "zh_CN", "customers", "--db", str(db), "--as-of", AS_OF.isoformat(),
                "--json"], out, io.StringIO()) == 0
    zh = json.loads(out.getvalue())
    [found] = [c for c in zh["customers"] if c["customer"] == TBILISI]
    assert _said(found) == ["YW25-0020：记在第一批那行的定金 3,000 USD 按批分摊：300 USD 抵该批，"
                            "2,700 USD 留给尚未出货的批次"]


def test_a_second_lot_shipped_takes_its_share(tmp_path: Path) -> None:
    """Lot 2 (4,000) sailed 03-01: lot 1 4,200 open (71 days), lot 2 2,800 (43 days); 7,000
    as before, each lot's own figure now (before: 3,000 and 4,000)."""
    c = _tbilisi(tmp_path, _rows(3000, second=date(2025, 3, 1)))
    assert _figures(c) == (7000, 71, "black", 0, 0)
    assert sorted(r["open"] for r in c["receivables"]) == [2800, 4200]
    assert "1,200 USD against the order's other lots" in _said(c)[0]


def test_a_second_lot_waiting_holds_its_share(tmp_path: Path) -> None:
    """Lot 2 written on 3月, not shipped yet: its 1,200 share held against it."""
    c = _tbilisi(tmp_path, _rows(3000, second=None))
    assert _figures(c) == (4200, 71, "black", 1200, 0)


@pytest.mark.parametrize("note,terms", [
    (None, DEP),  # no word of lots: a bigger deposit on one shipment, as before
    # the balance before shipment: no deposit alone
    ("分批出货，第一批", "30%定金，70%出货前付清")])
def test_controls_stand(tmp_path: Path, note: str | None, terms: str) -> None:
    c = _tbilisi(tmp_path, _rows(3000, note, terms))
    assert (c["open_amount"], c["deposits_held"], _said(c)) == (3000, 0, [])


@pytest.mark.parametrize("received", [6000, 5000])
def test_a_lot_paid_ahead_in_full_or_beyond_the_deposit_is_its_own(tmp_path: Path,
                                                                   received: int) -> None:
    """Lot 1 (6,000) paid 6,000 before it sailed, lot 2 written (4,000): the lot's own money,
    not the PI's deposit (0 open on lot 1, 4,000 on lot 2); 5,000 is more than 30 % of the
    10,000 the lots owe: paid ahead, as before (1,000 open on lot 1)."""
    rows = _rows(3000, "", second=date(2025, 3, 1))
    rows[0][11] = received
    c = _tbilisi(tmp_path, rows)
    assert sorted(r["open"] for r in c["receivables"] if r["order_no"] == "YW25-0020") == [
        6000 - received, 4000]
    assert _said(c) == []
