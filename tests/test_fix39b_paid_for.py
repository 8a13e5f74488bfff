"""fix39b (faults 1, 2 of rv39b): whose 代付 slips are, and how far a "paid for X" name runs
(core.ledger.paid_for, core.ledger.paid_for_stored).

1. The slips of Orbit Trading (HK) Ltd, 8,800 and 9,100 noted 代Orbit Tech LLC付款, in a 收款
   workbook of their own; a file selling Orbit Tech LLC 17,900; one selling Orbit Tech Ltd (a
   Hong Kong firm of its own) 20,000. Hand count: LLC paid in full, Ltd owes 20,000.
2. A third party's payment noted "paid for <customer>" where the name holds a word that also
   starts a paper's (For, Buyer, Client, No): the customer's money.
"""

from __future__ import annotations

from datetime import date
from itertools import permutations
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_stop36c_paid_for import PAYER, A

from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.ledger.paid_for import paid_for
from core.store import connect

OH = ["PI号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式"]


def _files(tmp_path: Path) -> dict[str, Path]:
    return {
        "slips": write_xlsx(tmp_path / "收款.xlsx", {"收款": [
            ["收款日期", "客户名称", "收款金额", "币种", "备注"],
            [date(2026, 6, 15), PAYER, 8_800, "USD", "代Orbit Tech LLC付款"],
            [date(2026, 10, 15), PAYER, 9_100, "USD", "代Orbit Tech LLC付款"]]}),
        "us": write_xlsx(tmp_path / "US.xlsx", {"订单": [
            OH, ["SZ1", "Orbit Tech LLC", date(2026, 5, 8), date(2026, 5, 20), 8_800, "USD",
                 "T/T 30 days"],
            ["SZ2", "Orbit Tech LLC", date(2026, 9, 8), date(2026, 9, 20), 9_100, "USD",
             "T/T 30 days"]]}),
        "hk": write_xlsx(tmp_path / "HK.xlsx", {"订单": [
            OH, ["HK-1", "Orbit Tech Ltd", date(2026, 4, 1), date(2026, 4, 10), 20_000, "USD",
                 "T/T 30 days"]]})}


def _open(db: Path, files: list[Path]) -> dict[str, float]:
    results = import_files(db, files)
    assert [r.status for r in results] == ["imported"] * len(files)
    with connect(db) as conn:
        return {c.customer: c.open_amount for c in analyse(conn, as_of=A).customers}


@pytest.mark.parametrize("order", list(permutations(("slips", "us", "hk"))))
def test_slips_for_one_firm_never_go_to_another_of_a_like_name(tmp_path: Path, order):
    """Every order of the three files: LLC 0 open, Ltd 20,000, the payer no customer.
    Before: slips, then US, then HK left LLC 17,900 open (black) and Ltd 2,100: HK's import
    took "Orbit Tech LLC" for Orbit Tech Ltd, the only customer it first sold to of those
    words, and moved the slips away from the LLC that held them."""
    files = _files(tmp_path)
    found = _open(tmp_path / "firm.sqlite", [files[name] for name in order])
    assert (found["Orbit Tech LLC"], found["Orbit Tech Ltd"]) == (0.0, 20_000.0), \
        "was (17,900, 2,100)"
    assert PAYER not in found


@pytest.mark.parametrize("customer", ["Design For Living Ltd", "Smart Buyer Ltd",
                                      "Global Client Services Ltd", "No Frills Ltd",
                                      "B2B Supplies"])
def test_a_name_holding_a_paper_s_word_is_read_whole(tmp_path: Path, customer: str):
    """Hand count: 5,000 sold, 5,000 paid for it by Pacific Pay: nothing open, no payer.
    Before (fault 2): the name cut at For, Buyer, Client (or, at No and B2B, not read at all):
    5,000 open and the payer 5,000 on account."""
    book = write_xlsx(tmp_path / "台账.xlsx", {
        "订单": [OH, ["S-1", customer, date(2026, 3, 1), date(2026, 3, 10), 5_000, "USD",
                    "OA 30 days"]],
        "收款": [["收款日期", "客户名称", "收款金额", "币种", "备注"],
               [date(2026, 4, 20), "Pacific Pay HK Ltd", 5_000, "USD", f"paid for {customer}"]]})
    found = _open(tmp_path / "firm.sqlite", [book])
    assert found[customer] == 0.0, "was 5,000"
    assert "Pacific Pay HK Ltd" not in found


@pytest.mark.parametrize(("note", "name"), [
    ("paid for Orbit Tech LLC invoice 5", "Orbit Tech LLC"),
    ("paid for Orbit Tech LLC PO 12", "Orbit Tech LLC"),
    ("on behalf of Orbit Tech LLC for INV-5", "Orbit Tech LLC"),
    ("paid for Design For Living Ltd", "Design For Living Ltd"),
    ("paid for B2B Supplies", "B2B Supplies"),
    ("paid for INV-5", None), ("paid for invoice 5", None)])
def test_a_name_ends_where_a_paper_follows(note: str, name: str | None):
    assert paid_for(note) == name
