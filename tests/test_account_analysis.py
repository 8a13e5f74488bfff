"""The customer account (issue 8), analysis side: ledgers booked the ways clerks book money,
imported through the command line and read back from `customers --json` and `report --json`.

Every expectation is worked out from the hand-made rows here or from the builder's story
(tests/account_ledgers.py), never copied from a run.
"""

from __future__ import annotations

from datetime import date, timedelta

import account_ledgers as books
import pytest
from account_cli import customers, d, firm, imported, invoice, ledger, open_invoices
from ledgers import write_xlsx

AS_OF = date(2025, 6, 30)

# --- the builders: each carries the account it should give ------------------------------------

# Builders whose story counts days to the as-of date: the owner says receipts are booked to then.
# The others count to the receipts date the data gives (the latest receipt), as their story says.
RECEIPTS_TO_AS_OF = {"wire_on_newest_row", "wire_on_every_row", "credit_note_with_ref"}
LISTED = {  # the lists each builder's story ends with
    "wire_on_newest_row": {books.WIRE_CUSTOMER: None},
    "wire_on_every_row": {books.WIRE_CUSTOMER: None},
    "credit_note_negative_row": {"Nordic Table AB": None},
    "credit_note_typed_positive": {"Lima Casa SAC": None},
    "credit_note_with_ref": {"Sunrise Imports LLC": "black"},  # 100 days, average 10,000
    "cancelled_lines": {"Coastal Home Goods": "black"},  # 80 days, average 6,500
    "no_ship_date_column": {"Quiet Harbor SARL": "watch"},  # 59 days: not yet 60
    "bank_charges_wire_by_wire": {books.CHARGED_CUSTOMER: None},  # 80 open: a small remainder
}


@pytest.mark.parametrize("builder", books.BUILDERS, ids=lambda b: b.__name__)
def test_each_builder_gives_its_account(tmp_path, builder):
    story = builder(tmp_path)
    rules = {"receipts_date": story.as_of} if builder.__name__ in RECEIPTS_TO_AS_OF else {}
    db = imported(tmp_path / "firm.sqlite", *story.files, **rules)
    payload, report = customers(db, story.as_of), firm(db, story.as_of)
    people, expect = payload["by_name"], story.expect
    assert payload["missing_rates"] == report["missing_rates"] == []
    assert payload["receipts_known"] and report["receipts_known"]
    assert all(c["risk_grade"] in "ABCDE" for c in people.values())
    if "customer" in expect:
        c = people[expect["customer"]]
        assert open_invoices(c) == expect["open"], story.account
        for number, days in expect.get("days_overdue", {}).items():
            assert invoice(c, number)["days_overdue"] == days
        for number, shipped in expect.get("estimated_ship", {}).items():
            found = invoice(c, number)
            assert (found["ship_date"], found["ship_date_estimated"]) == (shipped, True)
            assert c["ship_dates_estimated"] and "ship_dates_estimated" in [
                f["code"] for f in c["red_flags"]]
        if isinstance(expect.get("revenue"), float):
            assert c["revenue_12m"] == expect["revenue"]
        if "orders" in expect:
            assert c["orders_12m"] == expect["orders"]
        if "avg_order" in expect:
            assert c["avg_order_12m"] == expect["avg_order"]
        # nothing received is ever lost or counted twice: on the invoices or on account
        received = sum(r["received"] for r in c["receivables"] if r["shipped"])
        if "received_total" in expect:
            assert received + c["credit_on_account"] == expect["received_total"]
    if isinstance(expect.get("revenue"), dict):
        assert {n: people[n]["revenue_12m"] for n in expect["revenue"]} == expect["revenue"]
        assert {n: people[n]["open_amount"] for n in expect["open"]} == expect["open"]
    if "margin" in expect:  # costs in RMB, converted: 25 %, never −440 %
        assert all(c["gross_margin"] == pytest.approx(expect["margin"], abs=1e-3)
                   and not c["margin_error"] for c in people.values())
    for name, listed in LISTED.get(builder.__name__, {}).items():
        assert people[name]["list"] == listed, people[name]["list_reason"]
    assert report["lists"] == {code: sum(c["list"] == code for c in people.values())
                               for code in report["lists"]}


