"""acct52i: customer codes (客户编码) an ERP exports beside the name, month by month (rv52b f5, f6).

rv52b kept a Ningbo auto-parts exporter's year as the ERP's monthly order exports (合同号,
发票号, 客户编码, 客户名称) and the finance clerk's 收款登记 (到账日期, 付款单位, 收款金额,
发票号), imported month by month. Two buyers exported under one short name ("Atlas", C0010
and C0025) were one customer, their figures mixed (f6); a buyer renamed between two monthly
exports (C0001) was two customers, nothing said (f5). Each test imports through both imports
(tests.test_fast_import._same_import) and reads the account as the owner sees it.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from databases import before_schema_25, made_older
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name
from test_tabs_apart import _both, counted  # noqa: F401 - the fixture

from core import override_changes, recovery
from core.ledger.report import import_report
from core.store import connect

ERP = ["合同号", "发票号", "客户编码", "客户名称", "国家", "订单日期", "出运日期", "产品名称",
       "金额", "币种", "付款方式"]
REG = ["序号", "到账日期", "付款单位", "收款金额", "币种", "银行扣费", "发票号", "备注"]
PAYER = {"customer": "付款单位"}
OCT = date(2025, 10, 31)
OLD, NEW = "Rheinland Fahrzeugteile GmbH", "RFT Automotive GmbH"


def _erp(folder: Path, name: str, *rows: tuple) -> list[Path]:
    """rows: (合同号, 发票号, code, name, country, ordered, shipped, amount, terms)."""
    return [write_xlsx(folder / name, {"销售出运明细": [ERP, *[
        [no, inv, code, who, country, date.fromisoformat(on), date.fromisoformat(ship),
         "刹车片 Brake pad", amount, "USD", terms]
        for no, inv, code, who, country, on, ship, amount, terms in rows]]})]


def _register(folder: Path, name: str, *rows: tuple) -> list[Path]:
    """rows: (到账日期, 付款单位, 收款金额, 银行扣费, 发票号, 备注)."""
    return [write_xlsx(folder / name, {"收款登记": [REG, *[
        [i, date.fromisoformat(on), payer, net, "USD", charge, ref, note]
        for i, (on, payer, net, charge, ref, note) in enumerate(rows, 1)]]})]


def _reports(tmp_path: Path, *rounds: list[Path]) -> list[str]:
    results = _same_import(tmp_path, *rounds[:1]) if len(rounds) == 1 else [
        r for files in rounds for r in _same_import(
            tmp_path, files, **({"overrides": PAYER} if "reg" in files[0].name else {}))]
    assert all(r.status == "imported" for r in results)
    return [import_report(r) for r in results]


# --- f6: one short name beside two codes -----------------------------------------------------

ATLAS_SEPT = ("HX-1", "HXI-1", "C0010", "Atlas", "USA", "2025-08-01", "2025-09-01", 40_000,
              "T/T 30% deposit, 70% against B/L copy")
ATLAS_SA = ("HX-2", "HXI-2", "C0025", "Atlas", "South Africa", "2025-08-05", "2025-09-05", 8_000,
            "D/P at sight")


def _atlas(tmp_path: Path, folder: str = "") -> list[str]:
    where = tmp_path / folder if folder else tmp_path
    return _reports(where, _erp(where, "erp09.xlsx", ATLAS_SEPT, ATLAS_SA), _register(
        where, "reg10.xlsx", ("2025-08-10", "Atlas", 12_000, 0, "HX-1", "30%定金"),
        ("2025-09-08", "Atlas", 28_000, 0, "HXI-1", "70%尾款"),
        ("2025-10-31", "Other Buyer", 100, 0, None, None)))  # booked up to 10-31


def test_one_short_name_beside_two_codes_is_two_customers(tmp_path: Path) -> None:
    """C0025's 8,000 on D/P at sight (shipped 09-05, due 09-26) unpaid: 35 days past due at
    10-31, black on its own (average order 8,000). Before: one "Atlas", average 24,000, 8,000
    open, watch, nothing said. C0010's 40,000 is paid by the register's two wires."""
    erp, _ = _atlas(tmp_path)
    customers = by_name(at(tmp_path / "fast.sqlite", OCT))
    south = customers["Atlas (C0025)"]
    assert (south.open_amount, south.max_days_overdue, south.avg_order_12m, south.list) == (
        8_000, 35, 8_000, "black")
    usa = customers["Atlas"]
    assert (usa.open_amount, usa.avg_order_12m, usa.list) == (0, 40_000, None)
    assert ("“Atlas” is written beside customer codes “C0010” and “C0025”: two buyers under one "
            "name, counted apart as “Atlas” (C0010) and “Atlas (C0025)”" in erp), erp
    assert "Possibly one customer" not in erp, erp  # said once, as two codes
    zh = in_chinese(lambda: _atlas(tmp_path, "zh")[0])
    assert "“Atlas”旁写有两个客户编号“C0010”和“C0025”" in zh and "“Atlas (C0025)”" in zh, zh


def test_next_months_file_lands_on_the_same_customers(tmp_path: Path) -> None:
    """October's file writes "Atlas" beside C0025 alone: its 3,000 is Atlas (C0025)'s, not
    the USA buyer's, and nothing is said again."""
    _atlas(tmp_path)
    october, = _reports(tmp_path, _erp(tmp_path, "erp10.xlsx", (
        "HX-5", "HXI-5", "C0025", "Atlas", "South Africa", "2025-10-01", "2025-10-05", 3_000,
        "D/P at sight")))
    customers = by_name(at(tmp_path / "fast.sqlite", OCT))
    assert customers["Atlas (C0025)"].open_amount == 11_000
    assert customers["Atlas"].open_amount == 0
    assert "C0025" not in october, october


