"""fix55e: a units row of RMB under 收款 makes the column judged RMB, not every figure in it
(rv55b F1: s25, s26); a figure a little over its invoice in a column of RMB stays in the
invoice's currency (rv55b F4: s24).

Reader 84 read every receipt under 收款 / 人民币 (USD under 金额, 币种 USD) as yuan: a dollar
invoice paid in full, 10,000 of 10,000, was 8,611 USD open, 122 days, black. A column judged RMB
by its figures (most at the rate) keeps a figure that is its invoice in full, a whole 5 % share
of it, or such a share less a wire's charge in the invoice's currency (received_rmb); a units
row now judges its column alike. Reader 83 read a figure from 1.002 times its invoice as RMB:
33,100 on 33,000 (the buyer added 100 for the charges) was some 4,600 USD. Each ledger is
written with openpyxl and imported by both imports (tests.test_fast_import._same_import);
accounts read at 2025-06-30, the rate in Settings 7.2.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.received_rmb import OWN_OVER, could_be_rmb

END = date(2025, 6, 30)
HEAD = ["客户名称", "合同号", "订单日期", "金额", "币种", "付款方式", "到期日", "收款", "收款日期",
        "备注"]
UNITS = ["", "", "", "USD", "", "", "", "人民币", "", ""]
OTHER = ["Other Co", "O-1", END, 1_000, "USD", "T/T", END, 1_000, END, ""]  # books to 06-30
RMB_PAYERS = ("Beta Imports Ltd", "Gamma Cuisine SAS", "Delta Foods BV")


def _row(buyer: str, number: str, month: int, amount: float, paid: float | None = None,
         currency: str = "USD", note: str = "") -> list[object]:
    """Ordered the 1st, due the 28th of its month, paid the 25th."""
    return [buyer, number, date(2025, month, 1), amount, currency, "T/T 30 days",
            date(2025, month, 28), paid, date(2025, month, 25) if paid else None, note]


def _accounts(tmp_path: Path, rows: list[list[object]], units: bool = True,
              said: str | None = None, other: list[object] = OTHER
              ) -> dict[str, tuple[int, int, str | None]]:
    """Each customer's (open in USD, days late, black or watch list), the sheet imported by
    both imports (`other`: the row booking it to 06-30)."""
    head = [HEAD, UNITS] if units else [HEAD]
    book = write_xlsx(tmp_path / "出口台账2025.xlsx", {"台账": [*head, *rows, other]})
    [result] = _same_import(tmp_path, [book])
    if said is not None:  # the rows left in their invoice's currency are named
        assert said in [w.code for w in result.warnings], result.warnings
    return {name: (round(c.open_amount), c.max_days_overdue,
                   c.list if c.list in ("black", "watch") else None)
            for name, c in by_name(at(tmp_path / "fast.sqlite", END)).items()}


def test_dollar_invoices_paid_in_full_under_a_units_row_of_rmb(tmp_path: Path) -> None:
    """rv55b s26: 收款 / 人民币, every row's 币种 USD. Alpha 10,000 paid 10,000, Beta 20,000
    paid 20,000, Gamma 7,980 of 8,000 (less the charge): paid in full, 0 open; Eta's 30 %
    deposit, 3,000 of 10,000, leaves 7,000 open (due 03-28: 94 days, black); Zeta's 71,000 on
    10,000 is yuan, paid; Theta's 35,500 on 10,000 half of it in yuan (about 5,069 open, 33
    days late, watched). Main: every figure yuan, Alpha 8,611 open, 122 days, black; Beta 17,222;
    Gamma 6,892; Eta 9,583."""
    accounts = _accounts(tmp_path, [
        _row("Alpha", "A-1", 2, 10_000, 10_000), _row("Beta", "B-1", 3, 20_000, 20_000),
        _row("Gamma", "G-1", 4, 8_000, 7_980), _row("Eta", "E-1", 3, 10_000, 3_000),
        _row("Zeta", "Z-1", 3, 10_000, 71_000), _row("Theta", "T-1", 5, 10_000, 35_500)],
        said="units_row_own")
    for name in ("Alpha", "Beta", "Gamma", "Zeta"):
        assert accounts[name] == (0, 0, None), (name, accounts)
    assert accounts["Eta"] == (7_000, 94, "black"), accounts
    theta = accounts["Theta"]
    assert 5_000 <= theta[0] <= 5_100 and theta[1:] == (33, "watch"), accounts


def test_a_units_row_of_rmb_over_dollars_and_euros_a_little_over(tmp_path: Path) -> None:
    """rv55b s25: RMB early in the year (Beta 71,000 on 10,000; Gamma 35,500 on 5,000), then
    dollars in the same column: Kappa 10,000 of 10,000, Lambda 10,030 (30 over for the
    charges), Mu 8,200 of 8,000 with the 200 its January order owes; euros: Nu 10,000 of a
    10,000 EUR order, Xi 10,100 of 10,000 EUR. Hand: nothing open. Main: every one yuan, 7–9k
    open, black."""
    accounts = _accounts(tmp_path, [
        _row("Beta", "B-1", 1, 10_000, 71_000), _row("Gamma", "G-1", 1, 5_000, 35_500),
        _row("Kappa", "K-1", 4, 10_000, 10_000, note="美元账户"),
        _row("Lambda", "L-1", 4, 10_000, 10_030, note="美元账户 客户多付手续费30"),
        _row("Mu", "M-1", 4, 8_000, 8_200, note="USD，含上单差额200"), _row("Mu", "M-0", 1, 200),
        _row("Nu", "N-1", 4, 10_000, 10_000, currency="EUR"),
        _row("Xi", "X-1", 4, 10_000, 10_100, currency="EUR")])
    for name in ("Beta", "Gamma", "Kappa", "Lambda", "Mu", "Nu", "Xi"):
        assert accounts[name] == (0, 0, None), (name, accounts)


@pytest.mark.parametrize("paid, amount, hand", [
    (33_100, 33_000, (8_900, 94, "watch")),  # 100 added for the charges
    (5_030, 5_000, (8_970, 94, "black")),  # the buyer paid our charges too
    (2_025, 2_000, (8_975, 94, "black")),
    (10_050, 10_000, (8_950, 94, "black"))])  # rounded up, 0.5 %
def test_dollars_a_little_over_their_invoice_in_a_column_of_rmb(
        tmp_path: Path, paid: float, amount: float, hand: tuple[int, int, str]) -> None:
    """rv55b s24: 收款 most of whose figures run at 7.1 (RMB settled); Alpha's A-1 paid a
    little over in dollars, A-2 9,000 (due 03-28) unpaid: A-1 paid, A-2 open less what was
    over. Main: the figure yuan from 1.002 times, 33,100 on 33,000 37,402 open, 122 days."""
    accounts = _accounts(tmp_path, [
        _row("Alpha", "A-1", 2, amount, paid), _row("Alpha", "A-2", 3, 9_000),
        _row(RMB_PAYERS[0], "B-1", 2, 10_000, 71_000), _row(RMB_PAYERS[1], "G-1", 2, 5_000, 35_500),
        _row(RMB_PAYERS[2], "D-1", 2, 8_000, 56_800)], units=False)
    assert accounts["Alpha"] == hand, accounts
    for name in RMB_PAYERS:
        assert accounts[name] == (0, 0, None), (name, accounts)


def test_a_little_over_its_invoice_is_the_invoice_s_currency() -> None:
    """Over by up to half a percent (or a wire's charge on a small invoice) is the invoice's
    currency, up to 5 % among figures mostly in it (OWN_OVER, fix55o); 35,500 on 33,000 (1.076
    times, acct55a) and 15,000 on 10,000 (fix54c) are RMB. Main: every one of the first RMB
    from 1.002 times."""
    assert not any(could_be_rmb(paid, amount) for paid, amount in (
        (33_100, 33_000), (5_030, 5_000), (2_025, 2_000), (10_050, 10_000)))
    assert not any(could_be_rmb(paid, amount, OWN_OVER) for paid, amount in (
        (8_200, 8_000), (10_500, 10_000), (540, 500)))
    assert all(could_be_rmb(paid, amount) for paid, amount in (
        (35_500, 33_000), (15_000, 10_000), (10_600, 10_000), (600, 500)))


def test_receipts_weighed_beside_one_worked_out_from_what_is_owed(tmp_path: Path) -> None:
    """收款 / 人民币 beside 未收金额 / USD: Alpha's 10,000 of 10,000 (0 owed) is dollars; Omega's
    收款 blank, 2,345 of its 10,000 USD owed (7,655 received in dollars, worked out: never
    weighed as yuan, which would leave 8,937 open); Zeta's 71,000 yuan pay 10,000. Hand: Alpha
    0, Omega 2,345 open (due 02-28: 122 days), Zeta 0. Main: Alpha 8,611 open, 122 days."""
    head, units = [*HEAD, "未收金额"], [*UNITS, "USD"]
    rows = [[*_row("Alpha", "A-1", 2, 10_000, 10_000), 0],
            [*_row("Omega", "W-1", 2, 10_000), 2_345],
            [*_row("Zeta", "Z-1", 2, 10_000, 71_000), 0], [*OTHER, 0]]
    book = write_xlsx(tmp_path / "出口台账2025.xlsx", {"台账": [head, units, *rows]})
    _same_import(tmp_path, [book])
    accounts = {name: (round(c.open_amount), c.max_days_overdue)
                for name, c in by_name(at(tmp_path / "fast.sqlite", END)).items()}
    assert accounts["Omega"] == (2_345, 122), accounts
    assert accounts["Alpha"] == accounts["Zeta"] == (0, 0), accounts
