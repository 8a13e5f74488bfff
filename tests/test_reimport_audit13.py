"""An audit of re-importing ledgers (docs/analysis.md, "Rows and next month's file"): the same
ledger again, next month's file, a corrected file, the ledger saved as CSV, a year-to-date
workbook with one tab per month whose later tabs repeat the earlier ones. Each ledger is
written here with openpyxl, the files imported in turn through core and analysed as the app
does; what is stored and each customer's account and list are worked out by hand.

As in the account audits: OA 30 (due = ship + 30), A = 2025-06-30, a customer more than 60
days past due with an average order under 20,000 USD is black-listed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from ledgers import write_csv, write_xlsx
from test_account_audit import HEADER, PAYER, A, counted_once, customer, d, row

from core.analysis.model import CustomerMetrics
from core.analysis.run import analyse
from core.ledger.import_result import FileResult
from core.ledger.importer import import_files
from core.store import connect


def imported(db: Path, *paths: Path) -> list[FileResult]:
    """The files imported one after another, as a clerk does month by month."""
    results = []
    for path in paths:
        [result] = import_files(db, [path])
        assert result.status == "imported", result.message
        results.append(result)
    return results


def account(db: Path, name: str) -> CustomerMetrics:
    with connect(db) as conn:
        return customer(analyse(conn, as_of=A), name)


def stored(db: Path, sql: str) -> list[tuple[object, ...]]:
    with connect(db) as conn:
        return [tuple(r) for r in conn.execute(sql)]


def three_invoices(received: float | None) -> list[list[object]]:
    """Wire Co's three 10,000 invoices shipped 03-01 (due 03-31), each row carrying
    `received` on 04-10 when given: one wire of 25,000 written on every row it covers."""
    return [row(f"PO-{n}", "Wire Co", "2025-02-20", 10_000, ship="2025-03-01",
                received=received, received_on="2025-04-10" if received else None)
            for n in (1, 2, 3)]


def line_receipts(db: Path) -> list[tuple[object, ...]]:
    return stored(db, "SELECT o.order_no, l.received_amount FROM order_lines l JOIN orders o "
                      "ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id "
                      "WHERE c.name = 'Wire Co' ORDER BY o.order_no")


# --- a year-to-date workbook, one tab per month ------------------------------------------------

@pytest.mark.parametrize("february", [None, 25_000])
def test_a_wire_written_on_rows_repeated_from_an_earlier_tab_is_counted_once(tmp_path,
                                                                            february):
    """February's tab books the three invoices, unpaid or already with the wire written on
    each (counted once, the copies cleared); March's tab repeats them with the 25,000 wire
    written on each. It is one wire: 25,000 received, 5,000 of the 30,000 still open since
    03-31 (91 days at A, average order 10,000): black-listed. Read three times it paid 75,000
    and the customer looked paid in full."""
    path = write_xlsx(tmp_path / "2025.xlsx", {
        "2月": [HEADER, *three_invoices(february), PAYER],
        "3月": [HEADER, *three_invoices(25_000), PAYER]})
    db = tmp_path / "firm.sqlite"
    imported(db, path)
    assert sum(r for _, r in line_receipts(db) if r) == 25_000
    c = account(db, "Wire Co")
    counted_once(c, 25_000)
    assert (c.open_amount, c.max_days_overdue, c.list) == (5_000, 91, "black")


def test_next_month_s_workbook_repeating_the_tabs_changes_nothing_it_already_said(tmp_path):
    """Each month's workbook holds the tabs of the months before it again, plus its own (a
    tab per month with new orders: February, April, May). Imported in turn, no line is
    added twice and each receipt is counted once."""
    jan = [HEADER, *three_invoices(None), PAYER]
    feb = [HEADER, *three_invoices(25_000), PAYER,
           row("PO-4", "Wire Co", "2025-04-02", 6_000, ship="2025-04-05")]
    mar = [*feb, row("PO-5", "Wire Co", "2025-05-02", 4_000, ship="2025-05-05",
                     received=4_000, received_on="2025-06-04")]
    db = tmp_path / "firm.sqlite"
    first, second, third = imported(
        db, write_xlsx(tmp_path / "1.xlsx", {"2月": jan}),
        write_xlsx(tmp_path / "2.xlsx", {"2月": jan, "4月": feb}),
        write_xlsx(tmp_path / "3.xlsx", {"2月": jan, "4月": feb, "5月": mar}))
    assert third.counts.inserted == 1  # PO-5
    assert stored(db, "SELECT COUNT(*) FROM order_lines")[0][0] == 3 + 1 + 1 + 1  # + Payer
    received = sum(r for _, r in line_receipts(db) if r)
    assert received == 25_000 + 4_000
    c = account(db, "Wire Co")
    counted_once(c, 29_000)
    # 40,000 owed; 25,000 pays the three oldest in turn (5,000 of PO-3 open since 03-31);
    # 4,000 pays PO-4 (due 05-05) in part: 2,000 of it open too
    assert c.open_amount == 40_000 - 29_000
    assert (c.max_days_overdue, c.list) == (91, "black")


# --- the same ledger saved as xlsx and as CSV ----------------------------------------------------

def test_the_ledger_saved_as_csv_after_its_xlsx_changes_nothing(tmp_path):
    """The clerk imports May's ledger, then the same ledger exported as CSV (a different
    file, so it is read): every row is found unchanged, nothing is added, nothing moves."""
    rows = [HEADER,
            row("PO-1", "Csv Co", "2025-03-02", 12_345.5, ship="2025-03-10",
                received=5_000, received_on="2025-04-20"),
            row("PO-1", "Csv Co", "2025-03-02", 2_000, ship="2025-03-10"),
            row("PO-2", "Csv Co", "2025-04-02", 8_000, invoice="INV-2", ship="2025-04-05",
                deposit=2_400, deposit_on="2025-04-03"),
            *three_invoices(25_000), PAYER]
    text = [[c.isoformat() if hasattr(c, "isoformat") else c for c in r] for r in rows]
    db = tmp_path / "firm.sqlite"
    columns = ("SELECT o.order_no, o.order_date, o.status, l.line_key, l.invoice_no, l.amount, "
               "l.currency, l.ship_date, l.due_date, l.received_amount, l.received_date, "
               "l.deposit_amount, l.deposit_date, l.status FROM order_lines l JOIN orders o ON "
               "o.id = l.order_id ORDER BY l.id")
    _, again = imported(db, write_xlsx(tmp_path / "5月.xlsx", {"台账": rows}),
                        write_csv(tmp_path / "5月.csv", text))
    before = stored(db, columns)
    assert (again.counts.inserted, again.counts.updated) == (0, 0)
    assert again.counts.unchanged == len(rows) - 1
    fresh = tmp_path / "fresh.sqlite"
    imported(fresh, tmp_path / "5月.xlsx")
    assert before == stored(fresh, columns)


def test_the_fast_import_and_the_reference_agree_on_year_to_date_workbooks(tmp_path):
    """Both paths judge the wires of repeated tabs alike, file after file, and say the same."""
    from test_fast_import import _same_import

    jan = [HEADER, *three_invoices(None), PAYER]
    feb = [HEADER, *three_invoices(25_000), PAYER]
    results = _same_import(
        tmp_path, [write_xlsx(tmp_path / "1.xlsx", {"2月": jan, "3月": feb})],
        [write_xlsx(tmp_path / "2.xlsx", {"2月": feb, "3月": feb, "4月": jan})])
    assert [len(r.review.wires) for r in results] == [1, 1]


# --- a refused update leaves the database exactly as it was --------------------------------------

def _two_months(tmp_path: Path) -> tuple[Path, Path]:
    """January's ledger on two tabs, and February's: receipts filled in, an amount
    corrected, new orders."""
    jan: dict[str, Sequence[Sequence[object]]] = {
        "国内": [HEADER, *three_invoices(None), PAYER],
        "国外": [HEADER, row("PO-7", "Far Co", "2025-01-10", 7_000, ship="2025-01-20")]}
    feb: dict[str, Sequence[Sequence[object]]] = {
        "国内": [HEADER, *three_invoices(25_000), PAYER,
                 row("PO-8", "Wire Co", "2025-02-25", 3_000, ship="2025-03-02")],
        "国外": [HEADER, row("PO-7", "Far Co", "2025-01-10", 7_500, ship="2025-01-20",
                            received=7_500, received_on="2025-02-19")]}
    return (write_xlsx(tmp_path / "1月.xlsx", jan), write_xlsx(tmp_path / "2月.xlsx", feb))


def test_an_update_refused_half_written_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    """February's file fails on the database after its first tab's batches were written (a
    full disk): it is refused, the database is byte for byte what January left, and the same
    file imports whole afterwards (it is not taken as already imported)."""
    import sqlite3

    from core.ledger.writer import LedgerWriter
    from core.store import dump

    jan, feb = _two_months(tmp_path)
    db = tmp_path / "firm.sqlite"
    imported(db, jan)
    with connect(db) as conn:
        before = dump(conn)
    flush = LedgerWriter._flush
    calls: list[int] = []

    def flush_then_fail(self: LedgerWriter) -> None:
        flush(self)
        calls.append(1)
        if len(calls) == 2:
            self.batches.read()  # the first tab's rows are in
            raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(LedgerWriter, "_flush", flush_then_fail)
    [result] = import_files(db, [feb])
    assert result.refused and result.message.code == "disk_full"
    with connect(db) as conn:
        assert dump(conn) == before
    monkeypatch.undo()
    [again] = import_files(db, [feb])
    assert again.status == "imported"
    # PO-8 new; PO-1 takes the wire and PO-7 its amount and receipt; PO-2 and PO-3 carry
    # only the wire's copies, cleared: unchanged, as is Payer
    assert (again.counts.inserted, again.counts.updated, again.counts.unchanged) == (1, 2, 3)
    assert stored(db, "SELECT amount, received_amount FROM order_lines l JOIN orders o ON "
                      "o.id = l.order_id WHERE o.order_no = 'PO-7'") == [(7_500, 7_500)]


def test_an_update_cancelled_while_written_leaves_the_database_as_it_was(tmp_path):
    from core.messages import Cancelled
    from core.store import dump

    jan, feb = _two_months(tmp_path)
    db = tmp_path / "firm.sqlite"
    imported(db, jan)
    with connect(db) as conn:
        before = dump(conn)
    reports: list[float] = []

    def progress(fraction: float, *_: object) -> None:
        reports.append(fraction)

    with pytest.raises(Cancelled):
        import_files(db, [feb], progress=progress, cancel=lambda: bool(
            reports and reports[-1] > 0.8))
    assert reports[-1] < 1.0
    with connect(db) as conn:
        assert dump(conn) == before
    [again] = import_files(db, [feb])
    assert again.status == "imported"


@pytest.mark.parametrize("style", ["{y}/{m}/{d}", "{m}/{d}/{y}", "{d}/{m}/{y}"])
def test_a_ledger_without_order_numbers_saved_as_csv_the_way_excel_shows_it(tmp_path, style):
    """Excel saves a CSV as its cells look: 2025/3/5, 3/5/2025 or 5/3/2025 dates, 12,345.50
    with a thousands comma. Rows without order numbers are known by customer, order date and
    product: read alike, the CSV finds every row of the xlsx unchanged, two identical rows
    stay two, and no receipt moves."""
    from account_ledgers import NO_NUMBER_HEADER


    def when(text: str | None) -> object:
        return d(text) if text else None

    book = [("Dup Co", "2025-03-05", "Widget", 12_345.5, "2025-03-20", 12_345.5, "2025-04-25"),
            ("Dup Co", "2025-03-05", "Widget", 2_000, "2025-03-20", None, None),
            ("Dup Co", "2025-03-05", "Widget", 2_000, "2025-03-21", None, None),
            ("Dup Co", "2025-04-13", "Gadget", 1_500, "2025-04-15", 1_500, "2025-05-02")]
    xlsx_rows = [NO_NUMBER_HEADER, *[[c, when(o), p, a, "USD", when(s), r, when(rd)]
                                     for c, o, p, a, s, r, rd in book]]

    def shown(text: str | None) -> str:
        return "" if not text else style.format(y=int(text[:4]), m=int(text[5:7]),
                                                d=int(text[8:]))

    csv_rows = [NO_NUMBER_HEADER, *[[c, shown(o), p, f"{a:,.2f}", "USD", shown(s),
                                     "" if r is None else f"{r:,.2f}", shown(rd)]
                                    for c, o, p, a, s, r, rd in book]]
    db = tmp_path / "firm.sqlite"
    columns = ("SELECT o.order_date, l.line_key, l.product, l.amount, l.ship_date, "
               "l.received_amount, l.received_date FROM order_lines l JOIN orders o ON "
               "o.id = l.order_id ORDER BY l.id")
    first, again = imported(db, write_xlsx(tmp_path / "3月.xlsx", {"台账": xlsx_rows}),
                            write_csv(tmp_path / "3月.csv", csv_rows))
    assert (again.counts.inserted, again.counts.updated, again.counts.unchanged) == (0, 0, 4)
    fresh = tmp_path / "fresh.sqlite"
    imported(fresh, tmp_path / "3月.xlsx")
    assert stored(db, columns) == stored(fresh, columns)
    assert [(r[3], r[5]) for r in stored(db, columns)] == [(a, r) for _, _, _, a, _, r, _ in book]


# --- an order's status over the lines of several files ----------------------------------------

STATUS_HEADER = ["合同号", "客户", "产品名称", "下单日期", "金额", "付款方式", "出货日期",
                 "已收金额", "收款日期", "状态"]
STATUS_PAYER = ["PO-9", "Payer", "desk", d("2025-05-01"), 1_000, "OA 30 days",
                d("2025-05-02"), 1_000, A, None]


def part(product: str, amount: float, status: str | None = None) -> list[object]:
    """A line of Part Co's PO-1, ordered 02-20, shipped 03-01 (due 03-31: 91 days at A)."""
    return ["PO-1", "Part Co", product, d("2025-02-20"), amount, "OA 30 days",
            d("2025-03-01"), None, None, status]


