"""Receipts as stored, and the safety net for one wire written in several files.

The import counts a wire copied on several rows of one file once
(:func:`core.ledger.receipts.copied_wires`). A clerk who keeps one file a month can still write
the same wire on a row of April's file and a row of May's: both are stored. The same rule, run
here over every stored line, catches those; only wires whose rows came from at least two files
are undone, so a judgement the import already made is never made twice. A payment's own row
(a row typed 收款, or a 收款 sheet's) is a payment of its own: two of one sum on one day are
two payments; one repeating a sale row's received figure in another file is that figure
written twice, counted once by the import's rule (core.ledger.booked_twice.booked_twice).

A line's figures: a total received already holds the deposit written beside it (that part of it
is the deposit), even received short by a bank charge; one far below the deposit, or one that
with the deposit makes up the line's amount on a day the terms make a balance likely, is
money of its own beside it (core.ledger.beside_deposit); otherwise deposit and balance add up.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from core.analysis.wire_batches import Judged, batches, may_hold_copies, of_two_files
from core.ledger.beside_deposit import APART, SHORT, balance_likely, beside, judged_worth
from core.ledger.booked_twice import Step, booked_twice, covers, raised_totals
from core.ledger.normalise import fold
from core.ledger.noted_orders import noted_order
from core.ledger.receipt_history import read as read_history
from core.ledger.receipts import CopiedWire, Row, copied_wires

FIELDS = ("received", "deposit", "balance")
# a part of the money a line records: its kind (of FIELDS), amount, day and the file that
# wrote it (None: not known)
Filed = tuple[str, float, "date | None", "str | None"]
# A line's receipts as read: line id, customer, shipment, currency, source file, amount and
# day of each of FIELDS (None where the ledger has none), and the line's amount where it is in
# the receipts' currency (else None), and whether the line is a payment's own row
# (core.ledger.typed_rows.is_receipt_line), and its earlier received totals
# (core.ledger.receipt_history, None: none known), and a payment's note where its line names
# no order (core.ledger.noted_orders).
Written = tuple[int, int, Any, str, "str | None", "float | None", "date | None", "float | None",
                "date | None", "float | None", "date | None", "float | None", bool,
                "str | None", "str | None"]
Numbers = dict[int, dict[str, str]]  # per customer: noted_orders.numbers_of its shipments
Names = dict[int, int]  # order id -> the customer it is stored under, in a merged group only


@dataclass(slots=True)
class LineReceipts:
    """The receipt figures of one stored line, as written, before they become money."""

    line_id: int
    customer: int
    unit: Any  # dataset.ShipmentRow: the shipment the line belongs to
    currency: str  # the receipts' currency
    source: str | None  # the file the line was last written from
    figures: dict[str, tuple[float, date | None]] = field(default_factory=dict)
    worth: float | None = None  # the line's amount in the receipts' currency (None: not known)
    payment: bool = False  # a payment's own row, not a sale's (core.ledger.typed_rows)
    # the received total's earlier states, (date, total to it, the file that wrote it), oldest
    # first: another file's (core.ledger.receipt_history)
    history: tuple[tuple[date, float, str | None], ...] = ()
    note: str | None = None  # a payment's note, where its line names no order
    # the file that wrote the received total: the source, but where an older file kept out
    # became it (core.ledger.receipt_history.read)
    wrote: str | None = None

    def __post_init__(self) -> None:
        if self.wrote is None:
            self.wrote = self.source

    @classmethod
    def of(cls, written: Written) -> LineReceipts:
        """The line's figures from what the reading loop kept of it (a tuple: a million
        lines' worth of dicts would double the reading's peak memory)."""
        (line_id, customer, unit, currency, source, received, received_day, deposit,
         deposit_day, balance, balance_day, worth, payment, history, note) = written
        figures = {kind: (float(amount), day) for kind, amount, day in (
            (FIELDS[0], received, received_day), (FIELDS[1], deposit, deposit_day),
            (FIELDS[2], balance, balance_day)) if amount is not None}
        steps, wrote = read_history(history, source)
        return cls(line_id, customer, unit, currency, source, figures, worth, payment,
                   tuple((date.fromisoformat(day), total, file) for day, total, file in steps),
                   note, wrote)

    @property
    def unit_key(self) -> Hashable:
        """The shipment in the receipts' currency: what a figure is judged against."""
        return (self.unit.order.order_id, fold(self.unit.invoice_no or ""), self.currency)

    def steps(self, total: float, day: date | None) -> list[Filed]:
        """The received total as what came in on each day it was raised, with the file that
        wrote each: March's 4,000 by 03-25 and May's 9,000 by 04-28 are 4,000 on 03-25 and
        5,000 on 04-28 (read as 9,000 on 04-28, the 4,000 was paid a month late). Most
        lines: the total on its day."""
        if not self.history or day is None:
            return [("received", total, day, self.wrote)]
        found: list[Filed] = []
        before = 0.0
        for when, so_far, file in (*self.history, (day, total, self.wrote)):
            found.append(("received", round(so_far - before, 6), when, file))
            before = so_far
        return found

    def _beyond(self, deposit: float, total: float, day: date | None) -> list[Filed]:
        """What a total holding the deposit records beyond it, on each day it was raised:
        deposit 3,000, 6,000 by 03-15 and 10,000 by 04-20 are 3,000 more on 03-15 and 4,000
        on 04-20 (read as 7,000 on 04-20, March's 3,000 was not there at 03-31). The deposit
        is the first money each total holds."""
        if not self.history:  # most lines
            return [("received", total - deposit, day, self.wrote)]
        found: list[Filed] = []
        so_far = counted = 0.0
        for kind, amount, when, file in self.steps(total, day):
            so_far += amount
            beyond = max(so_far - deposit, 0.0)
            if beyond > counted:
                found.append((kind, round(beyond - counted, 6), when, file))
                counted = beyond
        return found or [("received", total - deposit, day, self.wrote)]

    def filed_parts(self) -> list[Filed]:
        """(kind, amount, day, file) of the money this line records, each counted once, in
        the order it came: the deposit, then each step of the received total. A deposit's
        file is the one that wrote the line's first total (it is in that total, or beside
        it)."""
        if "received" in self.figures:
            total, day = self.figures["received"]
            if len(self.figures) == 1:  # most lines: one receipt, nothing held apart
                return self.steps(total, day)
            deposit, deposit_day = self.figures.get("deposit", (0.0, None))
            if deposit <= 0:
                return self.steps(total, day)
            unit = self.unit
            likely = unit is not None and balance_likely(
                day, deposit_day, unit.ship_date, unit.order.pay_rung, unit.ships_later)
            reading = beside(total, deposit, self._deposit_worth(), likely)
            if reading == SHORT:  # the deposit received short: the money alone
                return self.steps(total, day)
            held: Filed = ("deposit", deposit, deposit_day or day,
                           self.history[0][2] if self.history else self.wrote)
            if reading == APART:  # money of its own, not a total that holds the deposit
                return [held, *self.steps(total, day)]
            return [held, *self._beyond(deposit, total, day)]
        return [(kind, *self.figures[kind], self.source) for kind in ("deposit", "balance")
                if kind in self.figures]

    def _deposit_worth(self) -> float | None:
        """What the deposit beside the received total is judged against: the line's amount,
        but the shipment's where the line is the only one of several holding a deposit (the
        order's: a 3,000 deposit and 3,000 received on the 6,000 line of a 10,000 order are
        the deposit so far, not the line paid), and the order's where it is the only one of
        an order billed in several shipments (5,000 deposit and 5,000 received after both
        shipments of a 10,000 order: paid; judged against the first shipment's 6,000, the
        buyer owed 5,000 and was black-listed, break33e)."""
        unit = self.unit
        if self.worth is None or unit is None \
                or self.currency != (unit.currency or unit.order.currency):
            return self.worth
        order = unit.order
        return judged_worth(self.worth, (order.amount, order.deposits)
                            if unit.currency is None else None, (unit.amount, unit.deposits))

    def parts(self) -> list[tuple[str, float, date | None]]:
        """(kind, amount, day) of the money this line records, each counted once."""
        return [(kind, amount, day) for kind, amount, day, _file in self.filed_parts()]


