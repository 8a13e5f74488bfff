"""fix52m (rv52c): what acct52d's deductions named in 备注 (core.ledger.noted_deductions) broke.

A claim the firm refused or that is not taken yet, a commission the firm pays an agent apart and
a customs fine settled a 10,000 invoice paid 9,500: the buyer's 500 dropped, black → no list.
A deduction's credit note stayed when a later file showed the 500 paid after all (revenue
19,500, the next invoice 9,500 open). And a deduction anywhere in an earlier file stopped an
order deleted from the year's workbook from being found: Oakwood's 18,000 owed and black again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_acct52b_same_name_deletion import BOOK, HEAD, JAN, JUNE_WITHOUT_O1, MARCH, O1, OAK
from test_acct52b_same_name_deletion import _row as _oak_row
from test_acct52d_noted_deductions import NORDHAUS, _customer, _months, _other, _said, _sale
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.report import import_report

JUNE = date(2025, 6, 30)


def _short(note: str, paid: float = 9500) -> dict[int, list[list[object]]]:
    """FS-1, 10,000 USD on OA 45 days shipped 03-05 (due 04-19), paid `paid` on 04-15."""
    return {2: [_sale("FS-1", NORDHAUS, "2025/2/10", 10000, "USD", "OA 45 days", "2025/3/5",
                      paid, "2025/4/15", note)],
            6: [_other("2025/6/29")]}


@pytest.mark.parametrize(("note", "paid"), [
    ("索赔500，我司不接受", 9500), ("客户索赔500，已驳回", 9500),
    ("claim USD 500 not accepted", 9500), ("索赔500 我司未接受", 9500),
    ("索赔500待确认", 9500), ("索赔500下次扣", 9500), ("拟扣索赔500", 9500),
    ("尾款500待收，客户索赔中", 9500), ("佣金3%另付代理", 9700), ("海关扣货，罚款500", 9500)])
def test_a_claim_refused_or_not_taken_a_commission_paid_apart_a_customs_fine_settle_nothing(
        tmp_path: Path, note: str, paid: float) -> None:
    """Each note on 10,000 paid short: the shortfall stays the buyer's, 71 days past due at
    06-30, black, revenue 10,000, and the report says nothing was deducted. acct52d: settled,
    revenue 9,500 (9,700), nothing open, no list, "deducted by the buyer"."""
    results = _months(tmp_path, _short(note, paid), 6)
    nordhaus = _customer(tmp_path, NORDHAUS, JUNE)
    assert (round(nordhaus.open_amount), nordhaus.max_days_overdue, nordhaus.list,
            round(nordhaus.revenue_12m)) == (10000 - paid, 71, "black", 10_000)
    assert not [s for r in results for s in _said(r, "noted_deduction")]
    assert "扣除" not in in_chinese(lambda: import_report(results[-1]))


def test_a_buyer_s_own_penalty_and_a_pending_sum_are_as_acct52d_read_them(
        tmp_path: Path) -> None:
    """迟交罚款500 (the buyer's penalty for late delivery), 扣索赔500，下次注意包装 (a word of
    the next order, not of the claim) and "claim 500 deducted, photos sent separately" still
    settle; 客户扣索赔款，金额待确认 (taken, its sum not written) is named for the clerk, 500
    open."""
    for i, note in enumerate(("客户扣迟交罚款500", "扣索赔500，下次注意包装",
                              "claim 500 deducted, photos sent separately")):
        results = _months(tmp_path / str(i), _short(note), 6)
        assert _customer(tmp_path / str(i), NORDHAUS, JUNE).open_amount == 0, note
        assert _said(results[-1], "noted_deduction"), note
    results = _months(tmp_path / "b", _short("客户扣质量索赔款，金额待确认"), 6)
    assert round(_customer(tmp_path / "b", NORDHAUS, JUNE).open_amount) == 500
    assert "but not that sum" in _said(results[-1], "unmatched_deduction")[0]


@pytest.mark.parametrize(("note", "revenue"), [("扣索赔500（桌面划痕）", 9_500),
                                             ("其中3000退货", 7_000)])
@pytest.mark.parametrize("names", [(BOOK, BOOK), ("台账_3月.xlsx", "台账_6月.xlsx")])
def test_an_order_deleted_beside_a_claim_the_buyer_deducted_is_found(
        tmp_path: Path, names: tuple[str, str], note: str, revenue: int) -> None:
    """acct52b's year with Nordhaus's 扣索赔500 row (or a noted return, 其中3000退货) on 1月:
    June's version deletes O-1 and re-sends the rest; Oakwood at 06-30 owes nothing (O-2 7,500
    paid), on no list, one name or two. Before: the note's credit note, stored once, was a
    line June "left out": nothing deleted, 18,000 open 88 days, black."""
    claim = [*_oak_row("N-1", NORDHAUS, "2025-01-12", 10_000, "2025-01-25", 9_500 if
                       revenue == 9_500 else 7_000, "2025-03-01")[:-1], note]
    march = {**MARCH, "1月": [*JAN, claim]}
    june = {**JUNE_WITHOUT_O1, "1月": [r for r in JAN if r is not O1] + [claim]}
    files = [[write_xlsx(tmp_path / f"v{i}" / name, {tab: [HEAD, *rows]
                                                    for tab, rows in tabs.items()})]
             for i, (name, tabs) in enumerate(zip(names, (march, june), strict=True), 1)]
    results = _same_import(tmp_path, *files)
    oak = by_name(at(tmp_path / "fast.sqlite", JUNE))[OAK]
    assert (oak.open_amount, oak.max_days_overdue, oak.list, oak.revenue_12m) == (0, 0, None,
                                                                                   7_500)
    assert "Order O-1 of Oakwood Interiors Ltd (18,000.00 USD" in import_report(results[-1])
    nordhaus = by_name(at(tmp_path / "fast.sqlite", JUNE))[NORDHAUS]
    assert (nordhaus.open_amount, round(nordhaus.revenue_12m)) == (0, revenue)


def _paid_later(later_note: str) -> tuple[list[list[object]], list[list[object]]]:
    """February's FS-1 paid 9,500 (扣索赔500), and May's copy: paid 10,000 on 05-20; FS-2,
    10,000 shipped 04-20 on OA 90 days (due 07-19): open, not due at 06-30."""
    feb = _sale("FS-1", NORDHAUS, "2025/1/5", 10000, "USD", "OA 45 days", "2025/1/20", 9500,
                "2025/2/25", "扣索赔500")
    may = _sale("FS-1", NORDHAUS, "2025/1/5", 10000, "USD", "OA 45 days", "2025/1/20", 10000,
                "2025/5/20", later_note)
    fs2 = _sale("FS-2", NORDHAUS, "2025/4/5", 10000, "USD", "OA 90 days", "2025/4/20", None,
                None, None)
    return [feb, _other("2025/2/26")], [may, fs2, _other("2025/5/29")]


@pytest.mark.parametrize(("names", "later_note"), [
    (("2025年02月订单台账.xlsx", "2025年05月订单台账.xlsx"), "扣索赔500"),
    (("2025年02月订单台账.xlsx", "2025年05月订单台账.xlsx"), "扣索赔500，后客户补付"),
    (("订单台账.xlsx", "订单台账.xlsx"), "扣索赔500")])
def test_a_deduction_paid_after_all_is_withdrawn(tmp_path: Path, names: tuple[str, str],
                                                  later_note: str) -> None:
    """May's copy shows FS-1 paid 10,000: the claim's -500 credit note goes, revenue 20,000,
    FS-2's 10,000 open whole (not due), said in both languages. Before: revenue 19,500 and
    the 500 paid twice over lowered FS-2 to 9,500 open, nothing said."""
    feb, may = _paid_later(later_note)
    files = [[write_xlsx(tmp_path / f"v{i}" / name, {"订单台账": [HEAD, *rows]})]
             for i, (name, rows) in enumerate(zip(names, (feb, may), strict=True), 1)]
    results = _same_import(tmp_path, *files)
    nordhaus = _customer(tmp_path, NORDHAUS, JUNE)
    assert (round(nordhaus.revenue_12m), round(nordhaus.open_amount),
            round(nordhaus.credit_on_account)) == (20_000, 10_000, 0)
    [said] = _said(results[-1], "noted_deduction_removed")
    assert "is paid in full now or no longer names the deduction" in said, said
    assert "现已全额收款" in in_chinese(lambda: import_report(results[-1]))
