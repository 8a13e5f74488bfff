"""Whether two payment rows' notes give one wire's own reference (core.ledger.listed_twice).

Any token with a digit both notes gave was taken for the wire's reference: a date the clerk
wrote (4月20日到账: 4 and 20; 2025.4.20收; 20250420), a share (30%定金: 30), a lot's count
(第2批, Lot 2) or the buyer's PO (PO4501, which every remittance for the order quotes:
noted_orders.told_wires). Lima's two real wires of 04-20, 5,000 and 4,900, both noted
"4月20日到账", were read as one less a 100 charge: the 5,000 dropped, 4,900 shown open where
nothing is (fix38b). A wire's reference is letters and digits (TT-881, FT2504123456: not an
order's paper, not a lot word) or a bank's serial of six digits and more (not a date), and
notes saying two payments (第一批 and 第二批, 1st and 2nd, 定金 and 尾款) give none.

pay39: Lima's two wires of 04-20 noted "250420到账" (a date written yymmdd), "No2" or "Q2" (a
count, a quarter) or "K-7" (Tokyo's order, which Lima paid) were still one wire: six digits
read as a bank's serial, the rest as letters and digits. A yymmdd that is a date within a year
of the row's day is that date; a counting word's letters (COUNTING) are no wire's; another
customer's order or invoice number (`stored`: core.ledger.wire_lists.Lists.anyones) neither.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import date, timedelta

from core.ledger.dates import parse_date
from core.ledger.lot_words import HINTS, lot_said, paid_said
from core.ledger.normalise import fold
from core.ledger.noted_orders import told_wires
from core.ledger.payment_kinds import other_payments
from core.ledger.payment_lines import Stored
from core.ledger.wire_lists import Lists

SERIAL_DIGITS = 6  # a bank's serial is this long at least; a shorter bare number is a sum,
# a share, a day or a lot's count
_SHAPE = re.compile(r"([a-z]+)([0-9]+)")  # a reference's letters and its first digits
_DATE_DIGITS = 8  # 20250420: a date written without separators, no serial
_NEAR_DATE = timedelta(days=366)  # a yymmdd this near the row's day is a date (250420)
# the letters of a count, no wire's reference: No2, Nr.2, Q2 (a quarter), H1 (a half), Wk3;
# before 1-2 digits only: No8812345, 水单NO8812345, Q8812345 are a slip's number (fix39b)
COUNTING = frozenset({"no", "nr", "num", "q", "h", "wk", "fy"})
_COUNT_DIGITS = 2
# a telegraphic transfer's letters (TT, T/T) before a yymmdd near the row's day: the wire's
# date, "TT250420", "T/T 250420" (fix39b)
_TT = frozenset({"tt", "t"})
# an ordinal standing alone ("PO4501 1st", "2nd"): which payment of its order a row is
_ORDINAL = re.compile(r"(?<![0-9a-z])([0-9]+)(?:st|nd|rd|th)(?![0-9a-z])")


def wires_told(one: object, other: object, numbers: Collection[str], day: str,
               stored: Callable[[str], bool], dated: bool = False) -> set[str]:
    """The wire's own references both notes give (wire_like near `day`, the rows'), none of
    the customer's order or invoice numbers (`numbers`, reference keys) nor another
    customer's (`stored`); none where the notes say two payments. What a row set aside as one
    wire listed twice stood on (core.ledger.set_aside): once each is an order's number, the
    two rows are two payments. `dated`: a wire's day written as its reference (TT250420,
    250420到账) ties the rows too: an invoice row's 已收 and the bank's slip of that day, sums a
    charge apart, are one wire however the clerk noted it (rvx1: 11,965 shown on account);
    two payment rows so noted may be two wires of the day (fix39b), so not for them."""
    if two_payments(one, other):
        return set()
    return {key for key in told_wires(one, other) - set(numbers)
            if wire_like(key, day, dated) and not stored(key)}


def rows_told(one: Stored, other: Stored, lists: Lists, dated: bool = False) -> set[str]:
    """The wire's references two rows' notes share (wires_told), none of the customer's numbers
    nor another's: none, two rows of two wires. A row dropped on them is set aside (core.ledger.
    set_aside) till each is an order's number: the bank's list imported before the ledger."""
    return wires_told(one.notes, other.notes, lists.keys(one.place[1]), str(one.day)[:10],
                      lists.anyones, dated)


def wire_like(key: str, day: str, dated: bool = False) -> bool:
    """Whether a reference key (noted_orders.reference) can be a wire's own: letters then
    digits, the letters no lot word's (lot2 of "Lot-2") nor a count's before 1-2 digits
    (COUNTING), nor TT's before a date (tt250420); or a bank serial's digits, not a date
    (20250420; 250420 within a year of the row's `day`, unless `dated`: see wires_told)."""
    if key.isdigit():
        return len(key) >= SERIAL_DIGITS and not (
            len(key) == _DATE_DIGITS and parse_date(key) is not None
            or not dated and len(key) == SERIAL_DIGITS and _near_yymmdd(key, day))
    match = _SHAPE.match(key)
    if match is None or match.group(1) in HINTS:
        return False
    letters, digits = match.groups()
    return not (letters in COUNTING and len(digits) <= _COUNT_DIGITS
                or not dated and letters in _TT and key == letters + digits
                and len(digits) == SERIAL_DIGITS and _near_yymmdd(digits, day))


def _near_yymmdd(key: str, day: str) -> bool:
    """Whether six digits are a yymmdd date within a year of `day` (yyyy-mm-dd)."""
    try:
        said = date(2000 + int(key[:2]), int(key[2:4]), int(key[4:]))
        return abs(said - date.fromisoformat(day[:10])) <= _NEAR_DATE
    except ValueError:
        return False


def two_payments(one: object, other: object) -> bool:
    """Whether the notes say two payments: different payments of the order
    (payment_kinds.other_payments: 定金 and 尾款), lots (第一批 and 第二批尾款) or ordinals
    (1st and 2nd), each note saying its own."""
    said = [_parts(note) for note in (one, other)]
    return other_payments(one, other) or any(
        first and second and first != second for first, second in zip(*said, strict=True))


def _parts(note: object) -> tuple[str, frozenset[str]]:
    """The lots a note says (its lot words, or a lot's money) and its bare ordinals."""
    if not isinstance(note, str):
        return "", frozenset()
    return (lot_said(note) or paid_said(note),
            frozenset(m.group(1) for m in _ORDINAL.finditer(fold(note))))
