"""acct56b (rv55g s80, s85, s87; rv55e s64): a wire naming several buyers' invoices pays each.

An agent who buys himself, a sister firm, each wires one sum naming its own invoice and
another buyer's, or more than the other's invoice has open, or notes the buyer's full name as
the customer list spells it (代Khartoum Star Trading Co付款). Each test writes fix54e's workbook
(出货明细 + 收款登记: 日期, 付款人, 金额, 币种, 银行扣费, 对应发票, 备注) with openpyxl, imports it
whole as a clerk does (对应发票 read as the order number) and reads the accounts at 06-30. A
money changer's wire in a receipts book of its own imported before the sales book is split
once the sales book comes.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fix55d_who_paid import AS_OF, LATE, _paid, _tabs, _whole
from test_payer_named_fix54e import GULF, GULF_PAID, _account

from core.ledger.importer import import_files
from core.ledger.preview import preview_file
from core.ledger.report import import_report
from core.store import connect

HASSAN, KHARTOUM = "Hassan Ali Mohamed", "Khartoum Star Trading Co"
LLC, FZE = "Global Trading LLC", "Global Trading FZE"


def _sale(invoice: str, customer: str, amount: float) -> tuple:
    """Shipped 03-01, B/L 03-03, OA 30: 89 days overdue at 06-30."""
    return (invoice, customer, amount, "2025-03-01", "2025-03-03", "OA 30 days")


def _wire(day: str, payer: str, amount: float, ref: str | None, note: str) -> tuple:
    return (day, payer, amount, None, ref, note)


def test_an_agents_wire_naming_his_own_and_his_clients_invoice_pays_both(tmp_path: Path):
    """Hassan (INV-H1 5,000) wires 13,000 on 05-01 naming "INV-H1, INV-K1" (Khartoum's 8,000),
    either first. Hand: both 0, nothing on account. Before: Khartoum 8,000 open, 89 days,
    black; Hassan 8,000 on account (his own invoice named, the whole wire read as his)."""
    ships = [GULF, _sale("INV-H1", HASSAN, 5_000), _sale("INV-K1", KHARTOUM, 8_000)]
    for ref, note in (("INV-H1, INV-K1", "货款"), ("INV-K1, INV-H1", "代付")):
        where = tmp_path / ref[:6]
        english, chinese = _whole(where, "2025外贸台账.xlsx", ships, [
            GULF_PAID, _wire("2025-05-01", HASSAN, 13_000, ref, note), LATE])
        assert _account(where, KHARTOUM, AS_OF) == (0, 0, 0, 0, None)
        assert _account(where, HASSAN, AS_OF) == (0, 0, 0, 0, None)
        assert "Khartoum Star Trading Co (8,000.00 USD for INV-K1)" in english
        assert "Hassan Ali Mohamed 本身也是客户" in chinese


def test_a_sister_firms_wire_pays_the_others_invoice_and_its_own_with_the_rest(
        tmp_path: Path):
    """Global Trading LLC (INV-1 5,000) wires 13,000 naming "INV-1, INV-2" (FZE's 8,000):
    both 0 (before: FZE 8,000 black, the LLC 8,000 on account). It wires 10,000 naming
    INV-2 alone: FZE 0, the other 2,000 the LLC's own on its INV-1, 3,000 open, 89 days,
    black (before: FZE 8,000 black, the LLC 5,000 on account)."""
    ships = [GULF, _sale("INV-1", LLC, 5_000), _sale("INV-2", FZE, 8_000)]
    both = _wire("2025-05-01", LLC, 13_000, "INV-1, INV-2", "货款")
    _whole(tmp_path / "both", "2025外贸台账.xlsx", ships, [GULF_PAID, both, LATE])
    assert _account(tmp_path / "both", FZE, AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path / "both", LLC, AS_OF) == (0, 0, 0, 0, None)
    more = _wire("2025-05-01", LLC, 10_000, "INV-2", "货款")
    english, chinese = _whole(tmp_path / "more", "2025外贸台账.xlsx", ships,
                              [GULF_PAID, more, LATE])
    assert _account(tmp_path / "more", FZE, AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path / "more", LLC, AS_OF) == (3_000, 3_000, 89, 0, "black")
    assert ("Global Trading LLC's 10,000.00 USD is more than the invoices it names had open: "
            "the other 2,000.00 USD kept as Global Trading LLC's money, on its own open "
            "invoices, then on account.") in english
    assert "其余 2,000.00 USD 仍计为 Global Trading LLC 的货款，先冲抵其自己的未收发票" in chinese


def test_a_full_name_note_passes_on_what_the_buyer_has_open_and_no_more(tmp_path: Path):
    """Hassan owes INV-H1 12,000 and wires 20,000 noted 代Khartoum Star Trading Co付款, the
    name as the customer list spells it; Khartoum owes INV-K1 8,000. Hand: both 0, nothing on
    account (before: Hassan 12,000 black, Khartoum 12,000 on account: the full name booked
    whole, the short name's cap passed over). The note copied down onto Hassan's own 6,000
    after Khartoum's 8,000: both 0 (before: Hassan 6,000 black). His 5,000 naming his own
    INV-H1 stays his whatever the note: Khartoum 5,000, 89 days, black, as before."""
    note = "代Khartoum Star Trading Co付款"
    ships = [GULF, _sale("INV-H1", HASSAN, 12_000), _sale("INV-K1", KHARTOUM, 8_000)]
    english, _ = _whole(tmp_path / "a", "2025外贸台账.xlsx", ships, [
        GULF_PAID, _wire("2025-05-01", HASSAN, 20_000, None, note), LATE])
    assert _account(tmp_path / "a", HASSAN, AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path / "a", KHARTOUM, AS_OF) == (0, 0, 0, 0, None)
    assert "who had 8,000.00 USD open: that much counted as" in english
    with connect(tmp_path / "preview.sqlite") as conn:  # the import dialog says it alike
        sheets = preview_file(conn, tmp_path / "a" / "2025外贸台账.xlsx").sheets
    assert "paid_by_buyer_capped" in [n.code for s in sheets for n in s.notes]
    ships = [GULF, _sale("INV-H2", HASSAN, 6_000), _sale("INV-K1", KHARTOUM, 8_000)]
    _whole(tmp_path / "b", "2025外贸台账.xlsx", ships, [
        GULF_PAID, _wire("2025-04-01", HASSAN, 8_000, None, note),
        _wire("2025-05-01", HASSAN, 6_000, None, note), LATE])
    assert _account(tmp_path / "b", HASSAN, AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path / "b", KHARTOUM, AS_OF) == (0, 0, 0, 0, None)
    ships = [GULF, _sale("INV-H1", HASSAN, 5_000), _sale("INV-K1", KHARTOUM, 5_000)]
    _whole(tmp_path / "c", "2025外贸台账.xlsx", ships, [
        GULF_PAID, _wire("2025-05-01", HASSAN, 5_000, "INV-H1", note), LATE])
    assert _account(tmp_path / "c", HASSAN, AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path / "c", KHARTOUM, AS_OF) == (5_000, 5_000, 89, 0, "black")


def test_a_changers_wire_imported_before_the_sales_book_is_split_when_it_comes(tmp_path: Path):
    """财务's 收款2025.xlsx: ORIENT EXCHANGE FZE, buying nothing, wires 12,000 on 04-01 naming
    "INV-101/INV-102"; 业务's 出货2025.xlsx sells them (Alpha 5,000, Beta 7,000, OA 30 from
    03-03), imported after it, in a second import or later in the same one. Hand: Alpha and
    Beta 0, no customer ORIENT. Before: ORIENT 12,000 on account, Alpha and Beta black."""
    ships = [GULF, _sale("INV-101", "Alpha Haushalt GmbH", 5_000),
             _sale("INV-102", "Beta Homeware Ltd", 7_000)]
    wire = _wire("2025-04-01", "ORIENT EXCHANGE FZE", 12_000, "INV-101/INV-102", "货款")
    for together in (False, True):
        where = tmp_path / str(together)
        paid = write_xlsx(where / "财务" / "收款2025.xlsx",
                          {"收款登记": _paid([GULF_PAID, wire, LATE])})
        sold = write_xlsx(where / "业务" / "出货2025.xlsx", {"出货明细": _tabs(ships)})
        steps = [[paid, sold]] if together else [[paid], [sold]]
        results = [result for files in steps
                   for result in import_files(where / "fast.sqlite", files)]
        assert [r.status for r in results] == ["imported", "imported"]
        assert _account(where, "Alpha Haushalt GmbH", AS_OF) == (0, 0, 0, 0, None)
        assert _account(where, "Beta Homeware Ltd", AS_OF) == (0, 0, 0, 0, None)
        assert _account(where, "ORIENT EXCHANGE FZE", AS_OF) is None
        later = results[1]
        english = import_report(later)
        assert ("row 3: 12,000.00 USD paid by ORIENT EXCHANGE FZE, who buys nothing, stored "
                "before any file sold the invoices it names, is now split among their buyers "
                "by what each had open: Alpha Haushalt GmbH (5,000.00 USD for INV-101), Beta "
                "Homeware Ltd (7,000.00 USD for INV-102).") in english
        assert "现按各发票的未收款项分给这些发票的客户" in in_chinese(
            partial(import_report, later))
