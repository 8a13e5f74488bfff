"""fix57j: a payment line never takes a paid buyer's order (two ways it black-listed the buyer).

1. rv57b s6 with its 收款登记 tab before the month tabs: Almaty Trade LLP buys YW25-0200
   (11,385) and its sister firm Kiev Toys LLC wires towards it, the finance clerk's register
   line naming the invoice. Met first, that line made the order Kiev's, and Almaty's own sale
   row was kept apart as "used by different buyers": Almaty 11,385 open, 97 days, black.
2. A money changer's register without an 对应发票 column, the note naming the invoices
   ("合并付款 INV-101/INV-102"): the changer's 12,000 stayed on its account and Alpha was
   black, 16,000 open, though the same wire with 对应发票 "INV-101/INV-102" pays both.

Each workbook is written with openpyxl as a clerk keeps it and imported as a clerk does; the
accounts are read as a user sees them (the payer steps have no reference twin, as in
tests/test_fix57e_payer_not_buyer.py; the reference import's grouping follows rule 1 too).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from ledgers import write_xlsx
from test_fix57e_payer_not_buyer import ALMATY, AS_OF, HEAD, KIEV, REGISTER, _sale
from test_payer_named_fix54e import _account

from core.ledger.importer import import_files
from core.ledger.report import import_report

METRO = "Metro Handel AG"


def _book(tmp_path: Path, july: list[list[object]]) -> list[str]:
    """The year's book, 收款登记 first: Kiev's 6,000 towards Almaty's YW25-0200 and its 665
    for YW25-0251; then 7月's rows and 8月's (Almaty's YW25-0251 665, Kiev's own YW25-0252
    paid). The reports, in English."""
    book = write_xlsx(tmp_path / "2025外贸台账.xlsx", {
        "收款登记": [REGISTER,
                 [date(2025, 9, 30), KIEV, 6_000, "USD", None, "YW25-0200", "对应发票YW25-0200"],
                 [date(2025, 11, 28), KIEV, 665, "USD", None, "YW25-0251", "对应发票YW25-0251"]],
        "7月": [HEAD, *july],
        "8月": [HEAD, _sale("YW25-0251", ALMATY, 665, "2025-08-30"),
               _sale("YW25-0252", KIEV, 3_000, "2025-08-30", 3_000)]})
    return [import_report(r) for r in import_files(tmp_path / "fast.sqlite", [book])]


def test_a_register_tab_before_the_sales_gives_the_sister_firm_no_order(tmp_path: Path):
    """The sale row says whose YW25-0200 is, wherever the register tab stands: Kiev's 6,000
    pays it, Almaty owes 5,385 (as with the register after the sales), Kiev nothing, and no
    row is kept apart. Before: Almaty 11,385 open, 97 days, black; the note "order number
    YW25-0200 is used by different buyers: Kiev Toys LLC, Almaty Trade LLP". Two sale rows
    giving the number to two buyers (Metro Handel AG's beside Almaty's) are still kept apart
    and said, naming the two buyers, not the payer."""
    [report] = _book(tmp_path / "one", [_sale("YW25-0200", ALMATY, 11_385, "2025-07-03")])
    assert "used by different buyers" not in report
    almaty = _account(tmp_path / "one", ALMATY, AS_OF)
    assert almaty is not None and almaty[0] == 5_385
    assert _account(tmp_path / "one", KIEV, AS_OF) == (0, 0, 0, 0, None)
    [report] = _book(tmp_path / "two", [_sale("YW25-0200", ALMATY, 11_385, "2025-07-03"),
                                        _sale("YW25-0200", METRO, 2_000, "2025-07-03")])
    assert "order number YW25-0200 is used by different buyers: Almaty Trade LLP, " \
        "Metro Handel AG" in report
    metro = _account(tmp_path / "two", METRO, AS_OF)
    assert metro is not None and metro[0] == 2_000


# --- 2. a changer's register whose note names the invoices --------------------------------

ALPHA, CHANGER, BETA = "Alpha Haushalt GmbH", "ORIENT EXCHANGE FZE", "Beta Trading Co"
SALES = ["发票号", "客户", "品名", "金额", "币种", "出货日期", "提单日期", "付款方式", "收款金额",
         "收款日期", "备注"]
PAID_TO = date(2025, 6, 30)


def _changer(where: Path, note: str) -> list[str]:
    """Alpha's INV-100 4,000, INV-101 5,000, INV-102 7,000 (B/L 03-03, OA 30), Beta's INV-103;
    收款登记 (日期, 付款人, 金额, 币种, 备注: no 对应发票) with the changer's 12,000 of 04-01."""
    def sale(number: str, buyer: str, amount: int, day: str) -> list[object]:
        on = datetime.fromisoformat(day)
        return [number, buyer, "五金工具", amount, "USD", on, on, "OA 30 days", None, None, None]
    book = write_xlsx(where / "2025外贸台账.xlsx", {
        "出货明细": [SALES, sale("INV-100", ALPHA, 4_000, "2025-02-01"),
                 sale("INV-101", ALPHA, 5_000, "2025-03-03"),
                 sale("INV-102", ALPHA, 7_000, "2025-03-03"),
                 sale("INV-103", BETA, 3_000, "2025-03-03")],
        "收款登记": [["日期", "付款人", "金额", "币种", "备注"],
                 [datetime(2025, 4, 1), CHANGER, 12_000, "USD", note],
                 [datetime(2025, 6, 30), BETA, 100, "USD", "货款"]]})
    return [import_report(r) for r in import_files(where / "fast.sqlite", [book])]


def test_a_changers_note_naming_the_invoices_pays_them(tmp_path: Path):
    """The note's sold numbers read as 对应发票's: the changer's 12,000 pays Alpha's INV-101 and
    INV-102, Alpha owing INV-100's 4,000 alone, the changer gone (as with 对应发票
    "INV-101/INV-102"), for a note listing them or writing a range: INV-100 unpaid, 119 days
    (fix59e: money naming its invoices pays them first; fix57j's 89 spent it oldest first,
    INV-102's 4,000 left open). Before: Alpha 16,000 open, 119 days, black; the changer 12,000
    on account. A note naming no sale ("货款 TT2025-88") leaves the money the changer's."""
    for n, note in enumerate(("合并付款 INV-101/INV-102", "合并付款INV-101～102")):
        where = tmp_path / str(n)
        [report] = _changer(where, note)
        assert _account(where, ALPHA, PAID_TO) == (4_000, 4_000, 119, 0, "black"), note
        assert _account(where, CHANGER, PAID_TO) is None, note
        assert "ORIENT EXCHANGE FZE, who buys nothing, naming Alpha Haushalt GmbH " \
            "(«INV-101/INV-102»)" in report, note
    where = tmp_path / "none"
    _changer(where, "货款 TT2025-88")
    assert _account(where, ALPHA, PAID_TO) == (16_000, 16_000, 119, 0, "black")
    assert _account(where, CHANGER, PAID_TO) == (0, 0, 0, 12_000, None)
