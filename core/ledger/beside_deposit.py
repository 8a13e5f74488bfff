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
February's 5,000 on 02-10 is April's 5,000 on 04-20 (`still_deposit`).
"""

from __future__ import annotations

from core.i18n import NP_
from core.ledger.older_receipts import Receipt
from core.ledger.orders import TOLERANCE
from core.ledger.rows import ranges_text
from core.messages import Message

# A received figure below the deposit beside it by no more than a bank charge is that deposit,
# received short (3,000 deposit, 2,985 received: 2,985 in all); below it by more, it is money of
# its own (8,000 deposit, then 2,000 received: 10,000 in all). A charge: up to this share of the
# figure, or this much in the receipt's currency, whichever is larger.
SHORT_SHARE, SHORT_FLOOR = 0.02, 100.0
TOTAL, APART, SHORT, UNCLEAR = "total", "apart", "short", "unclear"


def charge(amount: float) -> float:
    """What a bank charge may take off `amount`."""
    share = abs(amount) * SHORT_SHARE
    return share if share > SHORT_FLOOR else SHORT_FLOOR


def beside(received: float, deposit: float, worth: float | None, later: bool = False) -> str:
    """How a received figure beside a deposit (> 0) reads, on a line worth `worth` in the
    receipts' currency (None: not known in it): TOTAL holds the deposit, APART is money of its
    own, SHORT is the deposit received short (that money alone), UNCLEAR is read as TOTAL;
    `later`: the figure is dated after the deposit."""
    if received + charge(deposit) < deposit:
        return APART  # far below the deposit
    if later and worth is not None and worth > 0 and received <= deposit + charge(deposit) \
            and abs(received + deposit - worth) <= charge(worth):
        return APART  # the deposit's figure again, later: with the deposit, the line's amount
    if received < deposit:
        return SHORT
    if worth is None or worth <= 0 or received <= deposit + charge(deposit):
        return TOTAL  # no amount to tell by, or the deposit itself so far
    room = charge(worth)
    if received >= worth - room or received + deposit > worth + room:
        return TOTAL  # the whole amount, or more than it if apart
    if abs(received + deposit - worth) <= room:
        return APART  # with the deposit, the line's amount: the balance after it
    return UNCLEAR


def still_deposit(stored: Receipt, read: Receipt, deposit: float | None,
                  deposit_day: str | None) -> bool:
    """Is a received total read again with the same figure on a later day the deposit still,
    its stored day kept? Where the stored total is the deposit (in it by a bank charge) on or
    before the deposit's day, it was the deposit itself; the same figure later is the same
    running total re-dated (the day the clerk last touched the row), not the balance paid
    after it (`beside`'s later): February's file 5,000 on 02-10, April's 5,000 on 04-20,
    beside a 5,000 deposit of 02-10 on 10,000 read D-1 paid, its buyer dropped off the
    stop-loss list with 5,000 open 91 days (break33b)."""
    (old, old_day, old_currency), (new, new_day, new_currency) = stored, read
    return (deposit is not None and deposit > 0 and old is not None and new is not None
            and old_day is not None and new_day is not None and deposit_day is not None
            and old_currency == new_currency and abs(new - old) <= TOLERANCE
            and old_day <= deposit_day < new_day and abs(old - deposit) <= charge(deposit))


def unclear(received: float | None, deposit: float | None, amount: float,
            same_currency: bool) -> bool:
    """Does a row's received figure beside its deposit read neither way for sure?"""
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
