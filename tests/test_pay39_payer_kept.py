"""pay39 (4): a payer whose 代付 slips move to the customer they were paid for keeps what was
set on it by hand (core.ledger.paid_for_stored.book_stored).

The bank slips' workbook is imported first: Orbit Trading (HK) Ltd's 8,800 and 9,100 "代Orbit
Tech LLC付款" stored as the payer's. The clerk sets the payer's credit limit (or insurance, or
a group) by hand; then the orders' file sells Orbit Tech, and the slips move to it. Hand
count: Orbit Tech nothing open; the payer's hand-set terms still on a customer. Before: the
payer deleted, its limit left in force on no one ("not in the data yet"), not a word said.
"""

from __future__ import annotations

from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from account_cli import cli, customers, imported
from languages import in_chinese
from ledgers import write_xlsx
from test_stop38_paid_for_stored import ORBIT, PAYER, _receipts

from core.ledger.importer import import_files
from core.ledger.report import import_report
from core.store import connect

KEPT = ("1 payer whose payments are now counted as another customer's money (代付) is kept as "
        f"a customer without orders, for what was set on it by hand (a credit limit, "
        f"insurance, a group or another correction): {PAYER}.")


def _payers(db: Path) -> int:
    with closing(connect(db)) as conn:
        return int(conn.execute("SELECT count(*) FROM customers WHERE name = ?",
                                (PAYER,)).fetchone()[0])


def _imported(tmp_path: Path, *terms: str) -> tuple[Path, str]:
    """The slips and Oslo's order imported, `terms` set by the customer command, then Orbit
    Tech's orders: the database and the last import's report, in English and Chinese."""
    db = imported(tmp_path / "firm.sqlite", _receipts(tmp_path, "代Orbit Tech LLC付款"),
                  write_xlsx(tmp_path / "奥斯陆.xlsx", {"订单": ORBIT[:1] + ORBIT[3:]}))
    if terms:
        cli("customer", *terms, "--db", str(db))
    [result] = import_files(db, [write_xlsx(tmp_path / "订单.xlsx", {"订单": ORBIT[:3]})])
    orbit = customers(db, date(2026, 11, 6))["by_name"]["Orbit Tech LLC"]
    assert (orbit["open_amount"], orbit["credit_on_account"]) == (0.0, 0.0)
    return db, import_report(result) + in_chinese(lambda: import_report(result))


@pytest.mark.parametrize("terms", [("limit", PAYER, "50000"), ("insure", PAYER),
                                   ("group", PAYER, "Oslo Living", "--as", "Orbit")])
def test_a_payer_with_terms_set_by_hand_is_kept(tmp_path: Path, terms):
    db, report = _imported(tmp_path, *terms)
    assert _payers(db) == 1, "was 0: the payer and its hand-set terms gone"
    assert "not in the data yet" not in cli("customer", "overrides", "--db", str(db))
    assert KEPT in report
    assert f"仍保留为没有订单的客户：{PAYER}" in report


def test_a_payer_with_nothing_set_by_hand_is_still_removed(tmp_path: Path):
    """Nothing set on the payer: it is no customer once its slips moved (stop38)."""
    db, report = _imported(tmp_path)
    assert _payers(db) == 0
    assert "is kept as a customer" not in report
