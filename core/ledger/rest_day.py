"""The day a rest said owed came on, where its note writes it right after the rest: 尚欠2000，
5/10到账 (fix67a).

A clerk books the balance row when part of it comes (实收 5,000 on 04-20, or the whole 7,000
typed) and notes the rest owed; when the rest comes she adds its day after it: 尚欠2000，5/10到账,
余款2000于5/10到账, 尚欠2000，5月10日收到, "balance 2000 received 5/10". Read as no day, the rest
stayed owed: 2,000, 72 days, black as of 06-30 where nothing is (and the buyer paid by 05-10).
Read as the rest come whenever the day was not after the sheet's last received date (fix66f),
any day did — the figure's own (实收5000，4/20到账), the row's own, a fee's (运费5/10到账), a
hedged one (大概/须于/若5/10到账), another year's (2026/5/10到账), a day before a last date pushed
late by a plan row or a typo — and cleared 2,000, 72 days, black, with no day an as-of date before
it could see (rv66d; taken out again by fix66j).

So the day is the rest's received date only when all hold (:func:`rest_day`):
- it stands right after the rest's figure, nothing but a stop, a bracket or 于 between (尚欠2000，
  5/10到账; 余款2000于5/10到账; 尚欠2000（5/10收）): a word between is another's money or a hedge
  (运费 / 佣金 / 定金 / 上批 / X99-1 / 大概 / 可能 / 须于 / 若 / 预计 / 最晚 / 约定 / 明年 / 催款后:
  the rest owed, as before); a figure with its own day (实收5000，4/20到账) has no rest before
  the day: the figure's day, never the rest's;
- it closes the note, but for stops (5/10到账一半, 5/10到账（预计）, 5/10到账(待确认), 5/10到账了没,
  5/10到账，待核实 / 退回了, 5/10收到投诉: owed);
- its year, where written, is the row's (2026年5月10日, 2026/5/10: owed);
- it is after the row's own received date (4/20到账 on a row of 04-20, 4/15到账: the row's money);
- it is not after the file's latest ordinary received date (:func:`received_until`), so the note
  was written after it: a forecast past the file (7/10到账 in a file ending 06-30) stays owed;
- the rest itself is this order's, owed (deduction_rest.this_rest: not denied, asked, another
  order's, a fee's, said come in other words).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from typing import NamedTuple

from core.i18n import N_
from core.ledger.amounts import parse_amount
from core.ledger.came_words import CLAUSE
from core.ledger.deduction_rest import this_rest
from core.ledger.noted_figures import FIGURE, FIGURES, OF_MONEY, REST_OWED
from core.ledger.noted_orders import Known
from core.ledger.part_of import other_before
from core.ledger.part_said import others_rest
from core.ledger.payment_row_money import received_on
from core.ledger.record import (
    CURRENCY,
    CUSTOMER,
    ORDER_DATE,
    ORDER_NO,
    RECEIVED,
    RECEIVED_DATE,
    ROW,
    SHIP_DATE,
    Record,
)
from core.ledger.rest_came import DAY_CAME, NOT_COME
from core.messages import Message

# a rest said owed (尚欠2000, 还差2000) or named as the balance with its day after it (余款2000于
# 5/10到账, 剩余2000于5/10收到): the figure and its words
_REST = re.compile(rf"(?:{REST_OWED}|(?:余|剩)(?:款|额|下的?)?\s*:?\s*{OF_MONEY}){FIGURES}")
_DAY = (r"(?:(?P<year>\d{4})\s*[-/.年]\s*)?(?P<month>\d{1,2})\s*[/月.-]\s*(?P<day>\d{1,2})"
        r"\s*[日号]?")
# ... right after it, nothing but a stop, a bracket or 于 between, the day's coming, and nothing
# after it but stops: the note's last words
# (a bare 到 or "paid" is as much a deadline: 尚欠2000，5/10到, "balance 2000 paid 5/10", rv67g;
# but 到了 "has come", 到帐 (帐 for 账), 入账 and "came in" are its arrival, "was paid (on)" past:
# read as a deadline, 2,000, 72 days, black for a buyer paid up, rv68b A5, A6)
# ... a part of the rest come on it (5/10到账1000: that much, the rest of it owed, rv68b C1)
_CAME = re.compile(rf"\s*(?:[,，;；]\s*|[（(]\s*)?于?\s*{_DAY}\s*(?:已经?)?"
                   rf"(?:{DAY_CAME})了?\s*(?P<part>{FIGURE})?\s*[)）]?[\s,，;；。.!！]*")
_EN_REST = re.compile(rf"(?<![a-z])(?:balance|rest|remaining)(?: of)?\s*:?\s*{FIGURES}")
_EN_CAME = re.compile(rf"\s*,?\s*(?:(?:was\s+)?(?:received|arrived)|came\s+in|was\s+paid)"
                      rf"\s+(?:on\s+)?{_DAY}[\s,.;!]*")
# a received date alone, more than a month after every other date of the file, is a typo
# (2025-09-16 for 06-16 in a file ending 06-30) or a forecast: no bound
_NEAR = timedelta(days=31)


class RestCame(NamedTuple):
    """A rest said owed and the day its note says it came on."""

    amount: float
    day: date


def rest_day(text: str, on: date | None, until: date | None, currency: str | None = None,
             number: object = None, known: Known = frozenset, day_first: bool = False
             ) -> RestCame | None:
    """The rest a folded note says owed and the day it says the rest came on (:data:`_CAME`
    right after the rest, closing the note); None where it says none, or one not after the row's
    own received date `on`, after `until` (:func:`received_until`: the file's latest ordinary
    received date) or of another year, or the rest is in another `currency` than the order's,
    hearsay or hoped (客户说尚欠2000，5/10到账: rest_came.NOT_COME before it in its clause), a
    fee's, or none of its order's `number` owed (deduction_rest.this_rest; another order's by
    its words or a number the sheet sells, `known`: part_said.others_rest). `day_first`: the
    sheet's dates are read day first (20/04/2025), and so is the note's 5/6 (5 June)."""
    if on is None or until is None:
        return None
    for rests, came in ((_REST, _CAME), (_EN_REST, _EN_CAME)):
        for rest in rests.finditer(text):
            day = came.fullmatch(text, rest.end())
            if day is None or other_before(text, rest.start()) or NOT_COME.search(
                    CLAUSE.split(text[:rest.start()])[-1]) or not this_rest(
                    text, rest.start(), rest.start("figure"), number) or others_rest(
                    text, rest.start(), number, known):
                continue
            value, code = parse_amount(rest["figure"])
            if value is None or not math.isfinite(value) or value <= 0 or code not in (
                    None, currency) or rest["more"]:
                return None
            part, its = parse_amount(said) if (said := day.groupdict().get("part")) else (
                value, code)
            if part is None or not 0 < part <= value or its not in (None, currency):
                return None  # 尚欠2000，5/10到账3000: no part of it
            if day["year"] is not None and int(day["year"]) != on.year:
                return None  # 2026年5月10日到账 on a row of 2025: not this year's money
            try:
                first, then = int(day["month"]), int(day["day"])  # as written: 5/6, 5月6日
                if day_first and day["year"] is None and "月" not in day.group(0):
                    first, then = then, first  # 5/6 on a sheet of 20/04/2025: 5 June
                noted = date(on.year, first, then)
            except ValueError:
                return None
            return RestCame(part, noted) if on < noted <= until else None
    return None


def received_until(received: Iterable[date], others: Iterable[date]) -> date | None:
    """The file's latest ordinary received date (`received`: those of its rows read as money
    received, a plan's left out), not one standing more than :data:`_NEAR` after every other
    date of the file (`others`: its order and ship dates, and the other received dates): a
    typo (2025-09-16 in a file ending 06-30) read as the bound let 7/5 and 8/1到账 read come."""
    got = Counter(received)
    every = sorted((got + Counter(others)).elements())
    for day in sorted(got, reverse=True):
        near = sum(1 for other in every if day - _NEAR <= other <= day)
        if near >= 2:  # itself and another
            return day
    return None


def noted_rests(records: list[Record], rests: dict[int, RestCame]) -> dict[int, RestCame]:
    """The rests a sheet's payment rows say came on a later day (`rests`, by row: core.ledger.
    order_payments.OrderPayments.rests) whose day is not after the sheet's latest ordinary
    received date (:func:`received_until` of its records, each read as money received: a plan's
    row is none): each kept on its row's line once the file is written (core.ledger.
    rest_receipts: a line of its own stayed live when the clerk corrected the note, rv67g).
    Bounded by its own sheet's dates, not the file's: a rest's day past its tab's last stays
    owed, as before."""
    if not rests:
        return {}
    until = received_until(
        (day for r in records if r[RECEIVED] and r[RECEIVED] > 0
         and (day := received_on(r[RECEIVED_DATE])) is not None),
        (day for r in records for cell in (r[ORDER_DATE], r[SHIP_DATE])
         if (day := received_on(cell)) is not None))
    if until is None:
        return {}
    rows = {record[ROW] for record in records}
    return {row: rest for row, rest in rests.items() if rest.day <= until and row in rows}


def rest_messages(sheet: str, records: Iterable[Record], rests: dict[int, RestCame]
                  ) -> list[Message]:
    """Each payment row of the order's tab whose note's day was read as its rest's receipt
    (:func:`noted_rests`), said as a row typed away from its order is (typed_apart's
    rest_message): the clerk who wrote 尚欠2000，5/10到账 sees the 2,000 counted on 05-10, not
    owed, and can correct a day the note did not mean."""
    said: list[Message] = []
    for record in records:
        rest = rests.get(record[ROW])
        if rest is not None and record[RECEIVED] and record[RECEIVED] > 0:
            said.append(rest_said(sheet, record[ROW], record[ORDER_NO], record[CUSTOMER],
                                  record[RECEIVED], rest, record[CURRENCY]))
            rests = {row: came for row, came in rests.items() if row != record[ROW]}
    return said


def rest_said(sheet: str, row: int, order: object, customer: object, part: float,
              rest: RestCame, currency: str | None) -> Message:
    """The report's words for one such row: the part on the row's day, the rest on its own.
    A row of an order without a number is named by its customer, said so (rv68g: "order Fir
    Co" read as an order number)."""
    unit = f" {currency}" if currency else ""
    params = {"sheet": sheet, "row": row, "order": order, "customer": customer,
              "part": f"{part:,.2f}{unit}", "rest": f"{rest.amount:,.2f}{unit}",
              "day": rest.day.isoformat()}
    if order:
        return Message("rest_came", N_(
            "sheet “{sheet}” row {row} (order {order}): its note says the rest, {rest}, came on "
            "{day}: {part} counted on the row's day and {rest} on {day}"), params)
    return Message("rest_came", N_(
        "sheet “{sheet}” row {row} (customer {customer}): its note says the rest, {rest}, came "
        "on {day}: {part} counted on the row's day and {rest} on {day}"), params)
