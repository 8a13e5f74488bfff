"""fix38d: the reviewer's faults in order38 (/tmp/rv38a), each through the real import (and
the reference import, compared after every file: test_fast_import._same_import). Mumbai
Mart's MT-1 15,000 of 03-01, shipped 03-05, counted by hand at 06-30."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_lots36 as lots36
from languages import in_chinese
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_break34d import _open, ordered
from test_fast_import import _same_import
from test_import_order36 import A, _every_order, _figures
from test_import_order38 import _noted_sale, _paid_sale, _with_received
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row
from test_lots35b import _older_reader

from core.ledger.importer import import_files


def _mumbai(tmp_path: Path) -> tuple[float, float, float]:
    """Mumbai Mart's open amount, credit on account and revenue at 06-30 (_same_import's)."""
    return _mumbai_in(tmp_path / "fast.sqlite")


def _mumbai_in(db: Path) -> tuple[float, float, float]:
    """Mumbai Mart's open amount, credit on account and revenue at 06-30 in `db`."""
    who = by_name(at(db, d("2025-06-30")))["Mumbai Mart"]
    return round(who.open_amount, 2), round(who.credit_on_account, 2), round(who.revenue_12m, 2)


def _return_of_its_own() -> list[object]:
    """MT-1's return on a row of its own: -3,000 of 04-20 typed 退货."""
    return [*row("MT-1", "Mumbai Mart", "2025-04-20", -3_000, None), "退货", None]


def test_a_later_tab_without_the_note_keeps_the_return_s_own_row(tmp_path: Path):
    """One cumulative workbook: 3月 lists MT-1 (12,000 paid) noted 退货3000; 4月 lists it again
    without the note, and the return's own -3,000 row further down. Hand count: one return,
    nothing open, revenue 12,000. Before: the row took the noted return's line, and the 4月 sale
    without the note removed it as "note taken out": 3,000 open, revenue 15,000, black list."""
    other = [*row("X-1", "Other", "2025-03-02", 500, "2025-03-03"), None, None]
    _same_import(tmp_path, [write_xlsx(tmp_path / A, {
        "3月": [TYPED, _noted_sale(), other],
        "4月": [TYPED, _paid_sale(), other, _return_of_its_own()]})])
    assert _mumbai(tmp_path) == (0, 0, 12_000)


def test_next_month_s_file_without_the_note_and_the_return_s_own_row(tmp_path: Path):
    """A (March): MT-1 noted 退货3000. B (April): MT-1 without the note, the return's own
    -3,000 row below it. Hand count: one return, nothing open, revenue 12,000, in every
    order."""
    other = [*row("X-1", "Other", "2025-03-02", 500, "2025-03-03"), None, None]
    figures = _every_order(tmp_path, {"台账": [TYPED, _noted_sale(), other]},
                           {"台账": [TYPED, _paid_sale(), other, _return_of_its_own()]})
    assert figures[0] == 0 and figures[5] == 12_000


@pytest.mark.parametrize("april_name", ["台账 (1).xlsx", "台账.xlsx", "台账 2025-04.xlsx"])
def test_next_month_s_file_named_as_a_copy_of_an_older_reader_s(tmp_path: Path,
                                                                   april_name: str):
    """An older reader imported March's 2025-03/台账.xlsx: S-1's first lot 8,000, 4,000 received
    typed without a date. April's file, the second lot 4,000 noted 第二批, arrives as 台账
    (1).xlsx (a second download of that name), 台账.xlsx in April's folder, or 台账
    2025-04.xlsx, read by today's reader. Hand count: 8,000 open, 4,000 on each lot. Before:
    the name (1) made April's file March's copy, its older reading's made-up balance: the
    firm's 4,000 cleared, 12,000 open."""
    folder = tmp_path / "ledgers"
    m0 = lots36._file(folder / "y" / "台账 2025-03.xlsx",
                      ordered("S-1", 8_000, "2025-03-10", 80, 4_000))
    march = folder / "2025-03" / "台账.xlsx"
    march.parent.mkdir(parents=True)
    march.write_bytes(m0.read_bytes())
    april = lots36._file(folder / "x" / "台账 2025-04.xlsx",
                         ordered("S-1", 4_000, "2025-04-10", 40, note="第二批"))
    target = folder / "2025-04" / april_name
    target.parent.mkdir(parents=True)
    target.write_bytes(april.read_bytes())
    _same_import(tmp_path, [march])
    _older_reader(tmp_path)
    _same_import(tmp_path, [target])
    assert _open(tmp_path) == [(4_000, 82), (4_000, 51)]


