"""ref43: one return's refunds across files.

PO-1 "Sofa" 15,000 USD of 03-01, paid 15,000 on 04-10 (hdr40's sale); the sale's 退货金额 3,000
is the order's total returned. Figures: (open, credit on account, revenue) at 06-30.

1. Parts so far, then the rest next month: April's file, the sale (退货金额 3,000) and its 退货
   tab's 1,500 refunded; May's 退货 file the second 1,500. Both parts refunded: nothing on
   account (0, 0, 12,000), credited 3,000, in either import order. Before: 1,500 on account.
2. The column in March's file, a 退货 file of 1,500 + 1,500 for PO-1: credited 3,000, received
   12,000, either order. Before: credited 6,000.
3. The import dialog's preview takes a file's returns by the import's own steps
   (core.ledger.return_marks): a list naming no currency in its orders', a 退货 list's row
   said as the import books it (a return refunded, a refund alone, another file's).
4. A credit note whose note names its order sold in another file (fx42a): the import report's
   credit_ref is that order (was null).
5. -3,000 in 已收金额 (no 金额) on a row whose 状态 or 备注 says 退货, naming a sold order: that
   order's return and its refund (was refused, "no amount"); naming none, refused as before.
6. A 退货 list naming no currency imported before its EUR sale: 3,000 EUR once the sale comes
   (was 3,000 USD, 2,777.78 EUR credited).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from reference_import import reference_import_files
from test_fast_import import _same_import
from test_hdr40_refund_headers import SALE, SALE_HEADER, _figures
from test_lists_audit28 import d
from test_ref42_returns import BOTH, MARCH, _april, _receivables

from core import i18n
from core.ledger.import_result import result_json
from core.ledger.importer import import_files
from core.ledger.preview import preview_file
from core.store import connect

RETURNED = [*SALE_HEADER, "退货金额", "退货日期"]


def _rounds(paths: dict[str, Path], order: str) -> list[list[Path]]:
    return [[paths[k] for k in order.split("+")]] if "+" in order else [[paths[k]]
                                                                        for k in order]


def _part(day: str) -> list[object]:
    return ["PO-1", "Mumbai Mart", 1_500, 1_500, d(day)]


@pytest.mark.parametrize("order", ["AB", "BA", "A+B"])
def test_a_return_listed_in_parts_in_two_months_files(tmp_path: Path, order):
    """1: April's 1,500 so far (its own tab beside the sale), May's 1,500 the rest."""
    paths = {"A": write_xlsx(tmp_path / "台账 2025-04.xlsx", {
                 "台账": [RETURNED, [*SALE, 3_000, d("2025-04-20")]],
                 "退货": [BOTH, _part("2025-04-20")]}),
             "B": write_xlsx(tmp_path / "退货 2025-05.xlsx", {"退货": [BOTH, _part("2025-05-02")]})}
    _same_import(tmp_path, *_rounds(paths, order))
    assert _figures(tmp_path) == (0, 0, 12_000)
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 12_000, 3_000, 0)]


@pytest.mark.parametrize("order", ["AB", "BA", "A+B"])
def test_a_return_column_and_its_parts_in_another_file(tmp_path: Path, order):
    """2: March's 退货金额 3,000, a 退货 file listing 1,500 + 1,500: one return of 3,000."""
    paths = {"A": write_xlsx(tmp_path / "台账 2025-03.xlsx", {
                 "台账": [RETURNED, [*SALE, 3_000, d("2025-04-20")]]}),
             "B": write_xlsx(tmp_path / "退货 2025-05.xlsx", {"退货": [
                 BOTH, _part("2025-04-20"), _part("2025-05-02")]})}
    _same_import(tmp_path, *_rounds(paths, order))
    assert _figures(tmp_path) == (0, 0, 12_000)
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 12_000, 3_000, 0)]


def _notes(tmp_path: Path, book: Path, name: str = "db.sqlite") -> dict[str, dict[int, str]]:
    with connect(tmp_path / name) as conn:
        return {sheet.name: {i: str(note) for i, note in sheet.row_notes.items()}
                for sheet in preview_file(conn, book).sheets}


