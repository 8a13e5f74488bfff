"""ord44: the order of import, and a year book saved again unchanged.

Mumbai Mart; receivables at 2025-06-30: (order, received, credited, open). A wire's row: the
order and customer, 下单日期 the day received (or blank), 金额 blank, 实收金额 and 收款日期, no
type, nothing of a sale (product, quantity, price, cost, ship date).

ord44's rule that stored such a row naming an order no file sold yet as money received was
taken back (rv44o proved it netted a payment of last year's unimported order, or a cancelled
PO's deposit, against this year's debt and took a black-listed buyer off the list): a row
naming an order sold nowhere is skipped and named as before. What stands: the ordinary
ledgers below in every order, and a year book imported again unchanged from another folder
says nothing while an earlier file's lower total is still named.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from openpyxl import load_workbook
from test_fast_import import _same_import
from test_lists_audit28 import d
from test_ref42_returns import _receivables
from test_ref43_returns import STATUS_HEADER

from core.ledger.report import import_report

M = "Mumbai Mart"


def _sale(order: str, amount: int, day: str, paid: int | None = None, on: str | None = None,
          currency: str = "USD") -> list[object]:
    return [order, M, d(day), "Sofa", amount, currency, "OA 30 days", d(day), paid, d(on),
            None, None]


def _wire(order: str, amount: int, day: str, currency: str | None = "USD",
          ordered: str | None = "same") -> list[object]:
    """A wire's row: 下单日期 its day received (or `ordered`), nothing of a sale written."""
    when = d(day) if ordered == "same" else d(ordered)
    return [order, M, when, None, None, currency, None, None, amount, d(day), None, None]


def _rounds(paths: dict[str, Path], order: str) -> list[list[Path]]:
    """"PS": P then S, each its own import; "P+S": both in one import, P first."""
    if "+" in order:
        return [[paths[k] for k in order.split("+")]]
    return [[paths[k]] for k in order]


@pytest.mark.parametrize(("product", "ship", "ordered"), [
    ("Desk", None, "2025-04-05"), (None, "2025-04-03", "2025-04-05"),
    (None, None, "2025-04-01")])
def test_a_sale_whose_amount_was_forgotten_is_still_skipped(tmp_path: Path, product, ship,
                                                            ordered):
    """Not a wire's row: PO-7's row writes a product, a ship date, or an order date before its
    day received (04-05), 金额 blank, 2,000 received; PO-7 sold nowhere. Skipped and named as
    before (the clerk writes its amount), nothing booked."""
    row = [*_wire("PO-7", 2_000, "2025-04-05", ordered=ordered)]
    row[3], row[7] = product, d(ship)
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-04.xlsx", {"台账": [
        STATUS_HEADER, _sale("PO-5", 8_000, "2025-04-02"), row]})])
    assert "row 3: no amount, only 2,000.00 received" in import_report(result)
    assert _receivables(tmp_path, M) == [("PO-5", 0, 0, 8_000)]


# --- the ordinary ledgers the rule must not touch, in both orders ---------------------------

@pytest.mark.parametrize("tabs", [("3月", "4月"), ("4月", "3月")])
def test_a_running_book(tmp_path: Path, tabs):
    """台账.xlsx, 3月 selling MT-1, 4月 writing its 10,500 of 04-20, in either tab order:
    4,500 open."""
    rows = {"3月": [STATUS_HEADER, _sale("MT-1", 15_000, "2025-03-02")],
            "4月": [STATUS_HEADER, _wire("MT-1", 10_500, "2025-04-20")]}
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账.xlsx", {t: rows[t] for t in tabs})])
    assert _receivables(tmp_path, M) == [("MT-1", 10_500, 0, 4_500)]


def test_one_sale_and_its_payment(tmp_path: Path):
    """One sheet: MT-1 sold, its 10,500 on a row of its own: 4,500 open."""
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-04.xlsx", {"台账": [
        STATUS_HEADER, _sale("MT-1", 15_000, "2025-04-02"), _wire("MT-1", 10_500, "2025-04-20")]})])
    assert _receivables(tmp_path, M) == [("MT-1", 10_500, 0, 4_500)]