def part_co(tmp_path: Path, *files: list[list[object]]) -> tuple[Path, CustomerMetrics]:
    db = tmp_path / "firm.sqlite"
    imported(db, *(write_xlsx(tmp_path / f"{n}.xlsx", {"台账": [
        STATUS_HEADER, *rows, STATUS_PAYER]}) for n, rows in enumerate(files)))
    return db, account(db, "Part Co")


def test_a_later_file_cancelling_one_line_of_an_order_leaves_its_other_lines_owed(tmp_path):
    """February's file shows only the table line of PO-1, now cancelled. The chair line
    (10,000, unpaid since 03-31) stands: the order is not cancelled, 10,000 is 91 days past
    due with an average order of 12,000 → black. Judged on February's rows alone the whole
    order was cancelled and the debt vanished from every list."""
    db, c = part_co(tmp_path, [part("chair", 10_000), part("table", 2_000)],
                    [part("table", 2_000, "取消")])
    assert stored(db, "SELECT status FROM orders WHERE order_no = 'PO-1'") == [(None,)]
    assert (c.open_amount, c.max_days_overdue, c.list) == (10_000, 91, "black")
    assert (c.orders_12m, c.avg_order_12m) == (1, 10_000)


def test_a_line_added_to_a_cancelled_order_is_owed(tmp_path):
    """January's PO-1 was cancelled (its one line); February's file adds a 5,000 line to the
    same PO, shipped 03-01: the order stands again for that line, 91 days past due."""
    db, c = part_co(tmp_path, [part("chair", 10_000, "取消")],
                    [part("chair", 10_000, "取消"), part("table", 5_000)])
    assert stored(db, "SELECT status FROM orders WHERE order_no = 'PO-1'") == [(None,)]
    assert (c.open_amount, c.max_days_overdue, c.list) == (5_000, 91, "black")


