"""words34: what the import says of a row typed or marked 退货退款, of a refund beyond what
was paid, and of a new customer named like a stored one, tried on Rio's ledger (late33's) by
the app's import and the reference's. Each test's docstring gives the hand count."""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_break32 import _owed
from test_fast_import import _same_import
from test_late33 import PAYMENTS, RIO
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row
from test_refunds34 import AGAIN, SENT, _beyond

from core import similarity
from core.ledger.report import import_report

RETURNED = row("R-1", "Rio Rugs", "2025-03-20", 2_000, None)


def _typed(kind: str, *more: list[object]) -> list[list[object]]:
    """Rio's ledger with a 类型 column, R-1's 2,000 of 03-20 typed `kind`."""
    return [[*HEADER, "类型"], *([*line, None] for line in RIO[1:]), [*RETURNED, kind],
            *more]


def _may_then_june(tmp_path: Path, kind: str) -> tuple[str, ...]:
    """May's ledger with R-1's 2,000 typed `kind`, then June's typing it 退货退款 beside a new
    row (P-2): each import's row counts."""
    first = write_xlsx(tmp_path / "台账 2025-05.xlsx", {"台账": _typed(kind)})
    again = write_xlsx(tmp_path / "台账 2025-06.xlsx", {"台账": _typed(
        "退货退款", [*row("P-2", "Payer", "2025-06-05", 500, None), None])})
    reports = [import_report(r) for r in _same_import(tmp_path, [first], [again])]
    return tuple(", ".join(report.split("Rows: ")[1].split(", ")[:3]) for report in reports)


# --- 1. a row read as a credit note and a refund is one row imported ------------------------

def test_a_row_typed_returned_and_refunded_is_counted_one_row(tmp_path: Path):
    """The ledger has 4 rows, R-1's 2,000 of 03-20 typed 退货退款 (stored as a credit note and
    a refund). Hand count: 4 rows inserted; the same 4 rows sent again beside one new row: 1
    inserted, 4 unchanged. Before: 5 inserted, then 5 unchanged."""
    assert _may_then_june(tmp_path, "退货退款") == ("4 inserted, 0 updated, 0 unchanged",
                                                 "1 inserted, 0 updated, 4 unchanged")
    stored = at(tmp_path / "fast.sqlite", d("2025-06-30"))
    assert by_name(stored)["Rio Rugs"].credit_on_account == 0


def test_a_row_read_twice_for_the_first_time_is_counted_updated(tmp_path: Path):
    """The ledger's R-1 2,000 of 03-20 is typed 退货 (a credit note) in May; June's file
    types it 退货退款: its credit note stands, its refund is new. Hand count: 1 row updated
    (the row's reading changed), 4 unchanged ... of 5 rows, 1 inserted (P-2). Before: 2
    inserted, 4 unchanged."""
    assert _may_then_june(tmp_path, "退货") == ("4 inserted, 0 updated, 0 unchanged",
                                             "1 inserted, 1 updated, 3 unchanged")


# --- 2. a status cell saying 退货退款 lowers the sale and the money -----------------------------

@pytest.mark.parametrize("amount", [2_000, -2_000])
def test_a_status_saying_returned_and_refunded_lowers_the_sale_and_the_money(tmp_path: Path,
                                                                            amount):
    """R-1's 2,000 of 03-20 has 状态 退货退款: goods back, money back. Hand count at 06-30:
    13,000 sold, 15,000 paid less 2,000 sent back: nothing open, no credit, revenue 13,000.
    Before: a credit note only, 2,000 credit on account."""
    ledger = [*RIO, row("R-1", "Rio Rugs", "2025-03-20", amount, None, status="退货退款")]
    results = _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-05.xlsx",
                                                 {"台账": ledger})])
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    assert (*_owed(rio), rio.credit_on_account, round(rio.revenue_12m, 2)) == (
        0, None, {}, 0, 13_000)
    assert "Rows: 4 inserted" in import_report(results[0])


# --- 3. a refund beyond: its words say what its figures weigh ---------------------------------

def test_a_refund_beyond_says_paid_less_the_refunds_before_it(tmp_path: Path):
    """Rio paid 15,000; 10,000 went back on 03-20, another 10,000 on 05-20. Hand count: the
    second is 5,000 more than the 15,000 paid less the 10,000 sent back before it, and the
    note says so beside its figures (10,000.00 + 10,000.00 > 15,000.00). Before: "more than
    all its customer paid", which 10,000 is not."""
    tab = [PAYMENTS, SENT, AGAIN]
    report = _beyond(tmp_path, RIO, tab)
    assert ("1 refund is more than its customer paid less the refunds before it (row 3: "
            "10,000.00 + 10,000.00 > 15,000.00 USD)") in report
    assert "all its customer paid" not in report
    said = in_chinese(lambda: _beyond(tmp_path / "zh", RIO, tab))
    assert "有 1 笔退汇超过该客户已付款减去此前退汇后的余额" in said
    assert "全部已付款" not in said


# --- 4. a new customer named like a stored one is pointed out, never merged ------------------

