"""ref42: returns and refunds the reviewer rv41a proved and no pass mended.

PO-1 "Sofa" 15,000 USD of 03-01, shipped 03-05, OA 30 days (hdr40's sale), paid 15,000 on 04-10
or not at all; Mumbai Mart sends goods back. Figures: (open, credit on account, revenue) at 06-30.

F5. The 台账 row's 退货金额 3,000 is the order's total returned; a 退货 tab lists its two parts,
    1,500 of 04-20 and 1,500 of 05-02, both refunded: one return of 3,000 in two parts, either
    tab order: paid (0, 0, 12,000), unpaid (12,000, 0, 12,000), credited 3,000. Before: the
    parts a second return, (0, 0, 9,000) and (9,000, 0, 9,000), credited 6,000.
F7. March: Metro Home's PO-0 10,000 and PO-1 15,000 unpaid; April's row CN-2504, -3,000, 类型
    退货, 备注 "PO-1退货3000": a credit note naming its order in its note is that order's, in
    every import order: PO-0 10,000 open, PO-1 credited 3,000. Before: PO-0 3,000 "received"
    (7,000 open), PO-1 credited 0. One naming no order joins the pool as before.
Two files. A: the 台账 row's 退货金额 3,000 (paid 15,000); B: a 退货 file listing the same return,
    3,000 refunded. One return, its money sent back once, either order and in one import:
    (0, 0, 12,000), received 12,000, credited 3,000. Before: 9,000 received, 3,000 open.
Currency. PO-1 in EUR (15,000, paid), a 退货 list with no 币种 column returning 3,000 of it
    refunded: the return is 3,000 EUR, credited 3,000 of the order's 15,000 and 12,000
    received, revenue 12,960 USD at 1.08, a tab of the workbook in either order, or a file
    of its own after the sale's. Before: 3,000 USD, 2,777.78 EUR credited, revenue 13,200.
Preview. The import dialog's preview of F5's workbook says what the import books: the sale
    row a sale alone (its return the list's parts), the 退货 tab's 2 rows taken. Before: the
    sale row "a sale, and a return of 3,000.00 USD", the tab's 4 rows taken (each row read
    as a return and its refund counted twice).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_hdr40_refund_headers import SALE, SALE_HEADER, _figures
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row

from core.analysis.serialise import customer_json
from core.ledger.preview import preview_file
from core.ledger.report import import_report
from core.store import connect

BOTH = ["合同号", "客户", "退货金额", "退款金额", "退货日期"]


def _receivables(folder: Path, who: str) -> list[tuple[object, ...]]:
    found = customer_json(by_name(at(folder / "fast.sqlite", d("2025-06-30")))[who])
    return sorted((r["order_no"], r["received"], r["credited"], r["open"])
                  for r in found["receivables"])


def _parts_book(folder: Path, tabs: tuple[str, ...], paid: int = 15_000) -> Path:
    """F5's workbook: the sale's 退货金额 3,000, the list's 1,500 + 1,500 refunded."""
    sale = [*SALE[:8], paid or None, SALE[9] if paid else None, 3_000, d("2025-04-20")]
    rows = {"台账": [[*SALE_HEADER, "退货金额", "退货日期"], sale], "退货": [
        BOTH, ["PO-1", "Mumbai Mart", 1_500, 1_500, d("2025-04-20")],
        ["PO-1", "Mumbai Mart", 1_500, 1_500, d("2025-05-02")]]}
    return write_xlsx(folder / "台账 2025-05.xlsx", {tab: rows[tab] for tab in tabs})


@pytest.mark.parametrize("tabs", [("台账", "退货"), ("退货", "台账")])
def test_the_preview_of_a_return_column_total_and_its_parts(tmp_path: Path, tabs):
    """The preview books F5's workbook as the import does: no credit note on the sale row,
    the list's two rows taken as two."""
    book = _parts_book(tmp_path, tabs)
    with connect(tmp_path / "db.sqlite") as conn:
        sheets = {sheet.name: sheet for sheet in preview_file(conn, book).sheets}
    assert sheets["台账"].row_notes == {}
    assert (sheets["台账"].counts.taken, sheets["退货"].counts.taken) == (1, 2)


@pytest.mark.parametrize("tabs", [("台账", "退货"), ("退货", "台账")])
@pytest.mark.parametrize(("paid", "figures"), [(15_000, (0, 0, 12_000)),
                                               (0, (12_000, 0, 12_000))])
def test_a_return_column_total_and_a_list_of_its_parts(tmp_path: Path, tabs, paid, figures):
    """F5: 退货金额 3,000 on the sale's row, the list's 1,500 + 1,500 both refunded: credited
    3,000 once, the money back once, either tab order; the report names no second return."""
    [result] = _same_import(tmp_path, [_parts_book(tmp_path, tabs, paid)])
    assert _figures(tmp_path) == figures
    [(_, received, credited, _)] = _receivables(tmp_path, "Mumbai Mart")
    assert (received, credited) == (12_000 if paid else 0, 3_000)
    assert "Credit notes, lowering their customers' accounts: 2 (“退货” rows 2–3)" in (
        import_report(result))


