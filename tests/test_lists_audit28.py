"""Audit 28: the stop-loss list against a clerk's hand count, three ledgers as small Chinese
exporters keep them, each written here with openpyxl, imported into a real SQLite file by the
app's import and analysed as the app does at a stated as-of date.

1. One buyer in two currencies, one USD wire paying a USD and a EUR invoice, its figure copied
   by the clerk onto both rows (no currency written beside it). Read at face value the EUR row
   received 14,480 EUR as well: the buyer looked paid in full, with credit to spare, and a
   72-day debt left the black list. The rule that counts a wire copied on several rows once
   now judges the rows whatever currency each is kept in (docs/analysis.md, "One wire written
   on several rows"): the fault this audit fixes. Which currency the bare figure is in the
   ledger cannot say; the app reads it in the one worth the most (EUR here, 1,072.59 EUR more
   than the clerk's USD count, the same list), so that a copy never leaves a paid invoice owed:
   a USD wire copied on a CNY row, read as yuan, would put a buyer who paid on the black list.
2. Letters of credit: the received cell stays blank until the bank pays, the due date is the
   one the terms give (L/C at sight: the ship date; L/C 90 days: ship + 90), and the bank's
   money pays the invoice whose row it is written on first (since money29; it went to the
   account's pool like any wire). The app agreed with the hand count; no
   other test lists customers whose due dates come only from L/C terms written in words
   (即期信用证, 远期信用证90天, "L/C 90 days after B/L date").
3. A buyer renamed at the new year: the old name's last order 13 months before A, its 7,000
   never paid (dormant, black-listed alone); merged into the new name, whose wire pays the old
   invoice first, the debt is the new invoice's, and the average order that the 60-day rule
   reads is the window's (30,000), not all-time's (15,333). The app agreed; no other test
   merges a dormant alias into a customer whose window and all-time averages fall on both
   sides of 20,000.

Hand counts, with the defaults: OA 30 (due = ship + 30); watch from more than 30 days past
due; black for more than 60 days past due with an average valid order in W under 20,000 USD
(all-time when none in W); EUR at 1.08 USD; the pool pays the oldest due first.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import

from core import override_changes
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.ledger.report import import_report
from core.store import connect

A = date(2025, 6, 30)


def d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def imported(db: Path, path: Path) -> str:
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message
    return import_report(result)


def at(db: Path, as_of: date = A) -> Analysis:
    with connect(db) as conn:
        return analyse(conn, as_of=as_of)


def by_name(analysis: Analysis) -> dict[str, CustomerMetrics]:
    return {c.customer: c for c in analysis.customers}


def owed(c: CustomerMetrics) -> dict[str, tuple[float, int]]:
    """Per order: (open in its currency, days past due)."""
    return {r.order_no or "": (round(r.open, 2), r.days_overdue) for r in c.receivables}


# --- 1. two currencies, one wire ---------------------------------------------------------------

WIRE_HEADER = ["合同号", "发票号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期",
               "已收金额", "收款日期"]
# a customer paid on A: the ledger records receipts up to A
PAYER = ["PO-90", "PO-90", "Payer", d("2025-05-01"), 1_000, "USD", "OA 30 days",
         d("2025-05-02"), 1_000, A]


def wire_row(no: str, customer: str, ordered: str, amount: float, currency: str, ship: str,
             received: float | None = None, on: str | None = None) -> list[object]:
    return [no, no, customer, d(ordered), amount, currency, "OA 30 days", d(ship), received,
            d(on)]


# Lyon Deco: PO-1 8,000 USD due 03-31, PO-2 6,000 EUR due 04-09, PO-3 9,000 EUR due 04-19.
# On 05-15 one wire of 14,480 USD (8,000 + 6,000 × 1.08), the bank slip's figure written on
# both rows it paid. Clerk's hand count: the wire pays PO-1 then PO-2 (6,480 USD = 6,000 EUR);
# PO-3 is 9,000 EUR (9,720 USD) open, 04-19 → 06-30 = 72 days past due; average order
# (8,000 + 6,480 + 9,720) / 3 = 8,067 USD: black. The app counts the wire once as 14,480 EUR
# (the currency worth the most): PO-1 and PO-2 paid, 14,480 − 7,407.41 − 6,000 = 1,072.59 EUR
# on PO-3, 7,927.41 EUR (8,561.60 USD) open 72 days: black. Written "$14,480" on the EUR row
# (as Lima Deco does) the figure is USD and the app's count is the clerk's to the cent.
# Kowloon Supply: 5,000 USD due 03-31 and 50,000 CNY (6,945 USD) due 04-09, one wire of
# 11,945 USD copied on both rows. The CNY invoice could hold 11,945 yuan; read so, the USD
# invoice would be 3,341 USD open 91 days and the buyer black-listed. Read in USD (worth the
# most) it pays both: nothing open, on no list.
# Lisbon Casa paid 10,000 on each of two invoices on one day, one in USD and one in EUR: each
# invoice (20,000 USD, 15,000 EUR) can hold its figure, so both are money, 20,800 USD in all:
# the oldest due (LC-1) is paid, 800 USD (740.74 EUR) goes to LC-2, 14,259.26 EUR left open,
# not yet due: nothing late.
TWO_CURRENCIES = [
    wire_row("PO-1", "Lyon Deco SARL", "2025-02-20", 8_000, "USD", "2025-03-01", 14_480,
             "2025-05-15"),
    wire_row("PO-2", "Lyon Deco SARL", "2025-02-25", 6_000, "EUR", "2025-03-10", 14_480,
             "2025-05-15"),
    wire_row("PO-3", "Lyon Deco SARL", "2025-03-10", 9_000, "EUR", "2025-03-20"),
    wire_row("LD-1", "Lima Deco SAC", "2025-02-20", 8_000, "USD", "2025-03-01", 14_480,
             "2025-05-15"),
    wire_row("LD-2", "Lima Deco SAC", "2025-02-25", 6_000, "EUR", "2025-03-10", "$14,480",
             "2025-05-15"),
    wire_row("LD-3", "Lima Deco SAC", "2025-03-10", 9_000, "EUR", "2025-03-20"),
    wire_row("KS-1", "Kowloon Supply Ltd", "2025-02-20", 5_000, "USD", "2025-03-01", 11_945,
             "2025-05-15"),
    wire_row("KS-2", "Kowloon Supply Ltd", "2025-02-25", 50_000, "CNY", "2025-03-10", 11_945,
             "2025-05-15"),
    wire_row("LC-1", "Lisbon Casa Lda", "2025-05-20", 20_000, "USD", "2025-06-10", 10_000,
             "2025-06-20"),
    wire_row("LC-2", "Lisbon Casa Lda", "2025-05-22", 15_000, "EUR", "2025-06-12", 10_000,
             "2025-06-20"),
]


def test_one_wire_copied_on_a_usd_and_a_eur_row_is_counted_once(tmp_path):
    """Before: 14,480 USD and 14,480 EUR received, every invoice paid, 5,918.40 USD of credit
    on account, Lyon Deco on no list. Now: black, PO-3 open 72 days."""
    db = tmp_path / "firm.sqlite"
    report = imported(db, write_xlsx(tmp_path / "2025.xlsx",
                                     {"台账": [WIRE_HEADER, *TWO_CURRENCIES, PAYER]}))
    assert "one wire of 14,480.00 EUR dated 2025-05-15 written on 2 rows" in report
    assert "one wire of 11,945.00 USD dated 2025-05-15 written on 2 rows" in report
    firm = by_name(at(db))
    lyon, lima = firm["Lyon Deco SARL"], firm["Lima Deco SAC"]
    assert owed(lyon) == {"PO-1": (0, 0), "PO-2": (0, 0), "PO-3": (7_927.41, 72)}
    assert (round(lyon.open_amount, 2), round(lyon.overdue_amount, 2)) == (8_561.6, 8_561.6)
    assert owed(lima) == {"LD-1": (0, 0), "LD-2": (0, 0), "LD-3": (9_000, 72)}
    assert (round(lima.open_amount, 2), round(lima.overdue_amount, 2)) == (9_720, 9_720)
    for late in (lyon, lima):
        assert (late.max_days_overdue, late.credit_on_account, late.list) == (72, 0, "black")
        assert late.list_reason is not None and late.list_reason.code == "stop_loss_rule"
    kowloon = firm["Kowloon Supply Ltd"]
    assert owed(kowloon) == {"KS-1": (0, 0), "KS-2": (0, 0)}
    assert (kowloon.credit_on_account, kowloon.list) == (0, None)
    lisbon = firm["Lisbon Casa Lda"]
    assert owed(lisbon) == {"LC-1": (0, 0), "LC-2": (14_259.26, 0)}
    # the most revenue of the firm, in its top tiers, nothing overdue, graded A: white
    assert (lisbon.overdue_amount, lisbon.risk_grade, lisbon.list) == (0, "A", "white")
    assert lisbon.tier in ("strategic", "core")
    assert firm["Payer"].list is None
    assert sorted(c.customer for c in at(db).customers if c.list == "black") == [
        "Lima Deco SAC", "Lyon Deco SARL"]


def test_the_reference_import_counts_the_wire_once_too(tmp_path):
    path = write_xlsx(tmp_path / "2025.xlsx", {"台账": [WIRE_HEADER, *TWO_CURRENCIES, PAYER]})
    [result] = _same_import(tmp_path, [path])
    assert "one wire of 14,480.00 EUR" in import_report(result)


def test_one_wire_written_in_two_files_on_rows_of_two_currencies_is_counted_once(tmp_path):
    """May's file writes the wire on the USD invoice's row, June's on the EUR invoice's: each
    file alone holds one copy, so only the analysis sees both. Before: the two copies were
    14,480 USD and 14,480 EUR, and Lyon Deco was on no list."""
    db = tmp_path / "firm.sqlite"
    may, june = TWO_CURRENCIES[0], TWO_CURRENCIES[1:3]
    imported(db, write_xlsx(tmp_path / "2025-05.xlsx", {"5月": [WIRE_HEADER, may]}))
    imported(db, write_xlsx(tmp_path / "2025-06.xlsx", {"6月": [WIRE_HEADER, *june, PAYER]}))
    lyon = by_name(at(db))["Lyon Deco SARL"]
    assert owed(lyon) == {"PO-1": (0, 0), "PO-2": (0, 0), "PO-3": (7_927.41, 72)}
    assert (lyon.credit_on_account, lyon.list) == (0, "black")


# --- 2. letters of credit ----------------------------------------------------------------------

LC_HEADER = ["合同号", "客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期",
             "回款金额", "到账日期"]


def lc_row(no: str, customer: str, ordered: str, amount: float, terms: str, ship: str,
           received: float | None = None, on: str | None = None) -> list[object]:
    return [no, customer, d(ordered), amount, "USD", terms, d(ship), received, d(on)]


LETTERS_OF_CREDIT = [
    # Riyadh: sight credits, due at the documents' presentation, ship + 21 (on shipment until
    # audit31); the bank paid LC-1 on 03-24, on time (due 03-26).
    lc_row("R-1", "Riyadh Home Co", "2025-02-10", 12_000, "L/C at sight", "2025-03-05",
           12_000, "2025-03-24"),
    lc_row("R-2", "Riyadh Home Co", "2025-03-25", 15_000, "L/C at sight", "2025-04-01"),
    lc_row("R-3", "Riyadh Home Co", "2025-05-01", 14_000, "即期信用证", "2025-05-07"),
    # Cairo: usance credits, due ship + the credit's days; the bank paid 16,000 on 06-23
    lc_row("C-1", "Cairo Trading SAE", "2025-02-01", 18_000, "L/C 90 days after B/L date",
           "2025-03-01"),
    lc_row("C-2", "Cairo Trading SAE", "2025-03-01", 16_000, "远期信用证90天", "2025-03-25",
           16_000, "2025-06-23"),
    lc_row("C-3", "Cairo Trading SAE", "2025-01-05", 9_000, "L/C 60 days", "2025-01-20"),
    # Doha: a sight credit shipped 06-20, the documents still on their way: not due (07-11)
    lc_row("D-1", "Doha Living WLL", "2025-06-01", 25_000, "L/C AT SIGHT", "2025-06-20"),
]


def test_letters_of_credit_fall_due_as_their_terms_say_and_the_bank_s_money_pools(tmp_path):
    """Hand count at 2025-06-30 (receipts to 06-30).
    Riyadh: R-2 15,000 shipped 04-01, due 04-22, 69 days; R-3 14,000 shipped 05-07, due 05-28,
    33 days; average order
    (12,000 + 15,000 + 14,000) / 3 = 13,667 under 20,000: black for R-2.
    Cairo: C-3 due 01-20 + 60 = 03-21, C-1 due 03-01 + 90 = 05-30, C-2 due 03-25 + 90 = 06-23.
    The bank's 16,000 on C-2's row, on C-2's due date, is what C-2's letter paid: C-2 is paid
    (core.analysis.direct_money.pay_own; until money29 it paid the oldest due first, C-3 and 7,000
    of C-1, and Cairo was watched at 31 days). C-3 9,000 open 101 days, C-1 18,000 open 31
    days: 27,000 overdue; average order (18,000 + 16,000 + 9,000) / 3 = 14,333: black.
    Doha: 25,000 open, due 07-11 (10 days past due before audit31): on no list."""
    db = tmp_path / "firm.sqlite"
    imported(db, write_xlsx(tmp_path / "2025.xlsx", {"台账": [LC_HEADER, *LETTERS_OF_CREDIT,
                                                            PAYER[1:]]}))
    firm = by_name(at(db))
    riyadh, cairo, doha = (firm[n] for n in ("Riyadh Home Co", "Cairo Trading SAE",
                                             "Doha Living WLL"))
    assert owed(riyadh) == {"R-1": (0, 0), "R-2": (15_000, 69), "R-3": (14_000, 33)}
    assert (riyadh.overdue_amount, riyadh.list) == (29_000, "black")
    assert riyadh.list_reason is not None and riyadh.list_reason.code == "stop_loss_rule"
    assert {r.order_no: r.due_date for r in cairo.receivables} == {
        "C-1": d("2025-05-30"), "C-2": d("2025-06-23"), "C-3": d("2025-03-21")}
    assert owed(cairo) == {"C-1": (18_000, 31), "C-2": (0, 0), "C-3": (9_000, 101)}
    assert (cairo.overdue_amount, cairo.max_days_overdue, cairo.list) == (27_000, 101, "black")
    assert {r.pay_rung for r in cairo.receivables} == {"lc_usance"}
    assert owed(doha) == {"D-1": (25_000, 0)} and doha.list is None
    assert firm["Payer"].list is None


# --- 3. a buyer renamed at the new year --------------------------------------------------------

RENAMED_HEADER = ["合同号", "客户名称", "下单日期", "金额", "付款方式", "出货日期", "已收金额",
                  "收款日期", "业务员"]


def renamed_row(no: str, customer: str, ordered: str, amount: float, ship: str,
                received: float | None = None, on: str | None = None) -> list[object]:
    return [no, customer, d(ordered), amount, "OA 30 days", d(ship), received, d(on), "王芳"]


def test_a_renamed_buyer_s_old_debt_is_judged_with_the_new_name_s_window(tmp_path):
    """Hand count at 2025-06-30 (W: after 2024-06-30).
    Apart: Hamburg Haus GmbH last ordered 2024-05-20 (13 months before A): dormant; its 7,000
    due 2024-07-05 is 360 days past due, average order all-time (7,000 + 9,000) / 2 = 8,000:
    black. The new name paid its 30,000 in full: on no list.
    Merged: the 30,000 wire of 2025-03-20 pays the oldest due first, the old 7,000, then
    23,000 of HH-2502 (due 03-27): 7,000 open, 95 days past due. Average valid order in W:
    30,000 (all-time 15,333) — not under 20,000, and 7,000 is under the exposure limit: on
    the watch list, saying why it is spared; nobody black."""
    db = tmp_path / "firm.sqlite"
    imported(db, write_xlsx(tmp_path / "2024.xlsx", {"2024": [RENAMED_HEADER, *[
        renamed_row("HH-2403", "Hamburg Haus GmbH", "2024-03-10", 9_000, "2024-03-25", 9_000,
                    "2024-04-20"),
        renamed_row("HH-2405", "Hamburg Haus GmbH", "2024-05-20", 7_000, "2024-06-05")]]}))
    imported(db, write_xlsx(tmp_path / "2025.xlsx", {"2025": [RENAMED_HEADER, *[
        renamed_row("HH-2502", "Hamburg Haus Handels GmbH", "2025-02-10", 30_000, "2025-02-25",
                    30_000, "2025-03-20"),
        renamed_row("OS-1", "Oslo Lys AS", "2025-06-01", 6_000, "2025-06-10", 6_000,
                    "2025-06-30")]]}))
    apart = by_name(at(db))
    old, new = apart["Hamburg Haus GmbH"], apart["Hamburg Haus Handels GmbH"]
    assert (old.tier, old.list, old.max_days_overdue, old.overdue_amount) == (
        "dormant", "black", 360, 7_000)
    assert (new.list, new.open_amount) == (None, 0)
    with connect(db) as conn:
        override_changes.merge(conn, "Hamburg Haus Handels GmbH", "Hamburg Haus GmbH")
    merged = by_name(at(db))
    assert "Hamburg Haus GmbH" not in merged
    hamburg = merged["Hamburg Haus Handels GmbH"]
    assert owed(hamburg) == {"HH-2403": (0, 0), "HH-2405": (0, 0), "HH-2502": (7_000, 95)}
    assert (hamburg.tier, hamburg.list, hamburg.overdue_amount) == ("long_tail", "watch", 7_000)
    assert hamburg.spared is not None and "30,000" in hamburg.spared.text
    assert [c.customer for c in merged.values() if c.list] == ["Hamburg Haus Handels GmbH"]
