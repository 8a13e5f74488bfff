"""Money written on a payment's own row and on a sale row is one payment.

A clerk who keeps a 收款 sheet (or 收款 rows) often fills the invoice row's 已收金额 too: with
the same figure on the same day, with its total restated at the bank's value day or net of a
charge, as the running total of the wires so far, or as the sum of the day's wires of several
invoices. Counted both ways, the wire paid the buyer's next invoice as well, and a late payer
left the black list. These rules pair the two and clear the payment's copy; the copies among
sale rows alone are :mod:`core.ledger.receipts`' (whose rows and wires these read). Apart from
it because the pairing of two kinds of row grew on its own (split63); the import's review
(core.ledger.wire_review) and the analysis' (core.analysis.wires) ask both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Container, Hashable, Iterable, Mapping

from core.ledger.bank_charges import charge
from core.ledger.noted_orders import reference, wire_references
from core.ledger.noted_totals import Pairs, part_rows
from core.ledger.orders import TOLERANCE
from core.ledger.receipts import CopiedWire, PerUnit, Row
from core.ledger.rows_by_order import PaymentsByOrder, sales_by_order
from core.ledger.value_days import near_days, value_days


def booked_twice(rows: Iterable[Row], payments: Iterable[Row], wires: Iterable[CopiedWire],
                 per_unit: PerUnit | None = None,
                 judged: Callable[[Hashable, Hashable], bool] | None = None,
                 names: Callable[[Hashable], object] | None = None,
                 raised: Mapping[Hashable, float] | None = None,
                 noted: Callable[[Hashable], object] | None = None, restated: bool = True,
                 pairs: Pairs | None = None) -> list[CopiedWire]:
    """Money written twice: on a payment's own row (a 收款 row or sheet: `payments`, as
    :func:`copied_wires` takes rows) and as a sale row's received figure (`rows`), the same
    customer, figure and day. A clerk who keeps a 收款 sheet often fills the invoice row's
    已收金额 too; counted twice, the wire paid the buyer's next invoice as well, and a late
    payer left the black list. Each sale row's figure (left after `wires`, the copies among
    the sale rows) is matched by one payment row at most, which is cleared: two payments of
    one sum on one day stay two where only one sale row names the sum. A pair the import
    has judged already (`judged(sale, payment)`: one file's, in the analysis) is no match: the
    payment is matched with the next sale row, and the sale row stays free for the next
    payment. Taken as a match and passed over, it used both up: the payment stayed money of
    its own where another file's sale row wrote it, as the files' order had it. A payment
    naming an order (its number, or its note: PI-2025-031 balance, K-3 定金) is no copy of
    another order's figure: taken for one, the buyer's wire for PI-2025-031 was dropped and
    that invoice shown open. `names`: the order number a row names (folded; None where none),
    for that and :func:`_running_totals`; `raised`: per sale row whose total another file
    raised, what its day added (core.analysis.wires), for :func:`_lump_sums`; `noted`: each
    row's note, for :func:`_restated` (one file's rows: without it, none is asked; nor
    where not `restated`) and for a total noted as its parts (noted_totals.part_rows: `pairs`)."""
    names = names or (lambda _: None)
    def who(row: Row) -> Hashable:
        return row[0][0] if per_unit else row[0]  # type: ignore[index]
    payments = [row for row in payments if row[2] is not None and row[2] > 0]
    paying = {who(row) for row in payments}  # a sale row can match only its buyer's payments
    cleared = {copy for wire in wires for copy in wire.copies}
    kept: dict[tuple[Hashable, float, object], list[Hashable]] = defaultdict(list)
    currencies: dict[Hashable, object] = {}  # each sale row's currency, where keyed by one
    rows = [row for row in rows if who(row) in paying]  # all, a 1M update store: +600 MB
    for row in rows:
        if row[2] is not None and row[2] > 0 and row[4] not in cleared:
            kept[(who(row), round(row[2], 2), row[3])].append(row[4])
            if per_unit:
                currencies[row[4]] = row[0][1]  # type: ignore[index]
    found = []
    for row in payments:
        customer = who(row)
        key = (customer, round(row[2] or 0.0, 2), row[3])
        sales = kept.get(key, [])
        order = names(row[4])
        pick = next((i for i, sale in enumerate(sales)
                     if (judged is None or not judged(sale, row[4]))
                     and (order is None or names(sale) == order)), None)
        if pick is not None:
            found.append(CopiedWire(customer, key[1], key[2], sales.pop(pick), (row[4],)))
    matched = {copy for wire in found for copy in wire.copies}
    left = [row for row in payments if row[4] not in matched]
    worths = {row[4]: row[1] for row in rows}
    if noted is not None and restated:
        found += _restated(kept, left, (per_unit, currencies, worths), judged, (names, noted))
    matched = {copy for wire in found for copy in wire.copies}
    left = [row for row in left if row[4] not in matched]
    found += _running_totals(kept, left, per_unit is not None, judged, (names, worths.get))
    kept, left = _unused(found, kept, left)
    if noted is not None:  # a total noted as its parts, some of them on payment rows (pay42)
        found += [CopiedWire(buyer, figure, day, sale, (), parts=mine, noted=True)  # fx42c
                  for buyer, figure, day, sale, mine in part_rows(kept, left, who, (
                      names, noted, lambda sale, sum_: covers(worths.get(sale), sum_)), pairs)]
        kept, left = _unused(found, kept, left)
    return found + _lump_sums(kept, left, per_unit is not None, currencies, judged, names,
                              raised or {})


def _unused(found: list[CopiedWire], kept: dict[tuple[Hashable, float, object],
                                                 list[Hashable]], left: list[Row]
            ) -> tuple[dict[tuple[Hashable, float, object], list[Hashable]], list[Row]]:
    used = {wire.kept for wire in found} | {copy for wire in found for copy in wire.copies} | {
        part for wire in found if wire.noted for part in wire.parts}  # a noted total's rows
    return ({key: [sale for sale in sales if sale not in used] for key, sales in kept.items()},
            [row for row in left if row[4] not in used])


def _restated(kept: dict[tuple[Hashable, float, object], list[Hashable]],
              payments: list[Row], money: tuple[PerUnit | None, dict[Hashable, object],
                                                dict[Hashable, float | None]],
              judged: Callable[[Hashable, Hashable], bool] | None,
              told: tuple[Callable[[Hashable], object], Callable[[Hashable], object]]
              ) -> list[CopiedWire]:
    """A sale row's own received total restated on a payment's row naming its order at the
    bank's value day (a few banking days after the clerk's: core.ledger.payment_lines.
    value_days) or net of the bank's charge (14,975 for 15,000: core.ledger.bank_charges.
    charge): counted both ways, 15,000 of the buyer's money showed on account (fix40d). Only
    where the payment is the sale row's whole total or that total less a charge, on its day
    or after it within the window, and that total already covers what the row is worth (less
    a charge): a part payment after a part paid (7,500 of 15,000 by 04-10, 7,500 more on
    04-12) is money of its own. Not where either row's note gives a wire reference but the
    order's own (`told`: each row's order number and note), nor on the sale's day: those are
    core.ledger.listed_twice's to tell (TT-881 and TT-882 a day apart are two wires). Each
    sale row matched once; the payment cleared."""
    per_unit, currencies, worths = money
    names, noted = told
    taken: set[Hashable] = set()
    found: list[CopiedWire] = []
    if not payments:
        return found
    naming = sales_by_order(kept, names)  # per customer and order: looked through per payment
    for row in payments:
        order = names(row[4])
        if order is None or row[3] is None or _referenced(noted(row[4]), order):
            continue
        customer = row[0][0] if per_unit else row[0]  # type: ignore[index]
        figure = row[2] or 0.0
        for total, when, sales in naming.get(customer, {}).get(order, ()):
            if str(row[3]) <= str(when) or not value_days(when, row[3]):
                continue
            sale = next((sale for sale in sales if sale not in taken and names(sale) == order
                         and not _referenced(noted(sale), order)
                         and (judged is None or not judged(sale, row[4]))), None)
            if sale is None:
                continue
            rate = per_unit(str(currencies[sale]), when) if (
                per_unit and currencies.get(sale)) else None
            worth = worths.get(sale)
            if (figure <= total + TOLERANCE and _within(total - figure, total, rate)
                    and worth is not None and _within(worth - total, worth, rate)):
                taken.add(sale)
                found.append(CopiedWire(customer, figure, row[3], sale, (row[4],)))
                break
    return found


def _referenced(note: object, order: object) -> bool:
    """Whether `note` gives a wire reference (letters and digits) other than `order`'s own."""
    own = reference(str(order or ""))
    return any(key != own and not key.isdigit() for key in wire_references(note))