_WITH_PRODUCT = ["合同号", "客户名称", "下单日期", "产品名称", "金额", "币种", "付款方式",
                 "出货日期", "已收金额", "收款日期", "状态", "类型", "备注"]


def _product_row(ordered_on: str, product: str | None, amount: float, ship: str | None,
                 received: float | None = None, kind: str | None = None,
                 note: str | None = None) -> list[object]:
    """A row of MT-1 (or P-1 for another buyer) with its product."""
    return ["MT-1", "Mumbai Mart", d(ordered_on), product, amount, "USD", "OA 30 days", d(ship),
            received, d("2025-04-10") if received else None, None, kind, note]


_PAYER = ["P-1", "Payer", d("2025-05-01"), "x", 1_000, "USD", "OA 30 days", d("2025-05-02"),
          1_000, d("2025-06-30"), None, None, None]


@pytest.mark.parametrize("apart", ["files", "tabs"])
def test_a_noted_return_s_own_row_naming_no_product(tmp_path: Path, apart: str):
    """MT-1's sale of product Sofa (12,000 paid) noted 退货3000; the return's own -3,000 row
    (类型 退货) names no product. Hand count: one return, nothing open, revenue 12,000, in
    every order of the files or the tabs. Before: matched by order and product, the two were
    two returns where the sale came first (3,000 credit, revenue 9,000) and one the other way
    round (0, 12,000)."""
    sale = {"台账": [_WITH_PRODUCT, _product_row("2025-03-01", "Sofa", 15_000, "2025-03-05",
                                                   12_000, note="退货3000"), _PAYER]}
    back = {"退货": [_WITH_PRODUCT, _product_row("2025-04-20", None, -3_000, None,
                                                  kind="退货")]}
    if apart == "files":
        figures = _every_order(tmp_path, sale, back)
        assert figures[0] == 0 and figures[3] == 0 and figures[5] == 12_000
        return
    for n, tabs in enumerate(({**sale, **back}, {**back, **sale})):
        (tmp_path / str(n)).mkdir()
        _same_import(tmp_path / str(n), [write_xlsx(tmp_path / str(n) / A, tabs)])
        assert _mumbai(tmp_path / str(n)) == (0, 0, 12_000), tabs


def test_the_report_names_the_noted_return_that_gave_way(tmp_path: Path):
    """March's file: MT-1 (Sofa) noted 退货3000; April's: the return's own -3,000 row naming no
    product. Imported March first, the note's return gives way to April's row, and April's
    report says so, naming March's file, sheet and row, in English and Chinese. Before: removed
    without a word."""
    march = write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [
        _WITH_PRODUCT, _product_row("2025-03-01", "Sofa", 15_000, "2025-03-05", 12_000,
                                    note="退货3000"), _PAYER]})
    april = write_xlsx(tmp_path / "台账 2025-04.xlsx", {"退货": [
        _WITH_PRODUCT, _product_row("2025-04-20", None, -3_000, None, kind="退货")]})
    db = tmp_path / "t.sqlite"
    import_files(db, [march])
    [result] = import_files(db, [april])
    [said] = [m for m in result.warnings if m.code == "noted_returns_gave_way"]
    assert "“台账 2025-03.xlsx”" in said.text and "“台账” row 2" in said.text
    assert "按备注存入的退货已删除，改按该行计入：“台账”第 2 行" in in_chinese(lambda: said.text)
    assert _mumbai_in(db) == (0, 0, 12_000)