def test_the_wire_on_the_newest_row_leaves_only_the_newest_invoice_open(tmp_path):
    story = books.wire_on_newest_row(tmp_path)
    db = imported(tmp_path / "firm.sqlite", *story.files, receipts_date=story.as_of)
    c = customers(db, story.as_of)["by_name"][books.WIRE_CUSTOMER]
    assert [(r["order_no"], r["received"], r["paid_on"]) for r in c["receivables"]] == [
        ("INV-101", 10_000, "2025-06-25"), ("INV-102", 10_000, "2025-06-25"),
        ("INV-103", 5_000, "2025-06-25")]
    assert (c["max_days_overdue"], c["stop_loss"]) == (10, False)


def test_the_worked_example_of_docs_analysis(tmp_path):
    """docs/analysis.md, "The customer account": the wire, a credit note naming nothing and a
    deposit on an order not shipped yet."""
    header = [*books.WIRE_HEADER, "定金", "定金日期"]
    rows = [[*r, None, None] for r in books._three_invoices([None, None, 25_000])[1:]]
    rows += [["CN-9", books.WIRE_CUSTOMER, d("2025-06-10"), "Allowance", -2_000, "USD", None,
              None, None, None, None, None],
             ["INV-104", books.WIRE_CUSTOMER, d("2025-06-26"), "LED panel", 20_000, "USD",
              "30% deposit, balance before shipment", None, None, None, 3_000,
              d("2025-06-27")]]
    db = ledger(tmp_path, header, rows, receipts_date=AS_OF)
    c = customers(db, AS_OF)["by_name"][books.WIRE_CUSTOMER]
    assert open_invoices(c) == {"INV-103": 3_000}
    assert invoice(c, "INV-103")["days_overdue"] == 10
    assert invoice(c, "INV-104")["deposit_held"] == 3_000 and c["deposits_held"] == 3_000
    assert c["credit_on_account"] == 0 and c["list"] is None


# --- a wire on a new, unshipped order; deposits held -------------------------------------------

DEPOSIT_HEADER = ["合同号", "客户", "下单日期", "金额", "付款方式", "出货日期", "已收金额",
                  "收款日期", "定金", "定金日期"]


def _old_and_new(customer: str, old: float, new: float, terms: str, received: float | None,
                 deposit: float | None) -> list[list[object]]:
    """An old invoice shipped 2025-02-01 (due 2025-03-03 on OA 30), unpaid; a new order of
    2025-06-01 not shipped yet, with money written on its row."""
    tag = customer[:3].upper()
    return [[f"{tag}-OLD", customer, d("2025-01-10"), old, "OA 30 days", d("2025-02-01"), None,
             None, None, None],
            [f"{tag}-NEW", customer, d("2025-06-01"), new, terms, None, received,
             d("2025-06-20") if received else None, deposit,
             d("2025-06-20") if deposit else None]]