def test_a_name_beside_one_code_stays_as_it_was(tmp_path: Path) -> None:
    """Two rows of one buyer, one code: one customer under its name, nothing said."""
    erp, = _reports(tmp_path, _erp(tmp_path, "erp09.xlsx", ATLAS_SEPT,
                                   (*ATLAS_SA[:2], "C0010", *ATLAS_SA[3:])))
    assert set(by_name(at(tmp_path / "fast.sqlite", OCT))) == {"Atlas"}
    assert "C0010" not in erp, erp


# --- f5: a rename across monthly exports -------------------------------------------------------

def _renamed(tmp_path: Path) -> list[str]:
    return _reports(
        tmp_path,
        _erp(tmp_path, "erp06.xlsx", ("HX-1", "HXI-1", "C0001", OLD, "Germany", "2025-05-20",
                                      "2025-06-10", 20_000, "O/A 60 days")),
        _erp(tmp_path, "erp07.xlsx", ("HX-2", "HXI-2", "C0001", NEW, "Germany", "2025-06-20",
                                      "2025-07-10", 15_000, "O/A 60 days")),
        _register(tmp_path, "reg08.xlsx", ("2025-08-09", "RFT AUTOMOTIVE GMBH", 19_975, 25, None,
                                           "货款 June")))


def test_a_code_beside_another_name_in_a_later_month_is_named(tmp_path: Path) -> None:
    """July's export writes C0001 beside the new name: named with June's file. Before the
    merge the old name owes 20,000 and the new one holds the wire as credit. The clerk's merge
    gives one customer: the wire of 20,000 (19,975 + 25 charge) pays HXI-1; HXI-2's 15,000 is
    open, not due at the register's last receipt (08-09; due 09-08, 60 days after 07-10)."""
    june, july, august = _renamed(tmp_path)
    assert "C0001" not in june
    assert (f"Customer code “C0001” is written beside {NEW} in this file, and was beside "
            f"{OLD} in an earlier file (erp06.xlsx)" in july), july
    assert "C0001" not in august, august
    db = tmp_path / "fast.sqlite"
    apart = by_name(at(db, OCT))
    assert (apart[OLD].open_amount, apart["RFT AUTOMOTIVE GMBH"].credit_on_account) == (
        20_000, 5_000)  # 19,975 and its 25 charge (acct52g), less HXI-2's 15,000
    with connect(db) as conn:
        override_changes.merge(conn, "RFT AUTOMOTIVE GMBH", OLD)
    one = [c for c in at(db, OCT).customers if c.revenue_12m]
    assert [(c.customer, c.open_amount, c.max_days_overdue, c.credit_on_account)
            for c in one] == [("RFT AUTOMOTIVE GMBH", 15_000, 0, 0)]
    zh = in_chinese(lambda: _renamed(tmp_path / "zh")[1])
    assert f"客户编号“C0001”在本文件中写在 {NEW} 旁，而在较早的文件（erp06.xlsx）中写在 {OLD} 旁" \
        in zh, zh


def test_after_the_merge_a_later_month_says_nothing(tmp_path: Path) -> None:
    _renamed(tmp_path)
    for db in ("fast", "slow"):  # both imports' databases, compared after each import
        with connect(tmp_path / f"{db}.sqlite") as conn:
            override_changes.merge(conn, "RFT AUTOMOTIVE GMBH", OLD)
    september, = _reports(tmp_path, _erp(tmp_path, "erp09.xlsx", (
        "HX-3", "HXI-3", "C0001", NEW, "Germany", "2025-09-01", "2025-09-10", 1_000,
        "O/A 60 days")))
    assert "C0001" not in september, september


