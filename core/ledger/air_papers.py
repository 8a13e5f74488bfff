"""An air waybill's date beside a bill of lading's: a book of sea and air shipments (fix55h).

A forwarder's book types 提单日期 on its sea rows and 运单日期 (空运单日期, AWB date) on its air
rows: two columns, each filled on its own rows. The B/L-date field takes one column a sheet,
so the other was left unread and not named: Beta's air order of 10,000 (AWB 03-05, OA 30
days) was "not shipped", 0 open, where 10,000 is 87 days late, black (rv55c s44). A row's ship
paper is whichever of the two is typed, the B/L's first: where both are typed (an air date the
truck to port beside a sailing), the B/L's is the shipment terms run from. The two are read as
one column before any date is, so the typo rules (paper_typos) hold for whichever a row uses.
No field is added to the mapping dialog: the second column is the first's fallback.

Neither paper is anything else (fix55k): with 提单日期 the B/L date, 运单日期 was read as the order
date by holding 日期, and 运单号 (a waybill's number) as the order number by holding 单号
(:func:`paper_named`). A B/L header found only by holding its word (提单日期(实际)) is the B/L
beside an air column found by its whole word (:func:`sea_first`), and a sheet with no
order-date column, dated by its B/L, reads the air column where no B/L date is typed.

The air date stands only for a row that is an air shipment (fix55m, rv55e s66). A forwarder's
运单日期 is also the courier of a sea order's B/L originals (寄单), weeks after the goods, or a
sample sent for an order not shipped: taken as the ship paper, Beta's sea order shipped 03-01
(OA 60) was due from 03-20, 42 days and watch where 61 and black; Gamma's unshipped order
shipped, 10,000 open. A row is air where it says so (空运, 航空, AIR in a 运输方式-like column
or its note); where it says neither, where its 运单日期 is within a few days of its 出货日期 (or
the sheet has no ship date), or, unshipped, where its 提单日期 holds the clerk's "none" ("/",
"无", "N/A": normalise.placeholder) — that mark no typed B/L either, so the air date is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol

from core.i18n import N_
from core.ledger.dates import parse_date
from core.ledger.fields import AIR_WAYBILL_WORDS, PAPER_NUMBER_WORDS, SYNONYMS
from core.ledger.normalise import fold, fold_header, not_yet, placeholder
from core.ledger.paper_typos import planned
from core.messages import Message

_AIR = frozenset(fold_header(w) for w in AIR_WAYBILL_WORDS)
_SEA = frozenset(fold_header(w) for w in SYNONYMS["bl_date"]) - _AIR
_NUMBERS = frozenset(fold_header(w) for w in PAPER_NUMBER_WORDS)
# a column saying how a row went (海运 / 空运, by sea / by air): not a mapped field
_MODE_WORDS = frozenset(fold_header(w) for w in (
    "运输方式", "运输", "出运方式", "发货方式", "贸易方式", "shipvia", "shippedvia", "via",
    "shipmentmode", "shippingmode", "transportmode", "transport", "mode"))
_SAYS_AIR = re.compile(r"空运|航空|(?<![a-z])(?:by )?air(?![a-z])")
_SAYS_SEA = re.compile(r"海运|(?<![a-z])(?:by )?(?:sea|ocean)(?![a-z])")
# days an air waybill may follow the row's ship date (the goods to the airport); a courier of
# papers or samples comes weeks later
_AIR_AFTER_SHIP_DAYS = 5
_ORDER_NUMBER = re.compile(r"订单|合同|发票|(?<![a-z])pi|invoice|order|contract"
                           r"|(?<![a-z])po(?:no|$)")
_RECEIVED = frozenset(fold_header(w) for w in SYNONYMS["received_amount"])


class Columns(Protocol):
    @property
    def mapping(self) -> dict[str, int]: ...

    @property
    def headers(self) -> list[str | None]: ...


def paper_kind(word: str) -> str | None:
    """"air" or "sea" for a folded header naming a B/L-like paper's date (a sea one by holding
    its word: 提单日期(实际); not a planned one: 预计提单日期), else None."""
    return "air" if word in _AIR else "sea" if any(w in word for w in _SEA) and not planned(
        word) else None


def _kind(header: str | None) -> str | None:
    return paper_kind(fold_header(header)) if header else None


def paper_named(text: str, name: str, folded: Sequence[str] = ()) -> bool:
    """Does a folded header name a paper that holding a word of field `name` must not make a
    column of it: an air waybill's date the order date's (日期), a waybill's number the order
    number's (单号)? A second sea paper (装船日期 beside 提单日期) stays the order date's, read
    as a paper (paper_dates.papers). A paper's number is the order's where it is the sheet's
    (`folded`: its headers) only number and money received is typed against it: a forwarder's
    book keyed by 提单号, its receipts on rows of their own (rv55h s94a: skipped "no amount",
    10,000 47 days watch for 0); a courier's number beside no receipts keys nothing (fix55k)."""
    if name == "order_date":
        return any(word in text for word in _AIR)
    return name == "order_no" and any(word in text for word in _NUMBERS) and (
        any(h != text and _ORDER_NUMBER.search(h) for h in folded)
        or not any(w in h for h in folded for w in _RECEIVED))


