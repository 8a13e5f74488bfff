"""fix56g (rv56c s135a): a changer's stored wire naming several invoices of one buyer pays it.

财务's 收款2025.xlsx is imported before 业务's 出货2025.xlsx: ORIENT EXCHANGE FZE, a money
changer buying nothing, wires 12,000 on 04-01 naming "INV-101/INV-102" in 对应发票; the sales
book then sells both invoices to one buyer, Alpha (5,000 + 7,000, OA 30 from 03-03). The stored
wire was split only among two or more buyers, so it stayed ORIENT's 12,000 on account while
Alpha went 12,000 black, 89 days; imported the other way round (sales first) Alpha owes
nothing. Each test writes acct56b's two books with openpyxl and reads the accounts at 06-30.
And (rv56c s134d) a buyer's wire naming another buyer's invoice for a little more than it has
open (the clerk's slip) no longer gives the other buyer the rest on account: it is the payer's.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_acct56b_several_buyers import FZE, LLC, _sale, _wire
from test_fix55d_who_paid import AS_OF, LATE, _paid, _tabs, _whole
from test_payer_named_fix54e import GULF, GULF_PAID, _account

from core.ledger.importer import import_files
from core.ledger.report import import_report

ALPHA, ORIENT = "Alpha Haushalt GmbH", "ORIENT EXCHANGE FZE"
SHIPS = [GULF, _sale("INV-101", ALPHA, 5_000), _sale("INV-102", ALPHA, 7_000)]


def _receipts(where: Path, amount: float) -> str:
    wire = _wire("2025-04-01", ORIENT, amount, "INV-101/INV-102", "货款")
    return write_xlsx(where / "收款2025.xlsx", {"收款登记": _paid([GULF_PAID, wire, LATE])})


def test_a_changers_stored_wire_for_one_buyers_invoices_is_that_buyers(tmp_path: Path):
    """Alpha 0, no customer ORIENT, the sales book's report saying so in both languages;
    before: Alpha 12,000 open, 89 days, black, ORIENT 12,000 on account."""
    paid = _receipts(tmp_path / "财务", 12_000)
    sold = write_xlsx(tmp_path / "业务" / "出货2025.xlsx", {"出货明细": _tabs(SHIPS)})
    results = [r for files in ([paid], [sold])
               for r in import_files(tmp_path / "fast.sqlite", files)]
    assert [r.status for r in results] == ["imported", "imported"]
    assert _account(tmp_path, ALPHA, AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path, ORIENT, AS_OF) is None
    assert ("row 3: 12,000.00 USD paid by ORIENT EXCHANGE FZE, who buys nothing, stored before "
            "any file sold the invoices it names (INV-101/INV-102), is now counted as the "
            "money of Alpha Haushalt GmbH, who bought them all.") in import_report(results[1])
    assert "这些发票都卖给了 Alpha Haushalt GmbH，现计为 Alpha Haushalt GmbH 的货款" in in_chinese(
        partial(import_report, results[1]))


def test_the_receipts_book_again_updates_the_moved_wire(tmp_path: Path):
    """The receipts book imported again, unchanged, leaves Alpha at 0 (not 12,000 on
    account, the wire counted twice); with the figure corrected to 11,000, Alpha owes the
    1,000 left, 89 days, black, and ORIENT stays no customer."""
    paid = _receipts(tmp_path / "财务", 12_000)
    sold = write_xlsx(tmp_path / "业务" / "出货2025.xlsx", {"出货明细": _tabs(SHIPS)})
    for files in ([paid], [sold], [paid]):
        import_files(tmp_path / "fast.sqlite", files)
    assert _account(tmp_path, ALPHA, AS_OF) == (0, 0, 0, 0, None)
    import_files(tmp_path / "fast.sqlite", [_receipts(tmp_path / "财务2", 11_000)])
    assert _account(tmp_path, ALPHA, AS_OF) == (1_000, 1_000, 89, 0, "black")
    assert _account(tmp_path, ORIENT, AS_OF) is None


def test_a_buyers_wire_over_anothers_invoice_keeps_the_rest(tmp_path: Path):
    """Global Trading LLC (INV-1 5,000) wires 8,030 naming FZE's INV-2 (8,000 open): FZE 0 and
    nothing on account, the LLC 4,970 open, 89 days, black, said in both languages, and so
    again when the book is imported again (before: FZE 30 on account, the LLC 5,000 open). A
    changer buying nothing paying the same leaves FZE the whole, as before (no customer 30)."""
    ships = [GULF, _sale("INV-1", LLC, 5_000), _sale("INV-2", FZE, 8_000)]
    slip = _wire("2025-05-01", LLC, 8_030, "INV-2", "货款")
    english, chinese = _whole(tmp_path, "2025外贸台账.xlsx", ships, [GULF_PAID, slip, LATE])
    assert _account(tmp_path, FZE, AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path, LLC, AS_OF) == (4_970, 4_970, 89, 0, "black")
    assert ("8,030.00 USD paid by Global Trading LLC for INV-2 of Global Trading FZE, which "
            "only Global Trading FZE bought and which was open for 8,000.00 USD: that much "
            "counted as Global Trading FZE's money (代付); the other 30.00 USD kept as Global "
            "Trading LLC's, on its own open invoices, then on account.") in english
    assert "其余 30.00 USD 仍计为 Global Trading LLC 的货款" in chinese
    import_files(tmp_path / "fast.sqlite", [str(tmp_path / "2025外贸台账.xlsx")])
    assert _account(tmp_path, FZE, AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path, LLC, AS_OF) == (4_970, 4_970, 89, 0, "black")
    changer = _wire("2025-05-01", ORIENT, 8_030, "INV-2", "货款")
    _whole(tmp_path / "c", "2025外贸台账.xlsx", ships, [GULF_PAID, changer, LATE])
    assert _account(tmp_path / "c", FZE, AS_OF) == (0, 0, 0, 30, None)
    assert _account(tmp_path / "c", ORIENT, AS_OF) is None