def test_a_wire_on_a_new_unshipped_order_pays_the_old_invoice_and_is_counted_once(tmp_path):
    rows = [*_old_and_new("Atlas Supply", 100_000, 10_000, "OA 30 days", 45_000, None),
            *_old_and_new("Birch Home", 100_000, 10_000, "30% deposit, balance before shipment",
                          None, 3_000),
            *_old_and_new("Cedar Ltd", 20_000, 10_000, "OA 30 days", None, 15_000)]
    db = ledger(tmp_path, DEPOSIT_HEADER, rows, receipts_date=AS_OF)
    people = customers(db, AS_OF)["by_name"]
    days = (AS_OF - d("2025-03-03")).days
    # Atlas: the 45,000 is no deposit (OA terms, received column): it joins the pool and pays
    # the old invoice, which stays open for 55,000 — overdue longer than 30 days, net of no
    # deposit, above 50,000: the second trigger (old code netted it again: 20,000)
    atlas = people["Atlas Supply"]
    assert open_invoices(atlas) == {"ATL-OLD": 55_000}
    assert invoice(atlas, "ATL-OLD")["days_overdue"] == days
    assert (atlas["deposits_held"], atlas["credit_on_account"]) == (0, 0)
    assert (atlas["exposure"], atlas["list"]) == (55_000, "black")
    assert atlas["list_reason"]["code"] == "stop_loss_exposure"
    # Birch: a deposit on an unshipped deposit-terms order is held, and netted once
    birch = people["Birch Home"]
    assert invoice(birch, "BIR-NEW")["deposit_held"] == 3_000
    assert open_invoices(birch) == {"BIR-OLD": 100_000}
    assert (birch["deposits_held"], birch["exposure"]) == (3_000, 97_000)
    # Cedar: a deposit can hold no more than its order is worth; the rest pays the old invoice
    cedar = people["Cedar Ltd"]
    assert invoice(cedar, "CED-NEW")["deposit_held"] == 10_000
    assert open_invoices(cedar) == {"CED-OLD": 15_000}
    assert cedar["credit_on_account"] == 0


# --- thresholds that mean something -------------------------------------------------------------

PLAIN_HEADER = ["合同号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "应收日期",
                "已收金额", "收款日期"]


def _row(no: str, customer: str, amount: float, due: date, *, received: float | None = None,
         currency: str = "USD", terms: str = "OA 30 days", ship: date | None = None
         ) -> list[object]:
    shipped = ship or due - timedelta(days=30)
    return [no, customer, shipped - timedelta(days=10), amount, currency, terms, shipped,
            due if not terms.startswith("D/P") else None, received,
            due if received else None]  # paid on the day it fell due


def test_exposure_counts_only_money_overdue_longer_than_thirty_days(tmp_path):
    rows = [_row("PP-0", "Prime Partner", 60_000, AS_OF - timedelta(days=100), received=60_000),
            _row("PP-1", "Prime Partner", 55_000, AS_OF - timedelta(days=1)),
            _row("PL-0", "Prime Late", 60_000, AS_OF - timedelta(days=100), received=60_000),
            _row("PL-1", "Prime Late", 55_000, AS_OF - timedelta(days=31))]
    db = ledger(tmp_path, PLAIN_HEADER, rows, receipts_date=AS_OF)
    people = customers(db, AS_OF)["by_name"]
    # one day late: a bank delay, not a reason to suspend the firm's best account
    partner = people["Prime Partner"]
    assert (partner["max_days_overdue"], partner["exposure"]) == (1, 0)
    assert (partner["stop_loss"], partner["list"]) == (False, None)
    late = people["Prime Late"]
    assert (late["max_days_overdue"], late["exposure"], late["list"]) == (31, 55_000, "black")
    imported(db, exposure_min_days=0)
    assert customers(db, AS_OF)["by_name"]["Prime Partner"]["list"] == "black"


def test_a_bank_charge_remainder_is_shown_never_overdue(tmp_path):
    due = AS_OF - timedelta(days=90)
    rows = [_row("TR-1", "Tiny Rest", 10_000, due, received=9_949.99)]
    db = ledger(tmp_path, PLAIN_HEADER, rows, receipts_date=AS_OF)
    rest = customers(db, AS_OF)["by_name"]["Tiny Rest"]
    [item] = rest["receivables"]
    assert (item["open"], item["small_remainder"], item["days_overdue"]) == (50.01, True, 0)
    assert (rest["open_amount"], rest["small_remainders"], rest["max_days_overdue"]) == (
        0, 50.01, 0)
    assert rest["list"] is None and rest["risk_grade"] in ("A", "B") and not rest["stop_loss"]
    assert rest["aging"]["d61_90"] == 0 and "small_remainders" in [
        r["code"] for r in rest["reasons"]]
    imported(db, min_open_usd=0)  # every cent judged: 90 days, a 10,000 average: black
    again = customers(db, AS_OF)["by_name"]["Tiny Rest"]
    assert (again["max_days_overdue"], again["list"]) == (90, "black")


