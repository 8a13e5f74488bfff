"""perf56a: the account rules on a clerk's book look each row up among its own customer's,
order's or note's, not among every row of the file, and decide as before.

A clerk's 10,000-row book (bench/clerk_book.py: 定金/尾款 rows, a 收款登记 tab, notes) took 83 s
of CPU profiled where the plain ledger takes ~1: each payment weighed against every other
customer's (payments_seen, 61 s), each order number folded a million times (wire_review),
each note's payment words read once per row asked (payment_kinds). Each test below counts
the looking, and runs the rare case the narrower look must still find.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from conftest import ROOT  # noqa: F401 - puts the project on the path for bench
from test_corrected_payments_pay32 import LAGOS, NAIROBI, WITH_LAGOS, _pay
from test_payments_pay33 import _files, _tab

import core.ledger.payment_kinds as payment_kinds
import core.ledger.payments_seen as payments_seen
import core.ledger.wire_review as wire_review
from bench.ledgers import write_ledgers
from bench.sizes import Size
from core.ledger.importer import import_files
from core.ledger.noted_totals import part_rows
from core.ledger.report import import_report
from core.ledger.value_days import near_days


def test_a_wire_is_weighed_against_its_own_customers_near_days_alone(tmp_path: Path,
                                                                      monkeypatch) -> None:
    """March's ledger books Nairobi's TT-881 5,000 on 03-31, the bank's April list on 04-01
    (its value day); Lagos paid 2,000 and 1,000 in the two lists under other references.
    Hand count as test_payments_pay34: Nairobi 8,000 open (the wire once), Lagos 3,000 (two
    payments). Before, each of this file's payments was weighed against every other row of
    every customer it paid for: a pair of Nairobi's and Lagos's rows was asked too."""
    weighed: list[tuple[int, int, str, str]] = []
    bank_read = payments_seen.bank_read

    def counted(pair, *args, **kwargs):  # type: ignore[no-untyped-def]
        weighed.append((pair.old.place[1], pair.new.place[1], str(pair.old.day)[:10],
                        str(pair.new.day)[:10]))
        return bank_read(pair, *args, **kwargs)

    monkeypatch.setattr(payments_seen, "bank_read", counted)
    march = ("台账 2025-03.xlsx", {"台账": WITH_LAGOS, "收款": _tab(
        _pay(NAIROBI, "2025-03-31", 5_000, "TT-881"), _pay(LAGOS, "2025-03-31", 2_000, "TT-900"))})
    bank = ("银行水单 2025-04.xlsx", {"收款": _tab(
        _pay(NAIROBI, "2025-04-01", 5_000, "TT-881"), _pay(LAGOS, "2025-04-02", 1_000, "TT-901"))})
    owed, results = _files(tmp_path, march, bank)
    assert owed[NAIROBI] == (8_000, 0) and owed[LAGOS] == (3_000, 0)
    assert "another list has too" in import_report(results[-1])
    assert weighed, "the value day's pair is weighed"
    assert all(old == new and (one == other or other in near_days(one))
               for old, new, one, other in weighed), weighed


def _clerk_book(tmp_path: Path) -> Path:
    base = tmp_path / "clerk.xlsx"
    write_ledgers(Size("", 1500, 50, 12, 0.8, flavour="clerk"), base, tmp_path / "u.xlsx")
    return base


def test_order_numbers_are_folded_once_a_row_and_notes_read_once_each(tmp_path: Path,
                                                                      monkeypatch) -> None:
    """A clerk's 1,500-row book: the copied-wire review folds each row's order number once
    (it asked the same rows' numbers per pair weighed: tens of thousands of folds), and a
    note's or 品名's payment words are read once per distinct text. What is written is the
    same as with neither kept (the rules asked afresh each time)."""
    folds: Counter[str] = Counter()
    for module in (wire_review, payment_kinds):
        fold = module.fold

        def counted(text: str, fold=fold, name=module.__name__) -> str:  # type: ignore[no-untyped-def]
            folds[name] += 1
            return fold(text)

        monkeypatch.setattr(module, "fold", counted)
    payment_kinds._kinds.cache_clear()
    book = _clerk_book(tmp_path)
    import_files(tmp_path / "kept.sqlite", [book])
    rows = sum(1 for _ in _rows(book))
    texts = {cell for row in _rows(book) for cell in row if isinstance(cell, str)}
    # its rows' numbers once for each receipt field and its invoices' (6,660; before 107,949)
    assert 0 < folds["core.ledger.wire_review"] <= 4 * rows, (folds, rows)
    assert 0 < folds["core.ledger.payment_kinds"] <= len(texts), (folds, len(texts))  # 10,567

    monkeypatch.setattr(payment_kinds, "_kinds", payment_kinds._kinds.__wrapped__)
    import_files(tmp_path / "afresh.sqlite", [book])
    assert _tables(tmp_path / "kept.sqlite") == _tables(tmp_path / "afresh.sqlite")


def _rows(book: Path):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    workbook = load_workbook(book, read_only=True)
    for sheet in workbook.worksheets:
        yield from sheet.iter_rows(values_only=True)
    workbook.close()


def _tables(db: Path) -> list[tuple]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return [(table, sorted(map(repr, conn.execute(f'SELECT * FROM "{table}"'))))
                for (table,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                    "('imports', 'layouts') ORDER BY name")]


def test_a_total_noted_as_its_parts_looks_at_its_own_orders_payments(monkeypatch) -> None:
    """MT-1's received 15,000 noted 定金4500+中期5000+尾款5500 beside its 定金 4,500 on a
    payment row (fx42c), among 200 other orders of the buyer, each with a payment of its
    own: MT-1's parts are found as before; each row's order is asked once, not once per
    sale row and payment row of the buyer (40,000 asks)."""
    asked: Counter[object] = Counter()
    orders = {"S-MT": "MT-1", "P-MT": "MT-1", **{f"S{i}": f"O-{i}" for i in range(200)},
              **{f"P{i}": f"O-{i}" for i in range(200)}}

    def names(row: object) -> object:
        asked[row] += 1
        return orders.get(str(row))

    notes = {"S-MT": "定金4500+中期5000+尾款5500"}
    kept = {("buyer", 15_000.0, "2025-04-20"): ["S-MT"],
            **{("buyer", 1_000.0 + i, "2025-04-20"): [f"S{i}"] for i in range(200)}}
    payments = [(("buyer", "USD"), 0.0, 4_500.0, "2025-03-01", "P-MT"),
                *((("buyer", "USD"), 0.0, 700.0 + i, "2025-03-01", f"P{i}") for i in range(200))]
    found = part_rows(kept, payments, lambda row: row[0][0],
                      (names, notes.get, lambda _sale, _figure: True))
    assert found == [("buyer", 15_000.0, "2025-04-20", "S-MT", ("P-MT",))]
    assert sum(asked.values()) <= 2 * len(orders), sum(asked.values())
