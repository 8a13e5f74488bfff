"""note36: returns and refunds said only in words. A sale row's note naming the sum of goods
that came back (3000退货已退回) is a return of that sum, a credit note on its order
(core.ledger.noted_returns); a payment row whose refund is only under way (退款中) is no money
sent back, and beside a credit note of its sum no money at all (core.ledger.refunds_under_way).
Each test's docstring gives the hand count; both imports (the app's and tests/reference_import)
must agree (test_fast_import._same_import)."""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_break32 import _owed
from test_break34a_refunds import TYPED, _rio
from test_fast_import import _same_import
from test_fix34b_returns import PAID
from test_late33 import PAYMENTS
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row

from core.ledger.noted_returns import returned_sum
from core.ledger.report import import_report
from core.ledger.typed_rows import refund_under_way

NOTED = [*HEADER, "备注"]
# the as-of date's other buyer, paid on 06-30
PAYER = [*row("P-1", "Payer", "2025-06-01", 1_000, "2025-06-02", 1_000, "2025-06-30"), None]


def _sale(note: str | None) -> list[object]:
    """Mumbai Textiles' MT-1: 15,000 of 03-01, shipped 03-15 (OA 30: due 04-14), 12,000
    received on 04-10, its note `note`."""
    return [*row("MT-1", "Mumbai Textiles", "2025-03-01", 15_000, "2025-03-15", 12_000,
                 "2025-04-10"), note]


def _mumbai(tmp_path: Path, *files: tuple[str, list[list[object]]], tab: str = "台账"
            ) -> tuple[str, tuple[object, ...]]:
    """Each file (its name, its one tab's rows) imported in turn by both imports: the last
    file's report, and Mumbai's (open, list, open per order, credit on account, revenue) at
    06-30. `tab`: the tab's name; 月 after the month the file's name gives (3月, 4月)."""
    results = []
    for name, rows in files:
        named = f"{int(name[8:10])}月" if tab == "月" else tab
        results += _same_import(tmp_path, [write_xlsx(tmp_path / name, {named: rows})])
    mumbai = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Mumbai Textiles"]
    return import_report(results[-1]), (*_owed(mumbai), mumbai.credit_on_account,
                                        round(mumbai.revenue_12m, 2))


@pytest.mark.parametrize("note", ["3000退货已退回", "退货3000", "退回3000元货", "3,000 returned",
                                  "其中3000退货", "退货：3,000 USD"])
def test_a_sale_s_note_naming_a_return_s_sum_is_that_return(tmp_path: Path, note):
    """MT-1 15,000, 12,000 received, its note saying 3,000 of the goods came back. Hand count
    at 06-30: the buyer owes 12,000 for the order and paid 12,000: nothing open, Mumbai on no
    list, no credit, revenue 12,000, as the same return on a row of its own (-3,000 typed 退货)
    gives. Before: 3,000 open 77 days past due, Mumbai on the black list, revenue 15,000."""
    report, figures = _mumbai(tmp_path, ("台账 2025-06.xlsx", [NOTED, _sale(note), PAYER]))
    assert figures == (0, None, {}, 0, 12_000)
    assert ("Sheet “台账”: 1 sale row's note says part of its goods came back (row 2): read as "
            "a return of that sum, a credit note on its order: MT-1 (3,000.00 USD).") in report
    assert "Rows: 2 inserted, 0 updated, 0 unchanged, 0 skipped" in report  # two rows typed
    apart = tmp_path / "apart"  # the return on a row of its own
    apart.mkdir()
    rows = [TYPED, [*_sale(None)[:-1], None, None], [*PAYER[:-1], None, None],
            [*row("MT-1", "Mumbai Textiles", "2025-03-01", -3_000, None), "退货", None]]
    assert _mumbai(apart, ("台账 2025-06.xlsx", rows))[1] == figures


def test_the_report_says_the_return_in_chinese(tmp_path: Path):
    """The note on the return read from a note is said in the user's language."""
    path = write_xlsx(tmp_path / "台账 2025-06.xlsx", {"台账": [NOTED, _sale("退货3000"), PAYER]})
    [result] = _same_import(tmp_path, [path])
    said = in_chinese(lambda: import_report(result))
    assert ("工作表“台账”：有 1 行销售的备注写明部分货物已退回（第 2 行）：按该金额的退货读取，"
            "记为其订单的贷项：MT-1（3,000.00 USD）。") in said