MARCH = {"台账": [TYPED, [*row("PO-0", "Metro Home", "2025-02-01", 10_000, "2025-02-05"), None,
                          None],
                 [*row("PO-1", "Metro Home", "2025-03-01", 15_000, "2025-03-05"), None, None]]}


def _april(note: str) -> dict[str, list[list[object]]]:
    return {"台账": [TYPED, [*row("CN-2504", "Metro Home", "2025-04-20", -3_000, None), "退货",
                             note]]}


@pytest.mark.parametrize("order", ["AB", "BA", "A+B"])
def test_a_credit_note_of_its_own_number_naming_its_order(tmp_path: Path, order):
    """F7: CN-2504 -3,000 noted "PO-1退货3000" is PO-1's credit, whichever file comes first."""
    paths = {"A": write_xlsx(tmp_path / "台账 2025-03.xlsx", MARCH),
             "B": write_xlsx(tmp_path / "台账 2025-04.xlsx", _april("PO-1退货3000"))}
    rounds = [[paths[k] for k in order.split("+")]] if "+" in order else [[paths[k]]
                                                                          for k in order]
    _same_import(tmp_path, *rounds)
    assert _receivables(tmp_path, "Metro Home") == [("PO-0", 0, 0, 10_000),
                                                     ("PO-1", 0, 3_000, 12_000)]


def test_a_credit_note_naming_no_order_joins_the_pool(tmp_path: Path):
    """CN-2504 noted only 退货3000 names no order: the oldest invoice takes it, as before."""
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-03.xlsx", MARCH)],
                 [write_xlsx(tmp_path / "台账 2025-04.xlsx", _april("退货3000"))])
    assert _receivables(tmp_path, "Metro Home") == [("PO-0", 3_000, 0, 7_000),
                                                     ("PO-1", 0, 0, 15_000)]


@pytest.mark.parametrize("order", ["AB", "BA", "A+B"])
def test_a_return_column_in_one_file_and_its_list_in_another(tmp_path: Path, order):
    """The same 3,000 return as a sale's 退货金额 (A) and a refunded list's row (B): sent back
    once whichever comes first; B sent again changes nothing."""
    sale = [*SALE, 3_000, d("2025-04-20")]
    paths = {"A": write_xlsx(tmp_path / "台账 2025-04.xlsx",
                             {"台账": [[*SALE_HEADER, "退货金额", "退货日期"], sale]}),
             "B": write_xlsx(tmp_path / "退货 2025-04.xlsx", {"退货": [
                 BOTH, ["PO-1", "Mumbai Mart", 3_000, 3_000, d("2025-04-20")]]})}
    rounds = [[paths[k] for k in order.split("+")]] if "+" in order else [[paths[k]]
                                                                          for k in order]
    _same_import(tmp_path, *rounds, [paths["B"]])
    assert _figures(tmp_path) == (0, 0, 12_000)
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 12_000, 3_000, 0)]


@pytest.mark.parametrize("where", ["台账 first", "退货 first", "file after"])
def test_a_return_list_naming_no_currency_is_in_its_orders(tmp_path: Path, where):
    """A 退货 list without 币种 on a EUR order: 3,000 EUR back, credited and refunded."""
    sale = [*SALE[:5], "EUR", *SALE[6:]]
    listed = [BOTH, ["PO-1", "Mumbai Mart", 3_000, 3_000, d("2025-04-20")]]
    if where == "file after":
        _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-04.xlsx",
                                           {"台账": [SALE_HEADER, sale]})],
                     [write_xlsx(tmp_path / "退货 2025-04.xlsx", {"退货": listed})])
    else:
        tabs = {"台账": [SALE_HEADER, sale], "退货": listed}
        order = ["台账", "退货"] if where == "台账 first" else ["退货", "台账"]
        _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-04.xlsx",
                                           {tab: tabs[tab] for tab in order})])
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 12_000, 3_000, 0)]
    assert _figures(tmp_path) == (0, 0, 12_960)


@pytest.mark.parametrize("note", ["PO-1 SF-200退货3台", "PO-1退货 QC-77"])
@pytest.mark.parametrize("order", ["AB", "BA", "A+B", "one file"])
def test_a_credit_note_naming_its_order_and_another_number(tmp_path: Path, order, note):
    """fx42a F1: CN-2504 noted with PO-1 and a number of another kind (a product's, a check's)
    credits PO-1 in every import order: its numbers read against the customer's stored sales
    where the sale is in another file. Before: with March's file apart, PO-0 3,000 received."""
    if order == "one file":
        _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-04.xlsx", {"台账": [
            *MARCH["台账"], _april(note)["台账"][1]]})])
    else:
        paths = {"A": write_xlsx(tmp_path / "台账 2025-03.xlsx", MARCH),
                 "B": write_xlsx(tmp_path / "台账 2025-04.xlsx", _april(note))}
        _same_import(tmp_path, *([[paths[k] for k in order.split("+")]] if "+" in order
                                 else [[paths[k]] for k in order]))
    assert _receivables(tmp_path, "Metro Home") == [("PO-0", 0, 0, 10_000),
                                                     ("PO-1", 0, 3_000, 12_000)]


