"""A shortfall said with what it is (到账5000，差2000运费客户承担: the freight the buyer bore,
taken off) leaves the balance paid: fix59d's part reader read 到账5000 as the part come, 2,000
owed, 72 days, black (the all-reviewers rerun, rv59e s282; reader 171). A shortfall said bare
or as still owed (差2000, 还差2000, 尚欠2000) stays owed."""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import PAID, _balances


def test_a_shortfall_of_a_cost_borne_is_no_part(tmp_path: Path) -> None:
    owed = (2_000, 72, "black")
    notes = {"到账5000，差2000运费客户承担": PAID, "到账5000，差2000": owed,
             "到账5000，还差2000": owed, "到账5000，尚欠2000": owed}
    assert _balances(tmp_path, list(notes)) == notes