@pytest.mark.parametrize("note", [
    "退货已退回",  # no figure
    "15000退货",  # the whole order: the clerk's to write as a return
    "3000退货被拒",  # refused
    "3000退货重发",  # the goods went out again
    "申请退货3000",  # only asked for (normalise.ASKED)
    "退货3000，退款中",  # its refund spoken of: not read from a note
    "退货300件",  # a quantity
    "3.15退货",  # a day
    "3月15退货",  # a day written with 月
    "退货3千",  # 3,000 written 3千: not read as 3.00
    "客户退货3票",  # three shipments
    "returned 2nd batch",  # a lot's number
    "RMB3000退货",  # another currency than the order's
    "payment 3,000 returned",  # money sent back, not goods
])
def test_a_note_that_names_no_return_of_money_owed_leaves_the_sale(tmp_path: Path, note):
    """The same sale, its note naming no return of part of what is owed. Hand count as before
    this reading: 3,000 open, 77 days past due (due 04-14), average order under 20,000: Mumbai
    on the black list, revenue 15,000; the report names no return."""
    report, figures = _mumbai(tmp_path, ("台账 2025-06.xlsx", [NOTED, _sale(note), PAYER]))
    assert figures == (3_000, "black", {"MT-1": (3_000, 77)}, 0, 15_000)
    assert "came back" not in report


def test_the_file_sent_again_next_month_credits_the_return_once(tmp_path: Path):
    """June's file notes MT-1's return of 3,000; July's re-sends MT-1 with the note beside a
    new order MT-2 of 2,000 paid, and June's file comes again as a copy. Hand count at 06-30:
    nothing open, revenue 14,000 (12,000 and 2,000). Read twice: 3,000 credit, 11,000."""
    june = [NOTED, _sale("3000退货已退回"), PAYER]
    july = [*june, [*row("MT-2", "Mumbai Textiles", "2025-06-20", 2_000, "2025-06-21", 2_000,
                         "2025-06-25"), None]]
    _, figures = _mumbai(tmp_path, ("台账 2025-06.xlsx", june), ("台账 2025-07.xlsx", july),
                         ("台账 2025-06 - 副本.xlsx", june))
    assert figures == (0, None, {}, 0, 14_000)


def test_a_month_tab_carrying_the_sale_with_its_note_reads_the_return(tmp_path: Path):
    """June's file keeps MT-1 (dated 03-01, so carried forward) on its 6月 tab, noted
    3000退货已退回. Hand count at 06-30: nothing open, revenue 12,000. Read as a carried row's
    note and nothing more: 3,000 open, 77 days, black list."""
    _, figures = _mumbai(tmp_path, ("台账 2025-06.xlsx", [NOTED, _sale("3000退货已退回"), PAYER]),
                         tab="6月")
    assert figures == (0, None, {}, 0, 12_000)


def test_an_order_carried_on_one_row_with_its_line_s_note_credits_the_return_once(
        tmp_path: Path):
    """March: MT-1's Sofa 10,000 (7,000 received, noted 3000退货) and Chair 5,000 (paid).
    April's 4月 tab carries MT-1 on one row without a product, 15,000, 12,000 received, the
    note copied. One return. Hand count at 06-30: nothing open, no credit, revenue 12,000.
    Read from both rows: 3,000 credit, revenue 9,000."""
    header = [*HEADER, "产品", "备注"]

    def line(amount: float, received: float, product: str | None, note: str | None
             ) -> list[object]:
        return [*row("MT-1", "Mumbai Textiles", "2025-03-01", amount, "2025-03-15", received,
                     "2025-04-10"), product, note]

    payer = [*PAYER[:-1], None, None]
    _, figures = _mumbai(
        tmp_path, ("台账 2025-03.xlsx", [header, line(10_000, 7_000, "Sofa", "3000退货"),
                                        line(5_000, 5_000, "Chair", None), payer]),
        ("台账 2025-04.xlsx", [header, line(15_000, 12_000, None, "3000退货"), payer]), tab="月")
    assert figures == (0, None, {}, 0, 12_000)


def test_a_note_speaking_of_the_return_row_beside_it_is_that_return(tmp_path: Path):
    """MT-1 noted 其中3000退货 and the return written as well, -3,000 typed 退货 on a row of
    its own: in the same tab, or in May's file (the sale and the return) imported before. One
    return. Hand count: nothing
    open, no credit, revenue 12,000. Read twice: 3,000 credit, revenue 9,000."""
    sale = [*_sale("其中3000退货"), None]
    back = [*row("MT-1", "Mumbai Textiles", "2025-03-01", -3_000, None), "退货", None]
    rows = [[*NOTED, "类型"], sale, [*PAYER, None], [*back[:-2], None, "退货"]]
    assert _mumbai(tmp_path, ("台账 2025-06.xlsx", rows))[1] == (0, None, {}, 0, 12_000)
    earlier = tmp_path / "earlier"
    earlier.mkdir()
    may = [TYPED, [*_sale(None)[:-1], None, None], back, [*PAYER[:-1], None, None]]
    assert _mumbai(earlier, ("台账 2025-05.xlsx", may),
                   ("台账 2025-06.xlsx", [NOTED, _sale("其中3000退货"), PAYER]))[1] == (
        0, None, {}, 0, 12_000)