Factor = Callable[[str, date], float | None]


# Lines judged at once: a customer's lines are always judged together, and customers are
# independent of each other (a 1M update store's every line at once took its analysis ~440 MB
# higher: its every customer was written in two files)
BATCH = 20_000


def clear_copies(money: list[Written], factor: Factor, numbers: Numbers | None = None,
                 names: Names | None = None, judged: Judged | None = None
                 ) -> tuple[list[int], dict[int, LineReceipts]]:
    """Copies of wires written in several files cleared: only a customer whose money came
    from two files or more can have one, so only those lines are looked at, `BATCH` lines of
    whole customers at a time. The customers found, as all judged together found them (the
    notes name them in that order), and the lines of those customers by id (another line
    keeps its figures as written). `judged`: each customer's verdict from an earlier
    analysis of the same lines and what it holds for (core.analysis.kept_reading), a customer
    it holds for not judged again; updated."""
    if len({written[4] for written in money}) < 2 and not any(w[13] for w in money):
        return [], {}  # all from one file (or none), no total raised: no copy
    known: set[int] = set()  # customers found before, none of their dates passed since
    look: set[int] | None = None  # the customers to look at (None: all)
    fresh: list[int] = []  # those whose dates moved since their verdict (or without one)
    if judged is not None:
        verdicts, held = judged
        prints = {customer: held(customer) for customer in {w[1] for w in money}}
        seen = {customer: verdicts[customer][1] for customer, shown in prints.items()
                if customer in verdicts and verdicts[customer][0] == shown}
        known = {customer for customer, found in seen.items() if found}
        fresh = [customer for customer in prints if customer not in seen]
        look = {*fresh, *known}
    at = of_two_files(money, look)  # per customer of two files: its lines' places in money
    judge = {customer: places for customer, places in at.items()
             if customer not in known and may_hold_copies(money, places)}
    runs: list[list[int]] = []  # what each batch that found any found
    kept: dict[int, LineReceipts] = {}
    for places in batches(judge.values(), BATCH):
        lines = [LineReceipts.of(money[place]) for place in places]
        found = drop_copied_wires(lines, factor, numbers, names)
        if found:
            runs.append(found)
            who = set(found)
            kept.update((line.line_id, line) for line in lines if line.customer in who)
    if judged is not None:  # a customer of one file found none
        who = {customer for run in runs for customer in run}
        verdicts.update((customer, (prints[customer], customer in who)) for customer in fresh)
    if len(runs) < 2 and not known:
        return (runs[0] if runs else []), kept
    # found in several batches (or before): those customers judged again together, for order
    lines = [LineReceipts.of(money[place]) for place in sorted(
        place for customer in {*known, *(c for run in runs for c in run)}
        for place in at[customer])]
    return (drop_copied_wires(lines, factor, numbers, names),
            {line.line_id: line for line in lines})