def covers(worth: float | None, total: float | None) -> bool:  # its worth, less a charge
    return worth is not None and total is not None and total > 0 and _within(
        worth - total, worth, None)


def _within(short_by: float, figure: float, rate: float | None) -> bool:
    """Whether a figure `short_by` less than `figure` is it (a rounding, or a bank's charge)."""
    return short_by <= TOLERANCE or short_by <= charge(figure, rate)


def _lump_sums(kept: dict[tuple[Hashable, float, object], list[Hashable]],
               payments: list[Row], keyed: bool, currencies: dict[Hashable, object],
               judged: Callable[[Hashable, Hashable], bool] | None,
               names: Callable[[Hashable], object], raised: Mapping[Hashable, float]
               ) -> list[CopiedWire]:
    """A payment row that is the sum of the received figures of the customer's sale rows of
    its day: one wire covering several invoices (the bank slip's 8,000 for C-1's 5,000 and
    C-2's 3,000), booked on the 收款 sheet and on each invoice's row. Counted both ways, the
    8,000 paid the buyer's next, late invoice too, and a late payer left the black list
    (break32). Taken as the same money only where it can be nothing else: the customer's only
    payment of that day left, ALL its sale rows' figures of that day left (two or more, in
    one currency) adding up to it within a rounding, and the payment naming no order or one of
    theirs; the payment is cleared, the sale rows keep their figures. A row whose total
    another file raised counts what that day added (`raised`), as :func:`raised_totals` reads
    it: March's 4,000 by 03-25 and April's 9,000 by 04-20 beside C-2's 3,000 of 04-20 are the
    slip of 8,000 (5,000 + 3,000), not 12,000 (recvorder32)."""
    sales_on: dict[tuple[Hashable, str], list[tuple[Hashable, float]]] = defaultdict(list)
    for (customer, figure, when), sales in kept.items():
        sales_on[customer, str(when)].extend((sale, raised.get(sale, figure)) for sale in sales)
    paid_on: dict[tuple[Hashable, str], list[Row]] = defaultdict(list)
    for row in payments:
        if row[3] is not None:
            customer = row[0][0] if keyed else row[0]  # type: ignore[index]
            paid_on[customer, str(row[3])].append(row)
    found = []
    for (customer, day), paid in paid_on.items():
        covered = sales_on.get((customer, day), [])
        if (len(paid) != 1 or len(covered) < 2
                or len({currencies.get(sale) for sale, _ in covered}) > 1):
            continue
        [row] = paid
        order = names(row[4])
        if (abs(sum(figure for _, figure in covered) - (row[2] or 0.0)) > TOLERANCE
                or order is not None and order not in {names(sale) for sale, _ in covered}
                or judged is not None and any(judged(sale, row[4]) for sale, _ in covered)):
            continue
        found.append(CopiedWire(customer, row[2] or 0.0, row[3], covered[0][0], (row[4],),
                                parts=tuple(sale for sale, _ in covered[1:])))
    return found


