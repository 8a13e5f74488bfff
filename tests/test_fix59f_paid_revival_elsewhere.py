"""A payments tab's wire naming a cancelled order, where the money is not that order's (fix59f,
rv59a s253, s253b): it revives nothing, and a wire naming one cancelled line's product revives
that line alone.

Rio Casa's PO-R1 10,000 OA 30, shipped 03-01 (due 03-31: 91 days at 06-30); Kobe Trading buys
too. The book's 收款明细 tab books each wire under the order number the bank slip gave.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_acct56c_note_cancel_deduction_apart import _import, _said, d
from test_fix57i_cancel_went_ahead import HEAD, OTHER, _po
from test_lists_audit28 import at, by_name

RIO, KOBE = "Rio Casa Ltda", "Kobe Trading KK"
PAYMENTS = ["收款日期", "客户名称", "订单号", "收款金额", "币种", "备注"]
NONE = (0, 0, None, 0)


def _line(number: str, amount: float, note: str | None = None, status: str | None = None,
          buyer: str = RIO, product: str = "LED灯", ship: str = "2025-03-01") -> list[object]:
    row = _po(note, status, ship)
    row[0], row[1], row[3], row[5], row[6] = number, buyer, product, amount / 1_000, amount
    return row


def _wire(number: str, amount: float, note: str | None = None, payer: str = RIO,
          on: str = "2025-05-10") -> list[object]:
    return [d(on), payer, number, amount, "USD", note]


def _book(tmp_path: Path, march: list[list[object]], wires: list[list[object]]
          ) -> tuple[dict[str, tuple], list[str]]:
    """Each buyer's (open, days past due, black or watch list, credit) at 06-30, and the
    report's rows brought back by their payment."""
    result = _import(tmp_path, {"3月": [HEAD, *march], "收款明细": [PAYMENTS, *wires],
                                "6月": [HEAD, OTHER]})
    found = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))
    return {name: (round(c.open_amount), c.max_days_overdue,
                   c.list if c.list in ("black", "watch") else None,
                   round(c.credit_on_account)) for name, c in found.items()
            if name in (RIO, KOBE)}, _said(result, "cancelled_paid_back")


@pytest.mark.parametrize(("cancelled", "replaced"), [
    (_line("PO-R1", 10_000, "已取消，改为PO-R1A"), _line("PO-R1A", 10_000)),
    (_line("PO-R1", 10_000, "改为PO-R1A", status="已取消"), _line("PO-R1A", 10_000)),
    (_line("PO-R1", 10_000, "客户要求换成 PO-R5", status="已取消"), _line("PO-R5", 10_000))])
def test_a_wire_naming_the_old_number_pays_the_order_that_replaced_it(
        tmp_path: Path, cancelled: list[object], replaced: list[object]) -> None:
    """PO-R1 cancelled, its note naming the order that replaced it (改为PO-R1A); PO-R1A 10,000
    shipped 03-01; the wire of 10,000 on 05-10 names the old PO-R1. Hand: it pays PO-R1A,
    Rio owes nothing (fix58e revived PO-R1 paid: PO-R1A 10,000, 91 days, black)."""
    assert _book(tmp_path, [cancelled, replaced], [_wire("PO-R1", 10_000)]) == ({RIO: NONE},
                                                                                   [])


def test_a_wire_the_buyers_open_order_fits_pays_it(tmp_path: Path) -> None:
    """No word links them, but Rio's live PO-R2 (shipped 04-01) is open for the wire's 10,000:
    the money pays it and PO-R1 stays cancelled (fix58e: PO-R2 10,000, 60 days, watch)."""
    assert _book(tmp_path, [_line("PO-R1", 10_000, "已取消"),
                            _line("PO-R2", 10_000, ship="2025-04-01")],
                 [_wire("PO-R1", 10_000)]) == ({RIO: NONE}, [])


def test_another_buyers_wire_revives_no_cancelled_order(tmp_path: Path) -> None:
    """Kobe's wire of 10,000 names Rio's cancelled PO-R1: Kobe's money is no word that PO-R1
    went ahead (fix58e revived it, paid by Kobe). Kobe owing as much, it pays his own PO-K1
    (fix59k; before, Rio's credit)."""
    states, back = _book(tmp_path, [_line("PO-R1", 10_000, "已取消"),
                                    _line("PO-K1", 10_000, buyer=KOBE, product="灯罩")],
                         [_wire("PO-R1", 10_000, payer=KOBE)])
    assert (states, back) == ({RIO: NONE, KOBE: NONE}, [])


def test_a_wire_noting_one_cancelled_lines_product_revives_that_line(tmp_path: Path) -> None:
    """PO-R1's LED灯 6,000 and 灯罩 4,000 both cancelled; the wire of 6,000 after it is noted
    LED灯货款: the LED灯 line went ahead, paid (before: 6,000 of Rio's credit)."""
    states, back = _book(tmp_path, [_line("PO-R1", 6_000, "已取消"),
                                    _line("PO-R1", 4_000, "已取消", product="灯罩")],
                         [_wire("PO-R1", 6_000, "LED灯货款")])
    assert (states, len(back)) == ({RIO: NONE}, 1)


@pytest.mark.parametrize(("march", "wires", "expected"), [
    # the whole order paid after one line's cancel, and two wires of 5,000: revived, as fix58e
    ([_line("PO-R1", 6_000), _line("PO-R1", 4_000, "灯罩已取消", product="灯罩")],
     [_wire("PO-R1", 10_000)], (NONE, True)),
    ([_line("PO-R1", 10_000, "已取消")],
     [_wire("PO-R1", 5_000, on="2025-04-10"), _wire("PO-R1", 5_000)], (NONE, True)),
    # a wire noted as PO-R2's money, or naming the new number: nothing owed, nothing revived
    ([_line("PO-R1", 10_000, "已取消"), _line("PO-R2", 10_000)],
     [_wire("PO-R1", 10_000, "实为R2货款")], (NONE, False)),
    ([_line("PO-R1", 10_000, "已取消，改为PO-R1A"), _line("PO-R1A", 10_000)],
     [_wire("PO-R1", 10_000, "PO-R1A货款")], (NONE, False)),
    # a note changing a count or a day names no order replacing it: revived
    ([_line("PO-R1", 10_000, "已取消，改成500个")], [_wire("PO-R1", 10_000)], (NONE, True)),
    ([_line("PO-R1", 10_000, "已取消，改为3/15出货")], [_wire("PO-R1", 10_000)], (NONE, True)),
    # an open order of another sum (3,000, not yet due) does not take the wire: revived
    ([_line("PO-R1", 10_000, "已取消"), _line("PO-R2", 3_000, ship="2025-06-20")],
     [_wire("PO-R1", 10_000)], ((3_000, 0, None, 0), True))])
def test_controls_stay_right(tmp_path: Path, march: list[list[object]],
                             wires: list[list[object]], expected: tuple) -> None:
    states, back = _book(tmp_path, march, wires)
    assert (states[RIO], bool(back)) == expected
