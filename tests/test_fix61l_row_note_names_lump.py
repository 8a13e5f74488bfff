"""fix61l (rv61c s449 N1, N2, N5): a lump on an invoice's own row whose note names the invoices
it pays pays those first, as a register wire naming them does.

Ningbo Home's old N-1 5,000 (shipped 03-08, OA 30: 84 days late at 06-30) is unpaid; N-2 6,000
and N-3 4,000 shipped 06-01. The clerk types the buyer's 9,975 of 06-25 (or 10,000) on N-2's row
noted 付N-2及N-3 / 付N-2、N-3 / 含N-3货款. Before, the note's other order (N-3) sent the money to
the oldest: 5,025 open on the pair, no list; the buyer owes N-1 5,000 84 days, black. The same
lump with no note already paid the pair (fix61a); so does one on the register naming them.
Controls: a note of an earlier debt (含上次欠款, 付N-1 on N-2's row), or numbers that are no
invoice of the buyer's (水单号, TT30%), still pay the oldest.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from account_cli import customers, open_invoices
from ledgers import write_xlsx
from test_fast_analysis import _compare, _reference
from test_fix59c_repaid_and_moved_money import _imported

d = date.fromisoformat
HEAD = ["发票号", "客户", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期", "已收金额",
        "收款日期", "状态", "备注"]
BUYER, WIRE = "Ningbo Home Ltd", "2025-06-25"
BLACK = (5000, 84, "black", {"N-1": 5000})  # the pair paid, the old one late


def _sale(no: str, amount: float, ordered: str = "2025-05-25", shipped: str = "2025-06-01",
          paid: float | None = None, note: str | None = None) -> list[object]:
    return [no, BUYER, d(ordered), "Cotton towels", amount, "USD", "OA 30 days", d(shipped),
            paid, d(WIRE) if paid else None, None, note]


def _book(tmp_path: Path, paid: float, note: str | None) -> Path:
    rows = [HEAD, _sale("N-1", 5000, "2025-03-01", "2025-03-08"),
            _sale("N-2", 6000, paid=paid, note=note), _sale("N-3", 4000),
            ["INV-999", "Other Co", d("2025-06-20"), "x", 1000, "USD", "T/T", d("2025-06-27"),
             1000, d("2025-06-30"), None, None]]
    _imported(tmp_path, [write_xlsx(tmp_path / "b" / "2025出货台账.xlsx", {"台账": rows})])
    return tmp_path / "fast.sqlite"


def _seen(db: Path) -> tuple[object, ...]:
    c = customers(db, d("2025-06-30"))["by_name"][BUYER]
    return (round(c["open_amount"] or 0), c["max_days_overdue"],
            c["list"] if c["list"] in ("black", "watch") else None,
            {k: round(v) for k, v in sorted(open_invoices(c).items())})


NAMING = [(9975, "付N-2及N-3"), (10000, "付N-2、N-3"), (9975, "含N-3货款")]
NAMING_IDS = ["both-less-charge", "both-whole", "the-other-one"]


@pytest.mark.parametrize(("paid", "note"), NAMING, ids=NAMING_IDS)
def test_a_lump_whose_row_note_names_its_invoices_pays_them(tmp_path: Path, paid: float,
                                                             note: str) -> None:
    """The pair paid, N-1 5,000 84 days, black (before: 5,025 or 5,000 on the pair, no list)."""
    assert _seen(_book(tmp_path, paid, note)) == BLACK


@pytest.mark.parametrize(("paid", "note"), NAMING[::2], ids=NAMING_IDS[::2])
def test_the_reference_analysis_agrees(tmp_path: Path, paid: float, note: str,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """tests/reference_analysis.py reads the note too (before: 5,025 on the pair), and every
    output agrees with the app's."""
    db = _book(tmp_path / "db", paid, note)
    with monkeypatch.context() as patched:
        gathered = _reference(patched)
        assert _seen(db) == BLACK
        assert gathered
    _compare(db, tmp_path, monkeypatch, [d("2025-06-30")])


@pytest.mark.parametrize(("paid", "note", "seen"), [
    (9975, None, BLACK),  # no note: the lump of its row's invoice and another (fix61a)
    (5975, "付N-1", (9025, 0, None, {"N-2": 5025, "N-3": 4000})),  # an earlier order's debt
    (9975, "含上次欠款", (5025, 0, None, {"N-2": 1025, "N-3": 4000})),  # an earlier debt
    (9975, "水单号 20250625118", BLACK),  # a bank's number, no invoice: as with no note
    (5975, "TT30%", (9000, 84, "black", {"N-1": 5000, "N-3": 4000})),  # N-2 less a charge
], ids=["no-note", "earlier-order", "earlier-debt", "slip-number", "tt-share"])
def test_notes_naming_no_later_invoice_of_the_buyer_read_as_before(
        tmp_path: Path, paid: float, note: str | None, seen: tuple[object, ...]) -> None:
    assert _seen(_book(tmp_path, paid, note)) == seen
