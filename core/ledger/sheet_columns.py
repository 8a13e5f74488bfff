"""A ledger sheet's mapped columns, parsed, and each row's record built from them.

Every mapped column is cut out of the rows once and parsed by its distinct values (cells); a
row's record is then a handful of look-ups: the currency from the cell, else the amount's text,
else the header, else the firm's (a units row's after its 币种); received from the outstanding
figure; due dates from the terms; credit notes (退货 too) negative; carried rows by words, dates."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import compress, repeat
from operator import is_, itemgetter
from typing import Any

from core.ledger import cancelled_notes, cancelled_shares, list_refunds, typed_rows
from core.ledger.air_papers import typed_papers
from core.ledger.amounts import decimal_mark, sign_reads_as
from core.ledger.cells import (
    by_value,
    cut,
    date_column,
    date_orders,
    days_of,
    first_of,
    money_column,
    number_column,
    number_texts,
    plain,
    settled_by_sheet,
    text_column,
)
from core.ledger.deposit_paid import columns_paid
from core.ledger.ditto import fill_dittos
from core.ledger.layout import SheetLayout
from core.ledger.name_keys import names_keyed
from core.ledger.normalise import (
    cell_text,
    doc_status,
    fold,
    fold_many,
    is_credit_note,
    name_text,
    parse_currency,
    parse_flag,
)
from core.ledger.number_only import hold_numbers
from core.ledger.paid_in import paid_in, unread_paid_in
from core.ledger.paper_dates import settle, ships_known
from core.ledger.prepaid_rows import prepaid_rows
from core.ledger.received_only import by_receipt, dated_by_receipt, elsewhere, named, received_only
from core.ledger.record import Record, ship_said
from core.ledger.refund_columns import listed_kinds, listed_worth, sent_back
from core.ledger.said_money import figures_in_words
from core.ledger.sheet_fields import (
    CARRY_WORDS,
    CUSTOMER_FIELDS,
    DATE_FIELDS,
    ID_FIELDS,
    MONEY_FIELDS,
    NUMBER_FIELDS,
    RECEIPT_FIELDS,
    UNREAD_FIELDS,
    covers_of,
    credit_rows,
    status_of,
    terms_of,
    trial_of,
    unread,
)
from core.ledger.shipped_rows import carried_rows
from core.ledger.tab_month import carried_before
from core.ledger.told_due import told_due
from core.ledger.typed_rows import RETURNED, as_receipts, is_receipt, money_back, positive_credits
from core.ledger.units_currency import by_row, judged, weigh


class SheetColumns:
    """The parsed columns of one sheet's data rows (row j of every list is data row j)."""
    apart: list[Sequence[Any]]  # deposits, their days, balances, theirs (deposit_paid)

    def __init__(self, layout: SheetLayout, data: list[list[Any]], base_currency: str,
                 date_order: str) -> None:
        self.layout = layout
        self.sheet, self.month = layout.sheet.name, layout.month
        mapping = layout.mapping
        self.none: list[Any] = [None] * len(data)
        self._raw = typed_papers(layout, data, cut(data, set(mapping.values()) | set(range(8))))
        self._distinct = fill_dittos(self._raw, data)  # "同上" is the cell above
        self.fallback_currency = layout.currency_hint or base_currency
        self.ship_date_known = int(ships_known(layout))
        raw, each = self.raw_of, self.distinct_of  # each column's distinct values parsed once
        orders, self.date_order, years = date_orders(
            {name: each(name) for name in DATE_FIELDS}, date_order)
        self.date_orders, self.years = orders, years  # a row's problem is said with them
        self._dates = dates = {name: date_column(raw(name), orders[name], years, layout.named,
                                                 name, each(name)) for name in DATE_FIELDS}
        self.products = text_column(raw("product"), distinct=each("product"))
        self.notes = text_column(raw("notes"), distinct=each("notes"))
        self.order_dates, self.ship_dates, self.paper_typos = settle(layout, dates, self.notes)
        self.due_dates = dates["due_date"]
        self.received_dates = dates["order_date" if layout.dated_by_list
                                    else "received_date"]  # a refund or return list's day
        self.deposit_dates, self.balance_dates = dates["deposit_date"], dates["balance_date"]
        self.days = days_of(self.order_dates) | days_of(self.ship_dates)
        # a placeholder ("-", "/", "无") names no customer: the row is one without its customer
        customers = text_column(raw("customer"), ids=True, distinct=each("customer"))
        # each distinct name folded once: for its key, the placeholder test, a repeated header
        self.folded, keys = names_keyed(customers)  # the file's repeats once (name_keys)
        self.customer_keys = list(map(keys.get, customers))  # type: ignore[arg-type]
        self.customers = [text if key is not None else None for text, key in zip(
            customers, self.customer_keys, strict=True)]
        self.currencies = by_value(raw("currency"), parse_currency, None, each("currency"))
        # a receipt's own currency column (收款币种): USD wired for a EUR invoice
        self.received_currencies = by_value(raw("received_currency"), parse_currency, None,
                                            each("received_currency"))
        self.order_nos, self.invoice_nos, self.refs = (number_texts(raw(n), each(n))
                                                       for n in ID_FIELDS)
        self.countries = by_value(raw("country"), name_text, None, each("country"))  # "-": none
        self.salespeople = by_value(raw("salesperson"), name_text, None, each("salesperson"))
        kinds = each("doc_type")
        self.doc_credit = by_value(raw("doc_type"), lambda v: is_credit_note(
            cell_text(v), claims=True), None, kinds)
        self.doc_void = by_value(raw("doc_type"), lambda v: doc_status(cell_text(v)), None, kinds)
        self.doc_receipt = ([True] * len(data) if layout.receipts
                            else by_value(raw("doc_type"), is_receipt, None, kinds))
        self.payment_rows: list[int] = []  # rows read as money received (set by records)
        self.undated_refunds: list[int] = []  # refunds dated by their row (typed_rows)
        self.elsewhere: dict[int, str | None] = {}  # money received as another tab or the store
        self.goods_back: dict[int, bool] = {}  # lists its order; its goods back (money_back)
        self.order_dates_unread: list[int] = []  # dated by receipt, their order date unread
        # each figure column's distinct values, once: they settle the decimal mark, then parsed
        distinct = {name: each(name) for name in NUMBER_FIELDS}
        marks = settled_by_sheet(distinct, decimal_mark, "")[0]
        self.money = {name: money_column(raw(name), marks[name], distinct[name])
                      for name in MONEY_FIELDS}
        self.header_currency = {name: layout.column_currency.get(name) for name in MONEY_FIELDS}
        self.quantities = number_column(raw("quantity"), marks["quantity"], distinct["quantity"])
        self.prices, self.price_currencies = money_column(raw("unit_price"), marks["unit_price"],
                                                          distinct["unit_price"])
        self.insured, self.insurers, self.insured_pcts = covers_of(
            raw("insured"), raw("insurer"), raw("insured_pct"))
        self.trial_flags = by_value(raw("trial"), parse_flag, None, each("trial"))
        self.incoterms = text_column(raw("incoterm"), distinct=each("incoterm"))
        self.terms = by_value(raw("payment_terms"), terms_of, None, each("payment_terms"))
        self.statuses = cancelled_notes.with_noted(by_value(
            raw("status"), status_of, None, each("status")), self.notes, self.products)
        if "amount" in mapping:
            self.amounts, self.amount_currencies = money_column(raw("amount"), marks["amount"],
                                                                distinct["amount"])
        else:
            self.amounts, self.amount_currencies = self._derived_amounts()
        figures_in_words(self, distinct, marks["received_amount"])
        self.amounts, self.statuses = cancelled_shares.shared(self)
        self._received_only()
        hold_numbers(self)  # 2025-701 / 7,000, its buyer blank: the number's (fix64d)
        self._dated_by_receipt()
        # each row's currency as its cells write it, which a "$" or "¥" beside it may mean
        self.own_currencies = [c or a or self.fallback_currency for c, a in zip(
            self.currencies, self.amount_currencies, strict=True)]

    def _received_only(self) -> None:
        """A payment row, its sum only in the received column (received_only): 0, a payment."""
        received = columns_paid(self, raw := self.raw_of("amount"))  # 定金 / 尾款 (dep47)
        self.prepaid = prepaid_rows(self, received)  # typed 收款 if said so, nothing sold on it
        if "amount" not in self.layout.mapping or None not in self.amounts:
            return
        statuses, typed, kinds = self.raw_of("status"), self.doc_receipt, self.raw_of("doc_type")
        keys, numbers, dates = self.customer_keys, self.order_nos, self.received_dates
        candidates = [j for j in compress(range(len(self.amounts)), map(
            is_, self.amounts, repeat(None))) if received[j] is not None]
        sold = [(named(keys[j], numbers[j]), self.statuses[j][1]) for j, a in enumerate(
            self.amounts) if a is not None] if candidates else []  # (order, cancelled?)
        orders = {o for o, _ in sold}  # gone: every sale row cancelled, not one line (fx43h)
        gone = orders - {o for o, s in sold if s != "cancelled"}
        over = typed_rows.overpaid(zip(map(named, keys, numbers), self.amounts, received,
                                       strict=True)) if candidates else set()
        for j in candidates:
            order = named(keys[j], numbers[j])
            back = money_back(received[j], self.notes[j], kinds[j], statuses[j], order in gone,
                              order in over)
            row = (raw[j], received[j], typed[j], statuses[j], kinds[j], dates[j] is not None,
                   order, orders, back)
            if received_only(*row) or elsewhere(*row):
                if not received_only(*row):
                    self.elsewhere[j] = self.order_dates[j]
                self.amounts[j], typed[j] = 0.0, True
                self.goods_back[j] = back == RETURNED  # -3,000 beside 状态 退货 (ref43)

    def by_receipt(self, j: int) -> bool:
        """Is row `j` a payment row dated by its date received (received_only.dated_by_receipt)?"""
        return dated_by_receipt(self.raw_of("order_date")[j],
                                self.doc_receipt[j] and not self.doc_credit[j])

    def _dated_by_receipt(self) -> None:
        """A payment row, typed or worth 0 (fix41b), with its order date blank or unreadable
        takes its date received as its date (received_only.by_receipt); unread cells named."""
        received, dates = self.received_dates, self.order_dates
        if "received_date" not in self.layout.mapping or None not in dates:
            return
        paid, credit, got = self.doc_receipt, self.doc_credit, self.money["received_amount"][0]
        filled = [j for j, day in enumerate(dates) if day is None and by_receipt(
            None, received[j], paid[j] and not credit[j], self.amounts[j], got[j])]
        raw = self.raw_of("order_date")
        self.order_dates_unread = [j for j in filled if unread(raw[j])]
        for j in filled:
            dates[j] = received[j]
        self.days.update(days_of([received[j] for j in filled]))

    def raw_of(self, name: str) -> Sequence[Any]:
        index = self.layout.mapping.get(name)
        return self.none if index is None else self._raw[index]

    def distinct_of(self, name: str) -> set[Any]:
        """raw_of(name)'s distinct values (set once the dittos are filled: no cell changes)."""
        index = self.layout.mapping.get(name)
        return set(self.none[:1]) if index is None else self._distinct[index]

    def first_cells(self, count: int) -> list[Sequence[Any]]:
        return [self._raw[i] for i in range(count)]

    def first_sets(self, count: int) -> list[set[Any]]:
        return [self._distinct[i] for i in range(count)]  # first_cells' distinct values

    def header_like(self, column: int, folded_header: str) -> set[str]:
        """A column's texts reading as its header (repeated under the data), names folded."""
        known = self.folded
        return {v for v in self._distinct[column] if type(v) is str
                and (known[v] if v in known else fold(v)) == folded_header}

    def customer_cell(self, j: int) -> object:
        return self._raw[self.layout.mapping["customer"]][j]

    def raw_amount(self, j: int) -> object:
        """The cell a missing or unreadable amount is reported by."""
        name = "amount" if "amount" in self.layout.mapping else "quantity"
        if name == "quantity" and self.amounts[j] is not None:
            return None
        return plain(self.raw_of(name)[j])

    def raw_order_date(self, j: int) -> object:
        """The cell a missing or unreadable date is reported by (a payment's date received)."""
        name = "received_date" if self.by_receipt(j) else "order_date"
        return plain(self.raw_of(name)[j])

    def _derived_amounts(self) -> tuple[list[float | None], list[str | None]]:
        """No amount column: quantity × unit price, in the price's currency."""
        amounts: list[float | None] = []
        for quantity, price in zip(self.quantities, self.prices, strict=True):
            amounts.append(None if quantity is None or price is None
                           else round(quantity * price, 6))
        named = [c if a is not None else None
                 for a, c in zip(amounts, self.price_currencies, strict=True)]
        return amounts, named

    def unread_cells(self, chosen: Sequence[bool], first: int
                     ) -> dict[str, list[tuple[int, object]]]:
        """Per optional column, the taken rows' cells that hold something yet read as nothing
        (row number, cell); the currency column's (its rows then in their amount's, order's or
        sheet's: silent, 70,000 RMB was USD) and 收款币种's too; as "amount_currency", amounts
        naming another currency than their cell, which wins. A column whose only empty values
        are its empty cells is passed over by two counts (a clean ledger: no walk)."""
        found = {"received_currency": unread_paid_in(  # 收款币种 USDD, said (acc49)
            self.raw_of("received_currency"), self.received_currencies, chosen, first)}
        for name in UNREAD_FIELDS:
            index = self.layout.mapping.get(name)
            if index is None:
                continue
            raw = self._raw[index]
            read = self._dates[name] if name in self._dates else self.money[name][0]
            if read.count(None) == raw.count(None) + raw.count(""):
                continue
            cells = [(first + j, plain(v)) for j, (v, r, c) in enumerate(zip(
                raw, read, chosen, strict=True)) if r is None and c and unread(v)]
            if cells:
                found[name] = cells
        found["receipt_currency"] = self._receipts_apart(chosen, first)
        raw = self.raw_of("order_date")
        found["order_date"] = [(first + j, plain(raw[j])) for j in self.order_dates_unread
                               if chosen[j]]
        index = self.layout.mapping.get("currency")
        if index is None:
            return found
        codes, rows = self.currencies, range(len(chosen))
        if None in codes:  # a cell naming no currency (only those rows are looked at)
            given = self._raw[index]
            found["currency"] = [(first + j, plain(given[j])) for j in compress(
                rows, map(is_, codes, repeat(None))) if chosen[j] and unread(given[j])]
        named = self.amount_currencies
        if "amount" in self.layout.mapping and any(named):
            amounts = self.raw_of("amount")
            found["amount_currency"] = [  # "€21,500.00" where the currency column says USD
                (first + j, f"{cell_text(plain(amounts[j]))} ≠ {codes[j]}")
                for j in compress(rows, named) if chosen[j] and codes[j]
                and sign_reads_as(amounts[j], named[j], codes[j]) != codes[j]]
        return found

    # --- the records -------------------------------------------------------------------------
    def records(self, numbers: Sequence[int], chosen: list[bool]) -> list[Record]:
        """The chosen rows as records (their customer, order date and amount are there),
        built column by column and zipped: every field of FIELDS in its place."""
        money = self.money
        cost, gross_profit, tax_rebate = (money[n][0] for n in (
            "cost", "gross_profit", "tax_rebate"))
        paid = [p and not d for p, d in zip(self.doc_receipt, self.doc_credit, strict=True)
                ] if any(self.doc_credit) else list(self.doc_receipt)  # no credit: p and True
        marks = first_of(*map(self._marks, RECEIPT_FIELDS))  # a receipt's own currency
        back = list_refunds.refunds(self.layout, self.amounts, got := money[
            "received_amount"][0], self.notes)  # a -500 noted 退款 (rf48)
        said, written = paid_in(self._currencies_said(chosen), (  # a payment's: its money's
            paid, got, self.amounts, numbers), marks, self.received_currencies, self.layout, back)
        currencies, statuses = [code or self.fallback_currency for code in said], self.statuses
        weigh(self.layout, numbers, got)  # the figures a units row of RMB leaves to be weighed
        credit_typed = [c and not p for c, p in zip(credit_rows(
            self.raw_of("doc_type"), self.doc_credit, statuses, chosen, self.amounts,
            self.ship_dates, self.customer_keys, self.order_nos, self.order_dates), paid,
            strict=True)]
        due, derived = told_due(self.due_dates, self.terms, self.ship_dates,
                                self.order_dates, self.days)
        records = list(compress(zip(
            repeat(self.sheet), numbers, self.customers, self.customer_keys, self.order_dates,
            self.amounts, currencies, self.order_nos, self.invoice_nos, self.products,
            self.quantities, self.prices, cost, gross_profit, tax_rebate, self.ship_dates, due,
            derived, *self._received(currencies, paid), *self.apart, self._carried(chosen),
            self.notes, [v or s[1] for s, v in zip(statuses, self.doc_void, strict=True)]
            if any(self.doc_void) else list(map(itemgetter(1), statuses)),
            [int(t or (a is not None and a < 0)) for t, a in zip(
                credit_typed, self.amounts, strict=True)],
            first_of(self._marks("cost"), self._marks("gross_profit")), marks,
            ship_said(self.raw_of("ship_date"), self.ship_dates, self.ship_date_known,
                      list(map(itemgetter(5), statuses))),
            self.incoterms, map(itemgetter(0), self.terms), self.salespeople, self.countries,
            self._trials(),
            money["credit_limit"][0], self.insured, self.refs, repeat(0),
            self._marks("credit_limit"), self.insurers, self.insured_pcts,
            self._marks("tax_rebate"), written, map(itemgetter(0), statuses), strict=False),
            chosen))
        records = positive_credits(records, list(compress(credit_typed, chosen)))
        kinds = list(self.raw_of("doc_type")) if not self.goods_back and not any(map(
            itemgetter(6), statuses)) else [
            RETURNED if self.goods_back.get(j) else s[0] if s[6] and not p else kind for j, (
                kind, s, p) in enumerate(zip(self.raw_of("doc_type"), statuses, paid,
                                             strict=True))]
        kinds = list_refunds.kinds_of(listed_kinds(kinds, self.layout, self.raw_of), back)
        self.payment_rows = as_receipts(records, list(compress(paid, chosen)),
                                        list(compress(kinds, chosen)), self.undated_refunds)
        listed_worth(records, numbers, self.amounts, self.layout.returns)
        return records

    def _receipts_apart(self, chosen: Sequence[bool], first: int) -> list[tuple[int, object]]:
        """Rows whose received, deposit and balance figures name different currencies (a
        "$3,240" deposit beside 7,000 received on a EUR row): a row keeps one currency for
        them, the first one marked, so the others are read in it. (row, currencies → used)"""
        marks = [self._marks(name) for name in RECEIPT_FIELDS]
        if all(m is self.none for m in marks):
            return []
        figures = [self.money[name][0] for name in RECEIPT_FIELDS]
        found: list[tuple[int, object]] = []
        rows = self._row_currencies(chosen)
        for j, (row, taken) in enumerate(zip(rows, chosen, strict=True)):
            named = [m[j] for m in marks]
            if not taken or not any(named):
                continue
            codes = {m[j] or row for m, f in zip(marks, figures, strict=True) if f[j] is not None}
            if len(codes) > 1:
                used = next(code for code in named if code)
                found.append((first + j, f"{'/'.join(sorted(codes))} → {used}"))
        return found

    def _row_currencies(self, chosen: Sequence[bool]) -> list[str]:
        """Each row's currency: its cell's, else its amount's sign, else the one another row of
        its order writes (a clerk writes it on an order's first row only), else the sheet's."""
        fallback = self.fallback_currency
        return [code or fallback for code in self._currencies_said(chosen)]

    def _currencies_said(self, chosen: Sequence[bool]) -> list[str | None]:
        """Each row's currency as its cells or its order's other rows write it, else None
        (record.CURRENCY_WRITTEN 0, unless the amount's header names it)."""
        written = [c or a for c, a in zip(self.currencies, self.amount_currencies, strict=True)]
        if None not in written or not any(written):
            return written
        distinct = list(filter(None, set(numbers := self.order_nos)))  # folded in one call
        keys: dict[str | None, str] = dict(zip(distinct, fold_many(distinct), strict=True))
        # each order's first taken row with a currency (pairs put in reversed: the first kept)
        given = list(map(all, zip(written, numbers, chosen, strict=True)))
        of_order = dict(zip(map(keys.__getitem__, compress(reversed(numbers), reversed(given))),
                            compress(reversed(written), reversed(given)), strict=True))
        return [code or (number and of_order.get(keys[number])) or None
                for code, number in zip(written, numbers, strict=True)]

    def _marks(self, name: str) -> Sequence[str | None]:
        """The currency each money cell's text or its header names, where it has a figure."""
        values, named = self.money[name]
        header = None if judged(self.layout, name) else self.header_currency[name]
        column = by_row(self, name, name in RECEIPT_FIELDS)  # a units row's gives way to 币种
        if header is None and not any(named) and not any(column):
            return self.none
        if name in CUSTOMER_FIELDS and any(named):  # "¥28,000" received on a JPY row: yen
            named = list(map(sign_reads_as, self.raw_of(name), named, self.own_currencies))
        return [(n or c or header) if v is not None else None
                for v, n, c in zip(values, named, column, strict=True)]

    def _received(self, currencies: list[str], paid: list[bool]
                  ) -> tuple[Sequence[float | None], Sequence[str | None]]:
        """What was received, and when: a sale's amount less its outstanding figure in its currency
        (not a payment's, `paid`: its 余额 is what is left); less a refund or return written."""
        received: Sequence[float | None] = self.money["received_amount"][0]
        outstanding = self.money["outstanding"][0]
        if outstanding.count(None) < len(outstanding):
            received = [round(a - o, 6) if r is None and o is not None and a is not None and not p
                        and (n or c) == c else r for r, o, a, n, c, p in zip(received, outstanding,
                            self.amounts, self._marks("outstanding"), currencies, paid,
                            strict=True)]
        received, dates, self.refunded, self.returned = sent_back(
            received, self.received_dates, self.money, self._dates, self.order_dates, self.amounts)
        return received, dates

    def _trials(self) -> Iterable[int | None]:
        """Each row's trial flag (trial_of); a sheet whose cells say none: None, not asked."""
        named = list(map(itemgetter(3), self.statuses))
        return repeat(None) if not any(named) and self.trial_flags.count(None) == len(
            named) else map(trial_of, self.trial_flags, named)

    def _carried(self, chosen: Sequence[bool]) -> list[int]:
        """Carried forward: its status or notes say so, or it is dated before its tab's month
        (core.ledger.tab_month: a tab without a year takes it from the chosen rows), unless
        it is that month's shipment of an earlier order (core.ledger.shipped_rows)."""
        days = self.days
        start = carried_before(self.month, ((days[d], n) for d, n in Counter(
            compress(self.order_dates, chosen)).items() if d is not None))
        words = list(map(itemgetter(4), self.statuses)) if not any(self.notes) else [
            status[4] if notes is None else bool(CARRY_WORDS.search(" ".join(
                fold(t) for t in (status[0], notes) if t))) for status, notes in zip(
                    self.statuses, self.notes, strict=True)]
        return carried_rows(words, self.order_dates, start, list(zip(
            self.ship_dates, self.products, self.quantities, self.prices, self.amounts,
            strict=True)))
