"""perf40b: what a big import reads again after its write, and the collector held off.

The four passes after the write asking only for the file's payments keyed by their sum
(`corrected_payments.payments_stored`, `payments_seen`'s `marked` and `_seen`,
`refunds_beyond`) and the passes over rows with a rare fact (returns, undated receipts, credit
notes) read every packed sheet's small pack, its line keys and all, for each: seven readings
of every sheet of the 1M bench ledger, which holds no such row. A packed sheet now answers
without its small pack read where no key holds the mark (its bytes looked through once a
mark) or no row has the fact (the facts or'd as it is packed); what the passes find is the
same. The cyclic collector stays off throughout an import, however it ends.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lin36_packed_rows import _sheet as lin36_sheet
from test_lin38_resent_lines import LIMA_BANK, LIMA_LEDGER, in_order
from test_payments_fix35e import LIMA

import core.ledger.held_sheets as held
from core.ledger import importer
from core.ledger.held_sheets import HeldSheet, HeldSheets
from core.ledger.importer import import_files
from core.ledger.orders import SheetGroups
from core.ledger.payment_lines import MARK
from core.messages import Cancelled

PAID_KEY = "d:abc|paid=5000.00USD#0"  # a payment without an order number, keyed by its sum


def _sheet(name: str, keys: list[str]) -> tuple[list[tuple], SheetGroups]:
    """lin36's sheet of empty rows from row 3, keyed `keys`."""
    records, groups = lin36_sheet(name, len(keys))
    groups.keys[:] = keys
    return records, groups


def _months() -> dict[str, list[str]]:
    """Three tabs of lamp lines; March's second row a payment keyed by its sum."""
    return {name: [f"o:pi-{name}-{i}|台灯#0" for i in range(200)] for name in ("1月", "2月")} | {
        "3月": ["o:pi-3月-0|台灯#0", PAID_KEY, "o:pi-3月-2|台灯#0"]}


def _read_packs(monkeypatch: pytest.MonkeyPatch, part: str = "_rows") -> Counter[str]:
    """Each sheet's name each time its small pack is read whole (`part` "_columns": read
    but for its line keys, or whole)."""
    read: Counter[str] = Counter()
    real = getattr(HeldSheet, part)

    def counted(sheet: HeldSheet):  # noqa: ANN202
        read[sheet.name] += 1
        return real(sheet)

    monkeypatch.setattr(HeldSheet, part, counted)
    return read


@pytest.mark.parametrize("loose_rows", [0, 10_000])
def test_rows_asked_by_a_mark_are_those_holding_it_packed_or_loose(
        monkeypatch: pytest.MonkeyPatch, loose_rows: int) -> None:
    """The rows whose keys hold the payment mark: March's second row alone, packed or loose;
    packed, only March's small pack is read for them, once a pass (before: all three, each
    pass); a mark in Chinese (台灯) finds every other row. A row re-keyed after packing (the
    sheet packed again) is asked afresh: January's first row made a payment is found."""
    sheets = HeldSheets(loose_rows=loose_rows)
    for name, keys in _months().items():
        sheets.add(name, *_sheet(name, list(keys)))
    read = _read_packs(monkeypatch)
    assert list(sheets.written_rows(MARK)) == [("3月", 4, PAID_KEY)]
    assert list(sheets.written_rows(MARK)) == [("3月", 4, PAID_KEY)]
    assert read == (Counter({"3月": 2}) if loose_rows == 0 else Counter())
    lamps = [(name, i + 3, key) for name, keys in _months().items()
             for i, key in enumerate(keys) if "台灯" in key]
    assert list(sheets.written_rows("台灯")) == lamps and len(lamps) == 402
    assert len(list(sheets.written_rows())) == 403
    sheets.rework(0, 0, "d:xyz|paid=70.00USD#0", None)
    assert list(sheets.written_rows(MARK)) == [("1月", 3, "d:xyz|paid=70.00USD#0"),
                                               ("3月", 4, PAID_KEY)]
    assert all(s.packed is not None for s in sheets.sheets) == (loose_rows == 0)


HEADER = ["合同号", "客户名称", "下单日期", "金额", "币种", "实收金额", "收款日期"]


def _year(folder: Path) -> Path:
    """Twelve month tabs of five invoices each, the first two paid: no payment keyed by its
    sum, no return, credit note or receipt without its day (the bench ledger's kind)."""
    return write_xlsx(folder / "2025.xlsx", {f"{m}月": [HEADER, *[
        [f"PI-{m}-{i}", f"Buyer {i}", date(2025, m, 3), 1_000 + i, "USD",
         1_000 + i if i < 2 else None, date(2025, m, 20) if i < 2 else None]
        for i in range(5)]] for m in range(1, 13)})


