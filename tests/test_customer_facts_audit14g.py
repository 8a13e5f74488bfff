"""A customer's facts the ledger gives once per order (audit 14g, after audit 14d).

A clerk writes the country, the salesperson, the credit limit and the cover on an order's
first product line and leaves them blank below. docs/analysis.md: "The latest row of a
customer that fills a column gives its value". Audit 14d made the salesperson follow it; the
other facts took whatever the customer's latest row held, so a blank product line a month
later dropped a credit limit, and with it the over-limit reason on the watch list. A
placeholder ("-", "/", "无", "N/A") in the salesperson column names nobody. The fast and the
reference import agree on every case (tests/test_fast_import.py compares them).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from PySide6.QtCore import Qt
from test_fast_import import _same_import

from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.ledger.normalise import fold
from core.store import connect

HEADER = ["合同号", "客户名称", "国家", "业务员", "下单日期", "产品名称", "金额", "币种",
          "出货日期", "应收日期", "信用额度", "信保", "已收金额", "收款日期"]
AS_OF = date(2025, 12, 31)
FACTS = ("country", "salesperson", "credit_limit", "insured")
ACME = "Acme Trading"


def _row(no: str, customer: str, day: date, amount: float, *, country: str | None = None,
         sales: str | None = None, limit: float | None = None, insured: str | None = None,
         product: str = "Lamp", due: date | None = None, paid: bool = False) -> list[object]:
    """A line shipped on its order day and due 30 days later unless `due` says; unpaid
    unless `paid` (on the due date)."""
    due = due or date.fromordinal(day.toordinal() + 30)
    return [no, customer, country, sales, day, product, amount, "USD", day, due, limit, insured,
            amount if paid else None, due if paid else None]


def _stored(db: Path) -> dict[str, dict[str, object]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return {r["name"]: {f: r[f] for f in FACTS} for r in conn.execute(
            f"SELECT name, {', '.join(FACTS)} FROM customers")}
    finally:
        conn.close()


def _both(tmp_path: Path, *files: Path) -> Path:
    """Each file imported in turn by the fast and the reference import, which must leave the
    same database after each; the fast one's database."""
    results = _same_import(tmp_path, *[[f] for f in files])
    assert all(r.status == "imported" for r in results), [r.message for r in results]
    return tmp_path / "fast.sqlite"


OCTOBER = {"country": "Germany", "sales": "Li Lei", "limit": 10_000.0, "insured": "是"}


def test_a_blank_later_row_keeps_every_fact_the_customer_s_latest_filled_row_gives(
        tmp_path: Path):
    """1 Oct: Germany, Li Lei, a limit of 10,000, insured; 1 Nov (one file): an order whose
    row leaves them all blank, and a second product line on the October order. Every fact is
    October's."""
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [
        HEADER,
        _row("A1", ACME, date(2025, 10, 1), 8_000, **OCTOBER),
        _row("A1", ACME, date(2025, 10, 1), 4_000, product="Shade"),
        _row("A2", ACME, date(2025, 11, 1), 6_000),
    ]})
    db = _both(tmp_path, path)
    assert _stored(db)[ACME] == {"country": OCTOBER["country"], "salesperson": OCTOBER["sales"],
                                 "credit_limit": OCTOBER["limit"], "insured": 1}


def test_the_over_limit_reason_is_not_lost_to_a_blank_row(tmp_path: Path):
    """The 18,000 owed (not yet due) exceeds October's limit of 10,000: on the watch list for
    it, though November's row leaves the limit blank (another customer's paid invoice says the
    ledger records receipts)."""
    later = date(2026, 1, 30)
    rows = [_row("A1", ACME, date(2025, 10, 1), 8_000, limit=10_000, due=later),
            _row("A2", ACME, date(2025, 11, 1), 10_000, due=later),
            _row("P1", "Paid Co", date(2025, 10, 1), 1_000, paid=True)]
    db = _both(tmp_path, write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, *rows]}))
    conn = connect(db)
    try:
        [acme] = [c for c in analyse(conn, as_of=AS_OF).customers if c.customer == ACME]
    finally:
        conn.close()
    assert acme.credit_limit == 10_000
    assert acme.open_amount > acme.credit_limit
    assert acme.list == "watch" and acme.list_reason.code == "over_credit_limit"


