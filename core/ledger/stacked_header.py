"""A header written on two or three rows, read as one (rv53a f2).

李娜's ledger: a title row, then the order fields' names merged down two rows (订单号, 客户名称,
下单日期 … over rows 2–3) and 收款情况 merged across two columns over 已收金额 / 收款日期 in row 3.
Read a row at a time, row 2 was the header (row 3 alone names two columns): 已收金额 and 收款日期
were read as nothing and row 3, its merged cells filled, skipped as an order without a date;
every receipt in her file was lost and Gamma Cuisine SAS, paid in full, shown 12,000 open and
100 days late, black-listed.

A row is the sub-header of the row above when its cells are all text and each sits under a
group cell (merged across over it, or, unmerged, a name followed by blanks over further
sub-headers) or under a blank; and the rows are one header by their shape: a cell merged down
from the row above into it, a group merged across, or (unmerged) a field named above with
nothing under it. A third row may continue the same way. A name over more than half the
header's columns is a title (and the date beside it), not a group: no row is joined to it.
Each column is then named by its lowest name; a sub-name that means another thing
under its group (金额 under 收款信息: the money received, 日期: the day received) is named
as its group says (收款金额, 收款日期), where the two names are the same kind of field (a
figure stays a figure, a date a date); and so is one the header would leave unread that its
group's name makes a field read (日期 under 发票 beside 下单日期: 发票日期, rv53d n1: left unread,
Alpha was 114 days late by its order date where 129 by its invoice date).

Every stack is yielded (a row alone, with one sub-header row, with two), each scored by the
caller; a row holding an order number, a date or a figure, or a value its column holds again
below, is never joined (rv53d r6: a CSV's first order, unpaid on "T/T 30% deposit, 70%
against B/L copy" terms read as a deposit header, was joined as a third header row and the
file refused, 20,000 of orders lost).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from core.ledger.fields import FIELD_BY_NAME
from core.ledger.normalise import cell_text
from core.ledger.readers.sheets import Cell, Merged
from core.ledger.stacked_words import HEADER_WORD, completed, shares_named, units_named

Mapper = Callable[[list[str | None]], dict[str, int]]
MAX_ROWS = 3  # a header of at most three rows
# a group's words that say only "about": 收款情况 / 收款信息 → 收款, "Payment details" → Payment
_FILLER = re.compile(r"\s*(?:情况|信息|明细|记录|资料|详情|部分|栏目?|info(?:rmation)?|details?)"
                     r"\s*[:：]?\s*$", re.IGNORECASE)
_LATIN_END = re.compile(r"[A-Za-z0-9)]$")
# a value no header holds: a figure (10000, 1,250.50, 30%), a date (2025-01-05, 2025/1/5,
# 2025年1月5日), an order or invoice number (2025-001, PO-25031, INV25-0212: three digits)
_DATA = re.compile(r"[-+(]?[$¥€£]?\s*\d[\d,，.\s]*%?\)?"
                   r"|\d{2,4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,4}\s*日?)?(?:[ T][\d:.]+)?"
                   r"|[A-Za-z#]{0,6}[-_/ ]?(?=(?:\D*\d){3})\d[\w\-/.]*")


class _Merges:
    """Where the sheet's merged ranges put each cell: under a merge from above, or across."""

    def __init__(self, merged: Sequence[Merged], height: int) -> None:
        self.down: set[tuple[int, int]] = set()  # covered by a cell of a row above
        self.into: set[int] = set()  # rows some cell above is merged down into
        self.across: dict[tuple[int, int], int] = {}  # (row, column) → its group's column
        for r1, c1, r2, c2 in merged:  # only the rows looked at: a customer merged down its
            if r1 >= height:  # thousand orders below is no header's
                continue
            for r in range(r1 + 1, min(r2, height - 1) + 1):
                self.into.add(r)
                self.down.update((r, c) for c in range(c1, c2 + 1))
            if r2 == r1 and c2 > c1:
                self.across.update(((r1, c), c1) for c in range(c1, c2 + 1))


class Stack(NamedTuple):
    """A header read from rows `first` to `last`: its columns' names, and each row's own."""
    first: int
    last: int
    names: list[str | None]
    rows: list[list[str | None]]


def header_rows(rows: Sequence[Sequence[Cell]], merged: Sequence[Merged],
                mapper: Mapper) -> Iterator[Stack]:
    """Each header the rows may hold: every row by itself, and with each of the sub-header
    rows under it (one, then two), each scored by the caller (rv53d r6: the longest stack
    alone, a first order row joined to it, left the right one untried)."""
    texts = [[cell_text(v) for v in row] for row in rows]
    merges = _Merges(merged, len(rows)) if merged else None
    for index, names in enumerate(texts):
        last, stacked = index, names
        yield from _with_units(Stack(index, index, names, [names]), rows, texts, mapper)
        while last - index < MAX_ROWS - 1 and last + 1 < len(rows):
            if _data_like(texts, last + 1):
                break
            under: dict[int, str] = {}
            groups = _groups(texts[last], rows[last + 1], texts[last + 1], last, merges, mapper,
                             under)
            if groups is None:
                break
            stacked = _named(stacked, _worded(texts[last + 1], groups, under, mapper), groups,
                             mapper)
            last += 1
            yield from _with_units(Stack(index, last, stacked, texts[index:last + 1]), rows,
                                   texts, mapper)