def drop_copied_wires(lines: list[LineReceipts], factor: Factor, numbers: Numbers | None = None,
                      names: Names | None = None) -> list[int]:
    """Clear the copies of wires written in several files; the customers they were found for.
    Only customers whose money was written in two files or more can have such a copy.
    `names`: the name each order of a merged group was stored under (renamed_payments)."""
    sources: dict[int, set[str | None]] = {}
    for line in lines:
        sources.setdefault(line.customer, set()).update(
            (line.source, *(file for *_, file in line.history)))
    lines = [line for line in lines if len(sources[line.customer]) > 1]
    if not lines:
        return []
    found = renamed_payments(lines, names or {})
    keys = {line.line_id: line.unit_key for line in lines}
    worth = _worths(lines, keys, factor)
    # a payment and a sale row of one file: a pair the import judged already
    source_of: dict[Hashable, str | None] = {line.line_id: line.source for line in lines}
    by_id: dict[Hashable, LineReceipts] = {line.line_id: line for line in lines}

    def judged(sale: Hashable, paid: Hashable) -> bool:
        """Did the payment's file write the sale line's received total, or an earlier step of
        it (a payment of March's file was judged by its import against March's 4,000, which
        May's 9,000 holds)? Asked of the line, not kept as a set a line: a million lines' sets
        took the 1M update store's analysis ~300 MB higher."""
        file, line = source_of[paid], by_id[sale]
        return file in (line.source, line.wrote) or any(
            file == step for *_, step in line.history)

    named: dict[Hashable, str | None] = {  # the order number each line names, folded
        line.line_id: fold(line.unit.order.order_no or "") or noted_order(
            line.note, (numbers or {}).get(line.customer, {})) for line in lines}
    for kind in FIELDS:
        rows: list[Row] = []
        payments: list[Row] = []  # payments' own rows: never copies of each other
        for line in lines:
            figure = line.figures.get(kind)
            key = keys[line.line_id]
            if figure and line.payment:
                payments.append(((line.customer, None), 0.0, *figure, line.line_id))
                figure = None
            rows.append(((line.customer, line.currency), worth.get(key),
                         figure[0] if figure else None, figure[1] if figure else None,
                         line.line_id, key))
        if all(row[2] is None for row in rows):
            continue
        whole = {row[4] for row in rows if covers(row[1], row[2])}  # its whole worth
        rows = _unit_rows(rows)
        wires = copied_wires(rows, per_unit=factor)  # type: ignore[arg-type]
        twice = booked_twice(rows, payments, wires, factor,  # type: ignore[arg-type]
                             judged,
                             named.get, _day_raised(lines) if kind == FIELDS[0] else None,
                             lambda i: by_id[i].note, restated=False, pairs=(
                                 lambda sale, paid: by_id[sale].currency == by_id[paid].currency,
                                 judged))
        steps = _steps_paid(lines, wires + twice, payments, source_of, (named.get, whole)
                            ) if kind == FIELDS[0] else []  # a total another file raised
        for wire in wires + twice + steps:
            if wire.noted:  # a total noted as its parts, some rows apart from it (pay43)
                _parted(wire, kind, by_id)
                found.append(by_id[wire.kept].customer)
                continue
            members = [by_id[i] for i in (wire.kept, *wire.copies)]
            if len({m.source for m in members}) < 2 and wire not in steps:
                continue  # one file: the import has judged it already (not a raise)
            for copy in wire.copies:
                by_id[copy].figures.pop(kind, None)
            found.append(members[0].customer)
    return found


