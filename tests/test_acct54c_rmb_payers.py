"""acct54c: one buyer paying dollars in a received column of RMB (issue 6, rv53e s5b).

fix53i reads a received column as RMB where most of its figures run at the CNY rate of their
invoices, but one figure near its own invoice (a buyer paying 1,000 USD in full) made the whole
column dollars: 85,200 RMB on Alpha's 12,000 USD invoice read as 85,200 USD, its 15,000 unpaid
hidden behind a credit. Most rows judge the column; a figure near its own invoice or a part of
it stays in the row's currency, named.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from languages import in_chinese
from test_acct52j_shipped_rows import codes
from test_fast_import import _same_import
from test_received_rmb_fix53i import book, figures

from core.ledger.report import import_report


def test_one_buyer_paying_dollars_leaves_the_rmb_column_rmb(tmp_path: Path) -> None:
    """85,200 on Alpha's 12,000 and 56,800 on Beta's 8,000 (7.1 times: RMB), Delta's 1,000 on
    its 1,000 invoice (in full, dollars). Hand count at 12-31: Alpha owes 15,000, 142 days late,
    no credit; Beta 9,000, 51 days; Delta paid, no credit. Before: the column read as dollars,
    Alpha 0 open beside a 58,200 credit, Beta 0 open beside 39,800."""
    ledger = book(tmp_path, ["收汇", "收汇日期"], [
        [85200, date(2025, 4, 2)], [None, None], [56800, date(2025, 6, 5)], [None, None],
        [1000, date(2025, 11, 20)]])
    [result] = _same_import(tmp_path, [ledger])
    db = tmp_path / "fast.sqlite"
    alpha = figures(db, "Alpha Trading LLC")
    assert alpha[:3] == (15000, 0, 142) and alpha[3] != "white"
    assert figures(db, "Beta Imports Ltd")[:3] == (9000, 0, 51)
    assert figures(db, "Delta Home")[:2] == (0, 0)
    assert codes(result).count("received_column_rmb_own") == 1
    english, chinese = import_report(result), in_chinese(lambda: import_report(result))
    assert ("Sheet “台账”: the received column “收汇” holds RMB: most of its figures are about "
            "7.1 times the invoices' (2 of 3 rows, rows 2, 4): read as CNY, converted at the "
            "rates in Settings (Currency rates) for their dates. Figures near their own invoice "
            "or a part of it stay in USD (row 6).") in english, english
    assert ("收款列“收汇”记的是人民币：多数金额约为发票金额的 7.1 倍（3 行中有 2 行，第 2、4 行）"
            in chinese), chinese
    assert "接近本行发票金额或其一部分的金额仍按 USD 读取（第 6 行）" in chinese


def test_a_column_of_dollars_with_one_rmb_figure_stays_dollars(tmp_path: Path) -> None:
    """The near case kept: Alpha's 85,200 on 12,000 beside Beta's 8,000 and Delta's 1,000 paid
    in full: one of three at the rate, the column read as written, the row named (fix53i)."""
    ledger = book(tmp_path, ["收汇", "收汇日期"], [
        [85200, date(2025, 4, 2)], [None, None], [8000, date(2025, 6, 5)], [None, None],
        [1000, date(2025, 11, 20)]])
    [result] = _same_import(tmp_path, [ledger])
    assert not {"received_column_rmb", "received_column_rmb_own"} & set(codes(result))
    assert figures(tmp_path / "fast.sqlite", "Beta Imports Ltd")[:2] == (9000, 0)
    assert figures(tmp_path / "fast.sqlite", "Delta Home")[:2] == (0, 0)
