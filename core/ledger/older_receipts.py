"""An older file's received figure never takes back money a later file recorded.

A ledger's received cell (已收金额) holds what was received to date, dated with the latest
receipt: March's file says 4,000 received on 03-25, May's carries the same order on with
12,000 received by 04-28. A filled value of another file replaces the stored one, so a clerk
who imported March's file after May's (a file forgotten, a folder imported in the order its
names sort, or March's file corrected and imported again, as the import report itself advises
for an order's first date) took the order back to 4,000 received: 8,000 the buyer had paid was
owed again, the May wire went to pay it, and a buyer who owed nothing was black-listed.

A figure of another file dated before the stored figure's date and lower than it (in the same
currency) is an earlier state of the same total: the stored figure stays, with its date and
currency. The row that last wrote the line, read again from its own file, is the clerk's
correction and says what it says now, as a corrected status does (core.ledger.own_rows). Its
own file is its name imported from no other folder (core.ledger.own_rows.same_file): firms
keeping one name every month (台账.xlsx in each month's folder) imported March's 台账.xlsx after
May's as May's file corrected, and took the order back to March's total. A higher figure
dated earlier is kept out too: the later file lowered that total, its word the last (named by
core.ledger.lowered_totals; read in, April's 10,000 imported after May's 9,000 undid May's
correction, which imported in order stands). An undated figure, or one in another currency,
is read as before. The row-by-row reference import
(tests/reference_import) asks the same question. Each line so kept is named in the import
report with both figures: a newer file that lowered an overstated total to an earlier date is
kept out too, and only the clerk can tell.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from core.i18n import N_, NP_
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.orders import TOLERANCE
from core.ledger.record import CUSTOMER, ORDER_NO, RECEIVED, RECEIVED_DATE, Record
from core.ledger.revised_files import noted_correction, revised, revises, revises_dated
from core.ledger.row_places import at_row
from core.messages import Listed, Message, Term

# the words of a note saying the earlier payment bounced and was paid again: the later day is
# the money's (3/10定金被银行退回，4/15重新付款), whichever file came first (fix40d). The one list.
PAID_AGAIN_WORDS = ("被银行退回", "银行退回", "退票", "重新付款", "重新支付", "重付", "bounced",
                    "returned by bank", "returned by the bank", "re-paid", "repaid", "paid again")
_PAID_AGAIN = re.compile("|".join(map(re.escape, PAID_AGAIN_WORDS)), re.IGNORECASE)
# 退票 beside these is an invoice returned (客户退票，4/15重开发票), no payment bounced (fix40f)
_INVOICE = re.compile("发票|开票|重开")

# (received figure, its ISO date, its currency where not the row's: NULL)
Receipt = tuple[float | None, str | None, str | None]


def older_total(stored: Receipt, read: Receipt, same_file: bool,
                files: tuple[str | None, str | None] = (None, None), later: bool = False,
                notes: tuple[object, object] = (None, None)) -> bool:
    """Is `read` (the received figure a row brings) an earlier state of the `stored` total,
    which it must not replace? `same_file`: the row is read from the file that last wrote the
    line (its correction); `files`: the file that wrote the stored total and this one. The
    revision (修订) of a file is the later of the two whatever the days (core.ledger.
    revised_files): the original imported after it put back 5,000 received where the
    revision says 6,000 (1,000 more open, order36), and the revision's lower figure dated
    earlier is its correction (ord41: April's 6,000 of 04-15 revised to 5,000 of 04-10 was
    kept at 6,000 imported original first, 5,000 revision first). `later`: the file that
    wrote the stored total is dated after this one (core.ledger.amended_lines), whose figure
    of the same day is the later word: March's 45,000 of 03-10 and April's 4,500 of 03-10
    are 4,500 in either order (was the last file imported's: 45,500 or 5,000 open, ord41);
    not under 本月收款, whose same day's other figure core.ledger.month_parts weighs.
    `notes`: the note of the later of the two files, the stored total's (first) or the row's
    (second; the other None): one saying its figure corrects the other's (更正: revised_files.
    noted_correction) stands whatever its day: March's 10,500 of 03-10 corrected in April's
    book to 6,000 更正 of 03-08 (or undated) was kept at 10,500 in either order (pay42)."""
    (old, old_day, old_currency), (new, new_day, new_currency) = stored, read
    # the row's file revises the total's: its correction (a running book's v2 not over a later
    # day's total: revised_files.revises_dated)
    if revises_dated(files[1], files[0], earlier(old_day, new_day, False)):
        return False
    if (not same_file and old is not None and new is not None and abs(new - old) > TOLERANCE
            and new_currency == old_currency and any(map(noted_correction, notes))):
        return noted_correction(notes[0])  # the later file's noted correction stands
    # a revision's figure of the same day, by another file not one: the revision's word stands
    # (fix41c: March's 4,500 of 03-10 revised to 4,000, April's book carrying 4,500 of 03-10 was
    # 11,000 open imported March, April, revision, else 10,500; 11,000 in every order)
    same_day = not same_file and old_day is not None and new_day == old_day and not revised(
        files[1]) and (later or revised(files[0]))
    if old is None or new is None or not (revises_dated(*files, earlier(
            new_day, old_day, False)) or earlier(old_day, new_day, same_file) or same_day):
        return False
    # higher: a total the later file lowered (core.ledger.lowered_totals), its word the last
    return abs(new - old) > TOLERANCE and new_currency == old_currency


def earlier(stored_day: str | None, read_day: str | None, same_file: bool) -> bool:
    """Is what a row of another file says dated (`read_day`, ISO) before what is stored
    (`stored_day`): an earlier state, which must not replace it? Undated is never earlier;
    the row of the file that wrote it is its correction (`same_file`). A line's status asks
    the same of the files' dates (core.ledger.older_status)."""
    return (not same_file and stored_day is not None and read_day is not None
            and read_day < stored_day)


