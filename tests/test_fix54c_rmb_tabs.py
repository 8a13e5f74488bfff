"""fix54c: a received column of RMB judged across a book's tabs; a small RMB receipt in RMB.

Reader 64 let a tab of fewer than three receipts tell nothing of its column (one 105,000 typed
for 10,500: test_yb44_year_books) and kept any figure under 1.54 times its invoice in the
invoice's currency (a 1,800 USD deposit on 6,000: rv53e). A book of monthly tabs of two RMB
receipts each, or a 15,000 RMB deposit on a 10,000 USD invoice, was read in dollars: 7-fold
credits hid the buyers' open invoices (rv54a R3, R4).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_acct52j_shipped_rows import codes, customer
from test_fast_import import _same_import

from core.ledger.report import import_report

HEAD = ["客户名称", "合同号", "订单日期", "金额", "币种", "付款方式", "到期日", "收款", "收款日期"]
END = date(2025, 6, 30)
A, B, G = "Alpha Trading LLC", "Beta Imports Ltd", "Gamma Cuisine SAS"
LAST = ["Other Co", "O-1", date(2025, 6, 1), 1000, "USD", "T/T", date(2025, 6, 30), 7100,
        date(2025, 6, 30)]  # the last day the book knows: 7,100 RMB settled


def _row(buyer: str, number: str, month: int, amount: float, paid: float | None = None,
         on: date | None = None) -> list[object]:
    return [buyer, number, date(2025, month, 1), amount, "USD", "T/T 30 days",
            date(2025, month, 28), paid, (on or date(2025, month, 25)) if paid else None]


def _figures(db: Path, name: str) -> tuple[float, float, int, str | None]:
    found = customer(db, name, END)
    return found.open_amount, found.credit_on_account, found.max_days_overdue, found.list


def test_monthly_tabs_of_two_rmb_receipts_are_one_column_of_rmb(tmp_path: Path) -> None:
    """三个月, each tab two receipts at 7.1 times their invoices (the RMB the bank settled) and
    one invoice unpaid. Hand count at 06-30, each buyer's money paying its oldest invoice
    first: Alpha, Beta and Gamma about 8,000 open, overdue 94, 94 and 122 days, no credit.
    Main: each tab's two receipts told nothing, read as dollars: 0 open, 7-fold credits."""
    tabs = {"1月": [HEAD, _row(A, "A-1", 1, 10000, 71000), _row(B, "B-1", 1, 5000, 35500),
                   _row(G, "G-1", 1, 8000)],
            "2月": [HEAD, _row(G, "G-2", 2, 10000, 71000), _row(B, "B-2", 2, 5000, 35500),
                   _row(A, "A-2", 2, 8000)],
            "3月": [HEAD, _row(A, "A-3", 3, 10000, 71000), _row(G, "G-3", 3, 5000, 35500),
                   _row(B, "B-3", 3, 8000), LAST]}
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx", tabs)])
    db = tmp_path / "fast.sqlite"
    alpha, beta, gamma = _figures(db, A), _figures(db, B), _figures(db, G)
    assert 8000 <= alpha[0] < 8300 and alpha[1:3] == (0, 94) and alpha[3] != "white"
    assert 8000 <= beta[0] < 8300 and beta[1:3] == (0, 94)
    assert 8000 <= gamma[0] < 8300 and gamma[1:3] == (0, 122)
    assert codes(result).count("received_column_rmb") == 3
    english, chinese = import_report(result), in_chinese(lambda: import_report(result))
    assert ("Sheet “2月”: the received column “收款” holds RMB: its figures are about 7.1 times "
            "the invoices' (2 of 2 rows)") in english, english
    assert "收款列“收款”记的是人民币：其金额约为发票金额的 7.1 倍（2 行中有 2 行）" in chinese


def test_one_sheet_of_two_rmb_receipts_is_rmb(tmp_path: Path) -> None:
    """One sheet, two receipts at 7.1 times (Alpha 71,000 on 10,000; Beta 35,500 on 5,000,
    both come 06-30), each buyer's next invoice unpaid: Alpha 9,000 open, Beta 6,000, each
    94 days. Main: 0 open each, Alpha white behind a 61,000 credit."""
    ledger = write_xlsx(tmp_path / "出口台账2025.xlsx", {"台账": [
        HEAD, _row(A, "A-1", 2, 10000, 71000, END), _row(B, "B-1", 2, 5000, 35500, END),
        _row(A, "A-2", 3, 9000), _row(B, "B-2", 3, 6000)]})
    _same_import(tmp_path, [ledger])
    db = tmp_path / "fast.sqlite"
    alpha, beta = _figures(db, A), _figures(db, B)
    assert 9000 <= alpha[0] < 9200 and alpha[1:3] == (0, 94) and alpha[3] != "white"
    assert 6000 <= beta[0] < 6100 and beta[1:3] == (0, 94)


def test_a_tab_of_two_at_the_rate_in_a_book_of_dollars_stays_dollars(tmp_path: Path) -> None:
    """The near case kept: 3月's two figures at 7.1 times beside 1月 and 2月 paid in dollars in
    full (2 of 6 at the rate across the book): read as written, a credit (as main reads it)."""
    tabs = {"1月": [HEAD, _row(A, "A-1", 1, 10000, 10000), _row(B, "B-1", 1, 5000, 5000)],
            "2月": [HEAD, _row(G, "G-2", 2, 10000, 10000), _row(B, "B-2", 2, 5000, 5000)],
            "3月": [HEAD, _row(A, "A-3", 3, 10000, 71000), _row(G, "G-3", 3, 5000, 35500)]}
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx", tabs)])
    assert not {"received_column_rmb", "received_column_rmb_own"} & set(codes(result))
    assert _figures(tmp_path / "fast.sqlite", A)[:2] == (0, 61000)


