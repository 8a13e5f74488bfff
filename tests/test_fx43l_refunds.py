"""fx43l: regressions a second reviewer (rv43e) proved in fx43a's and ret43's refund rules.

Customer Mumbai Mart, figures at 2025-06-30: (open, credit on account, revenue); receivables:
(order, received, credited, open).

G0. Two months' payment files of one name (2025-04/收款.xlsx, 2025-05/收款.xlsx), PO-1 paid
    5,000 on 04-30 and 5,000 on 05-01: May's file is no re-sent April's (its rows say May), both
    payments count: 20,000 open in either order (was 25,000 when April's came first).
G2. -3,000 noted 退货款 (状态 退货 or blank), or 客户多付 with 状态 退货, on PO-1 paid exactly
    15,000: PO-1's return refunded, credited 3,000, 0 open, revenue 12,000 (was 3,000 open).
G5. A 退货 tab's +3,000 row of PO-2, cancelled (deposit 3,000): no return of a sale, as before
    ret43: PO-5 received 3,000 (the deposit), 5,000 open (was 6,000 received: a credit from
    nothing).
G1. A returns tab's row whose 状态 is filled (已退款, 已入库, Refunded) is a return, as a blank
    one's is (was read as a sale replacing PO-1's 15,000 line: 3,000).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_hdr40_refund_headers import SALE, _figures
from test_lists_audit28 import d
from test_ref42_returns import _receivables
from test_ref43_returns import STATUS_HEADER, _sent_back


def _sale(order: str, amount: int, day: str, paid: int | None = None,
          status: str | None = None) -> list[object]:
    return [order, "Mumbai Mart", d(day), "Sofa", amount, "USD", "OA 30 days", d(day), paid,
            d("2025-03-20") if paid else None, status, None]


def _paid(order: str, amount: int, day: str) -> list[object]:
    return [order, "Mumbai Mart", d(day), None, None, "USD", None, None, amount, d(day), None,
            None]


@pytest.mark.parametrize("order", ["SAB", "SBA"])
@pytest.mark.parametrize(("name", "tab", "april", "may", "hand"), [
    ("收款.xlsx", "收款", [("PO-1", "2025-04-30")], [("PO-1", "2025-05-01")], 20_000),
    ("bank_export.xlsx", "Sheet1", [("PO-1", "2025-04-29"), ("PO-2", "2025-04-10")],
     [("PO-1", "2025-05-02"), ("PO-2", "2025-05-10")], 16_000)])
def test_two_months_payment_files_of_one_name(tmp_path: Path, order, name, tab, april, may,
                                              hand):
    """G0: April's and May's payment files share a name in their month folders: each month's
    payments count (10,000 / 14,000 received). Before: May's replaced April's (25,000 / 21,000
    open where April's came first)."""
    def paying(month: str, rows: list[tuple[str, str]]) -> Path:
        return write_xlsx(tmp_path / month / name, {tab: [STATUS_HEADER, *[
            _paid(no, 5_000 if no == "PO-1" else 2_000, day) for no, day in rows]]})
    rounds = {"S": write_xlsx(tmp_path / "s" / "台账 2025-03.xlsx", {"台账": [
                  STATUS_HEADER, _sale("PO-1", 15_000, "2025-03-01"),
                  _sale("PO-2", 15_000, "2025-03-02")]}),
              "A": paying("2025-04", april), "B": paying("2025-05", may)}
    _same_import(tmp_path, *[[rounds[k]] for k in order])
    assert _figures(tmp_path)[0] == hand
    assert sum(r[1] for r in _receivables(tmp_path, "Mumbai Mart")) == 30_000 - hand


@pytest.mark.parametrize(("note", "status"), [("退货款", None), ("退货款", "退货"),
                                              ("客户多付", "退货")])
def test_money_back_of_an_order_paid_exactly(tmp_path: Path, note, status):
    """G2: PO-1 paid 15,000 (no overpayment), -3,000 noted 退货款 or 多付: PO-1's return and
    its refund, as before fx43a. Before: a plain refund, 3,000 open, revenue 15,000."""
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [
        STATUS_HEADER, [*SALE, None, None], _sent_back("PO-1", status, note)]})])
    assert _figures(tmp_path) == (0, 0, 12_000)
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 12_000, 3_000, 0)]


@pytest.mark.parametrize("order", ["MA", "AM"])
def test_a_returns_tab_row_of_a_cancelled_order(tmp_path: Path, order):
    """G5: a 退货 tab's +3,000 of PO-2, cancelled with its 3,000 deposit received: no credit
    note; the deposit pays PO-5. Before: 6,000 received on PO-5, 2,000 open."""
    rounds = {"M": write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [
                  STATUS_HEADER, _sale("PO-1", 15_000, "2025-03-01", 15_000),
                  _sale("PO-2", 8_000, "2025-03-01", 3_000, "取消")]}),
              "A": write_xlsx(tmp_path / "台账 2025-04.xlsx", {
                  "台账": [STATUS_HEADER, _sale("PO-5", 8_000, "2025-04-02")],
                  "退货": [STATUS_HEADER, ["PO-2", "Mumbai Mart", d("2025-04-20"), "Sofa", 3_000,
                                        "USD", None, None, None, None, None, None]]})}
    _same_import(tmp_path, *[[rounds[k]] for k in order])
    assert _figures(tmp_path) == (5_000, 0, 23_000)
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 15_000, 0, 0),
                                                     ("PO-5", 3_000, 0, 5_000)]


@pytest.mark.parametrize("order", ["MA", "AM"])
@pytest.mark.parametrize(("tab", "status"), [("退货", "已退款"), ("退货", "已入库"),
                                             ("Returns", "Refunded")])
def test_a_returns_tab_row_with_its_status_filled(tmp_path: Path, order, tab, status):
    """G1: a returns tab's +3,000 of PO-1 whose 状态 says 已退款 / 已入库 / Refunded (no other
    kind of row) is PO-1's return, as a blank status's row is: credited 3,000, revenue 20,000.
    Before: read as a sale it replaced PO-1's 15,000 line with 3,000 (revenue 11,000)."""
    rounds = {"M": write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [
                  STATUS_HEADER, _sale("PO-1", 15_000, "2025-03-01", 15_000)]}),
              "A": write_xlsx(tmp_path / "台账 2025-04.xlsx", {
                  "台账": [STATUS_HEADER, _sale("PO-5", 8_000, "2025-04-02")],
                  tab: [STATUS_HEADER, ["PO-1", "Mumbai Mart", d("2025-04-20"), "Sofa", 3_000,
                                     "USD", None, None, None, None, status, None]]})}
    _same_import(tmp_path, *[[rounds[k]] for k in order])
    assert _figures(tmp_path) == (5_000, 0, 20_000)
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 12_000, 3_000, 0),
                                                     ("PO-5", 3_000, 0, 5_000)]


def test_a_returns_tab_row_of_another_kind(tmp_path: Path):
    """G1's bound: a returns tab's row whose 状态 says 取消 (another kind of row) is no return
    made of it: PO-1 keeps no credit note."""
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-03.xlsx", {
        "台账": [STATUS_HEADER, _sale("PO-1", 15_000, "2025-03-01", 15_000)],
        "退货": [STATUS_HEADER, ["PO-1", "Mumbai Mart", d("2025-04-20"), "Sofa", 3_000, "USD",
                               None, None, None, None, "取消", None]]})])
    assert all(r[2] == 0 for r in _receivables(tmp_path, "Mumbai Mart"))
