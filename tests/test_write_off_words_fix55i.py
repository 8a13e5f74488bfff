"""fix55i (rv55d s40-s42): fix55c's write-off words narrowed.

Before (reader 87): a credit note giving the bad debt it avoids, a word between (质量折让，避免产生
坏账, 以免形成坏账, 避免客户坏账, "discount to avoid becoming bad debt", "not treated as bad debt")
was a write-off: the discount's customer watched as a defaulter. A write-off whose reason is a
recovery not made ("Cannot recover - written off", 货款未收回作坏账核销, "bad debt not recoverable
- written off") or made in part (坏账已收回10%，余款核销) was a credit note: 27,040 of revenue gone,
on no list. A write-off put off or refused (坏账暂不核销, 坏账核销申请未批, "not written off yet -
pending approval") closed the defaulter's invoices as a credit note: 0 open, where it owes
27,040, 275 days black.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from languages import in_chinese
from test_lists_audit28 import at, by_name
from test_write_offs_fix54g import _import, _row

from core.ledger.report import import_report
from core.ledger.write_off_words import says_written_off

AVOIDING = ["质量折让，避免产生坏账", "质量折让，以免形成坏账", "让利防止变成坏账",
            "为避免形成坏账给予折让",
            "discount to avoid becoming bad debt", "credit note, not treated as bad debt",
            "price discount - not counted as bad debt", "折让，不构成坏账", "折让 不计入坏账",
            "折让，以免造成坏账", "价格折让，避免客户坏账", "discount to avoid potential bad debt",
            "坏账风险，给予折让", "discount given, bad debt avoided", "折让，以防坏账",
            "samples written off"]
REASONED = ["Cannot recover - written off", "unable to recover - bad debt written off",
            "坏账已收回10%，余款核销", "货款未收回作坏账核销", "长期未收回坏账核销",
            "bad debt not recoverable - written off"]
HELD = ["坏账暂不核销", "坏账不予核销（税务未批）", "坏账核销申请未批",
        "bad debt not written off yet - pending approval"]


def test_the_words_avoiding_or_giving_a_reason_for_a_write_off():
    for text in AVOIDING + HELD:
        assert not says_written_off(text), text
    for text in REASONED + ["坏账待核销", "经批准坏账核销", "never paid - bad debt written off"]:
        assert says_written_off(text), text


def _sales(i: int, buyer: str, note: str, amount: float = -27040) -> list[list[object]]:
    return [*(_row(f"D{i}-{no}", day, sold, day, buyer=buyer) for no, day, sold in (
        ("301", "2025-03-01", 9000), ("401", "2025-04-01", 8540), ("501", "2025-05-01", 9500))),
        _row(f"D{i}-WO", "2025-12-20", amount, "2025-12-20", note=note, buyer=buyer)]


def test_write_offs_giving_a_recovery_not_made_as_their_reason_are_watched(tmp_path: Path):
    """Six defaulters of 27,040 each written off 12-20 (W02 2,704 recovered, the rest written
    off): before 0 revenue, on no list; now the sales stand, 0 open, watched."""
    rows = [r for i, note in enumerate(REASONED) for r in _sales(
        i, f"Defaulter {i} Ltd", note, -24336 if "余款" in note else -27040)]
    rows.append(_row("D2-301", "2025-03-01", 0, None, 2704, "2025-11-30",
                     buyer="Defaulter 2 Ltd"))  # recovered in part from the insurer
    _import(tmp_path, rows)
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 12, 31)))
    for i, note in enumerate(REASONED):
        c = found[f"Defaulter {i} Ltd"]
        assert (c.revenue_12m, round(c.open_amount), c.list) == (27040, 0, "watch"), note


def test_a_credit_note_avoiding_a_bad_debt_is_no_write_off(tmp_path: Path):
    """A 1,000 折让 on a 10,000 sale paid 9,000: before watched as written off; now a credit
    note: nothing open, on no list."""
    rows = [r for i, note in enumerate(AVOIDING) for r in (
        _row(f"C{i}-301", "2025-03-01", 10000, "2025-03-05", 9000, "2025-04-20",
             buyer=f"Buyer {i} Ltd"),
        _row(f"C{i}-301", "2025-04-10", -1000, "2025-04-10", note=note, buyer=f"Buyer {i} Ltd"))]
    _import(tmp_path, rows)
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 30)))
    for i, note in enumerate(AVOIDING):
        c = found[f"Buyer {i} Ltd"]
        assert (round(c.open_amount), c.written_off, c.list) == (0, 0, None), note


def test_a_write_off_put_off_or_refused_leaves_the_debt_open(tmp_path: Path):
    """坏账暂不核销 and three more: before 0 open (a credit note, or a write-off); now the
    27,040 still owed, 275 days black at 12-31, and the report says the rows' money is left
    out, in both languages."""
    rows = [r for i, note in enumerate(HELD) for r in _sales(i, f"Pending {i} Ltd", note)]
    result = _import(tmp_path, rows)
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 12, 31)))
    for i, note in enumerate(HELD):
        c = found[f"Pending {i} Ltd"]
        assert (round(c.open_amount), c.max_days_overdue, c.list, c.written_off) == (
            27040, 275, "black", 0), note
        assert c.revenue_12m == 27040, note
    text = import_report(result)
    assert ("Write-offs not made (put off, refused or awaiting approval: 坏账暂不核销): each "
            "row's money is left out, its invoices stay open: Pending 0 Ltd 27,040 USD "
            "(“出口台账” row 17)") in text
    assert "Credit notes" not in text and "Bad debts written off" not in text
    assert "未核销的坏账（暂缓、不予核销或待审批，如“坏账暂不核销”）：这些行的金额不计入" in (
        in_chinese(lambda: import_report(result)))
