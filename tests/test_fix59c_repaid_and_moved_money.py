"""fix59c (rv58d s241 D1, s245 H2, s247 T1-T3, s248 m2/m3): deductions and money moved across
orders, read where the clerk says the money went.

A Ningbo lighting exporter's clerk keeps a 台账 a month (订单号, 客户名称, …, 收款金额, 收款日期,
备注) and a 收款登记 tab for wires. Before each mend below, the buyer's money sat as credit on
account where the clerk's note put it on an order:

- 补付PO-D1质量扣款 500 on PO-D2's row, in May's file: PO-D1's 500 credit note (March) stood
  and the 500 was credit; a sister firm's like row on its own PO left it 500 in credit too;
- 补付质量扣款 500 on the 收款登记 tab of the very book noting 质量扣款500: 9,500 sold, 500 on
  account, where the buyer paid 10,000;
- PO-R2的款转入本单，恢复出货 (or 货款由PO-R2转来) with 10,000 on cancelled PO-R1's row in May:
  10,000 credit on account, the line still cancelled;
- one 合并付款 wire for two invoices short by more than the noted deduction: no deduction read.

Each test imports by the app and the reference import (test_fast_import._same_import) and keeps
its near misses beside it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_acct56c_note_cancel_deduction_apart import HEAD, OA, _row
from test_fast_import import _same_import
from test_fix57d_deduction_later_file import _credit_notes, _said, _state
from test_lists_audit28 import at, by_name

from core.analysis.model import CustomerMetrics
from core.ledger.import_result import FileResult

d = date.fromisoformat
REGISTER = ["日期", "付款人", "金额", "币种", "银行扣费", "对应发票", "备注"]
DELHI, HAMBURG, SISTER = "Delhi Lights Pvt Ltd", "Hamburg Licht GmbH", "Hamburg Licht Handel KG"
OSAKA, QUITO = "Osaka Shoji KK", "Quito Luz SA"
MUSCAT = "Muscat Home LLC"


def _buyers(tmp_path: Path, as_of: str = "2025-06-30") -> dict[str, CustomerMetrics]:
    return by_name(at(tmp_path / "fast.sqlite", d(as_of)))


def _money(no: str, buyer: str, paid: float, on: str, note: str | None) -> list[object]:
    """A row of money on an order's row (金额 blank), as a clerk books a later wire."""
    return [no, buyer, None, "LED灯", None, None, None, "USD", None, None, None, paid, d(on),
            note]


def _sale(no: str, buyer: str, amount: float, paid: float | None, note: str | None
          ) -> list[object]:
    return _row(no, buyer, "2025-03-01", "LED灯", amount, OA, "2025-03-20", paid,
                "2025-04-15" if paid else None, note)


def _imported(tmp_path: Path, *rounds: list[Path]) -> list[FileResult]:
    results = _same_import(tmp_path, *rounds)
    assert all(r.status == "imported" for r in results), [r.message for r in results]
    return results


