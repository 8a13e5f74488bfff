"""fx43a: ref43's return rules mended where a reviewer proved them wrong.

PO-1 "Sofa" 15,000 USD of 03-01 (hdr40's sale). Figures: (open, credit on account, revenue) at
06-30; receivables: (order, received, credited, open).

F6. -3,000 in 已收金额 noted "退货款 多付" (an overpayment sent back) on PO-1 paid 18,000: a
    refund, as "多付款退回" is (was PO-1's return: credited 3,000, revenue 12,000).
F7. -3,000, 状态 退货, of PO-2 cancelled (取消, deposit 3,000 received): the deposit's
    refund, as 退款 says (was 3,000 left on account).
F1. A 退货 list re-sent from another folder corrected (1,500 → 1,200): the 1,200 replaces the
    1,500 (0 open, 300 on account; was 1,200 open).
F5. A -3,000 状态 退货 row of PO-1 in a file imported before the one selling PO-1 (or listed
    first in one import) is held as a 退货 list's row is (ref39) until its sale comes: PO-1
    credited 3,000, revenue 20,000 with April's PO-5 (was skipped, "no amount", 23,000).
F8. The preview of a -3,000 状态 退货 row in a file after its sale's says what the import books:
    a return refunded (was "a payment received, not an order").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_hdr40_refund_headers import SALE, _figures
from test_lists_audit28 import d
from test_ref42_returns import BOTH, _receivables
from test_ref43_returns import REFUNDED, RETURNED, STATUS_HEADER, _sent_back

from core import i18n
from core.ledger.importer import import_files
from core.ledger.preview import preview_file
from core.store import connect


def _part(amount: int, day: str) -> list[object]:
    return ["PO-1", "Mumbai Mart", amount, amount, d(day)]


@pytest.mark.parametrize("note", ["退货款 多付", "多付款退回", "退货款"])
def test_an_overpayment_sent_back_is_no_return(tmp_path: Path, note):
    """F6: PO-1 paid 18,000, -3,000 noted "退货款 多付": the overpaid 3,000 sent back,
    revenue 15,000, nothing credited nor on account. Before: credited 3,000, revenue 12,000,
    3,000 on account."""
    sale = [*SALE[:8], 18_000, SALE[9], None, None]
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [
        STATUS_HEADER, sale, _sent_back("PO-1", None, note)]})])
    assert _figures(tmp_path) == (0, 0, 15_000)
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 15_000, 0, 0)]


@pytest.mark.parametrize(("status", "note"), [("退货", None), (None, "退款")])
def test_money_back_on_a_cancelled_order_is_its_deposits_refund(tmp_path: Path, status, note):
    """F7: PO-2 cancelled, its 3,000 deposit received; -3,000 状态 退货 of PO-2 is the deposit
    sent back (a cancelled order sold nothing to return): nothing on account. Before: 3,000."""
    cancelled = ["PO-2", *SALE[1:8], 3_000, SALE[9], "取消", None]
    back = _sent_back("PO-2", status, note)
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [
        STATUS_HEADER, [*SALE, None, None], cancelled, back]})])
    assert _figures(tmp_path) == (0, 0, 15_000)
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 15_000, 0, 0)]


@pytest.mark.parametrize("order", ["ABC", "AC"])
def test_a_return_list_re_sent_corrected(tmp_path: Path, order):
    """F1: April's sale (退货金额 3,000) and its 退货 tab's 1,500; May's 退货 file of 1,500,
    sent again from another folder corrected to 1,200: the 1,200 replaces the 1,500, as May's
    corrected file alone gives: 2,700 of 3,000 refunded, 300 on account. Before: 1,500 and
    1,200 both refunded, 1,200 open."""
    rounds = {"A": write_xlsx(tmp_path / "a" / "台账 2025-04.xlsx", {
                  "台账": [RETURNED, [*SALE, 3_000, d("2025-04-20")]],
                  "退货": [BOTH, _part(1_500, "2025-04-20")]}),
              "B": write_xlsx(tmp_path / "b" / "退货 2025-05.xlsx", {
                  "退货": [BOTH, _part(1_500, "2025-05-02")]}),
              "C": write_xlsx(tmp_path / "c" / "退货 2025-05.xlsx", {
                  "退货": [BOTH, _part(1_200, "2025-05-02")]})}
    _same_import(tmp_path, *[[rounds[k]] for k in order])
    assert _figures(tmp_path) == (0, 300, 12_000)
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 12_000, 3_000, 0)]


def test_a_payment_list_re_sent_corrected(tmp_path: Path):
    """F1's rule for a payment: March's PO-1 10,000 received, May's 收款 file of 1,500 sent
    again from another folder as 1,200: 11,200 received, 3,800 open (was 12,700, 2,300)."""
    def paid(amount: int) -> list[list[object]]:
        return [STATUS_HEADER, ["PO-1", "Mumbai Mart", d("2025-05-02"), None, None, "USD", None,
                                None, amount, d("2025-05-02"), None, None]]
    _same_import(tmp_path, [write_xlsx(tmp_path / "a" / "台账 2025-03.xlsx", {"台账": [
        STATUS_HEADER, [*SALE[:8], 10_000, SALE[9], None, None]]})],
        [write_xlsx(tmp_path / "b" / "收款 2025-05.xlsx", {"收款": paid(1_500)})],
        [write_xlsx(tmp_path / "c" / "收款 2025-05.xlsx", {"收款": paid(1_200)})])
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 11_200, 0, 3_800)]


def test_the_preview_of_a_return_row_in_a_later_file(tmp_path: Path):
    """F8: March's file sells PO-1; April's -3,000 状态 退货 of PO-1, which the import books as
    PO-1's return and refund, is previewed so, in both languages. Before: "a payment
    received, not an order" (收款，不是订单)."""
    db = tmp_path / "db.sqlite"
    import_files(db, [write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [
        STATUS_HEADER, [*SALE, None, None]]})])
    april = write_xlsx(tmp_path / "台账 2025-04.xlsx", {"台账": [
        STATUS_HEADER, _sent_back("PO-1", "退货", None)]})
    said = {}
    for language in ("en", "zh_CN"):
        i18n.set_language(language)
        with connect(db) as conn:
            [sheet] = preview_file(conn, april).sheets
        said[language] = str(sheet.row_notes[0])
    assert said == {"en": REFUNDED.format("3,000.00 USD"),
                    "zh_CN": "一笔 3,000.00 USD 的退货，已退款：记为其订单的贷项，货款已退回"}


