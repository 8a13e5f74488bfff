"""The file's rows read so far, their sale rows found by the numbers they answer to.

The payer steps (core.ledger.payer_named.named_payers) read each tab's receipts against the
file's sale rows so far; paid_numbers.for_numbers worked out every one of those rows' number
keys (paid_numbers.sale_answers) once a tab, for the few numbers the tab's payments name: on a
clerk's 100k book, 26 tabs × up to 137,515 rows, 3.4 million asks, 18 of 130 profiled s
(perf57a). Each tab's rows are worked out once here, the positions of its sale rows kept by
number, while the tab's list is read; a list given again (the waiting tabs, each asked once per
other waiting tab) is looked up. Every row found is weighed again as before (sold_open asks
sale_answers of it), so a row a later step made no sale (a packed tab's return, credited) is
passed over as it was; only rows answering to none of the numbers are never read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from core.ledger.held_sheets import HeldSheets
from core.ledger.paid_numbers import sale_answers
from core.ledger.record import Record

Positions = dict[str, list[int]]  # a loose number to the positions of the rows answering to it


class TabNumbers:
    """Per tab's list of records, the positions of its sale rows by number, kept while the
    file is read (the list kept with them: its id stays its own) and let go once the payers
    are settled (core.ledger.file_payers.settle_payers)."""

    def __init__(self) -> None:
        self.tabs: dict[int, tuple[list[Record], int, Positions]] = {}

    def positions(self, records: list[Record]) -> Positions:
        kept = self.tabs.get(id(records))
        if kept is None or kept[0] is not records or kept[1] != len(records):
            found: defaultdict[str, list[int]] = defaultdict(list)
            for at, r in enumerate(records):
                for number in sale_answers(r):
                    found[number].append(at)
            kept = self.tabs[id(records)] = (records, len(records), dict(found))
        return kept[2]

    def keep(self, lists: set[int]) -> None:
        """Only the lists of these ids kept: a tab packed since (held_sheets) or a waiting tab's
        list replaced by its payers' reading is let go, not held in memory here."""
        for gone in [at for at in self.tabs if at not in lists]:
            del self.tabs[gone]

    def forget(self) -> None:
        self.tabs.clear()


class SoldSoFar:
    """The file's rows so far, in order: the held tabs' (a packed tab's unpacked when read),
    the waiting tabs' (`others`) and this one's as its steps leave them (`rows`, never kept:
    it changes step by step)."""

    def __init__(self, held: HeldSheets, others: list[list[Record]], rows: list[Record],
                 numbers: TabNumbers) -> None:
        self.held, self.others, self.rows, self.numbers = held, others, rows, numbers

    def __iter__(self) -> Iterator[Record]:
        for _, records, _ in self.held:
            yield from records
        for records in self.others:
            yield from records
        yield from self.rows

    def naming(self, numbers: set[str]) -> list[Record]:
        """The sale rows answering to any of `numbers`, in their order (a few more: a row
        credited since its tab was looked up)."""
        found: list[Record] = []
        looked: set[int] = set()
        for sheet in self.held.sheets:
            if sheet.records is None:  # packed: read whole, as before
                found += (r for r in sheet.unpacked()[0] if not sale_answers(r).isdisjoint(
                    numbers))
            else:
                found += self._looked_up(sheet.records, numbers)
                looked.add(id(sheet.records))
        for records in self.others:
            found += self._looked_up(records, numbers)
            looked.add(id(records))
        self.numbers.keep(looked)
        found += (r for r in self.rows if not sale_answers(r).isdisjoint(numbers))
        return found

    def _looked_up(self, records: list[Record], numbers: Iterable[str]) -> list[Record]:
        positions = self.numbers.positions(records)
        return [records[at] for at in sorted({at for number in numbers
                                              for at in positions.get(number, ())})]
