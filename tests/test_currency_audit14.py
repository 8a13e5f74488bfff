"""An audit of currencies and exchange rates (audit 14c): the cases no other test books, each on
a ledger written here with openpyxl, imported through core and analysed as the app does.

Every expectation is worked out by hand from the rows of its test and the default rates
(core.rates.DEFAULT_RATES: one CNY is 0.1389 USD, one EUR 1.08 USD, the same on every date).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_account_audit import HEADER, PAYER, A, customer, row

from core import settings
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.rates import DEFAULT_RATES
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
            settings.put(conn, key, value)
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
