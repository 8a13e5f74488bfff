"""A received figure beside a deposit: the total received, deposit in it, or the balance paid
after it. One rule for the analysis (core.analysis.wires, which turns a line's figures into
money) and the import's report (which names the rows where the ledger does not tell).

A clerk's 实收金额 beside a 定金 column is most often the total received: 10,000 received
beside a 3,000 deposit is 3,000 deposit and 7,000 more. It cannot be when it is far below the
deposit (8,000 deposit, then 2,000: money of its own), and it is not when it and the deposit
make up the line's amount while it is well above the deposit (3,000 deposit + 7,000 received
on a 10,000 order: paid in full; read as a total, the buyer owed the 3,000 deposit again and
could be black-listed for goods paid in full). Where neither tells (3,000 + 5,000 on 10,000)
it is read as the total, and the import's report names the rows. A figure as high as the
deposit is the deposit itself so far, but where it is dated after the deposit and with it
makes up the line's amount: 5,000 deposit of 02-10 and 5,000 received on 04-20 on a 10,000
order are the deposit and the balance (read as the deposit, the balance paid looked 5,000
open, recv33). Not where an earlier state of the line said that figure by the deposit's day:
a clerk whose 已收 is everything received so far re-dates the row each time it is touched, and
February's 5,000 on 02-10 is April's 5,000 on 04-20 (`still_deposit`). And only on a day the
terms make a balance likely (`balance_likely`): 5,000 booked on 02-12 beside the deposit of
02-10, before an OA order ships on 03-01, is the deposit booked again, not a balance paid before
shipment on terms that pay it after (read as the balance, a buyer who paid only the deposit was
white-listed, deposit33); the import's report names such rows (`rebooked`) and says how to
write a balance, as it names a total read as the deposit re-dated where its day would have
made it the balance (`redated_reading`), and a figure beside a deposit without a date that
would have been the balance had the deposit come earlier (core.ledger.deposit_rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from core.i18n import NP_
from core.ledger.bank_charges import short
from core.ledger.older_receipts import Receipt
from core.ledger.orders import TOLERANCE
from core.ledger.review import rows_text
from core.ledger.rows import ranges_text
from core.ledger.terms import ADVANCE_RUNGS
from core.messages import Message

# A received figure below the deposit beside it by no more than its bank charge or what the
# buyer took off (core.ledger.bank_charges.short) is that deposit, received short.
TOTAL, APART, SHORT, UNCLEAR = "total", "apart", "short", "unclear"
# A balance paid before shipment ("deposit, balance before shipment") comes when the goods are
# ready, weeks after the deposit: a figure equal to the deposit within this many days of it is
# the deposit's slip booked again.
REBOOK_DAYS = 7


def beside(received: float, deposit: float, worth: float | None, later: bool = False) -> str:
    """How a received figure beside a deposit (> 0) reads, on a line worth `worth` in the
    receipts' currency (None: not known in it): TOTAL holds the deposit, APART is money of its
    own, SHORT is the deposit received short (that money alone), UNCLEAR is read as TOTAL;
    `later`: the figure is dated after the deposit."""
    if received + short(deposit) < deposit:
        return APART  # far below the deposit
    if later and worth is not None and worth > 0 and received <= deposit + short(deposit) \
            and abs(received + deposit - worth) <= short(worth):
        return APART  # the deposit's figure again, later: with the deposit, the line's amount
    if received < deposit:
        return SHORT
    if worth is None or worth <= 0 or received <= deposit + short(deposit):
        return TOTAL  # no amount to tell by, or the deposit itself so far
    room = short(worth)
    if received >= worth - room or received + deposit > worth + room:
        return TOTAL  # the whole amount, or more than it if apart
    if abs(received + deposit - worth) <= room:
        return APART  # with the deposit, the line's amount: the balance after it
    return UNCLEAR


Day = date | str | None  # a date, or as the import writes it (ISO)


def balance_likely(day: Day, deposit_day: Day, shipped: Day, rung: str | None,
                   unshipped: bool = False) -> bool:
    """Do the terms make a balance likely on `day`, after the deposit of `deposit_day`? Terms
    paying the balance before shipment (ADVANCE_RUNGS): a real gap after the deposit. Terms
    paying it against documents or on credit (B/L copy, D/P, OA, ...): on or after shipment
    (`shipped`; `unshipped`: not shipped by then), by the gap where no ship date is known.
    Terms not known: either. (A figure counted at an as-of date before shipment is dated
    before it: the reading is the same at every as-of date.)"""
    day, deposit_day, shipped = _date(day), _date(deposit_day), _date(shipped)
    if day is None or deposit_day is None or day <= deposit_day:
        return False
    gap = (day - deposit_day).days >= REBOOK_DAYS
    after = shipped is not None and day >= shipped
    if rung in ADVANCE_RUNGS:
        return gap
    if rung is None:
        return after or gap
    return after if shipped is not None or unshipped else gap


def _date(day: Day) -> date | None:
    return date.fromisoformat(day) if isinstance(day, str) else day


def rebooked(received: float, deposit: float, worth: float | None, later: bool,
             likely: bool) -> bool:
    """Is a received figure read as the deposit booked again where it could be the balance:
    dated after the deposit (`later`), with it the line's amount, on a day the terms make no
    balance likely?"""
    return later and not likely and beside(received, deposit, worth, True) == APART \
        and beside(received, deposit, worth) != APART


def still_deposit(stored: Receipt, read: Receipt, deposit: float | None,
                  deposit_day: str | None, shipped: str | None = None,
                  rung: str | None = None) -> bool:
    """Is a received total read again with the same figure on a later day the deposit still,
    its stored day kept? Where the stored total is the deposit (in it by a bank charge) on or
    before the deposit's day, it was the deposit itself; the same figure later is the same
    running total re-dated (the day the clerk last touched the row), not the balance paid
    after it (`beside`'s later): February's file 5,000 on 02-10, April's 5,000 on 04-20,
    beside a 5,000 deposit of 02-10 on 10,000 read D-1 paid, its buyer dropped off the
    stop-loss list with 5,000 open 91 days (break33b). A stored total without a date is the
    deposit so far as well (February's 5,000 undated, deposit33), and so is one dated within
    REBOOK_DAYS of the deposit (its slip booked again: 02-12); the same two states read in
    the other order, the earlier one keeps its day: `still_deposit(read, stored, ...)`. So is
    one dated on any day the terms (`rung`, the line `shipped`) make no balance likely: 02-20,
    before an OA order's 03-01 shipment (read as the balance in April, its buyer paid only
    the deposit and dropped off the stop-loss list, break33e)."""
    (old, old_day, old_currency), (new, new_day, new_currency) = stored, read
    return (deposit is not None and deposit > 0 and old is not None and new is not None
            and new_day is not None and deposit_day is not None
            and old_currency == new_currency and abs(new - old) <= TOLERANCE
            and deposit_day < new_day and (old_day is None or old_day < new_day and (
                old_day <= deposit_day
                or not balance_likely(old_day, deposit_day, shipped, rung)))
            and abs(old - deposit) <= short(deposit))


def unclear(received: float | None, deposit: float | None, amount: float | None,
            same_currency: bool) -> bool:
    """Does a row's received figure beside its deposit read neither way for sure, judged
    against `amount` (`judged_worth`'s: core.ledger.deposit_rows)?"""
    return (received is not None and deposit is not None and deposit > 0 and same_currency
            and beside(received, deposit, amount) == UNCLEAR)


def unclear_message(sheet: str, rows: list[int]) -> list[Message]:
    """The rows of a sheet whose received figure may be the total or the balance."""
    if not rows:
        return []
    return [Message("received_beside_deposit", NP_(
        "Sheet “{sheet}”: the received figure beside the deposit (row {rows}) could be the "
        "total received or the balance paid after the deposit; it was read as the total, the "
        "deposit included. If it is the balance, write the total received and import again.",
        "Sheet “{sheet}”: the received figures beside a deposit ({count} rows: {rows}) could "
        "be the total received or the balance paid after the deposit; they were read as the "
        "total, the deposit included. If they are the balance, write the total received and "
        "import again."), {"sheet": sheet, "count": len(rows), "rows": ranges_text(rows)})]


def rebooked_message(sheet: str, rows: list[int]) -> list[Message]:
    """The rows of a sheet whose received figure, equal to the deposit, was read as the
    deposit booked again though it could be the balance."""
    if not rows:
        return []
    return [Message("received_as_deposit", NP_(
        "Sheet “{sheet}”: the received figure beside the deposit (row {rows}) equals the "
        "deposit and is dated after it, on a day the payment terms pay no balance (before "
        "shipment, or days after the deposit); it was read as the deposit booked again. If it "
        "is the balance, write it in a 尾款 (balance) column with its date and import again.",
        "Sheet “{sheet}”: the received figures beside a deposit ({count} rows: {rows}) equal "
        "the deposit and are dated after it, on days the payment terms pay no balance (before "
        "shipment, or days after the deposit); they were read as the deposit booked again. If "
        "they are the balance, write them in a 尾款 (balance) column with their dates and "
        "import again."), {"sheet": sheet, "count": len(rows), "rows": ranges_text(rows)})]



def judged_worth(worth: float | None, order: Sequence[float] | None,
                 shipment: Sequence[float]) -> float | None:
    """What a deposit beside a received figure is judged against, for the analysis and the
    import's report alike: the line's amount (`worth`), but the shipment's (amount, deposits)
    where the line holds its only deposit (a 3,000 deposit and 3,000 received on the 6,000
    line of a 10,000 order are the deposit so far, not the line paid), and the order's where
    it holds the order's only deposit and the order is billed in several shipments (5,000
    deposit and 5,000 received after both shipments of a 10,000 order: paid; judged against
    the first shipment's 6,000, the buyer owed 5,000 and was black-listed, break33e).
    `order`: None where the shipment is billed in another currency than its order."""
    if worth is None:
        return None
    if order is not None and order[1] == 1 and order[0] > shipment[0] and order[0] > worth:
        return float(order[0])
    if shipment[1] != 1 or shipment[0] <= worth:
        return worth
    return float(shipment[0])


def undated_message(sheet: str, rows: list[int]) -> list[Message]:
    """The rows of a sheet whose deposit has no date beside a received figure equal to it,
    on a day the terms would make it the balance had the deposit come earlier: read as the
    deposit so far, and whether it is cannot be told."""
    if not rows:
        return []
    return [Message("received_beside_undated_deposit", NP_(
        "Sheet “{sheet}”: the received figure beside the deposit (row {rows}) equals the "
        "deposit, but the deposit has no date, so whether the figure is the balance paid "
        "after it cannot be told; it was read as the deposit so far. Write the deposit's date "
        "(定金日期), or the balance in a 尾款 (balance) column with its date, and import again.",
        "Sheet “{sheet}”: the received figures beside a deposit ({count} rows: {rows}) equal "
        "the deposit, but the deposit has no date, so whether a figure is the balance paid "
        "after it cannot be told; they were read as the deposit so far. Write the deposits' "
        "dates (定金日期), or the balances in a 尾款 (balance) column with their dates, and "
        "import again."), {"sheet": sheet, "count": len(rows), "rows": ranges_text(rows)})]


def redated_reading(stored: Receipt, read: Receipt, deposit: float | None,
                    deposit_day: str | None, amount: float, shipped: str | None,
                    rung: str | None) -> bool:
    """Was a received total read as the deposit re-dated (`still_deposit`, either state first)
    where its later day, by the terms, would have made it the balance? Such a line is named in
    the import's report: a clerk whose 已收 is each payment, not the total so far, wrote the
    balance there."""
    pair = (stored, read) if still_deposit(stored, read, deposit, deposit_day, shipped, rung) \
        else ((read, stored) if still_deposit(read, stored, deposit, deposit_day, shipped, rung)
              else None)
    if pair is None or deposit is None:
        return False
    (_figure, _day, _currency), (figure, day, _currency) = pair
    return figure is not None and beside(figure, deposit, amount, True) == APART \
        and balance_likely(day, deposit_day, shipped, rung)


def redated_message(rows: list[tuple[str, int]]) -> list[Message]:
    """The rows whose received figure was read as the deposit re-dated (`redated_reading`)."""
    if not rows:
        return []
    return [Message("received_redated_deposit", NP_(
        "The received figure beside the deposit ({rows}) equals the deposit, as an earlier "
        "file or sheet wrote it by the deposit's day; it was read as the same total re-dated: "
        "the deposit alone. If it is the balance, write it in a 尾款 (balance) column with its "
        "date and import again.",
        "The received figures beside a deposit ({count} rows: {rows}) equal the deposit, as an "
        "earlier file or sheet wrote them by the deposit's day; they were read as the same "
        "totals re-dated: the deposit alone. If they are the balance, write them in a 尾款 "
        "(balance) column with their dates and import again."),
        {"count": len(rows), "rows": rows_text(rows)})]
