"""pay40 (2, 3, 4): whose a 代付 slip is when its note's name is only like a customer's
(core.ledger.paid_for: Named, forms, said_for).

Each case is an orders' file and a 收款 workbook of the slips, imported with `main.py import` in
every order (the slips before the orders: booked when the orders come, paid_for_stored; after:
booked as read, paid_for.for_customers), then read with `customers --json` and the list.

2. A company form alone tells two firms apart: a slip "paid for Orbit Tech Ltd" (another firm,
   or the payer itself) is no payment of the customer Orbit Tech LLC. Hand count: LLC 5,000
   open and overdue (OA 30 days, shipped 03-10: 11 days late at the last receipt, 04-20), the
   5,000 on the payer's account. Before: LLC 0 open, the payer gone.
3. "paid for Pacific Home Decor invoice 5" is no payment of the one-word customer Pacific Ltd.
   Hand count: Pacific Ltd 5,000 open, Pacific Home Decor LLC (where its file is imported) 0
   open, else the 7,000 on the payer's account. Before: Pacific Ltd 0 open and 2,000 credit.
4. "paid for A.B.C. Home Ltd" is A.B.C. Home Ltd's: 0 open, no payer. Before: the name read
   "A.B.C", no customer's: 5,000 open, the payer 5,000 on account.
"""

from __future__ import annotations

from datetime import date
from itertools import permutations
from pathlib import Path

import pytest
from account_cli import cli, customers, imported
from ledgers import write_xlsx

from core.ledger.paid_for import paid_for

A = date(2026, 6, 30)
OH = ["PI号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式"]
PAYER = "Harbor Pay HK Ltd"


def _orders(tmp_path: Path, name: str, *sales: tuple[str, str, int]) -> Path:
    return write_xlsx(tmp_path / f"{name}.xlsx", {"订单": [OH, *(
        [number, customer, date(2026, 3, 1), date(2026, 3, 10), amount, "USD", "OA 30 days"]
        for number, customer, amount in sales)]})


def _slips(tmp_path: Path, payer: str, amount: int, note: str) -> Path:
    return write_xlsx(tmp_path / "收款.xlsx", {"收款": [
        ["收款日期", "客户名称", "收款金额", "币种", "备注"],
        [date(2026, 4, 20), payer, amount, "USD", note]]})


def _read(tmp_path: Path, files: list[Path]) -> tuple[dict[str, dict[str, object]], str]:
    """`import` of each file in turn; `customers --json` by name, and the list's text."""
    db = imported(tmp_path / "firm.sqlite", *files)
    listed = cli("customers", "--db", str(db), "--as-of", A.isoformat())
    return customers(db, A)["by_name"], listed


def _open(found: dict[str, dict[str, object]], name: str) -> tuple[object, object]:
    return found[name]["open_amount"], found[name]["credit_on_account"]


@pytest.mark.parametrize("first", ["orders", "slips"])
@pytest.mark.parametrize(("payer", "note"), [
    (PAYER, "paid for Orbit Tech Ltd"), (PAYER, "代Orbit Tech Ltd付款"),
    ("Orbit Tech Ltd", "paid on behalf of Orbit Tech Ltd for INV-5")],
    ids=["another-firm", "another-firm-chinese", "the-payer-itself"])
def test_a_company_form_alone_moves_no_money_between_firms(tmp_path: Path, payer, note, first):
    files = {"orders": _orders(tmp_path, "订单", ("S-1", "Orbit Tech LLC", 5_000)),
             "slips": _slips(tmp_path, payer, 5_000, note)}
    found, listed = _read(tmp_path, [files[first], files[{"orders": "slips"}.get(first,
                                                                                "orders")]])
    assert _open(found, "Orbit Tech LLC") == (5_000.0, 0.0), "was (0, 0): the payer's money"
    assert found["Orbit Tech LLC"]["overdue_amount"] == 5_000.0
    assert _open(found, payer) == (0.0, 5_000.0), "was no customer"
    assert payer in listed


@pytest.mark.parametrize("order", list(permutations(("orders", "slips"))))
def test_the_same_form_written_otherwise_is_still_the_customer_s(tmp_path: Path, order):
    """Orbit Tech LLC and Orbit Tech Ltd both customers; a slip "paid for Orbit Tech Limited":
    the Ltd's (the one of that form), nothing open; the LLC's 5,000 open. Before: neither's
    (two customers of those words), the Ltd 3,000 open and the payer 3,000 on account."""
    files = {"orders": _orders(tmp_path, "订单", ("S-1", "Orbit Tech LLC", 5_000),
                               ("S-2", "Orbit Tech Ltd", 3_000)),
             "slips": _slips(tmp_path, PAYER, 3_000, "paid for Orbit Tech Limited")}
    found, _listed = _read(tmp_path, [files[name] for name in order])
    assert _open(found, "Orbit Tech Ltd") == (0.0, 0.0), "was (3,000, 0)"
    assert _open(found, "Orbit Tech LLC") == (5_000.0, 0.0)
    assert PAYER not in found


