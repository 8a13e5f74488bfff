"""A cancelled line and what a later listing of it says (fix57i, the lead's decision on fix56i).

A later tab's or file's blank, 正常, 未收款 or 上月结转 still leaves a cancelled line cancelled
(the documented rule: tests/test_cancel_guard30.py and its kin). Two later words bring it back:
the goods went (已出货 / 已发货 / 已装船 with a ship date not before the day the cancel wrote), or
the line paid in full after the cancel (rv56d s145 f6, s148 h3). And a note cancelling its line
by its own product or style cancels that line alone (rv56d s147 g3, g5).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct56c_note_cancel_deduction_apart import OA, _import, _said
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.import_result import FileResult

d = date.fromisoformat
HEAD = ["订单号", "客户名称", "下单日期", "品名", "数量", "单价", "金额", "币种", "付款方式",
        "出货日期", "提单日期", "收款金额", "收款日期", "备注", "状态"]
BUYER = "Rio Casa Ltda"
# another buyer's paid sale: the book records receipts, so a late payer is black, not "confirm"
OTHER = ["PO-O1", "Other Co", d("2025-06-01"), "陶瓷杯", 10, 100, 1_000, "USD", "T/T",
         d("2025-06-10"), d("2025-06-10"), 1_000, d("2025-06-30"), None, None]


def _po(note: str | None = None, status: str | None = None, ship: str = "2025-03-01",
        paid: float | None = None, on: str | None = None) -> list[object]:
    """PO-R1 10,000 OA 30 (shipped 03-01: due 03-31, 91 days at 06-30) as a month lists it."""
    return ["PO-R1", BUYER, d("2025-02-20"), "LED灯", 1_000, 10, 10_000, "USD", OA, d(ship),
            d(ship), paid, d(on) if on else None, note, status]


def _tabs(where: Path, months: dict[str, list[object]]) -> FileResult:
    return _import(where, {**{m: [HEAD, row] for m, row in months.items()}, "6月": [HEAD, OTHER]})


def _files(where: Path, months: dict[str, list[object]]) -> list[FileResult]:
    """Each month's 台账 file, imported in turn, both import paths compared."""
    return _same_import(where, *[[write_xlsx(where / m / f"2025年{m}台账.xlsx", {
        "台账": [HEAD, row, OTHER]})] for m, row in months.items()])


def _state(where: Path) -> tuple[int, int, str | None, int]:
    """Open, days past due, the black or watch list, and credit on account at 06-30."""
    c = by_name(at(where / "fast.sqlite", d("2025-06-30")))[BUYER]
    return (round(c.open_amount), c.max_days_overdue,
            c.list if c.list in ("black", "watch") else None, round(c.credit_on_account))


BLACK, NONE = (10_000, 91, "black", 0), (0, 0, None, 0)


def test_a_note_cancelling_its_own_product_cancels_that_line_alone(tmp_path: Path) -> None:
    """PO-L1: LED灯 6,000 and 灯罩 4,000 (OA 30, shipped 03-01, unpaid). 灯罩已取消 on line 2
    (its order cells filled down) or 此款已取消 on line 1 cancels that line alone, named in the
    report; before, neither read as a cancellation: 10,000 owed (rv56d s147 g3, g5). 此款 on
    line 1 is not line 2's where line 2 takes its order's cells from line 1."""
    def line(no, buyer, product, amount, note):
        return [no, buyer, d("2025-02-20") if buyer else None, product, 1_000, amount / 1_000,
                amount, "USD", OA if buyer else None, d("2025-03-01"), d("2025-03-01"), None,
                None, note, None]
    cases = {
        "g3": ([line("PO-L1", BUYER, "LED灯", 6_000, None),
                line(None, None, "灯罩", 4_000, "灯罩已取消")], (6_000, 91, "black", 0), 3),
        "g5": ([line("PO-L1", BUYER, "LED灯", 6_000, "此款已取消"),
                line("PO-L1", BUYER, "灯罩", 4_000, None)], (4_000, 91, "black", 0), 2),
        "filled": ([line("PO-L1", BUYER, "LED灯", 6_000, "此款已取消"),
                    line(None, None, "灯罩", 4_000, None)], (4_000, 91, "black", 0), 2),
    }
    got, named = {}, {}
    for tag, (rows, _, _) in cases.items():
        result = _import(tmp_path / tag, {"3月": [HEAD, *rows, OTHER]})
        got[tag] = _state(tmp_path / tag)
        named[tag] = _said(result, "cancelled_in_note")
    assert got == {tag: case[1] for tag, case in cases.items()}
    for tag, (_, _, row) in cases.items():
        assert len(named[tag]) == 1 and f"row {row}:" in named[tag][0], named[tag]


