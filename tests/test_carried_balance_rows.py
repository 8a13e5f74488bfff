"""A carried-forward row summing up a multi-line order (core.ledger.balance_rows): March has
order B-1 of Xeno in two lines, Sofa 25,000 and Chair 15,000 (USD, T/T 30 days, shipped
03-10, due 04-09); April carries it on one row, no product, 40,000, received 20,000 to date.
By hand on 2025-07-31 (Payer's receipt dates the ledger): revenue 40,000, 20,000 open and
113 days past due with an average order of 40,000: watched, not black-listed. Before, the
April row was a new sale: 80,000, 60,000 open, black-listed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import

from core import i18n
from core.analysis.model import CustomerMetrics
from core.analysis.run import analyse
from core.ledger import carried_lines, importer
from core.ledger.balance_rows import Settled
from core.ledger.import_result import FileResult
from core.ledger.importer import import_files
from core.ledger.report import import_report
from core.store import connect

HEADER = ["合同号", "客户", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期",
          "实收金额", "收款日期"]


def row(number: str, product: str | None, amount: float, *, customer: str = "Xeno Trading",
        ordered: str = "2025-03-05", received: float | None = None,
        received_on: str | None = None) -> list[object]:
    return [number, customer, date.fromisoformat(ordered), product, amount, "USD",
            "T/T 30 days", date(2025, 3, 10), received,
            received_on and date.fromisoformat(received_on)]


MARCH = [HEADER, row("B-1", "Sofa", 25_000), row("B-1", "Chair", 15_000),
         row("P-1", "Lamp", 1_000, customer="Payer", ordered="2025-03-01", received=1_000,
             received_on="2025-07-31")]


def april(amount: float = 40_000, received: float | None = 20_000) -> list[list[object]]:
    return [HEADER, row("B-1", None, amount, received=received, received_on="2025-04-20")]


def xeno(db: Path) -> CustomerMetrics:
    with connect(db) as conn:
        analysis = analyse(conn, as_of=date(2025, 7, 31))
    [found] = [c for c in analysis.customers if c.customer == "Xeno Trading"]
    return found


def verdict(c: CustomerMetrics) -> tuple[object, ...]:
    return c.revenue_12m, c.open_amount, c.overdue_amount, c.list


def imported(db: Path, *files: Path) -> list[str]:
    codes = []
    for path in files:
        [result] = import_files(db, [path])
        assert result.status == "imported", result.message
        codes.extend(w.code for w in result.warnings)
    return codes


def test_a_later_tab_summing_up_an_order_is_its_balance(tmp_path: Path) -> None:
    book = write_xlsx(tmp_path / "2025.xlsx", {"3月": MARCH, "4月": april()})
    db = tmp_path / "firm.sqlite"
    codes = imported(db, book)
    assert verdict(xeno(db)) == (40_000, 20_000, 20_000, "watch")
    assert "carried_balance_rows" in codes


def test_next_months_file_summing_up_an_order_is_its_balance(tmp_path: Path) -> None:
    march = write_xlsx(tmp_path / "2025-03.xlsx", {"3月": MARCH})
    april_file = write_xlsx(tmp_path / "2025-04.xlsx", {"4月": april()})
    db = tmp_path / "firm.sqlite"
    imported(db, march, april_file)
    assert verdict(xeno(db)) == (40_000, 20_000, 20_000, "watch")


@pytest.mark.parametrize(("amount", "received", "owed"), [
    (40_000, None, 40_000),  # the order's total, nothing received yet
    (20_000, None, 20_000),  # the open balance: the rest was paid
    (20_000, 5_000, 15_000),  # the open balance before this month's 5,000
    (38_000, 20_000, 18_000),  # less than the total: 2,000 paid before, 20,000 now
])
def test_what_a_balance_row_says_was_received(tmp_path: Path, amount: float,
                                              received: float | None, owed: float) -> None:
    """As a carried line's row says it (core.ledger.line_values): its received figure is
    the money received to date; an amount under the order's is what is left owing."""
    march = write_xlsx(tmp_path / "2025-03.xlsx", {"3月": MARCH})
    april_file = write_xlsx(tmp_path / "2025-04.xlsx", {"4月": april(amount, received)})
    db = tmp_path / "firm.sqlite"
    imported(db, march, april_file)
    c = xeno(db)
    assert (c.revenue_12m, c.open_amount) == (40_000, owed)


