"""pay35a: one customer's payments in two currencies across a firm's files.

Each test writes the firm's files with openpyxl, imports them by both imports (the app's and
the reference one) and checks Nairobi's (open, credit): N-1 10,000 and N-2 3,000 USD sold
(13,000). The default rates: one CNY is 0.1389 USD, the exchange band 3 %. Each docstring
gives the hand count and what the user saw before.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from databases import before_schema_19
from languages import in_chinese
from ledgers import write_xlsx
from test_corrected_payments_pay32 import NAIROBI, _pay
from test_fast_import import _same_import
from test_lists_audit28 import at, d
from test_payments_break34b import MONEY_HEADER, SAID, SALES, _two_lists
from test_payments_pay33 import _files

from core.ledger.amounts import named_currency, parse_currency
from core.ledger.importer import import_files
from core.ledger.report import import_report
from core.store import connect

TAB, BANK = "台账 2025-04.xlsx", "银行水单 2025-04.xlsx"
NOTE_HEADER = [*MONEY_HEADER[:3], "发票号", "币种", "备注"]


def _money(customer: str, day: str, sum_: float, currency: str, note: str | None,
           invoice: str | None = None) -> list[object]:
    return [customer, d(day), sum_, invoice, currency, note]


def _currencies(tmp_path: Path, first: list[object], second: list[object]
                ) -> tuple[tuple[float, float], str]:
    """The ledger's 收款 tab with `first`, the bank's list with `second` (each with its
    currency): Nairobi's (open, credit) and the second import's report."""
    owed, results = _files(
        tmp_path, (TAB, {"台账": SALES, "收款": [NOTE_HEADER, first]}),
        (BANK, {"收款": [NOTE_HEADER, second]}))
    return owed[NAIROBI], import_report(results[-1])


# --- 1. a USD wire in one list, its CNY equivalent in the other -------------------------------

ONE_WIRE = "in another currency"


# (N-1 under both rows with no note says no one wire: two payments, fix35i's
# test_one_invoice_under_both_rows_without_notes_is_two_payments)
@pytest.mark.parametrize("invoice,note", [(None, "TT-881"), ("N-1", "TT-881")])
def test_a_usd_wire_and_its_cny_equivalent_in_two_lists_are_one_wire(tmp_path: Path, invoice,
                                                                     note):
    """The ledger's tab books TT-881 (or N-1), 5,000 USD on 04-20; the bank's list the same
    wire as the firm's RMB account credited it, 35,500 CNY on 04-20 under TT-881 (or N-1;
    at the table's 0.1389, 4,930.95 USD: 1.4 % off, within the 3 % exchange band). Hand
    count: 13,000 sold, 5,000 received: 8,000 open. Before: two sums, two payments: 5,000 +
    4,930.95 received, N-1 paid within the band, 3,000 open: a buyer who owes 8,000 shown
    owing 3,000."""
    owed, report = _currencies(tmp_path, _money(NAIROBI, "2025-04-20", 5_000, "USD", note,
                                                invoice),
                               _money(NAIROBI, "2025-04-20", 35_500, "CNY", note, invoice))
    assert owed == (8_000, 0)
    assert ONE_WIRE in report, report
    assert f"{TAB} “收款” row 2: 5,000.00 USD 2025-04-20 → 35,500.00 CNY 2025-04-20" in report
    assert "只计一次，保留发票币种的那一行" in in_chinese(lambda: report_of(tmp_path))
    assert _received(tmp_path / "fast.sqlite") == [(5_000, "USD")]  # the invoice's currency


def test_the_bank_list_first_keeps_the_usd_row_too(tmp_path: Path):
    """The same two lists imported the other way round: the CNY row is stored first, the USD
    one (the base currency; no invoice) kept: 8,000 open, named on the tab's sheet."""
    owed, results = _files(
        tmp_path, (BANK, {"收款": [NOTE_HEADER, _money(NAIROBI, "2025-04-20", 35_500, "CNY",
                                                     "TT-881")]}),
        (TAB, {"台账": SALES, "收款": [NOTE_HEADER, _money(NAIROBI, "2025-04-20", 5_000, "USD",
                                                         "TT-881")]}))
    assert owed[NAIROBI] == (8_000, 0)
    assert ONE_WIRE in import_report(results[-1])
    assert _received(tmp_path / "fast.sqlite") == [(5_000, "USD")]


@pytest.mark.parametrize("second", [(30_000, "TT-881"), (35_500, "TT-882"),
                                    (35_500, "TT-881 第二笔")])
