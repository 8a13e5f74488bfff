"""What an import's report says of the stored lines whose month's receipt (本月收款) a file
added to, restated, dated or could not tell from a total: one message a kind, each order and
row named, in the order of the file's sheets. Apart from core.ledger.stored_receipts, which
decides the readings, so that the rules and their words each stay a module a reader can hold.
"""

from __future__ import annotations

from core.i18n import NP_
from core.ledger.counted_receipts import COUNTED
from core.ledger.file_copies import TIED
from core.ledger.review import rows_text
from core.ledger.stored_receipts import (
    ADDED,
    EARLIER,
    LATER,
    NAMED,
    NO_MONTH,
    RANGED,
    RESTATED,
    ROW_MONTH,
    SAME_DAY,
    UNCLEAR,
    UNDATED,
)
from core.messages import Listed, Message

_SAID = ((ADDED, "stored_receipts_added", NP_(
    "{count} order imported before is shown again with a later receipt date and a received "
    "figure that is this month's receipt, not the total received to date: added to what was "
    "stored ({orders}; {rows}).",
    "{count} orders imported before are shown again with a later receipt date and a received "
    "figure that is this month's receipt, not the total received to date: added to what was "
    "stored ({orders}; {rows}).")),
    (NAMED, "stored_receipts_named", NP_(
        "{count} order imported before is shown again with a received figure whose note names "
        "another payment of the order than the receipt stored (the notes: {orders}; {rows}): "
        "the two settle the order, so the figure is counted as that payment, added to what was "
        "stored. If it is the total received to date, correct the note and import the file "
        "again.",
        "{count} orders imported before are shown again with a received figure whose note "
        "names another payment of the order than the receipt stored (the notes: {orders}; "
        "{rows}): the two settle each order, so each figure is counted as that payment, added "
        "to what was stored. If one is the total received to date, correct its note and "
        "import the file again.")),
    (UNCLEAR, "stored_receipts_unclear", NP_(
        "{count} order imported before is shown again with a received figure that could be "
        "this month's receipt or the total received to date ({orders}; {rows}): read as the "
        "total to date. If this file records each month's receipts, check the order's "
        "received figure, and name the column 本月收款 from next month's file on.",
        "{count} orders imported before are shown again with a received figure that could be "
        "this month's receipt or the total received to date ({orders}; {rows}): read as the "
        "total to date. If this file records each month's receipts, check the orders' "
        "received figures, and name the column 本月收款 from next month's file on.")),
    (EARLIER, "stored_receipts_earlier", NP_(
        "{count} order imported before is shown with this month's receipt (本月收款) dated "
        "before the receipts stored from later months' files: an earlier month's file "
        "imported late, its receipt counted on its own day ({orders}; {rows}).",
        "{count} orders imported before are shown with this month's receipt (本月收款) dated "
        "before the receipts stored from later months' files: an earlier month's file "
        "imported late, each receipt counted on its own day ({orders}; {rows}).")),
    (SAME_DAY, "stored_receipts_same_day", NP_(
        "{count} order imported before is shown with this month's receipt (本月收款) on the "
        "day of a receipt another file recorded, with another figure ({orders}; {rows}): read "
        "as that receipt corrected. If both came in that day, check the order's received "
        "figure.",
        "{count} orders imported before are shown with this month's receipt (本月收款) on the "
        "day of a receipt another file recorded, with another figure ({orders}; {rows}): read "
        "as that receipt corrected. If both came in that day, check the orders' received "
        "figures.")),
    (LATER, "stored_receipts_later", NP_(
        "{count} order imported before is shown with this month's receipt (本月收款) on the "
        "day of a receipt a file whose rows run later recorded, with another figure "
        "({orders}; {rows}): that file's figure is kept, the later-saved, whichever of the two "
        "is imported first. If this file's figure is right, correct the later file and "
        "import it again.",
        "{count} orders imported before are shown with this month's receipt (本月收款) on the "
        "day of a receipt a file whose rows run later recorded, with another figure "
        "({orders}; {rows}): that file's figures are kept, the later-saved, whichever of the "
        "two is imported first. If this file's figures are right, correct the later file and "
        "import it again.")),
    (TIED, "stored_receipts_tied", NP_(
        "{count} order imported before is shown with this month's receipt (本月收款) on the "
        "day of a receipt another file recorded, with another figure, the two files' rows "
        "running to the same day ({orders}; {rows}): the figure of the file whose name says "
        "it is the later (a larger number in it, a word added, not 旧 or 备份) is kept, "
        "as the later-saved, whichever of the "
        "two is imported first. If this file's figure is right, correct the other file and "
        "import it again.",
        "{count} orders imported before are shown with this month's receipt (本月收款) on the "
        "day of a receipt another file recorded, with another figure, the two files' rows "
        "running to the same day ({orders}; {rows}): the figures of the file whose name says "
        "it is the later (a larger number in it, a word added, not 旧 or 备份) are kept, "
        "as the later-saved, whichever of the "
        "two is imported first. If this file's figures are right, correct the other file and "
        "import it again.")),
    (RESTATED, "stored_receipts_restated", NP_(
        "{count} order imported before is shown with this month's receipt (本月收款) with "
        "another figure in a file named after the same month as the file that recorded it "
        "({orders}; {rows}): read as that month's receipt corrected, not a receipt of its "
        "own. If both came in, write the month's total received in this file and import it "
        "again.",
        "{count} orders imported before are shown with this month's receipt (本月收款) with "
        "another figure in a file named after the same month as the file that recorded it "
        "({orders}; {rows}): each read as that month's receipt corrected, not a receipt of "
        "its own. If both came in, write the month's total received in this file and import "
        "it again.")),
    (COUNTED, "stored_receipts_counted", NP_(
        "{count} order imported before is shown with a month's receipt (本月收款) that was "
        "recorded already by another file, on the same day and with the same figure: counted "
        "once, not as a receipt of this file's month ({orders}, each with the file that "
        "recorded it; {rows}). If it is another receipt, write the day it came in and import "
        "this file again.",
        "{count} orders imported before are shown with a month's receipt (本月收款) that was "
        "recorded already by another file, on the same day and with the same figure: each "
        "counted once, not as a receipt of this file's month ({orders}, each with the file "
        "that recorded it; {rows}). If one is another receipt, write the day it came in and "
        "import this file again.")))


