"""A line's earlier received totals, kept when another file raises it (schema 15).

A ledger's received cell (已收金额) is the total to date, dated with the latest receipt, and a
later file's figure replaced the stored one: March's 4,000 by 03-25 became May's 9,000 by
04-28, and nothing said that 4,000 of it came in March. Two things went wrong from there:
- a bank-slips file listing the 5,000 wire of 04-28 could not be matched to the line (its
  9,000 is no 5,000, and the 4,000 is on no slip): the wire was counted beside the 9,000, a
  bad payer read as 2,000 in credit (core.analysis.wires);
- a month's receipt added to the stored one (core.ledger.stored_receipts: 3,000 by 03-20 and
  April's 2,000 of 04-18) dated all 5,000 04-18: the 3,000 read as paid a month late.

So a line keeps, beside its total, the totals it had before at their dates, each an earlier
state of the same total, lower and dated before it, in its currency (`received_history`, JSON:
[["2025-03-25", 4000.0, "台账 2025-03.xlsx"]], oldest first, with the file that wrote each, whose
import judged its own payment rows). Another file's figure is history, and so is an earlier
tab's of the same workbook (a tab a month: the March tab's 3,000 by 03-20 under the April
tab's 5,000 by 04-18; read as a correction, the line was 5,000 open at 03-31, recv32): a
file imported again corrects what it wrote, it does not add to it. An older file's figure kept
out by core.ledger.older_receipts is history all the same, so the files' order does not matter.
The analysis reads each step of the total as money received on its own day
(core.analysis.wires.LineReceipts.parts). Both imports (the fast one and tests/reference_import)
call :func:`after_merge`.

The total itself is the file's that last wrote the line (its source_file), but for an older
file kept out: its row becomes the line's source, not its total's. The history then ends with
the total's own file (a name, not a step: ..., "台账 2025-05.xlsx"]); before, May's 9,000 of
05-10 was named April's once April's file was imported late, and so was its step when June's
raised it (recv33).
"""

from __future__ import annotations

import json

from core.ledger.older_receipts import Receipt
from core.ledger.orders import TOLERANCE

COLUMN = "received_history"
# an earlier total: its ISO date, the total to it, and the file that wrote it (None: unknown)
Step = tuple[str, float, "str | None"]


def read(text: str | None, source: str | None) -> tuple[list[Step], str | None]:
    """The earlier totals, oldest first, and the file that wrote the total (`source`, the
    line's, unless the history names another)."""
    if not text:
        return [], source
    found = json.loads(text)
    last = found.pop() if found and isinstance(found[-1], str) else source
    return [(day, float(total), file) for day, total, file in found], last


def total_file(text: str | None, source: str | None) -> str | None:
    """The file whose total a line holds (its history's closing name, else its source): a file
    read again corrects its own total only. An older file's row kept out becomes the line's
    source, not its total's: read a third time, April's 9,000 by 04-20 replaced May's 12,000 as
    its own (11,000 open where 8,000 is, break34c)."""
    return read(text, source)[1]


def steps(text: str | None) -> list[Step]:
    """The earlier totals, oldest first."""
    return read(text, None)[0]


def with_file(chain: list[Step], file: str | None, source: str | None) -> str | None:
    """The history of `chain` whose total `file` wrote, the line's source being `source`."""
    named: list[object] = [*chain, file] if file is not None and file != source else [*chain]
    return json.dumps(named, ensure_ascii=False) if named else None


def named_on(text: str | None, files: tuple[str | None, str]) -> str | None:
    """The history of a line whose source moves from `files[0]` to `files[1]`, a row writing no
    received total: the stored total stays its own file's, named (else the moved source would
    pass for it, and the file that wrote the total, imported again, would no longer be taken
    as correcting its own day: core.ledger.older_receipts.kept_day)."""
    chain, wrote = read(text, files[0])
    return with_file(chain, wrote, files[1])


def _kept(text: str | None, earlier: list[tuple[Receipt, str | None]], now: Receipt,
          files: tuple[str | None, str | None] = (None, None)) -> str | None:
    """The history of a line whose total is now `now`: the stored steps and `earlier` totals
    (each with its file) that are lower, dated before it and in its currency, each lower than
    the next. A total lower than one an earlier state already held was there by that
    state's day, a step of its own as high as the total: April's file said 10,000 by 04-20,
    May's 9,000 by 05-10 (corrected, or money paid back: core.ledger.lowered_totals names
    it): read from May's day alone, the line was 4,000 open at 04-30 where both files say
    1,000. The same total on a later day is its date corrected, as before. `files`: the
    file that wrote `now` and the line's source once stored."""
    figure, day, currency = now
    if figure is None or day is None:
        return None
    chain: list[Step] = []
    # the stored steps are in the stored total's currency: the caller compared it already
    kept = steps(text)
    found = [*kept, *((d, float(f), file) for (f, d, c), file in earlier
                      if f is not None and d is not None and c == currency)]
    # a kept step as high as the total is one held so already; an earlier total only higher
    held = min((step for n, step in enumerate(found) if step[0] < day and step[1] > figure + (
        -TOLERANCE if n < len(kept) else TOLERANCE)), key=lambda step: step[0], default=None)
    if held is not None:
        day = held[0]
    for when, total, file in sorted(found, key=lambda step: step[:2]):
        if when >= day or total <= TOLERANCE or total >= figure - TOLERANCE:
            continue
        while chain and (chain[-1][0] == when or chain[-1][1] >= total - TOLERANCE):
            chain.pop()  # the same day's or a higher total before a lower one: corrected
        chain.append((when, round(total, 6), file))
    if held is not None:
        chain.append((held[0], round(figure, 6), held[2]))
    return with_file(chain, *files)


def after_merge(text: str | None, totals: tuple[Receipt, Receipt], files: tuple[str | None, str],
                same_file: bool, brought: Receipt | None = None, silent: bool = False
                ) -> str | None:
    """The history to store with a merged line: `text` the stored one, `totals` the received
    total before and after, `files` the file that wrote the line and this one; `same_file`:
    the line was last written from this file imported before (what it wrote then is
    corrected, not history; what an earlier tab of this import wrote is history);
    `brought`: an older file's total that kept the stored one (core.ledger.older_receipts),
    itself history, its row the line's source from now on, not its total's; `silent`: this
    file's row writes no received total (the stored one stays its file's: :func:`named_on`)."""
    old, merged = totals
    wrote = read(text, files[0])[1]  # the stored total's file
    if brought is not None:
        return _kept(text, [(brought, files[1])], old, (wrote, files[1]))
    if old == merged:
        return named_on(text, files) if silent and old[0] is not None and (
            files[0] != files[1]) else text
    if old[2] != merged[2]:  # another currency: the earlier totals say nothing of it
        return None
    return _kept(text, [] if same_file else [(old, wrote)], merged)
