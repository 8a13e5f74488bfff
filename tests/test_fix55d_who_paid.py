"""fix55d (rv55a s08a, s08a2, s11, s12b; acct55b): who paid.

A buyer's 代X付款 prepayment for a number another clerk's book sells later; the bank's short
spelling paying an instalment; a payer-only firm naming another form of its name's invoice; a
receipts tab before the shipment tab. Each test writes fix54e's workbook (出货明细 + 收款登记:
日期, 付款人, 金额, 币种, 银行扣费, 对应发票, 备注) with openpyxl and imports it whole, as a
clerk does (对应发票 read as the order number), and reads the accounts a user sees at 06-30.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_payer_named_fix54e import GULF, GULF_PAID, REC_HEAD, SHIP_HEAD, _account, _day

from core.ledger.importer import import_files
from core.ledger.paid_for import said_for
from core.ledger.preview import preview_file
from core.ledger.report import import_report
from core.store import connect

AS_OF = date(2025, 6, 30)
LATE = ("2025-06-30", "Gulf Star Hardware LLC", 100, None, None, "货款")


def _tabs(ships: list[tuple]) -> list[list[object]]:
    """ships: (invoice, customer, amount, shipped, B/L, terms), 合同号 HT-n."""
    return [SHIP_HEAD, *[[inv, f"HT-{n}", cust, "阿联酋", "五金工具", 100, amt / 100, amt, "USD",
                          _day(ship), _day(bl), terms, "王芳", None]
                         for n, (inv, cust, amt, ship, bl, terms) in enumerate(ships, 1)]]


def _paid(receipts: list[tuple]) -> list[list[object]]:
    """receipts: (day, payer, amount, charge, 对应发票, 备注)."""
    return [REC_HEAD, *[[_day(on), payer, amt, "USD", charge, ref, note]
                        for on, payer, amt, charge, ref, note in receipts]]


def _whole(tmp_path: Path, name: str, ships: list[tuple], receipts: list[tuple],
           receipts_first: bool = False) -> tuple[str, str]:
    """The workbook `name` imported whole into tmp_path's store: its report, en + zh."""
    tabs = {"出货明细": _tabs(ships), "收款登记": _paid(receipts)}
    if receipts_first:
        tabs = dict(reversed(tabs.items()))
    path = write_xlsx(tmp_path / name, tabs)
    [result] = import_files(tmp_path / "fast.sqlite", [path])
    assert result.status == "imported"
    return import_report(result), in_chinese(lambda: import_report(result))


# --- s08a, s08a2. a buyer's 代X付款 prepayment for a number sold by a later book -------------

GROUP = ("INV-5", "Al Noor Group LLC", 5_000, "2025-02-01", "2025-02-03", "T/T")
GROUP_PAID = ("2025-02-01", "Al Noor Group LLC", 5_000, None, "INV-5", "货款")
KENYA = ("INV-9", "Al Noor Kenya Ltd", 6_000, "2025-04-08", "2025-04-10", "OA 30 days")


def test_a_buyers_prepayment_said_for_another_is_that_buyers_once_sold(tmp_path: Path):
    """张伟's book: Al Noor Group LLC buys INV-5 (paid) and prepays 6,000 on 04-01 for INV-9,
    备注 代Al Noor Kenya Ltd预付 (or 预付款，代Al Noor Kenya Ltd付款); 李娜's book, imported after,
    sells INV-9 to Al Noor Kenya Ltd (6,000, OA 30 from 04-10). Hand at 06-30: Kenya 0 open,
    on no list; Group 0, no credit. Before: Kenya 6,000 open, 51 days, watch; Group 6,000 on
    account."""
    for place, note in (("a", "代Al Noor Kenya Ltd预付"),
                        ("a2", "预付款，代Al Noor Kenya Ltd付款")):
        where = tmp_path / place
        ahead = ("2025-04-01", "Al Noor Group LLC", 6_000, None, "INV-9", note)
        _whole(where, "2025外贸台账-张伟.xlsx", [GULF, GROUP], [GULF_PAID, GROUP_PAID, ahead])
        english, chinese = _whole(where, "2025外贸台账-李娜.xlsx", [KENYA], [GULF_PAID, LATE])
        assert _account(where, "Al Noor Kenya Ltd", AS_OF) == (0, 0, 0, 0, None)
        assert _account(where, "Al Noor Group LLC", AS_OF) == (0, 0, 0, 0, None)
        assert ("6,000.00 USD received from Al Noor Group LLC for INV-9, which no file sold "
                "when it came, its note saying it was paid for Al Noor Kenya Ltd (代付), is now "
                "counted as Al Noor Kenya Ltd's money") in english
        assert "备注说是代 Al Noor Kenya Ltd 付的（代付）" in chinese


def test_a_chinese_notes_name_ends_before_the_payments_word():
    """«Al Noor Kenya Ltd预» was the name read of 代Al Noor Kenya Ltd预付: no customer's."""
    assert said_for("代Al Noor Kenya Ltd预付") == ("Al Noor Kenya Ltd", False)
    assert said_for("代Al Noor Kenya Ltd定金") == ("Al Noor Kenya Ltd", False)


