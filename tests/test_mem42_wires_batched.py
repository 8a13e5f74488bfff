"""Wires copied across files judged a batch of customers at a time (mem42, issue 11).

After an update month every customer's money came from two files; all their lines judged at
once took the 1M update store's analysis to 1.39 GB. Customers are judged in batches, and
only the lines of customers with a copy are kept: the analysis, the notes' names and their
order must be what judging all at once gave.
"""

from __future__ import annotations

from datetime import date, timedelta

from account_cli import customers, d, firm, imported
from ledgers import write_xlsx

import core.analysis.reading as reading
import core.analysis.wires as wires

AS_OF = date(2025, 6, 30)
HEADER = ["发票号", "客户", "下单日期", "金额", "付款方式", "出货日期", "已收金额", "收款日期"]


def row(no: str, name: str, ordered: str, received: float | None, on: str | None
        ) -> list[object]:
    return [no, name, d(ordered), 10_000, "OA 30 days", d(ordered) + timedelta(days=5),
            received, d(on) if on else None]


def two_files(tmp_path, copied: tuple[str, ...] = ("Alpha Co", "Beta Co")):
    """April's and May's files: Alpha Co's money is written first, but Beta Co's wire of
    06-20 comes before Alpha Co's of 06-25 in April's rows; Gamma Co's money is in both files,
    none of it twice."""
    def wire(no: str, name: str, on: str) -> list[object]:
        return row(no, name, "2025-04-01", 25_000 if name in copied else 9_000, on)

    april = write_xlsx(tmp_path / "april.xlsx", {"S": [
        HEADER, row("AL-1", "Alpha Co", "2025-03-01", 10_000, "2025-06-01"),
        row("BE-1", "Beta Co", "2025-03-02", None, None),
        wire("BE-2", "Beta Co", "2025-06-20"), wire("AL-2", "Alpha Co", "2025-06-25"),
        row("GA-1", "Gamma Co", "2025-03-03", 10_000, "2025-06-10")]})
    may = write_xlsx(tmp_path / "may.xlsx", {"S": [
        HEADER, row("AL-3", "Alpha Co", "2025-05-01", 25_000, "2025-06-25"),
        row("BE-3", "Beta Co", "2025-05-02", 25_000, "2025-06-20"),
        row("GA-2", "Gamma Co", "2025-05-03", 10_000, "2025-06-15")]})
    return imported(tmp_path / "firm.sqlite", april, may)


def copied_note(payload):
    [note] = [n for n in payload["notes"] if n["code"] == "wires_copied"]
    return note["text"]


def test_customers_judged_one_at_a_time_give_what_all_at_once_gave(tmp_path, monkeypatch):
    db = two_files(tmp_path)
    together = customers(db, AS_OF), firm(db, AS_OF)
    text = copied_note(together[0])
    assert text.startswith("2 wires") and text.index("Beta Co") < text.index("Alpha Co")
    people = together[0]["by_name"]
    # each 25,000 counted once: Beta Co's 25,000 on 30,000 billed, Alpha Co's 35,000
    assert (people["Beta Co"]["credit_on_account"], people["Alpha Co"]["credit_on_account"]) == (
        0, 5_000)
    monkeypatch.setattr(wires, "BATCH", 1)  # each customer a batch of its own
    assert (customers(db, AS_OF), firm(db, AS_OF)) == together


def test_one_customer_found_among_batches(tmp_path, monkeypatch):
    db = two_files(tmp_path, copied=("Beta Co",))
    together = customers(db, AS_OF)
    assert copied_note(together).endswith("counted once: Beta Co")
    monkeypatch.setattr(wires, "BATCH", 1)
    assert customers(db, AS_OF) == together


def test_only_the_lines_of_customers_with_a_copy_are_kept(tmp_path, monkeypatch):
    """Gamma Co's money came from two files, none of it twice: its lines are not held (every
    line of such customers kept was ~100 MB of the 1M update store's peak)."""
    db = two_files(tmp_path)
    seen = []

    def clear_copies(*args, **kwargs):
        found, lines = wires.clear_copies(*args, **kwargs)
        seen.append((found, lines))
        return found, lines

    monkeypatch.setattr(reading, "clear_copies", clear_copies)
    customers(db, AS_OF)
    [(found, lines)] = seen
    assert len(found) == 2 and len(set(found)) == 2
    assert lines and {line.customer for line in lines.values()} == set(found)