def test_next_months_row_says_what_was_received_to_date(tmp_path: Path) -> None:
    """May's file carries B-1 again, 40,000 received to date: paid, not 60,000 received."""
    march = write_xlsx(tmp_path / "2025-03.xlsx", {"3月": MARCH})
    april_file = write_xlsx(tmp_path / "2025-04.xlsx", {"4月": april()})
    may = write_xlsx(tmp_path / "2025-05.xlsx", {"5月": [
        HEADER, row("B-1", None, 40_000, received=40_000, received_on="2025-05-20")]})
    db = tmp_path / "firm.sqlite"
    imported(db, march, april_file, may)
    c = xeno(db)
    assert (c.revenue_12m, c.open_amount, c.credit_on_account, c.list) == (
        40_000, 0, 0, None)


def test_a_carried_row_worth_more_than_the_order_is_a_new_line_and_said(
        tmp_path: Path) -> None:
    """50,000 is more than Sofa and Chair come to: a line the March file did not have, as
    before, and the import says so."""
    march = write_xlsx(tmp_path / "2025-03.xlsx", {"3月": MARCH})
    april_file = write_xlsx(tmp_path / "2025-04.xlsx", {"4月": april(50_000, None)})
    db = tmp_path / "firm.sqlite"
    codes = imported(db, march, april_file)
    assert xeno(db).revenue_12m == 90_000
    assert "carried_rows_kept" in codes and "carried_balance_rows" not in codes


@pytest.mark.parametrize(("product", "amount", "revenue", "code"), [
    ("家具一批", 40_000, 40_000, "carried_balance_rows"),  # the goods named, the order's total
    ("Table", 5_000, 45_000, "carried_rows_kept"),  # a line March's file did not have
])
def test_a_carried_row_naming_other_goods(tmp_path: Path, product: str, amount: float,
                                          revenue: float, code: str) -> None:
    """A product none of the lines has sums up the order only with the order's total: with
    another amount it may be a line last month's file missed, and eating it as the balance
    would hide what is owed (35,000 of the 40,000 read as paid)."""
    march = write_xlsx(tmp_path / "2025-03.xlsx", {"3月": MARCH})
    april_file = write_xlsx(tmp_path / "2025-04.xlsx", {"4月": [
        HEADER, row("B-1", product, amount)]})
    db = tmp_path / "firm.sqlite"
    codes = imported(db, march, april_file)
    assert xeno(db).revenue_12m == revenue
    assert code in codes


@pytest.mark.parametrize("one_workbook", [True, False])
def test_importing_the_files_again_after_the_upgrade_clears_the_doubled_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, one_workbook: bool) -> None:
    """Reader 5 stored April's row as a sale; the files imported again by today's reader
    leave the order at 40,000, 20,000 open, by both import paths alike."""
    folder = tmp_path / "ledgers"
    files = ([write_xlsx(folder / "2025.xlsx", {"3月": MARCH, "4月": april()})]
             if one_workbook else
             [write_xlsx(folder / "2025-03.xlsx", {"3月": MARCH}),
              write_xlsx(folder / "2025-04.xlsx", {"4月": april()})])
    with monkeypatch.context() as reader_5:
        reader_5.setattr(importer, "READER_VERSION", 5)
        none = Settled([], [])  # no balance rows read
        reader_5.setattr(carried_lines, "settle", lambda _conn, _rows: none)
        reader_5.setattr("reference_import.writer.settle", lambda _conn, _rows: none,
                         raising=False)
        _same_import(tmp_path, *[[f] for f in files])
    db = tmp_path / "fast.sqlite"
    assert verdict(xeno(db)) == (80_000, 60_000, 60_000, "black")
    again = _same_import(tmp_path, *[[f] for f in files])
    assert [r.status for r in again] == ["imported"] * len(files)
    assert (again[-1].counts.inserted, again[-1].counts.updated) == (0, 1)
    assert verdict(xeno(db)) == (40_000, 20_000, 20_000, "watch")
    with connect(db) as conn:
        lines = conn.execute("SELECT product, amount, received_amount FROM order_lines l "
                             "JOIN orders o ON o.id = l.order_id WHERE o.order_no = 'B-1' "
                             "ORDER BY l.id").fetchall()
    assert [tuple(line) for line in lines] == [("Sofa", 25_000, None), ("Chair", 15_000, None),
                                               (None, 0, 20_000)]