@pytest.mark.parametrize("order", ["SP", "S+P"])
def test_a_eur_order(tmp_path: Path, order):
    """MT-1 15,000 EUR, its 10,500 EUR wire in 收款.xlsx after it: 4,500 EUR open."""
    paths = {"P": write_xlsx(tmp_path / "收款.xlsx", {"收款": [
                 STATUS_HEADER, _wire("MT-1", 10_500, "2025-04-20", "EUR")]}),
             "S": write_xlsx(tmp_path / "台账 2025-04.xlsx", {"台账": [
                 STATUS_HEADER, _sale("MT-1", 15_000, "2025-04-02", currency="EUR")]})}
    _same_import(tmp_path, *_rounds(paths, order))
    assert _receivables(tmp_path, M) == [("MT-1", 10_500, 0, 4_500)]


@pytest.mark.parametrize("order", ["SAB", "SBA", "S+B+A"])
def test_payment_files_of_one_name_in_month_folders(tmp_path: Path, order):
    """2025-04/收款.xlsx and 2025-05/收款.xlsx each pay PO-1 5,000 (04-20, 05-20): both count,
    5,000 open, April's or May's first (fx43h's rule kept: no re-send of April's)."""
    paths = {"S": write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [
                 STATUS_HEADER, _sale("PO-1", 15_000, "2025-03-01")]}),
             "A": write_xlsx(tmp_path / "2025-04" / "收款.xlsx", {"收款": [
                 STATUS_HEADER, _wire("PO-1", 5_000, "2025-04-20")]}),
             "B": write_xlsx(tmp_path / "2025-05" / "收款.xlsx", {"收款": [
                 STATUS_HEADER, _wire("PO-1", 5_000, "2025-05-20")]})}
    _same_import(tmp_path, *_rounds(paths, order))
    assert _receivables(tmp_path, M) == [("PO-1", 10_000, 0, 5_000)]


# --- a year book imported again unchanged: no "lower and dated earlier" note --------------

def _book(rows: dict[str, tuple[int, str]]) -> dict[str, list[list[object]]]:
    """MT-1 50,000 of 03-01 on each month tab, its received total to date (figure, day)."""
    return {tab: [STATUS_HEADER, _sale("MT-1", 50_000, "2025-03-01", paid, on)]
            for tab, (paid, on) in rows.items()}


YEAR = {"1月": (5_000, "2025-01-10"), "2月": (10_000, "2025-02-10"), "3月": (20_000, "2025-03-10"),
        "4月": (50_000, "2025-04-10")}
LOWER = "lower and dated earlier"


def _saved_again(path: Path) -> Path:
    """The workbook opened and saved again unchanged (its bytes differ: no copy of the one
    imported, which the import would pass over as already imported)."""
    book = load_workbook(path)
    book.properties.creator = "另一位文员"
    book.save(path)
    return path


@pytest.mark.parametrize("folder", ["a", "b"])
def test_a_year_book_imported_again_unchanged(tmp_path: Path, folder):
    """台账2025.xlsx (1月..4月: 1月 5,000 of 01-10 .. 3月 20,000 of 03-10, 4月 50,000 of
    04-10) imported, then the same book saved again unchanged, in its folder or another:
    nothing changed, no note. Before: "1 order line's received figure in this file is lower
    and dated earlier than the one a later file stored" (3月's row against its own 4月's)."""
    results = _same_import(tmp_path, [write_xlsx(tmp_path / "a" / "台账2025.xlsx", _book(YEAR))])
    results += _same_import(tmp_path, [_saved_again(write_xlsx(
        tmp_path / folder / "台账2025.xlsx", _book(YEAR)))])
    assert results[1].status == "imported" and results[1].counts.updated == 0
    assert not any(LOWER in import_report(r) for r in results)
    assert _receivables(tmp_path, M) == [("MT-1", 50_000, 0, 0)]


@pytest.mark.parametrize("order", ["AM", "A+M"])
def test_an_earlier_files_lower_total_is_still_named(tmp_path: Path, order):
    """Not touched: March's file (20,000 of 03-10) imported after April's (50,000 of 04-10):
    the later total kept and the note said, as before."""
    paths = {"A": write_xlsx(tmp_path / "台账 2025-04.xlsx", _book({"4月": YEAR["4月"]})),
             "M": write_xlsx(tmp_path / "台账 2025-03.xlsx", _book({"3月": YEAR["3月"]}))}
    results = _same_import(tmp_path, *_rounds(paths, order))
    assert LOWER in import_report(results[-1])
    assert _receivables(tmp_path, M) == [("MT-1", 50_000, 0, 0)]
