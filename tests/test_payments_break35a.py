"""break35a: pay35a/pay35b's payment rules tried with what a real firm's files hold.

Each test writes the firm's files with openpyxl, imports them by both imports (the app's and
the reference one, tests/test_fast_import._same_import) and checks the customer's (open,
credit). Each docstring gives the hand count and what the user saw before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break32 import _owed
from test_break34a_refunds import TYPED, _rio
from test_corrected_payments_pay32 import NAIROBI, _pay
from test_fast_import import _same_import
from test_fix34b_returns import PAID
from test_late33 import PAYMENTS
from test_lists_audit28 import at, by_name, d
from test_lists_audit29 import HEADER, PAYER, row
from test_payments_break34b import MONEY_HEADER, SAID, SALES
from test_payments_pay33 import _files, _tab
from test_payments_pay35a import NOTE_HEADER, _keys, _money, schema_17
from test_refund35 import _sale

from core.ledger.bank_charges import charge
from core.ledger.normalise import credit_beyond_sale
from core.ledger.report import import_report
from core.ledger.typed_rows import is_refund
from core.store import connect

TAB, BANK = "台账 2025-04.xlsx", "银行水单 2025-04.xlsx"


def _two_lists(tmp_path: Path, customer: str, sales: list[list[object]], first: float,
               second: float, note: str, currency: str = "USD"
               ) -> tuple[tuple[float, float], str]:
    """The ledger's 收款 tab books `first`, the bank's list `second`, both of 04-20 in
    `currency` under `note`: the customer's (open, credit) and the bank list's report."""
    def tab(sum_: float) -> list[list[object]]:
        return [MONEY_HEADER, [customer, d("2025-04-20"), sum_, currency, note]]

    owed, results = _files(tmp_path, (TAB, {"台账": sales, "收款": tab(first)}),
                           (BANK, {"收款": tab(second)}))
    return owed[customer], import_report(results[-1])


# --- 1. a yen wire's bank charge is thousands of yen ------------------------------------------

OSAKA = "Osaka Trading"
YEN = [HEADER, row("J-1", OSAKA, "2025-03-01", 1_000_000, "2025-03-10", currency="JPY"),
       row("J-2", OSAKA, "2025-03-02", 300_000, "2025-03-10", currency="JPY"), PAYER]


@pytest.mark.parametrize("charged", [2_500, 6_500])
def test_a_yen_wire_less_its_bank_charge_is_one_wire(tmp_path: Path, charged):
    """A JPY ledger: J-1 1,000,000 and J-2 300,000 yen sold (8,710 USD at the default
    0.0067). The ledger's tab books J-1's 1,000,000 yen of 04-20, the bank's list the same
    wire less its lifting and receiving charges, 997,500 (or 993,500) yen: 2,500 yen is
    some 17 US dollars. Hand count: one wire, the sum that reached the bank counted (6,683.25
    USD), J-1 paid but for the charge: J-2's 300,000 yen (2,010 USD) open, no credit.
    Before: 300 yen (two dollars) was the most a charge could be: two payments, 1,997,500
    yen received, a 4,673.25 USD credit shown."""
    owed, report = _two_lists(tmp_path, OSAKA, YEN, 1_000_000, 1_000_000 - charged, "J-1",
                              "JPY")
    assert owed == (2_010, 0)
    assert SAID in report


def test_a_yen_payment_and_a_second_one_far_apart_are_two(tmp_path: Path):
    """Guard: 1,000,000 and 850,000 yen of one day under J-1 are two payments (150,000 yen,
    1,005 USD, is no charge): 1,850,000 yen (12,395 USD) received of 8,710: 3,685 credit."""
    owed, report = _two_lists(tmp_path, OSAKA, YEN, 1_000_000, 850_000, "J-1", "JPY")
    assert owed == (0, pytest.approx(3_685))
    assert SAID not in report


# --- 2. a big L/C's bank charges pass 300 US dollars ------------------------------------------

BIG = "Big Buyer"
LC = [HEADER, row("LC-9", BIG, "2025-03-01", 200_000, "2025-03-10", terms="L/C at sight"),
      PAYER]


def test_a_big_letter_of_credit_less_350_of_charges_is_one_wire(tmp_path: Path):
    """LC-9, 200,000 USD under an L/C at sight. The ledger's tab books 200,000 of 04-20, the
    bank's list 199,650: the negotiating bank's commission (0.125 %, 250) and its courier
    and discrepancy fees taken off. Hand count: one payment, 199,650 counted: 350 short,
    within the tolerance: nothing open, no credit. Before: 350 is more than 300: two
    payments, 399,650 received, a 199,650 credit shown for a buyer that paid once."""
    owed, report = _two_lists(tmp_path, BIG, LC, 200_000, 199_650, "LC-9")
    assert owed == (0, 0)
    assert SAID in report
    assert charge(61_000, 1.0) < 1_000 and charge(200_000, 1.0) >= 350 \
        and charge(20_000, 1.0) < 350


# --- 3. the bank's row naming another customer's invoice beside the ledger's invoice column --

OTHER = "Other Co"
INVOICED = [HEADER, row("INV-3", BIG, "2025-03-01", 150_000, "2025-03-10"),
            row("INV-7", OTHER, "2025-03-01", 60_000, "2025-03-10"), PAYER]


@pytest.mark.parametrize(("bank_note", "open_"), [("INV-7", 30_045),
                                                  ("INV-7 FT2604123456", 30_045),
                                                  ("FT2604123456", 90_045)])
def test_a_bank_row_naming_another_invoice_beside_the_invoice_column_is_two(
        tmp_path: Path, bank_note, open_):
    """Big Buyer owes INV-3 150,000; Other Co INV-7 60,000. The ledger's tab books Big's
    60,000 of 04-20 in its invoice column (发票号 INV-3), no note; the bank's list Big's 59,955
    of 04-20 noted "INV-7" (Other Co's invoice, which Big paid for its sister firm). Hand
    count: the bank's row names an invoice, not the bank's own reference: two payments,
    119,955 of Big's received, 30,045 open. Before: "INV-7" was taken for the bank's
    reference beside the ledger's invoice (its note, blank, gave no invoice to weigh it by):
    one wire less a 45 charge, 90,045 open. Guard: the bank's "FT2604123456" alone is its
    reference: one wire, 90,045 open, as pay35b reads it."""
    owed, _results = _files(
        tmp_path, (TAB, {"台账": INVOICED, "收款": [
            NOTE_HEADER, _money(BIG, "2025-04-20", 60_000, "USD", None, "INV-3")]}),
        (BANK, {"收款": [NOTE_HEADER, _money(BIG, "2025-04-20", 59_955, "USD", bank_note)]}))
    assert owed[BIG] == (open_, 0)
    assert owed[OTHER] == (60_000, 0)


# --- 4. a return asked for in English, or refused, on a sale's own row -----------------------

@pytest.mark.parametrize("kind", ["return requested", "customer requested a return",
                                  "return requested, rejected", "return pending", "退货被拒",
                                  "拒绝退货", "退货申请被拒"])
def test_a_return_asked_for_in_english_or_refused_on_a_sale_s_own_row_leaves_the_sale(
        tmp_path: Path, kind):
    """Rio's R-1 own row (10,000, shipped 03-05, paid in full 03-10) typed "return requested"
    (or the return refused, 退货被拒); R-2 paid in full. Hand count at 06-30: the goods
    stayed with the buyer, 15,000 sold, 15,000 paid: nothing open, no credit, revenue
    15,000. Before: the return word left once the asking (requested) or nothing of the
    refusal was weighed: R-1 read as a 10,000 credit note, Rio shown 20,000 credit on
    account and revenue -5,000 (as 申请退货 was before refund35)."""
    ledger = [TYPED, _sale(None, kind), *PAID[1:]]
    assert _rio(tmp_path, {"台账": ledger})[1] == (0, None, {}, 0, 15_000)
    assert credit_beyond_sale("退货", claims=True)
    assert credit_beyond_sale("returned", claims=True)


# --- 5. a return's refund booked on the payments tab the day the money went -------------------

RETURN = [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), "退货", "退货退款"]


def _refund(day: str) -> dict[str, list[list[object]]]:
    """May's ledger: R-1 and R-2 paid in full, the 03-20 return of 2,000 of R-1's goods noted
    退货退款, and its refund on the 收款 tab, -2,000 of `day` noted 退款."""
    return {"台账": [TYPED, *PAID, RETURN], "收款": [PAYMENTS, ["Rio Rugs", d(day), -2_000,
                                                              "退款"]]}


@pytest.mark.parametrize("day", ["2025-03-25", "2025-03-18", "2025-04-19"])
def test_a_return_s_refund_sent_days_later_is_one_refund(tmp_path: Path, day):
    """The 台账's return of 03-20 says 退货退款; the 收款 tab books the money the day it went
    back, 03-25 (or two days before the goods came, or a month on). Hand count at 06-30:
    13,000 sold, 15,000 paid less 2,000 sent back: nothing open, no credit. Before: only a
    refund of the return's own day was its refund: 4,000 sent back, R-2 2,000 open 49 days
    past due, Rio watched."""
    assert _rio(tmp_path, _refund(day))[1] == (0, None, {}, 0, 13_000)


def test_a_refund_two_months_from_the_return_is_another(tmp_path: Path):
    """Guard: the 收款 tab's -2,000 of 05-30 is two months from the 03-20 return: another
    refund, 4,000 sent back: R-2 2,000 open (49 days)."""
    assert _rio(tmp_path, _refund("2025-05-30"))[1][:3] == (2_000, "watch", {"R-2": (2_000, 49)})


@pytest.mark.parametrize("again", ["台账 2025-05.xlsx", "台账 2025-05(1).xlsx"])
def test_a_re_sent_month_whose_refund_moved_to_another_day_is_one_refund(tmp_path: Path,
                                                                        again):
    """May's ledger books the return's refund on the 收款 tab on 03-20, the return's day;
    the clerk sends May again with that refund moved to 03-25, the day the money went.
    Hand count at 06-30, as the newer file says: nothing open, no credit. Before: the
    return's own refund (03-20) was kept beside the tab's (03-25): R-2 2,000 open, watched."""
    (tmp_path / "1").mkdir()
    (tmp_path / "2").mkdir()
    _same_import(tmp_path, [write_xlsx(tmp_path / "1" / "台账 2025-05.xlsx",
                                       _refund("2025-03-20"))],
                 [write_xlsx(tmp_path / "2" / again, _refund("2025-03-25"))])
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    assert (*_owed(rio), rio.credit_on_account) == (0, None, {}, 0)


# --- 6. a payment on an invoice in one list, one of that figure in other money in the other ---

@pytest.mark.parametrize(("tab", "bank", "open_"), [
    ([("N-1", 5_000)], 5_000, 7_305.5),
    ([("N-1", 5_000), ("N-2", 3_000)], 8_000, 3_888.8)])
def test_an_invoiced_usd_payment_is_not_a_cny_payment_of_the_figure_without_one(
        tmp_path: Path, tab, bank, open_):
    """Nairobi owes N-1 10,000 and N-2 3,000 USD. The ledger's tab books 5,000 USD of 04-20
    in its invoice column (N-1; or N-1 5,000 and N-2 3,000); the bank's RMB list has 5,000
    CNY (8,000 CNY) of 04-20 under no invoice: the buyer's RMB part, another payment. Hand
    count at the default 0.1389: 5,000 USD and 694.50 USD received, 7,305.50 open (8,000 USD
    and 1,111.20 USD: 3,888.80). Before: one customer, day and figure, one naming its
    invoice: taken for one payment and the CNY dropped, 8,000 (5,000) open."""
    owed, _results = _files(
        tmp_path, (TAB, {"台账": SALES, "收款": [NOTE_HEADER, *(
            _money(NAIROBI, "2025-04-20", sum_, "USD", None, invoice) for invoice, sum_ in tab)]}),
        (BANK, {"收款": [NOTE_HEADER, _money(NAIROBI, "2025-04-20", bank, "CNY", None)]}))
    assert owed[NAIROBI] == (pytest.approx(open_), 0)


# --- 7. a schema-17 database whose payments' currency cells are words -------------------------

def test_a_schema_17_database_of_currency_words_keeps_its_payments_when_re_sent(tmp_path: Path):
    """Guard: April's tab books 5,000 of 04-20 in each of "RMB", "美金" and "人民币" and 700
    "US$" (two CNY, one USD and 700 USD); the database left at schema 17 (keys without the
    currency), opened (schema 18 keys each by its currency, CNY and USD, as the import reads
    the words) and the tab sent again as a copy, its rows the other way round: no line more,
    13,000 - 5,700 - 1,389 = 5,911 open."""
    rows = [[NAIROBI, d("2025-04-20"), sum_, word, note] for sum_, word, note in (
        (5_000, "RMB", "x"), (5_000, "美金", "y"), (5_000, "人民币", "z"), (700, "US$", None))]
    owed, _results = _files(tmp_path, (TAB, {"台账": SALES, "收款": [MONEY_HEADER, *rows]}))
    assert owed[NAIROBI] == (5_911, 0)
    dbs = (tmp_path / "fast.sqlite", tmp_path / "slow.sqlite")
    today = _keys(dbs[0])
    assert sum("CNY#" in key for key in today) == 2 and sum("USD#" in key for key in today) == 2
    for db in dbs:
        schema_17(db)
        connect(db).close()
        assert _keys(db) == today
    results = _same_import(tmp_path, [write_xlsx(tmp_path / "files" / "台账 2025-04(1).xlsx", {
        "台账": SALES, "收款": [MONEY_HEADER, *reversed(rows)]})])
    assert [r.status for r in results] == ["imported"]
    assert sorted(_keys(dbs[0])) == sorted(today)
    assert {c.customer: c.open_amount for c in at(dbs[0]).customers}[NAIROBI] == 5_911


# --- 8. two wires of one day on the bank's own list, the ledger's tab listing one ------------

USD_WIRE, CNY_WIRE, SHORT_WIRE = ("USD", 5_000), ("CNY", 35_500), ("USD", 4_985)


@pytest.mark.parametrize(("bank", "tab", "open_"), [
    ([USD_WIRE, CNY_WIRE], USD_WIRE, 3_000), ([USD_WIRE, CNY_WIRE], CNY_WIRE, 3_000),
    ([USD_WIRE, SHORT_WIRE], USD_WIRE, 3_000), ([USD_WIRE, SHORT_WIRE], SHORT_WIRE, 3_000),
    ([CNY_WIRE], USD_WIRE, 3_000)])
def test_two_wires_the_bank_s_list_holds_stay_two_when_the_tab_lists_one(
        tmp_path: Path, bank, tab, open_):
    """The bank's list, imported first, has two wires of 04-20 on N-1: 5,000 USD and 35,500
    CNY (4,930.95 USD, within the 3 % band of the 5,000: the buyer paid half in each), or
    5,000 and 4,985 USD; the ledger's tab, imported next, books one of them. Hand count: a
    list holds a wire once: two payments, N-1 paid (9,930.95 or 9,985 of 10,000, within the
    tolerance), N-2's 3,000 open. Before: the tab's row is the bank's row of its sum (one
    line), now stored from the tab, and was weighed against the bank's other wire as one
    wire in two lists: one dropped, 8,000 (8,015) open. The bank's CNY wire alone beside
    the tab's USD, both under N-1 with no note, is two payments too: nothing says one wire
    (fix35i; pay35a read one wire, 8,000 open)."""
    owed, _results = _files(
        tmp_path, (BANK, {"收款": [NOTE_HEADER, *(
            _money(NAIROBI, "2025-04-20", sum_, code, None, "N-1") for code, sum_ in bank)]}),
        (TAB, {"台账": SALES, "收款": [NOTE_HEADER, _money(NAIROBI, "2025-04-20", tab[1], tab[0],
                                                         None, "N-1")]}))
    assert owed[NAIROBI] == (open_, 0)


# --- 9. a wire returned, said with the money's word first -------------------------------------

@pytest.mark.parametrize("note", ["汇款退回", "TT-881 汇款被退回", "款项已退回", "货款原路退回",
                                  "定金退还客户"])
def test_a_wire_returned_said_money_first_is_money_out(tmp_path: Path, note):
    """The ledger's tab books Nairobi's 5,000 "TT-881" of 04-20, then -5,000 of 04-23 noted
    "汇款退回" (the bank sent the wire back: a wrong beneficiary account). Hand count: nothing
    received, 13,000 open. Before: only 退汇 or 退回货款 (the verb first) said the money went
    back; "汇款退回" was a receipt written negative, as an ERP's export writes them: 10,000
    received, N-1 shown paid, 3,000 open."""
    owed, _results = _files(tmp_path, (TAB, {"台账": SALES, "收款": _tab(
        _pay(NAIROBI, "2025-04-20", 5_000, "TT-881"), _pay(NAIROBI, "2025-04-23", -5_000, note))}))
    assert owed[NAIROBI] == (13_000, 0)
    assert is_refund(note)


@pytest.mark.parametrize("note", ["定金不退还", "汇款退回手续费", "货款退回抵扣下批",
                                  "汇款退回，已重汇"])
def test_a_wire_returned_s_fee_kept_money_or_sent_again_is_no_refund(note):
    """Guard: a deposit not given back, a returned wire's fee, the money set against the next
    order or the wire sent again say no money went back."""
    assert not is_refund(note)
