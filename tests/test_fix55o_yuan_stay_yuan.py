"""fix55o: yuan stay yuan where a units row of RMB and most of the column's figures agree
(rv55g s90, s93); a figure over its invoice by more than half a percent (or a wire's charge)
in a column of RMB is yuan (rv55g s95).

Reader 93 (fix55e) judged a units row's column of RMB figure by figure even where most of its
figures run at the rate: 7,100 yuan on a 7,100 USD invoice was the invoice paid in full (0
open, was 6,114 black). And a figure up to 5 % over its invoice in a column of RMB was the
invoice's currency: 7,200 on 7,000 USD (2.9 %) paid it (0 open and 200 credit, was 6,000).
Ledgers written with openpyxl and imported by both imports; accounts at 2025-06-30, the rate in
Settings 7.2.
"""

from __future__ import annotations

from pathlib import Path

from test_fix55e_units_rmb_judged import OTHER, RMB_PAYERS, _accounts, _row

from core.ledger.received_rmb import could_be_rmb

AT_RATE = [_row(RMB_PAYERS[0], "B-1", 2, 10_000, 72_000),
           _row(RMB_PAYERS[1], "G-1", 2, 5_000, 36_000),
           _row(RMB_PAYERS[2], "D-1", 2, 8_000, 57_600), _row("Echo", "E-1", 2, 4_000, 28_800),
           _row("Foxtrot", "F-1", 2, 3_000, 21_600), _row("Golf", "H-1", 2, 6_000, 43_200)]
AT = (*RMB_PAYERS, "Echo", "Foxtrot", "Golf")  # six figures at the rate
# the row booking the sheet to 06-30 paid in yuan (7,200 on 1,000 USD, as rv55g's sheets): its
# 1,000 on 1,000 would be a second dollar figure in full beside Mike's, and two are dollars
# (fix55q, core.ledger.received_rmb.IN_FULL_SEVERAL)
OTHER_YUAN = [*OTHER[:7], 7_200, *OTHER[8:]]


def test_a_units_row_of_rmb_over_figures_at_the_rate_reads_every_figure_yuan(
        tmp_path: Path) -> None:
    """收款 / 人民币 and most figures at 7.2: Mike's 7,100 on 7,100 USD is some 986 USD
    (6,114 open, due 02-28: 122 days, black); November's 7,200 on 7,000 is 1,000 USD (6,000
    open); Xray's 8,000 on 8,000 EUR is yuan too. Main: Mike and November paid (0 open,
    November 200 credit), Xray paid."""
    accounts = _accounts(tmp_path, [
        *AT_RATE, _row("Mike", "M-1", 2, 7_100, 7_100), _row("November", "N-1", 2, 7_000, 7_200),
        _row("Xray", "X-1", 2, 8_000, 8_000, currency="EUR")], other=OTHER_YUAN)
    assert accounts["Mike"] == (6_114, 122, "black"), accounts
    assert accounts["November"] == (6_000, 122, "black"), accounts
    assert accounts["Xray"][0] > 6_000 and accounts["Xray"][1:] == (122, "black"), accounts
    for name in AT:
        assert accounts[name] == (0, 0, None), (name, accounts)


def test_a_figure_a_few_percent_over_in_a_column_of_rmb_is_yuan(tmp_path: Path) -> None:
    """rv55g s95, no units row, most of 收款 at 7.2: November 7,200 on 7,000 USD (2.9 % over)
    and Oscar 5,200 on 5,000 (4 %) are yuan: 6,000 and 4,278 open, 122 days, black. Main: both
    paid in dollars, 0 open."""
    accounts = _accounts(tmp_path, [
        *AT_RATE, _row("November", "N-1", 2, 7_000, 7_200), _row("Oscar", "O-1", 2, 5_000, 5_200)],
        units=False)
    assert accounts["November"] == (6_000, 122, "black"), accounts
    assert accounts["Oscar"] == (4_278, 122, "black"), accounts


def test_over_half_a_percent_is_yuan_but_among_the_invoice_s_own() -> None:
    """In a column of RMB, half a percent or a wire's charge over is the invoice's own: more is
    yuan; among figures mostly the invoice's own currency (a units row's, rv55b s25) up to 5 %.
    Main: 7,200 on 7,000 and 5,200 on 5,000 the invoice's currency (and no OWN_OVER)."""
    from core.ledger.received_rmb import OWN_OVER  # noqa: PLC0415 - main has none: a failure
    assert could_be_rmb(7_200, 7_000) and could_be_rmb(5_200, 5_000)
    assert not any(could_be_rmb(p, a) for p, a in ((33_100, 33_000), (10_050, 10_000)))
    assert not could_be_rmb(8_200, 8_000, OWN_OVER)
