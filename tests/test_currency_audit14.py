"""An audit of currencies and exchange rates (audit 14c): the cases no other test books, each on
a ledger written here with openpyxl, imported through core and analysed as the app does.

Every expectation is worked out by hand from the rows of its test and the default rates
(core.rates.DEFAULT_RATES: one CNY is 0.1389 USD, one EUR 1.08 USD, the same on every date).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from databases import before_schema_10
from ledgers import write_xlsx
from test_account_audit import HEADER, PAYER, A, customer, d, row
from test_fast_analysis import _compare

from core import settings_store
from core.analysis import snapshots
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.messages import Refusal
from core.rates import DEFAULT_RATES, set_rate
from core.store import connect

CNY, EUR = DEFAULT_RATES["CNY"], DEFAULT_RATES["EUR"]  # USD per unit


def imported(tmp_path: Path, rows: list[list[object]], header: list[str] = HEADER,
             **rules: object) -> tuple[Path, list[str]]:
    """The rows (and a customer whose receipt dates the receipts A) imported with these
    rules; the database and the import's warnings as text."""
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [header, *rows, PAYER]})
    db = tmp_path / "firm.sqlite"
    with connect(db) as conn:
        for key, value in rules.items():
            settings_store.put(conn, key, value)
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message
    return db, [str(w) for w in result.warnings]


@pytest.mark.parametrize(("written", "code"), [
    ("人民币元", "CNY"), ("RMB元", "CNY"), ("CNY¥", "CNY"), ("人民币RMB", "CNY"),
    ("美元USD", "USD"), ("USD美元", "USD"), ("US Dollars", "USD"), ("Euro€", "EUR"),
    ("欧元EUR", "EUR")])
def test_a_currency_cell_naming_its_currency_twice_is_read_as_it(tmp_path, written, code):
    """Clerks write the code beside the name ("人民币元", "美元USD"): 70,000 in such a cell is
    70,000 of that currency, not 70,000 of the base currency (USD) it fell back to."""
    db, _ = imported(tmp_path, [row("PO-1", "Buyer", "2025-01-05", 70_000, currency=written,
                                    ship="2025-01-10")])
    with connect(db) as conn:
        buyer = customer(analyse(conn, as_of=A), "Buyer")
    assert buyer.receivables[0].currency == code
    assert buyer.revenue_12m == pytest.approx(70_000 * DEFAULT_RATES[code], abs=0.01)


def test_a_currency_cell_naming_no_currency_is_named_in_the_report(tmp_path):
    """"外币" (foreign currency) names none: the row is read in the base currency, as an empty
    cell is, and the import names the sheet, the column, the row and the value."""
    _, warnings = imported(tmp_path, [
        row("PO-1", "Buyer", "2025-01-05", 70_000, currency="CNY", ship="2025-01-10"),
        row("PO-2", "Buyer", "2025-02-05", 70_000, currency="外币", ship="2025-02-10")])
    [named] = [w for w in warnings if "外币" in w]
    assert "台账" in named and "币种" in named and "3" in named  # the sheet's third row
    assert "USD" in named


@pytest.mark.parametrize("typed", ["RMB", "rmb", "人民币", "CNY", "￥"])
def test_a_base_currency_typed_by_its_name_is_stored_as_its_code(tmp_path, typed):
    """"RMB" is what a Chinese clerk types; the rates table knows CNY. Stored as typed, every
    order in CNY had no rate and the USD thresholds met RMB amounts one to one."""
    with connect(tmp_path / "firm.sqlite") as conn:
        assert settings_store.put(conn, "base_currency", typed) == "CNY"
        assert settings_store.get(conn, "base_currency") == "CNY"


@pytest.mark.parametrize("typed", ["ABCD", "美国", "12"])
def test_a_base_currency_naming_none_is_refused(tmp_path, typed):
    with connect(tmp_path / "firm.sqlite") as conn, pytest.raises(Refusal):
        settings_store.put(conn, "base_currency", typed)


