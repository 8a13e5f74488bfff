"""amend36: a later month's file changing a stored line's amount. March's file (台账 2025-03.xlsx)
lists Sofa Co's order S-1 of 03-01: 60 sofas at 100, 6,000, shipped 03-10, OA 30 (due 04-09),
no lot words. April's file (台账 2025-04.xlsx, a workbook of its own, its 4月 tab) lists the
same order otherwise. Its row is dated before April, so it was read as carried forward, which
left the line's amount: 6,000 stayed open, while the same row on a later tab of one workbook
gave 6,500. Each file is imported by the app's import and the reference import, which must
agree; at 06-30 (the payer's last receipt) S-1 is 82 days past due.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from databases import s1_line
from languages import in_chinese
from ledgers import write_xlsx
from test_break34d import HEADER, SOFA, _open, ordered
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lots35 import _payer

from core.ledger.report import import_report

PRICED = [*HEADER, "单价"]


def _row(amount: float, quantity: int, price: float | None = None, currency: str = "USD",
         ship: str = "2025-03-10") -> list[object]:
    """S-1's row: its amount, quantity and unit price (where the file gives one)."""
    row = [*ordered("S-1", amount, ship, quantity), price]
    row[4] = currency
    return row


def _file(path: Path, *rows: list[object]) -> Path:
    """A month's file (台账 2025-04.xlsx): its month's tab (4月), the rows, the payer's."""
    month = int(path.stem.split("-")[1][:2])
    return write_xlsx(path, {f"{month}月": [PRICED, *rows, *[[*r, None] for r in _payer()]]})


def _line(tmp_path: Path) -> tuple[float, float | None, float | None, str, float | None]:
    """S-1's one line as stored: amount, quantity, unit price, currency, received."""
    return s1_line(tmp_path / "fast.sqlite",
                   "amount, quantity, unit_price, currency, received_amount")


def _revenue(tmp_path: Path) -> float:
    return by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))[SOFA].revenue_12m


def _rounds(order: str, march: Path, april: Path) -> list[list[Path]]:
    return {"march first": [[march], [april]], "april first": [[april], [march]]}[order]


MARCH = ("台账 2025-03.xlsx", _row(6_000, 60, 100))


# --- 1. the later file's figure is the order's, in either order ---------------------------

@pytest.mark.parametrize("order", ["march first", "april first"])
def test_april_s_file_raising_the_amount_is_the_order_amended(tmp_path: Path, order: str
                                                              ) -> None:
    """April's file lists S-1 raised to 6,500 (65 sofas: the customer added goods). At 06-30
    6,500 open, revenue 6,500, the report of the file that changed it saying "Amount changed
    6,000 → 6,500" (April's, imported second); April's file imported first, March's after it
    changes nothing and its report names the amount kept, with April's file. Before: 6,000
    open in the first order; in the other March's file took it back to 6,000 ("Amount changed
    6,500 → 6,000")."""
    folder = tmp_path / "ledgers"
    march = _file(folder / MARCH[0], MARCH[1])
    april = _file(folder / "台账 2025-04.xlsx", _row(6_500, 65, 100))
    results = _same_import(tmp_path, *_rounds(order, march, april))
    assert _line(tmp_path) == (6_500, 65, 100, "USD", None)
    assert _open(tmp_path) == [(6_500, 82)]
    assert _revenue(tmp_path) == 6_500
    reports = [import_report(r) for r in results]
    said = ("Amount changed: order S-1 (Sofa Co) sofa: 6,000.00 → 6,500.00 USD "
            "(sheet “4月” row 2)")
    assert (said in reports[1]) == (order == "march first")
    assert not any("6,500.00 → 6,000.00" in report for report in reports)
    kept = ("1 order line's amount in “台账 2025-03.xlsx” differs from the one a later-dated "
            "file wrote (by the months the files are named after): the later amount is kept: "
            "S-1 (“3月” row 2: 6,000.00 / 6,500.00 USD: 台账 2025-04.xlsx)")
    assert (kept in reports[1]) == (order == "april first")


