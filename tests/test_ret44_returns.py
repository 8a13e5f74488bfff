"""ret44: returns across files (the customer account).

March's file sells PO-1 "Sofa" 15,000 USD of 03-01, paid 15,000 on 04-10 (hdr40's sale).
Figures: (open, credit on account, revenue) at 06-30.

1. A returns tab's refund column (退款金额 / 已退款金额 / Refund amount): April's 退货 tab lists
   PO-1's 3,000 in 金额 and 3,000 refunded. Left on the return's line, the refund was read as
   no money back (a line's negative receipt is a total lowered): 3,000 on account where the
   clerk wrote the money sent back. Now the refund is a payment row of its own, as a 退货
   list's is: (0, 0, 12,000) in either import order and in one import; 2,000 refunded leaves
   1,000 the buyer's; a blank refund, or no refund column, leaves the 3,000 the buyer's.
2. A return in another currency than its sale's: a 退货 list naming EUR, or a -3,000 row in
   EUR whose 状态 says 退货, of the USD sale. Before: the file that came later set the order's
   currency, PO-1 a sale of 13,888.89 EUR. Now the sale keeps its currency (15,000 USD) in
   every order, and the import names the row and both currencies, in both languages; a
   return in the sale's own currency, and a EUR order's EUR return, are named by no note.
3. Two months' 退货 lists of one order (April's 1,500 of 04-20, May's 1,500 of 05-02), the sale
   writing no 退货金额: May's row takes April's line (its place), one return, 1,500 credited
   in every order (ret44 counted both where April's came first; taken back by fx44r: May's
   list re-sending April's return refunded looks the same, review rv44r F5); the list
   re-sent in its month (a copy) is once, and a running book re-sending April's return in
   May's file counts it once.
4. A return of an order no file sells (PO-9): a 退货 tab's +3,000, a 退货 list's row, a -3,000
   row whose 状态 says 退货. Before: stored as written (a sale of 3,000 open, or 3,000
   credited) with no word said. Now the import names file, sheet, row and order, in both
   languages, a tab's row's note saying it is stored as a sale (fx44r); what it stores is
   left as it was (a question for the product owner); a return
   of a sold order is named by no note, nor a credit note of its own number (CN-2504).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_hdr40_refund_headers import SALE, SALE_HEADER, _figures
from test_lists_audit28 import at, by_name, d

from core import i18n
from core.analysis.serialise import customer_json
from core.ledger.import_result import FileResult

RETURN_HEADER = ["合同号", "客户", "日期", "产品", "金额", "币种"]
RETURN = ["PO-1", "Mumbai Mart", d("2025-04-20"), "Sofa", 3_000, "USD"]
ORDERS = ["AB", "BA", "A+B", "B+A"]


def _rounds(paths: dict[str, Path], order: str) -> list[list[Path]]:
    return ([[paths[k] for k in order.split("+")]] if "+" in order
            else [[paths[k]] for k in order])


def _returned(tmp_path: Path, order: str, header: str, refund: object,
              tab: str = "退货") -> tuple[float, float, float]:
    paths = {"A": write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [SALE_HEADER, SALE]}),
             "B": write_xlsx(tmp_path / "台账 2025-04.xlsx", {
                 tab: [[*RETURN_HEADER, header], [*RETURN, refund]]})}
    _same_import(tmp_path, *_rounds(paths, order))
    return _figures(tmp_path)


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("header", ["退款金额", "已退款金额", "Refund amount"])
def test_a_returns_tabs_refund_column_is_the_money_sent_back(tmp_path: Path, order: str,
                                                             header: str) -> None:
    """Before: (0, 3,000, 12,000), the refund lost."""
    assert _returned(tmp_path, order, header, 3_000) == (0, 0, 12_000)


@pytest.mark.parametrize("order", ORDERS)
def test_a_part_refunded_leaves_the_rest_the_buyers(tmp_path: Path, order: str) -> None:
    """2,000 of the 3,000 sent back: 1,000 on account. Before: 3,000."""
    assert _returned(tmp_path, order, "退款金额", 2_000) == (0, 1_000, 12_000)


@pytest.mark.parametrize("order", ORDERS)
def test_a_blank_refund_keeps_the_credit_the_buyers(tmp_path: Path, order: str) -> None:
    """The ordinary return with nothing sent back yet: 3,000 the buyer's, as before."""
    assert _returned(tmp_path, order, "退款金额", None) == (0, 3_000, 12_000)