def test_a_base_currency_without_a_rate_is_said_at_the_top(tmp_path):
    """Base KZT, which has no rate: rows without a currency are in KZT and the thresholds are
    in USD (the article's 20,000 USD average order, the 50,000 USD exposure). They cannot be
    compared, and they were, one KZT to one USD, in silence: a 50,000 KZT customer 170 days
    late (about 100 USD, under 20,000) was watched, not black-listed, and no note said why.
    Now the analysis names KZT as a currency without a rate, in the warnings every export
    prints at its top."""
    db, _ = imported(tmp_path, [row("PO-1", "Small", "2025-01-05", 50_000, currency=None,
                                    ship="2025-01-10")], base_currency="KZT")
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
    assert customer(analysis, "Small").receivables[0].currency == "KZT"
    assert "KZT" in analysis.missing_rates
    [warning] = [n for n in analysis.warnings if "KZT" in n.text]
    assert "USD" in warning.text


def test_a_stored_base_currency_of_rmb_is_said_at_the_top(tmp_path):
    """A database whose base currency was stored as "RMB" before it was read as CNY: the same
    warning, naming RMB."""
    db, _ = imported(tmp_path, [row("PO-1", "Small", "2025-01-05", 50_000, currency=None,
                                    ship="2025-01-10")])
    with connect(db) as conn:
        conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('base_currency', ?)",
                     (json.dumps("RMB"),))
        conn.commit()
        analysis = analyse(conn, as_of=A)
    assert "RMB" in analysis.missing_rates
    assert any("RMB" in n.text for n in analysis.warnings)


def test_an_amount_naming_another_currency_than_its_currency_cell_is_named(tmp_path):
    """"€21,500.00" in a row whose 币种 says USD: one of them is wrong. The row is read as the
    currency column says (21,500 USD, as before), and the import now says so, naming the row
    and both currencies, instead of choosing in silence."""
    db, warnings = imported(tmp_path, [
        row("PO-1", "Conflict", "2025-01-05", "€21,500.00", currency="USD", ship="2025-01-10"),
        row("PO-2", "Agrees", "2025-01-05", "€21,500.00", currency="EUR", ship="2025-01-10"),
        row("PO-3", "Sign only", "2025-01-05", "€21,500.00", currency="", ship="2025-01-10")])
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
    assert customer(analysis, "Conflict").revenue_12m == 21_500
    assert customer(analysis, "Agrees").revenue_12m == pytest.approx(21_500 * EUR)
    assert customer(analysis, "Sign only").revenue_12m == pytest.approx(21_500 * EUR)
    [named] = [w for w in warnings if "€21,500.00" in w]
    assert "台账" in named and "USD" in named and "(row 2)" in named


def two_currencies() -> list[list[object]]:
    """An order with a USD and a CNY line, and a USD order with a CNY credit note."""
    return [
        row("PO-1", "Two currencies", "2025-01-05", 10_000, currency="USD", ship="2025-01-10"),
        row("PO-1", "Two currencies", "2025-01-05", 20_000, invoice="PO-1b", currency="CNY",
            ship="2025-01-10", received=5_000, received_on="2025-02-01"),
        row("PO-2", "Credited in RMB", "2025-01-05", 10_000, currency="USD",
            ship="2025-01-10"),
        row("PO-2", "Credited in RMB", "2025-02-05", -7_000, invoice="CN-1", ref="PO-2",
            currency="CNY")]


def test_a_line_in_another_currency_than_its_order_s_first_is_read_in_its_own(tmp_path):
    """PO-1's first line is 10,000 USD, its second (invoice PO-1b) 20,000 CNY: the order is
    worth 10,000 + 20,000 × 0.1389 = 12,778 USD, not 30,000 (every line was read in the
    order's first currency). A credit note of 7,000 CNY on the 10,000 USD order PO-2 takes
    7,000 × 0.1389 = 972.30 USD off it, not 7,000; so do receipts written on a CNY line."""
    db, _ = imported(tmp_path, two_currencies())
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
    two = customer(analysis, "Two currencies")
    assert two.revenue_12m == pytest.approx(10_000 + 20_000 * CNY, abs=0.01)
    assert two.avg_order_12m == pytest.approx(10_000 + 20_000 * CNY, abs=0.01)
    # the 5,000 CNY wire pays the oldest due first: the order's two invoices fall due alike
    assert two.open_amount == pytest.approx(10_000 + 15_000 * CNY, abs=0.01)
    credited = customer(analysis, "Credited in RMB")
    assert credited.revenue_12m == pytest.approx(10_000 - 7_000 * CNY, abs=0.01)
    [owed] = credited.receivables
    assert owed.open == pytest.approx(10_000 - 7_000 * CNY, abs=0.01)
    assert credited.open_amount == pytest.approx(10_000 - 7_000 * CNY, abs=0.01)