def test_a_small_rmb_deposit_in_a_column_of_rmb_is_rmb(tmp_path: Path) -> None:
    """A column of RMB (three buyers paid at 7.1 times); Delta pays 15,000 RMB (1.5 times) and
    Epsilon 13,000 (1.3 times) of 10,000 USD invoices (Iota, a fourth, 14,200 on 2,000): over
    1.1 times, no dollars. Hand count:
    Delta about 7,890 open, Epsilon about 8,170, both overdue since 02-28 (122 days). Main: 0
    open each (read as dollars paid over). Eta's 3,000 (30 %: a round share in dollars, 423
    RMB at the rate none) and Zeta's 10,000 (in full) stay dollars: 7,000 and 0 open."""
    ledger = write_xlsx(tmp_path / "出口台账2025.xlsx", {"台账": [
        HEAD, _row(A, "A-1", 2, 10000, 71000), _row(B, "B-1", 2, 5000, 35500),
        _row(G, "G-1", 2, 8000, 56800), _row("Iota Bad SA", "I-1", 2, 2000, 14200),
        _row("Delta Casa SL", "D-1", 2, 10000, 15000),
        _row("Epsilon Home BV", "E-1", 2, 10000, 13000),
        _row("Eta Bath SA", "H-1", 2, 10000, 3000),
        _row("Zeta Living AB", "Z-1", 2, 10000, 10000), LAST]})
    [result] = _same_import(tmp_path, [ledger])
    db = tmp_path / "fast.sqlite"
    delta, epsilon = _figures(db, "Delta Casa SL"), _figures(db, "Epsilon Home BV")
    assert 7850 < delta[0] < 7950 and delta[1:3] == (0, 122) and delta[3] == "black"
    assert 8120 < epsilon[0] < 8220 and epsilon[1:3] == (0, 122)
    assert _figures(db, "Eta Bath SA")[:3] == (7000, 0, 122)
    assert _figures(db, "Zeta Living AB")[:2] == (0, 0)
    english, chinese = import_report(result), in_chinese(lambda: import_report(result))
    assert "stay in USD (row 8, 9)" in english, english
    assert "接近本行发票金额或其一部分的金额仍按 USD 读取（第 8、9 行）" in chinese


def test_a_dollar_part_that_is_no_round_share_stays_dollars(tmp_path: Path) -> None:
    """rv54d R4: in a column of RMB (three buyers paid at 7.1 times), dollar deposits of 40 %,
    60 % and 85 % of 10,000 USD invoices were read as CNY (only 10/20/30/50/70 % stayed
    dollars): Kappa 9,437 open where 6,000, Lambda 9,155 where 4,000, Mu 8,803 where 1,500.
    At or under its invoice a whole 5 % share stays its invoice's currency (over it, RMB:
    acct55a; it was 1.1 times till then). Hand count: the
    open is the invoice less the dollars, overdue since 02-28 (122 days)."""
    ledger = write_xlsx(tmp_path / "出口台账2025.xlsx", {"台账": [
        HEAD, _row(A, "A-1", 2, 10000, 71000), _row(B, "B-1", 2, 5000, 35500),
        _row(G, "G-1", 2, 8000, 56800), _row("Kappa Home BV", "K-1", 2, 10000, 4000),
        _row("Lambda Living AB", "L-1", 2, 10000, 6000),
        _row("Mu Decor Srl", "M-1", 2, 10000, 8500), LAST]})
    _same_import(tmp_path, [ledger])
    db = tmp_path / "fast.sqlite"
    assert _figures(db, "Kappa Home BV")[:3] == (6000, 0, 122)
    assert _figures(db, "Lambda Living AB")[:3] == (4000, 0, 122)
    assert _figures(db, "Mu Decor Srl")[:3] == (1500, 0, 122)
    assert _figures(db, A)[:2] == (0, 0)  # the RMB column still RMB


def test_rmb_settled_for_a_part_below_its_invoice_is_rmb(tmp_path: Path) -> None:
    """rv54e: 7,100 RMB (1,000 USD settled) on an 8,000 USD invoice and 28,400 (4,000) on
    30,000 were read as dollars once every figure under 1.1 times stayed the invoice's
    currency: 900 and 1,600 open where about 7,000 and 26,000. A share in whole 5 % (40 %)
    is a dollar deposit; 88.75 % and 94.7 % are no such share. Hand count: the invoice less
    the yuan at Settings' rate."""
    ledger = write_xlsx(tmp_path / "出口台账2025.xlsx", {"台账": [
        HEAD, _row(A, "A-1", 2, 10000, 71000), _row(B, "B-1", 2, 5000, 35500),
        _row(G, "G-1", 2, 8000, 56800), _row("Small Co", "S-1", 2, 8000, 7100),
        _row("Big Co", "C-1", 2, 30000, 28400), _row("Kappa Home BV", "K-1", 2, 10000, 4000),
        LAST]})
    _same_import(tmp_path, [ledger])
    db = tmp_path / "fast.sqlite"
    small, big = _figures(db, "Small Co"), _figures(db, "Big Co")
    assert 6900 < small[0] < 7100 and small[1:3] == (0, 122)
    assert 25900 < big[0] < 26200 and big[1:3] == (0, 122)
    assert _figures(db, "Kappa Home BV")[:3] == (6000, 0, 122)
