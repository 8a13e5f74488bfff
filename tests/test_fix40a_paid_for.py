"""fix40a (rv40a's faults 1-8): whose a 代付 slip is when its note names the customer with more
words after, a company form written otherwise, a date or a sum; and the report's word where
the note names no customer (core.ledger.paid_for, payment_words, paid_for_stored).

Each case: one order shipped 2026-01-10 on OA 30 days, one slip of 2026-04-20 from the payer,
read on 2026-04-30, the orders' file and the slips' imported with `main.py import` in every
order. Hand count where the slip is the buyer's: nothing open, on no list, the payer no
customer. Before (main): the buyer 5,000 open, 70 days past due, black-listed, the payer a
prospect with 5,000 on account (faults 1-4, 6), or that in one file order only (5).
"""

from __future__ import annotations

import io
from datetime import date
from itertools import permutations
from pathlib import Path

import pytest
from account_cli import customers, imported
from ledgers import write_xlsx

from core.cli.main import run
from core.i18n import set_language
from core.ledger.normalise import customer_key
from core.ledger.paid_for import Named, Said
from core.ledger.renamed_notes import named_in

A = date(2026, 4, 30)
P = "Harbor Pay HK Ltd"
OH = ["PI号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式"]
SH = ["收款日期", "客户名称", "收款金额", "币种", "备注"]


def _order(*sales: tuple[str, int]) -> list[list[object]]:
    return [OH, *([f"S-{i}", customer, date(2026, 1, 5), date(2026, 1, 10), amount, "USD",
                   "OA 30 days"] for i, (customer, amount) in enumerate(sales, 1))]


def _slip(payer: str, amount: int, note: str) -> list[list[object]]:
    return [SH, [date(2026, 4, 20), payer, amount, "USD", note]]


def _every_order(tmp_path: Path, sales: list[tuple[str, int]], payer: str, amount: int,
                 note: str) -> list[dict[str, dict[str, object]]]:
    """`customers --json` by name after each order of the two files."""
    files = [write_xlsx(tmp_path / "订单.xlsx", {"订单": _order(*sales)}),
             write_xlsx(tmp_path / "收款.xlsx", {"收款": _slip(payer, amount, note)})]
    found = []
    for n, order in enumerate(permutations(files)):
        db = imported(tmp_path / f"firm{n}.sqlite", *order)
        found.append(customers(db, A)["by_name"])
    return found


def _paid(found: dict[str, dict[str, object]], name: str) -> None:
    c = found[name]
    assert (c["open_amount"], c["credit_on_account"], c["list"]) == (0.0, 0.0, None), \
        f"{name} was 5,000 open, black"


@pytest.mark.parametrize(("customer", "note"), [
    ("Lima Trading", "paid for Lima Trading goods INV 5"),  # 1
    ("Lima Trading", "paid for Lima Trading deposit PI 5"),
    ("Lima Trading", "paid for Lima Trading balance of INV-5"),
    ("Lima Trading", "paid for Lima Trading order PO 12"),
    ("Lima Trading", "paid for Lima Trading goods, INV 5"),
    ("LIMA TRADING", "PAID FOR LIMA TRADING GOODS OF MAY"),  # 2
    ("Lima Trading", "paid for Lima Trading May shipment"),
    ("Pacific Ltd", "paid for Pacific Ltd Balance"),
    ("Lima Trading", "代Lima Trading 5月货款付款"),
    ("Maju Jaya Sdn. Bhd.", "paid for Maju Jaya Sdn. Bhd."),  # 3
    ("Hanse Handel GmbH & Co. KG", "paid on behalf of Hanse Handel GmbH & Co. KG"),
    ("深圳华美贸易股份有限公司", "代深圳华美贸易有限公司付款"),  # 4
    ("Brilliant Lighting Pty Ltd", "paid for Brilliant Lighting Ltd"),
    ("Acme Inc.", "paid for Acme Corp")])
def test_the_slip_is_the_named_customer_s_in_every_file_order(tmp_path: Path, customer, note):
    for found in _every_order(tmp_path, [(customer, 5_000)], P, 5_000, note):
        _paid(found, customer)
        assert P not in found, "was a prospect with 5,000 on account"


def test_a_payer_selling_nothing_is_no_customer_its_note_names(tmp_path: Path):
    """5: payer Orbit Tech Ltd notes "paid for Orbit Tech"; the customer Orbit Tech LLC. Was
    paid where the orders came first, 5,000 open and black where the slips did."""
    for found in _every_order(tmp_path, [("Orbit Tech LLC", 5_000)], "Orbit Tech Ltd", 5_000,
                              "paid for Orbit Tech"):
        _paid(found, "Orbit Tech LLC")
        assert "Orbit Tech Ltd" not in found


@pytest.mark.parametrize("after", ["2026-04-18", "05/03", "3 May", "5000 USD", "USD5000"])
def test_a_date_or_a_sum_after_the_name_is_no_paper(tmp_path: Path, after: str):
    """6: Lima Ltd and Lima Trading both sold 5,000; "paid for Lima Trading 2026-04-18" was
    read "Lima" (a paper "Trading 2026"): Lima Ltd paid, Lima Trading 5,000 open, black."""
    for found in _every_order(tmp_path, [("Lima Ltd", 5_000), ("Lima Trading", 5_000)], P,
                              5_000, f"paid for Lima Trading {after}"):
        _paid(found, "Lima Trading")
        assert (found["Lima Ltd"]["open_amount"], found["Lima Ltd"]["list"]) == \
            (5_000.0, "black"), "was 0 open"
        assert P not in found


