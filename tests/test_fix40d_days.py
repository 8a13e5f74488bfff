"""fix40d R1/R2: which day a received total re-sent with another day keeps. A later copy's name
alone (订单台账(1).xlsx, as WeChat saves a file received twice) is no correction: the first day
stays. A note saying the earlier payment bounced and was paid again keeps the later day, in
every order of import (core.ledger.older_receipts.kept_day, PAID_AGAIN_WORDS)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_imp40_order import ROUNDS, _late, _received, _rounds
from test_import_order36 import A


@pytest.mark.parametrize("order", ["AB", "BA", "A+B"])
def test_a_copy_s_name_alone_is_no_correction(tmp_path: Path, order: str):
    """订单台账.xlsx: MT-1's 4,500 received 03-10; 订单台账(1).xlsx, the same ledger saved again by
    WeChat: 4,500 dated 04-15. Nothing says the day was corrected: the total did not grow, the
    first day stays. Hand count: 10,500 open, due 04-04, paid to 03-10: 0 days past due in every
    order. Before: the copy's 04-15 was taken as the correction, 11 days past due."""
    folder = tmp_path / order.replace("+", "_")
    folder.mkdir()
    paths = {"A": write_xlsx(folder / "订单台账.xlsx", _received("2025-03-10")),
             "B": write_xlsx(folder / "订单台账(1).xlsx", _received("2025-04-15"))}
    rounds = [[paths[k] for k in order.split("+")]] if "+" in order else [
        [paths[k]] for k in order]
    _same_import(folder, *rounds)
    assert _late(folder / "fast.sqlite") == (10_500, [("MT-1", 10_500, 0)], "2025-03-10")


@pytest.mark.parametrize("note", ["3/10定金被银行退回，4/15重新付款", "定金退票，4/15重付",
                                  "deposit bounced, re-paid 15 Apr",
                                  "returned by bank, paid again 4/15"])
@pytest.mark.parametrize("order", ROUNDS)
def test_a_bounced_payment_paid_again_keeps_the_later_day(tmp_path: Path, order: str,
                                                          note: str):
    """March's book: 4,500 received 03-10. April's book: the same 4,500 dated 04-15, noted
    that the 03-10 payment bounced and was paid again (`note`): the money came 04-15. Hand
    count: 10,500 open, due 04-04, paid to 04-15: 11 days past due in every order. Before: 0
    days (the first day kept, as for a total merely re-dated)."""
    db = _rounds(tmp_path, _received("2025-03-10"), _received("2025-04-15", note), order)
    assert _late(db) == (10_500, [("MT-1", 10_500, 11)], "2025-04-15")


def test_a_plain_re_dated_total_still_keeps_its_day(tmp_path: Path):
    """Without such a note (a later copy aside) the first day stays, as imp40 set: 0 days."""
    results = _same_import(tmp_path, [write_xlsx(tmp_path / A, _received("2025-03-10"))],
                           [write_xlsx(tmp_path / "台账 2025-04.xlsx",
                                       _received("2025-04-15", "余款未收"))])
    assert [r.status for r in results] == ["imported", "imported"]
    assert _late(tmp_path / "fast.sqlite") == (10_500, [("MT-1", 10_500, 0)], "2025-03-10")
