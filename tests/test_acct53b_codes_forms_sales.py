"""acct53b: a code's leading zeros, a bank-written payer's legal form, a register's look-up.

rv52d's cases, each on an ERP export (合同号, 发票号, 客户编码, 客户名称) and a 收款登记
written with openpyxl, imported month by month: Atlas's code written C0012, C12, 12 and 0012
split one buyer into four customers, one holding the credit and one 6,000 overdue (c3); a register
writing the payer as the bank does (VALENCIA AUTO RECAMBIOS SL, KRAKOW AUTO SERWIS SP Z OO)
asked the clerk to correct a right name as a payment made for another (代付, h13); a register
naming a number its payer never bought read every stored sale line (p1).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_acct52i_customer_codes import _erp, _register, _reports
from test_lists_audit28 import at, by_name
from test_paid_numbers_acct52h import _account, _fast, _names
from test_paid_numbers_acct52h import _erp as _export
from test_paid_numbers_acct52h import _register as _bank_register
from test_tabs_apart import _both, counted  # noqa: F401 - the fixture

from core.ledger.noted_orders import loose_number
from core.ledger.paid_numbers import StoredSales
from core.ledger.stored_codes import stored_codes
from core.store import connect

ATLAS = "Atlas Auto Parts LLC"
OA = "O/A 30 days"
APRIL = date(2025, 4, 30)


def _atlas(code: object, no: int, month: int, amount: int) -> tuple:
    return (f"HX-{no}", f"HXI-{no}", code, ATLAS, "Chile", f"2025-{month:02}-0{no}",
            f"2025-{month:02}-10", amount, OA)


# --- c3: a code's leading zeros ---------------------------------------------------------------

def test_a_codes_leading_zeros_across_files_are_one_buyer(tmp_path: Path) -> None:
    """January writes Atlas's code C0012, February C12 (an ERP upgrade), March the number 12
    beside the text 0012; April's wire of 21,000 pays all four invoices. Hand count at 04-30:
    one customer Atlas, nothing open, no credit, nothing said of two buyers. Before: Atlas
    11,000 credit beside "Atlas (C12)" 6,000 overdue, "Atlas (12)" 4,000, "Atlas (0012)" 1,000."""
    reports = _reports(
        tmp_path, _erp(tmp_path, "erp01.xlsx", _atlas("C0012", 1, 1, 10_000)),
        _erp(tmp_path, "erp02.xlsx", _atlas("C12", 2, 2, 6_000)),
        _erp(tmp_path, "erp03.xlsx", _atlas("C012", 3, 3, 4_000), _atlas("c 0012", 4, 3, 1_000)),
        _register(tmp_path, "reg04.xlsx", ("2025-04-09", ATLAS, 21_000, 0, None, None)))
    assert not any("customer code" in r.lower() for r in reports), reports
    customers = by_name(at(tmp_path / "fast.sqlite", APRIL))
    assert set(customers) == {ATLAS}
    atlas = customers[ATLAS]
    assert (atlas.open_amount, atlas.overdue_amount, atlas.credit_on_account, atlas.list) == (
        0, 0, 0, None)
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:  # kept as first written, once
        assert conn.execute("SELECT code, name, file FROM customer_codes").fetchall() == [
            ("C0012", ATLAS, "erp01.xlsx")]


def test_a_number_cell_and_its_padded_text_in_one_file_are_one_code(tmp_path: Path) -> None:
    """One export: Atlas C0025 first, then Atlas beside the number 12 (Excel's 0012) and the
    text 0012 and 012: two buyers under one name (C0025 and 12), not four; the second shown
    as first written, "Atlas Auto Parts LLC (12)", with its 5,000 unpaid (due 02-09, 80 days
    at 04-30) black on its own."""
    first, = _reports(tmp_path, _erp(
        tmp_path, "erp01.xlsx", _atlas("C0025", 1, 1, 10_000), _atlas(12, 2, 1, 2_000),
        _atlas("0012", 3, 1, 2_000), _atlas("012", 4, 1, 1_000)))
    customers = by_name(at(tmp_path / "fast.sqlite", APRIL))
    assert set(customers) == {ATLAS, f"{ATLAS} (12)"}
    split = customers[f"{ATLAS} (12)"]
    assert (split.open_amount, split.max_days_overdue) == (5_000, 80)
    assert first.count("is written beside customer codes") == 1, first
    assert "“C0025” and “12”" in first, first


def test_a_tab_read_apart_writes_the_code_as_the_book_first_did(
        tmp_path: Path, counted: list[str], monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    """A year book, a tab a month, read by the other process: 1月 C0012, 2月 C12, 3月 the
    number 12 beside C0025 for another Atlas: the same customers as read in the import's own
    process, C0012's three orders one customer's, C0025's its own."""
    head = ["合同号", "发票号", "客户编码", "客户名称", "国家", "订单日期", "出运日期", "产品名称",
            "金额", "币种", "付款方式"]
    tabs = {f"{m}月": [head] for m in range(1, 4)}
    for month, code, amount in ((1, "C0012", 10_000), (2, "C12", 6_000), (3, "c0012", 4_000),
                                (3, "C0025", 1_000)):
        tabs[f"{month}月"].append([f"HX-{amount}", f"HXI-{amount}", code, "Atlas", "USA",
                                  date(2025, month, 5), date(2025, month, 20), "刹车片",
                                  amount, "USD", "T/T"])
    _both(tmp_path, monkeypatch, [write_xlsx(tmp_path / "2025年出运明细.xlsx", tabs)])
    assert counted == ["2025年出运明细.xlsx"]
    customers = by_name(at(tmp_path / "apart.sqlite", APRIL))
    assert customers["Atlas"].revenue_12m == 20_000
    assert customers["Atlas (C0025)"].revenue_12m == 1_000


def test_a_store_kept_by_the_earlier_reader_is_read_with_the_zeros_folded(
        tmp_path: Path) -> None:
    """A database whose earlier reader kept C0012 and C12 apart ("Atlas (C12)" split off):
    its codes read as one code, as first written, Atlas beside it alone (the split no buyer
    now), so a later file's C12 is Atlas's and nothing is said of a second name."""
    _reports(tmp_path, _erp(tmp_path, "erp01.xlsx", _atlas("C0012", 1, 1, 10_000)))
    for db in ("fast.sqlite", "slow.sqlite"):  # both imports' (test_fast_import._same_import)
        with sqlite3.connect(tmp_path / db) as conn:
            conn.execute("INSERT INTO customer_codes(code, customer_key, name, file) VALUES "
                         "('C12', 'atlas auto parts llc (c12)', 'Atlas Auto Parts LLC (C12)', "
                         "'erp02.xlsx'), ('c0025', 'borg', 'Borg', 'erp02.xlsx')")
    with connect(tmp_path / "fast.sqlite") as conn:
        assert stored_codes(conn) == {"C0012": {"atlas auto parts llc": ATLAS},
                                      "c0025": {"borg": "Borg"}}
    march, = _reports(tmp_path, _erp(tmp_path, "erp03.xlsx", _atlas("C12", 3, 3, 4_000)))
    assert "customer code" not in march.lower(), march
    assert set(by_name(at(tmp_path / "fast.sqlite", APRIL))) == {ATLAS}


# --- h13: a bank-written payer's legal form ---------------------------------------------------

VALENCIA, KRAKOW = "Valencia Auto Recambios S.L.", "Krakow Auto Serwis Sp. z o.o."


def test_a_payer_written_with_the_banks_legal_form_is_the_buyer(tmp_path: Path) -> None:
    """The register writes the payers as the bank does, VALENCIA AUTO RECAMBIOS SL and
    KRAKOW AUTO SERWIS SP Z OO, each naming its own invoice (10,000 and 8,000): the buyers'
    money, said as their names written otherwise, in both languages; no 代付 note asking the
    clerk to correct a right name; both paid. A payer of another form (SA for an S.L.) is
    still a payment made for the buyer (代付)."""
    reports = _fast(
        tmp_path, (_export(tmp_path / "erp01.xlsx", (
            "HX-1", "HXI-1", "C1", VALENCIA, "2025-01-02", "2025-01-10", 10_000, OA), (
            "HX-2", "HXI-2", "C2", KRAKOW, "2025-01-02", "2025-01-10", 8_000, OA), (
            "HX-3", "HXI-3", "C3", "Sevilla Frenos S.L.", "2025-01-02", "2025-01-10", 5_000,
            OA)), False),
        (_bank_register(tmp_path / "reg02.xlsx",
                        ("2025-02-09", "VALENCIA AUTO RECAMBIOS SL", 10_000, None, "HXI-1", None),
                        ("2025-02-09", "KRAKOW AUTO SERWIS SP Z OO", 8_000, None, "HXI-2", None),
                        ("2025-02-09", "SEVILLA FRENOS SA", 5_000, None, "HXI-3", None)), True))
    en, zh = reports[1]
    for payer, buyer in (("VALENCIA AUTO RECAMBIOS SL", VALENCIA),
                         ("KRAKOW AUTO SERWIS SP Z OO", KRAKOW)):
        assert f"paid by {payer} for HXI-{1 if buyer == VALENCIA else 2} of {buyer}, the same " \
               "name written otherwise" in en, en
        assert _account(tmp_path, buyer, date(2025, 2, 28))[:4] == (0, 0, 0, 0)
    assert en.count("(代付)") == 1 and "paid by SEVILLA FRENOS SA" in en, en
    assert zh.count("同一名称的不同写法") == 2, zh
    assert _names(tmp_path) == {VALENCIA, KRAKOW, "Sevilla Frenos S.L."}


# --- p1: a register's look-up of stored sales -------------------------------------------------

def test_the_store_is_asked_for_the_named_numbers_only(tmp_path: Path) -> None:
    """StoredSales.named reads the lines answering to the numbers asked (however the ledger
    spelled them: PI-0007 for PI7, full-width ＰＩ８), not the store's other lines: the
    figures of each as a read of every line gives them."""
    rows = [("PI-0007", "INV-7", "C1", "Borg Handel GmbH", "2025-01-02", "2025-01-10", 7_000, OA),
            ("ＰＩ８", None, "C2", "Lima Trading", "2025-01-03", "2025-01-10", 8_000, OA),
            *[(f"PO-{n}", f"INV-{n}", "C3", "Other Buyer", "2025-01-04", "2025-01-10", 100, OA)
              for n in range(10, 40)]]
    _fast(tmp_path, (_export(tmp_path / "erp01.xlsx", *rows), False))
    with connect(tmp_path / "fast.sqlite") as conn:
        sales = StoredSales(conn)
        asked = {loose_number("PI7"), loose_number("pi 8"), loose_number("NOPE-1")}
        found = sales.named(asked)
        assert found == {"pi7": {"borg handel gmbh": ("Borg Handel GmbH", "USD", 7_000, OA)},
                         "pi8": {"lima trading": ("Lima Trading", "USD", 8_000, OA)}}
        assert sales.named({"inv7"})["inv7"] == found["pi7"]  # its invoice, asked apart
        assert sales.named(asked)["pi7"] == found["pi7"]  # asked again: not counted twice
