"""fix54p (rv54d R5, R6): money moves to a buyer by a name or a number only where it fits.

R5: money held under a payer that buys in its own right is never placed on another buyer
(core.ledger.placed_receipts). R6: a payer spelled as a customer is (paid_for.Named) moves only
with money that fits that customer (core.ledger.payer_fits). Each test writes fix54e's workbook
(出货明细 + 收款登记) with openpyxl, imports its tabs and reads the account a user sees.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from languages import in_chinese
from test_lists_audit28 import at, by_name
from test_payer_named_fix54e import GULF, GULF_PAID, REGISTER, _account, _book

from core.ledger.importer import import_files
from core.ledger.report import import_report

AS_OF = date(2025, 6, 30)
LATE = ("2025-06-30", "Gulf Star Hardware LLC", 100, None, None, "货款")  # the books' last day


def _import(tmp_path: Path, name: str, ships: list[tuple], receipts: list[tuple],
            refmap: str = "order_no") -> tuple[str, str]:
    """The book `name`'s shipment tab, then its receipts tab (对应发票 read as `refmap`, the
    order number as the clerks keep it): the two imports' reports, en + zh."""
    path = _book(tmp_path / name, ships, receipts)
    db = tmp_path / "fast.sqlite"
    mapping = {**{k: v for k, v in REGISTER.items() if k != "ref"}, refmap: "对应发票"}
    results = [*import_files(db, [path], sheet="出货明细",
                             overrides={"order_date": "出货日期", "ship_date": "提单日期"}),
               *import_files(db, [path], sheet="收款登记", overrides=mapping)]
    assert all(result.status == "imported" for result in results)
    return ("".join(import_report(r) for r in results),
            in_chinese(lambda: "".join(import_report(r) for r in results)))


# --- R5. a buyer's own prepayment, its number sold by another clerk's book -------------------

ALPHA = ("INV-1", "Alpha Haushalt GmbH", 5_000, "2025-02-01", "2025-02-03", "T/T")
ALPHA_PAID = ("2025-02-01", "Alpha Haushalt GmbH", 5_000, None, "INV-1", "货款")
ALPHA_AHEAD = ("2025-04-01", "Alpha Haushalt GmbH", 6_000, None, "INV-2", "预付款")
BETA = ("INV-2", "Beta Homeware Ltd", 6_000, "2025-04-08", "2025-04-10", "OA 30 days")


def test_a_buyers_prepayment_is_never_placed_on_another_buyer(tmp_path: Path):
    """张伟's book: Alpha buys INV-1 (5,000, paid) and prepays 6,000 for its next "INV-2";
    李娜's book, her own numbering, sells "INV-2" to Beta (6,000, OA 30 from 04-10, unpaid).
    At 06-30 Beta owes 6,000, 51 days overdue, watch; Alpha holds its 6,000 ahead. Before:
    Beta 0 open, on no list; Alpha's 6,000 given to Beta."""
    _import(tmp_path, "2025外贸台账-张伟.xlsx", [GULF, ALPHA], [GULF_PAID, ALPHA_PAID, ALPHA_AHEAD])
    english, _ = _import(tmp_path, "2025外贸台账-李娜.xlsx", [BETA], [GULF_PAID, LATE])
    assert _account(tmp_path, "Beta Homeware Ltd", AS_OF) == (6_000, 6_000, 51, 0, "watch")
    assert _account(tmp_path, "Alpha Haushalt GmbH", AS_OF) == (0, 0, 0, 6_000, None)
    assert "is now counted as" not in english


def test_a_payer_who_buys_nothing_is_still_placed(tmp_path: Path):
    """The nearest innocent case (fix54f): the same 6,000 held under a payer that buys nothing
    (BETA HOMEWARE LIMITED, the bank's spelling) is Beta's once 李娜's book sells INV-2: Beta 0
    open, on no list."""
    ahead = ("2025-04-01", "BETA HOMEWARE BANK ACCOUNT", 6_000, None, "INV-2", "预付款")
    _import(tmp_path, "2025外贸台账-张伟.xlsx", [GULF, ALPHA], [GULF_PAID, ALPHA_PAID, ahead])
    english, chinese = _import(tmp_path, "2025外贸台账-李娜.xlsx", [BETA], [GULF_PAID, LATE])
    assert _account(tmp_path, "Beta Homeware Ltd", AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path, "BETA HOMEWARE BANK ACCOUNT", AS_OF) is None
    assert "is now counted as Beta Homeware Ltd's money" in english


# --- R6. a new buyer spelled as an old one, its money fitting nothing of it ------------------

FZE = ("INV-1", "Global Trading FZE", 5_000, "2025-03-01", "2025-03-03", "OA 30 days")
NEW_BUYER = ("2025-05-01", "GLOBAL TRADING", 6_000, None, "PI-77", "预付款")