def test_undo_takes_a_files_codes_back(tmp_path: Path) -> None:
    """Undoing July's import forgets C0001 beside the new name: imported again, it is named
    again."""
    _reports(tmp_path, *[_erp(tmp_path, *a) for a in (
        ("erp06.xlsx", ("HX-1", "HXI-1", "C0001", OLD, "Germany", "2025-05-20", "2025-06-10",
                        20_000, "O/A 60 days")),
        ("erp07.xlsx", ("HX-2", "HXI-2", "C0001", NEW, "Germany", "2025-06-20", "2025-07-10",
                        15_000, "O/A 60 days")))])
    recovery.undo_import(tmp_path / "fast.sqlite")
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        assert conn.execute("SELECT code, name, file FROM customer_codes").fetchall() == [
            ("C0001", OLD, "erp06.xlsx")]


def test_a_database_before_schema_25_opens_and_keeps_codes_from_then_on(tmp_path: Path) -> None:
    _reports(tmp_path, _erp(tmp_path, "erp06.xlsx", ("HX-1", "HXI-1", "C0001", OLD, "Germany",
                                                     "2025-05-20", "2025-06-10", 20_000, "OA")))
    made_older(tmp_path / "fast.sqlite", before_schema_25, 24)
    with connect(tmp_path / "fast.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM customer_codes").fetchone()[0] == 0


def test_a_year_book_read_apart_keeps_the_codes_apart_as_read_here(
        tmp_path: Path, counted: list[str], monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    """A tab a month: "Atlas" C0010 on 1月, C0025 on 3月 and 4月 (its 4月 product line under
    the order with name and code written 同上), read by the other process: the same customers and
    tables as read in the import's own, and C0025's orders its own."""
    tab = {f"{m}月": [ERP] for m in range(1, 5)}
    tab["1月"].append(["HX-1", "HXI-1", "C0010", "Atlas", "USA", date(2025, 1, 5),
                      date(2025, 1, 20), "刹车片", 40_000, "USD", "T/T"])
    tab["2月"].append(["HX-2", "HXI-2", "C0031", "Borg", "USA", date(2025, 2, 5),
                      date(2025, 2, 20), "刹车片", 1_000, "USD", "T/T"])
    tab["3月"].append(["HX-3", "HXI-3", "C0025", "Atlas", "South Africa", date(2025, 3, 5),
                      date(2025, 3, 20), "刹车片", 8_000, "USD", "D/P at sight"])
    tab["4月"] += [["HX-4", "HXI-4", "C0025", "Atlas", "South Africa", date(2025, 4, 5),
                   date(2025, 4, 20), "刹车片", 2_000, "USD", "D/P at sight"],
                  ["HX-4", "HXI-4", "同上", "同上", None, date(2025, 4, 5), date(2025, 4, 20),
                   "刹车盘", 500, "USD", "D/P at sight"]]
    _both(tmp_path, monkeypatch, [write_xlsx(tmp_path / "2025年出运明细.xlsx", tab)])
    assert counted == ["2025年出运明细.xlsx"]
    customers = by_name(at(tmp_path / "apart.sqlite", date(2025, 4, 30)))
    assert customers["Atlas (C0025)"].revenue_12m == 10_500
    assert customers["Atlas"].revenue_12m == 40_000


def test_a_code_typed_in_another_case_or_spacing_is_the_same_code(tmp_path: Path) -> None:
    """rv52d c8: "C0010" on one row, "c0010" and "C 0010" on the next months' rows of the same
    buyer: one code, one customer "Atlas" owing what it bought, no "Atlas (c0010)" split off
    (acct52i compared codes as typed: two customers, one with the open invoice and the other
    with the money)."""
    second = ("HX-3", "HXI-3", "c0010", "Atlas", "USA", "2025-08-20", "2025-09-10", 5_000,
              "T/T 30% deposit, 70% against B/L copy")
    third = ("HX-4", "HXI-4", "C 0010", "Atlas", "USA", "2025-08-25", "2025-09-12", 3_000,
             "T/T 30% deposit, 70% against B/L copy")
    reports = _reports(tmp_path, _erp(tmp_path, "erp09.xlsx", ATLAS_SEPT, second, third))
    assert "C0010" not in reports[0] or "two" not in reports[0]
    customers = by_name(at(tmp_path / "fast.sqlite", OCT))
    assert set(customers) == {"Atlas"}
    assert customers["Atlas"].revenue_12m == 48_000