@pytest.mark.parametrize("order", ["AB", "BA"])
def test_a_sales_tabs_refund_column_is_as_before(tmp_path: Path, order: str) -> None:
    """Not a returns tab: April's 台账 lists PO-2 8,000 paid 8,000 with 1,000 refunded (its
    own row's refund, hdr40): 1,000 open, as before."""
    po2 = ["PO-2", "Mumbai Mart", d("2025-04-02"), "Desk", 8_000, "USD", "OA 30 days",
           d("2025-04-05"), 8_000, d("2025-04-25"), 1_000]
    paths = {"A": write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [SALE_HEADER, SALE]}),
             "B": write_xlsx(tmp_path / "台账 2025-04.xlsx", {
                 "台账": [[*SALE_HEADER, "退款金额"], po2]})}
    _same_import(tmp_path, *_rounds(paths, order))
    assert _figures(tmp_path) == (1_000, 0, 23_000)


LIST = ["合同号", "客户", "退货金额", "退款金额", "退货日期", "币种"]
STATUS = [*SALE_HEADER, "状态"]


def _back(currency: str) -> list[object]:
    """A -3,000 row in 实收金额 whose 状态 says 退货: PO-1's return and refund (ref43)."""
    return ["PO-1", "Mumbai Mart", d("2025-04-20"), None, None, currency, None, None, -3_000,
            d("2025-04-20"), "退货"]


def _sale(currency: str) -> list[object]:
    return [*SALE[:5], currency, *SALE[6:]]


def _orders(folder: Path) -> list[tuple[object, ...]]:
    found = customer_json(by_name(at(folder / "fast.sqlite", d("2025-06-30")))[
        "Mumbai Mart"])
    return [(r["order_no"], r["currency"], r["amount"]) for r in found["receivables"]]


def _notes(results: list[FileResult]) -> list[str]:
    return [str(w) for r in results for w in r.warnings if w.code == "return_currency"]


def _currency_files(tmp_path: Path, sold: str, back: str, row: bool
                    ) -> dict[str, Path]:
    later = ({"台账": [STATUS, _back(back)]} if row else
             {"退货": [LIST, ["PO-1", "Mumbai Mart", 3_000, 3_000, d("2025-04-20"), back]]})
    return {"A": write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [STATUS, [*_sale(sold),
                                                                              None]]}),
            "B": write_xlsx(tmp_path / "台账 2025-04.xlsx", later)}


@pytest.mark.parametrize("order", ["AB", "BA", "A+B"])
@pytest.mark.parametrize("row", [False, True])
def test_a_return_in_another_currency_leaves_the_sale_as_it_is(tmp_path: Path, order: str,
                                                              row: bool) -> None:
    """Before: PO-1 13,888.89 EUR where B came later."""
    results = _same_import(tmp_path, *_rounds(_currency_files(tmp_path, "USD", "EUR", row),
                                              order))
    assert _orders(tmp_path) == [("PO-1", "USD", 15_000)]
    sheet = "台账" if row else "退货"
    assert _notes(results) == [
        f"“台账 2025-04.xlsx”, sheet “{sheet}”, row 2: a return or refund of order PO-1 in EUR, "
        "where its sale is in USD: counted at the exchange rate, not in the sale's currency. "
        "Check the currency the row names."]
    i18n.set_language("zh_CN")
    try:
        assert [str(w) for r in results for w in r.warnings if w.code == "return_currency"] == [
            f"“台账 2025-04.xlsx”工作表“{sheet}”第 2 行：订单 PO-1 的退货或退款为 EUR，而该订单的"
            "销售为 USD：已按汇率折算，而非按销售币种计。请核对该行所写的币种。"]
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("order", ["AB", "BA", "A+B"])
@pytest.mark.parametrize(("sold", "row"), [("USD", False), ("USD", True), ("EUR", False),
                                           ("EUR", True)])