def test_a_payer_whose_money_fits_nothing_of_the_customer_stays_itself(tmp_path: Path):
    """A new buyer GLOBAL TRADING prepays 6,000 for PI-77 (no file sells it) beside Global
    Trading FZE owing 5,000 (OA 30 from 03-03): FZE 5,000 open, 89 days, black; GLOBAL TRADING
    holds its 6,000; the report says once they may be one firm. Before: FZE 0 open, 1,000 on
    account, no list; the new buyer gone."""
    english, chinese = _import(tmp_path, "2025外贸台账.xlsx", [GULF, FZE],
                               [GULF_PAID, NEW_BUYER, LATE])
    assert _account(tmp_path, "Global Trading FZE", AS_OF) == (5_000, 5_000, 89, 0, "black")
    # its 预付款 for PI-77, which no file sells yet, is held for it (fix54m), no credit
    assert _account(tmp_path, "GLOBAL TRADING", AS_OF) == (0, 0, 0, 0, None)
    assert _held(tmp_path, "GLOBAL TRADING") == 6_000
    assert english.count("GLOBAL TRADING, who buys nothing, is possibly Global Trading FZE "
                         "written otherwise") == 1
    assert "可能是 Global Trading FZE 的另一种写法" in chinese
    assert "written otherwise (case, punctuation or a company form): its" not in english


def test_a_bank_spelling_paying_the_open_sum_is_still_the_customer(tmp_path: Path):
    """The nearest innocent case: GLOBAL TRADING wires 4,990 naming no invoice, FZE's 5,000
    open less a bank's 10: FZE's money (0 open, no list), as fix54e folds it."""
    wire = ("2025-05-01", "GLOBAL TRADING", 4_990, 10, None, "货款")
    english, _ = _import(tmp_path, "2025外贸台账.xlsx", [GULF, FZE], [GULF_PAID, wire, LATE])
    assert _account(tmp_path, "Global Trading FZE", AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path, "GLOBAL TRADING", AS_OF) is None
    assert "GLOBAL TRADING, who buys nothing, is Global Trading FZE written otherwise" in english


def test_the_banks_full_name_of_a_short_name_is_the_customer_whatever_it_pays(tmp_path: Path):
    """The nearest innocent case (rv54b f7, June): GLOBAL TRADING LLC, the bank's full name of
    the clerk's Global Trading (no form, owing 5,000), prepays 6,000 for PI-77, unsold yet:
    Global Trading's money, held for PI-77 (fix54m: a deposit for a contract no file sells
    pays no older invoice), its 5,000 still open, 89 days, watched beside the 6,000 held; no
    customer GLOBAL TRADING LLC."""
    short = ("INV-1", "Global Trading", *FZE[2:])
    wire = ("2025-05-01", "GLOBAL TRADING LLC", *NEW_BUYER[2:])
    english, _ = _import(tmp_path, "2025外贸台账.xlsx", [GULF, short], [GULF_PAID, wire, LATE])
    assert _account(tmp_path, "Global Trading", AS_OF) == (5_000, 5_000, 89, 0, "watch")
    assert _held(tmp_path, "Global Trading") == 6_000
    assert _account(tmp_path, "GLOBAL TRADING LLC", AS_OF) is None
    assert "is possibly" not in english


# --- e6. a changer's wire naming a paid invoice and an open one ------------------------------

ALPHA_OA = ("INV-1", "Alpha Haushalt GmbH", 5_000, "2025-03-01", "2025-03-03", "OA 30 days")
BETA_OA = ("INV-2", "Beta Homeware Ltd", 7_000, "2025-03-01", "2025-03-03", "OA 30 days")
ALPHA_PAYS = ("2025-03-10", "Alpha Haushalt GmbH", 5_000, None, "INV-1", "货款")


def test_a_changers_wire_naming_a_paid_invoice_pays_the_open_one(tmp_path: Path):
    """ORIENT EXCHANGE FZE (buys nothing) wires 7,000 naming "INV-1, INV-2": INV-1 (Alpha)
    paid on 03-10, INV-2 (Beta, 7,000) open: Beta paid, on no list; Alpha 0; the changer no
    customer. Before: Beta 7,000 open, 89 days, black; the changer 7,000 on account."""
    wire = ("2025-04-01", "ORIENT EXCHANGE FZE", 7_000, None, "INV-1, INV-2", "代付")
    _import(tmp_path, "2025外贸台账.xlsx", [GULF, ALPHA_OA, BETA_OA],
            [GULF_PAID, ALPHA_PAYS, wire, LATE], refmap="ref")
    assert _account(tmp_path, "Beta Homeware Ltd", AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path, "Alpha Haushalt GmbH", AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path, "ORIENT EXCHANGE FZE", AS_OF) is None


def test_a_changers_wire_naming_only_paid_invoices_moves_nothing(tmp_path: Path):
    """The nearest innocent case: the same wire once Beta paid INV-2 too: both invoices paid,
    the 7,000 stays the changer's, on account; Beta and Alpha owe nothing."""
    wire = ("2025-04-01", "ORIENT EXCHANGE FZE", 7_000, None, "INV-1, INV-2", "代付")
    beta_pays = ("2025-03-12", "Beta Homeware Ltd", 7_000, None, "INV-2", "货款")
    _import(tmp_path, "2025外贸台账.xlsx", [GULF, ALPHA_OA, BETA_OA],
            [GULF_PAID, ALPHA_PAYS, beta_pays, wire, LATE], refmap="ref")
    assert _account(tmp_path, "Beta Homeware Ltd", AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path, "ORIENT EXCHANGE FZE", AS_OF) == (0, 0, 0, 7_000, None)


def _held(tmp_path: Path, name: str) -> float:
    """The deposits a customer's money holds for orders not shipped or sold yet."""
    return round(by_name(at(tmp_path / "fast.sqlite", AS_OF))[name].deposits_held, 2)
