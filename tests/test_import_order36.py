"""order36: the order in which files are imported never changes a customer's account. Each
scenario is two small files (a firm's file a month), imported A then B, B then A, and A, B,
A again; Mumbai's figures at 06-30 (open, past due per order, list, credit on account,
revenue) must agree in every order. The app's import and the reference import are compared
after every file (test_fast_import._same_import)."""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row

from core.analysis.model import CustomerMetrics
from core.analysis.serialise import customer_json
from core.ledger.report import import_report

A = "台账 2025-03.xlsx"
B = "台账 2025-04.xlsx"
ORDERS = ("AB", "BA", "ABA")


def _figures(tmp_path: Path, a: dict[str, list[list[object]]],
             b: dict[str, list[list[object]]], order: str, b_name: str = B
             ) -> tuple[object, ...]:
    """Files A and B imported one at a time in `order`; Mumbai's figures at 06-30."""
    folder = tmp_path / order
    folder.mkdir()
    paths = {"A": write_xlsx(folder / A, a), "B": write_xlsx(folder / b_name, b)}
    results = _same_import(folder, *[[paths[k]] for k in order])
    assert [r.status for r in results][:2] == ["imported"] * 2
    found = by_name(at(folder / "fast.sqlite", d("2025-06-30")))
    who = found["Mumbai Mart"]
    owed = sorted((r.order_no, round(r.open, 2), r.days_overdue) for r in who.receivables
                  if r.open)
    return ((round(who.open_amount, 2), who.list, owed, who.credit_on_account, who.credit_limit,
             round(who.revenue_12m, 2)),
            {name: _json(c) for name, c in found.items()})


def _json(c: CustomerMetrics) -> dict[str, object]:
    """What --json gives of a customer, less its row id (the store's numbering, which the
    order of first showing sets) and with its open invoices in one order (its lines', which
    the files' order sets: the same invoices either way)."""
    found = customer_json(c)
    del found["customer_id"]
    found["receivables"] = sorted(found["receivables"], key=repr)
    return found


def _every_order(tmp_path: Path, a: dict[str, list[list[object]]],
                 b: dict[str, list[list[object]]], b_name: str = B) -> tuple[object, ...]:
    """The figures, the same in every order (B named `b_name`)."""
    found = {order: _figures(tmp_path, a, b, order, b_name) for order in ORDERS}
    assert found["BA"][0] == found["AB"][0], found
    assert found["ABA"][0] == found["AB"][0], found
    assert found["BA"][1] == found["AB"][1]  # every figure --json gives
    assert found["ABA"][1] == found["AB"][1]
    return found["AB"][0]


def _sale(received: float | None = None, on: str | None = None) -> list[object]:
    """MT-1: 15,000 of 03-01, shipped 03-05, OA 30 days (due 04-04)."""
    return [*row("MT-1", "Mumbai Mart", "2025-03-01", 15_000, "2025-03-05", received, on),
            None, None]


def test_a_credit_note_file_imported_before_its_sale_keeps_the_credit(tmp_path: Path):
    """A: MT-1 sold, 15,000. B: only MT-1's credit note, -3,000 typed 退货, of 04-20. Hand
    count at 06-30: 12,000 open (due 04-04, 87 days late), revenue 12,000, in either order.
    Before: B imported first, A's sale overwrote the note: 15,000 open, revenue 15,000."""
    a = {"台账": [TYPED, _sale()]}
    b = {"台账": [TYPED, [*row("MT-1", "Mumbai Mart", "2025-04-20", -3_000, None), "退货",
                         None]]}
    figures = _every_order(tmp_path, a, b)
    assert figures[0] == 12_000 and figures[5] == 12_000


RECEIPTS = ["合同号", "客户", "收款日期", "收款金额", "备注"]


def test_a_sale_and_its_payment_in_another_file(tmp_path: Path):
    """A: MT-1 sold, 15,000, nothing received. B: a 收款 tab, 5,000 for MT-1 on 04-10. Hand
    count: 10,000 open, 87 days late, revenue 15,000."""
    a = {"台账": [TYPED, _sale()]}
    b = {"收款": [RECEIPTS, ["MT-1", "Mumbai Mart", d("2025-04-10"), 5_000, "水单"]]}
    figures = _every_order(tmp_path, a, b)
    assert figures[0] == 10_000 and figures[5] == 15_000


def test_a_deposit_in_one_file_and_the_balance_in_the_next(tmp_path: Path):
    """A: MT-1 15,000, 30 % T/T, 4,500 received 03-02. B: the same row, 15,000 received by
    04-15 (the balance). Hand count: nothing open, revenue 15,000."""
    a = {"台账": [TYPED, _sale(4_500, "2025-03-02")]}
    b = {"台账": [TYPED, _sale(15_000, "2025-04-15")]}
    figures = _every_order(tmp_path, a, b)
    assert figures[0] == 0 and figures[5] == 15_000