REFUNDED = "a return of {}, refunded: a credit note on its order and the money sent back"


@pytest.mark.parametrize("tabs", [("台账", "退货"), ("退货", "台账")])
def test_the_preview_of_a_eur_orders_return_listed_in_parts(tmp_path: Path, tabs):
    """3: PO-1 in EUR, 退货金额 3,000, its 退货 tab (no 币种) 1,500 + 1,500: the preview puts the
    list in EUR as the import does, so the parts are the column's return: the sale row a sale
    alone, each list row a return of 1,500.00 EUR refunded. Before: the sale row "a sale, and
    a return of 3,000.00 EUR", the list's rows "a payment received, not an order"."""
    eur = [*SALE[:5], "EUR", *SALE[6:]]
    rows = {"台账": [RETURNED, [*eur, 3_000, d("2025-04-20")]],
            "退货": [BOTH, _part("2025-04-20"), _part("2025-05-02")]}
    notes = _notes(tmp_path, write_xlsx(tmp_path / "a.xlsx", {t: rows[t] for t in tabs}))
    assert notes == {"台账": {}, "退货": {0: REFUNDED.format("1,500.00 EUR"),
                                          1: REFUNDED.format("1,500.00 EUR")}}


def test_the_preview_of_a_return_list_alone(tmp_path: Path):
    """3: a 退货 list's row is a return and its refund, not "a payment received", in both
    languages (the Chinese from the catalogue)."""
    book = write_xlsx(tmp_path / "退货.xlsx", {"退货": [
        BOTH, ["PO-1", "Mumbai Mart", 3_000, 3_000, d("2025-04-20")]]})
    assert _notes(tmp_path, book) == {"退货": {0: REFUNDED.format("3,000.00 USD")}}
    i18n.set_language("zh_CN")
    with connect(tmp_path / "db.sqlite") as conn:
        [sheet] = preview_file(conn, book).sheets
    assert str(sheet.row_notes[0]) == (
        "一笔 3,000.00 USD 的退货，已退款：记为其订单的贷项，货款已退回")


def test_the_preview_says_a_part_so_far_and_another_files_parts(tmp_path: Path):
    """3: the list's 1,500 of the sale's 3,000 so far is a refund alone (the column's credit
    note the return's); a list file's parts of March's stored column are booked there."""
    sale = {"台账": [RETURNED, [*SALE, 3_000, d("2025-04-20")]]}
    book = write_xlsx(tmp_path / "a.xlsx", {**sale, "退货": [BOTH, _part("2025-04-20")]})
    assert _notes(tmp_path, book)["退货"] == {0: (
        "a refund of 1,500.00 USD, not an order: the money sent back for a return its "
        "order's sale row writes")}
    import_files(tmp_path / "db.sqlite", [write_xlsx(tmp_path / "台账 2025-03.xlsx", sale)])
    parts = write_xlsx(tmp_path / "退货 2025-05.xlsx", {"退货": [
        BOTH, _part("2025-04-20"), _part("2025-05-02")]})
    booked = "1,500.00 USD of a return its order's sale row writes in another file: booked there"
    assert _notes(tmp_path, parts) == {"退货": {0: booked, 1: booked}}


@pytest.mark.parametrize("note", ["PO-1退货3000", "PO-1 SF-200退货3台"])
def test_the_report_names_the_order_a_credit_note_credits_across_files(tmp_path: Path, note):
    """4: March's file sells PO-0 and PO-1, April's CN-2504 -3,000 noted "PO-1退货3000"
    credits PO-1 (fx42a): April's import report says so, its credit note's credit_ref PO-1,
    by the app's import and the reference import alike. Before: null."""
    march = write_xlsx(tmp_path / "台账 2025-03.xlsx", MARCH)
    april = write_xlsx(tmp_path / "台账 2025-04.xlsx", _april(note))
    *_, result = _same_import(tmp_path, [march], [april])
    [credit] = result_json(result)["credit_notes"]
    assert (credit["row"], credit["amount"], credit["credit_ref"]) == (2, -3_000, "PO-1")
    slow = reference_import_files(tmp_path / "slow2.sqlite", [march])
    *_, slow = reference_import_files(tmp_path / "slow2.sqlite", [april])
    assert [v.credit_ref for v in slow.review.credit_notes] == ["PO-1"]


