"""fix58g (rv58b s13-s16): a noted 质量扣款500 is weighed against its order's money however the
clerk spread it: one 合并付款 wire paying it and a PI shipped in two lots, one wire paying two
noted invoices, a 合并付款 row whose deposit sits on a 定金30% line of its own, a cancelled
PI's deposit kept for the noted PI (定金转YW25-0296).

Each 500 was left unread: taken from the buyer's next invoice paid in full, it aged until a
good buyer was watched or black-listed. Each test imports by the app and the reference import
(test_fast_import._same_import) and keeps beside it a near miss that stays as it was.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_acct56c_note_cancel_deduction_apart import DEP, HEAD, OA, _buyer, _import, _row, _state
from test_fast_import import _same_import
from test_fix57h_deduction_money_placed import DOHA, REGISTER, TUNIS, _noted

d = date.fromisoformat
MUSCAT, DHAKA, KARACHI = "Muscat Home LLC", "Dhaka Fancy House", "Karachi Traders"
NEXT = _row("YW25-0390", DOHA, "2025-12-01", "雨伞", 3000, OA, "2025-12-08", 3000, "2025-12-31",
            None)  # a buyer paying on time: never listed


@pytest.mark.parametrize("wire", ["register", "row"])
def test_a_merged_wire_paying_a_noted_invoice_and_a_later_lot_settles_the_deduction(
        tmp_path: Path, wire: str):
    """Tunis' YW25-0067 shipped in two lots (第一批 18,000 paid on February's row, 第二批 12,000
    on April's tab) and YW25-0097 4,980 noted 质量扣款500, paid by one 合并付款 wire of 16,480
    (on 收款登记, or on 0097's row noting 含YW25-0067货款12000): nothing open at 07-31, the
    deduction named. Before: April's lot read as February's line shown again, 0067 sold
    12,000 where 30,000 is, the 500 on YW25-0120: 75 days, black."""
    row = wire == "row"
    sheets = {
        "2月": [HEAD, _row("YW25-0067", TUNIS, "2025-02-20", "毛绒玩具", 18000, OA, "2025-03-10",
                          18000, "2025-04-08", "分批出货，第一批")],
        "4月": [HEAD,
               _row("YW25-0067", TUNIS, "2025-02-20", "毛绒玩具", 12000, OA, "2025-04-15", None,
                    None, "已与YW25-0097合并付款，第二批" if row else "第二批"),
               _row("YW25-0097", TUNIS, "2025-04-10", "雨伞", 4980, OA, "2025-04-16",
                    16480 if row else None, "2025-05-17" if row else None,
                    "合并付款，含YW25-0067货款12000，质量扣款500" if row else "质量扣款500"),
               _row("YW25-0120", TUNIS, "2025-04-12", "手机壳", 5000, OA, "2025-04-17", 5000,
                    "2025-05-20", None)]}
    if not row:
        sheets["收款登记"] = [REGISTER, [d("2025-05-17"), TUNIS, 16480, "USD", None,
                                     "YW25-0067、YW25-0097", "合并付款"]]
    result = _import(tmp_path, sheets)
    tunis = _buyer(tmp_path, TUNIS, "2025-07-31")
    assert _state(tunis) == (0, 0, None)
    assert round(tunis.revenue_12m) == 18000 + 12000 + 4980 + 5000 - 500
    _noted(result, 1)


def test_one_wire_paying_two_noted_invoices_settles_each_500(tmp_path: Path):
    """Muscat's YW25-0222 9,000 and YW25-0227 12,000, each noted 质量扣款500, paid by one
    合并付款 register line of 20,000: nothing open at 12-31, both deductions named. Doha's
    like invoices with no note, paid 20,000, stay 1,000 open. Before: the whole 1,000 short
    weighed on YW25-0227 alone, no 500: 1,000 open, 78 days, black."""
    sheets = {
        "8月": [HEAD, *(_row(no, buyer, "2025-08-20", product, amount, OA, "2025-09-05", None,
                            None, "质量扣款500" if buyer == MUSCAT else None)
                       for buyer, pre in ((MUSCAT, "YW25-"), (DOHA, "DH-"))
                       for no, product, amount in ((f"{pre}0222", "瑜伽垫", 9000),
                                                   (f"{pre}0227", "五金工具套装", 12000)))],
        "12月": [HEAD, NEXT],
        "收款登记": [REGISTER,
                 [d("2025-11-11"), MUSCAT, 20000, "USD", None, "YW25-0222、YW25-0227", "合并付款"],
                 [d("2025-11-11"), DOHA, 20000, "USD", None, "DH-0222、DH-0227", "合并付款"]]}
    result = _import(tmp_path, sheets)
    muscat = _buyer(tmp_path, MUSCAT, "2025-12-31")
    assert _state(muscat) == (0, 0, None)
    assert round(muscat.revenue_12m) == 9000 + 12000 - 1000
    assert round(_buyer(tmp_path, DOHA, "2025-12-31").open_amount) == 1000
    _noted(result, 2)


def test_a_merged_row_whose_deposit_is_on_its_own_line_settles_the_deduction(tmp_path: Path):
    """Dhaka's YW25-0261 26,250 received 21,602.50 noting 合并付款，含YW25-0279货款3727.5，
    质量扣款500, its 7,875 deposit on a 定金30% line under it, YW25-0279 5,325 with its 1,597.50
    deposit likewise: nothing open at 12-31, the deduction named. Before: the row's own cell
    less than its order, 0279's 3,727.50 was left on 0261 and the 500 went onto YW25-0300:
    42 days, watch."""
    def deposit(paid: float, on: str) -> list[object]:
        return [None, None, None, "定金30%", None, None, None, None, None, None, None, paid,
                d(on), None]
    sheets = {
        "9月": [HEAD,
               _row("YW25-0261", DHAKA, "2025-09-16", "毛绒玩具", 26250, DEP, "2025-10-13",
                    21602.5, "2025-10-22", "合并付款，含YW25-0279货款3727.5，质量扣款500"),
               deposit(7875, "2025-09-22")],
        "10月": [HEAD,
                _row("YW25-0279", DHAKA, "2025-10-01", "发饰套装", 5325, DEP, "2025-10-15", None,
                     None, "已与YW25-0261合并付款"),
                deposit(1597.5, "2025-10-07"),
                _row("YW25-0300", DHAKA, "2025-10-05", "雨伞", 3000, OA, "2025-10-20", 3000,
                     "2025-11-19", None)],
        "12月": [HEAD, NEXT]}
    result = _import(tmp_path, sheets)
    dhaka = _buyer(tmp_path, DHAKA, "2025-12-31")
    assert _state(dhaka) == (0, 0, None)
    assert round(dhaka.revenue_12m) == 26250 + 5325 + 3000 - 500
    _noted(result, 1)


@pytest.mark.parametrize("fate", ["已取消，定金转YW25-0296", "已取消，定金不退"])
def test_a_cancelled_pi_s_deposit_kept_for_the_noted_pi_settles_its_deduction(
        tmp_path: Path, fate: str):
    """Karachi's YW25-0297 cancelled after its 1,995 deposit, kept for YW25-0296 (13,175,
    noted 质量扣款500, 3,952.50 + 6,727.50 on its row): nothing open at 12-31, the deduction
    named. The deposit forfeited instead (定金不退) is the firm's: 0296 is 2,495 short, no
    500, and stays open. Before: the kept deposit never counted as 0296's money, the 500
    went onto YW25-0320: 21 days (watch from day 31)."""
    sheets = {
        "10月": [HEAD,
                _row("YW25-0296", KARACHI, "2025-10-14", "不锈钢保温杯", 13175, DEP, "2025-11-01",
                     3952.5 + 6727.5, "2025-11-17", "质量扣款500"),
                [*_row("YW25-0297", KARACHI, "2025-10-14", "儿童玩具车", 6650, DEP, "2025-11-01",
                       1995, "2025-10-21", fate)[:9], None, None, 1995, d("2025-10-21"), fate]],
        "11月": [HEAD, _row("YW25-0320", KARACHI, "2025-11-03", "手机壳", 5000, OA, "2025-11-10",
                           5000, "2025-12-10", None)],
        "12月": [HEAD, NEXT]}
    result = _import(tmp_path, sheets)
    karachi = _buyer(tmp_path, KARACHI, "2025-12-31")
    if "不退" in fate:
        assert round(karachi.open_amount) == 2495
        return
    assert _state(karachi) == (0, 0, None)
    assert round(karachi.revenue_12m) == 13175 + 5000 - 500
    _noted(result, 1)


@pytest.mark.parametrize("order", ["notes first", "wire first"])
def test_one_wire_in_a_later_file_paying_two_noted_invoices_settles_each_500(
        tmp_path: Path, order: str):
    """August's file notes Muscat's YW25-0222 9,000 and YW25-0227 12,000 each 质量扣款500;
    November's file books the one 合并付款 wire of 20,000 naming both: nothing open at 12-31,
    whichever file comes first. Before: the store's weighing filled YW25-0222 to 9,000 and
    left YW25-0227 1,000 short, no 500: 1,000 open, black."""
    aug = write_xlsx(tmp_path / "book" / "台账_2025-08.xlsx", {"8月": [HEAD, *(
        _row(no, MUSCAT, "2025-08-20", product, amount, OA, "2025-09-05", None, None,
             "质量扣款500") for no, product, amount in (("YW25-0222", "瑜伽垫", 9000),
                                                      ("YW25-0227", "五金工具套装", 12000)))]})
    nov = write_xlsx(tmp_path / "book" / "台账_2025-11.xlsx", {
        "11月": [HEAD, NEXT],
        "收款登记": [REGISTER, [d("2025-11-11"), MUSCAT, 20000, "USD", None,
                             "YW25-0222、YW25-0227", "合并付款"]]})
    rounds = [[aug], [nov]] if order == "notes first" else [[nov], [aug]]
    _same_import(tmp_path, *rounds)
    muscat = _buyer(tmp_path, MUSCAT, "2025-12-31")
    assert _state(muscat) == (0, 0, None)
    assert round(muscat.revenue_12m) == 9000 + 12000 - 1000