def test_the_reference_agrees_on_lines_in_two_currencies(tmp_path, monkeypatch):
    db, _ = imported(tmp_path, [
        *two_currencies(),
        row("PO-3", "No rate line", "2025-01-05", 10_000, currency="USD", ship="2025-01-10"),
        row("PO-3", "No rate line", "2025-01-05", 900_000, invoice="PO-3b", currency="KZT",
            ship="2025-01-10")])
    _compare(db, tmp_path, monkeypatch, [None, A, d("2025-01-31")])


COSTED = ["合同号", "客户", "下单日期", "金额", "币种", "成本", "退税(人民币)", "付款方式",
          "出货日期", "已收金额", "收款日期"]


def costed(order_no: str, name: str, cost: object, rebate: object) -> list[object]:
    return [order_no, name, d("2025-03-01"), 10_000, "USD", cost, rebate, "T/T",
            d("2025-03-05"), 10_000, d("2025-03-20")]


def test_a_tax_rebate_in_rmb_beside_a_cost_in_usd_counts_in_rmb(tmp_path, monkeypatch):
    """A 10,000 USD sale with a cost of 8,000 USD and the export tax rebate kept in RMB
    (7,200 RMB = 1,000.08 USD): gross profit 10,000 − 8,000 + 1,000.08 = 3,000.08 USD. The
    rebate was read in the cost's currency, 7,200 USD: a 92 % margin. So is a rebate cell
    marked ¥ under a plain header; the import names the column read in RMB."""
    header = [*COSTED[:6], "退税", *COSTED[7:]]
    db, warnings = imported(tmp_path, [costed("PO-1", "Header", 8_000, 7_200)], COSTED)
    with connect(db) as conn:
        assert customer(analyse(conn, as_of=A), "Header").gross_profit_12m == pytest.approx(
            10_000 - 8_000 + 7_200 * CNY, abs=0.01)
    assert any("退税(人民币)" in w and "CNY" in w for w in warnings)
    other = tmp_path / "cell"
    other.mkdir()
    db, _ = imported(other, [costed("PO-1", "Cell", 8_000, "¥7,200"),
                             costed("PO-2", "Cost RMB too", "¥57,600", "¥7,200")], header)
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
    assert customer(analysis, "Cell").gross_profit_12m == pytest.approx(
        10_000 - 8_000 + 7_200 * CNY, abs=0.01)
    assert customer(analysis, "Cost RMB too").gross_profit_12m == pytest.approx(
        10_000 - (57_600 - 7_200) * CNY, abs=0.01)
    _compare(db, other, monkeypatch, [A])


def test_a_line_naming_no_currency_takes_its_order_s(tmp_path, monkeypatch):
    """Clerks write the currency on an order's first row only: PO-1's second product line
    (50,000, currency blank) and its credit note (10,000, blank) are CNY like its first line
    (100,000 CNY). Revenue (100,000 + 50,000 − 10,000) × 0.1389 USD, never 50,000 USD: each
    line is read in its own currency, so a blank must not make it the base currency."""
    db, _ = imported(tmp_path, [
        row("PO-1", "Written once", "2025-01-05", 100_000, currency="CNY", ship="2025-01-10"),
        row("PO-1", "Written once", "2025-01-05", 50_000, currency=None, ship="2025-01-10"),
        row("PO-1", "Written once", "2025-02-05", -10_000, invoice="CN-1", ref="PO-1",
            currency=None),
        row("PO-2", "Never written", "2025-01-05", 10_000, currency=None, ship="2025-01-10")])
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
    once = customer(analysis, "Written once")
    assert once.revenue_12m == pytest.approx(140_000 * CNY, abs=0.01)
    assert once.open_amount == pytest.approx(140_000 * CNY, abs=0.01)
    assert customer(analysis, "Never written").revenue_12m == 10_000  # the base currency
    _compare(db, tmp_path, monkeypatch, [A])