STATUS_HEADER = [*SALE_HEADER, "状态", "备注"]


def _sent_back(order: str | None, status: str | None, note: str | None) -> list[object]:
    """A clerk's row of a return's refund: 已收金额 -3,000 and no 金额."""
    return [order, "Mumbai Mart", d("2025-04-20"), None, None, "USD", None, None, -3_000,
            d("2025-04-20"), status, note]


@pytest.mark.parametrize(("status", "note"), [("退货", None), (None, "退货"), ("退货", "PO-1退货")])
@pytest.mark.parametrize("where", ["same tab", "next file"])
def test_minus_received_on_a_row_saying_returned_is_its_orders_return(tmp_path: Path, status,
                                                                       note, where):
    """5: -3,000 in 已收金额 on a row of PO-1 whose 状态 or 备注 says 退货 is PO-1's return and
    its refund, as a 退货 list's refunded row: credited 3,000, received 12,000, in its sale's
    tab or a file after it. Before: refused, "no amount, only -3,000.00 received"."""
    sale, back = [*SALE, None, None], _sent_back("PO-1", status, note)
    if where == "same tab":
        rounds = [[write_xlsx(tmp_path / "a.xlsx", {"台账": [STATUS_HEADER, sale, back]})]]
    else:
        rounds = [[write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [STATUS_HEADER, sale]})],
                  [write_xlsx(tmp_path / "台账 2025-04.xlsx", {"台账": [STATUS_HEADER, back]})]]
    results = _same_import(tmp_path, *rounds)
    assert not results[-1].skipped
    assert _figures(tmp_path) == (0, 0, 12_000)
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 12_000, 3_000, 0)]


@pytest.mark.parametrize("order", [None])
def test_minus_received_saying_returned_of_no_sold_order_is_refused(tmp_path: Path, order):
    """5: naming no order, the row is still refused, by sheet and row, with what to write;
    PO-1's account as its sale alone. (One naming an order nothing sells yet is held as a 退货
    list's row is, until its sale comes: test_fx43a_returns, F5.)"""
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "a.xlsx", {"台账": [
        STATUS_HEADER, [*SALE, None, None], _sent_back(order, "退货", None)]})])
    [skipped] = result.skipped
    assert (skipped.sheet, skipped.row) == ("台账", 3)
    assert str(skipped.message).startswith("no amount, only -3,000.00 received")
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 15_000, 0, 0)]


def test_a_return_list_naming_no_currency_before_its_eur_sale(tmp_path: Path):
    """6: a 退货 list (no 币种) of PO-1's 3,000 imported before the file selling PO-1 in EUR:
    3,000 EUR back once the sale's file comes, as the list imported after it reads; the list
    sent again with a second return of 500 adds that return alone. Before: 3,000 USD, 2,777.78
    EUR credited, revenue 13,200 USD."""
    listed = [BOTH, ["PO-1", "Mumbai Mart", 3_000, 3_000, d("2025-04-20")]]
    returns = write_xlsx(tmp_path / "退货 2025-04.xlsx", {"退货": listed})
    sale = write_xlsx(tmp_path / "台账 2025-04.xlsx", {"台账": [
        SALE_HEADER, [*SALE[:5], "EUR", *SALE[6:]]]})
    _same_import(tmp_path, [returns], [sale])
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 12_000, 3_000, 0)]
    assert _figures(tmp_path) == (0, 0, 12_960)
    _same_import(tmp_path, [write_xlsx(tmp_path / "退货 2025-04.xlsx", {"退货": [
        *listed, ["PO-1", "Mumbai Mart", 500, 500, d("2025-05-20")]]})])
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 11_500, 3_500, 0)]
