"""fx43g: key43's line matching and fx43c's version names mended where a reviewer proved them
wrong. March's file (tab 3月) holds MT-1's line A (300 × 100 = 30,000, paid 30,000 by 03-20)
and line B (100 × 200 = 20,000, paid 5,000); each scenario is written by openpyxl and imported
one file at a time by the app's import and the reference import (compared after every file),
the account read as the customers list reads it, counted by hand."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_import_order36 import A as PLAIN
from test_lists_audit28 import at, by_name, d
from test_ord42_order import _typo
from test_ord43_order import _imported, _open, _paid

from core.ledger.revised_files import revised, revises

HEADER = ["合同号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
          "收款日期", "产品", "数量", "单价"]
BUYER = "Mint Trading"


def line(amount: float, paid: float | None, quantity: int | None,
         on: str = "2025-03-20") -> list[object]:
    """A line of MT-1 of 03-01, shipped 03-10 on OA 30, naming no product."""
    return ["MT-1", BUYER, d("2025-03-01"), amount, "USD", "OA 30 days", d("2025-03-10"), paid,
            d(on) if paid else None, None, quantity,
            None if quantity is None else round(amount / quantity, 2)]


LA, LB = line(30_000, 30_000, 300), line(20_000, 5_000, 100)
B15 = line(20_000, 15_000, 100, on="2025-04-15")  # B, paid 15,000 by 04-15
C = line(8_000, None, 80)  # a new line, 80 × 100, nothing paid
WIRE = ["MT-1", BUYER, d("2025-04-15"), 0, "USD", "OA 30 days", None, 10_000, d("2025-04-15"),
        None, None, None]  # a 10,000 wire row of MT-1, keyed apart (paid=)


def _months(tmp_path: Path, *april: list[object]) -> Path:
    march = write_xlsx(tmp_path / "台账 2025-03.xlsx", {"3月": [HEADER, LA, LB]})
    later = write_xlsx(tmp_path / "台账 2025-04.xlsx", {"4月": [HEADER, *april]})
    _same_import(tmp_path, [march], [later])
    return tmp_path / "fast.sqlite"


def _account(db: Path) -> tuple[float, float]:
    """MT-1's buyer's open amount and 12 months' revenue at 06-30."""
    found = by_name(at(db, d("2025-06-30")))[BUYER]
    return round(sum(r.open for r in found.receivables), 2), round(found.revenue_12m, 2)


def _lines(db: Path) -> list[tuple[str, float, float | None]]:
    with sqlite3.connect(db) as conn:
        return list(conn.execute("SELECT line_key, amount, received_amount FROM order_lines "
                                 "WHERE line_key LIKE 'o:mt-1|#%' ORDER BY line_key"))


@pytest.mark.parametrize(("b", "open_"), [(LB, 23_000), (B15, 13_000)])
def test_a_new_priced_line_on_a_later_tab_is_no_summing_row(tmp_path: Path, b: list[object],
                                                             open_: float) -> None:
    """4 April's 4月 tab: A, a new line C (80 × 100 = 8,000), B (as it was | paid 15,000).
    C is a line with its own quantity and unit price: 23,000 | 13,000 open, 58,000 sold.
    Before: C, carried (dated before its tab's month) with no product, was read as the order's
    balance (amount 0): 8,000 | 5,000 open, 50,000."""
    assert _account(_months(tmp_path, LA, C, b)) == (open_, 58_000)


@pytest.mark.parametrize("rows", [[LA, B15, WIRE], [B15, LA, WIRE]])
def test_a_payment_row_leaves_the_sale_lines_matched(tmp_path: Path, rows: list[list[object]]
                                                     ) -> None:
    """3 April: B (paid 15,000), A and a 10,000 wire row, in either row order: the same
    account, 5,000 open, 50,000 sold, A's and B's lines their own. Before: the wire row
    turned matching off; B above A swapped their figures (0 open, "Amount changed")."""
    db = _months(tmp_path, *rows)
    assert _account(db) == (5_000, 50_000)
    assert _lines(db)[:2] == [("o:mt-1|#0", 30_000, 30_000), ("o:mt-1|#1", 20_000, 15_000)]


def test_one_row_of_an_order_of_two_lines_is_matched(tmp_path: Path) -> None:
    """2 April lists only B (paid 15,000): B's line, A's kept: 5,000 open, 50,000 sold.
    Before: B took A's place #0 (20,000 open, 40,000 sold)."""
    assert _account(_months(tmp_path, B15)) == (5_000, 50_000)