def test_a_later_listing_saying_the_goods_went_brings_the_line_back(tmp_path: Path) -> None:
    """March cancels PO-R1 (已取消 in 备注 or 状态); a later tab or file lists it saying the
    goods went, with its ship date: it is owed again (rv56d s148 h3: 0 → 10,000, 91 days,
    black), the row named. Not where the ship date falls before the day the cancel wrote, nor
    on 未出货 / 待出货, nor on a note copied from the cancelling row."""
    tabs = {
        "status 已出货": ({"3月": _po("已取消"), "4月": _po(status="已出货")}, BLACK),
        "note 3/1已出货": ({"3月": _po(status="已取消"), "4月": _po("3/1已出货，尾款未收")}, BLACK),
        "已装船 after the cancel's day": (
            {"3月": _po("3/5客户取消"), "4月": _po(status="已装船", ship="2025-03-10")},
            (10_000, 82, "black", 0)),
        "shipped before the cancel's day": (
            {"3月": _po("3/5客户取消"), "4月": _po(status="已出货")}, NONE),
        "未出货": ({"3月": _po("已取消"), "4月": _po(status="未出货")}, NONE),
        "待出货": ({"3月": _po("已取消"), "4月": _po(status="待出货")}, NONE),
        "正常": ({"3月": _po("已取消"), "4月": _po(status="正常")}, NONE),
        "copied note": ({"3月": _po("3/1已出货", "已取消"), "4月": _po("3/1已出货")}, NONE),
    }
    got, named = {}, {}
    for number, (tag, (months, _)) in enumerate(tabs.items()):
        result = _tabs(tmp_path / str(number), months)
        got[tag], named[tag] = _state(tmp_path / str(number)), _said(
            result, "cancelled_shipped_back")
    assert got == {tag: case[1] for tag, case in tabs.items()}
    assert [tag for tag, said in named.items() if said] == [
        tag for tag, case in tabs.items() if case[1] != NONE]
    assert "PO-R1 (“4月” row 2)" in named["status 已出货"][0]
    results = _files(tmp_path / "files", {"3月": _po(status="已取消"),
                                          "4月": _po(status="已发货")})
    assert _state(tmp_path / "files") == BLACK
    assert "PO-R1" in _said(results[1], "cancelled_shipped_back")[0]


def test_a_payment_in_full_after_the_cancel_brings_the_line_back(tmp_path: Path) -> None:
    """March cancels PO-R1; May's listing shows it paid 10,000 on 05-10 (or the 7,000 balance
    over a 3,000 deposit held from February): the buyer paid for goods he got, nothing owed and
    no credit (rv56d s145 f6: 10,000 credit before). A deposit alone, or money dated before the
    cancel's month, leaves it cancelled, the money the buyer's credit."""
    tabs = {
        "paid in full": ({"3月": _po("已取消"), "5月": _po(paid=10_000, on="2025-05-10")}, NONE),
        "deposit then balance": ({"3月": _po("已取消", paid=3_000, on="2025-02-25"),
                                  "5月": _po(paid=10_000, on="2025-05-10")}, NONE),
        "deposit alone": ({"3月": _po("已取消"), "5月": _po(paid=3_000, on="2025-05-10")},
                          (0, 0, None, 3_000)),
        "paid before the cancel": ({"3月": _po(status="已取消"),
                                    "4月": _po(paid=10_000, on="2025-02-15")},
                                   (0, 0, None, 10_000)),
    }
    got, named = {}, {}
    for number, (tag, (months, _)) in enumerate(tabs.items()):
        result = _tabs(tmp_path / str(number), months)
        got[tag], named[tag] = _state(tmp_path / str(number)), _said(result,
                                                                     "cancelled_paid_back")
    assert got == {tag: case[1] for tag, case in tabs.items()}
    assert [tag for tag, said in named.items() if said] == ["paid in full",
                                                            "deposit then balance"]
    assert "PO-R1 (“5月” row 2)" in named["paid in full"][0]
    results = _files(tmp_path / "files", {"3月": _po("客户取消"),
                                          "5月": _po(paid=10_000, on="2025-05-10")})
    assert _state(tmp_path / "files") == NONE
    assert "PO-R1" in _said(results[1], "cancelled_paid_back")[0]