def test_a_schema_6_database_reads_its_lines_as_it_did(tmp_path):
    """Earlier versions stored a blank currency cell as the base currency and read every line
    in its order's: a 50,000 line of a CNY order stored "USD" was CNY to them. The migration
    to schema 7 keeps that reading (lines take their order's currency: which were blank cannot
    be told any more) rather than turn them into 50,000 USD; a re-import reads them anew."""
    db, _ = imported(tmp_path, [
        row("PO-1", "Old", "2025-01-05", 100_000, currency="CNY", ship="2025-01-10"),
        row("PO-1", "Old", "2025-01-05", 50_000, currency="CNY", ship="2025-01-10")])
    old = sqlite3.connect(db)
    old.execute("UPDATE order_lines SET currency = 'USD' WHERE amount = 50000")
    before_schema_10(old)
    old.execute("ALTER TABLE order_lines DROP COLUMN rebate_currency")
    old.execute("DROP TABLE meta")  # schema 8's
    old.execute("PRAGMA user_version = 6")
    old.commit()
    old.close()
    with connect(db) as conn:
        assert customer(analyse(conn, as_of=A), "Old").revenue_12m == pytest.approx(
            150_000 * CNY, abs=0.01)


def test_receipt_figures_of_one_row_in_two_currencies_are_named(tmp_path):
    """A EUR row with a deposit written "$3,240" and 7,000 received: a row keeps one currency
    for its receipt figures, the first one marked, so the 7,000 was read as USD beside the
    dollar deposit, in silence. The import now names the row and both currencies."""
    _, warnings = imported(tmp_path, [
        row("PO-1", "Two signs", "2025-03-01", 10_000, currency="EUR", ship="2025-03-10",
            deposit="$3,240", deposit_on="2025-03-02", received=7_000,
            received_on="2025-03-20"),
        row("PO-2", "One sign", "2025-03-01", 10_000, currency="EUR", ship="2025-03-10",
            deposit="€3,000", deposit_on="2025-03-02", received=7_000,
            received_on="2025-03-20")])
    [named] = [w for w in warnings if "EUR" in w and "USD" in w and "(row 2)" in w]
    assert "台账" in named and "rows 3" not in named


def test_a_changed_rate_makes_every_month_end_stale_and_moves_its_figures(tmp_path):
    """A CNY customer's kept month ends hold its revenue at 0.1389; a CNY rate of 0.14 from
    2000 on makes every month end stale, and recomputed they hold 140,000 × 0.14."""
    db, _ = imported(tmp_path, [
        row("PO-1", "Yuan", "2025-01-05", 140_000, currency="CNY", ship="2025-01-10")])
    with connect(db) as conn:
        ends = snapshots.month_ends(conn)
        snapshots.ensure(conn)
        assert snapshots.stale(conn) == []
        june = next(c for c in snapshots.read(conn, [ends[-1]])[ends[-1]].customers.values()
                    if c.customer == "Yuan")
        assert june.revenue_12m == pytest.approx(140_000 * CNY, abs=0.01)
        set_rate(conn, "CNY", "2000-01-01", 0.14)
        conn.commit()
        assert snapshots.stale(conn) == ends
        snapshots.ensure(conn)
        june = next(c for c in snapshots.read(conn, [ends[-1]])[ends[-1]].customers.values()
                    if c.customer == "Yuan")
        assert june.revenue_12m == pytest.approx(140_000 * 0.14, abs=0.01)
        assert customer(analyse(conn, as_of=ends[-1]), "Yuan").revenue_12m == pytest.approx(
            140_000 * 0.14, abs=0.01)
