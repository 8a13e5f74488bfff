"""fix35a: a bank's charge in the wire's currency, a currency written NTD, a wire's CNY
equivalent under no invoice.

Each test writes the firm's files with openpyxl, imports them by both imports (the app's and
the reference one, tests/test_fast_import._same_import) and checks the customer's figures.
The default rates: one JPY 0.0067, KRW 0.00072, CNY 0.1389, TWD 0.031 USD. Each docstring
gives the hand count and what the user saw before.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from databases import before_schema_19
from ledgers import write_xlsx
from test_corrected_payments_pay32 import NAIROBI
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name
from test_lists_audit29 import HEADER, row
from test_payments_break34b import SAID, SALES
from test_payments_pay33 import Sheets, _files
from test_payments_pay35a import BANK, NOTE_HEADER, ONE_WIRE, TAB, _currencies, _money, _received

from core.ledger.amounts import named_currency, parse_amount, parse_currency
from core.ledger.bank_charges import charge
from core.rates import Rates
from core.store import connect

TOKYO = "Tokyo Trading"


# --- 1. a bank's charge is at most 300 US dollars, whatever the wire's currency ---------------

def _charged(tmp_path: Path, currency: str, sale: float, tab: float, bank: float
             ) -> tuple[float, float]:
    """Tokyo's INV-1 of `sale`; the ledger's 收款 tab books `tab` on INV-1 "TT-881" of 04-20,
    the bank's list `bank` the same day: Tokyo's (open, credit)."""
    sales = [HEADER, row("INV-1", TOKYO, "2025-04-01", sale, "2025-04-05", currency=currency)]
    owed, _results = _files(
        tmp_path, (TAB, {"台账": sales, "收款": [NOTE_HEADER, _money(
            TOKYO, "2025-04-20", tab, currency, "TT-881", "INV-1")]}),
        (BANK, {"收款": [NOTE_HEADER, _money(TOKYO, "2025-04-20", bank, currency, "TT-881",
                                            "INV-1")]}))
    return owed[TOKYO]


@pytest.mark.parametrize("currency,sale,bank,before", [
    ("JPY", 10_000_000, 9_997_500, 66_983.25),  # 2,500 JPY: 16.75 USD
    ("KRW", 50_000_000, 49_975_000, 35_982),  # 25,000 KRW: 18 USD
    ("CNY", 500_000, 499_650, 69_401.38),  # 350 CNY: 48.62 USD
])
def test_a_big_wire_in_yen_won_or_yuan_less_its_charge_is_one_wire(tmp_path: Path, currency,
                                                                    sale, bank, before):
    """The tab books the whole invoice received on 04-20 "TT-881"; the bank's list the same
    wire less the bank's charge, some 17 to 50 USD. Hand count: one wire, the bank's sum
    counted, the charge left open (within the tolerance: nothing owed, no credit). Before:
    the 300 cap read in yen, won and yuan: two payments, the invoice paid twice, `before` USD
    shown as the buyer's credit on account."""
    assert _charged(tmp_path, currency, sale, sale, bank) == (0, 0), f"was (0, {before})"
    assert _received(tmp_path / "fast.sqlite") == [(bank, currency)]


def test_a_yen_gap_worth_more_than_300_usd_is_two_payments(tmp_path: Path):
    """Guard: 10,000,000 JPY on the tab, 9,900,000 on the bank's list (100,000 JPY apart,
    670 USD: no bank's charge). Two payments: 19,900,000 JPY received of 10,000,000, 9,900,000
    JPY (66,330 USD) on account."""
    assert _charged(tmp_path, "JPY", 10_000_000, 10_000_000, 9_900_000) == (0, 66_330)


def test_a_wire_in_a_currency_without_a_rate_falls_back_to_2_percent(tmp_path: Path):
    """The firm deleted the yen's rate: no rate weighs the charge in US dollars, so 2 % of the
    wire is (the rule before pay35b): 10,000,000 and 9,997,500 JPY one wire, the bank's sum
    stored alone."""
    for name in (tmp_path / "fast.sqlite", tmp_path / "slow.sqlite"):
        with connect(name) as conn:
            conn.execute("DELETE FROM currency_rates WHERE currency = 'JPY'")
    _charged(tmp_path, "JPY", 10_000_000, 10_000_000, 9_997_500)
    assert _received(tmp_path / "fast.sqlite") == [(9_997_500, "JPY")]


