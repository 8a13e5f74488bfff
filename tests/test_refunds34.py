"""refunds34: refunds and credit notes as a clerk writes them beside a return of goods, and
refunds beyond what was paid, tried on Rio's and Lima's ledgers (break33c's, late33's) by the
app's import and the reference's. Each test's docstring gives the hand count."""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_break32 import _owed
from test_break33c import _lima
from test_break33d import SALES, _imported, _tab
from test_corrected_payments_pay32 import NAIROBI, _pay
from test_fast_import import _same_import
from test_late33 import PAYMENTS, RIO, _analysed_alike
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row
from test_repro33 import _numbered

from core.ledger.report import import_report

# --- 2. returned goods' value offset against a payment is no money sent back ---------------


@pytest.mark.parametrize("files", ["one", "two"])
@pytest.mark.parametrize("note", ["L-2 退回货物货款抵扣", "退回货物款冲抵货款",
                                  "退还货物，货款抵减"])
def test_returned_goods_offset_against_a_payment_is_no_refund(tmp_path: Path, note, files):
    """Lima's 5,000 of 05-10 on the 收款 sheet says the value of goods it sent back was set
    against L-2 (退回货物货款抵扣): an offset, what L-2 owes lowered, no money going out. Hand
    count at 06-30: L-2 settled, nothing open, Lima on no list. Before: read as 5,000 sent
    back, L-2 5,000 and L-1's 5,000 open, 10,000 in all."""
    report, figures = _lima(tmp_path, note, files)
    assert figures == (0, None, {}, 0)
    assert "refund" not in report


# --- 3. refunds beyond what was paid: together, and in another currency ---------------------

def _beyond(tmp_path: Path, ledger: list[list[object]], *tabs: list[list[object]]) -> str:
    """The ledger with the first 收款 tab, then the bank's list of each later tab: the last
    import's report."""
    folder = tmp_path / "ledgers"
    rounds = [[write_xlsx(folder / "台账 2025-05.xlsx", {"台账": ledger, "收款": tabs[0]})]]
    rounds += [[write_xlsx(folder / f"银行水单 {n}.xlsx", {"收款": tab})]
               for n, tab in enumerate(tabs[1:])]
    return import_report(_same_import(tmp_path, *rounds)[-1])


SENT = ["Rio Rugs", d("2025-03-20"), -10_000, "退汇"]
AGAIN = ["Rio Rugs", d("2025-05-20"), -10_000, "退汇"]


@pytest.mark.parametrize("tabs", [[[PAYMENTS, SENT, AGAIN]], [[PAYMENTS, SENT],
                                                              [PAYMENTS, AGAIN]]])
def test_two_refunds_together_beyond_what_was_paid_are_named(tmp_path: Path, tabs):
    """Rio paid 15,000; 10,000 went back on 03-20 and another 10,000 on 05-20 (one tab, or
    the second in the bank's list imported after). Each is within 15,000, the two take
    20,000: 5,000 of it from nothing. Before: nothing said."""
    report = _beyond(tmp_path, RIO, *tabs)
    row = 3 if len(tabs) == 1 else 2
    assert (f"1 refund is more than its customer paid less the refunds before it (row {row}: "
            "10,000.00 + 10,000.00 > "
            "15,000.00 USD)") in report
    assert "row 2: 10,000.00 >" not in report
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    assert (rio.open_amount, rio.credit_on_account) == (15_000, 0)


def test_two_refunds_within_what_was_paid_are_not_named(tmp_path: Path):
    """5,000 and 10,000 sent back of Rio's 15,000: all of it, nothing beyond."""
    report = _beyond(tmp_path, RIO, [PAYMENTS, [*SENT[:2], -5_000, "退汇"], AGAIN])
    assert "more than its customer paid less" not in report


EURO = [RIO[0], *([*line[:4], "EUR", *line[5:]] for line in RIO[1:3]), RIO[3]]
IN_USD = [*PAYMENTS, "币种"]


