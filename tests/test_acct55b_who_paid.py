"""acct55b (rv54d e4, e6 D, e11): who paid — an agent who also buys, a changer's wire under
the order-number mapping, one firm under two spellings.

fix54e's workbook (出货明细 + 收款登记: 日期, 付款人, 金额, 币种, 银行扣费, 对应发票, 备注),
written with openpyxl, its two tabs imported in turn; the accounts read as a user sees them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_fix54p_payer_fits import ALPHA_OA, ALPHA_PAYS, AS_OF, BETA_OA, LATE
from test_fix54p_payer_fits import _import as _import_d
from test_lists_audit28 import at, by_name
from test_payer_named_fix54e import GULF, GULF_PAID, KHARTOUM, _account, _import

# --- e4. an agent who also buys -------------------------------------------------------------

APRIL = date(2025, 4, 30)
HASSAN_SALE = ("INV2501-07", "Hassan Ali Mohamed", 9_000, "2025-01-05", "2025-01-08",
               "100% T/T before shipment")
HASSAN_OWN = ("2025-01-04", "Hassan Ali Mohamed", 9_000, None, "INV2501-07", "货款")


def test_an_agent_who_buys_passes_on_a_wire_said_for_another_buyer(tmp_path: Path):
    """Hassan Ali Mohamed buys INV2501-07 (9,000, paid 01-04) and wires Khartoum Star
    Trading's 8,430.80 (8,415.80 + 15 charge) on 01-16, 备注 代Khartoum Star付款: Khartoum's
    money, 0 open and on no list at 04-30; Hassan 0 on account; the report says so in both
    languages. Before: Khartoum 8,430.80 open (shipped 01-19 on T/T before shipment), Hassan
    8,430.80 on account."""
    wire = ("2025-01-16", "Hassan Ali Mohamed", 8_415.8, 15, None, "代Khartoum Star付款")
    for refmap in ("ref", "order_no"):
        where = tmp_path / refmap
        english, chinese = _import(where, [GULF, KHARTOUM, HASSAN_SALE],
                                   [GULF_PAID, HASSAN_OWN, wire], refmap=refmap)
        assert _account(where, "Khartoum Star Trading", APRIL) == (0, 0, 0, 0, None)
        assert _account(where, "Hassan Ali Mohamed", APRIL) == (0, 0, 0, 0, None)
        assert ("Hassan Ali Mohamed, a customer itself, says 8,430.80 USD is for another "
                "customer («代Khartoum Star付款»): counted as the money of Khartoum Star "
                "Trading") in english
        assert "Hassan Ali Mohamed 本身也是客户" in chinese


def test_an_agent_who_buys_passes_on_a_wire_naming_another_buyers_invoice(tmp_path: Path):
    """The same agent wires 8,000 + 15 charge naming Khartoum's INV2501-06 in 对应发票 (the
    app's reference, as a buyer paying nothing would: fix54e): 415.80 left open for Khartoum,
    Hassan 0 on account. Before: Khartoum 8,430.80 open, Hassan 8,015 on account. Read as
    the order number, one number alone moves only money about its open sum (acct52h), as a
    payer buying nothing's does: the whole 8,415.80 + 15 moves, a part stays Hassan's."""
    wire = ("2025-01-16", "Hassan Ali Mohamed", 8_000, 15, "INV2501-06", "客户代理付款")
    english, _ = _import(tmp_path, [GULF, KHARTOUM, HASSAN_SALE], [GULF_PAID, HASSAN_OWN, wire])
    assert _account(tmp_path, "Khartoum Star Trading", APRIL)[0] == 415.8
    assert _account(tmp_path, "Hassan Ali Mohamed", APRIL) == (0, 0, 0, 0, None)
    assert "Khartoum Star Trading (8,015.00 USD for INV2501-06)" in english
    whole = ("2025-01-16", "Hassan Ali Mohamed", 8_415.8, 15, "INV2501-06", "客户代理付款")
    _import(tmp_path / "d", [GULF, KHARTOUM, HASSAN_SALE], [GULF_PAID, HASSAN_OWN, whole],
            refmap="order_no")
    assert _account(tmp_path / "d", "Khartoum Star Trading", APRIL)[0] == 0


def test_an_agent_who_buys_keeps_his_own_part_and_what_is_over_the_invoices(tmp_path: Path):
    """Hassan's wire naming his own INV2501-07 (9,000) with Khartoum's INV2501-06 (8,430.80)
    pays each (acct56b, rv55g s87: it stayed all his, Khartoum black); 20,000 naming
    Khartoum's 8,430.80 alone pays it, the other 11,584.20 his own money on account, as a
    代Khartoum付款 note's would be (s85c; it stayed all his, 20,015 on account)."""
    both = ("2025-01-16", "Hassan Ali Mohamed", 17_430.8, None, "INV2501-07/INV2501-06", "货款")
    _import(tmp_path / "own", [GULF, KHARTOUM, HASSAN_SALE], [GULF_PAID, both])
    assert _account(tmp_path / "own", "Khartoum Star Trading", APRIL) == (0, 0, 0, 0, None)
    assert _account(tmp_path / "own", "Hassan Ali Mohamed", APRIL) == (0, 0, 0, 0, None)
    more = ("2025-01-16", "Hassan Ali Mohamed", 20_000, 15, "INV2501-06", "货款")
    english, chinese = _import(tmp_path / "more", [GULF, KHARTOUM, HASSAN_SALE],
                               [GULF_PAID, HASSAN_OWN, more])
    assert _account(tmp_path / "more", "Khartoum Star Trading", APRIL) == (0, 0, 0, 0, None)
    assert _account(tmp_path / "more", "Hassan Ali Mohamed", APRIL)[3] == 11_584.2
    assert ("Hassan Ali Mohamed's 20,015.00 USD is more than the invoices it names had open: "
            "the other 11,584.20 USD kept as Hassan Ali Mohamed's money") in english
    assert "其余 11,584.20 USD 仍计为 Hassan Ali Mohamed 的货款" in chinese