def test_an_order_whose_every_line_is_cancelled_over_two_files_is_cancelled(tmp_path):
    """Each file cancels one of the two lines: after both, every line is, and so the order;
    a dispute on a line still marks its order disputed."""
    db, c = part_co(tmp_path, [part("chair", 10_000, "取消"), part("table", 2_000)],
                    [part("table", 2_000, "取消")])
    assert stored(db, "SELECT status FROM orders WHERE order_no = 'PO-1'") == [("cancelled",)]
    assert (c.open_amount, c.orders_12m) == (0, 0)
    db, _ = part_co(tmp_path / "disputed", [part("chair", 10_000), part("table", 2_000)],
                    [part("table", 2_000, "索赔")])
    assert stored(db, "SELECT status FROM orders WHERE order_no = 'PO-1'") == [("disputed",)]


def test_the_fast_import_and_the_reference_agree_on_orders_cancelled_over_two_files(tmp_path):
    from test_fast_import import _same_import

    files = [write_xlsx(tmp_path / f"{n}.xlsx", {"台账": [STATUS_HEADER, *rows, STATUS_PAYER]})
             for n, rows in enumerate(([part("chair", 10_000), part("table", 2_000)],
                                       [part("table", 2_000, "取消")],
                                       [part("desk", 1_000, "索赔")]))]
    _same_import(tmp_path, *[[f] for f in files])


