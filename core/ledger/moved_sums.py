"""The sums a row's note moves in from other orders (PO-R2的款3000转入本单), order by order.

core.ledger.revived_lines finds the clause moving money in and the order numbers before its
word; this module reads what each of them gave and writes it in one text the analysis asks
of a row (core.analysis.fetch) and reads back (core.analysis.refunds.moves):

- one order, a figure anywhere before the word, or none (all the row's money): as before;
- several orders, each with its figure after its number (PO-R2的款3000、PO-R3的款2000转入本单:
  3,000 and 2,000) or one figure for each (PO-R2和PO-R3的款各5000): each order's own;
- several orders and one figure after them (PO-R2、PO-R3的款共8000), or none (PO-R2、PO-R3的
  款转入本单): that figure, or the row's money, taken from the orders' money together; orders
  after the last figure (PO-R2的款3000、PO-R3的款转入本单) take what the figures leave of it.
  Read as no move at all (a note naming two orders was passed over), PO-R2 and PO-R3 read
  paid where Rio owes 10,000, 60 days (rv60b s313 e1–e1c).

A figure in another currency than the row's (PO-R2的款RMB21600转入本单, 人民币21600元) keeps
its currency, converted at the rates table's rate of the day as the analysis converts any
money: read as 21,600 in dollars, all PO-R2's 10,000 was taken back, 10,000 owed where 3,000
is (s313 e2, e2b).
"""

from __future__ import annotations

import re

from core.ledger.amounts import named_currency, parse_amount
from core.ledger.normalise import fold
from core.ledger.noted_figures import FIGURE
from core.ledger.noted_orders import loose_number

# orders, the figure (None: the row's money) and its currency (None: the row's money's)
Moved = tuple[tuple[str, ...], float | None, str | None]

_SUM = re.compile(FIGURE)  # the sum moved, written before the word (PO-R2的款3000转入本单)
_EACH = re.compile(r"各|each")  # PO-R2和PO-R3的款各5000: that much of each
_NAME_RUN = re.compile(r"[^\d\s,、，]{1,8}$")  # the words just before a figure
_GROUPS, _KEYS = "|", "+"  # the text's separators: no loose order number holds either


def moved_sums(before: str, refs: set[str], own: set[str]) -> list[Moved]:
    """What a clause moves in (module doc): `before`, its text before the word moving money;
    `refs`, the order numbers written in it; `own`, the row's own loose numbers."""
    text = fold(before)
    spots = sorted((text.find(ref), ref) for ref in refs)
    keys: list[str] = []
    parts: list[tuple[str, str]] = []  # (loose number, the text after it up to the next)
    for at, (start, ref) in enumerate(spots):
        key = loose_number(ref)
        if key in own or key in keys:
            continue
        keys.append(key)
        end = spots[at + 1][0] if at + 1 < len(spots) else len(text)
        parts.append((key, text[start + len(ref):end]))
    if len(keys) == 1:
        rest = text
        for ref in refs:
            rest = rest.replace(ref, " ")
        return [((keys[0],), *_figure(rest))]
    found: list[Moved] = []
    group: list[str] = []  # the numbers since the last figure, which it closes
    for key, part in parts:
        group.append(key)
        figure, currency = _figure(part)
        if figure is not None:
            if _EACH.search(part):
                found.extend(((k,), figure, currency) for k in group)
            else:
                found.append((tuple(group), figure, currency))
            group = []
    return found + [(tuple(group), None, None)] * bool(group)


def _figure(text: str) -> tuple[float | None, str | None]:
    """The first sum in `text` and the currency written with it (RMB21600, 21600元) or just
    before it (人民币21600), None where it names none."""
    found = _SUM.search(text)
    if found is None:
        return None, None
    amount, currency = parse_amount(found[0])
    after = (parse_amount(found[0] + text[found.end():found.end() + n])[1] for n in (2, 1))
    currency = currency or next((code for code in after if code), None)
    run = _NAME_RUN.search(text[:found.start()])
    words = run[0] if run else ""
    return amount, currency or next((code for at in range(len(words)) if (
        code := named_currency(words[at:]))), None)


def said_text(moved: list[Moved]) -> str:
    """The moves in one text (a SQL function's answer): 'po-r2', 'po-r2 3000.0', 'po-r2
    21600.0 CNY', 'po-r2 3000.0|po-r3 2000.0', 'po-r2+po-r3'."""
    texts = []
    for keys, figure, currency in moved:
        words = [_KEYS.join(keys)] + ([repr(figure)] if figure is not None else [])
        texts.append(" ".join(words + ([currency] if currency else [])))
    return _GROUPS.join(texts)


def moved_parts(said: str) -> list[Moved]:
    """The moves a :func:`said_text` holds."""
    found: list[Moved] = []
    for group in said.split(_GROUPS):
        keys, *rest = group.split(" ")
        found.append((tuple(keys.split(_KEYS)), float(rest[0]) if rest else None,
                      rest[1] if len(rest) > 1 else None))
    return found