def sea_first(headers: list[str | None], mapping: dict[str, int]) -> None:
    """auto_map's: an air waybill's column read as the B/L date beside a B/L column read as
    nothing, or as the order date by holding 日期 (提单日期(实际)): the B/L's is the B/L date
    (then a sheet's order date where it has no other), the air one its fallback."""
    bl = mapping.get("bl_date")
    if bl is None or _kind(headers[bl]) != "air":
        return
    taken = {c for n, c in mapping.items() if n != "order_date" or _kind(headers[c]) != "sea"}
    sea = next((c for c, h in enumerate(headers) if c not in taken and _kind(h) == "sea"), None)
    if sea is not None:
        if mapping.get("order_date") == sea:
            del mapping["order_date"]
        mapping["bl_date"] = sea


def paper_field(layout: Columns) -> str:
    """The field a sheet's B/L-like column is read as: the B/L date, else the order date of a
    sheet dated by its papers (paper_dates.dated_by_papers)."""
    return "bl_date" if "bl_date" in layout.mapping else "order_date"


def paper_pair(layout: Columns) -> tuple[int, int] | None:
    """(the B/L's column, the air waybill's) where the sheet has one of each, one of them read
    as the B/L date (or the order date of a sheet with neither an order date nor a B/L date
    read) and the other read as nothing; None otherwise."""
    bl = layout.mapping.get(paper_field(layout))
    if bl is None or bl >= len(layout.headers):
        return None
    mine = _kind(layout.headers[bl])
    used = set(layout.mapping.values())
    for c, header in enumerate(layout.headers):
        other = _kind(header) if c not in used else None
        if other is not None and mine is not None and other != mine:
            return (bl, c) if mine == "sea" else (c, bl)
    return None


def _typed(cell: Any) -> bool:
    """A B/L cell holding something other than blank, a placeholder or "not yet"."""
    return cell is not None and not (isinstance(cell, str) and (
        not cell.strip() or placeholder(cell) or not_yet(cell)))


def _mode(text: Any) -> str | None:
    """"air" or "sea" where a cell says how its row went, else None."""
    if not isinstance(text, str):
        return None
    folded = fold(text)
    return "air" if _SAYS_AIR.search(folded) else "sea" if _SAYS_SEA.search(folded) else None


def _air_row(said: str | None, ship: Sequence[Any] | None, bl: Any, air: Any) -> bool:
    """Whether a row with no typed B/L is an air shipment (see the module): `ship` its ship
    date's cell in a tuple, None where the sheet has no ship date."""
    if said is not None or ship is None:
        return said != "sea"
    shipped = parse_date(ship[0])
    if shipped is None:
        return placeholder(bl)
    flown = parse_date(air)
    return flown is None or (flown - shipped).days <= _AIR_AFTER_SHIP_DAYS


class AirRows:
    """Which paper each row of a sheet with both columns is read by (see the module)."""

    def __init__(self, layout: Columns, pair: tuple[int, int]) -> None:
        self.sea, self.air = pair
        self.modes = [c for c, h in enumerate(layout.headers)
                      if h and fold_header(h) in _MODE_WORDS]
        notes = layout.mapping.get("notes")
        self.said = [*self.modes, *([] if notes is None else [notes])]
        self.ship = layout.mapping.get("ship_date")

    def paper(self, row: Sequence[Any]) -> Any:
        """The row's B/L cell where typed, else its air waybill's where it is an air row."""
        def at(c: int) -> Any:
            return row[c] if c < len(row) else None

        bl, air = at(self.sea), at(self.air)
        if _typed(bl) or not _typed(air):
            return bl
        said = next((m for c in self.said if (m := _mode(at(c)))), None)
        ship = None if self.ship is None else (at(self.ship),)
        return air if _air_row(said, ship, bl, air) else bl


def typed_papers(layout: Columns, data: list[list[Any]],
                 raw: dict[int, Sequence[Any]]) -> dict[int, Sequence[Any]]:
    """The sheet's cut columns (`raw`, by column) with the B/L date's column holding each row's
    paper (AirRows; `data`: the sheet's rows)."""
    pair = paper_pair(layout)
    if pair is not None:
        raw[layout.mapping[paper_field(layout)]] = list(map(AirRows(layout, pair).paper, data))
    return raw


def paper_lines(layout: Columns, sheet: str) -> list[Message]:
    """What the import says of a sheet read by both papers (both languages: the catalog)."""
    pair = paper_pair(layout)
    if pair is None:
        return []
    return [Message("ship_papers_both", N_(
        "Sheet “{sheet}”: ship papers read from “{bl}”, else “{air}” where no B/L date is "
        "typed; where both are typed, “{bl}”."), {
            "sheet": sheet, "bl": layout.headers[pair[0]], "air": layout.headers[pair[1]]})]