def test_a_repayment_naming_another_orders_deduction_pays_that_order(tmp_path: Path):
    """Delhi's PO-D1 10,000 paid 9,500 noting 质量扣款500 (March's file), May's file books
    补付PO-D1质量扣款 500 on PO-D2's row: PO-D1's credit note withdrawn and named, nothing on
    account, revenue 18,000 (before: 500 credit, revenue 17,500). Hamburg's sister firm pays
    Hamburg's deduction back on its own PO-S1 row: neither holds credit, Hamburg's 10,000 sold
    (before: the sister 500 in credit). Near misses: Osaka's 补付质量扣款 on its own noted
    order's row pays it as before; Quito's 下月补付PO-Q1质量扣款 (only planned) moves nothing:
    its 500 stays credit, the credit note stands."""
    books = tmp_path / "books"
    march = write_xlsx(books / "台账-3月.xlsx", {"3月": [
        HEAD, _sale("PO-D1", DELHI, 10000, 9500, "质量扣款500"),
        _sale("PO-D2", DELHI, 8000, 8000, None),
        _sale("PO-H1", HAMBURG, 10000, 9500, "质量扣款500"),
        _sale("PO-S1", SISTER, 5000, 5000, None),
        _sale("PO-O1", OSAKA, 10000, 9500, "质量扣款500"),
        _sale("PO-Q1", QUITO, 10000, 9500, "质量扣款500"),
        _sale("PO-Q2", QUITO, 5000, 5000, None)]})
    may = write_xlsx(books / "台账-5月.xlsx", {"5月": [
        HEAD, _money("PO-D2", DELHI, 500, "2025-05-10", "补付PO-D1质量扣款"),
        _money("PO-S1", SISTER, 500, "2025-05-10", "补付PO-H1质量扣款500"),
        _money("PO-O1", OSAKA, 500, "2025-05-10", "补付质量扣款"),
        _money("PO-Q2", QUITO, 500, "2025-05-10", "下月补付PO-Q1质量扣款")]})
    results = _imported(tmp_path, [march], [may])
    found = _buyers(tmp_path)
    for name, sold in ((DELHI, 18000), (HAMBURG, 10000), (SISTER, 5000), (OSAKA, 10000)):
        assert _state(found[name]) == (0, 0, None), name
        assert round(found[name].credit_on_account) == 0, name
        assert round(found[name].revenue_12m) == sold, name
    assert round(found[QUITO].credit_on_account) == 500
    assert round(found[QUITO].revenue_12m) == 14500
    assert _credit_notes(tmp_path) == [("PO-Q1", -500.0)]
    back = _said(results[1:], "noted_deduction_paid_back")
    assert len(back) == 3 and all("its credit note is withdrawn" in s for s in back), back


def test_a_deduction_paid_back_in_the_book_noting_it_is_no_deduction(tmp_path: Path):
    """One book, its first import: Muscat's YW25-0222 10,000 paid 9,500 noting 质量扣款500 on
    8月, and 收款登记 500 for YW25-0222 补付质量扣款: paid in full, no credit note, 10,000 sold,
    nothing on account (before: 9,500 sold and 500 credit; a later import of the book into a
    database holding other orders withdrew it). Near misses: Osaka's 质量扣款500？ (asked
    only, 9,500 paid) with 补付质量扣款 beside it, never deducted, paid by the wire; Quito's
    9,500 booked again on the register (the same wire twice): its credit note stands."""
    sheets = {
        "8月": [HEAD,
               _row("YW25-0222", MUSCAT, "2025-08-20", "瑜伽垫", 10000, OA, "2025-09-05", 9500,
                    "2025-10-10", "质量扣款500"),
               _row("PQ-1", QUITO, "2025-08-20", "瑜伽垫", 10000, OA, "2025-09-05", 9500,
                    "2025-10-10", "质量扣款500"),
               _row("PO-88", OSAKA, "2025-08-20", "瑜伽垫", 10000, OA, "2025-09-05", 9500,
                    "2025-10-10", "质量扣款500？")],
        "收款登记": [REGISTER,
                 [d("2025-11-11"), MUSCAT, 500, "USD", None, "YW25-0222", "补付质量扣款"],
                 [d("2025-10-10"), QUITO, 9500, "USD", None, "PQ-1", None],
                 [d("2025-11-11"), OSAKA, 500, "USD", None, "PO-88", "补付质量扣款"]]}
    results = _imported(tmp_path, [write_xlsx(tmp_path / "b" / "2025外贸台账.xlsx", sheets)])
    found = _buyers(tmp_path, "2025-12-31")
    for name, sold in ((MUSCAT, 10000), (QUITO, 9500), (OSAKA, 10000)):
        assert (_state(found[name]), round(found[name].revenue_12m),
                round(found[name].credit_on_account)) == ((0, 0, None), sold, 0), name
    assert _credit_notes(tmp_path) == [("PQ-1", -500.0)]
    [back] = _said(results, "noted_deduction_paid_back")
    assert "order YW25-0222 of Muscat Home LLC" in back


CANCELLED_HEAD = ["订单号", "客户名称", "下单日期", "品名", "数量", "单价", "金额", "币种",
                  "付款方式", "出货日期", "提单日期", "收款金额", "收款日期", "备注"]