def receipt_messages(notes: list[tuple[str, str, int, str]], sheets: list[str]
                     ) -> list[Message]:
    """What the report says of the stored lines whose figure this file added to, and of those
    whose figure could have been a month's receipt, read as the total (each order named);
    `sheets`: the file's sheets, in order."""
    found = []
    for which, key, text in _SAID:
        rows = sorted((sheets.index(sheet) if sheet in sheets else len(sheets), number, sheet,
                       order) for note, sheet, number, order in notes if note == which)
        if rows:
            orders = list(dict.fromkeys(order for *_, order in rows))
            found.append(Message(key, text, {  # a counted one's order with its file: Noted
                "count": len(orders),
                "orders": Listed(orders) if which == COUNTED else ", ".join(orders),
                "rows": rows_text([(sheet, number) for _, number, sheet, _ in rows])}))
    return found


# a receipt dated for want of its own: by its tab's or file's month, or a range's last;
# or left undated
_DATED = {UNDATED: ("stored_receipts_dated", NP_(
    "“{file}”: {count} order's receipt of the month (本月收款) has no date: counted as "
    "received on {day}, the last day of the month its sheet or file is named after "
    "({orders}; {rows}). If it came in another month, write its date and import the file "
    "again.",
    "“{file}”: {count} orders' receipts of the month (本月收款) have no date: counted as "
    "received on {day}, the last day of the month their sheet or file is named after "
    "({orders}; {rows}). If one came in another month, write its date and import the file "
    "again.")),
    RANGED: ("stored_receipts_ranged", NP_(
        "“{file}”: {count} order has this month's receipt (本月收款) without its date in a "
        "file or sheet named after more than one month: counted as received on {day}, by the "
        "end of the last of them ({orders}; {rows}). If it came in earlier, write its date "
        "and import the file again.",
        "“{file}”: {count} orders have this month's receipt (本月收款) without its date in a "
        "file or sheet named after more than one month: each counted as received on {day}, "
        "by the end of the last of them ({orders}; {rows}). If one came in earlier, write "
        "its date and import the file again.")),
    # a file kept on past the month its name gives (1月订单.xlsx kept all year): its row's month
    ROW_MONTH: ("stored_receipts_row_month", NP_(
        "“{file}”: {count} order's receipt of the month (本月收款) has no date: counted as "
        "received on {day}, the last day of its row's order month, the file being kept on "
        "past the month it is named after ({orders}; {rows}). If it came in another month, "
        "write its date and import the file again.",
        "“{file}”: {count} orders' receipts of the month (本月收款) have no date: counted as "
        "received on {day}, the last day of their rows' order month, the file being kept on "
        "past the month it is named after ({orders}; {rows}). If one came in another month, "
        "write its date and import the file again.")),
    # no name gives its month ("Sheet1"; a tab "12-1月" ends in January since dates35): stored
    # undated, counted on any day the figures are worked out for; before, without a word
    # (break34c)
    NO_MONTH: ("stored_receipts_no_month", NP_(
        "“{file}”: {count} order's receipt of the month (本月收款) has no date, and neither "
        "its sheet nor the file is named after a month that would date it: counted as "
        "received on any day the figures are worked out for, with no day of payment "
        "({orders}; {rows}). Write its date and import the file again.",
        "“{file}”: {count} orders' receipts of the month (本月收款) have no date, and neither "
        "their sheets nor the file are named after a month that would date them: each "
        "counted as received on any day the figures are worked out for, with no day of "
        "payment ({orders}; {rows}). Write their dates and import the file again."))}


def dated_messages(file: str, dated: list[tuple[str, str, str, int, str]], sheets: list[str]
                   ) -> list[Message]:
    """One note a kind and day on which a month's receipt written without its date was
    counted (core.ledger.stored_receipts.Bases.dated), naming the file, its orders and rows:
    before, a line's first import dated it without a word (but for a range), and no note
    said the day (dates34)."""
    found = []
    for kind, day in sorted({(kind, day) for kind, day, *_ in dated}, key=lambda k: (
            list(_DATED).index(k[0]), k[1])):
        rows = sorted((sheets.index(sheet) if sheet in sheets else len(sheets), number, sheet,
                       order) for said, on, sheet, number, order in dated
                      if (said, on) == (kind, day))
        orders = list(dict.fromkeys(order for *_, order in rows))
        code, text = _DATED[kind]
        found.append(Message(code, text, {
            "file": file, "count": len(orders), "day": day, "orders": ", ".join(orders),
            "rows": rows_text([(sheet, number) for _, number, sheet, _ in rows])}))
    return found