def test_a_cny_payment_outside_the_band_or_of_another_reference_stays_counted(tmp_path: Path,
                                                                             second):
    """Guard: 30,000 CNY (4,167 USD, 17 % off the 5,000; 833 left on N-1 and N-2's 3,000 open),
    another wire's reference or a note saying it is the second payment is money of its own,
    nothing said: 5,000 and 4,930.95 pay N-1 within the band, N-2's 3,000 open."""
    owed, report = _currencies(tmp_path, _money(NAIROBI, "2025-04-20", 5_000, "USD",
                                                "TT-881 第一笔"),
                               _money(NAIROBI, "2025-04-20", second[0], "CNY", second[1]))
    assert owed == ((3_833, 0) if second[0] == 30_000 else (3_000, 0))
    assert ONE_WIRE not in report


def test_a_wire_in_a_currency_without_a_rate_is_named_not_guessed(tmp_path: Path):
    """The bank's list books TT-881 as 690,000 KES on 04-20, a currency the rates table has
    no rate for (the firm deleted it): no rate can tell whether it is the tab's 5,000 USD.
    Both stay counted as the rows say and the report names both rows to check."""
    db = tmp_path / "fast.sqlite"
    for name in (db, tmp_path / "slow.sqlite"):
        with connect(name) as conn:
            conn.execute("DELETE FROM currency_rates WHERE currency = 'KES'")
    owed, report = _currencies(tmp_path, _money(NAIROBI, "2025-04-20", 5_000, "USD", "TT-881"),
                               _money(NAIROBI, "2025-04-20", 690_000, "KES", "TT-881"))
    assert owed == (8_000, 0)  # the KES is left out of the USD totals: no rate
    assert (f"no rate for its currency to tell, row 2 ({TAB} “收款” row 2: 5,000.00 USD "
            "2025-04-20 → 690,000.00 KES 2025-04-20): both counted") in report, report
    assert "汇率表没有该币种的汇率" in in_chinese(lambda: report_of(tmp_path, "KES"))
    assert sorted(_received(tmp_path / "fast.sqlite")) == [(5_000, "USD"), (690_000, "KES")]


# --- 2. one sum on one day in two currencies, one in each file ---------------------------------

@pytest.mark.parametrize("invoice", [None, "N-1"])
def test_5000_usd_and_5000_cny_of_one_day_in_two_files_are_two_lines(tmp_path: Path, invoice):
    """The ledger's tab books 5,000 USD of 04-20, the bank's CNY list 5,000 CNY of 04-20 (the
    RMB part the buyer sent). Hand count: 5,000 USD and 694.50 USD received: 7,305.50 open.
    Before: one line key (the currency no part of it): the CNY row took the USD one's line,
    12,305.50 open, the buyer's 5,000 USD lost."""
    owed, report = _currencies(tmp_path, _money(NAIROBI, "2025-04-20", 5_000, "USD", None,
                                                invoice),
                               _money(NAIROBI, "2025-04-20", 5_000, "CNY", None, invoice))
    assert owed == (7_305.5, 0)
    assert SAID not in report


def test_a_ledger_re_sent_with_its_payments_in_two_currencies_counts_each_once(tmp_path: Path):
    """Guard: April's tab with 5,000 USD and 5,000 CNY of 04-20, sent again with the two rows
    the other way round: 7,305.50 open, no line more."""
    usd, cny = (_money(NAIROBI, "2025-04-20", 5_000, code, None) for code in ("USD", "CNY"))
    owed, _results = _files(tmp_path, (TAB, {"台账": SALES, "收款": [NOTE_HEADER, usd, cny]}),
                            ("台账 2025-04(1).xlsx", {"台账": SALES,
                                                     "收款": [NOTE_HEADER, cny, usd]}))
    assert owed[NAIROBI] == (7_305.5, 0)


def test_a_schema_17_database_keeps_its_payments_when_its_ledger_is_sent_again(tmp_path: Path):
    """A database schema 17 left: April's tab's 5,000 USD and 5,000 CNY of 04-20 (and 3,000 USD
    on N-2) stored under keys without their currency. Opened, each key gets its currency; the
    tab sent again (its rows the other way round) repeats each payment: 4,305.50 open, no line
    more. Left under the old keys, each would be stored again beside the old one."""
    usd, cny = (_money(NAIROBI, "2025-04-20", 5_000, code, None) for code in ("USD", "CNY"))
    n2 = _money(NAIROBI, "2025-04-21", 3_000, "USD", None, "N-2")
    owed, _results = _files(tmp_path, (TAB, {"台账": SALES, "收款": [NOTE_HEADER, usd, cny, n2]}))
    assert owed[NAIROBI] == (4_305.5, 0)
    dbs = (tmp_path / "fast.sqlite", tmp_path / "slow.sqlite")
    today = [_keys(db) for db in dbs]
    assert today[0] == today[1] and len(today[0]) == 3
    assert any("=5000.00USD" in key for key in today[0])
    assert any("=3000.00USD:2025-04-21" in key for key in today[0])
    for db in dbs:
        schema_17(db)
        assert not any("USD" in key or "CNY" in key for key in _keys(db))
        connect(db).close()
        assert _keys(db) == today[0]
    results = _same_import(tmp_path, [write_xlsx(tmp_path / "files" / "台账 2025-04(1).xlsx", {
        "台账": SALES, "收款": [NOTE_HEADER, n2, cny, usd]})])
    assert [r.status for r in results] == ["imported"]
    assert _keys(dbs[0]) == today[0]
    assert {c.customer: c.open_amount for c in at(dbs[0]).customers}[NAIROBI] == 4_305.5


