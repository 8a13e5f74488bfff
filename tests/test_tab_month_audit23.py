"""Rows read as carried forward because of their tab's name (core.ledger.tab_month).

A carried-forward row only moves what was received on a stored order: read so wrongly, a later
file's correction (another customer, a cancellation, a lower amount) never reaches the account,
and a lower amount becomes money received. Ledgers written with openpyxl, imported and read
back through the command line as a user's lists show them.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from account_cli import customers, imported, invoice
from ledgers import write_xlsx
from reference_import import reference_import_files

from core.ledger.importer import import_files
from core.ledger.layout import sheet_month

HEADER = ["合同号", "客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
          "状态"]
MARCH = [["PO-301", "Acme Trading", date(2025, 3, 3), 15000, "USD", "OA 30 days",
          date(2025, 3, 10), None, None],
         ["PO-302", "Bolt Industrial", date(2025, 3, 5), 18000, "USD", "OA 30 days",
          date(2025, 3, 12), None, None],
         ["PO-303", "Bolt Industrial", date(2025, 4, 5), 80000, "USD", "T/T in advance",
          date(2025, 4, 20), 80000, None],
         ["PO-304", "Acme Trading", date(2025, 8, 5), 9000, "USD", "T/T in advance",
          date(2025, 8, 20), 9000, None]]


def _lines(db: Path) -> dict[str, tuple]:
    """Each order: its customer, amount, received, whether stored as carried forward."""
    conn = sqlite3.connect(db)
    try:
        return {no: rest for no, *rest in conn.execute(
            "SELECT o.order_no, c.name, l.amount, l.received_amount, l.carried_forward "
            "FROM orders o JOIN customers c ON c.id = o.customer_id "
            "JOIN order_lines l ON l.order_id = o.id")}
    finally:
        conn.close()


def test_a_salesperson_numbered_tab_takes_the_later_corrections(tmp_path: Path) -> None:
    """The ERP's export names its tabs by salesperson ("1"); March's orders on tab "1" were
    read as carried from January, so the clerk's corrections were dropped: PO-301 stayed with
    Acme Trading, which the stop-loss list then named instead of Cobalt Home; PO-302's
    cancellation left Bolt 18,000 overdue; PO-303's 80,000 → 60,000 stayed 80,000."""
    corrected = [list(row) for row in MARCH]
    corrected[0][1] = "Cobalt Home GmbH"  # keyed to the wrong customer
    corrected[1][8] = "取消"
    corrected[2][3] = corrected[2][7] = 60000
    db = imported(tmp_path / "firm.sqlite",
                  write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, *MARCH]}),
                  write_xlsx(tmp_path / "by-salesperson.xlsx", {"1": [HEADER, *corrected]}))
    found = customers(db, date(2025, 9, 30))["by_name"]
    black = sorted(name for name, c in found.items() if c["list"] == "black")
    assert black == ["Cobalt Home GmbH"]
    assert found["Acme Trading"]["open_amount"] == 0
    assert found["Bolt Industrial"]["open_amount"] == 0
    assert found["Bolt Industrial"]["revenue_12m"] == 60000
    assert _lines(db)["PO-303"] == ["Bolt Industrial", 60000.0, 60000.0, 0]