# --- a deposit or balance filled in on a later tab ------------------------------------------------

def test_a_deposit_and_balance_filled_in_on_later_tabs_are_received(tmp_path):
    """A year-to-date workbook: February's tab books Dep Co's 10,000 order (shipped 03-01,
    due 03-31); March's tab repeats it with the 3,000 deposit of 02-22, April's with the 7,000
    balance of 04-15 as well. The order is paid (15 days late): nothing open, on no list.
    Only a received figure moved on a repeated row, so both payments were lost and Dep Co
    owed 10,000 for 91 days: black-listed for an order paid in full."""
    header = ["合同号", "客户", "下单日期", "金额", "付款方式", "出货日期", "定金", "定金日期",
              "尾款", "尾款日期"]
    booked = ["PO-1", "Dep Co", d("2025-02-20"), 10_000, "OA 30 days", d("2025-03-01")]
    deposit = [3_000, d("2025-02-22")]
    payer = ["PO-9", "Payer", d("2025-05-01"), 1_000, "OA 30 days", d("2025-05-02"), None,
             None, 1_000, A]
    path = write_xlsx(tmp_path / "2025.xlsx", {
        "2月": [header, [*booked, None, None, None, None]],
        "3月": [header, [*booked, *deposit, None, None]],
        "4月": [header, [*booked, *deposit, 7_000, d("2025-04-15")]],
        "5月": [header, [*booked, *deposit, 7_000, d("2025-04-15")], payer]})
    db = tmp_path / "firm.sqlite"
    imported(db, path)
    assert stored(db, "SELECT deposit_amount, deposit_date, balance_amount, balance_date FROM "
                      "order_lines l JOIN orders o ON o.id = l.order_id WHERE o.order_no = "
                      "'PO-1'") == [(3_000, "2025-02-22", 7_000, "2025-04-15")]
    c = account(db, "Dep Co")
    counted_once(c, 10_000)
    assert (c.open_amount, c.max_days_overdue, c.list) == (0, 0, None)
    from test_fast_import import _same_import

    _same_import(tmp_path, [path])  # the reference import reads it alike