def test_a_packed_ledger_s_small_packs_are_read_twice(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A year's ledger, every tab packed, into an empty store: each tab's small pack read
    twice (the file's day, the write), where it was read seven times (the returns, and the
    four passes after the write for payments keyed by their sum); its line keys once, by the
    write (perf46: the file's day reads no key); the database the reference import writes."""
    monkeypatch.setattr(held, "LOOSE_ROWS", 0)
    whole, read = _read_packs(monkeypatch), _read_packs(monkeypatch, "_columns")
    [result] = _same_import(tmp_path, [_year(tmp_path)])
    assert result.status == "imported" and result.counts.inserted == 60
    assert read == Counter({f"{m}月": 2 for m in range(1, 13)})
    assert whole == Counter({f"{m}月": 1 for m in range(1, 13)})


def test_a_packed_ledger_s_payment_keyed_by_its_sum_is_found(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lima's ledger (a 台账 tab of invoices paid by wire TT-5, a 收款 tab re-listing the
    bank's slip under no invoice), every tab packed, after the bank's list: the passes asking
    for payments keyed by their sum find the 收款 tab's slip through its small pack, as the
    reference import does (nothing open, nothing on account: one wire)."""
    monkeypatch.setattr(held, "LOOSE_ROWS", 0)
    owed, _results = in_order(tmp_path, "bank_first", LIMA_LEDGER, LIMA_BANK)
    assert owed[LIMA] == (0, 0)


def _collector_seen(monkeypatch: pytest.MonkeyPatch, stop: str | None
                    ) -> tuple[list[bool], Callable[[], bool]]:
    """gc.isenabled() at each progress report of the import; `stop`: raise there (a cancel,
    or a database error once the file is read)."""
    seen: list[bool] = []

    def cancelled() -> bool:
        return stop == "cancel" and len(seen) > 2

    real = importer.LedgerWriter.write

    def write(self, ledger, steps):  # noqa: ANN001, ANN202
        seen.append(gc.isenabled())
        if stop == "error":
            raise RuntimeError("disk gone")
        return real(self, ledger, steps)

    monkeypatch.setattr(importer.LedgerWriter, "write", write)
    return seen, cancelled


@pytest.mark.parametrize("stop", [None, "cancel", "error", "refused"])
def test_the_collector_is_off_during_an_import_and_on_after_however_it_ends(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stop: str | None) -> None:
    """Seen from the import's own progress reports: the cyclic collector off while a file is
    read and written (a million records in no cycle: each full collection would walk them
    all), on again after the import, cancelled, failed or refused; the collector's thresholds
    untouched."""
    thresholds = gc.get_threshold()
    seen, cancelled = _collector_seen(monkeypatch, stop)
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {f"{m}月": [
        ["合同号", "客户名称", "下单日期", "金额", "币种"],
        *[[f"PI-{m}-{i}", f"Buyer {i}", f"2025-{m:02d}-03", 1_000 + i, "USD"]
          for i in range(5)]] for m in range(1, 4)})
    if stop == "refused":
        ledger.write_bytes(b"not a workbook")

    def progress(fraction: float, message: str) -> None:
        seen.append(gc.isenabled())

    assert gc.isenabled()
    if stop in ("cancel", "error"):
        with pytest.raises(Cancelled if stop == "cancel" else RuntimeError):
            import_files(tmp_path / "firm.sqlite", [ledger], progress=progress,
                         cancel=cancelled)
    else:
        [result] = import_files(tmp_path / "firm.sqlite", [ledger], progress=progress,
                                cancel=cancelled)
        assert result.status == ("refused" if stop else "imported")
    assert gc.isenabled() and gc.get_threshold() == thresholds
    assert seen and not any(seen), seen


def test_the_store_s_customers_with_a_sale_are_found_without_reading_every_line(
        tmp_path: Path) -> None:
    """The customers a note may name (paid_for.stored_customers): those with a sale, as the
    join of every line gave them (Lima's; not the bank's list's payer alone), asked of each
    customer's lines by the indexes (before: every stored line read, 1.5 CPU s at 1M)."""
    from core.ledger.paid_for import _SOLD_TO, stored_customers
    from core.store import connect

    in_order(tmp_path, "bank_first", LIMA_LEDGER, LIMA_BANK)
    with connect(tmp_path / "fast.sqlite") as conn:
        every_line = dict(conn.execute(
            "SELECT DISTINCT c.key, c.name FROM customers c JOIN orders o ON o.customer_id = "
            "c.id JOIN order_lines l ON l.order_id = o.id WHERE l.amount > 0 AND NOT "
            "l.credit_note").fetchall())
        assert stored_customers(conn) == every_line and LIMA in every_line.values()
        plan = " ".join(row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + _SOLD_TO))
    assert "SCAN l" not in plan and "USING INDEX order_lines_order" in plan, plan
