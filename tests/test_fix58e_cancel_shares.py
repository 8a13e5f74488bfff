"""fix58e: cancelled lines read wrong — a share cancelled, a reinstatement the buyer confirmed,
files imported out of order (rv57c s216 and the lead's hand answers).

PO-R1 10,000 OA 30, shipped 03-01 (due 03-31: 91 days at 06-30), the buyer unpaid: owed, black.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_acct56c_note_cancel_deduction_apart import _import, _said, d
from test_fast_import import _same_import
from test_fix57i_cancel_went_ahead import (
    BLACK,
    BUYER,
    HEAD,
    NONE,
    OTHER,
    _files,
    _po,
    _state,
    _tabs,
)

from core.ledger.cancelled_shares import cancelled_share


@pytest.mark.parametrize(("word", "owed"), [
    ("1/2取消", 5_000), ("1/2已取消", 5_000), ("一半取消", 5_000), ("客户取消一半", 5_000),
    ("取消了一半", 5_000), ("3/5已取消，其余照常出货", 4_000), ("已取消3/5，其余照常出货", 4_000),
    ("取消1/2", 5_000), ("取消30%", 7_000), ("三分之一取消", 6_667)])
@pytest.mark.parametrize("column", ["note", "status"])
def test_a_share_cancelled_leaves_the_rest_owed(tmp_path: Path, word: str, owed: int,
                                                column: str) -> None:
    """March's row says a share of PO-R1 was cancelled, in its status cell or (the cell blank)
    its note. Hand: the line less the share stays owed, 91 days, black; the report names the
    row. Before: 1/2取消, 3/5已取消，其余照常出货 (and 取消1/2 in a status cell) cancelled the whole
    line, nothing owed; 一半取消, 取消1/2 in a note left all 10,000 owed."""
    result = _tabs(tmp_path, {"3月": _po(**{column: word})})
    assert _state(tmp_path) == (owed, 91, "black", 0)
    [said] = _said(result, "cancelled_share")
    assert "row 2" in said and word in said


@pytest.mark.parametrize(("word", "expected"), [
    ("3/5取消", NONE), ("3/5客户邮件取消", NONE), ("已取消", NONE), ("取消3/5的验货", BLACK),
    ("3/5取消验货", BLACK), ("已取消 3-5", BLACK), ("已取消 3/5", NONE), ("取消一半？", BLACK)])
def test_a_day_or_another_thing_cancelled_is_no_share(tmp_path: Path, word: str,
                                                      expected: tuple) -> None:
    """Controls: a day before the word (3/5 of an order of 02-20) is the cancel's day, the
    whole line cancelled; an inspection's cancel or a question cancels nothing."""
    result = _tabs(tmp_path, {"3月": _po(word)})
    assert _state(tmp_path) == expected
    assert _said(result, "cancelled_share") == []


def test_a_day_before_the_word_is_a_share_only_where_no_day_can_be() -> None:
    """1/2 before the word is no 2nd of January for an order of 02-20 (a share), but is for
    an order of 2024-12-28, cancelled in the new year."""
    assert cancelled_share("1/2取消", "2025-02-20") == 0.5
    assert cancelled_share("1/2取消", "2024-12-28") is None
    assert cancelled_share("3/5取消", "2025-02-20") is None
    assert cancelled_share("3/5取消，其余照常出货", "2025-02-20") == 0.6


@pytest.mark.parametrize("word", ["部分取消", "3/5取消部分", "取消500个"])
def test_a_part_cancelled_without_its_share_stays_owed_and_is_named(tmp_path: Path,
                                                                     word: str) -> None:
    """The share cannot be read: the line stays owed in full, and the report says so, naming
    the sheet and row (before: nothing said)."""
    result = _tabs(tmp_path, {"3月": _po(word)})
    assert _state(tmp_path) == BLACK
    [said] = _said(result, "cancelled_part_unread")
    assert "“3月” row 2" in said and word in said


def test_a_reinstatement_the_buyer_confirmed_lifts_the_cancel(tmp_path: Path) -> None:
    """March 已取消, April's note 4/2起恢复出货，客户确认 (rv57c s216 b). Hand: reinstated, 10,000
    owed, black (before: nothing owed). 恢复出货待客户确认 still waits: nothing owed."""
    _tabs(tmp_path / "a", {"3月": _po("已取消"), "4月": _po("4/2起恢复出货，客户确认")})
    _tabs(tmp_path / "b", {"3月": _po("已取消"), "4月": _po("恢复出货待客户确认")})
    assert (_state(tmp_path / "a"), _state(tmp_path / "b")) == (BLACK, NONE)