def test_march_re_sent_without_a(tmp_path: Path) -> None:
    """2b March's file re-sent from another folder without A: B's line, A's kept: 15,000
    open. Before: B overwrote A's line (30,000 open)."""
    first = write_xlsx(tmp_path / "a" / "台账 2025-03.xlsx", {"3月": [HEADER, LA, LB]})
    again = write_xlsx(tmp_path / "b" / "台账 2025-03.xlsx", {"3月": [HEADER, LB]})
    _same_import(tmp_path, [first], [again])
    assert _account(tmp_path / "fast.sqlite") == (15_000, 50_000)


def test_a_row_alike_no_stored_line_is_a_new_line(tmp_path: Path) -> None:
    """1 April: C (8,000 unpaid) then B (paid 15,000); A, paid in full, not carried. C shares
    no quantity or amount with A, and says none of A's 30,000 received: a new line, 13,000
    open, 58,000 sold. Before: C took A's place, keeping A's 30,000 received (0 open)."""
    db = _months(tmp_path, C, B15)
    assert _account(db) == (13_000, 58_000)
    assert _lines(db) == [("o:mt-1|#0", 30_000, 30_000), ("o:mt-1|#1", 20_000, 15_000),
                          ("o:mt-1|#2", 8_000, None)]


def test_a_corrected_amount_without_quantities_keeps_its_place(tmp_path: Path) -> None:
    """Guard: a ledger with no quantity or unit price: April lists B, then A corrected to
    31,000; A has only its amount to tell and keeps its place (1,000 + 15,000 open), never
    a new line beside the old one (46,000)."""
    def bare(amount: float, paid: float, on: str = "2025-03-20") -> list[object]:
        return line(amount, paid, None, on)[:10]
    march = write_xlsx(tmp_path / "台账 2025-03.xlsx", {"3月": [
        HEADER[:10], bare(30_000, 30_000), bare(20_000, 5_000)]})
    april = write_xlsx(tmp_path / "台账 2025-04.xlsx", {"3月": [
        HEADER[:10], bare(20_000, 5_000), bare(31_000, 30_000)]})
    _same_import(tmp_path, [march], [april])
    assert _lines(tmp_path / "fast.sqlite") == [("o:mt-1|#0", 31_000, 30_000),
                                                ("o:mt-1|#1", 20_000, 5_000)]


@pytest.mark.parametrize(("old", "new"), [
    (PLAIN, "台账 2025-03 V2.0.xlsx"), ("台账 2025-03 V1.0.xlsx", "台账 2025-03 V2.0.xlsx"),
    (PLAIN, "台账 2025-03 v2.1.xlsx"), (PLAIN, "台账 2025-03 修改版.xlsx"),
    (PLAIN, "台账 2025-03 修改.xlsx")])
def test_a_version_with_a_minor_number_or_修改_is_a_revision(tmp_path: Path, old: str,
                                                            new: str) -> None:
    """5 The corrected copy (4,500 by 03-10) imported first, the typo original (45,000)
    after it: 45,500 open, as with 修订 or v2. Before: V2.0 and 修改版 were read as no
    revision, the typo taken (5,000 open)."""
    files = {"B": (new, _paid(4_500, "2025-03-10")), "A": (old, _typo(45_000))}
    db, _results = _imported(tmp_path, files, "BA")
    assert _open(db) == 45_500
    assert revises(new, old) and not revises(old, new)


def test_version_ranks_and_the_revision_word() -> None:
    """v2.1 revises v2.0 and v2, never the other way; 修改 is a revision word as 修订 is."""
    assert revises("台账 2025-03 v2.1.xlsx", "台账 2025-03 V2.0.xlsx")
    assert not revises("台账 2025-03 V2.0.xlsx", "台账 2025-03 v2.1.xlsx")
    assert not revises("台账 2025-03 V2.0.xlsx", "台账 2025-03 v2.xlsx")
    assert revised("台账 2025-03 修改版.xlsx") and not revised("台账 2025-03 V2.0.xlsx")


@pytest.mark.parametrize("word", ["修改", "修订", "更正", "修正"])
def test_a_name_saying_before_the_change_is_no_revision(word: str) -> None:
    """台账 2025-04 修改前.xlsx is the copy kept from before the change, never its revision:
    fx43g's 修改 had made it one (a CI failure mended for 修改 alone, then for every word
    the final read-through found: 修订前, 更正前, 修正前 were revisions still)."""
    older, newer = f"台账 2025-04 {word}前.xlsx", f"台账 2025-04 {word}.xlsx"
    assert not revised(older) and revised(newer)
    assert not revises(older, "台账 2025-04.xlsx")