def test_march_s_file_imported_again_after_april_s_leaves_april_s_amount(tmp_path: Path
                                                                         ) -> None:
    """March's file corrected (a note added to S-1) and imported again after April's 6,500:
    an older file's amount, 6,500 stays. Before: 6,000 throughout (April's row never taken;
    imported first, March's took it back, "Amount changed 6,500 → 6,000")."""
    folder = tmp_path / "ledgers"
    march = _file(folder / MARCH[0], MARCH[1])
    april = _file(folder / "台账 2025-04.xlsx", _row(6_500, 65, 100))
    _same_import(tmp_path, [march], [april])
    again = _row(6_000, 60, 100)
    again[-2] = "客户确认"
    [result] = _same_import(tmp_path, [_file(folder / MARCH[0], again)])
    assert result.status == "imported"
    assert _line(tmp_path)[:2] == (6_500, 65)
    assert "Amount changed" not in import_report(result)
    assert "the later amount is kept: S-1 (“3月” row 2: 6,000.00 / 6,500.00 USD" in import_report(
        result)


@pytest.mark.parametrize("name", ["台账 2025-03(1).xlsx", "台账 2025-03 - 副本.xlsx"])
def test_a_copy_of_march_sent_after_april_leaves_april_s_amount(tmp_path: Path, name: str
                                                                ) -> None:
    """A copy of March's file (台账 2025-03(1).xlsx, or “- 副本”, a note added) re-sent after
    April's: still March's month, older than April's: 6,500 stays, nothing made up as
    received, the report naming the amount kept (in Chinese too). Before:
    6,000 throughout (April's row never taken)."""
    folder = tmp_path / "ledgers"
    march = _file(folder / MARCH[0], MARCH[1])
    april = _file(folder / "台账 2025-04.xlsx", _row(6_500, 65, 100))
    _same_import(tmp_path, [march], [april])
    copy = _row(6_000, 60, 100)
    copy[-2] = "客户确认"  # saved again with a note: not the same bytes
    [result] = _same_import(tmp_path, [_file(folder / name, copy)])
    assert result.status == "imported"
    assert _line(tmp_path) == (6_500, 65, 100, "USD", None)
    assert "Amount changed" not in import_report(result)
    assert "S-1 (“3月” row 2: 6,000.00 / 6,500.00 USD: 台账 2025-04.xlsx)" in import_report(result)
    chinese = in_chinese(lambda: import_report(result))
    assert (f"“{name}”中有 1 行订单的金额与日期更晚的文件所写的不同（按文件名所标月份判断）："
            "保留较晚的金额：S-1（“3月”第 2 行：6,000.00 / 6,500.00 USD："
            "台账 2025-04.xlsx）") in chinese  # win41: was "USD: 台账", an English colon


def test_a_later_copy_of_april_corrects_april_s_amount(tmp_path: Path) -> None:
    """April's copy (台账 2025-04(1).xlsx) corrects S-1 to 6,600 after April's 6,500, and
    April's file sent again after its copy leaves the copy's figure: 6,600 open, nothing made
    up as received (its 6,500 no balance left). Before: 6,000 throughout."""
    folder = tmp_path / "ledgers"
    march = _file(folder / MARCH[0], MARCH[1])
    april = _file(folder / "台账 2025-04.xlsx", _row(6_500, 65, 100))
    copy = _file(folder / "台账 2025-04(1).xlsx", _row(6_600, 66, 100))
    _same_import(tmp_path, [march], [april], [copy])
    assert _line(tmp_path)[:2] == (6_600, 66)
    again = _row(6_500, 65, 100)
    again[-2] = "再发"
    _same_import(tmp_path, [_file(folder / "台账 2025-04.xlsx", again)])
    assert _line(tmp_path)[:2] == (6_600, 66)
    assert _open(tmp_path) == [(6_600, 82)]


# --- 2. a lower amount that says why it is lower ---------------------------------------------

@pytest.mark.parametrize("order", ["march first", "april first"])
def test_a_discount_in_april_s_file_lowers_the_order(tmp_path: Path, order: str) -> None:
    """April's file gives S-1 a discount: 60 sofas at 90, 5,400. The order is 5,400, nothing
    received: 5,400 open, revenue 5,400. Before: March first, the line kept 6,000 with 600
    made up as received (revenue 6,000); April first, March's file took it back to 6,000
    open."""
    folder = tmp_path / "ledgers"
    march = _file(folder / MARCH[0], MARCH[1])
    april = _file(folder / "台账 2025-04.xlsx", _row(5_400, 60, 90))
    results = _same_import(tmp_path, *_rounds(order, march, april))
    assert _line(tmp_path) == (5_400, 60, 90, "USD", None)
    assert _open(tmp_path) == [(5_400, 82)]
    assert _revenue(tmp_path) == 5_400
    if order == "march first":
        assert "6,000.00 → 5,400.00 USD" in import_report(results[1])