def _running_totals(kept: dict[tuple[Hashable, float, object], list[Hashable]],
                    payments: list[Row], keyed: bool,
                    judged: Callable[[Hashable, Hashable], bool] | None,
                    told: tuple[Callable[[Hashable], object],
                                Callable[[Hashable], float | None]]) -> list[CopiedWire]:
    """A sale row's received figure that is the running total of the customer's payment
    rows: a clerk who keeps a 收款 sheet writes each wire there and raises the invoice row's
    已收金额 to the total so far, dated the latest wire. Counted both ways the customer paid
    twice and a late payer left the black list. It is taken as the same money only where it
    cannot be anything else: two payments or more, not matched by a sale row's own figure,
    ALL of the customer's payments up to the sale row's date naming the sale row's order (or,
    where none names it, all naming no other order), the last on that date, adding up to the
    figure within a rounding; any other payment in between (another order's money) and
    nothing is cleared, as no money may be dropped that was real. The last may come on the
    value day after or the days before (payment_lines.value_days), all naming its order, the
    total its whole worth (`told`): MT-1's 15,000 by 04-20, 尾款 of 04-21 or 04-18 (fix41b)."""
    names, worth = told
    found: list[CopiedWire] = []
    # per customer, the payments not yet taken: looked through per sale row of that customer
    # only (a firm's 收款 sheet of thousands of rows beside 100,000 sale rows)
    left: dict[Hashable, list[Row]] = defaultdict(list)
    days: dict[Hashable, set[str]] = defaultdict(set)  # a running total is dated a payment's day
    for row in payments:
        if row[3] is not None:
            customer = row[0][0] if keyed else row[0]  # type: ignore[index]
            left[customer].append(row)
            days[customer].add(str(row[3]))
    paid = {who: PaymentsByOrder(rows, names) for who, rows in left.items()}  # by order named
    for (customer, figure, when), sales in sorted(
            (item for item in kept.items() if len(left.get(item[0][0], ())) > 1
             and item[0][2] is not None and (str(item[0][2]) in days[item[0][0]]
                                             or near_days(str(item[0][2])) & days[item[0][0]])),
            key=lambda item: str(item[0][2])):
        for sale in sales:
            theirs = paid[customer].up_to(names(sale), str(when))  # as _making_up reads them
            mine = _making_up(sale, theirs, (figure, when, 2), judged, names)
            if not mine and covers(worth(sale), figure):
                near = [row for row in paid[customer].naming.get(names(sale), ())
                        if value_days(when, row[3])]  # its last wire days before or after
                late = [row for row in near if str(row[3]) > str(when)]
                mine = _making_up(sale, theirs + late, (figure, max(
                    (row[3] for row in near), key=str, default=when), 2), judged, names, True)
            if mine:
                found.append(CopiedWire(customer, figure, when, sale, mine, True))
                left[customer] = [row for row in left[customer] if row[4] not in mine]
                paid[customer] = PaymentsByOrder(left[customer], names)
    return found