@pytest.mark.parametrize("column", ["note", "status"])
def test_files_out_of_order_give_the_later_months_word(tmp_path: Path, column: str) -> None:
    """March's file says 已取消, April's 已出货 (ship date 03-01). Hand: the later month's word
    wins whichever file comes first: 10,000 owed, black. Before: imported April first, March's
    older cancellation was let in past April's 已出货 (stored as a 正常's day): nothing owed."""
    march, april = _po(**{column: "已取消"}), _po(**{column: "已出货"})
    _files(tmp_path / "in", {"3月": march, "4月": april})
    results = _files(tmp_path / "out", {"4月": april, "3月": march})
    assert (_state(tmp_path / "in"), _state(tmp_path / "out")) == (BLACK, BLACK)
    assert [r.code for r in results[-1].warnings if r.code == "older_status_kept"] == [
        "older_status_kept"]


@pytest.mark.parametrize("later", ["正常", None, "上月结转", "已出货吗"])
def test_files_out_of_order_a_plain_word_still_brings_nothing_back(tmp_path: Path,
                                                                   later: str | None) -> None:
    """Controls: April's copied blank, 正常, 上月结转 or a question imported before March's
    已取消 leaves the line cancelled, as in order."""
    march, april = _po(status="已取消"), _po(status=later)
    _files(tmp_path / "in", {"3月": march, "4月": april})
    _files(tmp_path / "out", {"4月": april, "3月": march})
    assert (_state(tmp_path / "in"), _state(tmp_path / "out")) == (NONE, NONE)


PAYMENTS = ["收款日期", "客户名称", "订单号", "收款金额", "币种", "备注"]


def _wire(amount: float, on: str = "2025-05-10", note: str | None = None) -> list[object]:
    return [d(on), BUYER, "PO-R1", amount, "USD", note]


@pytest.mark.parametrize(("wire", "expected"), [
    (_wire(10_000), NONE), (_wire(5_000), (0, 0, None, 5_000)),
    (_wire(10_000, on="2025-02-25"), (0, 0, None, 10_000)),
    (_wire(10_000, note="PO-R2货款"), (0, 0, None, 10_000))])
def test_a_payments_tab_paying_a_cancelled_line_in_full_brings_it_back(
        tmp_path: Path, wire: list[object], expected: tuple) -> None:
    """March cancels PO-R1 (已取消); the book's 收款明细 tab books the buyer's wire naming PO-R1.
    Hand: 10,000 on 05-10 (after the cancel) pays goods he got: revived, paid, nothing owed and
    no credit, named in the report (before: 10,000 of his credit). Controls: 5,000, a wire of
    02-25 (before the cancel), or one noted as PO-R2's stay his money, as before."""
    result = _import(tmp_path, {"3月": [HEAD, _po("已取消")], "收款明细": [PAYMENTS, wire],
                                "6月": [HEAD, OTHER]})
    assert _state(tmp_path) == expected
    assert bool(_said(result, "cancelled_paid_back")) == (expected == NONE)


def test_a_payments_file_before_the_cancelling_file_brings_it_back_too(tmp_path: Path) -> None:
    """May's payments file imported before March's ledger (已取消): the same answer."""
    _same_import(tmp_path, [write_xlsx(tmp_path / "5月" / "2025年5月收款明细.xlsx", {
        "收款明细": [PAYMENTS, _wire(10_000)]})], [write_xlsx(
            tmp_path / "3月" / "2025年3月台账.xlsx", {"台账": [HEAD, _po("已取消"), OTHER]})])
    assert _state(tmp_path) == NONE


@pytest.mark.parametrize(("ship", "expected"), [
    ("2025-03-01", NONE), ("2025-03-10", (10_000, 82, "black", 0))])
def test_a_day_in_the_status_cell_is_the_cancels_day(tmp_path: Path, ship: str,
                                                      expected: tuple) -> None:
    """March's 状态 says 3/5取消 (its note blank); April's row 已出货 with ship date `ship`.
    Hand, as with 3/5取消 in the note: shipped 03-01, before the cancel, is the listing copied
    (stays cancelled, nothing owed); shipped 03-10 the order went ahead. Before: the status
    cell's day was not kept, and 03-01 brought it back, 10,000 owed, 91 days, black."""
    _tabs(tmp_path, {"3月": _po(status="3/5取消"), "4月": _po(status="已出货", ship=ship)})
    assert _state(tmp_path) == expected


def test_files_out_of_order_a_shipped_row_from_before_a_dated_cancel_stays_a_copy(
        tmp_path: Path) -> None:
    """Control: March's 3/10客户取消, April's 已出货 shipped 02-25 (the listing copied from
    before the cancel, fix57i: it stays cancelled in order) stays cancelled imported April first."""
    march, april = _po("3/10客户取消"), _po("已出货", ship="2025-02-25")
    _files(tmp_path / "in", {"3月": march, "4月": april})
    _files(tmp_path / "out", {"4月": april, "3月": march})
    assert (_state(tmp_path / "in"), _state(tmp_path / "out")) == (NONE, NONE)