def test_the_charge_is_300_usd_at_the_currency_s_rate():
    assert charge(61_000, 1.0) == 300
    assert charge(10_000, 1.0) == 200  # 2 % of a small wire
    assert charge(10_000_000, 0.0067) == pytest.approx(300 / 0.0067)
    assert charge(10_000_000, None) == 200_000  # no rate: 2 %


@pytest.mark.parametrize("bank,owed", [(60_000, (0, 51_000)), (60_965, (9_035, 0))])
def test_usd_wires_keep_their_300_cap(tmp_path: Path, bank, owed):
    """Guard: in US dollars 61,000 and 60,000 of INV-1 (70,000 sold) are two payments
    (121,000 received: 51,000 on account), 61,000 and 60,965 one wire (9,035 open)."""
    assert _charged(tmp_path, "USD", 70_000, 61_000, bank) == owed


# --- 2. a currency written NTD, and codes the firm typed ---------------------------------------

TAIPEI = "Taipei Co"


def _taipei(tmp_path: Path, *rows: list[object], name: str = "台账 2025-04.xlsx") -> None:
    results = _same_import(tmp_path, [write_xlsx(tmp_path / "files" / name, {
        "台账": [HEADER, *rows]})])
    assert [r.status for r in results] == ["imported"]


def test_a_currency_cell_saying_ntd_is_taiwan_dollars(tmp_path: Path):
    """Taipei's INV-1, 300,000 in a currency cell "NTD"; INV-2 "300,000 NTD" in the amount
    cell. Hand count: 600,000 TWD open, 18,600 USD at the default 0.031. Before: "NTD" no
    real code, read as none: INV-1 300,000 USD open (on the confirm list), INV-2 skipped as
    not a number."""
    _taipei(tmp_path, row("INV-1", TAIPEI, "2025-01-01", 300_000, "2025-01-05",
                          currency="NTD"),
            [*row("INV-2", TAIPEI, "2025-01-02", 0, "2025-01-05")[:3], "300,000 NTD", None,
             *row("INV-2", TAIPEI, "2025-01-02", 0, "2025-01-05")[5:]])
    taipei = by_name(at(tmp_path / "fast.sqlite"))[TAIPEI]
    assert taipei.open_by_currency == {"TWD": 600_000}
    assert taipei.open_amount == 18_600


@pytest.mark.parametrize("text,code", [("NTD", "TWD"), ("NT$", "TWD"), ("新台币", "TWD"),
                                       ("台币", "TWD"), ("DHS", "AED")])
def test_taiwan_and_dirham_names_are_their_codes(text: str, code: str):
    assert parse_currency(text) == code
    assert parse_amount(f"5,000 {text}") == (5_000, code)


def test_a_code_the_firm_typed_in_the_currency_column_is_its_own(tmp_path: Path):
    """Taipei's INV-1, 300,000 in a currency cell "ABC" (no ISO code): a currency of its own,
    left out of the US-dollar totals as having no rate yet, named. Before: read as none, 300,000
    USD open."""
    _taipei(tmp_path, row("INV-1", TAIPEI, "2025-01-01", 300_000, "2025-01-05",
                          currency="ABC"))
    taipei = by_name(at(tmp_path / "fast.sqlite"))[TAIPEI]
    assert taipei.open_by_currency == {"ABC": 300_000}
    assert taipei.missing_rates == ["ABC"]
    assert taipei.open_amount == 0


@pytest.mark.parametrize("text", ["REF", "INV", "PCS"])
def test_three_letters_in_a_note_are_no_currency_but_a_cell_s_own(text: str):
    assert named_currency(text) is None  # "N-1 REF 118": a wire's reference (pay35a)
    assert parse_currency(text) == text


def test_an_earlier_database_s_ntd_rate_still_prices_taipei(tmp_path: Path):
    """A schema-17 database: March's INV-1 stored in "NTD" (the code an earlier release kept
    as typed) and the firm's own NTD rate, 0.03. April's file sends INV-1 again and INV-2
    (150,000 NTD). Hand count: 450,000 at the firm's 0.03, 13,500 USD open (9,000 before
    April). Before: April read "NTD" as none: 450,000 USD open."""
    march = row("INV-1", TAIPEI, "2025-03-01", 300_000, "2025-03-05", currency="NTD")
    _taipei(tmp_path, march, name="台账 2025-03.xlsx")
    for db in (tmp_path / "fast.sqlite", tmp_path / "slow.sqlite"):
        with sqlite3.connect(db) as conn:
            for table in ("orders", "order_lines"):
                conn.execute(f"UPDATE {table} SET currency = 'NTD'")
            conn.execute("INSERT INTO currency_rates VALUES ('NTD', '2000-01-01', 0.03)")
            before_schema_19(conn)
            conn.execute("PRAGMA user_version = 17")
        connect(db).close()
    assert by_name(at(tmp_path / "fast.sqlite"))[TAIPEI].open_amount == 9_000
    _taipei(tmp_path, march, row("INV-2", TAIPEI, "2025-04-01", 150_000, "2025-04-05",
                                 currency="NTD"))
    taipei = by_name(at(tmp_path / "fast.sqlite"))[TAIPEI]
    assert taipei.open_amount == 13_500
    assert taipei.open_by_currency == {"TWD": 450_000}