def _r(no: str, note: str, paid: float | None = None, on: str | None = None,
       ship: str = "2025-02-25") -> list[object]:
    return [no, "Rio Luces Ltda", d("2025-02-10"), "LED灯", 1000, 10, 10000, "USD", "OA 30天",
            d(ship), d(ship), paid, d(on) if on else None, note]


@pytest.mark.parametrize(("note", "revived"), [
    ("PO-R2的款转入本单，恢复出货", True), ("货款由PO-R2转来", True), ("从PO-R2转过来的货款", True),
    ("款转PO-R2", False), ("PO-R2货款", False)])
def test_money_moved_into_a_cancelled_order_pays_it_again(tmp_path: Path, note: str,
                                                          revived: bool):
    """PO-R1 10,000 已取消 on 3月; May's row of it received 10,000 on 05-10 noting the money
    came from PO-R2 (转入本单, 由PO-R2转来): the line stands again, paid, nothing on account
    (before: 10,000 credit, the line cancelled). Near misses: money moved out to PO-R2 (款转
    PO-R2) or said PO-R2's (PO-R2货款), PO-R2 listed by no tab: 10,000 on account, as before."""
    sheets = {"3月": [CANCELLED_HEAD, _r("PO-R1", "已取消")],
              "5月": [CANCELLED_HEAD, _r("PO-R1", note, 10000, "2025-05-10")],
              "6月": [CANCELLED_HEAD, ["PO-999", "Other Co", d("2025-06-01"), "灯", 10, 100, 1000,
                                      "USD", "T/T", d("2025-06-10"), d("2025-06-10"), 1000,
                                      d("2025-06-30"), None]]}
    _imported(tmp_path, [write_xlsx(tmp_path / "b" / "2025外贸台账.xlsx", sheets)])
    rio = _buyers(tmp_path)["Rio Luces Ltda"]
    assert (_state(rio), round(rio.credit_on_account)) == ((0, 0, None), 0 if revived else 10000)
    assert round(rio.revenue_12m) == (10000 if revived else 0)


@pytest.mark.parametrize(("second", "wire", "open_", "sold"), [
    ("质量扣款500", 19000, 1000, 20000),  # T1: both noted, 1,000 short beyond: both read
    (None, 20000, 500, 20500),  # T2: the 500 beyond the note owed on the invoice noting none
    ("客户说要扣款500？", 20000, 500, 20500),  # T3: a deduction only asked is not taken
    # short by more than an invoice: YW25-0222 paid less its note (read, as before), the
    # rest a part of YW25-0227, whose 500 is not read (10,000 open were it)
    ("质量扣款500", 10000, 10500, 20500),
])
def test_a_merged_wire_short_beyond_its_notes_reads_them(tmp_path: Path, second: str | None,
                                                         wire: float, open_: float,
                                                         sold: float):
    """Muscat's YW25-0222 9,000 noted 质量扣款500 and YW25-0227 12,000 (B/L 09-05, OA 30),
    one 合并付款 wire on 11-11 naming both. Before: 1,500 open (T1) and 1,000 (T2, T3), the
    noted 500 weighed on an invoice the other's money had filled first."""
    sheets = {"8月": [HEAD, _row("YW25-0222", MUSCAT, "2025-08-20", "瑜伽垫", 9000, OA,
                                "2025-09-05", None, None, "质量扣款500"),
                     _row("YW25-0227", MUSCAT, "2025-08-20", "五金工具套装", 12000, OA,
                          "2025-09-05", None, None, second)],
              "收款登记": [REGISTER, [d("2025-11-11"), MUSCAT, wire, "USD", None,
                                  "YW25-0222、YW25-0227", "合并付款"]]}
    _imported(tmp_path, [write_xlsx(tmp_path / "b" / "2025外贸台账.xlsx", sheets)])
    muscat = _buyers(tmp_path, "2025-12-31")[MUSCAT]
    assert (round(muscat.open_amount), muscat.list in ("black", "watch")) == (open_, True)
    assert round(muscat.revenue_12m) == sold
