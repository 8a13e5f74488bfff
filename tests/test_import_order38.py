"""order38: the order in which files (and a workbook's tabs) are imported never changes a
customer's account. Each scenario imports small files through the real import (and the
reference import, compared after every file: test_fast_import._same_import) in every order
and checks Mumbai's figures at 06-30 against a hand count."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_lots36 as lots36
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_break34d import _open, ordered
from test_fast_import import _same_import
from test_import_order36 import A, B, _every_order
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row
from test_lots35b import _overwritten


def _paid_sale() -> list[object]:
    """MT-1: 15,000 of 03-01, shipped 03-05, 12,000 received 04-10 (3,000 of its goods
    came back)."""
    return [*row("MT-1", "Mumbai Mart", "2025-03-01", 15_000, "2025-03-05", 12_000,
                 "2025-04-10"), None, None]


def _return_row() -> list[object]:
    """MT-1's return written positive: +3,000 of 04-20, not shipped, its status 退货."""
    return [*row("MT-1", "Mumbai Mart", "2025-04-20", 3_000, None, status="退货"), None, None]


def test_a_positive_return_s_file_imported_before_its_sale(tmp_path: Path):
    """A: MT-1 sold 15,000, 12,000 received. B: only MT-1's +3,000 退货 row (goods not
    shipped). Hand count: nothing open, revenue 12,000, in every order. Before: B first,
    its row was stored as a sale of 3,000 (its 退货 not kept) and A's file, older by its
    name, left that amount: 3,000 open, revenue 3,000."""
    figures = _every_order(tmp_path, {"台账": [TYPED, _paid_sale()]},
                           {"台账": [TYPED, _return_row()]})
    assert figures[0] == 0 and figures[5] == 12_000


def test_the_positive_return_s_file_sent_again_after_its_sale(tmp_path: Path):
    """B (the +3,000 return alone), A (the sale), B's row again from another folder with
    another buyer's order (read again, not known by its bytes). Hand count: nothing open,
    revenue 12,000: the return made a credit note is found again, not a sale again."""
    for folder in ("1", "2", "3"):
        (tmp_path / folder).mkdir()
    payer = [*row("P-1", "Payer", "2025-04-25", 1_000, "2025-04-26"), None, None]
    _same_import(tmp_path, [write_xlsx(tmp_path / "1" / B, {"台账": [TYPED, _return_row()]})],
                 [write_xlsx(tmp_path / "2" / A, {"台账": [TYPED, _paid_sale()]})],
                 [write_xlsx(tmp_path / "3" / B, {"台账": [TYPED, _return_row(), payer]})])
    who = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    assert (round(who.open_amount, 2), who.credit_on_account, round(who.revenue_12m, 2)) == (
        0, 0, 12_000)


def _typed_note() -> list[object]:
    """MT-1's credit note typed 退货, -3,000 of 04-20."""
    return [*row("MT-1", "Mumbai Mart", "2025-04-20", -3_000, None), "退货", None]


@pytest.mark.parametrize("returned", [_typed_note, _return_row])
@pytest.mark.parametrize("tabs", [("台账", "退货"), ("退货", "台账")])
def test_a_workbook_s_return_tab_before_its_sale_tab(tmp_path: Path, returned, tabs):
    """One workbook: a 台账 tab selling MT-1 15,000 (12,000 paid) and a 退货 tab holding its
    return (-3,000 typed 退货, or +3,000 not shipped, status 退货), in either tab order. Hand
    count: nothing open, revenue 12,000. Before: the 退货 tab first, the sale on the later
    tab overwrote the return's line (3,000 open, revenue 15,000)."""
    rows = {"台账": [TYPED, _paid_sale()], "退货": [TYPED, returned()]}
    _same_import(tmp_path, [write_xlsx(tmp_path / A, {tab: rows[tab] for tab in tabs})])
    who = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    assert (round(who.open_amount, 2), who.credit_on_account, round(who.revenue_12m, 2)) == (
        0, 0, 12_000)


def _noted_sale() -> list[object]:
    """MT-1 15,000, 12,000 received, its note 退货3000 (a return of 3,000: core.ledger.
    noted_returns)."""
    return [*_paid_sale()[:-1], "退货3000"]


@pytest.mark.parametrize("returned", [_typed_note, _return_row])
def test_a_noted_return_and_its_return_row_in_another_file(tmp_path: Path, returned):
    """A: MT-1's sale noted 退货3000. B: the same return's row, -3,000 typed 退货 or +3,000 not
    shipped with its status 退货. Hand count: one return, nothing open, no credit, revenue
    12,000 in every order. Before: the return was counted twice (3,000 credit on account,
    revenue 9,000): A first for the typed note, B first for the +3,000 row."""
    figures = _every_order(tmp_path, {"台账": [TYPED, _noted_sale()]},
                           {"台账": [TYPED, returned()]})
    assert figures[0] == 0 and figures[3] == 0 and figures[5] == 12_000