# --- 3. a wire's CNY equivalent under no invoice beside the tab's under N-1 -------------------

@pytest.mark.parametrize("note", ["TT-881", None])
@pytest.mark.parametrize("bank_first", [False, True])
def test_the_bank_s_cny_row_without_invoice_is_the_tab_s_usd_wire(tmp_path: Path, note,
                                                                  bank_first):
    """The tab books 5,000 USD on N-1 (note "TT-881", or none) of 04-20; the bank's RMB list
    35,500 CNY "TT-881" that day under no invoice (4,930.95 USD: within the 3 % band). Hand
    count: one wire, 5,000 USD received, 8,000 open (N-1's 5,000 and N-2's 3,000). Before:
    two payments, 9,930.95 on N-1 (paid within the band): N-2's 3,000 open."""
    tab: tuple[str, Sheets] = (TAB, {"台账": SALES, "收款": [NOTE_HEADER, _money(
        NAIROBI, "2025-04-20", 5_000, "USD", note, "N-1")]})
    bank: tuple[str, Sheets] = (BANK, {"收款": [NOTE_HEADER, _money(
        NAIROBI, "2025-04-20", 35_500, "CNY", "TT-881")]})
    owed, _results = _files(tmp_path, *((bank, tab) if bank_first else (tab, bank)))
    assert owed[NAIROBI] == (8_000, 0)
    assert _received(tmp_path / "fast.sqlite") == [(5_000, "USD")]


def test_another_reference_under_no_invoice_stays_its_own(tmp_path: Path):
    """Guard: the bank's 35,500 CNY under no invoice gives TT-882, the tab's N-1 TT-881: two
    wires, 5,000 + 4,930.95 received (N-1 paid within the band), N-2's 3,000 open, nothing
    said."""
    owed, report = _currencies(tmp_path, _money(NAIROBI, "2025-04-20", 5_000, "USD", "TT-881",
                                                "N-1"),
                               _money(NAIROBI, "2025-04-20", 35_500, "CNY", "TT-882"))
    assert owed == (3_000, 0)
    assert ONE_WIRE not in report


def test_one_currency_the_bank_s_row_without_invoice_is_the_tab_s_wire(tmp_path: Path):
    """The tab books 5,000 USD on N-1 (its invoice column) "TT-881" of 04-20, the bank's
    list 4,985 USD "TT-881" that day under no invoice (its 15 charge off). Hand count: one
    wire, 4,985 counted, 8,015 open. Before: two payments, 9,985 on N-1 (paid within the
    tolerance): N-2's 3,000 open."""
    owed, report = _currencies(tmp_path, _money(NAIROBI, "2025-04-20", 5_000, "USD", "TT-881",
                                                "N-1"),
                               _money(NAIROBI, "2025-04-20", 4_985, "USD", "TT-881"))
    assert owed == (8_015, 0)
    assert SAID in report


def test_the_firm_s_ntd_rates_and_its_later_twd_ones_price_both_codes(tmp_path: Path):
    """The firm's NTD rate from 2024 (0.03) beside the seeded TWD of 2000 (0.031), then a TWD
    rate it typed from 2025-06 (0.033): TWD and stored NTD lines alike are 0.03 before June
    2025 (the seed is not the firm's), 0.033 after."""
    with connect(tmp_path / "db.sqlite") as conn:
        conn.executemany("INSERT INTO currency_rates VALUES (?, ?, ?)",
                         [("NTD", "2024-01-01", 0.03), ("TWD", "2025-06-01", 0.033)])
        rates = Rates(conn, "USD")
    for code in ("TWD", "NTD"):
        assert [rates.usd_per_unit(code, day) for day in ("2020-01-01", "2025-07-01")] == [
            0.03, 0.033]