def test_each_fact_is_the_latest_row_that_fills_it(tmp_path: Path):
    """Facts written on different rows: each is the latest row filling its own column, the
    last row of the latest day first — not one row's for all."""
    rows = [_row("A1", ACME, date(2025, 9, 1), 1_000, country="France", sales="Wang Fang",
                 limit=5_000, insured="否"),
            _row("A2", ACME, date(2025, 10, 1), 1_000, country="Germany"),
            _row("A3", ACME, date(2025, 10, 5), 1_000, limit=7_000),
            _row("A4", ACME, date(2025, 10, 5), 1_000, limit=9_000, sales="Li Lei"),
            _row("A5", ACME, date(2025, 11, 1), 1_000)]
    db = _both(tmp_path, write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, *rows]}))
    assert _stored(db)[ACME] == {"country": "Germany", "salesperson": "Li Lei",
                                 "credit_limit": 9_000, "insured": 0}


def test_a_later_import_s_older_fact_does_not_take_a_customer_back(tmp_path: Path):
    """December's file (imported first) sets France and a limit of 20,000 on 1 December. A
    file imported later holds an older November row (Germany, 10,000) and a blank 10 December
    row: the store cannot tell when its facts were written beyond its latest row's date, and
    November's are older than that, so France and 20,000 stay; a fact the store lacks is
    filled; a new customer of that file takes its own facts."""
    dec = write_xlsx(tmp_path / "dec.xlsx", {"12月": [
        HEADER, _row("D1", ACME, date(2025, 12, 1), 1_000, country="France", limit=20_000)]})
    late = write_xlsx(tmp_path / "more.xlsx", {"台账": [
        HEADER,
        _row("D2", ACME, date(2025, 11, 5), 1_000, country="Germany", limit=10_000,
             sales="Li Lei"),
        _row("D3", ACME, date(2025, 12, 10), 1_000),
        _row("Y1", "Yankee New", date(2025, 12, 2), 1_000, country="Chile", limit=3_000),
        _row("Y1", "Yankee New", date(2025, 12, 2), 1_000, product="Shade")]})
    db = _both(tmp_path, dec, late)
    stored = _stored(db)
    assert stored[ACME] == {"country": "France", "salesperson": "Li Lei",
                            "credit_limit": 20_000, "insured": None}
    assert stored["Yankee New"] == {"country": "Chile", "salesperson": None,
                                    "credit_limit": 3_000, "insured": None}



@pytest.mark.parametrize("placeholder", ["-", "/", "无", "N/A", " n/a ", "—"])
def test_a_placeholder_salesperson_is_no_salesperson(tmp_path: Path, placeholder: str):
    """"-", "/", "无" and "N/A" say a cell is empty, as the import reads them in a date or a
    figure column: no salesperson of that name, and no copy of its own; a placeholder below
    the first product line does not hide the salesperson it names."""
    rows = [_row("A1", ACME, date(2025, 10, 1), 1_000, sales="Li Lei"),
            _row("A1", ACME, date(2025, 10, 1), 1_000, sales=placeholder, product="Shade"),
            _row("B1", "Bravo Imports", date(2025, 10, 2), 1_000, sales=placeholder)]
    db = _both(tmp_path, write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, *rows]}))
    stored = _stored(db)
    assert stored[ACME]["salesperson"] == "Li Lei"
    assert stored["Bravo Imports"]["salesperson"] is None
    conn = sqlite3.connect(db)
    try:
        named = {r[0] for r in conn.execute("SELECT salesperson FROM orders")}
    finally:
        conn.close()
    assert named == {"Li Lei", None}
    conn = connect(db)
    try:
        analysis = analyse(conn, as_of=AS_OF)
    finally:
        conn.close()
    from core.actions import export

    assert export.salespeople(analysis) == ["Li Lei", ""]


