"""perf39c: the update month (a later import into a full store) asks the store only the keys
that can find something.

Before the write of a later file, core.ledger.misread_returns.repair and core.ledger.
displaced_notes.move_displaced looked every sale's key up in the store (a million at 1M,
read again from the packed sheets each time) for the few lines of their shapes: a credit note
or marked return in a sale's place, a line this file took over from another. Each now reads
the stored lines of its shape in one pass and asks only the sales among them; with none
stored (an update month of sales and receipts) the file's sales are not read at all. What the
import writes and reports is what asking every key gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _tables
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row

from core.ledger import displaced_notes, dropped_returns, kept_refunds, misread_returns
from core.ledger.importer import import_files
from core.ledger.ledger_file import LedgerFile
from core.ledger.report import import_report

# every stored line, as if each were of the shapes: every sale's key asked, as before perf39c
_EVERY_LINE = ("SELECT l.line_key, (SELECT order_key FROM orders WHERE id = l.order_id), 1 "
               "FROM order_lines l")
_EVERY_KEY = "SELECT line_key FROM order_lines WHERE ? IS NOT NULL AND ? IS NOT NULL"


def _others(month: str, received: bool) -> list[list[object]]:
    """Twelve other buyers' orders of the month, paid in the update when `received`."""
    return [[*row(f"O-{month}-{n}", f"Buyer {n}", f"2025-{month}-0{n % 9 + 1}", 1_000 + n,
                  f"2025-{month}-1{n % 9}", 1_000 + n if received else None,
                  f"2025-{month}-2{n % 9}" if received else None), None, None]
            for n in range(12)]


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every sale key the import reads from the file's sheets, and every key the checks after
    the write (kept refunds, noted returns) ask the store."""
    read: list[str] = []
    for module in (kept_refunds, dropped_returns):
        def asked(conn, chunk, found, ask=module._ask):  # type: ignore[no-untyped-def]
            read.extend(f"asked {key}" for key in chunk)
            ask(conn, chunk, found)
        monkeypatch.setattr(module, "_ask", asked)
    sale_keys = LedgerFile.sale_keys

    def counted(self: LedgerFile):  # type: ignore[no-untyped-def]
        for sale in sale_keys(self):
            read.append(sale[0])
            yield sale

    monkeypatch.setattr(LedgerFile, "sale_keys", counted)
    return read


def test_an_update_month_reads_no_sale_key_again(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """March's 24 orders, then the same file with their receipts filled in: nothing stored is
    a credit note, a marked return or a line taken over, so neither step reads a sale (before:
    all 24, twice), and no key is asked after the write (before: every one); every receipt is
    written."""
    first = write_xlsx(tmp_path / "台账.xlsx", {"台账": [TYPED, *_others("03", False),
                                                        *_others("04", False)]})
    update = write_xlsx(tmp_path / "台账-更新.xlsx", {"台账": [TYPED, *_others("03", True),
                                                            *_others("04", True)]})
    db = tmp_path / "db.sqlite"
    assert [r.status for r in import_files(db, [first])] == ["imported"]
    read = _counted(monkeypatch)
    [result] = import_files(db, [update])
    assert result.status == "imported"
    assert (result.counts.updated, result.counts.inserted) == (24, 0)
    assert read == []
    found = by_name(at(db, d("2025-06-30")))
    assert round(sum(c.open_amount for c in found.values()), 2) == 0


def _return_row(amount: float) -> list[object]:
    """MT-1's return of 04-20: -3,000 typed 退货, or +3,000 not shipped, status 退货."""
    if amount < 0:
        return [*row("MT-1", "Mumbai Mart", "2025-04-20", amount, None), "退货", None]
    return [*row("MT-1", "Mumbai Mart", "2025-04-20", amount, None, status="退货"), None, None]


def _files(folder: Path, amount: float) -> list[Path]:
    """April's file (other buyers and MT-1's return), then March's (other buyers and MT-1's
    15,000 sale, 12,000 paid), then April's again with its receipts."""
    sale = [*row("MT-1", "Mumbai Mart", "2025-03-01", 15_000, "2025-03-05", 12_000,
                 "2025-03-20"), None, None]
    folder.mkdir()
    april = write_xlsx(folder / "台账 2025-04.xlsx", {"台账": [
        TYPED, *_others("04", False), _return_row(amount)]})
    march = write_xlsx(folder / "台账 2025-03.xlsx", {"台账": [TYPED, *_others("03", False),
                                                            sale]})
    again = write_xlsx(folder / "台账 2025-04 更新.xlsx", {"台账": [
        TYPED, *_others("04", True), _return_row(amount)]})
    return [april, march, again]


@pytest.mark.parametrize("amount", [-3_000, 3_000])
def test_a_return_stored_in_a_sale_s_place_moves_as_asking_every_key_moves_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, amount: float) -> None:
    """April's return of MT-1 (a credit note, or a return written positive) imported before
    March's sale among 24 other orders: the shapes' keys alone are asked, and the store and
    reports are those asking every key gives: nothing open, revenue 12,000."""
    files = _files(tmp_path / "files", amount)
    shaped = [import_report(r) for f in files
              for r in import_files(tmp_path / "shaped.sqlite", [f])]
    monkeypatch.setattr(displaced_notes, "_SHAPED", _EVERY_LINE)
    monkeypatch.setattr(misread_returns, "_TAKEN_KEYS", _EVERY_KEY)
    every = [import_report(r) for f in files
             for r in import_files(tmp_path / "every.sqlite", [f])]
    assert shaped == every
    assert _tables(tmp_path / "shaped.sqlite") == _tables(tmp_path / "every.sqlite")
    who = by_name(at(tmp_path / "shaped.sqlite", d("2025-06-30")))["Mumbai Mart"]
    assert (round(who.open_amount, 2), round(who.revenue_12m, 2)) == (0, 12_000)
