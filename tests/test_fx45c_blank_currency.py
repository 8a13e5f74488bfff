"""An old order listed again with its 币种 blank keeps its currency (fx45c).

DN-3, Ningbo Supply's January order, still open: April's 台账 lists it 100 × 700 = 70,000 人民币,
May's again with the 币种 cell blank (or on a sheet with no 币种 column). The firm's default is
USD. Imported April then May, the line became 70,000 USD (order CNY): open and revenue 70,000
where April alone said 9,723, no word; May then April, the line CNY, its order USD. Now the
line and order stay CNY either way, as April alone reads them. Each import is compared with the
reference import (tests/reference_import) table by table.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from account_cli import customers
from openpyxl import Workbook
from test_fast_import import _same_import

from core import settings_store
from core.store import connect

HEADER = ["合同号", "客户", "产品", "下单日期", "数量", "单价", "金额", "币种", "付款方式",
          "出货日期", "已收金额", "收款日期"]
AS_OF = date(2025, 7, 31)
NINGBO, HANOI = "Ningbo Supply", "Hanoi Home"


def row(no: str | None, customer: str, quantity: int, price: int, currency: str | None,
        ordered: str, paid: float | None = None, paid_on: str | None = None) -> list[object]:
    return [no, customer, "Valve", datetime.fromisoformat(ordered), quantity, price,
            quantity * price, currency, "OA 30 days", datetime.fromisoformat(ordered),
            paid, datetime.fromisoformat(paid_on) if paid_on else None]


def write(path: Path, tab: str, rows: list[list[object]], currency_column: bool = True) -> Path:
    """One tab written with openpyxl; without its 币种 column where `currency_column` is false."""
    book = Workbook()
    sheet = book.active
    sheet.title = tab
    for values in [HEADER, *rows]:
        sheet.append(values)
    if not currency_column:
        sheet.delete_cols(HEADER.index("币种") + 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def dn3(currency: str | None, number: str | None = "DN-3", paid: float | None = None
        ) -> list[object]:
    return row(number, NINGBO, 100, 700, currency, "2025-01-10", paid,
               "2025-03-20" if paid else None)


def stored(tmp_path: Path) -> list[tuple]:
    """Each line: (amount, currency, received, received currency, its order's currency)."""
    conn = sqlite3.connect(tmp_path / "fast.sqlite")
    try:
        return conn.execute(
            "SELECT l.amount, l.currency, l.received_amount, l.received_currency, o.currency "
            "FROM order_lines l JOIN orders o ON o.id = l.order_id ORDER BY l.id").fetchall()
    finally:
        conn.close()


def money(tmp_path: Path, name: str) -> tuple[float, float]:
    found = customers(tmp_path / "fast.sqlite", AS_OF)["by_name"][name]
    return found["open_amount"], found["revenue_12m"]


def april_alone(tmp_path: Path, april: Path) -> tuple[float, float]:
    _same_import(tmp_path / "alone", [april])
    return money(tmp_path / "alone", NINGBO)


@pytest.mark.parametrize("may_first", [False, True])
@pytest.mark.parametrize("currency_column", [True, False])  # F1: a blank cell; F1c: no column
@pytest.mark.parametrize("number", ["DN-3", None])
def test_a_blank_currency_keeps_the_old_orders_cny(tmp_path: Path, may_first: bool,
                                                   currency_column: bool,
                                                   number: str | None) -> None:
    april = write(tmp_path / "in" / "台账 2025-04.xlsx", "4月", [dn3("人民币", number)])
    may = write(tmp_path / "in" / "台账 2025-05.xlsx", "5月", [dn3(None, number)],
                currency_column)
    alone = april_alone(tmp_path, april)
    assert alone[0] == pytest.approx(9_723, abs=1)  # 70,000 CNY in USD

    _same_import(tmp_path, *([[may], [april]] if may_first else [[april], [may]]))
    assert stored(tmp_path) == [(70_000, "CNY", None, None, "CNY")]
    assert money(tmp_path, NINGBO) == alone  # was 70,000 and 70,000 (April first)


@pytest.mark.parametrize("may_first", [False, True])
def test_its_payment_stays_in_cny_too(tmp_path: Path, may_first: bool) -> None:
    """April's row says 20,000 received; May's repeats it, 币种 blank: 20,000 CNY received,
    50,000 CNY open (was 70,000 USD, 20,000 USD received: 50,000 USD open)."""
    april = write(tmp_path / "in" / "台账 2025-04.xlsx", "4月", [dn3("人民币", paid=20_000)])
    may = write(tmp_path / "in" / "台账 2025-05.xlsx", "5月", [dn3(None, paid=20_000)])
    alone = april_alone(tmp_path, april)
    assert alone[0] == pytest.approx(50_000 / 70_000 * alone[1], abs=1)

    _same_import(tmp_path, *([[may], [april]] if may_first else [[april], [may]]))
    assert stored(tmp_path) == [(70_000, "CNY", 20_000, None, "CNY")]
    assert money(tmp_path, NINGBO) == alone


def test_an_ordinary_month_writing_every_currency_is_as_before(tmp_path: Path) -> None:
    """Every row writes its 币种 (a USD and an EUR order, each carried into May): as before."""
    rows = [row("PO-1", HANOI, 100, 100, "USD", "2025-01-10"),
            row("PO-2", HANOI, 50, 100, "EUR", "2025-02-10")]
    april = write(tmp_path / "in" / "台账 2025-04.xlsx", "4月", rows)
    may = write(tmp_path / "in" / "台账 2025-05.xlsx", "5月",
                [*rows, row("PO-3", HANOI, 10, 100, "EUR", "2025-05-03")])
    _same_import(tmp_path, [april], [may])
    assert stored(tmp_path) == [(10_000, "USD", None, None, "USD"),
                                (5_000, "EUR", None, None, "EUR"),
                                (1_000, "EUR", None, None, "EUR")]


@pytest.mark.parametrize("blank_in_may", [False, True])
def test_no_currency_column_from_the_first_month_reads_the_default(
        tmp_path: Path, blank_in_may: bool) -> None:
    """A domestic order first imported from a sheet without 币种 is the firm's default (USD),
    as before, in May too: without the column, or with it and the cell blank."""
    april = write(tmp_path / "in" / "台账 2025-04.xlsx", "4月", [dn3(None)], False)
    may = write(tmp_path / "in" / "台账 2025-05.xlsx", "5月",
                [dn3(None), row("PO-4", HANOI, 10, 100, None, "2025-05-03")], blank_in_may)
    _same_import(tmp_path, [april], [may])
    assert stored(tmp_path) == [(70_000, "USD", None, None, "USD"),
                                (1_000, "USD", None, None, "USD")]
    assert money(tmp_path, NINGBO) == (70_000, 70_000)


@pytest.mark.parametrize("kind", ["payment", "credit note"])
def test_a_payment_or_credit_note_in_another_currency_leaves_a_blank_read_order(
        tmp_path: Path, kind: str):
    """cr45c: April without a 币种 column (DN-3 10,000 in the default USD); May lists only a
    5,000 EUR payment, or a -1,000 EUR credit note, of DN-3. The order read from blank cells
    took that row's EUR (its invoice 9,259.26 EUR, 4,259 EUR open); a payment's or a credit
    note's currency is not the order's: it stays USD, as before fx45c."""
    april = write(tmp_path / "in" / "台账 2025-04.xlsx", "4月",
                  [row("DN-3", NINGBO, 100, 100, None, "2025-01-10")], currency_column=False)
    if kind == "payment":
        may_row = row("DN-3", NINGBO, 0, 0, "EUR", "2025-01-10", 5_000, "2025-05-05")
        may_row[4] = may_row[5] = may_row[6] = None
    else:
        may_row = row("DN-3", NINGBO, -10, 100, "EUR", "2025-01-10")
    may = write(tmp_path / "in" / "台账 2025-05.xlsx", "5月", [may_row])
    _same_import(tmp_path, [april], [may])
    assert {line[-1] for line in stored(tmp_path)} == {"USD"}
    assert stored(tmp_path)[0][:2] == (10_000.0, "USD")


def june_payment(tmp_path: Path, on_a_list: bool) -> Path:
    """DN-3's 20,000 paid on June 10th: a row of its own on June's 台账 (金额 and 币种 blank), or
    a line of a 收款 list naming no currency."""
    if on_a_list:
        book = Workbook()
        sheet = book.active
        sheet.title = "收款"
        sheet.append(["合同号", "客户", "收款日期", "收款金额"])
        sheet.append(["DN-3", NINGBO, datetime(2025, 6, 10), 20_000])
        book.save(path := tmp_path / "in" / "收款 2025-06.xlsx")
        return path
    pay = row("DN-3", NINGBO, 0, 0, None, "2025-01-10", 20_000, "2025-06-10")
    pay[4] = pay[5] = pay[6] = None
    return write(tmp_path / "in" / "台账 2025-06.xlsx", "6月", [pay])


@pytest.mark.parametrize("may_first", [False, True])
@pytest.mark.parametrize("on_a_list", [False, True])
@pytest.mark.parametrize("currency_column", [True, False])  # May's cell blank, or no column
def test_a_later_payment_of_the_kept_order_is_in_its_cny(tmp_path: Path, may_first: bool,
                                                         on_a_list: bool,
                                                         currency_column: bool) -> None:
    """G1: April 人民币, May blank, then June's 20,000 payment of DN-3 (币种 blank, or on a 收款
    list): 20,000 CNY received, 50,000 CNY (6,945 USD) open, black, as April and June alone.
    The kept line had lost its written word (May's blank its last showing), so the payment was
    read in USD: open 0, no list."""
    april = write(tmp_path / "in" / "台账 2025-04.xlsx", "4月", [dn3("人民币")])
    may = write(tmp_path / "in" / "台账 2025-05.xlsx", "5月", [dn3(None)], currency_column)
    june = june_payment(tmp_path, on_a_list)
    _same_import(tmp_path / "alone", [april], [june])
    alone = money(tmp_path / "alone", NINGBO)
    assert alone[0] == pytest.approx(6_945, abs=1)

    _same_import(tmp_path, *([[may], [april]] if may_first else [[april], [may]]), [june])
    assert stored(tmp_path) == [(70_000, "CNY", None, None, "CNY"),
                                (0, "CNY", 20_000, None, "CNY")]
    assert money(tmp_path, NINGBO) == alone
    found = customers(tmp_path / "fast.sqlite", AS_OF)["by_name"][NINGBO]
    assert found.get("list") == "black"


def test_a_written_received_currency_of_the_default_is_kept(tmp_path: Path) -> None:
    """G4: PO-7, 100 × 100 = 10,000 EUR listed in April; May's row leaves 币种 blank and writes
    5,000 received, 实收币种 USD (the firm's default): 5,000 USD received (4,630 EUR), 5,800 USD
    open. The USD received was read as the line's EUR: 5,000 EUR received, 5,400 open."""
    def tab(path: Path, tab_name: str, currency: str | None, paid: float | None,
            paid_in: str | None) -> Path:
        book = Workbook()
        sheet = book.active
        sheet.title = tab_name
        sheet.append([*HEADER, "实收币种"])
        sheet.append([*row("PO-7", HANOI, 100, 100, currency, "2025-02-10", paid,
                           "2025-05-10" if paid else None), paid_in])
        path.parent.mkdir(parents=True, exist_ok=True)
        book.save(path)
        return path

    april = tab(tmp_path / "in" / "台账 2025-04.xlsx", "4月", "EUR", None, None)
    may = tab(tmp_path / "in" / "台账 2025-05.xlsx", "5月", None, 5_000, "USD")
    _same_import(tmp_path, [april], [may])
    assert stored(tmp_path) == [(10_000, "EUR", 5_000, "USD", "EUR")]
    assert money(tmp_path, HANOI)[0] == pytest.approx(5_800, abs=1)


@pytest.mark.parametrize("currency_column", [False, True])  # no 币种 column, or its cells blank
def test_a_default_corrected_after_the_first_month_reads_the_blank_line_again(
        tmp_path: Path, currency_column: bool) -> None:
    """R1 (rv46f): April imported under the default USD, DN-3's 币种 never written (70,000 USD
    stored from a blank); the clerk sets the base currency to CNY; May carries DN-3 again, 已收
    20,000: 50,000 CNY open, black, as before fx45c. The carried line kept its USD, read from
    a blank as May's is: 359,971 CNY open, watch."""
    april = write(tmp_path / "in" / "台账 2025-04.xlsx", "4月", [dn3(None)], currency_column)
    may_row = dn3(None, paid=20_000)
    may_row[-1] = datetime(2025, 5, 10)
    may = write(tmp_path / "in" / "台账 2025-05.xlsx", "5月", [may_row], currency_column)
    _same_import(tmp_path, [april])
    for name in ("fast.sqlite", "slow.sqlite"):
        with connect(tmp_path / name) as conn:
            settings_store.put(conn, "base_currency", "CNY")
    _same_import(tmp_path, [may])
    assert stored(tmp_path) == [(70_000, "CNY", 20_000, None, "USD")]
    assert money(tmp_path, NINGBO) == (50_000, 70_000)
    found = customers(tmp_path / "fast.sqlite", AS_OF)["by_name"][NINGBO]
    assert found.get("list") == "black"


def june_row(quantity: int, product: str = "Valve") -> list[object]:
    """A row of DN-3 of its own dated June 5th, 币种 blank: a return (quantity below 0) or a
    new lot."""
    found = row("DN-3", NINGBO, quantity, 700, None, "2025-06-05")
    found[2] = product
    return found


@pytest.mark.parametrize("may_blank", [True, False])
def test_a_blank_return_of_the_kept_order_is_in_its_cny(tmp_path: Path, may_blank: bool
                                                         ) -> None:
    """G3 (rv46f): April 人民币, May blank (or no May), June carries DN-3 blank and returns half
    of it, -50 × 700 = -35,000, 币种 blank: 35,000 CNY (4,862 USD) open, 131 days, black, as
    with June's 人民币 written. The return was read in USD against the kept 9,723 USD line:
    open 0, revenue -25,277, on no list (main: 35,000 open, watch). (Black where the data
    records receipts: /tmp/rv46f g3_half_return; here, with none, to be confirmed.)"""
    april = write(tmp_path / "in" / "台账 2025-04.xlsx", "4月", [dn3("人民币")])
    may = write(tmp_path / "in" / "台账 2025-05.xlsx", "5月", [dn3(None)])
    june = write(tmp_path / "in" / "台账 2025-06.xlsx", "6月", [dn3(None), june_row(-50)])
    said = write(tmp_path / "in" / "said" / "台账 2025-06.xlsx", "6月", [
        dn3("人民币"), [*june_row(-50)[:7], "人民币", *june_row(-50)[8:]]])
    _same_import(tmp_path / "said", [april], [said])
    truth = customers(tmp_path / "said" / "fast.sqlite", AS_OF)["by_name"][NINGBO]
    assert truth["open_amount"] == pytest.approx(4_862, abs=1)

    _same_import(tmp_path, [april], *([[may]] if may_blank else []), [june])
    assert [line[:2] for line in stored(tmp_path)] == [(70_000, "CNY"), (-35_000, "CNY")]
    found = customers(tmp_path / "fast.sqlite", AS_OF)["by_name"][NINGBO]
    assert (found["open_amount"], found["revenue_12m"], found.get("list")) == (
        truth["open_amount"], truth["revenue_12m"], truth.get("list"))


def test_a_blank_new_lot_stays_in_the_default_and_a_reused_number_too(tmp_path: Path) -> None:
    """rv46f new_lot_blank: June adds a lot of DN-3 dated June 5th, 10 × 700 = 7,000, 币种
    blank: a sale, so read in the firm's USD as any blank sale (16,723 open; 10,695 if the
    clerk meant CNY, 77,000 on main). Read in the order's CNY, an order number reused a year
    later took its new buyer from watch to black (rv46f2, below). A lot of an order whose
    lines name two currencies, or of a new order, stays in the default too."""
    april = write(tmp_path / "in" / "台账 2025-04.xlsx", "4月", [
        dn3("人民币"), row("PO-1", HANOI, 10, 100, "EUR", "2025-03-10"),
        row("PO-1", HANOI, 10, 100, "人民币", "2025-03-10")])
    april_rows = load_rows(april)
    april_rows[-1][2] = "Chair"
    april = write(april, "4月", april_rows)
    may = write(tmp_path / "in" / "台账 2025-05.xlsx", "5月", [dn3(None)])
    lot = june_row(10, "Valve lot 2")
    other = row("PO-1", HANOI, 5, 100, None, "2025-06-05")
    other[2] = "Table"
    june = write(tmp_path / "in" / "台账 2025-06.xlsx", "6月", [
        dn3(None), lot, other, row("PO-9", HANOI, 1, 100, None, "2025-06-06")])
    _same_import(tmp_path, [april], [may], [june])
    assert [line[:2] for line in stored(tmp_path)] == [
        (70_000, "CNY"), (1_000, "EUR"), (1_000, "CNY"), (7_000, "USD"), (500, "USD"),
        (100, "USD")]
    assert money(tmp_path, NINGBO)[0] == pytest.approx(16_723, abs=1)


def test_an_order_number_reused_a_year_later_keeps_its_blank_in_the_default(
        tmp_path: Path) -> None:
    """rv46f2: 001 was Ningbo's 70,000 人民币 order of February 2024, listed on March 2024's tab
    (carried) and paid; March 2025's 台账 lists a new 001 for Hanoi, 100 × 250 = 25,000, 币种
    blank (the firm's USD). The same stored order, as before; its new line read in CNY made
    3,472 USD open, black, where 25,000 USD is open (watch)."""
    old = row("001", NINGBO, 100, 700, "人民币", "2024-02-05", 70_000, "2024-04-10")
    y4 = write(tmp_path / "in" / "台账 2024-03.xlsx", "3月", [
        old, row("K-1", HANOI, 1, 100, "USD", "2024-03-06", 100, "2024-03-20")])
    new = row("001", HANOI, 100, 250, None, "2025-03-05")
    new[2] = "Pump"  # (the same product's line would be 2024's, paid: older, left)
    y5 = write(tmp_path / "in" / "台账 2025-03.xlsx", "3月", [new])
    _same_import(tmp_path, [y4], [y5])
    assert [line[:2] for line in stored(tmp_path)][-1] == (25_000, "USD")
    assert money(tmp_path, HANOI)[0] == pytest.approx(25_000, abs=1)


def load_rows(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook
    return [list(r) for r in load_workbook(path).active.iter_rows(min_row=2, values_only=True)]


def test_a_blank_return_on_a_returns_tab_stays_in_the_orders_currency(tmp_path: Path) -> None:
    """A 退货 tab naming no currency already read June's -35,000 in DN-3's CNY: so still."""
    april = write(tmp_path / "in" / "台账 2025-04.xlsx", "4月", [dn3("人民币")])
    may = write(tmp_path / "in" / "台账 2025-05.xlsx", "5月", [dn3(None)])
    book = Workbook()
    book.active.title = "6月"
    for values in [HEADER, dn3(None)]:
        book.active.append(values)
    returns = book.create_sheet("退货")
    returns.append(["合同号", "客户", "退货日期", "退货金额"])
    returns.append(["DN-3", NINGBO, datetime(2025, 6, 5), 35_000])
    book.save(june := tmp_path / "in" / "台账 2025-06.xlsx")
    _same_import(tmp_path, [april], [may], [june])
    assert money(tmp_path, NINGBO)[0] == pytest.approx(4_862, abs=1)
    assert {line[1] for line in stored(tmp_path)} == {"CNY"}


def test_a_corrected_base_reread_from_blanks_moves_the_order_and_marks_nothing(
        tmp_path: Path) -> None:
    """A firm without a 币种 column imports April (PO-4 of April 3rd, its own month) under the
    default USD, sets the base to CNY and imports April corrected: PO-4 and its order are CNY,
    as before fx46c (its stored line never said USD), and no line is marked for the after-import
    step (each marked row cost an update by its place: 22 s for 10,000)."""
    rows = [row("PO-4", HANOI, 10, 100, None, "2025-04-03")]
    april = write(tmp_path / "in" / "台账 2025-04.xlsx", "4月", rows, False)
    _same_import(tmp_path, [april])
    for name in ("fast.sqlite", "slow.sqlite"):
        with connect(tmp_path / name) as conn:
            settings_store.put(conn, "base_currency", "CNY")
    rows[0][-3] = datetime(2025, 4, 20)  # shipped later: another file
    _same_import(tmp_path, [write(tmp_path / "in" / "again" / "台账 2025-04.xlsx", "4月", rows,
                                  False)])
    assert stored(tmp_path) == [(1_000, "CNY", None, None, "CNY")]
    conn = sqlite3.connect(tmp_path / "fast.sqlite")
    try:
        assert conn.execute("SELECT count(*) FROM order_lines WHERE currency_written = 0"
                            ).fetchone()[0] == 0
    finally:
        conn.close()