def test_the_reference_import_agrees_on_balance_rows(tmp_path: Path) -> None:
    folder = tmp_path / "ledgers"
    book = write_xlsx(folder / "2025.xlsx", {"3月": MARCH, "4月": april(),
                                             "5月": april(40_000, 40_000)})
    march = write_xlsx(folder / "2025-03.xlsx", {"3月": MARCH})
    files = [write_xlsx(folder / f"2025-04-{n}.xlsx", {"4月": april(amount, received)})
             for n, (amount, received) in enumerate(
                 [(40_000, 20_000), (20_000, None), (50_000, None), (40_000, 40_000)])]
    results = _same_import(tmp_path / "one", [book], [book])
    assert [r.status for r in results] == ["imported", "already_imported"]
    results = _same_import(tmp_path / "two", [march], *[[f] for f in files])
    assert [sorted(w.code for w in r.warnings if w.code.startswith("carried"))
            for r in results] == [[], ["carried_balance_rows"], ["carried_balance_rows"],
                                  ["carried_rows_kept"], ["carried_balance_rows"]]


def in_eur() -> list[list[object]]:
    return [HEADER] + [[*r[:5], "EUR", *r[6:]] for r in MARCH[1:]]


@pytest.mark.parametrize("one_workbook", [True, False])
def test_a_summing_row_with_its_currency_left_blank_reads_in_the_orders_currency(
        tmp_path: Path, one_workbook: bool) -> None:
    """B-1 is kept in EUR; April's summing row leaves its currency cell blank, so it read in
    the sheet's currency (USD), could not be weighed against the order's EUR lines and was
    kept as a new line: 83,200 USD of revenue, 63,200 open, black-listed. A blank is no
    currency: the row reads in its order's, and is the order's balance: 40,000 EUR (43,200 USD
    at the sample rate), 20,000 EUR open, watched. Both imports agree."""
    summing = april()
    summing[1][5] = None
    folder = tmp_path / "ledgers"
    rounds = ([[write_xlsx(folder / "2025.xlsx", {"3月": in_eur(), "4月": summing})]]
              if one_workbook else
              [[write_xlsx(folder / "2025-03.xlsx", {"3月": in_eur()})],
               [write_xlsx(folder / "2025-04.xlsx", {"4月": summing})]])
    balance_in_eur(tmp_path, _same_import(tmp_path, *rounds))


def balance_in_eur(tmp_path: Path, results: list[FileResult]) -> None:
    """The last file read B-1's summing row as its balance in EUR: 20,000 EUR open, watched."""
    codes = [w.code for w in results[-1].warnings]
    assert "carried_balance_rows" in codes and "carried_rows_apart" not in codes
    revenue, open_amount, overdue, listed = verdict(xeno(tmp_path / "fast.sqlite"))
    assert open_amount == pytest.approx(revenue / 2) and overdue == open_amount
    assert listed == "watch"
    with connect(tmp_path / "fast.sqlite") as conn:
        balance = conn.execute("SELECT amount, currency, received_amount, received_currency "
                               "FROM order_lines WHERE product IS NULL").fetchone()
    assert tuple(balance) == (0, "EUR", 20_000, None)