def test_a_return_in_its_sales_currency_is_named_by_no_note(tmp_path: Path, order: str,
                                                            sold: str, row: bool) -> None:
    """The ordinary return: in its sale's currency, USD or EUR, no note; the sale as sold."""
    results = _same_import(tmp_path, *_rounds(_currency_files(tmp_path, sold, sold, row),
                                              order))
    assert _orders(tmp_path) == [("PO-1", sold, 15_000)]
    assert _notes(results) == []


@pytest.mark.parametrize("order", ["AB", "BA"])
def test_a_payment_in_another_currency_is_named_by_no_note(tmp_path: Path, order: str) -> None:
    """Money received in EUR on the USD sale (a 收款 row, positive): no return, no note."""
    paid = ["PO-1", "Mumbai Mart", d("2025-04-20"), None, None, "EUR", None, None, 1_000,
            d("2025-04-20"), "收款"]
    paths = {"A": write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [STATUS, [*_sale("USD"),
                                                                              None]]}),
             "B": write_xlsx(tmp_path / "台账 2025-04.xlsx", {"台账": [STATUS, paid]})}
    results = _same_import(tmp_path, *_rounds(paths, order))
    assert _orders(tmp_path) == [("PO-1", "USD", 15_000)]
    assert _notes(results) == []


PARTS = ["合同号", "客户", "退货金额", "退货日期"]


def _part(day: str) -> list[list[object]]:
    return [PARTS, ["PO-1", "Mumbai Mart", 1_500, d(day)]]


def _received(folder: Path) -> list[tuple[object, ...]]:
    found = customer_json(by_name(at(folder / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"])
    return [(r["order_no"], r["received"], r["credited"], r["open"]) for r in found["receivables"]]


# Taken back (fx44r, review rv44r F5): a later month's row of the same order and sum is read
# as the earlier month's return sent again, as before ret44 (May's list re-sending April's
# return refunded, dated the refund's day, looks the same): 1,500 in every order.
@pytest.mark.parametrize("order", ["SAB", "ABS", "S+A+B", "SABA", "SBA"])
@pytest.mark.parametrize("folders", [False, True])
def test_two_months_lists_of_one_order_and_sum_are_one_return(tmp_path: Path, order: str,
                                                             folders: bool) -> None:
    """Named by their month, or one name in month folders (2025-04/退货.xlsx): 1,500
    credited, 13,500 received, revenue 13,500 (ret44: 3,000 where April's came first)."""
    places = {"A": "2025-04/退货.xlsx" if folders else "a/退货 2025-04.xlsx",
              "B": "2025-05/退货.xlsx" if folders else "b/退货 2025-05.xlsx"}
    for place in places.values():
        (tmp_path / place).parent.mkdir()
    paths = {"S": write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [SALE_HEADER, SALE]}),
             "A": write_xlsx(tmp_path / places["A"], {"退货": _part("2025-04-20")}),
             "B": write_xlsx(tmp_path / places["B"], {"退货": _part("2025-05-02")})}
    _same_import(tmp_path, *_rounds(paths, order))
    assert _figures(tmp_path) == (0, 0, 13_500)
    assert _received(tmp_path) == [("PO-1", 13_500, 1_500, 0)]


@pytest.mark.parametrize("order", ["SAC", "SCA", "ACS"])
def test_a_months_list_sent_again_counts_once(tmp_path: Path, order: str) -> None:
    """April's list and its copy (副本), the day kept or corrected (04-20 → 04-22): once."""
    (tmp_path / "b").mkdir()
    copy = _part("2025-04-22")
    paths = {"S": write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [SALE_HEADER, SALE]}),
             "A": write_xlsx(tmp_path / "退货 2025-04.xlsx", {"退货": _part("2025-04-20")}),
             "C": write_xlsx(tmp_path / "b" / "退货 2025-04 副本.xlsx", {"退货": copy})}
    _same_import(tmp_path, *_rounds(paths, order))
    assert _figures(tmp_path) == (0, 0, 13_500)