@pytest.mark.parametrize(("first", "then", "note", "owed"), [
    ("定金", 9_000, "尾款部分到账", 6_000), ("定金", 9_000, "二期款", 6_000),
    ("定金", 9_000, "2nd payment", 6_000),
    (None, 9_000, "balance", 6_000), (None, 10_500, "balance", 0),
    ("30% deposit", 10_500, "final payment", 0)])
def test_a_later_file_s_figure_noted_as_a_payment(tmp_path: Path, first: str | None,
                                                  then: float, note: str, owed: float):
    """A (March): MT-1 15,000, 4,500 received 03-02, noted `first`. B (April): MT-1 again,
    `then` received 04-15, noted `note`. A figure is a payment of its own, added, only where
    the two settle the order and the note says nothing is still owed (未, 待, pending, due);
    else the total to date. Hand count `owed` open, in every order. Before: the running total
    9,000 noted 尾款部分到账, 二期款 or 2nd payment was added (1,500 open), the balance noted
    余款未收 (4,500 re-dated) added (6,000 open), and a blank March note gave 1,500 one way
    and 6,000 the other."""
    figures = _every_order(tmp_path, {"台账": [TYPED, _with_received(4_500, "2025-03-02",
                                                                    first)]},
                           {"台账": [TYPED, _with_received(then, "2025-04-15", note)]})
    assert figures[0] == owed


@pytest.mark.parametrize("order", ["AB", "BA"])
def test_a_balance_noted_as_still_owed_is_no_payment(tmp_path: Path, order: str):
    """A (March): MT-1 4,500 received 03-02, noted 定金. B (April): the 4,500 again, dated
    04-15, noted 余款未收 (the balance not received). Hand count: 10,500 open, in either
    order. Before: April's 4,500 was added as the balance paid: 6,000 open."""
    figures = _figures(tmp_path, {"台账": [TYPED, _with_received(4_500, "2025-03-02", "定金")]},
                       {"台账": [TYPED, _with_received(4_500, "2025-04-15", "余款未收")]},
                       order)
    assert figures[0][0] == 10_500


@pytest.mark.parametrize("order", ["march first", "april first"])
def test_the_report_names_the_notes_that_made_a_payment(tmp_path: Path, order: str):
    """March: MT-1 4,500 received 03-02 noted 定金; April: 10,500 received 04-15 noted 尾款.
    The later-imported file's report says the figure was counted as the payment its note
    names, naming the notes, in English and Chinese, in either order. Before: March first, it
    said "this month's receipt, not the total received to date" (the 本月收款 message);
    April first, nothing."""
    march = write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [
        TYPED, _with_received(4_500, "2025-03-02", "定金")]})
    april = write_xlsx(tmp_path / "台账 2025-04.xlsx", {"台账": [
        TYPED, _with_received(10_500, "2025-04-15", "尾款")]})
    db = tmp_path / "t.sqlite"
    first, then = (march, april) if order == "march first" else (april, march)
    import_files(db, [first])
    [result] = import_files(db, [then])
    [said] = [m for m in result.warnings if m.code.startswith("stored_receipts")]
    assert said.code == "stored_receipts_named"
    assert "another payment of the order" in said.text and "定金" in said.text
    assert "尾款" in said.text and "MT-1" in said.text
    assert "另一笔款" in in_chinese(lambda: said.text)
    assert _mumbai_in(db)[0] == 0


def test_a_second_payment_and_the_balance_of_two_months(tmp_path: Path):
    """A (March): MT-1 9,000 received 03-20 noted 第二笔. B (April): 6,000 received 04-15
    noted 尾款. Two payments of two days settling the order: nothing open, in every order.
    (On one day a bank's 第二笔 and a clerk's 尾款 may be one wire: payment_kinds.apart.)"""
    figures = _every_order(tmp_path, {"台账": [TYPED, _with_received(9_000, "2025-03-20",
                                                                    "第二笔")]},
                           {"台账": [TYPED, _with_received(6_000, "2025-04-15", "尾款")]})
    assert figures[0] == 0
