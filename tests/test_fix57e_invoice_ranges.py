"""fix57e (rv56e s155 g7): a wire naming a range of invoices, "INV-101～102".

A money changer (ORIENT EXCHANGE FZE, who buys nothing) wires 12,000 for Alpha's INV-101 5,000
and INV-102 7,000 (B/L 03-03, OA 30: 89 days at 06-30), the finance office's 收款登记 writing
对应发票 as a range the way clerks do. Each test writes fix54e's workbooks with openpyxl and
imports them as a clerk does, then reads the accounts a user sees at 06-30.
"""

from __future__ import annotations

from pathlib import Path

from ledgers import write_xlsx
from test_fix55d_who_paid import AS_OF, LATE, _paid, _tabs, _whole
from test_payer_named_fix54e import GULF, GULF_PAID, _account

from core.ledger.importer import import_files
from core.ledger.named_papers import paper_parts
from core.ledger.noted_orders import loose_number, named_numbers, ranged

ALPHA, CHANGER = "Alpha Haushalt GmbH", "ORIENT EXCHANGE FZE"
SALES = [GULF, ("INV-101", ALPHA, 5_000, "2025-03-01", "2025-03-03", "OA 30 days"),
         ("INV-102", ALPHA, 7_000, "2025-03-01", "2025-03-03", "OA 30 days")]
PAID, BLACK = (0, 0, 0, 0, None), (12_000, 12_000, 89, 0, "black")
# each way a clerk writes INV-101 and INV-102 as one range
RANGES = ("INV-101～102", "INV-101~INV-102", "INV-101至102", "INV-101到102", "INV101-102")


def _wire(ref: str) -> tuple:
    return ("2025-04-01", CHANGER, 12_000, None, ref, "货款")


def test_a_range_of_invoices_is_each_of_them():
    """The range's numbers, both ends in, as written; a hyphen inside one number (INV-1-2,
    PO-2024-88, HXI25-0084 of 2025), two kinds of number, or a span past 30 is no range."""
    assert paper_parts("INV-101到103") == ["INV-101", "INV-102", "INV-103"]
    assert paper_parts("INV-2025-017～018") == ["INV-2025-017", "INV-2025-018"]
    assert {loose_number("INV-101"), loose_number("INV-102")} <= named_numbers("INV101-102")
    for one in ("INV-1-2", "PO-2024-88", "HXI25-0084", "HX25-26", "SC2024-2025",
                "INV-101~PO-102", "INV-102～101", "INV-1～INV-40"):
        assert ranged(one) == [], one
    assert named_numbers("INV-1-2") == {loose_number("INV-1-2")}


def test_a_changers_wire_for_a_range_stored_before_the_sales_pays_the_buyer(tmp_path: Path):
    """财务's 收款2025.xlsx imported before 业务's 出货2025.xlsx: the changer's 12,000 for
    INV-101～102 (and each other spelling) is Alpha's, Alpha owing nothing, on no list, the
    changer gone. Before: Alpha 12,000 open, 89 days, black; the changer 12,000 on account.
    INV-101-102 (a hyphen between two digit runs: one number) stays the changer's."""
    for n, ref in enumerate((*RANGES, "INV-101-102")):
        where = tmp_path / str(n)
        paid = write_xlsx(where / "财务" / "收款2025.xlsx",
                          {"收款登记": _paid([GULF_PAID, _wire(ref), LATE])})
        sold = write_xlsx(where / "业务" / "出货2025.xlsx", {"出货明细": _tabs(SALES)})
        for files in ([paid], [sold]):
            import_files(where / "fast.sqlite", files)
        if ref == "INV-101-102":
            assert _account(where, ALPHA, AS_OF) == BLACK
            continue
        assert _account(where, ALPHA, AS_OF) == PAID, ref
        assert _account(where, CHANGER, AS_OF) is None, ref


def test_a_changers_wire_for_a_range_in_one_workbook_pays_the_buyer(tmp_path: Path):
    """One 外贸台账 with 出货明细 and a 收款登记 tab, the changer's 对应发票 INV-101～102: Alpha
    owes nothing (before: 12,000 open, 89 days, black), in either tab order."""
    for n, ref in enumerate(RANGES):
        for first in (False, True):
            where = tmp_path / f"{n}{first}"
            _whole(where, "2025外贸台账.xlsx", SALES, [GULF_PAID, _wire(ref), LATE], first)
            assert _account(where, ALPHA, AS_OF) == PAID, (ref, first)
            assert _account(where, CHANGER, AS_OF) is None, (ref, first)