@pytest.mark.parametrize("returned", [_typed_note, _return_row])
@pytest.mark.parametrize("tabs", [("台账", "退货"), ("退货", "台账")])
def test_a_noted_return_and_its_return_row_on_another_tab(tmp_path: Path, tabs, returned):
    """One workbook: MT-1's sale noted 退货3000 on its 台账 tab, the return's row (-3,000
    typed 退货, or +3,000 not shipped, status 退货) on a 退货 tab, in either tab order. Hand
    count: one return: nothing open, revenue 12,000 (was 3,000 credit, revenue 9,000)."""
    rows = {"台账": [TYPED, _noted_sale()], "退货": [TYPED, returned()]}
    _same_import(tmp_path, [write_xlsx(tmp_path / A, {tab: rows[tab] for tab in tabs})])
    who = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    assert (round(who.open_amount, 2), who.credit_on_account, round(who.revenue_12m, 2)) == (
        0, 0, 12_000)


def test_an_original_s_noted_return_its_revision_takes_out(tmp_path: Path):
    """A: 台账 2025-03.xlsx, MT-1 15,000 (12,000 paid) noted 退货3000. B: its revision, 台账
    2025-03 修订.xlsx, the same row without the note (a revision is the later of the two and
    replaces its original's rows: core.ledger.revised_files; its sale's note taken out removes
    the return, core.ledger.dropped_returns). Hand count: no return, 3,000 open, revenue 15,000
    in every order. Before: the original imported after its revision read its note again:
    nothing open, revenue 12,000."""
    figures = _every_order(tmp_path, {"台账": [TYPED, _noted_sale()]},
                           {"台账": [TYPED, _paid_sale()]}, "台账 2025-03 修订.xlsx")
    assert figures[0] == 3_000 and figures[5] == 15_000



def _with_received(received: float, on: str, note: str) -> list[object]:
    """MT-1 15,000 of 03-01, shipped 03-05, `received` on `on`, noted `note`."""
    return [*row("MT-1", "Mumbai Mart", "2025-03-01", 15_000, "2025-03-05", received, on), None,
            note]


def test_a_balance_row_in_the_next_month_s_file(tmp_path: Path):
    """A (March): MT-1 15,000, its 4,500 deposit received 03-02, noted 定金. B (April): MT-1's
    row again, 10,500 received 04-15, noted 尾款 (the balance: that payment, not the total).
    Hand count: 4,500 + 10,500, nothing open, revenue 15,000, in every order. Before: the
    10,500 was read as the total received: 4,500 open."""
    figures = _every_order(tmp_path, {"台账": [TYPED, _with_received(4_500, "2025-03-02", "定金")]},
                           {"台账": [TYPED, _with_received(10_500, "2025-04-15", "尾款")]})
    assert figures[0] == 0 and figures[5] == 15_000


@pytest.mark.parametrize("again", ["台账 2025-03.xlsx", "台账 2025-03 (1).xlsx"])
@pytest.mark.parametrize("order", ["march first", "april first"])
def test_an_older_reader_s_database_re_imported_keeps_the_firm_s_receipt(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, order: str, again: str) -> None:
    """lots36's case in a database an older reader wrote: March's file, S-1's first lot, 80
    sofas, 8,000, shipped 03-10, 4,000 received (typed, no date); April's, the second lot,
    4,000, shipped 04-10, 第二批, which the older reader let overwrite March's line. Both
    re-imported (March's as itself or as its copy (1)), in either order. Hand count: 12,000
    ordered, 4,000 in: 8,000 open as 4,000 on each lot (82 and 51 days). Before: March then
    April cleared the firm's 4,000 as a made-up balance, 12,000 open."""
    folder = tmp_path / "ledgers"
    march = lots36._file(folder / "台账 2025-03.xlsx",
                         ordered("S-1", 8_000, "2025-03-10", 80, 4_000))
    april = lots36._file(folder / "台账 2025-04.xlsx",
                         ordered("S-1", 4_000, "2025-04-10", 40, note="第二批"))
    _overwritten(tmp_path, monkeypatch, march, april)
    copy = folder / "again" / again
    copy.parent.mkdir()
    copy.write_bytes(march.read_bytes())
    _same_import(tmp_path, *([[copy], [april]] if order == "march first"
                             else [[april], [copy]]))
    assert _open(tmp_path) == [(4_000, 82), (4_000, 51)]


@pytest.mark.parametrize("order", ["march first", "april first"])
def test_an_older_reader_s_lot_re_imported_as_its_copy(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       order: str) -> None:
    """lots35b's case: March's file, S-1 60 sofas, 6,000, shipped 03-10; April's, the second
    lot, 4,000, shipped 04-10, 第二批, which an older reader let overwrite March's line (2,000
    made up as received). March's file and April's sent again as its copy, 台账 2025-04
    (1).xlsx, re-imported in either order. Hand count: nothing received, 10,000 open as 6,000
    (82 days) and 4,000 (51 days). Before: the copy's name was never read by the older reader,
    so the made-up 2,000 stayed: 8,000 open."""
    folder = tmp_path / "ledgers"
    march = lots36._file(folder / "台账 2025-03.xlsx", ordered("S-1", 6_000, "2025-03-10", 60))
    april = lots36._file(folder / "台账 2025-04.xlsx",
                         ordered("S-1", 4_000, "2025-04-10", 40, note="第二批"))
    _overwritten(tmp_path, monkeypatch, march, april)
    copy = folder / "again" / "台账 2025-04 (1).xlsx"
    copy.parent.mkdir()
    copy.write_bytes(april.read_bytes())
    _same_import(tmp_path, *([[march], [copy]] if order == "march first"
                             else [[copy], [march]]))
    assert _open(tmp_path) == [(6_000, 82), (4_000, 51)]