def kept_day(stored: Receipt, read: Receipt, same_file: bool, files: tuple[str | None, str],
             notes: tuple[object, object] = (None, None)) -> bool:
    """Does the `stored` total keep its day under `read`, the same total in its currency
    dated otherwise on a row of another file (not `same_file`)? A received figure is the
    total to date, dated with its latest receipt: a total that did not grow brought no money
    on a later day, so the earlier day stays, whatever the row's note (余款未收 says so, a
    blank or 未开票 says nothing else), as the files the other way round leave it (the earlier
    file's total, equal, puts back its day). Only a correction moves the day: the file the
    line was last written from imported again, or its revision (修订, 更正, corrected:
    core.ledger.revised_files), whichever comes first (`files`: the file that last wrote the
    line and this one); a later copy's name alone (订单台账(1).xlsx, as WeChat saves a file
    received twice) is none (fix40d: its later day was taken, 11 days past due). Where
    the note of the line bringing the later day (`notes`: the stored line's, the row's) says
    the earlier payment bounced and was paid again (PAID_AGAIN_WORDS), the later day is the
    money's, in either order (was 0 days past due where 11 are); the earlier line's note
    tells of its own day (3/10重新付款 under 03-10: settled before, fix40f). Not a file of
    each month's receipts (本月收款: merge_line's `monthly`), whose row's day is its month's
    receipt's. Before imp40, March's 4,500
    received 03-10 re-sent in April's book dated 04-15 without a note was 11 days past due
    imported March first, 0 April first."""
    (old, old_day, old_currency), (new, new_day, new_currency) = stored, read
    if (same_file or old is None or new is None or old_day is None or new_day is None
            or old_currency != new_currency or abs(new - old) > TOLERANCE):
        return False
    if new_day != old_day and _paid_again(notes[new_day > old_day]):
        return new_day < old_day  # the later day stays, or is taken
    wrote, this = files
    if revises_dated(wrote, this, new_day > old_day):  # the line's day is its revision's
        return new_day != old_day
    return new_day > old_day and not revises(this, wrote)


