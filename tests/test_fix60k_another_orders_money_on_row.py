"""fix60k (rv60b s310): money in a sale row's own 收款 cell, received before that order shipped,
whose note says it is another order's, pays that order, not the row's as a deposit.

A Yongkang hardware exporter's clerk typed Alpha's last balance on the new order's row: INV-101
(5,000, B/L 05-10, OA 30) holds 4,000 received 04-20 noted INV-100余款 (上月余款, 上单尾款; or
28,800 RMB). INV-100 (4,000, B/L 02-01) is what it paid: at 06-30 Alpha owes INV-101's 5,000,
21 days, watch. Before, the analysis never saw the note of a numbered sale row and read the
4,000 as INV-101's deposit (fix59o): INV-100 4,000 open 119 days, black. Money before shipment
with no such note is still the order's deposit (fix59o's rule, the controls).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_analysis import _compare, _reference
from test_fix57d_deduction_later_file import _state
from test_fix59c_repaid_and_moved_money import _buyers, _imported

d = date.fromisoformat
HEAD = ["发票号", "客户", "品名", "金额", "币种", "出货日期", "提单日期", "付款方式", "收款金额",
        "收款币种", "收款日期", "备注"]
ALPHA, OA = "Alpha Haushalt GmbH", "OA 30 days"


def _sale(no: str, buyer: str, amount: float, day: str, paid: float | None = None,
          on: str | None = None, note: str | None = None, paid_in: str | None = None
          ) -> list[object]:
    return [no, buyer, "五金工具", amount, "USD", d(day), d(day), OA, paid, paid_in,
            d(on) if on else None, note]


def _book(tmp_path: Path, paid: float, note: str | None, paid_in: str | None = None) -> Path:
    rows = [HEAD, _sale("INV-100", ALPHA, 4000, "2025-02-01"),
            _sale("INV-101", ALPHA, 5000, "2025-05-10", paid, "2025-04-20", note, paid_in),
            _sale("INV-103", "Beta Trading Co", 3000, "2025-03-03", 3000, "2025-06-30")]
    _imported(tmp_path, [write_xlsx(tmp_path / "b" / "2025外贸台账.xlsx", {"出货明细": rows})])
    return tmp_path / "fast.sqlite"


ANOTHERS = [(4000, "INV-100余款", None), (4000, "上月余款", None), (4000, "上单尾款", None),
            (28800, "INV-100余款", "RMB")]
IDS = ["number", "last-month", "last-order", "rmb"]


@pytest.mark.parametrize(("paid", "note", "paid_in"), ANOTHERS, ids=IDS)
def test_money_noted_as_the_last_orders_pays_it(tmp_path: Path, paid: float, note: str,
                                                paid_in: str | None):
    """Alpha owes INV-101's 5,000, 21 days, watch (before: 4,000, 119 days, black)."""
    _book(tmp_path, paid, note, paid_in)
    assert _state(_buyers(tmp_path)[ALPHA]) == (5000, 21, "watch")


@pytest.mark.parametrize(("paid", "note", "paid_in"), ANOTHERS[:2], ids=IDS[:2])
def test_the_reference_analysis_reads_the_note_too(tmp_path: Path, paid: float, note: str,
                                                   paid_in: str | None,
                                                   monkeypatch: pytest.MonkeyPatch):
    """tests/reference_analysis.py builds its units its own way: it says 5,000, 21 days, watch
    (before: black), and every output agrees with the app's."""
    db = _book(tmp_path / "db", paid, note, paid_in)
    with monkeypatch.context() as patched:
        gathered = _reference(patched)
        assert _state(_buyers(tmp_path / "db")[ALPHA]) == (5000, 21, "watch")
        assert gathered
    _compare(db, tmp_path, monkeypatch, [d("2025-06-30")])


@pytest.mark.parametrize(("paid", "note", "seen"), [
    (5000, None, (4000, 119, "black")),  # its own sum, no note: INV-101's deposit (fix59o)
    (5000, "客户提前付款", (4000, 119, "black")),  # a note naming no other order
    (5000, "INV-101货款", (4000, 119, "black")),  # its own number
    (9000, "含INV-100余款4000", (0, 0, None)),  # both orders' money: the pool's, both paid
    (1500, "定金", (7500, 119, "black")),  # a deposit: the order's
], ids=["no-note", "other-note", "own-number", "both", "deposit"])
def test_money_of_its_own_order_stays_its_deposit(tmp_path: Path, paid: float,
                                                   note: str | None, seen: tuple[object, ...]):
    """Controls (as before): money before shipment whose note names no other order pays its
    own order first, INV-100 stays owed 119 days."""
    _book(tmp_path, paid, note)
    assert _state(_buyers(tmp_path)[ALPHA]) == seen
