"""acct56b (rv55g s80, s85, s87): a buyer's wire naming several buyers' invoices pays each.

An agent who buys himself, a sister firm, each wires one sum naming its own invoice and
another buyer's, or more than the other's invoice has open, or notes the buyer's full name as
the customer list spells it (代Khartoum Star Trading Co付款). Each test writes fix54e's workbook
(出货明细 + 收款登记: 日期, 付款人, 金额, 币种, 银行扣费, 对应发票, 备注) with openpyxl, imports it
whole as a clerk does (对应发票 read as the order number) and reads the accounts at 06-30.
"""

from __future__ import annotations

from pathlib import Path

from test_fix55d_who_paid import AS_OF, LATE, _whole
from test_payer_named_fix54e import GULF, GULF_PAID, _account

from core.ledger.preview import preview_file
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