@pytest.mark.parametrize("invoice", [None, "N-1"])
def test_a_payment_whose_currency_a_re_sent_ledger_corrects_is_replaced(tmp_path: Path,
                                                                        invoice):
    """Guard: April's ledger books 5,000 USD of 04-20; May's, re-sending April's rows, has it
    corrected to 5,000 CNY (the RMB account's). Hand count: 694.50 USD received, 12,305.50
    open: the corrected payment replaces the first, not beside it (7,305.50)."""
    owed, _results = _files(
        tmp_path, (TAB, {"台账": SALES, "收款": [NOTE_HEADER, _money(
            NAIROBI, "2025-04-20", 5_000, "USD", None, invoice)]}),
        ("台账 2025-05.xlsx", {"台账": SALES, "收款": [NOTE_HEADER, _money(
            NAIROBI, "2025-04-20", 5_000, "CNY", None, invoice)]}))
    assert owed[NAIROBI] == (12_305.5, 0)


# --- 3. three letters that are no currency -----------------------------------------------------

@pytest.mark.parametrize("text", ["REF", "ref", "INV", "TTN", "PCS"])
def test_three_letters_that_are_no_currency_are_none(text: str):
    """Before: any three letters read as a currency of that code. In a note: a currency
    cell's three letters are the firm's code (fix35a)."""
    assert named_currency(text) is None


@pytest.mark.parametrize("text,code", [("usd", "USD"), ("KES", "KES"), ("rmb", "CNY"),
                                       ("cnh", "CNH"), ("HRK", "HRK")])
def test_real_codes_and_known_words_stay_currencies(text: str, code: str):
    assert parse_currency(text) == code


@pytest.mark.parametrize("days", [("2025-04-20", "2025-04-22"), ("2025-04-20", "2025-04-20")])
def test_two_wires_whose_references_are_ref_118_and_ref_119_are_two(tmp_path: Path, days):
    """The ledger's tab books 5,000 on 04-20 "N-1 REF 118"; the bank's list 5,000 (or 4,950
    the same day) "N-1 REF 119": two wires, each its bank's reference. Hand count: 13,000 sold,
    10,000 (9,950) received: 3,000 open. Before: "REF" read as a currency, so REF 118 was the
    sum 118 REF, no reference: N-1 shared, one wire, 8,000 (8,050) open."""
    second = 5_000 if days[0] != days[1] else 4_950
    owed, report = _two_lists(tmp_path, _pay(NAIROBI, days[0], 5_000, "N-1 REF 118"),
                              _pay(NAIROBI, days[1], second, "N-1 REF 119"))
    assert owed == (3_000, 0)
    assert SAID not in report


def _received(db: Path) -> list[tuple[float, str]]:
    """Each stored payment line's sum and currency."""
    with sqlite3.connect(db) as conn:
        return list(conn.execute(
            "SELECT received_amount, COALESCE(received_currency, currency) FROM order_lines "
            "WHERE line_key LIKE '%|paid=%' ORDER BY id"))


def report_of(tmp_path: Path, unrated: str | None = None) -> str:
    """Both lists imported again into a database of their own (the rate of `unrated`
    deleted): the bank's list's report, in the language in force."""
    db = tmp_path / "again" / "db.sqlite"
    with connect(db) as conn:
        conn.execute("DELETE FROM currency_rates WHERE currency = ?", (unrated,))
    [first] = import_files(db, [tmp_path / "files" / TAB])
    [second] = import_files(db, [tmp_path / "files" / BANK])
    assert first.status == second.status == "imported"
    return import_report(second)


def schema_17(db: Path) -> None:
    """The payments' keys as schema 17 left them: without their currency, numbered anew."""
    with sqlite3.connect(db) as conn:
        places: dict[str, int] = {}
        for line_id, key in conn.execute(
                "SELECT id, line_key FROM order_lines WHERE line_key LIKE '%|paid=%' "
                "ORDER BY id").fetchall():
            part = re.sub(r"(=[0-9.]+)[A-Z]{3}", r"\1", key.rpartition("#")[0])
            places[part] = places.get(part, -1) + 1
            conn.execute("UPDATE order_lines SET line_key = ? WHERE id = ?",
                         (f"{part}#{places[part]}", line_id))
        before_schema_19(conn)
        conn.execute("PRAGMA user_version = 17")


def _keys(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [key for (key,) in conn.execute(
            "SELECT line_key FROM order_lines WHERE line_key LIKE '%|paid=%' ORDER BY id")]