def test_dp_counts_from_the_documents_presentation(tmp_path):
    rows = [_row("SEA-1", "Sea Docs", 5_000, AS_OF, terms="D/P at sight", ship=d("2025-06-10")),
            _row("PRT-1", "Port Docs", 5_000, AS_OF, terms="D/P at sight",
                 ship=d("2025-05-01")),
            _row("PAY-1", "Payer", 5_000, d("2025-06-01"), received=5_000)]
    db = ledger(tmp_path, PLAIN_HEADER, rows, receipts_date=AS_OF)
    people = customers(db, AS_OF)["by_name"]
    sea = invoice(people["Sea Docs"], "SEA-1")
    assert (sea["due_date"], sea["days_overdue"]) == ("2025-07-01", 0)  # 06-10 + 21 days
    assert people["Sea Docs"]["list"] is None  # the container is still at sea
    port = invoice(people["Port Docs"], "PRT-1")
    assert (port["due_date"], port["days_overdue"]) == ("2025-05-22", 39)
    assert people["Port Docs"]["list"] == "black"  # 39 > 14 days after presentation
    imported(db, dp_presentation_days=0)
    sea = invoice(customers(db, AS_OF)["by_name"]["Sea Docs"], "SEA-1")
    assert (sea["due_date"], sea["days_overdue"]) == ("2025-06-10", 20)


# --- currencies ---------------------------------------------------------------------------------

def test_a_currency_without_a_rate_is_never_zero(tmp_path):
    rows = [_row("KZ-1", "Steppe Trade", 5_000_000, AS_OF - timedelta(days=100),
                 currency="KZT"),
            _row("US-1", "Payer", 8_000, AS_OF - timedelta(days=10), received=8_000)]
    db = ledger(tmp_path, PLAIN_HEADER, rows, receipts_date=AS_OF)
    payload, report = customers(db, AS_OF), firm(db, AS_OF)
    steppe = payload["by_name"]["Steppe Trade"]
    assert steppe["missing_rates"] == payload["missing_rates"] == report["missing_rates"] == [
        "KZT"]
    assert payload["by_name"]["Payer"]["missing_rates"] == []
    [item] = steppe["receivables"]
    assert (item["open"], item["rate_missing"], item["days_overdue"]) == (5_000_000, True, 100)
    assert steppe["open_by_currency"] == {"KZT": 5_000_000}
    assert steppe["max_days_overdue"] == 100 and steppe["risk_grade"] not in ("A", "B")
    assert steppe["list"] == "watch" and "missing_rates" in [f["code"]
                                                             for f in steppe["red_flags"]]
    assert steppe["revenue_12m"] == 0 and report["revenue_12m"] == 8_000  # out of the totals
    assert report["notes"][0]["code"] == "missing_rates" and "KZT" in report["notes"][0]["text"]


def test_a_receipt_in_another_currency_pays_at_its_date_s_rate(tmp_path):
    header = ["合同号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期",
              "已收金额(人民币)", "收款日期"]
    rows = [["EU-1", "Lyon Maison", d("2025-03-01"), 10_000, "EUR", "OA 30 days",
             d("2025-03-10"), 50_000, d("2025-05-01")]]
    db = ledger(tmp_path, header, rows)
    lyon = customers(db, AS_OF)["by_name"]["Lyon Maison"]
    [item] = lyon["receivables"]
    paid = 50_000 * 0.1389 / 1.08  # CNY in EUR at the default rates
    assert item["received"] == pytest.approx(paid, abs=0.01)
    assert item["open"] == pytest.approx(10_000 - paid, abs=0.01)
    assert lyon["open_amount"] == pytest.approx((10_000 - paid) * 1.08, abs=0.02)


# --- no receipts, no verdict --------------------------------------------------------------------

NO_RECEIPTS_HEADER = ["合同号", "客户", "下单日期", "金额", "贸易条款", "付款方式", "出货日期"]