@pytest.mark.parametrize("order", ["MAY", "MYA", "YAM", "M+A+Y"])
def test_a_running_books_return_counts_once(tmp_path: Path, order: str) -> None:
    """March's book sells PO-1; April's re-sends it with its -3,000 退货 row of 04-20; May's
    re-sends both: one return, 3,000 the buyer's."""
    back = ["PO-1", "Mumbai Mart", d("2025-04-20"), "Sofa", -3_000, "USD", None, None, None,
            None, "退货"]
    sale = [*SALE, None]
    paths = {"M": write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [STATUS, sale]}),
             "A": write_xlsx(tmp_path / "台账 2025-04.xlsx", {"台账": [STATUS, sale, back]}),
             "Y": write_xlsx(tmp_path / "台账 2025-05.xlsx", {"台账": [STATUS, sale, back]})}
    _same_import(tmp_path, *_rounds(paths, order))
    assert _figures(tmp_path) == (0, 3_000, 12_000)


UNSOLD = ("“台账 2025-04.xlsx”, sheet “{}”, row 2: a return of order PO-9, which is not sold "
          "in any file imported so far. It is kept as written until the file selling the order is "
          "imported: check the order number.")
UNSOLD_ZH = ("“台账 2025-04.xlsx”工作表“{}”第 2 行：订单 PO-9 的退货，"
             "但至今导入的文件中都没有该订单的销售。在导入销售该订单的文件之前，按原样保留：请核对订单号。")


def _unsold(results: list[FileResult]) -> list[str]:
    return [str(w) for r in results for w in r.warnings if w.code == "unsold_return"]


def _unsold_files(tmp_path: Path, kind: str, number: str = "PO-9") -> dict[str, Path]:
    later = {"tab": {"退货": [RETURN_HEADER, [number, *RETURN[1:]]]},
             "list": {"退货": [LIST, [number, "Mumbai Mart", 3_000, 3_000, d("2025-04-20"),
                                      "USD"]]},
             "row": {"台账": [STATUS, [number, *_back("USD")[1:]]]},
             "note": {"台账": [STATUS, [number, "Mumbai Mart", d("2025-04-20"), "Sofa", -3_000,
                                        "USD", None, None, None, None, "退货"]]}}[kind]
    return {"A": write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [STATUS, [*SALE, None]]}),
            "B": write_xlsx(tmp_path / "台账 2025-04.xlsx", later)}


@pytest.mark.parametrize("order", ["AB", "BA", "A+B"])
@pytest.mark.parametrize(("kind", "sheet"), [("list", "退货"), ("row", "台账")])
def test_a_return_of_an_order_sold_nowhere_is_named(tmp_path: Path, order: str, kind: str,
                                                    sheet: str) -> None:
    """Before: no note."""
    results = _same_import(tmp_path, *_rounds(_unsold_files(tmp_path, kind), order))
    assert _unsold(results) == [UNSOLD.format(sheet)]
    i18n.set_language("zh_CN")
    try:
        assert _unsold(results) == [UNSOLD_ZH.format(sheet)]
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("order", ["AB", "A+B"])
@pytest.mark.parametrize("kind", ["tab", "list", "row"])
def test_a_return_of_a_sold_order_is_named_by_no_note(tmp_path: Path, order: str,
                                                      kind: str) -> None:
    """PO-1's return after its sale, or in one import: no note, as before."""
    results = _same_import(tmp_path, *_rounds(_unsold_files(tmp_path, kind, "PO-1"), order))
    assert _unsold(results) == []
    assert _figures(tmp_path) == ((0, 3_000, 12_000) if kind == "tab" else (0, 0, 12_000))


@pytest.mark.parametrize("order", ["AB", "BA"])
def test_a_credit_note_of_its_own_number_is_named_by_no_note(tmp_path: Path, order: str
                                                             ) -> None:
    """CN-2504 -3,000 (状态 退货) is a credit note of its own number, sold by no file: no note
    (a return naming PO-9 so is not told from it: left as before, 3,000 the buyer's)."""
    results = _same_import(tmp_path, *_rounds(_unsold_files(tmp_path, "note", "CN-2504"),
                                              order))
    assert _unsold(results) == []
    assert _figures(tmp_path) == (0, 3_000, 12_000)