# --- e6 D. a changer's wire, 对应发票 mapped as the order number -------------------------------

def test_a_changers_wire_naming_a_paid_and_an_open_invoice_under_the_order_number(
        tmp_path: Path):
    """ORIENT EXCHANGE FZE (buys nothing) wires 7,000 on 04-01 naming "INV-1/INV-2", 对应发票
    mapped as the order number: INV-1 (Alpha, 5,000) paid on 03-10, INV-2 (Beta, 7,000, OA 30
    from 03-03, due 04-02) open: Beta's money, paid, on no list at 06-30; the changer no
    customer; as under the reference mapping (fix54p). Before: Beta 7,000 open, 89 days,
    black; the changer 7,000 on account."""
    wire = ("2025-04-01", "ORIENT EXCHANGE FZE", 7_000, None, "INV-1/INV-2", "代付")
    english, _ = _import_d(tmp_path, "2025外贸台账.xlsx", [GULF, ALPHA_OA, BETA_OA],
                           [GULF_PAID, ALPHA_PAYS, wire, LATE], refmap="order_no")
    assert _account(tmp_path, "Beta Homeware Ltd", AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path, "Alpha Haushalt GmbH", AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path, "ORIENT EXCHANGE FZE", AS_OF) is None
    assert "not sold in any file" not in english


# --- e11. one firm under two spellings, both buying --------------------------------------------

BARAKA = ("INV2506-03", "Al Baraka General Trading", 18_000, "2025-06-04", "2025-06-12",
          "100% T/T before shipment")
BARAKA_LLC = ("INV2507-09", "AL BARAKA GENERAL TRADING LLC", 6_000, "2025-07-02", "2025-07-06",
              "100% T/T before shipment")
AUGUST = date(2025, 8, 31)


def test_one_firm_under_two_spellings_paying_the_others_invoice(tmp_path: Path):
    """June's orders sell INV2506-03 (18,000) to Al Baraka General Trading, July's INV2507-09
    (6,000) to AL BARAKA GENERAL TRADING LLC; the bank books both wires under the LLC: 17,965
    + 35 on 05-30 naming INV2506-03, 6,000 on 06-30 naming INV2507-09. At 08-31 both owe
    nothing, on no list, no credit; the report names the pair as likely one firm once, in
    both languages. Before: Al Baraka 18,000 open, 80 days, black; the LLC 18,000 on
    account."""
    wires = [("2025-05-30", "AL BARAKA GENERAL TRADING LLC", 17_965, 35, "INV2506-03", "货款"),
             ("2025-06-30", "AL BARAKA GENERAL TRADING LLC", 6_000, None, "INV2507-09", "货款")]
    english, chinese = _import(tmp_path, [GULF, BARAKA, BARAKA_LLC], [GULF_PAID, *wires],
                               month=8)
    assert _account(tmp_path, "Al Baraka General Trading", AUGUST) == (0, 0, 0, 0, None)
    assert _account(tmp_path, "AL BARAKA GENERAL TRADING LLC", AUGUST) == (0, 0, 0, 0, None)
    assert english.count("«AL BARAKA GENERAL TRADING LLC» and «Al Baraka General Trading» "
                         "both buy, are one name written otherwise") == 1
    assert "很可能是同一家公司" in chinese


def test_two_firms_each_paying_its_own_stay_apart(tmp_path: Path):
    """The nearest innocent case: Global Trading and Global Trading FZE both buy and each pays
    its own invoice: two customers, nothing moved, no note of one firm."""
    own = ("INV-7", "Global Trading", 4_000, "2025-06-04", "2025-06-06", "OA 30 days")
    fze = ("INV-8", "Global Trading FZE", 5_000, "2025-06-04", "2025-06-06", "OA 30 days")
    paid = [("2025-07-01", "Global Trading", 4_000, None, "INV-7", "货款"),
            ("2025-07-02", "Global Trading FZE", 5_000, None, "INV-8", "货款")]
    english, _ = _import(tmp_path, [GULF, own, fze], [GULF_PAID, *paid], month=8)
    assert _account(tmp_path, "Global Trading", AUGUST) == (0, 0, 0, 0, None)
    assert _account(tmp_path, "Global Trading FZE", AUGUST) == (0, 0, 0, 0, None)
    assert "likely one firm" not in english and "a customer itself" not in english


# --- noticed on the way: a register naming hundreds of proformas no file sells yet -----------

def test_a_register_naming_600_unsold_proformas_imports(tmp_path: Path):
    """A trading house's year of 收款登记: 600 deposits, each 对应发票 a proforma no file sells
    yet (PI-25001 … PI-25600), 1,000 each from Gulf Star. Before: the file refused whole, "the
    database could not be written" (the store asked for all 600 numbers in one expression,
    deeper than SQLite takes); now imported: at 12-31 Gulf owes nothing and the 600,000 is
    all its own, held for the proformas of the last 90 days, the older on account (fix54m)."""
    deposits = [(f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}", "Gulf Star Hardware LLC", 1_000, None,
                 f"PI-{25001 + n}", "定金") for n in range(600)]
    _import(tmp_path, [GULF], [GULF_PAID, *deposits], refmap="order_no")  # asserts imported
    gulf = by_name(at(tmp_path / "fast.sqlite", date(2025, 12, 31)))["Gulf Star Hardware LLC"]
    assert round(gulf.open_amount) == 0 and gulf.deposits_held > 0
    assert round(gulf.deposits_held + gulf.credit_on_account) == 600_000