@pytest.mark.parametrize(("sent", "named"), [(-2_000, None),
                                             (-30_000, "30,000.00 > 16,200.00 USD")])
def test_a_refund_in_another_currency_than_the_receipts_is_weighed_against_them(
        tmp_path: Path, sent, named):
    """Rio paid 15,000 EUR (16,200 USD at the default 1.08); the 收款 sheet books a refund
    in USD. 2,000 USD is within what Rio paid; 30,000 USD is beyond it by 13,800. Before:
    every USD refund was weighed against USD receipts only (2,000.00 > 0.00 USD named)."""
    report = _beyond(tmp_path, EURO, [IN_USD, [*SENT[:2], sent, "退汇", "USD"]])
    if named is None:
        assert "more than its customer paid less" not in report
    else:
        assert f"(row 2: {named})" in report
        said = in_chinese(lambda: _beyond(tmp_path / "zh", EURO, [IN_USD, [
            *SENT[:2], sent, "退汇", "USD"]]))
        assert "有 1 笔退汇超过该客户已付款减去此前退汇" in said


# --- 1. goods returned and their money refunded (退货退款): the sale and the money both lower ---

def _rio_returned(tmp_path: Path, ledger: list[list[object]], tab: list[list[object]] | None
                  ) -> tuple[str, tuple[object, ...]]:
    """Rio's ledger (and its 收款 tab): the report and Rio's figures at 06-30 (open, list,
    receivables, credit on account, revenue)."""
    sheets = {"台账": ledger, **({"收款": tab} if tab else {})}
    results = _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-05.xlsx", sheets)])
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    return import_report(results[0]), (*_owed(rio), rio.credit_on_account,
                                       round(rio.revenue_12m, 2))


@pytest.mark.parametrize("amount", [2_000, -2_000])
@pytest.mark.parametrize("kind", ["退货退款", "退货并退款"])
def test_a_row_typed_goods_returned_and_refunded_lowers_the_sale_and_the_money(
        tmp_path: Path, monkeypatch, amount, kind):
    """The ledger's 类型 column types R-1's row of 03-20 (2,000) 退货退款: 2,000 of goods came
    back and their 2,000 went back to Rio. Hand count at 06-30: 13,000 sold, 15,000 paid less
    2,000 sent back: nothing open, no credit, Rio on no list, revenue 13,000. Before: a
    credit note only, the 2,000 still counted paid: 2,000 credit on account."""
    ledger = [[*HEADER, "类型"], *([*line, None] for line in RIO[1:]),
              [*row("R-1", "Rio Rugs", "2025-03-20", amount, None), kind]]
    report, figures = _rio_returned(tmp_path, ledger, None)
    assert figures == (0, None, {}, 0, 13_000)
    assert "(row 5): read as a refund" in report and ", 4 rows taken" in report
    _analysed_alike(tmp_path, monkeypatch)


@pytest.mark.parametrize("amount", [2_000, -2_000])
def test_a_payment_noted_goods_returned_and_refunded_lowers_the_sale_too(tmp_path: Path,
                                                                         monkeypatch, amount):
    """The 收款 sheet books 2,000 of 03-20 noted 退货退款 R-1: goods returned, their money
    sent back. Hand count as above: nothing open, no credit, revenue 13,000. Before: a
    refund only, the sale standing: R-2 2,000 open 49 days past due, Rio watched."""
    report, figures = _rio_returned(tmp_path, RIO, [PAYMENTS, [
        "Rio Rugs", d("2025-03-20"), amount, "退货退款 R-1"]])
    assert figures == (0, None, {}, 0, 13_000)
    assert "(row 2): read as a refund" in report
    assert "“收款”: header in row 1, 1 row taken" in report
    _analysed_alike(tmp_path, monkeypatch)


# --- 4. a wire split over invoices, its parts' list imported after the whole, or the whole ----
# written where the parts were: the note says what this sheet's rows hold, in their order