@pytest.mark.parametrize(("note", "read"), [
    ("3000退货已退回", 3_000), ("退货3000", 3_000), ("退回3000元货", 3_000),
    ("3,000 returned", 3_000), ("其中3000退货", 3_000), ("USD 3,000 returned", 3_000),
    ("退货 10:30", None), ("2025-03-15退货", None), ("PI3000退货", None),
    ("1000退货，2000退货", None), ("3000 pcs returned", None), ("未退货3000", None),
    ("退货3000，已退款", None)])
def test_returned_sum(note, read):
    """One figure of the order's money, below its amount, said to have come back: not a time,
    a date, a code, two sums, a quantity, a return denied or refunded."""
    assert returned_sum(note, 15_000, "USD") == read


# --- a refund under way on a payments tab (refunds_under_way) --------------------------------


def _return() -> list[object]:
    """2,000 of R-1's goods sent back on 03-20, typed 退货."""
    return [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), "退货", None]


@pytest.mark.parametrize("note", ["退款中", "退款申请中", "refund in progress", "申请退款"])
@pytest.mark.parametrize("ledger_first", [True, False])
def test_a_refund_under_way_beside_its_credit_note_is_no_money(tmp_path: Path, note,
                                                               ledger_first):
    """R-1 and R-2 paid in full (15,000); 2,000 of R-1's goods came back on 03-20 (a 退货
    credit note); the 收款 tab books -2,000 of 03-25 whose note says the refund is under way.
    Hand count at 06-30: 13,000 sold, 15,000 paid, nothing sent back yet: 2,000 credit owed to
    Rio, nothing open, revenue 13,000. Before: read as money sent back, no credit."""
    sheets = {"台账": [TYPED, *PAID, _return()],
              "收款": [PAYMENTS, ["Rio Rugs", d("2025-03-25"), -2_000, note]]}
    if not ledger_first:
        sheets = {"收款": sheets["收款"], "台账": sheets["台账"]}
    report, figures = _rio(tmp_path, sheets)
    assert figures == (0, None, {}, 2_000, 13_000)
    assert ("Skipped in “收款”, row 2: a refund still under way (its note says so) of the "
            "customer's credit note of 2,000.00 USD") in report
    assert "read as a refund" not in report


def test_a_refund_under_way_of_a_credit_note_stored_before_is_no_money(tmp_path: Path):
    """The same, the credit note imported from May's file, the bank's list of -2,000 "退款中"
    from another file after it. Hand count: 2,000 credit owed to Rio. Before: none."""
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-05.xlsx",
                                       {"台账": [TYPED, *PAID, _return()]})])
    [bank] = _same_import(tmp_path, [write_xlsx(tmp_path / "银行水单.xlsx", {"收款": [
        PAYMENTS, ["Rio Rugs", d("2025-05-25"), -2_000, "退款中"]]})])
    assert "a refund still under way" in import_report(bank)
    assert ("退款尚在办理中（备注如此写明），对应该客户 2,000.00 USD 的贷项"
            in in_chinese(lambda: import_report(bank)))
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    assert (rio.credit_on_account, rio.open_amount) == (2_000, 0)


@pytest.mark.parametrize("note", ["货款，退款申请中", "退款中", "refund in progress"])
def test_an_erp_receipt_written_negative_beside_a_refund_applied_for_is_money_in(tmp_path: Path,
                                                                                 note):
    """An ERP export writes every receipt negative: Eve's E-1 5,000 (shipped 03-05, OA 30),
    its payment -5,000 of 03-25, noted with a refund applied for; Eve has no credit note of
    5,000. Hand count at 06-30: 5,000 sold, 5,000 paid: nothing open, Eve on no list. Before:
    read as 5,000 sent back, 5,000 open 87 days, Eve on the black list."""
    sales = [[*row("E-1", "Eve Co", "2025-03-01", 5_000, "2025-03-05"), None, None], PAID[2]]
    results = _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-05.xlsx", {
        "台账": [TYPED, *sales], "收款": [PAYMENTS, ["Eve Co", d("2025-03-25"), -5_000, note]]})])
    eve = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Eve Co"]
    assert _owed(eve) == (0, None, {})
    report = import_report(results[0])
    assert "read as a refund" not in report and "under way" not in report


@pytest.mark.parametrize(("note", "under_way"), [
    ("退款中", True), ("退款申请中", True), ("refund in progress", True), ("申请退款", True),
    ("货款，退款申请中", True), ("退款已付", False), ("申请退款，已退款", False), ("退汇", False),
    ("货款", False)])
def test_refund_under_way(note, under_way):
    """A refund said to be under way or asked for, not one made."""
    assert refund_under_way(note) is under_way