def test_a_longer_name_in_small_letters_is_no_customer_s(tmp_path: Path):
    """7: "paid for pacific home decor" beside the one customer Pacific Ltd (5,000 sold, the
    slip 7,000): Pacific 5,000 open and black, the 7,000 the payer's (was 0 open, 2,000
    credit)."""
    for found in _every_order(tmp_path, [("Pacific Ltd", 5_000)], P, 7_000,
                              "paid for pacific home decor"):
        pacific = found["Pacific Ltd"]
        assert (pacific["open_amount"], pacific["credit_on_account"], pacific["list"]) == \
            (5_000.0, 0.0, "black"), "was 0 open, 2,000 credit"
        assert found[P]["credit_on_account"] == 7_000.0


def _report(db: Path, path: Path, language: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    try:
        assert run(["--lang", language, "import", "--db", str(db), str(path)], out, err) == 0, \
            err.getvalue()
    finally:
        set_language("en")
    return out.getvalue()


@pytest.mark.parametrize(("language", "words"), [
    ("en", ["“收款.xlsx”, sheet “收款” row 2", "«pacific home decor»", "«Pacific Ltd»",
            f"stays on the account of its payer, {P}"]),
    ("zh_CN", ["“收款.xlsx”工作表“收款”第 2 行", "«pacific home decor»",
               "最接近的客户是«Pacific Ltd»", f"仍记在付款人 {P} 的账上"])])
def test_a_note_naming_no_customer_is_said(tmp_path: Path, language: str, words: list[str]):
    """8: the report says the note's name is no customer's, the closest, and that the money
    stays on the payer (was nothing said: only a new prospect)."""
    orders = write_xlsx(tmp_path / "订单.xlsx", {"订单": _order(("Pacific Ltd", 5_000))})
    slips = write_xlsx(tmp_path / "收款.xlsx", {"收款": _slip(P, 7_000,
                                                              "paid for pacific home decor")})
    db = imported(tmp_path / "firm.sqlite", orders)
    text = _report(db, slips, language)
    for word in words:
        assert word in text, text


def test_a_note_naming_a_customer_a_later_tab_sells_to_is_not_said(tmp_path: Path):
    """The slip's tab before the orders' tab of one workbook: booked to Lima Trading at the
    write, so no word of a name no customer has."""
    book = write_xlsx(tmp_path / "台账.xlsx", {
        "收款": _slip(P, 5_000, "paid for Lima Trading goods INV 5"),
        "订单": _order(("Lima Trading", 5_000))})
    text = _report(tmp_path / "firm.sqlite", book, "en")
    assert "a name no customer has" not in text, text
    _paid(customers(tmp_path / "firm.sqlite", A)["by_name"], "Lima Trading")


def test_the_slips_before_the_orders_say_the_name_without_its_payment_words(tmp_path: Path):
    """The slips' file first: Lima Trading no customer yet, said so by its name alone; the
    orders' file then books the slip to it (nothing open)."""
    slips = write_xlsx(tmp_path / "收款.xlsx", {"收款": _slip(
        P, 5_000, "paid for Lima Trading goods INV 5")})
    text = _report(tmp_path / "firm.sqlite", slips, "en")
    assert "made for «Lima Trading» (代付), a name no customer has, nor one alike" in text, text
    orders = write_xlsx(tmp_path / "订单.xlsx", {"订单": _order(("Lima Trading", 5_000))})
    assert "now counted as that customer's money" in _report(tmp_path / "firm.sqlite", orders,
                                                             "en")
    _paid(customers(tmp_path / "firm.sqlite", A)["by_name"], "Lima Trading")


@pytest.mark.parametrize(("written", "customer", "same"), [
    ("Brilliant Lighting Ltd", "Brilliant Lighting Pty Ltd", True),
    ("Acme Corp", "Acme Inc.", True), ("Acme Corporation", "Acme Incorporated", True),
    ("Maju Jaya Sdn Bhd", "Maju Jaya Sdn. Bhd.", True), ("Hanse GmbH", "Hanse GmbH & Co. KG", True),
    ("深圳华美贸易有限责任公司", "深圳华美贸易股份有限公司", True),
    ("Orbit Tech Ltd", "Orbit Tech LLC", False), ("Acme Inc", "Acme Ltd", False)])
def test_forms_of_one_family_or_within_another_are_one_firm_s(written, customer, same):
    key = customer_key(customer)
    assert (Named({key})(Said(written)) == key) is same


def test_a_rename_on_a_pty_ltd_s_row_reads_its_two_names():
    """"renamed from Sunrise Trading Ltd to Sunrise Home Ltd" on Sunrise Home Pty Ltd's row:
    two names (was one whole name: Ltd no Pty Ltd)."""
    assert named_in("renamed from Sunrise Trading Ltd to Sunrise Home Ltd",
                    customer_key("Sunrise Home Pty Ltd")) == ["Sunrise Trading Ltd",
                                                              "Sunrise Home Ltd"]