# --- s11. the bank's short spelling paying an instalment of the one buyer of that name -------

FZE_1 = ("INV-1", "Global Trading FZE", 5_000, "2025-03-01", "2025-03-03", "OA 30 days")
FZE_2 = ("INV-2", "Global Trading FZE", 4_000, "2025-03-01", "2025-03-03", "OA 30 days")


def test_the_banks_short_spelling_paying_an_instalment_is_the_one_buyer_of_that_name(
        tmp_path: Path):
    """Global Trading FZE, the only Global Trading, owes INV-1 5,000 and INV-2 4,000 (OA 30
    from 03-03); GLOBAL TRADING (the bank's spelling) wires 3,000 on 05-01, 货款 分期, naming no
    invoice. Hand at 06-30: FZE 6,000 open, 89 days, black; no customer GLOBAL TRADING.
    Before: FZE 9,000 open, GLOBAL TRADING a customer with 3,000 on account."""
    wire = ("2025-05-01", "GLOBAL TRADING", 3_000, None, None, "货款 分期")
    english, _ = _whole(tmp_path, "2025外贸台账.xlsx", [GULF, FZE_1, FZE_2],
                        [GULF_PAID, wire, LATE])
    assert _account(tmp_path, "Global Trading FZE", AS_OF) == (6_000, 6_000, 89, 0, "black")
    assert _account(tmp_path, "GLOBAL TRADING", AS_OF) is None
    assert "GLOBAL TRADING, who buys nothing, is Global Trading FZE written otherwise" in english


# --- s12b. a payer-only firm, another form of the buyer's name, paying part of its invoice ---

def test_a_payer_of_the_buyers_name_in_another_form_pays_part_of_its_invoice(tmp_path: Path):
    """Global Trading LLC owes INV-1 5,000 and INV-3 2,000 (OA 30 from 03-03); GLOBAL TRADING
    FZE, buying nothing, wires 2,500 on 05-01 naming INV-1. Hand at 06-30: LLC 4,500 open, 89
    days, black; no customer GLOBAL TRADING FZE. Before: LLC 7,000 open, the FZE 2,500 on
    account."""
    llc = [(inv, "Global Trading LLC", amount, "2025-03-01", "2025-03-03", "OA 30 days")
           for inv, amount in (("INV-1", 5_000), ("INV-3", 2_000))]
    wire = ("2025-05-01", "GLOBAL TRADING FZE", 2_500, None, "INV-1", "货款")
    english, chinese = _whole(tmp_path, "2025外贸台账.xlsx", [GULF, *llc], [GULF_PAID, wire, LATE])
    assert _account(tmp_path, "Global Trading LLC", AS_OF) == (4_500, 4_500, 89, 0, "black")
    assert _account(tmp_path, "GLOBAL TRADING FZE", AS_OF) is None
    assert ("2,500.00 USD paid by GLOBAL TRADING FZE, who buys nothing, naming Global Trading "
            "LLC («INV-1»)") in english


# --- acct55b. a receipts tab before the shipment tab -----------------------------------------

def test_a_receipts_tab_before_the_shipment_tab_pays_as_the_other_order(tmp_path: Path):
    """ORIENT EXCHANGE FZE, a changer buying nothing, wires 12,000 on 04-01 for
    "INV-101/INV-102" (Alpha's 5,000 and Beta's 7,000, OA 30 from 03-03). Hand at 06-30,
    whichever tab the clerk put first: Alpha and Beta 0 open, on no list; no customer ORIENT.
    Before, the receipts tab first: ORIENT 12,000 on account, Alpha and Beta black."""
    ships = [GULF, ("INV-101", "Alpha Haushalt GmbH", 5_000, "2025-03-01", "2025-03-03",
                    "OA 30 days"),
             ("INV-102", "Beta Homeware Ltd", 7_000, "2025-03-01", "2025-03-03", "OA 30 days")]
    wire = ("2025-04-01", "ORIENT EXCHANGE FZE", 12_000, None, "INV-101/INV-102", "货款")
    for first in (False, True):
        where = tmp_path / str(first)
        english, _ = _whole(where, "2025外贸台账.xlsx", ships, [GULF_PAID, wire, LATE], first)
        with connect(tmp_path / "preview.sqlite") as conn:  # the import dialog's, alike
            sheets = preview_file(conn, where / "2025外贸台账.xlsx").sheets
        assert [n.code for s in sheets for n in s.notes].count("payer_split") == 1
        assert _account(where, "Alpha Haushalt GmbH", AS_OF) == (0, 0, 0, 0, None)
        assert _account(where, "Beta Homeware Ltd", AS_OF) == (0, 0, 0, 0, None)
        assert _account(where, "ORIENT EXCHANGE FZE", AS_OF) is None
        assert ("12,000.00 USD paid by ORIENT EXCHANGE FZE, who buys nothing, for papers of "
                "several customers") in english
