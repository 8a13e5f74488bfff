"""fix59e: three ways a clerk's words were read otherwise than they say (rv58c s230, fix58e's
status cell, rv58a s223's named wire).

1. A deposit sent back of the buyer's previous order (退上次定金), of an old order beside a bare
   定金 (退旧单定金), or typed with a space in its number (退PI 50定金) takes that deposit back,
   not the buyer's debt or the order in hand's deposit.
2. A reinstatement waiting on the buyer (恢复出货待客户确认) in the 状态 cell leaves the line
   cancelled, as the same words in the 备注 do; 恢复出货，客户确认 and 已恢复出货 bring it back
   in either cell.
3. A buyer's own wire naming its invoice (INV-101货款, or 对应发票 INV-101) pays that invoice
   first; money naming none pays the oldest.

The ledgers are written with openpyxl as a clerk keeps them and imported as a clerk does.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fix56j_balance_and_deposit import _fze
from test_fix57i_cancel_went_ahead import BLACK, NONE, _po, _state, _tabs
from test_fix57j_payers_no_buyers import ALPHA, BETA, PAID_TO, SALES
from test_payer_named_fix54e import _account

from core.ledger.importer import import_files

PI50, PI77 = ("2025-02-10", 2000, "PI-50定金"), ("2025-04-15", 6000, "PI-77定金")
BACK = "2025-05-01"


@pytest.mark.parametrize(("wires", "expected"), [
    # s230 b3: PI-50's deposit is the previous order's; PI-77's the order in hand's
    ([PI50, PI77, (BACK, -2000, "退上次定金")], (5000, 89, "watch", 0, 6000)),
    ([PI50, PI77, (BACK, -2000, "退之前的定金")], (5000, 89, "watch", 0, 6000)),
    ([PI77, (BACK, -2000, "退上次定金")], (5000, 89, "watch", 0, 6000)),  # none earlier held
    # s230 b1: a bare 定金 of February, the only deposit an old order can have had
    ([("2025-02-10", 2000, "定金"), PI77, (BACK, -2000, "退旧单定金")],
     (5000, 89, "watch", 0, 6000)),
    # s230 a2: PI-50's number typed with a space
    ([("2025-04-15", 2000, "PI-50定金"), (BACK, -2000, "退PI 50定金")], (5000, 89, "black", 0, 0)),
])
def test_an_earlier_orders_deposit_sent_back_takes_that_one(tmp_path: Path, wires: list,
                                                            expected: tuple) -> None:
    """FZE owes INV-1 5,000 (89 days at 06-30); PI-77's 6,000 covers it (watch). Hand: the
    earlier deposit goes back (none where PI-77's is the only one), INV-1 still 5,000 open,
    PI-77's kept. Before: 退上次定金 was no refund (3,000 open, 2,000 on account); 退旧单定金
    took none of the bare 定金, which paid INV-1 (3,000 open); 退PI 50定金 was no refund (3,000
    open, PI-50's 2,000 held)."""
    assert _fze(tmp_path, wires) == expected


@pytest.mark.parametrize(("wires", "expected"), [
    ([PI77, (BACK, -2000, "退旧单定金")], (5000, 89, "watch", 0, 6000)),  # the order in hand's
    ([PI77, (BACK, -2000, "退旧单定金"), ("2025-05-10", 2000, "PI-50定金")],
     (5000, 89, "watch", 0, 8000)),  # a deposit come after the refund is not the old one
    ([("2025-04-15", 2000, "PI-50定金"), (BACK, -2000, "退PI-50定金")], (5000, 89, "black", 0, 0)),
    ([PI77, (BACK, -2000, "退定金")], (5000, 89, "black", 0, 4000)),
])
def test_controls_of_a_deposit_sent_back_stay(tmp_path: Path, wires: list,
                                              expected: tuple) -> None:
    """Controls, as main reads them: the one deposit held is the order in hand's, never an
    old order's; 退PI-50定金 and a bare 退定金 take theirs."""
    assert _fze(tmp_path, wires) == expected


@pytest.mark.parametrize("column", ["status", "note"])
@pytest.mark.parametrize(("word", "expected"), [
    ("恢复出货待客户确认", NONE), ("恢复出货（待客户确认）", NONE), ("已恢复，待确认", NONE),
    ("待恢复出货", NONE), ("恢复出货，客户确认", BLACK), ("已恢复出货", BLACK)])
def test_a_reinstatement_reads_alike_in_either_cell(tmp_path: Path, column: str, word: str,
                                                    expected: tuple) -> None:
    """PO-R1 10,000 cancelled on March's tab; April's row says `word` in its 状态 cell or its
    备注. Hand: one answer for both cells: waiting on the buyer, still cancelled (nothing
    owed); confirmed or done, reinstated (10,000 owed, 91 days, black). Before: the 状态 cell's
    恢复出货待客户确认, 恢复出货（待客户确认）, 已恢复，待确认 and 待恢复出货 reinstated it."""
    _tabs(tmp_path, {"3月": _po("已取消"), "4月": _po(**{column: word})})
    assert _state(tmp_path) == expected


def _book(where: Path, note: str, ref: str | None = None) -> None:
    """Alpha's INV-100 4,000 (B/L 02-01: due 03-03, 119 days at 06-30), INV-101 5,000 and
    INV-102 7,000 (B/L 03-03: 89 days), Beta's INV-103 3,000; the 收款登记 with Alpha's own
    5,000 of 04-01 noted `note` (an 对应发票 column holding `ref` where one is given)."""
    def sale(number: str, buyer: str, amount: int, day: str) -> list[object]:
        on = datetime.fromisoformat(day)
        return [number, buyer, "五金工具", amount, "USD", on, on, "OA 30 days", None, None, None]
    cells = [ref] if ref is not None else []
    head = ["日期", "付款人", "金额", "币种", *(["对应发票"] if cells else []), "备注"]
    book = write_xlsx(where / "2025外贸台账.xlsx", {
        "出货明细": [SALES, sale("INV-100", ALPHA, 4_000, "2025-02-01"),
                 sale("INV-101", ALPHA, 5_000, "2025-03-03"),
                 sale("INV-102", ALPHA, 7_000, "2025-03-03"),
                 sale("INV-103", BETA, 3_000, "2025-03-03")],
        "收款登记": [head, [datetime(2025, 4, 1), ALPHA, 5_000, "USD", *cells, note],
                 [datetime(2025, 6, 30), BETA, 100, "USD", *([None] if cells else []), "货款"]]})
    import_files(where / "fast.sqlite", [book])


@pytest.mark.parametrize(("note", "ref"), [
    ("INV-101货款", None), ("INV-101货款，与INV-103同柜", None),
    ("INV-101货款（INV-103由Beta自付）", None),
    ("货款", "INV-101"), ("T/T payment for INV-101", None)])
def test_a_wire_naming_its_invoice_pays_it_first(tmp_path: Path, note: str,
                                                 ref: str | None) -> None:
    """rv58a s223 n2, n3 and the same wire booked against INV-101 in 对应发票. Hand: INV-101
    paid, INV-100's 4,000 and INV-102's 7,000 open, 119 days, black; Beta untouched. Before:
    the 5,000 paid INV-100 and 1,000 of INV-101: 89 days."""
    _book(tmp_path, note, ref)
    assert _account(tmp_path, ALPHA, PAID_TO) == (11_000, 11_000, 119, 0, "black")
    beta = _account(tmp_path, BETA, PAID_TO)
    assert beta is not None and beta[:3] == (2_900, 2_900, 89)


@pytest.mark.parametrize("note", ["货款", "4月货款", "货款，INV-101下周付", "货款（不含INV-101）"])
def test_money_naming_no_invoice_pays_the_oldest(tmp_path: Path, note: str) -> None:
    """Controls: money naming none, or naming one only to put it off or leave it out, pays
    INV-100 first and 1,000 of INV-101: 11,000 open, 89 days, as before."""
    _book(tmp_path, note)
    assert _account(tmp_path, ALPHA, PAID_TO) == (11_000, 11_000, 89, 0, "black")