def test_a_december_tab_holds_next_januarys_order_after_its_month(tmp_path: Path) -> None:
    """Tab "12" of the December file holds an order dated 2026-01-03: after its month, not
    before. Read as carried, its 18,000 there (the January file says 19,500) was taken as a
    balance: 1,500 received that never came, and PO-D2's 12,000 showed 10,500 open on the
    stop-loss list. The January tab's December row is still carried: its 7,000 is the balance
    left of 12,000, 5,000 received. PO-J1's 19,500 is January's file's, the later file's
    figure: December's file sent again after it no longer takes it back to 18,000 (amend36)."""
    december = [HEADER,
                ["PO-D1", "Nordic Living AB", date(2025, 12, 4), 30000, "USD", "T/T in advance",
                 date(2025, 12, 10), 30000, None],
                ["PO-D2", "Sydney Kitchen Pty", date(2025, 12, 9), 12000, "USD", "OA 30 days",
                 date(2025, 12, 15), None, None],
                ["PO-J1", "Sydney Kitchen Pty", date(2026, 1, 3), 18000, "USD", "OA 30 days",
                 None, None, None]]
    january = [HEADER,
               ["PO-D2", "Sydney Kitchen Pty", date(2025, 12, 9), 7000, "USD", "OA 30 days",
                date(2025, 12, 15), 5000, None],
               ["PO-J1", "Sydney Kitchen Pty", date(2026, 1, 3), 19500, "USD", "OA 30 days",
                date(2026, 1, 10), None, None],
               ["PO-J2", "Nordic Living AB", date(2026, 1, 12), 25000, "USD", "T/T in advance",
                date(2026, 1, 20), 25000, None]]
    jan = write_xlsx(tmp_path / "2026年1月台账.xlsx", {"1": january})
    dec = write_xlsx(tmp_path / "2025年12月台账.xlsx", {"12": december})
    db = imported(tmp_path / "firm.sqlite", jan, dec)  # December's file sent again after
    lines = _lines(db)
    assert lines["PO-J1"][2:] == [None, 0]
    assert lines["PO-D2"][1:] == [12000.0, 5000.0, 0]
    sydney = customers(db, date(2026, 4, 30))["by_name"]["Sydney Kitchen Pty"]
    assert sydney["list"] == "black"
    assert invoice(sydney, "PO-D2")["open"] == 7000
    assert invoice(sydney, "PO-J1")["open"] == 19500


def test_a_tab_named_after_a_customer_names_no_month(tmp_path: Path) -> None:
    """A workbook with a tab per customer: "Mayer GmbH" read as May, "Marks & Spencer" as
    March. PO-9, moved by the clerk from Marks & Spencer's tab to Mayer's, dated July, was read
    as carried from before May and stayed with Marks & Spencer; both imports now move it."""
    header = HEADER[:5]
    first = {"Marks & Spencer": [header,
                                 ["PO-8", "Marks & Spencer", date(2025, 3, 2), 40000, "EUR"],
                                 ["PO-9", "Marks & Spencer", date(2025, 7, 8), 12000, "EUR"]],
             "Mayer GmbH": [header, ["PO-5", "Mayer GmbH", date(2025, 5, 6), 22000, "EUR"]]}
    second = {"Marks & Spencer": first["Marks & Spencer"][:2],
              "Mayer GmbH": [*first["Mayer GmbH"],
                             ["PO-9", "Mayer GmbH", date(2025, 7, 8), 12000, "EUR"]]}
    files = [write_xlsx(tmp_path / f"{n}.xlsx", sheets) for n, sheets in (("a", first),
                                                                          ("b", second))]
    for db, run in ((tmp_path / "fast.sqlite", import_files),
                    (tmp_path / "slow.sqlite", reference_import_files)):
        for path in files:
            run(db, [path])
        assert {no: line[0] for no, line in _lines(db).items()} == {
            "PO-5": "Mayer GmbH", "PO-8": "Marks & Spencer", "PO-9": "Mayer GmbH"}


def test_what_tab_names_read_as() -> None:
    """A range reads as the month it starts with ("1-3月" as "1月-3月" since dates34); a year, a
    quarter, a half, a sheet's number and a word that merely begins like a month read as
    none."""
    names = {"Decathlon": None, "Marks & Spencer": None, "Mayer GmbH": None, "Junior": None,
             "Marketing": None, "1-3月": (None, 1), "Q1": None, "一季度": None, "上半年": None,
             "2025": None, "2024-2025": None, "25年": None, "Sheet1": None, "表1": None,
             "1号": None, "Jan": (None, 1), "January 2025": (2025, 1), "Sept": (None, 9),
             "1月-3月": (None, 1), "12月(含11月未结)": (None, 12), "2025-01": (2025, 1),
             "十二月": (None, 12), "3": (None, 3)}
    read = {name: sheet_month(name) for name in names}
    assert {name: m if m is None else tuple(m[:2]) for name, m in read.items()} == names
