"""fix55g (rv55c s30, s30b, s51, s35, s36b, s37): an agent's 代X付款 note moves only what X has
open; a row naming the payer's own invoice is its own; numbers a file sells are weighed beside
one it does not.

fix54e's workbook (出货明细 + 收款登记: 日期, 付款人, 金额, 币种, 银行扣费, 对应发票, 备注), written
with openpyxl: imported whole, as a clerk imports it (对应发票 read as the order number), and
where told its two tabs in turn; the accounts read at 06-30 as a user sees them.
"""

from __future__ import annotations

from pathlib import Path

from languages import in_chinese
from test_fix54p_payer_fits import AS_OF, LATE
from test_fix54p_payer_fits import _import as _by_tabs
from test_payer_named_fix54e import GULF, GULF_PAID, _account, _book

from core.ledger.importer import import_files
from core.ledger.report import import_report

HASSAN = "Hassan Ali Mohamed"
KHARTOUM = "Khartoum Star Trading Co"


def _sale(number: str, customer: str, amount: float) -> tuple:
    """Shipped 03-01, B/L 03-03, OA 30: due 04-02, 89 days late at 06-30."""
    return (number, customer, amount, "2025-03-01", "2025-03-03", "OA 30 days")


def _whole(tmp_path: Path, ships: list[tuple], receipts: list[tuple]) -> tuple[str, str]:
    """The workbook imported whole, its columns read as the app reads them: the report, en +
    zh."""
    path = _book(tmp_path / "2025外贸台账.xlsx", ships, receipts)
    [result] = import_files(tmp_path / "fast.sqlite", [path])
    assert result.status == "imported"
    return import_report(result), in_chinese(lambda: import_report(result))


def _agent(tmp_path: Path, own: tuple[str, float], khartoum: float, paid: list[tuple]
           ) -> tuple[str, str, tuple | None, tuple | None]:
    """Hassan's own invoice (number, amount) and Khartoum's INV-K1 sold, `paid` received, the
    workbook imported whole: the report (en, zh), Hassan's and Khartoum's accounts."""
    ships = [GULF, _sale(own[0], HASSAN, own[1]), _sale("INV-K1", KHARTOUM, khartoum)]
    english, chinese = _whole(tmp_path, ships, [GULF_PAID, *paid, LATE])
    return (english, chinese, _account(tmp_path, HASSAN, AS_OF),
            _account(tmp_path, KHARTOUM, AS_OF))


def test_an_agents_note_moves_no_more_than_the_buyer_has_open(tmp_path: Path):
    """s30: Hassan owes his own INV-H1 12,000 and wires 20,000 on 05-01 noted 代Khartoum Star
    付款; Khartoum owes INV-K1 8,000. 8,000 is Khartoum's, 12,000 pays Hassan's INV-H1: both 0
    open, no credit, no list; the report says the split in both languages. Before: Hassan
    12,000 open, 89 days, black; Khartoum 12,000 on account."""
    ships = [GULF, _sale("INV-H1", HASSAN, 12_000), _sale("INV-K1", KHARTOUM, 8_000)]
    wire = ("2025-05-01", HASSAN, 20_000, None, None, "代Khartoum Star付款")
    english, chinese = _whole(tmp_path / "whole", ships, [GULF_PAID, wire, LATE])
    _by_tabs(tmp_path / "tabs", "2025外贸台账.xlsx", ships, [GULF_PAID, wire, LATE])
    for where in ("whole", "tabs"):
        assert _account(tmp_path / where, HASSAN, AS_OF) == (0, 0, 0, 0, None)
        assert _account(tmp_path / where, KHARTOUM, AS_OF) == (0, 0, 0, 0, None)
    assert ("who had 8,000.00 USD open: that much counted as Khartoum Star Trading Co's money, "
            "the other 12,000.00 USD kept as Hassan Ali Mohamed's") in english
    assert "其余 12,000.00 USD 仍计为 Hassan Ali Mohamed 的货款" in chinese


def test_a_note_copied_onto_the_agents_own_payment_moves_nothing(tmp_path: Path):
    """s30b: Hassan pays Khartoum's INV-K1 8,000 on 04-01 (代Khartoum Star付款), then his own
    INV-H2 6,000 on 05-01, the note copied down the column: Khartoum has nothing open, the
    6,000 stays Hassan's. Both 0 open, no credit. Before: Hassan 6,000 open, 89 days, black;
    Khartoum 6,000 on account."""
    english, chinese, hassan, khartoum = _agent(tmp_path, ("INV-H2", 6_000), 8_000, [
        ("2025-04-01", HASSAN, 8_000, None, None, "代Khartoum Star付款"),
        ("2025-05-01", HASSAN, 6_000, None, None, "代Khartoum Star付款")])
    assert hassan == khartoum == (0, 0, 0, 0, None)
    assert ("says 6,000.00 USD is for Khartoum Star Trading Co («代Khartoum Star付款»), who has "
            "nothing open: kept as Hassan Ali Mohamed's money") in english
    assert "没有未收款项" in chinese