@pytest.mark.parametrize("initial", ["F", "N", "0"])
def test_an_initial_or_a_code_is_a_salesperson(tmp_path: Path, initial: str):
    """A yes/no column reads "F", "N" and "0" as "no", but in the salesperson column they are
    somebody's initial or code: the customer is theirs, with a copy of its own."""
    rows = [_row("A1", ACME, date(2025, 10, 1), 1_000, sales=initial)]
    db = _both(tmp_path, write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, *rows]}))
    assert _stored(db)[ACME]["salesperson"] == initial



def _pick(qtbot, combo, text: str) -> None:
    """Open the drop-down with a click, go to the entry with the arrow keys and press Enter,
    as a person picks a filter."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = combo.findText(text)
    assert row > 0, [combo.itemText(i) for i in range(combo.count())]
    key = Qt.Key.Key_Down if row > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(row - combo.currentIndex())):
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.currentText() == text)


def test_the_table_s_salesperson_filter_lists_one_salesperson_once(qtbot, tmp_path: Path):
    """"Li Lei", "li lei" and "Ｌｉ Ｌｅｉ" are one salesperson in their copies (audit 14d):
    the filter lists them once, as most of their customers spell them, and picking them shows
    all of their customers, no one else's."""
    from test_main_window import open_window, visible_customers

    spellings = {"Alpha": "Li Lei", "Bravo": "Li Lei", "Charlie": "li lei",
                 "Delta": "Ｌｉ Ｌｅｉ", "Echo": "Wang Fang", "Foxtrot": None}
    rows = [_row(f"N{i}", name, date(2025, 10, 1 + i), 1_000, sales=sales, paid=True)
            for i, (name, sales) in enumerate(spellings.items())]
    write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, *rows]})
    [result] = import_files(tmp_path / "firm.sqlite", [tmp_path / "ledger.xlsx"])
    assert result.status == "imported"
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    combo = window.sales_filter
    listed = [combo.itemText(i) for i in range(1, combo.count())]
    assert listed == ["Li Lei", "Wang Fang"]
    _pick(qtbot, combo, "Li Lei")
    li = {n for n, s in spellings.items() if s and fold(s) == fold("Li Lei")}
    assert set(visible_customers(window)) == li
    assert f"Showing {len(li)} of {len(spellings)}" in window.browser.count.text()
    _pick(qtbot, combo, "Wang Fang")
    assert visible_customers(window) == ["Echo"]


def test_export_by_salesperson_prints_the_chat_lines_only_with_the_stop_loss_copies(
        tmp_path: Path):
    """The chat lines announce the stop-loss lists (holds, follow-ups, key accounts), as the
    stop-loss PDFs carry them on top and the restructuring ones do not: `export stop-loss
    --by-salesperson` prints them after the files; restructuring, like leap, prints the files
    alone."""
    from test_cli import cli

    from core.actions.export import chat_summary, salespeople

    rows = [_row("A1", ACME, date(2025, 10, 1), 8_000, sales="Li Lei", limit=5_000),
            _row("B1", "Bravo Imports", date(2025, 10, 2), 3_000, sales="Wang Fang",
                 paid=True)]
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [write_xlsx(tmp_path / "l.xlsx", {"台账": [HEADER, *rows]})])
    assert result.status == "imported"
    conn = connect(db)
    try:
        analysis = analyse(conn, as_of=AS_OF)
    finally:
        conn.close()
    people = salespeople(analysis)
    for kind in ("stop-loss", "restructuring", "leap"):
        code, out, err = cli("export", kind, "--db", str(db), "--as-of", AS_OF.isoformat(),
                             "--by-salesperson", "-o", str(tmp_path / kind / "copy.xlsx"))
        assert code == 0, err
        files = [line for line in out.splitlines() if line.endswith(".xlsx")]
        assert len(files) == len(people) and all(Path(f).exists() for f in files)
        chat = [chat_summary(analysis, person) for person in people]
        if kind == "stop-loss":
            assert out == "".join(f"{f}\n" for f in files) + "".join(
                f"\n{lines}\n" for lines in chat)
        else:
            assert out == "".join(f"{f}\n" for f in files), kind