def _customers(tmp_path: Path, *months: list[list[object]]) -> list[str]:
    """Each month's ledger imported in turn (both imports): the last import's report."""
    files = [[write_xlsx(tmp_path / f"台账 2025-0{n}.xlsx", {"台账": [HEADER, *rows]})]
             for n, rows in enumerate(months, 1)]
    return [import_report(r) for r in _same_import(tmp_path, *files)]


def test_a_new_customer_named_like_a_stored_one_is_pointed_out(tmp_path: Path):
    """January stores Acme Trading Co., Ltd, Kingsway Home Retail PLC and Veneta Furniture
    S.p.A.; February adds "ACME Trading" and "Veneta Forniture S.p.A." (the same buyers typed
    otherwise) and Kingsway Trading PLC (another buyer of the town). Hand count: two pairs
    said, the Acmes and the Venetas; Kingsway Trading beside nobody; every name still a
    customer of its own (3 new customers, 6 stored). Before: nothing said."""
    january = [row("A-1", "Acme Trading Co., Ltd", "2025-01-05", 1_000, "2025-01-10"),
               row("K-1", "Kingsway Home Retail PLC", "2025-01-08", 2_000, "2025-01-12"),
               row("V-1", "Veneta Furniture S.p.A.", "2025-01-09", 3_000, "2025-01-12")]
    february = [row("A-2", "ACME Trading", "2025-02-05", 1_500, "2025-02-10"),
                row("K-2", "Kingsway Trading PLC", "2025-02-06", 500, "2025-02-11"),
                row("V-2", "Veneta Forniture S.p.A.", "2025-02-07", 700, "2025-02-11")]
    reports = _customers(tmp_path, january, february)
    said = ("Possibly the same customer: «ACME Trading» (new) and «Acme Trading Co., Ltd» — "
            "merge them in Customers if so.")
    assert said in reports[1] and reports[1].count("Possibly the same customer") == 2
    assert ("«Veneta Forniture S.p.A.» (new) and «Veneta Furniture S.p.A.»") in reports[1]
    assert "Possibly" not in reports[0] and "«Kingsway" not in reports[1]
    assert "new customers: 3" in reports[1]
    stored = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))
    assert {"ACME Trading", "Acme Trading Co., Ltd", "Veneta Forniture S.p.A.",
            "Veneta Furniture S.p.A."} <= stored.keys()
    zh = in_chinese(lambda: _customers(tmp_path / "zh", january, february))[1]
    assert "可能是同一客户：“ACME Trading”（新）与“Acme Trading Co., Ltd”" in zh


def test_new_names_are_weighed_against_the_names_sharing_a_word_only(monkeypatch):
    """3,000 stored names of distinct words, 3 new ones: one typed otherwise (Buyer 17's
    name less a letter), two unlike any. Hand count: one pair, found comparing letter for
    letter the 1 stored name sharing a word with the typed one, not 9,000 pairs."""
    weighed = []
    real = similarity._close
    monkeypatch.setattr(similarity, "_close", lambda a, b: weighed.append(b) or real(a, b))
    known = [f"Buyer{n:04d}x Homewares{n:04d}y Ltd" for n in range(3_000)]
    new = ["Buyer0017x Homewares0017 Co", "Zanzibar Spice House", "Quito Flores"]
    assert similarity.close_pairs(new, known) == [(new[0], known[17])]
    assert len(weighed) == 1


def test_a_new_name_an_order_moved_to_is_said_once(tmp_path: Path):
    """January stores order 1001 under ACME Trading; March names its customer "Acme Trading
    Co., Ltd" (new). The import already says the order moved to a name likely the same
    customer's, "merge the names": said once, not again as a new customer's pair (which would
    name the two twice)."""
    reports = _customers(tmp_path, [row("1001", "ACME Trading", "2025-01-10", 5_000, None)],
                         [row("1001", "Acme Trading Co., Ltd", "2025-03-05", 5_000, None)])
    assert "likely the same customer spelled otherwise" in reports[1]
    assert "Possibly the same customer" not in reports[1]


def test_a_row_read_twice_on_two_tabs_of_a_workbook_is_counted_one_row(tmp_path: Path):
    """A year-to-date workbook: 3月 has the 4 rows, R-1's 2,000 typed 退货退款; 4月 shows them
    again beside P-2. Hand count: 5 rows inserted (each line shown again counted once, the
    returned row one row); the workbook again with May's tab: 0 inserted, 5 unchanged but
    May's new row. Before: 6 inserted."""
    may = [*row("P-3", "Payer", "2025-05-05", 300, None), None]
    tabs = {"3月": _typed("退货退款"), "4月": _typed(
        "退货退款", [*row("P-2", "Payer", "2025-04-05", 500, None), None])}
    first = write_xlsx(tmp_path / "2025 台账.xlsx", tabs)
    again = write_xlsx(tmp_path / "2025 台账 5月.xlsx", {**tabs, "5月": _typed("退货退款", may)})
    reports = [import_report(r) for r in _same_import(tmp_path, [first], [again])]
    assert "Rows: 5 inserted, 0 updated, 0 unchanged" in reports[0]
    assert "Rows: 1 inserted, 0 updated, 5 unchanged" in reports[1]
