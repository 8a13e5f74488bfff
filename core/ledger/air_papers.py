"""An air waybill's date beside a bill of lading's: a book of sea and air shipments (fix55h).

A forwarder's book types 提单日期 on its sea rows and 运单日期 (空运单日期, AWB date) on its air
rows: two columns, each filled on its own rows. The B/L-date field takes one column a sheet,
so the other was left unread and not named: Beta's air order of 10,000 (AWB 03-05, OA 30
days) was "not shipped", 0 open, where 10,000 is 87 days late, black (rv55c s44). A row's ship
paper is whichever of the two is typed, the B/L's first: where both are typed (an air date the
truck to port beside a sailing), the B/L's is the shipment terms run from. The two are read as
one column before any date is, so the typo rules (paper_typos) hold for whichever a row uses.
No field is added to the mapping dialog: the second column is the first's fallback.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from core.i18n import N_
from core.ledger.fields import AIR_WAYBILL_WORDS, SYNONYMS
from core.ledger.normalise import fold_header
from core.messages import Message

_AIR = frozenset(fold_header(w) for w in AIR_WAYBILL_WORDS)
_SEA = frozenset(fold_header(w) for w in SYNONYMS["bl_date"]) - _AIR


class Columns(Protocol):
    @property
    def mapping(self) -> dict[str, int]: ...

    @property
    def headers(self) -> list[str | None]: ...


def _kind(header: str | None) -> str | None:
    """"air" or "sea" for a header naming a B/L-like paper's date, else None."""
    word = fold_header(header) if header else ""
    return "air" if word in _AIR else "sea" if word in _SEA else None


def paper_pair(layout: Columns) -> tuple[int, int] | None:
    """(the B/L's column, the air waybill's) where the sheet has one of each, one of them read
    as the B/L date and the other read as nothing; None otherwise."""
    bl = layout.mapping.get("bl_date")
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
    return cell is not None and not (isinstance(cell, str) and not cell.strip())


def typed_papers(layout: Columns, data: list[list[Any]],
                 raw: dict[int, Sequence[Any]]) -> dict[int, Sequence[Any]]:
    """The sheet's cut columns (`raw`, by column) with the B/L date's column holding each row's
    B/L cell where typed, else its air waybill's (`data`: the sheet's rows)."""
    pair = paper_pair(layout)
    if pair is None:
        return raw

    def cells(c: int) -> Sequence[Any]:
        return raw[c] if c in raw else [row[c] if c < len(row) else None for row in data]

    sea, air = cells(pair[0]), cells(pair[1])
    raw[layout.mapping["bl_date"]] = [b if _typed(b) else a for b, a in zip(sea, air,
                                                                           strict=True)]
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