@pytest.mark.parametrize("order", list(permutations(("pacific", "decor", "slips"))))
@pytest.mark.parametrize("note", ["paid for Pacific Home Decor invoice 5",
                                  "paid for Pacific Home Decor", "代Pacific Home Decor付款"])
def test_a_longer_name_is_no_payment_of_its_first_word_s_customer(tmp_path: Path, note, order):
    """Every order of Pacific Ltd's file, Pacific Home Decor LLC's and the slip's: Pacific Ltd
    5,000 open, 11 days late, grade B; Pacific Home Decor 0 open, the payer no customer. As
    before: the slip booked to Pacific Ltd before Pacific Home Decor's file was moved on by
    it (paid_for_stored); the slip kept by its payer until then must be too."""
    files = {"pacific": _orders(tmp_path, "Pacific", ("P-1", "Pacific Ltd", 5_000)),
             "decor": _orders(tmp_path, "Decor", ("D-1", "Pacific Home Decor LLC", 7_000)),
             "slips": _slips(tmp_path, PAYER, 7_000, note)}
    found, listed = _read(tmp_path, [files[name] for name in order])
    assert _open(found, "Pacific Ltd") == (5_000.0, 0.0), "was (0, 2,000)"
    assert found["Pacific Ltd"]["overdue_amount"] == 5_000.0
    assert _open(found, "Pacific Home Decor LLC") == (0.0, 0.0)
    assert PAYER not in found
    [line] = [line for line in listed.splitlines() if "  Pacific Ltd  " in line]
    assert line.split()[-3:] == ["5,000", "11", "B"], line


@pytest.mark.parametrize("order", list(permutations(("pacific", "slips"))))
@pytest.mark.parametrize("note", ["paid for Pacific Home Decor invoice 5",
                                  "paid for Pacific Home Decor", "代Pacific Home Decor付款"])
def test_a_slip_for_a_firm_not_sold_to_stays_the_payer_s(tmp_path: Path, note, order):
    """Pacific Home Decor not (yet) a customer: the 7,000 is the payer's, Pacific Ltd owes its
    5,000 (grade B). Before: Pacific Ltd 0 open, 2,000 on account, grade A; no payer."""
    files = {"pacific": _orders(tmp_path, "Pacific", ("P-1", "Pacific Ltd", 5_000)),
             "slips": _slips(tmp_path, PAYER, 7_000, note)}
    found, listed = _read(tmp_path, [files[name] for name in order])
    assert _open(found, "Pacific Ltd") == (5_000.0, 0.0), "was (0, 2,000)"
    assert _open(found, PAYER) == (0.0, 7_000.0)
    [line] = [line for line in listed.splitlines() if "  Pacific Ltd  " in line]
    assert line.split()[-3:] == ["5,000", "11", "B"], line


@pytest.mark.parametrize("order", list(permutations(("orders", "slips"))))
@pytest.mark.parametrize("note", ["paid for Lima Trading goods of May",
                                  "代Lima Trading Ltd 5月货款付款"])
def test_a_name_read_to_the_note_s_end_is_still_its_start(tmp_path: Path, note, order):
    """"paid for Lima Trading goods of May": Lima Trading Ltd's (fix39b, unchanged): the word
    after "Lima Trading" begins no name. Nothing open, no payer."""
    files = {"orders": _orders(tmp_path, "订单", ("L-1", "Lima Trading Ltd", 5_000)),
             "slips": _slips(tmp_path, PAYER, 5_000, note)}
    found, _listed = _read(tmp_path, [files[name] for name in order])
    assert _open(found, "Lima Trading Ltd") == (0.0, 0.0)
    assert PAYER not in found


@pytest.mark.parametrize("order", list(permutations(("orders", "slips"))))
@pytest.mark.parametrize("note", ["paid for A.B.C. Home Ltd", "paid for A.B.C. Home Ltd.",
                                  "on behalf of A.B.C. Home Ltd for INV-5"])
def test_a_name_of_initials_is_read_whole(tmp_path: Path, note, order):
    files = {"orders": _orders(tmp_path, "订单", ("S-1", "A.B.C. Home Ltd", 5_000)),
             "slips": _slips(tmp_path, PAYER, 5_000, note)}
    found, listed = _read(tmp_path, [files[name] for name in order])
    assert _open(found, "A.B.C. Home Ltd") == (0.0, 0.0), "was (5,000, 0)"
    assert found["A.B.C. Home Ltd"]["list"] is None
    assert PAYER not in found and PAYER not in listed, "was a prospect 5,000 on account"


@pytest.mark.parametrize(("note", "name"), [
    ("paid for A.B.C. Home Ltd", "A.B.C. Home Ltd"),  # was "A.B.C"
    ("paid for A.B.C. Home Ltd. Thanks", "A.B.C. Home Ltd"),
    ("paid for Acme Co. Ltd invoice 5", "Acme Co. Ltd"),  # was "Acme Co"
    ("paid for Orbit Tech Ltd. Thanks", "Orbit Tech Ltd"),
    ("paid for Pacific Home Decor invoice 5", "Pacific Home Decor")])
def test_where_a_name_ends(note: str, name: str):
    assert paid_for(note) == name