def no_receipts_firm(tmp_path):
    """A ledger that records no receipts at all: a big buyer 200 days past due, a small one
    not yet due."""
    rows = [["LF-1", "Late Forever", d("2024-11-01"), 90_000, "FOB", "OA 30 days",
             d("2024-11-12")],
            ["LF-2", "Late Forever", d("2025-05-01"), 90_000, "FOB", "OA 30 days",
             d("2025-05-05")],
            ["FR-1", "Fresh Buyer", d("2025-06-20"), 4_000, "CIF", "OA 60 days",
             d("2025-06-25")]]
    return ledger(tmp_path, NO_RECEIPTS_HEADER, rows)


def test_no_receipts_no_grade_no_white_list_and_a_confirm_list(tmp_path):
    db = no_receipts_firm(tmp_path)
    payload, report = customers(db, AS_OF), firm(db, AS_OF)
    people = payload["by_name"]
    assert not payload["receipts_known"] and not report["receipts_known"]
    assert report["notes"][0]["code"] == "no_receipts"
    assert {c["risk_grade"] for c in people.values()} == {None}
    assert {c["risk_score"] for c in people.values()} == {None}
    late = people["Late Forever"]
    assert late["tier"] == "strategic"
    assert late["max_days_overdue"] == (AS_OF - d("2024-12-12")).days == 200
    assert (late["list"], late["list_reason"]["code"], late["stop_loss"]) == (
        "confirm", "confirm_payment", False)
    assert people["Fresh Buyer"]["list"] is None  # nothing past due
    assert not any(c["list"] in ("white", "black", "watch") for c in people.values())
    assert not any("reliabl" in r["text"] for c in people.values() for r in c["reasons"])
    assert report["lists"] == {"black": 0, "confirm": 1, "watch": 0, "white": 0}


def test_deposits_alone_do_not_show_that_receipts_are_recorded(tmp_path):
    """A ledger with a deposit column and nothing for the money after it: the balances may
    well be paid, so nobody is judged late. (A deposit in the window once made every unpaid
    balance overdue: a buyer paying in advance was black-listed for 300,000.)"""
    header = [*NO_RECEIPTS_HEADER, "定金", "定金日期"]
    rows = [["NU-1", "Nu Pty", d("2025-03-01"), 9_000, "FOB", "T/T 30% deposit, OA 30 days",
             d("2025-03-20"), 3_000, d("2025-03-05")],
            ["XI-1", "Xi Ltd", d("2025-03-10"), 300_000, "FOB", "T/T in advance",
             d("2025-04-01"), None, None]]
    payload = customers(ledger(tmp_path, header, rows), AS_OF)
    people = payload["by_name"]
    assert not payload["receipts_known"]
    assert {c["risk_grade"] for c in people.values()} == {None}
    assert {c["list"] for c in people.values()} <= {"confirm", None}
    assert people["Nu Pty"]["list"] == "confirm"  # 6,000 past due: to be confirmed


# --- the safety net for a wire written in two files ---------------------------------------------

def test_a_wire_written_in_two_files_is_counted_once(tmp_path):
    header = ["发票号", "客户", "下单日期", "金额", "付款方式", "出货日期", "已收金额", "收款日期"]

    def row(no: str, ordered: str, received: float | None) -> list[object]:
        return [no, "Twin Files Co", d(ordered), 10_000, "OA 30 days",
                d(ordered) + timedelta(days=5), received, d("2025-06-25") if received else None]

    april = write_xlsx(tmp_path / "a.xlsx", {"S": [header, row("TF-1", "2025-03-01", None),
                                                   row("TF-2", "2025-04-01", 25_000)]})
    may = write_xlsx(tmp_path / "b.xlsx", {"S": [header, row("TF-3", "2025-05-01", 25_000)]})
    db = imported(tmp_path / "firm.sqlite", april, may)
    payload = customers(db, AS_OF)
    twin = payload["by_name"]["Twin Files Co"]
    assert open_invoices(twin) == {"TF-3": 5_000} and twin["credit_on_account"] == 0
    assert "wires_copied" in [n["code"] for n in payload["notes"]]