def _split_imported(tmp_path: Path, files: list[tuple[str, dict[str, list[list[object]]]]],
                    order: tuple[int, ...]) -> tuple[tuple[float, float], str]:
    owed, reports = _imported(tmp_path, files, order)
    return owed[NAIROBI], reports[-1]


def test_a_wire_s_parts_imported_after_the_whole_are_said_as_parts(tmp_path: Path):
    """The bank's list (imported first) has Nairobi's 8,000 of 04-20; the ledger's 收款明细
    then writes it in parts, N-2 3,000 on row 2 above N-1 5,000 on row 3. Hand count: 8,000
    paid, N-1 5,000 open. Before: the note said row 2 was one payment with the sum of the
    other list's ("row 2 (… “水单” 2, 8,000.00 2025-04-20 = 3,000.00 + 5,000.00)"), row 3
    unnamed: the words of the other order of import."""
    owed, report = _split_imported(tmp_path, [
        ("台账 2025-04.xlsx", {"台账": SALES, "收款明细": _numbered(
            ("N-2", "2025-04-20", 3_000), ("N-1", "2025-04-20", 5_000))}),
        ("银行水单 2025-04.xlsx", {"水单": _tab(_pay(NAIROBI, "2025-04-20", 8_000))})], (1, 0))
    assert owed == (5_000, 0)
    assert ("Sheet “收款明细”: 1 wire another list stored whole, without an invoice, is written "
            "here in parts naming their invoices") in report
    assert ("rows 2 + 3 (银行水单 2025-04.xlsx “水单” row 2: 3,000.00 + 5,000.00 = 8,000.00 "
            "2025-04-20)") in report
    said = in_chinese(lambda: _split_imported(tmp_path / "zh", [
        ("台账 2025-04.xlsx", {"台账": SALES, "收款明细": _numbered(
            ("N-2", "2025-04-20", 3_000), ("N-1", "2025-04-20", 5_000))}),
        ("银行水单 2025-04.xlsx", {"水单": _tab(_pay(NAIROBI, "2025-04-20", 8_000))})],
        (1, 0))[1])
    assert "在本表按发票分开记为几笔" in said


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_wire_written_whole_where_the_other_file_had_parts_is_said_once(tmp_path: Path,
                                                                         order):
    """April's 收款明细 writes Nairobi's 6,000 of 04-20 in parts, N-2 2,000 on row 2 above
    N-1 4,000 on row 3; May's 收款 has the one wire whole on row 2 (imported after April's,
    or before). Hand count: 7,000 paid, 6,000 open. Before: the note named the one row once
    a part, as two payments ("2 payments …, rows 2 (… 2: … N-2 …), 2 (… 3: … N-1 …)")."""
    april = ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
        _pay(NAIROBI, "2025-04-22", 1_000)), "收款明细": _numbered(
        ("N-2", "2025-04-20", 2_000), ("N-1", "2025-04-20", 4_000))})
    may = ("台账 2025-05.xlsx", {"台账": SALES, "收款": _tab(
        _pay(NAIROBI, "2025-04-20", 6_000), _pay(NAIROBI, "2025-04-22", 1_000))})
    owed, report = _split_imported(tmp_path, [april, may], order)
    assert owed == (6_000, 0)
    if order == (0, 1):
        assert ("Sheet “收款”: 1 payment re-sent under another invoice is a part of one wire "
                "the earlier file had whole, or the whole of one it had in parts, row 2 "
                "(台账 2025-04.xlsx “收款明细” rows 2 + 3: Nairobi Deco N-2 + Nairobi Deco N-1 → "
                "Nairobi Deco, 2,000.00 + 4,000.00 → 6,000.00 2025-04-20)") in report
    else:  # April's parts imported last: each its own row, in their order
        assert ("rows 2 (台账 2025-05.xlsx “收款” row 2: Nairobi Deco → Nairobi Deco N-2, "
                "6,000.00 → 2,000.00 2025-04-20), 3 (") in report