def test_a_lot_in_each_file(tmp_path: Path):
    """A: MT-1 第一批 10,000 shipped 03-05. B: MT-1 第二批 5,000 of 03-01 shipped 04-10. Hand
    count: 15,000 open, revenue 15,000."""
    a = {"台账": [TYPED, [*row("MT-1", "Mumbai Mart", "2025-03-01", 10_000, "2025-03-05"),
                         None, "第一批"]]}
    b = {"台账": [TYPED, [*row("MT-1", "Mumbai Mart", "2025-03-01", 5_000, "2025-04-10"),
                         None, "第二批"]]}
    figures = _every_order(tmp_path, a, b)
    assert figures[0] == 15_000 and figures[5] == 15_000


def test_a_payments_only_file_and_an_orders_file(tmp_path: Path):
    """A: MT-1 sold, 15,000. B: only a 收款 tab without order numbers: Mumbai Mart paid
    6,000 on 04-10. Hand count: 9,000 open, revenue 15,000."""
    a = {"台账": [TYPED, _sale()]}
    b = {"收款": [["客户", "收款日期", "收款金额", "备注"],
                  ["Mumbai Mart", d("2025-04-10"), 6_000, "水单"]]}
    figures = _every_order(tmp_path, a, b)
    assert figures[0] == 9_000 and figures[5] == 15_000


def test_a_customer_list_tab_with_credit_limits_and_an_orders_file(tmp_path: Path):
    """A: MT-1 sold, 15,000. B: 订单 tab with another buyer's order and a 客户 tab giving
    Mumbai Mart a credit limit of 20,000 (a list of customers, passed over: no limit read in
    either order). Hand count: 15,000 open, revenue 15,000."""
    a = {"台账": [TYPED, _sale()]}
    b = {"订单": [TYPED, [*row("P-1", "Payer", "2025-04-01", 1_000, "2025-04-02"), None, None]],
         "客户": [["客户名称", "国家", "信用额度"], ["Mumbai Mart", "India", 20_000]]}
    figures = _every_order(tmp_path, a, b)
    assert figures[0] == 15_000 and figures[5] == 15_000


def test_a_credit_limit_written_in_each_month_s_file(tmp_path: Path):
    """A (March): MT-1's row gives Mumbai Mart a 信用额度 of 20,000; B (April): MT-2's row
    gives 30,000. Hand count: April's is the latest row: 30,000 in either order."""
    header = [*TYPED, "信用额度"]
    a = {"台账": [header, [*_sale(), 20_000]]}
    b = {"台账": [header, [*row("MT-2", "Mumbai Mart", "2025-04-01", 1_000, "2025-04-02"), None,
                          None, 30_000]]}
    figures = _every_order(tmp_path, a, b)
    assert figures[4] == 30_000 and figures[0] == 16_000


def _note() -> list[object]:
    """MT-1's credit note: 3,000 of its goods back, typed 退货, written -3,000 on 04-20."""
    return [*row("MT-1", "Mumbai Mart", "2025-04-20", -3_000, None), "退货", None]


@pytest.mark.parametrize("again", [B, "台账 2025-04 (2).xlsx", "台账 2025-05.xlsx"])
def test_the_credit_note_s_file_sent_again_after_the_sale_adds_nothing(tmp_path: Path, again):
    """B (the note alone), then A (the sale), then B's rows again from another folder (the
    same name, a copy, or May's file re-sending the sale with the note below it), with another
    buyer's order added so it is read again. Hand count: 12,000 open, revenue 12,000: the
    note moved out of the sale's place is found again, not added a second time."""
    (tmp_path / "1").mkdir()
    (tmp_path / "2").mkdir()
    (tmp_path / "3").mkdir()
    payer = [*row("P-1", "Payer", "2025-04-25", 1_000, "2025-04-26"), None, None]
    rows = [_sale(), _note()] if "05" in again else [_note()]
    results = _same_import(tmp_path, [write_xlsx(tmp_path / "1" / B, {"台账": [TYPED, _note()]})],
                           [write_xlsx(tmp_path / "2" / A, {"台账": [TYPED, _sale()]})],
                           [write_xlsx(tmp_path / "3" / again, {"台账": [TYPED, *rows, payer]})])
    assert [r.status for r in results] == ["imported"] * 3
    who = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    assert (round(who.open_amount, 2), round(who.revenue_12m, 2)) == (12_000, 12_000)


def test_a_later_file_selling_the_order_with_the_note_below_reads_the_note_once(
        tmp_path: Path):
    """B (the note alone), then May's file re-sending MT-1's sale with the note below it (the
    note's day and sum): the note B stored in the sale's place is the one May's row writes.
    Hand count: 12,000 open, revenue 12,000, not 9,000 (two notes)."""
    _same_import(tmp_path, [write_xlsx(tmp_path / B, {"台账": [TYPED, _note()]})],
                 [write_xlsx(tmp_path / "台账 2025-05.xlsx", {"台账": [TYPED, _sale(), _note()]})])
    who = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    assert (round(who.open_amount, 2), round(who.revenue_12m, 2)) == (12_000, 12_000)