def _paid_again(note: object) -> bool:
    """Does `note` say an earlier payment bounced and was paid again (PAID_AGAIN_WORDS)? 退票
    beside 发票 / 开票 / 重开 is an invoice returned and issued again, no payment (fix40f)."""
    if not note:
        return False
    found = {m.group(0) for m in _PAID_AGAIN.finditer(str(note))}
    return bool(found - {"退票"}) or bool(found) and not _INVOICE.search(str(note))


@dataclass(frozen=True)
class KeptTotal:
    """A line whose stored received total was kept: its order (number, or customer), the row
    that brought the older figure, and both figures as (amount, ISO date); `taken`: the row's
    figure replaced the stored one instead (core.ledger.lowered_totals.said_taken)."""

    order: str
    sheet: str
    row: int
    kept: tuple[float, str]
    read: tuple[float, str]
    taken: bool = False
    # the two files dated the same month, each otherwise: what dates this one and the other
    tied: tuple[int, int] | None = None  # (:data:`DATED_BY`'s places; yb43, fx43d)
    same_name: bool = False  # the stored figure's file has this one's name: a copy (rv52a)


def restated(kept: list[KeptTotal], said: Iterable[tuple[str, float | None, str | None]]
              ) -> list[KeptTotal]:
    """The kept totals but those the file states itself on another of its rows (`said`: each
    row's order, received figure and ISO day): a year book imported again unchanged (a copy
    saved again, from another folder) read its 3月 tab's 20,000 of 03-10 against the 50,000
    of 04-10 its own 4月 tab had stored, "lower and dated earlier than the one a later file
    stored" (ord44): nothing changed, nothing to say. A total taken (`taken`) is said."""
    wanted = {(k.order, _figure(k.kept)) for k in kept if not k.taken}
    if not wanted:
        return kept  # the file's rows not read again (a big file's packed tabs)
    told = wanted & {(order, _figure((amount, day))) for order, amount, day in said
                     if amount is not None}
    return [k for k in kept if k.taken or (k.order, _figure(k.kept)) not in told]


def row_totals(records: Iterable[Record]) -> Iterator[tuple[str, float | None, str | None]]:
    """Each row's order (its number, else its customer, as KeptTotal.order), received figure
    and day, for :func:`restated`."""
    for r in records:
        yield str(r[ORDER_NO] or r[CUSTOMER]), r[RECEIVED], r[RECEIVED_DATE]


def _figure(total: tuple[float | None, str | None]) -> tuple[float, str | None]:
    return round(total[0] or 0.0, 2), total[1]


# what dates a file's month, by rank (core.ledger.amended_lines.ranked_month): its rows alone,
# its tabs (2025年台账.xlsx, its newest tab 4月), its name (台账 2025-04.xlsx)
DATED_BY = (N_("its rows"), N_("its tabs"), N_("its name"))


# who stored a figure of the same date received (KeptTotal.same_name): a copy of this
# workbook under its name, or another file (rv52a: the zh read "imported the same day", and
# "another file" of the workbook's own earlier reading)
OTHER = {False: N_("another file"), True: N_("an earlier import of a file of this same name")}
LATER = {False: N_("a later file"), True: N_("a later-dated copy of a file of this same name")}


def dated_by(tied: tuple[int, int]) -> dict[str, object]:
    """A tie note's words for what dates this file and the other (KeptTotal.tied)."""
    return {"this_by": Term(DATED_BY[tied[0]]), "other_by": Term(DATED_BY[tied[1]])}