@pytest.mark.parametrize("order", ["AB", "BA"])
def test_a_credit_note_naming_two_of_the_customers_orders_joins_the_pool(tmp_path: Path, order):
    """CN-2504 noted "PO-0 PO-1退货" says not whose: the pool, in either order, as before."""
    paths = {"A": write_xlsx(tmp_path / "台账 2025-03.xlsx", MARCH),
             "B": write_xlsx(tmp_path / "台账 2025-04.xlsx", _april("PO-0 PO-1退货"))}
    _same_import(tmp_path, *[[paths[k]] for k in order])
    assert _receivables(tmp_path, "Metro Home") == [("PO-0", 3_000, 0, 7_000),
                                                     ("PO-1", 0, 0, 15_000)]


@pytest.mark.parametrize("order", ["AB", "BA"])
def test_a_return_column_and_a_list_of_two_returns_of_its_sum(tmp_path: Path, order):
    """fx42a F5: the sale's 退货金额 3,000 (A, paid 15,000) and a 退货 file listing two 3,000
    returns, both refunded (B): the column's return is one of the list's rows, the other a
    second return: credited 6,000, refunded 6,000, nothing open, either order. Before (A
    first): both rows taken for the column, 3,000 shown on account."""
    paths = {"A": write_xlsx(tmp_path / "台账 2025-04.xlsx", {"台账": [
                 [*SALE_HEADER, "退货金额", "退货日期"], [*SALE, 3_000, d("2025-04-20")]]}),
             "B": write_xlsx(tmp_path / "退货 2025-05.xlsx", {"退货": [
                 BOTH, ["PO-1", "Mumbai Mart", 3_000, 3_000, d("2025-04-20")],
                 ["PO-1", "Mumbai Mart", 3_000, 3_000, d("2025-05-20")]]})}
    _same_import(tmp_path, *[[paths[k]] for k in order])
    assert _figures(tmp_path) == (0, 0, 9_000)
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 9_000, 6_000, 0)]


@pytest.mark.parametrize("tabs", [("台账", "退货"), ("退货", "台账")])
@pytest.mark.parametrize(("parts", "figures"), [((1_500,), (0, 1_500, 12_000)),
                                                ((1_500, 1_000), (0, 500, 12_000))])
def test_a_return_column_total_and_its_parts_listed_so_far(tmp_path: Path, tabs, parts,
                                                            figures):
    """fx42a F4: 退货金额 3,000 on the sale's row (paid 15,000), the 退货 tab listing 1,500 of
    it so far (or 1,500 + 1,000), refunded: one return of 3,000, the refunds as listed, the
    rest owed back on account, either tab order. Before: each part a second return, credited
    4,500 (5,500), revenue 10,500 (9,500), nothing on account."""
    sale = [*SALE, 3_000, d("2025-04-20")]
    rows = {"台账": [[*SALE_HEADER, "退货金额", "退货日期"], sale], "退货": [BOTH, *[
        ["PO-1", "Mumbai Mart", part, part, d(day)]
        for part, day in zip(parts, ("2025-04-20", "2025-05-02"), strict=False)]]}
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-05.xlsx",
                                       {tab: rows[tab] for tab in tabs})])
    assert _figures(tmp_path) == figures
    [(_, _, credited, _)] = _receivables(tmp_path, "Mumbai Mart")
    assert credited == 3_000


@pytest.mark.parametrize("tabs", [("台账", "退货"), ("退货", "台账")])
def test_a_eur_return_total_listed_in_parts_before_its_sale_tab(tmp_path: Path, tabs) -> None:
    """PO-1 15,000 EUR paid, 退货金额 3,000 EUR, its 退货 tab (no 币种) 1,500 + 1,500 refunded:
    one return in either tab order. The parts were matched against the column while the
    list still read as USD, the list then put in EUR: with the 退货 tab first the app booked
    received 9,000, credited 6,000 (the reference import 12,000 / 3,000; code review)."""
    eur = [*SALE[:5], "EUR", *SALE[6:]]
    rows = {"台账": [[*SALE_HEADER, "退货金额", "退货日期"], [*eur, 3_000, d("2025-04-20")]],
            "退货": [BOTH, ["PO-1", "Mumbai Mart", 1_500, 1_500, d("2025-04-20")],
                     ["PO-1", "Mumbai Mart", 1_500, 1_500, d("2025-05-02")]]}
    _same_import(tmp_path, [write_xlsx(tmp_path / "a.xlsx", {t: rows[t] for t in tabs})])
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 12_000, 3_000, 0)]