def test_a_summing_row_writing_another_currency_is_said(tmp_path: Path) -> None:
    """A row that writes USD on an order kept in EUR says so: it stays a line of its own, and
    the report names it with the order's currency (writing EUR there gives the balance)."""
    march = write_xlsx(tmp_path / "2025-03.xlsx", {"3月": in_eur()})
    first = write_xlsx(tmp_path / "2025-04.xlsx", {"4月": april()})
    results = _same_import(tmp_path, [march], [first])
    [note] = [w for w in results[-1].warnings if w.code == "carried_rows_apart"]
    assert "B-1 (“4月” row 2: USD / EUR)" in note.text
    revenue, open_amount, _, listed = verdict(xeno(tmp_path / "fast.sqlite"))
    assert open_amount == pytest.approx(revenue - 20_000) and listed == "black"


@pytest.mark.parametrize("one_import", [True, False])
def test_next_months_file_imported_first_sums_up_the_order_all_the_same(
        tmp_path: Path, one_import: bool) -> None:
    """April's file imported before March's (picked so, or "10月" sorting before "9月"):
    its summing row was stored as a line of an order it alone knew, and March's Sofa and
    Chair added to it: 80,000, 60,000 open, black-listed. March's lines now read it again:
    the order's balance, as when the files come in the order of their months; by one import
    or two, by both import paths alike."""
    march = write_xlsx(tmp_path / "2025-03.xlsx", {"3月": MARCH})
    april_file = write_xlsx(tmp_path / "2025-04.xlsx", {"4月": april()})
    rounds = [[april_file, march]] if one_import else [[april_file], [march]]
    results = _same_import(tmp_path, *rounds)
    assert [r.status for r in results] == ["imported", "imported"]
    assert "carried_balance_rows" in [w.code for w in results[-1].warnings]
    assert verdict(xeno(tmp_path / "fast.sqlite")) == (40_000, 20_000, 20_000, "watch")


def test_a_row_dated_in_its_tabs_month_is_a_sale_and_said(tmp_path: Path) -> None:
    """notes29: April's "B-1, no product, 40,000, received 20,000", dated April, cannot be
    told from the second half of an order shipped in halves: still counted as a sale (80,000),
    but before the report said nothing of it; now it names the row, and 上月结转 written in
    its status cell makes it the order's balance (40,000), in both imports."""
    later = [row("B-1", None, 40_000, ordered="2025-04-02", received=20_000,
                 received_on="2025-04-20")]
    book = write_xlsx(tmp_path / "2025.xlsx", {"3月": MARCH, "4月": [HEADER, *later]})
    [result] = _same_import(tmp_path, [book])
    assert verdict(xeno(tmp_path / "fast.sqlite"))[0] == 80_000  # the reading is unchanged
    said = ("2025.xlsx: 1 row names an order of an earlier tab or file but no product, and is "
            "dated in its own tab's month: counted as a new sale of the order: B-1 (“4月” row 2). "
            "If it is the order's balance carried forward, write 上月结转 in its status or "
            "notes cell")
    assert said in import_report(result)
    i18n.set_language("zh_CN")
    assert "2025.xlsx：有 1 行写了此前工作表或文件中的订单，但未写产品" in import_report(result)
    i18n.set_language("en")
    marked = write_xlsx(tmp_path / "marked" / "2025.xlsx", {
        "3月": [[*HEADER, "状态"], *MARCH[1:]],
        "4月": [[*HEADER, "状态"], [*later[0], "上月结转"]]})
    [again] = _same_import(tmp_path / "marked", [marked])
    assert verdict(xeno(tmp_path / "marked" / "fast.sqlite"))[0] == 40_000
    assert "counted as a new sale" not in import_report(again)
    assert "carried_balance_rows" in [w.code for w in again.warnings]