@pytest.mark.parametrize("order", ["march first", "april first"])
def test_goods_taken_off_in_april_s_file_lower_quantity_and_amount(tmp_path: Path, order: str
                                                                   ) -> None:
    """April's file: S-1 cut to 54 sofas, 5,400 (no unit price column filled). 5,400 open,
    54 sofas, nothing received. Before: 6,000 and 60 kept, 600 made up as received."""
    folder = tmp_path / "ledgers"
    march = _file(folder / MARCH[0], _row(6_000, 60))
    april = _file(folder / "台账 2025-04.xlsx", _row(5_400, 54))
    _same_import(tmp_path, *_rounds(order, march, april))
    assert _line(tmp_path) == (5_400, 54, None, "USD", None)
    assert _open(tmp_path) == [(5_400, 82)]


def test_a_lower_amount_saying_no_why_is_still_the_balance_left(tmp_path: Path) -> None:
    """Guard: April's row of S-1 at 4,000, the same 60 sofas at 100 (a 上月未收 row's balance,
    its words left out): still the balance left, 2,000 received, 4,000 open."""
    folder = tmp_path / "ledgers"
    march = _file(folder / MARCH[0], MARCH[1])
    april = _file(folder / "台账 2025-04.xlsx", _row(4_000, 60, 100))
    _same_import(tmp_path, [march], [april])
    assert _line(tmp_path) == (6_000, 60, 100, "USD", 2_000)
    assert _open(tmp_path) == [(4_000, 82)]


# --- 3. another currency, and a later tab of one workbook --------------------------------

@pytest.mark.parametrize("order", ["march first", "april first"])
def test_april_s_amount_in_another_currency_restates_nothing(tmp_path: Path, order: str
                                                             ) -> None:
    """April's file writes S-1 in euros, 5,500 EUR (its 币种 column): a conversion for the
    books, not the order amended. March's 6,000 USD stays, nothing received, no amount change
    said. Before: March first, 500 made up as received (6,000 less 5,500, currencies
    ignored): 5,500 open."""
    folder = tmp_path / "ledgers"
    march = _file(folder / MARCH[0], MARCH[1])
    april = _file(folder / "台账 2025-04.xlsx", _row(5_500, 60, None, "EUR"))
    results = _same_import(tmp_path, *_rounds(order, march, april))
    if order == "march first":
        assert _line(tmp_path) == (6_000, 60, 100, "USD", None)
        assert "Amount changed" not in import_report(results[1])
    assert _open(tmp_path) == [(6_000, 82)]


def test_a_later_tab_raising_the_amount_brings_its_quantity(tmp_path: Path) -> None:
    """The same in one workbook (3月 then 4月 tabs): 6,500, as before, and now 65 sofas with
    it (before: the quantity stayed 60)."""
    folder = tmp_path / "ledgers"
    payer = [[*r, None] for r in _payer()]
    [result] = _same_import(tmp_path, [write_xlsx(folder / "台账.xlsx", {
        "3月": [PRICED, MARCH[1]], "4月": [PRICED, _row(6_500, 65, 100), *payer]})])
    assert _line(tmp_path) == (6_500, 65, 100, "USD", None)
    assert "6,000.00 → 6,500.00 USD" in import_report(result)



@pytest.mark.parametrize("order", ["march first", "april first"])
def test_one_name_kept_in_month_folders_is_dated_by_its_folder_s_tabs(tmp_path: Path,
                                                                      order: str) -> None:
    """台账.xlsx in the folders 2025-03 and 2025-04 (its 3月 and 4月 tabs), April's raising S-1
    to 6,500: 6,500 open in either order. Before: 6,000 either way (imported April first,
    March's 台账.xlsx took it back: "Amount changed 6,500 → 6,000")."""
    def month(number: int, row: list[object]) -> Path:
        return write_xlsx(tmp_path / "ledgers" / f"2025-{number:02d}" / "台账.xlsx", {
            f"{number}月": [PRICED, row, *[[*r, None] for r in _payer()]]})
    results = _same_import(tmp_path, *_rounds(order, month(3, MARCH[1]),
                                               month(4, _row(6_500, 65, 100))))
    assert _line(tmp_path) == (6_500, 65, 100, "USD", None)
    assert _open(tmp_path) == [(6_500, 82)]
    assert not any("6,500.00 → 6,000.00" in import_report(r) for r in results)