def test_a_row_naming_the_payers_own_invoice_is_its_own_whatever_the_note(tmp_path: Path):
    """s51: Hassan wires 5,000 naming his own INV-H1 in 对应发票, the note 代Khartoum Star付款
    copied down: his INV-H1 paid, Khartoum's INV-K1 5,000 still open, 89 days, black. Before:
    Hassan 5,000 open, 89 days, black; Khartoum paid."""
    wire = ("2025-05-01", HASSAN, 5_000, None, "INV-H1", "代Khartoum Star付款")
    english, _, hassan, khartoum = _agent(tmp_path, ("INV-H1", 5_000), 5_000, [wire])
    assert hassan == (0, 0, 0, 0, None)
    assert khartoum == (5_000, 5_000, 89, 0, "black")
    assert "a customer itself" not in english


def test_numbers_a_file_sells_are_weighed_beside_one_it_does_not(tmp_path: Path):
    """s35: ORIENT EXCHANGE FZE (buys nothing) wires 12,000 naming "INV-2, INV-3, INV-7"
    (Beta 7,000, Gamma 5,000, INV-7 sold nowhere); Dubai Star LLC (buys INV-D1, paid) wires
    5,000 naming "INV-4, INV-8" (Kenya 5,000, INV-8 sold nowhere): Beta, Gamma and Kenya paid,
    on no list; the changer no customer, Dubai no credit. Before: each open, 89 days, black,
    the changer 12,000 and Dubai 5,000 on account."""
    ships = [GULF, _sale("INV-2", "Beta Homeware Ltd", 7_000),
             _sale("INV-3", "Gamma Cuisine SAS", 5_000), _sale("INV-D1", "Dubai Star LLC", 4_000),
             _sale("INV-4", "Kenya Star Ltd", 5_000)]
    paid = [GULF_PAID, ("2025-04-01", "ORIENT EXCHANGE FZE", 12_000, None, "INV-2, INV-3, INV-7",
                        "代付"),
            ("2025-03-20", "Dubai Star LLC", 4_000, None, "INV-D1", "货款"),
            ("2025-04-05", "Dubai Star LLC", 5_000, None, "INV-4, INV-8", "代付"), LATE]
    _whole(tmp_path / "whole", ships, paid)
    _by_tabs(tmp_path / "ref", "2025外贸台账.xlsx", ships, paid, refmap="ref")
    for where in ("whole", "ref"):
        for name in ("Beta Homeware Ltd", "Gamma Cuisine SAS", "Kenya Star Ltd", "Dubai Star LLC"):
            assert _account(tmp_path / where, name, AS_OF) == (0, 0, 0, 0, None), (where, name)
        assert _account(tmp_path / where, "ORIENT EXCHANGE FZE", AS_OF) is None


def test_a_wire_for_another_buyer_and_the_payers_own_proforma_is_split(tmp_path: Path):
    """s37: Hassan (his INV-H1 paid) wires 9,000 naming "INV-K1, PI-H9": Khartoum's INV-K1
    6,000 is Khartoum's, the other 3,000 Hassan's, for his proforma PI-H9 no file sells yet
    (on account). Khartoum 0 open, no list. Before: Khartoum 6,000 open, 89 days, black;
    Hassan 9,000 on account."""
    english, chinese, hassan, khartoum = _agent(tmp_path, ("INV-H1", 5_000), 6_000, [
        ("2025-03-20", HASSAN, 5_000, None, "INV-H1", "货款"),
        ("2025-05-01", HASSAN, 9_000, None, "INV-K1, PI-H9", "代付")])
    assert khartoum == (0, 0, 0, 0, None)
    assert hassan == (0, 0, 0, 3_000, None)
    assert ("the other 3,000.00 USD of Hassan Ali Mohamed's 9,000.00 USD is for PI-H9, which "
            "no file sells yet") in english
    assert "其余 3,000.00 USD 是付 PI-H9 的" in chinese


def test_a_sister_firm_paying_part_of_the_others_invoice(tmp_path: Path):
    """s36b: Global Trading LLC (INV-1 5,000) pays 3,000 naming Global Trading FZE's INV-2
    (8,000) on 05-01, FZE its other 5,000 on 05-02: FZE paid, the LLC's INV-1 open, 89 days,
    black. Before: both rows read as one order INV-2 of the LLC's, "not sold": FZE 8,000
    black, the LLC paid with 3,000 on account."""
    ships = [GULF, _sale("INV-1", "Global Trading LLC", 5_000),
             _sale("INV-2", "Global Trading FZE", 8_000)]
    paid = [GULF_PAID, ("2025-05-01", "Global Trading LLC", 3_000, None, "INV-2", "货款"),
            ("2025-05-02", "Global Trading FZE", 5_000, None, "INV-2", "货款"), LATE]
    english, _ = _whole(tmp_path, ships, paid)
    assert _account(tmp_path, "Global Trading FZE", AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path, "Global Trading LLC", AS_OF) == (5_000, 5_000, 89, 0, "black")
    assert "not sold in any file" not in english