def _parted(wire: CopiedWire, kind: str, by_id: dict[Hashable, LineReceipts]) -> None:
    """A sale line's received total noted as its payments (定金4500+尾款10500), the rows of
    some of them apart from it (another file's, or one its import cleared as the total's
    copy whose figure an earlier file's listing kept): those rows are parts of it, the total
    keeps only the rest (as one file's import reads them: core.ledger.noted_totals). Before
    (pay43), March's 定金 4,500 of 03-10 beside April's 15,000 so noted left 4,500 on account;
    a bank's list of the 尾款 imported before the book whose own 收款 tab lists both parts
    left 10,500 (fx43b)."""
    sale = by_id[wire.kept]
    amount, day = sale.figures[kind]
    sale.figures[kind] = (amount - sum(by_id[part].figures[kind][0] for part in wire.parts), day)


def renamed_payments(lines: list[LineReceipts], names: Names) -> list[int]:
    """A payment without an order number a file re-sends under another name of a merged group
    (May's ledger re-sending April's 6,000 of 04-20 with Nairobi Deco renamed Nairobi Deco
    Ltd) is the one payment: the import keys such a payment by its customer's name, day and
    sum (core.ledger.keys.paid_order_key) and counts one sum of one day from two files once
    under one name (core.ledger.payments_seen), but stored both under the two names, which the
    clerk's merge made one buyer; both counted, the buyer showed the re-sent payments as credit.
    Each is paired with one of another name, of the same day, sum and currency, from another
    file; the first stored is kept. Two names not merged are two buyers (no `names`), and two
    names' payments in one file are two payments. The customers found."""
    if not names:  # no merged group: most databases
        return []
    same: dict[Hashable, list[LineReceipts]] = {}
    for line in lines:
        order = line.unit.order
        if line.payment and order.order_id in names and not order.order_no \
                and list(line.figures) == [FIELDS[0]] and line.figures[FIELDS[0]][1]:
            same.setdefault((line.customer, line.currency, *line.figures[FIELDS[0]]),
                            []).append(line)
    found: list[int] = []
    for group in same.values():
        kept: list[LineReceipts] = []
        paired: set[tuple[int, int]] = set()  # (a kept line, a name it has its copy under)
        for line in sorted(group, key=lambda one: one.line_id):
            name = names[line.unit.order.order_id]
            twin = next((k for k in kept if names[k.unit.order.order_id] != name
                         and k.source != line.source and (k.line_id, name) not in paired), None)
            if twin is None:
                kept.append(line)
                continue
            paired.add((twin.line_id, name))
            line.figures.pop(FIELDS[0])
            found.append(line.customer)
    return found