def _with_units(stack: Stack, rows: Sequence[Sequence[Cell]], texts: list[list[str | None]],
                mapper: Mapper) -> Iterator[Stack]:
    """The stack, and with the units row under it if one is (收款 / RMB: 收款(RMB))."""
    yield stack
    below = stack.last + 1
    if below < len(rows) and (named := units_named(stack.names, rows[below], mapper)):
        yield Stack(stack.first, below, named, texts[stack.first:below + 1])


def _worded(lower: list[str | None], groups: dict[int, str], under: dict[int, str],
            mapper: Mapper) -> list[str | None]:
    """A sub-header's names with its generic words under a name (订单 / 日期: 订单日期) and
    its shares under a group of money received read as one."""
    out = [under.get(c, name) for c, name in enumerate(lower)]
    return shares_named(out, groups, mapper)


def _data_like(texts: list[list[str | None]], row: int) -> bool:
    """Whether a row holds what only an order row would: an order number, a date or a figure
    (a CSV's cells are all text), or a value its column holds again further down (USD, the
    terms) in a row not the same (a header repeated down the sheet is one)."""
    cells = texts[row]
    if any(v is not None and _DATA.fullmatch(v.strip()) and not HEADER_WORD.fullmatch(v)
           for v in cells):
        return True
    below = [r for r in texts[row + 1:] if r != cells]
    return any(v is not None and any(c < len(r) and r[c] == v for r in below)
               for c, v in enumerate(cells))


def _groups(upper: list[str | None], raw: Sequence[Cell], lower: list[str | None], row: int,
            merges: _Merges | None, mapper: Mapper, under: dict[int, str]) -> dict[int, str] | None:
    """The group over each name of `lower` that has one (a name under a blank has none), if
    `lower` is the sub-header of `upper` (row index `row`); None if it is not. A generic word
    under a name that is no field (订单 / 日期) is put in `under` as the two read (订单日期)."""
    if not any(lower) or any(v is not None and not isinstance(v, str) for v in raw):
        return None
    width = max(len(upper), len(lower))
    up = upper + [None] * (width - len(upper))
    low = lower + [None] * (width - len(lower))
    down = merges.down if merges else set()
    across = merges.across if merges else {}
    groups: dict[int, str] = {}
    for c, name in enumerate(low):
        if name is None:
            continue
        start = across.get((row, c))
        if start is None and (row, c) not in down:
            start = _unmerged_start(up, low, c, row, down)
        group = up[start] if start is not None else None
        if not group and (row, c) not in down and (both := completed(name, up[c], mapper)):
            group, under[c] = up[c], both  # 订单 over 日期: 订单日期 (acct54b)
        if group:
            groups[c] = group
        elif up[c] is not None or (row, c) in down or HEADER_WORD.fullmatch(name):
            return None  # a name under another name: a units row, or data
    named_alone = any(name and low[c] is None and (row, c) not in across
                      for c, name in enumerate(up))
    merged_in = merges is not None and row + 1 in merges.into
    if not (merged_in or any((row, c) in across for c in groups) or named_alone):
        return None
    named = sum(1 for a, b in zip(up, low, strict=True) if a or b)
    if any(2 * list(groups.values()).count(g) > named for g in set(groups.values())):
        return None  # a title over the sheet (and its date beside), not a group
    return groups if mapper(_worded(lower, groups, under, mapper)) else None


def _unmerged_start(up: list[str | None], low: list[str | None], c: int, row: int,
                    down: set[tuple[int, int]]) -> int | None:
    """The column of the unmerged group over column c: a name above, blanks from it to c,
    each with a sub-name under it; c itself named above with a sub-name beside it."""
    if up[c] is not None:
        beside = c + 1 < len(up) and up[c + 1] is None and low[c + 1] is not None \
            and (row, c + 1) not in down
        return c if beside else None
    g = c - 1
    while g >= 0 and up[g] is None and low[g] is not None and (row, g) not in down:
        g -= 1
    return g if g >= 0 and up[g] is not None and low[g] is not None else None


def _named(names: list[str | None], lower: list[str | None], groups: dict[int, str],
           mapper: Mapper) -> list[str | None]:
    """The header so far with `lower`'s names put in, each as its group says where needed."""
    width = max(len(names), len(lower))
    out = names + [None] * (width - len(names))
    for c, name in enumerate(lower):
        if name is not None:
            out[c] = grouped(name, groups.get(c), mapper)
    for c, group in groups.items():  # 日期 under 发票 beside 下单日期: read as 发票日期 (rv53d n1)
        joined = _joined(lower[c] or "", group)
        if joined and out[c] == lower[c] and c not in (read := mapper(out)).values():
            tried = [*out[:c], joined, *out[c + 1:]]
            if c in (more := mapper(tried)).values() and len(more) > len(read):
                out = tried
    return out


def grouped(name: str, group: str | None, mapper: Mapper) -> str:
    """A sub-header's name, or its group's word before it where that says another field of
    the same kind (金额 under 收款信息: 收款金额, the money received)."""
    joined = _joined(name, group)
    if joined is None:
        return name
    alone, under = _field(name, mapper), _field(joined, mapper)
    if alone is None or under is None or alone == under \
            or FIELD_BY_NAME[alone].kind != FIELD_BY_NAME[under].kind:
        return name
    return joined


def _joined(name: str, group: str | None) -> str | None:
    """The group's word before the name (发票 + 日期: 发票日期), or None if it adds none."""
    core = _FILLER.sub("", group).strip(" /:：-_") if group else ""
    if not core or core in name:
        return None
    return f"{core} {name}" if _LATIN_END.search(core) and name[:1].isascii() else core + name


def _field(name: str, mapper: Mapper) -> str | None:
    return next(iter(mapper([name])), None)
