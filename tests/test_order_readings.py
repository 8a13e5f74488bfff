"""An order's payment terms and Incoterm are each a reading and the text it came from, and
they travel whole: from the first row whose text reads, and on re-import from the file that
reads them.

Merged column by column, an order imported as "OA 60 days" and again as "30% deposit, balance
before shipment" kept its 60 credit days: due 60 days late, overdue 61 days where a fresh
import says 121. Both imports must agree (test_fast_import._same_import).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_words_audit14 import HEADER, PAYER, late_payer, row

TERMS = HEADER.index("付款方式")
COLUMNS = "payment_terms, pay_rung, credit_days, deposit_pct, monthly_statement"
DEPOSIT_TERMS = "30% deposit, balance before shipment"


def on_terms(terms: str | None, order_no: str = "PO-1") -> list[object]:
    found = row(order_no)
    found[TERMS] = terms
    return found


def imported(tmp_path: Path, *rounds: list[list[object]]) -> Path:
    files = [[write_xlsx(tmp_path / f"ledger-{n}.xlsx", {"台账": [HEADER, *rows, PAYER]})]
             for n, rows in enumerate(rounds)]
    assert all(r.status == "imported" for r in _same_import(tmp_path, *files))
    return tmp_path / "fast.sqlite"


def terms_of(db: Path, order_no: str = "PO-1") -> tuple[object, ...]:
    with sqlite3.connect(db) as conn:
        found = conn.execute(f"SELECT {COLUMNS} FROM orders WHERE order_no = ?",
                             (order_no,)).fetchone()
    conn.close()
    return tuple(found)


def test_new_terms_replace_the_stored_reading_whole(tmp_path: Path) -> None:
    again = imported(tmp_path / "again", [on_terms("OA 60 days")], [on_terms(DEPOSIT_TERMS)])
    fresh = imported(tmp_path / "fresh", [on_terms(DEPOSIT_TERMS)])
    assert terms_of(again) == terms_of(fresh)
    assert terms_of(again)[2] is None  # no credit days left over from OA 60
    assert late_payer(again).max_days_overdue == late_payer(fresh).max_days_overdue


def test_a_text_reading_nothing_leaves_the_stored_terms_and_their_text(tmp_path: Path
                                                                       ) -> None:
    """Next month's file says "see contract": the stored OA 60 stays, with its own text."""
    db = imported(tmp_path, [on_terms("OA 60 days")], [on_terms("see contract")])
    assert terms_of(db)[:3] == ("OA 60 days", "oa", 60)


def test_the_order_keeps_the_text_its_terms_were_read_from(tmp_path: Path) -> None:
    """The first row says "see contract", the second "OA 60 days": the order is on OA 60 and
    says so, so a later reader reading its text again finds OA 60, not nothing."""
    second = on_terms("OA 60 days")
    second[HEADER.index("金额")] = 1_000
    db = imported(tmp_path, [on_terms("see contract"), second])
    assert terms_of(db)[:3] == ("OA 60 days", "oa", 60)


def test_an_incoterm_travels_with_its_text(tmp_path: Path) -> None:
    header = [*HEADER, "贸易条款"]
    files = [[write_xlsx(tmp_path / f"l{n}.xlsx", {"台账": [header, [*row("PO-1"), text],
                                                           [*PAYER, None]]})]
             for n, text in enumerate(["FOB Ningbo", "CIF Hamburg", "按合同"])]
    _same_import(tmp_path, *files)
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        found = conn.execute("SELECT incoterm, incoterm_text FROM orders WHERE order_no = "
                             "'PO-1'").fetchone()
    conn.close()
    assert found == ("CIF", "CIF Hamburg")