# A step of a stored line's received total another file raised (core.ledger.receipt_history):
# (customer, what the step adds, the earlier total's ISO date ("" for the first), its own date,
# the line's id, the file that wrote it (None: not known))
Step = tuple[Hashable, float, str, object, Hashable, "str | None"]


def raised_totals(steps: Iterable[Step], payments: Iterable[Row],
                  judged: Callable[[str | None, Hashable], bool],
                  names: Callable[[Hashable], object], whole: Container[Hashable] = ()
                  ) -> list[CopiedWire]:
    """A step of a received total that is the customer's payments of its days in another
    file: March's file said 4,000 by 03-25, May's 9,000 by 04-28, the bank's file the 5,000
    wire of 04-28. The step (5,000 on 04-28) is that wire, as :func:`_running_totals` takes a
    total for the wires that make it, on the same terms: ALL the customer's payments after
    the earlier total's date up to the step's naming the line's order (or, where none names
    it, all naming no other), the last on that date, adding up to the step within a rounding
    (one may do: the step says what came in those days); else nothing is cleared. A payment
    of the file that wrote the step was judged by its import (`judged(file, payment)`; a step
    of no known file, by any): none is taken. Payments are keyed by (customer, currency), as
    :func:`copied_wires` takes rows with `per_unit`; a `whole` line's last step to a value day."""
    left: dict[Hashable, list[Row]] = defaultdict(list)
    for row in payments:
        if row[3] is not None and row[2] is not None and row[2] > 0:
            left[row[0][0]].append(row)  # type: ignore[index]
    found = []
    steps = sorted((step for step in steps if left.get(step[0])), key=lambda step: str(step[3]))
    last = {step[4]: str(step[3]) for step in steps if step[4] in whole}
    for customer, figure, since, when, sale, file in steps:
        theirs = [row for row in left[customer] if since < str(row[3]) <= str(when)]
        own = any(judged(file, row[4]) for row in theirs)
        if own and not since:  # its own file's payments: its import judged them (not against
            continue  # a raise of another's total: April's 10,500 on MT-1's 4,500, pay41)
        mine = _making_up(sale, theirs, (figure, when, 1), None, names, own)
        late = [row for row in left[customer] if not mine and last.get(sale) == str(when)
                and str(row[3]) > str(when) and value_days(when, row[3])
                and names(row[4]) == names(sale) and not judged(file, row[4])]
        if late:
            mine = _making_up(sale, theirs + late, (figure, max(
                (row[3] for row in late), key=str), 1), None, names, True)
        if mine:
            found.append(CopiedWire(customer, figure, when, sale, mine, True))
            left[customer] = [row for row in left[customer] if row[4] not in mine]
    return found


def _making_up(sale: Hashable, theirs: list[Row], total: tuple[float, object, int],
               judged: Callable[[Hashable, Hashable], bool] | None,
               names: Callable[[Hashable], object], named: bool = False
               ) -> tuple[Hashable, ...]:
    """The ids of the payments (of `theirs`, the customer's of the days in question) making up
    the sale row's `total` (figure, date, fewest payments), less a bank's charge (covers, fix41b)
    or none: those naming its order, or all where none names it and none another (not `named`)."""
    (figure, when, least), order = total, names(sale)
    mine = [row for row in theirs if order is not None and names(row[4]) == order]
    if not mine and not named:  # none names the order: all, if none names another
        mine = theirs if all(names(row[4]) is None for row in theirs) else []
    if (len(mine) < least or not any(str(row[3]) == str(when) for row in mine)
            or not covers(figure, paid := sum(row[2] or 0.0 for row in mine))
            or paid > figure + TOLERANCE
            or (judged is not None and any(judged(sale, row[4]) for row in mine))):
        return ()
    return tuple(row[4] for row in mine)