def kept_total_messages(kept: Iterable[KeptTotal]) -> list[Message]:
    """One note naming the lines whose received total a file brought older and lower than
    the stored, one those whose figure of the stored total's day a later file's kept out
    (older_total's `later`; the other lines of `kept`: core.ledger.lowered_totals)."""
    return [*_named("older_received_kept", NP_(
        "{count} order line's received figure in this file is lower and dated earlier than "
        "the one a later file stored: taken as an earlier state of the same total, the later "
        "figure is kept: {rows} (kept / this file's). If the stored figure was wrong, correct "
        "it in the file that wrote it and import that file again.",
        "{count} order lines' received figures in this file are lower and dated earlier than "
        "the ones later files stored: taken as earlier states of the same totals, the later "
        "figures are kept: {rows} (kept / this file's). If a stored figure was wrong, correct "
        "it in the file that wrote it and import that file again."),
        [k for k in kept if k.read[0] < k.kept[0] and k.read[1] < k.kept[1] and not k.taken],
        lambda k: f"{k.kept[0]:,.2f} {k.kept[1]} / {k.read[0]:,.2f} {k.read[1]}"),
        *(note for same in (False, True) for note in _named(
            "same_day_received_kept", NP_(
                "{count} order line's received figure in this file differs from the one "
                "{source} stored for the same date received: the later file's figure is kept, "
                "as its correction: {rows} (kept / this file's). If the stored figure was "
                "wrong, correct it in the file that wrote it and import that file again.",
                "{count} order lines' received figures in this file differ from the ones "
                "{source} stored for the same dates received: the later files' figures are "
                "kept, as their corrections: {rows} (kept / this file's). If a stored figure "
                "was wrong, correct it in the file that wrote it and import that file again."),
            [k for k in kept if k.read[1] == k.kept[1] and k.read[0] != k.kept[0]
             and not k.taken and not k.tied and k.same_name == same],
            lambda k: f"{k.kept[0]:,.2f} / {k.read[0]:,.2f} {k.read[1]}",
            {"source": Term(LATER[same])})),
        *(note for pair in sorted({k.tied for k in kept if k.tied}) for same in (False, True)
          for note in _named("same_day_received_month_kept", NP_(  # yb43: was "later" above
                "{count} order line's received figure in this file differs from the one "
                "{source} stored for the same date received, and both files are dated the same "
                "month (this one by {this_by}, the other by {other_by}): the figure of the file "
                "that names the month more plainly is kept: {rows} (kept / this file's). If "
                "this file's figure is right, correct the other file and import it again.",
                "{count} order lines' received figures in this file differ from the ones "
                "{source} stored for the same dates received, and both files are dated the "
                "same month (this one by {this_by}, the other by {other_by}): the figures of "
                "the file that names the month more plainly are kept: {rows} (kept / this "
                "file's). If this file's figures are right, correct the other file and import "
                "it again."),
            [k for k in kept if k.read[1] == k.kept[1] and k.read[0] != k.kept[0]
             and not k.taken and k.tied == pair and k.same_name == same],
            lambda k: f"{k.kept[0]:,.2f} / {k.read[0]:,.2f} {k.read[1]}",
            {**dated_by(pair), "source": Term(OTHER[same])}))]


def kept_day_messages(kept: Iterable[KeptTotal]) -> list[Message]:
    """One note naming the lines whose received total this file brought again, the same,
    dated after the stored one's day, which is kept (kept_day: the lines of `kept` whose two
    figures are one)."""
    return _named("received_day_kept", NP_(
        "{count} order line's received total in this file is the one already stored, dated "
        "later: the total did not grow, so no money came on the later day, and the stored "
        "day is kept (days past due are counted to it): {rows} (stored / this file's). If "
        "the stored day was wrong, correct it in the file that wrote it and import that file "
        "again.",
        "{count} order lines' received totals in this file are the ones already stored, "
        "dated later: the totals did not grow, so no money came on the later days, and the "
        "stored days are kept (days past due are counted to them): {rows} (stored / this "
        "file's). If a stored day was wrong, correct it in the file that wrote it and import "
        "that file again."),
        [k for k in kept if k.read[0] == k.kept[0] and k.read[1] > k.kept[1]],
        lambda k: f"{k.kept[0]:,.2f} {k.kept[1]} / {k.read[1]}")


def _named(code: str, text: str, lines: Iterable[KeptTotal],
           figures: Callable[[KeptTotal], str], said: dict[str, object] | None = None
           ) -> list[Message]:
    """A note `code` naming `lines` (none: no note), each by its order, sheet, row and
    `figures`; `said`: the note's other words."""
    found = sorted(set(lines), key=lambda k: (k.sheet, k.row, k.order))
    return [Message(code, text, {"count": len(found), "rows": Listed([at_row(
        k.order, k.sheet, k.row, figures(k)) for k in found], SHARED_SHOWN), **(said or {})})
    ] if found else []
