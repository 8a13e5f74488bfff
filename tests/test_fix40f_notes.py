"""fix40f F5: a note saying a payment bounced and was paid again (older_receipts.PAID_AGAIN_WORDS)
moves a re-sent total's day only on the row bringing the later day; 退票 beside 发票 / 开票 / 重开
is an invoice returned, no payment. March's book: MT-1's 4,500 received 03-10; April's the same
4,500 dated 04-15. MT-1 15,000, shipped 03-05, OA 30 days (due 04-04); figures at 06-30."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_imp40_order import ROUNDS, _late, _received, _rounds

from core.ledger.older_receipts import kept_day

NOTES = [("2/28定金被银行退回，3/10重新付款", None), (None, "客户退票，4/15重开发票"),
         (None, "退票，已开票")]


@pytest.mark.parametrize("notes", NOTES)
@pytest.mark.parametrize("order", ROUNDS)
def test_a_note_of_the_earlier_day_or_an_invoice_returned_keeps_the_first_day(
        tmp_path: Path, order: str, notes: tuple[str | None, str | None]):
    """March's own note says its 03-10 was the payment made again (settled before due), or
    April's says an invoice was returned and issued again: no money came 04-15. Hand count:
    10,500 open, paid to 03-10, before the 04-04 due day: 0 days past due in every order.
    Before: 11 days (04-15 taken)."""
    db = _rounds(tmp_path, _received("2025-03-10", notes[0]),
                 _received("2025-04-15", notes[1]), order)
    assert _late(db) == (10_500, [("MT-1", 10_500, 0)], "2025-03-10")


@pytest.mark.parametrize("later", ["定金退票，4/15重付", "银行退票", "deposit bounced"])
def test_only_the_later_day_s_note_moves_the_day(later: str):
    """kept_day: the same total, 03-10 stored and 04-15 read (or the other way round); the
    note on the 04-15 line moves the day there, the same note on the 03-10 line does not."""
    march, april = (4_500.0, "2025-03-10", None), (4_500.0, "2025-04-15", None)
    files = ("台账 2025-03.xlsx", "台账 2025-04.xlsx")
    assert not kept_day(march, april, False, files, (None, later))  # 04-15 taken
    assert kept_day(march, april, False, files, (later, None))  # 03-10 kept
    assert kept_day(april, march, False, files[::-1], (later, None))  # 04-15 kept
    assert not kept_day(april, march, False, files[::-1], (None, later))