def test_a_file_turning_its_own_credit_note_into_a_sale_corrects_it(tmp_path: Path):
    """B stored MT-1's -3,000 note; B sent again from its folder with the row a 15,000 sale
    (the clerk's correction): the row's own line, corrected, no note left. Hand count: 15,000
    open, revenue 15,000."""
    first = write_xlsx(tmp_path / B, {"台账": [TYPED, _note()]})
    _same_import(tmp_path, [first])
    first.unlink()
    _same_import(tmp_path, [write_xlsx(tmp_path / B, {"台账": [TYPED, _sale()]})])
    who = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    assert (round(who.open_amount, 2), round(who.revenue_12m, 2)) == (15_000, 15_000)


def _noted(note: str | None) -> dict[str, list[list[object]]]:
    """MT-1 sold, 15,000, its note `note`, beside Payer's order (so a file sent again with
    only the note changed is read again, not known by its bytes)."""
    return {"台账": [TYPED, [*_sale()[:-1], note],
                     [*row("P-1", "Payer", "2025-03-02", 1_000, "2025-03-03"), None, None]]}


@pytest.mark.parametrize("again", [A, "台账 2025-03 修订.xlsx", "台账 2025-03 (1).xlsx"])
def test_a_sale_s_noted_return_taken_out_of_the_file_sent_again_goes(tmp_path: Path, again):
    """March's file: MT-1 15,000, its note "3000退货" (a credit note of 3,000, core.ledger.
    noted_returns). The clerk sends the month again (the same name, a revision or a copy)
    with the note gone: its row no longer makes the credit note. Hand count: 15,000 open,
    revenue 15,000. Before: the 3,000 credit note stayed, 12,000 open and revenue 12,000."""
    first = write_xlsx(tmp_path / A, _noted("3000退货"))
    _same_import(tmp_path, [first])
    who = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    assert round(who.open_amount, 2) == 12_000
    first.unlink()
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / again, _noted(None))])
    who = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    assert (round(who.open_amount, 2), round(who.revenue_12m, 2)) == (15_000, 15_000)
    assert (f"1 sale row of “{again}” no longer says part of its goods came back, where “台账 "
            "2025-03.xlsx” said so: the return stored from that file was removed: “台账” row 2."
            ) in import_report(result)
    said = in_chinese(lambda: import_report(result))
    assert "不再写明部分货物已退回" in said and "已删除：“台账”第 2 行。" in said


def test_a_later_month_s_file_re_listing_the_sale_without_its_note_keeps_the_return(
        tmp_path: Path):
    """March's file: MT-1 with "3000退货"; April's file lists MT-1 again without the note (its
    own month's file, not March's sent again): the return stands. Hand count: 12,000 open,
    revenue 12,000."""
    _same_import(tmp_path, [write_xlsx(tmp_path / A, _noted("3000退货"))],
                 [write_xlsx(tmp_path / B, _noted(None))])
    who = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    assert (round(who.open_amount, 2), round(who.revenue_12m, 2)) == (12_000, 12_000)


def test_a_revision_and_its_original_imported_after_it(tmp_path: Path):
    """A: 台账 2025-03.xlsx sells MT-1 15,000. B: 台账 2025-03 修订.xlsx, MT-1 corrected to
    12,000 (a revision is the later of the two, core.ledger.revised_files). Hand count: the
    revision's, 12,000 open, revenue 12,000, in either order. Before: the original imported
    after its revision put back 15,000 ("Amount changed 12,000 → 15,000")."""
    found = {}
    for order in ORDERS:
        folder = tmp_path / order
        folder.mkdir()
        paths = {"A": write_xlsx(folder / A, {"台账": [TYPED, _sale()]}),
                 "B": write_xlsx(folder / "台账 2025-03 修订.xlsx", {"台账": [TYPED, [
                     *row("MT-1", "Mumbai Mart", "2025-03-01", 12_000, "2025-03-05"), None,
                     None]]})}
        results = _same_import(folder, *[[paths[k]] for k in order])
        if order == "BA":  # the original, after its revision
            assert "Amount changed" not in import_report(results[1])
        every = by_name(at(folder / "fast.sqlite", d("2025-06-30")))
        found[order] = (round(every["Mumbai Mart"].open_amount, 2),
                        round(every["Mumbai Mart"].revenue_12m, 2),
                        {name: _json(c) for name, c in every.items()})
    assert found["AB"][:2] == (12_000, 12_000)
    assert found["BA"] == found["AB"] and found["ABA"] == found["AB"]


@pytest.mark.parametrize(("first", "revised", "open_"), [(5_000, 6_000, 9_000),
                                                         (6_000, 5_000, 10_000)])
def test_a_revision_s_received_figure_stands_in_either_order(tmp_path: Path, first, revised,
                                                             open_):
    """A: MT-1 15,000, `first` received on 04-10; its revision (台账 2025-03 修订.xlsx) says
    `revised` received that day. Hand count: the revision's, 15,000 less `revised` open, in
    either order. Before: the original imported after its revision put its own figure back
    (10,000 open where 9,000 is; 9,000 where 10,000 is)."""
    figures = _every_order(tmp_path, {"台账": [TYPED, _sale(first, "2025-04-10")]},
                           {"台账": [TYPED, _sale(revised, "2025-04-10")]},
                           "台账 2025-03 修订.xlsx")
    assert figures[0] == open_ and figures[5] == 15_000
