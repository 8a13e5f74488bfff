"""The shipping papers' dates: the bill of lading's (提单日期) and the shipment's (出货日期).

Payment terms run from the goods' shipment, and a trade clerk dates it by the bill of lading:
D/P is presented days after it, "D/A 60 days after B/L" and "OA 90 days from B/L date" count
from it. A shipment book (出货明细) often has both 出货日期 (the goods left the factory) and
提单日期 (typed days later, when the B/L comes): a row's ship date is its B/L date where typed,
else its 出货日期. Neither is ever the order date while the sheet has an order-date word
(订单日期, 合同日期, 日期 …).

A sheet with no order-date column is dated by its papers: its 发票日期, 出货日期 or 提单日期
column stands for the order date (auto_map), and each row's order date is the earliest of
those papers typed on it. A row is skipped only where none is (the note names the columns
looked in). It read 提单日期 as the order date, and every row whose B/L was not typed yet was
skipped "no order date": January 40 of 50 rows, a December shipment of 18,736 USD (rv54b).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from core.i18n import N_
from core.ledger.air_papers import (
    paper_field,
    paper_kind,
    paper_lines,
    paper_pair,
    sea_first,
)
from core.ledger.fields import FALLBACKS, SYNONYMS
from core.ledger.normalise import fold_header
from core.ledger.paper_typos import (
    Typo,
    agreeing,
    checked_bl,
    planned,
    planned_apart,
    shipped_as_noted,
)
from core.ledger.share_dates import dated_shares
from core.ledger.tab_month import TabMonth
from core.messages import Listed, Message

# the date a field's column is read as the ship date from, B/L first
SHIP_FIELDS = ("bl_date", "ship_date")
_SHIP_WORDS = frozenset(fold_header(w) for name in SHIP_FIELDS for w in SYNONYMS[name])
_INVOICE_WORDS = frozenset(fold_header(w) for name, words in FALLBACKS if name == "ship_date"
                           for w in words)  # 发票日期, 开票日期: a paper, not a shipment


class Columns(Protocol):
    @property
    def mapping(self) -> dict[str, int]: ...

    @property
    def headers(self) -> list[str | None]: ...

    @property
    def month(self) -> TabMonth | None: ...


def dated_columns(headers: list[str | None], mapping: dict[str, int],
                  folded: Sequence[str]) -> None:
    """auto_map's last steps, once every header found its field: 收款日期30% / 收款日期70% the
    deposit's and the balance's dates (share_dates, fix54k), a planned ship date beside an
    actual one no ship date (paper_typos, fix54n), a sheet with no order-date column dated by
    its papers (:func:`dated_by_papers`)."""
    dated_shares(headers, mapping)
    planned_apart(mapping, folded)
    sea_first(headers, mapping)  # 提单日期(实际) beside 运单日期: the B/L's, fix55k
    dated_by_papers(mapping)


def dated_by_papers(mapping: dict[str, int]) -> None:
    """auto_map's last step: with no order-date column, the ship date's column (else the B/L
    date's) is the order date's, its rows' earliest paper read by :func:`settle`."""
    if "order_date" not in mapping:
        for name in ("ship_date", "bl_date"):
            if name in mapping:
                mapping["order_date"] = mapping.pop(name)
                return


def _word(layout: Columns, name: str) -> str:
    index = layout.mapping.get(name)
    header = layout.headers[index] if index is not None and index < len(layout.headers) else None
    return fold_header(header) if header else ""


def by_shipment(layout: Columns) -> bool:
    """Is the sheet's order-date column a shipment's (出货日期, 提单日期): its rows shipped then?"""
    return _shipment(_word(layout, "order_date"))


def _shipment(word: str) -> bool:
    """A folded header naming a shipment's date: a ship-date or B/L word, or a header holding
    a B/L's (提单日期(实际), fix55k)."""
    return word in _SHIP_WORDS or paper_kind(word) is not None


def papers(layout: Columns) -> list[str]:
    """The columns a row's order date is the earliest of (their headers), or [] where the
    sheet's order date is its own column (订单日期): its order-date column a paper's."""
    word = _word(layout, "order_date")
    if not _shipment(word) and word not in _INVOICE_WORDS and not planned(word):
        return []
    names = ("order_date", *(n for n in ("ship_date", "bl_date") if n in layout.mapping))
    if planned(word):  # a planned ship date (预计出货日期) dates an order its papers do not
        names = (*names[1:], "order_date")
    return [str(layout.headers[layout.mapping[n]]) for n in names]


def headers(layout: Columns) -> dict[str, str]:
    """The date fields' headers (a typo's note names its columns): a B/L column read with an
    air waybill's beside it both (“提单日期 / 运单日期”: the typo may be in either, air_papers)."""
    named = {n: str(layout.headers[i]) for n, i in layout.mapping.items() if n in _DATES}
    if (pair := paper_pair(layout)) is not None:
        named[paper_field(layout)] = " / ".join(str(layout.headers[c]) for c in pair)
    return named


_DATES = ("order_date", "ship_date", "bl_date")


def ships_known(layout: Columns) -> bool:
    """Has the sheet a ship date: a ship-date or B/L column, or its order date a shipment's?"""
    return any(n in layout.mapping for n in SHIP_FIELDS) or by_shipment(layout)


def settle(layout: Columns, dates: Mapping[str, Sequence[str | None]],
           notes: Sequence[str | None] = ()
           ) -> tuple[list[str | None], list[str | None], list[Typo]]:
    """Each row's order date and ship date (ISO days), and the paper dates left out as typos
    (core.ledger.paper_typos): the B/L date where typed and plausible, else the ship date, else
    (a sheet dated by its shipment) the row's 出货日期 read as its order date, or a planned one
    where the row's note (`notes`) says it shipped; the order date
    of a sheet dated by its papers, the earliest of those typed that agree (a planned date
    only where none is)."""
    order, ship, bl = dates["order_date"], dates["ship_date"], dates["bl_date"]
    by_ship = by_shipment(layout)
    if not papers(layout):
        plan = "bl_date" in layout.mapping and planned(_word(layout, "ship_date"))  # beside a B/L
        kept, typos = checked_bl(order, [None] * len(ship) if plan else ship, bl,
                                 layout.month is not None, notes)
        if plan:
            ship = shipped_as_noted(order, ship, notes)
        return list(order), [b or s or (o if by_ship else None)
                             for o, s, b in zip(order, ship, kept, strict=True)], typos
    plan = planned(_word(layout, "order_date"))
    orders: list[str | None] = []
    ships: list[str | None] = []
    typos = []
    for j, (o, s, b) in enumerate(zip(order, ship, bl, strict=True)):
        typed = {n: d for n, d in (("order_date", None if plan else o), ("ship_date", s),
                                   ("bl_date", b)) if d}
        good, out = agreeing(j, typed)
        typos += out
        orders.append(min(good.values(), default=o if plan else None))
        ships.append(good.get("bl_date") or good.get("ship_date")
                     or (good.get("order_date") if by_ship else None))
    return orders, ships, typos


def report_lines(layout: Columns, sheet: str) -> list[Message]:
    """What the import says of a sheet dated by its papers (both languages: the catalog)."""
    looked = papers(layout)
    lines = []
    if planned(_word(layout, "order_date")) and len(looked) > 1:
        lines.append(Message("order_date_from_papers", N_(
            "Sheet “{sheet}” has no order-date column: each row's order date is the earliest "
            "of {columns} typed on it, else its planned “{planned}” (an order not shipped "
            "yet); “{planned}” is never read as a ship date."), {
                "sheet": sheet, "columns": Listed([f"“{h}”" for h in looked[:-1]]),
                "planned": looked[-1]}))
    elif len(looked) == 1 and by_shipment(layout):  # refused before
        lines.append(Message("order_date_from_papers", N_(
            "Sheet “{sheet}” has no order-date column: its order dates are read from “{column}”."),
            {"sheet": sheet, "column": looked[0]}))
    elif looked:
        lines.append(Message("order_date_from_papers", N_(
            "Sheet “{sheet}” has no order-date column: each row's order date is the earliest "
            "of {columns} typed on it."), {"sheet": sheet,
                                            "columns": Listed([f"“{h}”" for h in looked])}))
    bl, ship = layout.mapping.get("bl_date"), layout.mapping.get(
        "ship_date", layout.mapping.get("order_date") if by_shipment(layout) else None)
    if bl is not None and ship is not None:
        lines.append(Message("due_from_bl", N_(
            "Sheet “{sheet}”: due dates from “{bl}” where typed; a row without it has shipped "
            "only where its note says so, on the day the note names, else its planned "
            "“{ship}”; other rows are not shipped yet.") if planned(_word(layout, "ship_date"))
            else N_("Sheet “{sheet}”: due dates from “{bl}” where typed, else “{ship}”."),
            {"sheet": sheet, "bl": layout.headers[bl], "ship": layout.headers[ship]}))
    return [*lines, *paper_lines(layout, sheet)]  # 提单日期, else 运单日期 (air_papers)


def no_paper(layout: Columns) -> Message | None:
    """Why a row of a sheet dated by its papers has no order date: none of them typed."""
    looked = papers(layout)
    if not looked:
        return None
    return Message("missing_order_date", N_("no date: none of {columns} is typed"),
                   {"columns": Listed([f"“{h}”" for h in looked])})
