"""A received total lowered by a later-dated figure: named, since the ledger does not say why.

April's file says 10,000 received by 04-20, May's 9,000 by 05-10 (or a later tab of one
workbook says so, read as the total: core.ledger.monthly_receipts). Either April's figure was
written wrongly and May's corrects it, or 1,000 was paid back in May. The account reads the
9,000 as received by 04-20 (core.ledger.receipt_history: what April's total already held), as
both readings agree it was, and the total as 9,000 from then on; only paid back would the
line have stood at 10,000 until 05-10, which the ledger cannot tell. The import names each
such line, with both figures, in the file's report, as core.ledger.older_receipts names an
older file's lower figure it kept out. Both imports ask :func:`lowered`.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.i18n import NP_
from core.ledger.older_receipts import OTHER, KeptTotal, Receipt, dated_by
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.orders import TOLERANCE
from core.ledger.revised_files import revises
from core.ledger.row_places import at_row
from core.messages import Listed, Message, Term


def lowered(stored: Receipt, merged: Receipt, corrects: bool) -> bool:
    """Does the merged total lower the stored one, in its currency, on a later day?
    `corrects`: the file that wrote the stored total, imported again (its own correction)."""
    (old, old_day, old_currency), (new, new_day, new_currency) = stored, merged
    return (not corrects and old is not None and new is not None and old_day is not None
            and new_day is not None and new_day > old_day and new_currency == old_currency
            and new < old - TOLERANCE)


def said_taken(stored: Receipt, merged: Receipt, read: tuple[bool, bool],
               files: tuple[str | None, str]) -> bool:
    """Is the merged total named: :func:`lowered`, or another figure of the stored total's
    day from another file (its word taken: the later-dated file's, or a month's file sent
    again, core.ledger.amended_lines.LaterFiles.newer)? Before, a figure of the same day
    replaced silently in one import order and was named kept out in the other (ord42).
    `read`: the row is of the file that wrote the stored total, imported again, and of a
    line an earlier tab of this file wrote; `files`: the file that wrote the stored total
    and this one, whose revision (修订) says its correction in its name (not named)."""
    (old, old_day, old_currency), (new, new_day, new_currency) = stored, merged
    ours, repeat = read
    return lowered(stored, merged, ours and not repeat) or (
        not ours and not repeat and not revises(files[1], files[0]) and old is not None
        and new is not None and old_day is not None and new_currency == old_currency and (
            new_day == old_day and abs(new - old) > TOLERANCE  # or lower, dated earlier: a
            or new_day is not None and new_day < old_day and new < old - TOLERANCE))  # 更正's


def lowered_messages(lines: Iterable[KeptTotal]) -> list[Message]:
    """A note naming the lines whose received total this file lowered on a later day, one
    naming those it lowered to an earlier day by a note saying so (更正: core.ledger.
    revised_files.noted_correction), and one naming those whose higher, earlier total a later
    file's lowered one kept out (the other lines of `lines`: core.ledger.older_receipts)."""
    found = sorted(set(lines), key=lambda k: (k.sheet, k.row, k.order))
    # an undated figure (a revision's 0, no day) is neither: kept, unnamed (was a crash, fix41c)
    dated = [k for k in found if k.read[1] and k.kept[1]]
    lower = [k for k in dated if k.read[0] < k.kept[0] and k.read[1] > k.kept[1]]
    higher = [k for k in dated if k.read[0] > k.kept[0] and k.read[1] < k.kept[1]]
    taken = [k for k in dated if k.taken and k.read[1] == k.kept[1] and not k.tied]
    tied = [k for k in dated if k.taken and k.read[1] == k.kept[1] and k.tied]
    # lower and dated earlier, taken: its note says it corrects the stored (更正, fx42c)
    corrected = [k for k in dated if k.taken and k.read[1] < k.kept[1]]
    notes = []
    if corrected:
        notes.append(Message("received_total_noted_correction", NP_(
            "{count} order line's received figure in this file is lower and dated earlier than "
            "the one another file stored, and its note says it is a correction (更正): this "
            "file's figure is taken: {rows} (stored / this file's). If the stored figure was "
            "the right one, correct this file's row and import it again.",
            "{count} order lines' received figures in this file are lower and dated earlier "
            "than the ones other files stored, and their notes say they are corrections (更正): "
            "this file's figures are taken: {rows} (stored / this file's). If a stored figure "
            "was the right one, correct this file's row and import it again."),
            _listed(corrected)))
    for same in (False, True):  # by who stored the other figure: a copy of this name (rv52a)
        mine = [k for k in taken if k.same_name == same]
        if mine:
            notes.append(Message("same_day_received_taken", NP_(
                "{count} order line's received figure in this file differs from the one "
                "{source} stored for the same date received: this file's figure is taken, as "
                "the later-dated file's or its month's file sent again: {rows} (stored / this "
                "file's). If the stored figure was the right one, correct this file and import "
                "it again.",
                "{count} order lines' received figures in this file differ from the ones "
                "{source} stored for the same dates received: this file's figures are taken, "
                "as the later-dated file's or its month's file sent again: {rows} (stored / "
                "this file's). If a stored figure was the right one, correct this file and "
                "import it again."), {"count": len(mine), "rows": Listed([at_row(
                    k.order, k.sheet, k.row, f"{k.kept[0]:,.2f} / {k.read[0]:,.2f} {k.read[1]}")
                    for k in mine], SHARED_SHOWN), "source": Term(OTHER[same])}))
    for pair, same in sorted({(k.tied, k.same_name) for k in tied if k.tied}):  # yb43
        notes.append(Message("same_day_received_month_taken", NP_(
            "{count} order line's received figure in this file differs from the one {source} "
            "stored for the same date received, and both files are dated the same month (this "
            "one by {this_by}, the other by {other_by}): this file's figure is taken, as the "
            "file that names the month more plainly: {rows} (stored / this file's). If the "
            "stored figure was the right one, correct this file and import it again.",
            "{count} order lines' received figures in this file differ from the ones {source} "
            "stored for the same dates received, and both files are dated the same month (this "
            "one by {this_by}, the other by {other_by}): this file's figures are taken, as the "
            "file that names the month more plainly: {rows} (stored / this file's). If a "
            "stored figure was the right one, correct this file and import it again."), {
                **_listed([k for k in tied if k.tied == pair and k.same_name == same]),
                **dated_by(pair), "source": Term(OTHER[same])}))
    if lower:
        notes.append(Message("received_total_lowered", NP_(
            "{count} order line's received total in this file is lower than the one stored "
            "for it at an earlier date: read as that total corrected, the money it holds "
            "received by the earlier date: {rows} (stored / this file's). Had the difference "
            "been paid back instead, the higher total stood until this file's date: the ledger "
            "does not say which.",
            "{count} order lines' received totals in this file are lower than the ones stored "
            "for them at earlier dates: read as those totals corrected, the money each holds "
            "received by the earlier date: {rows} (stored / this file's). Had a difference been "
            "paid back instead, the higher total stood until this file's date: the ledger does "
            "not say which."), _listed(lower)))
    if higher:
        notes.append(Message("received_total_lowered_kept", NP_(
            "{count} order line's received figure in this file is higher and dated earlier "
            "than the one a later file stored: the later file lowered the total, and its "
            "figure is kept, the money it holds received by this file's date: {rows} (kept / "
            "this file's). If the later figure was wrong, correct it in the file that wrote it "
            "and import that file again.",
            "{count} order lines' received figures in this file are higher and dated earlier "
            "than the ones later files stored: the later files lowered the totals, and their "
            "figures are kept, the money each holds received by this file's date: {rows} (kept "
            "/ this file's). If a later figure was wrong, correct it in the file that wrote it "
            "and import that file again."), _listed(higher)))
    return notes


def _listed(lines: list[KeptTotal]) -> dict[str, object]:
    return {"count": len(lines), "rows": Listed([at_row(
        k.order, k.sheet, k.row, f"{k.kept[0]:,.2f} {k.kept[1]} / {k.read[0]:,.2f} {k.read[1]}")
        for k in lines], SHARED_SHOWN)}
