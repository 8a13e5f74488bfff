"""A part's figure followed by the deposit said received apart (实收4000（首付款另收）, 实收4000
（定金另收）) is the balance's part, 3,000 owed, 72 days, black: fix59l read the bracket as
the figure being the deposit's, 0 (the all-reviewers rerun, rv56f s161 S09; reader 169). A
bracket naming the deposit alone (3/2已到账3000（定金），今收尾款) still is the deposit's."""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import PAID, _balances


def test_the_deposit_said_apart_leaves_the_figure_the_balances(tmp_path: Path) -> None:
    part = (3_000, 72, "black")
    notes = {"实收4000（首付款另收）": part, "实收4000（定金另收）": part,
             "3/2已到账3000（定金），今收尾款": PAID}
    assert _balances(tmp_path, list(notes)) == notes