def _day_raised(lines: list[LineReceipts]) -> dict[Hashable, float]:
    """Per sale line whose received total another file raised, what its total's day added
    (its last step): the money that line records on that day, which a lump-sum slip of the
    day covers (core.ledger.booked_twice._lump_sums)."""
    found: dict[Hashable, float] = {}
    for line in lines:
        if line.history and not line.payment and list(line.figures) == [FIELDS[0]]:
            _kind, amount, _day, _file = line.steps(*line.figures[FIELDS[0]])[-1]
            found[line.line_id] = amount
    return found


def _steps_paid(lines: list[LineReceipts], wires: list[CopiedWire], payments: list[Row],
                source_of: dict[Hashable, str | None],
                told: tuple[Callable[[Hashable], object], set[Hashable]]) -> list[CopiedWire]:
    """The steps of the sale lines' received totals that are payments of another file
    (core.ledger.booked_twice.raised_totals), a deposit held in the total a step of its own
    before them: deposit 3,000 of 02-10, 6,000 by 03-15 and 10,000 by 04-20 are the slips of
    3,000 on 02-10, 3,000 on 03-15 and 4,000 on 04-20 (as total steps, 6,000 and 4,000, the
    slip of 03-15 alone matched neither and was counted beside the line: 3,000 twice). A line
    whose total a payment or the payments up to its date made already is left: its steps are
    those same wires."""
    made = {wire.kept for wire in wires}
    taken = {copy for wire in wires for copy in wire.copies}
    steps: list[Step] = []
    for line in lines:
        figure = line.figures.get(FIELDS[0])
        if (not line.history or line.payment or not figure or line.line_id in made
                or line.line_id in taken):
            continue
        since = ""
        for _kind, amount, when, file in line.filed_parts():
            steps.append((line.customer, amount, since, when, line.line_id, file))
            since = str(when)
    return raised_totals(steps, [row for row in payments if row[4] not in taken],
                         lambda file, paid: file is None or file == source_of[paid], *told)


def _worths(lines: list[LineReceipts], keys: dict[int, Hashable], factor: Factor
            ) -> dict[Hashable, float | None]:
    """What each shipment is worth in its receipts' currency (None where no rate says): an
    invoice shipped in parts (the account's units of one invoice and ship date) is worth all
    its parts, as the import judges it."""
    worth: dict[Hashable, float | None] = {}
    counted: set[int] = set()  # the units already in their key's worth
    for line in lines:
        key = keys[line.line_id]
        unit = line.unit
        if id(unit) in counted:
            continue
        counted.add(id(unit))
        amount: float | None = unit.amount
        billed = unit.currency or unit.order.currency  # the unit's amount is in it
        if line.currency != billed:
            there, here = factor(billed, unit.order.order_date), factor(
                line.currency, unit.order.order_date)
            amount = None if not there or not here else unit.amount * there / here
        so_far = worth.get(key, 0.0)
        worth[key] = None if so_far is None or amount is None else so_far + amount
    return worth


def _unit_rows(rows: list[Row]) -> list[Row]:
    """copied_wires adds up the amounts of a shipment's rows: give each shipment's worth once,
    on its first row, and nothing on the others."""
    seen: set[Hashable] = set()
    found: list[Row] = []
    for row in rows:
        unit = row[5] if len(row) > 5 else None
        amount = row[1]
        if unit in seen:
            amount = 0.0 if amount is not None else None
        seen.add(unit)
        found.append((row[0], amount, row[2], row[3], row[4], unit))
    return found