@pytest.mark.parametrize("order", ["RS", "SR", "R+S"])
def test_a_return_row_before_its_sale(tmp_path: Path, order):
    """F5: April's file sells PO-5 (8,000, unpaid) and writes PO-1's -3,000 状态 退货; March's
    file sells PO-1, paid 15,000. In any order, PO-1's return and refund: credited 3,000,
    revenue 20,000, 8,000 open (PO-5). Before, April first: the row skipped, revenue 23,000."""
    paths = {"S": write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [
                 STATUS_HEADER, [*SALE, None, None]]}),
             "R": write_xlsx(tmp_path / "台账 2025-04.xlsx", {"台账": [
                 STATUS_HEADER, ["PO-5", "Mumbai Mart", d("2025-04-02"), "Desk", 8_000, "USD",
                                 "OA 30 days", d("2025-04-05"), None, None, None, None],
                 _sent_back("PO-1", "退货", None)]})}
    rounds = [[paths["R"], paths["S"]]] if order == "R+S" else [[paths[k]] for k in order]
    results = _same_import(tmp_path, *rounds)
    assert not any(r.skipped for r in results)
    assert _figures(tmp_path) == (8_000, 0, 20_000)
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 12_000, 3_000, 0),
                                                     ("PO-5", 0, 0, 8_000)]
