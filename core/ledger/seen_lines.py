"""The line keys a file's sheets have met so far, each with what its last showing said.

core.ledger.orders.OrderBook keeps, for every line key of a file, the status the file last
wrote for the line and its last showing's amount, lot words and ship date (lot_words.shown):
a repeat on a later tab is told by its key, and another lot by what the line showed. A
million-row file has a million keys, all held until its last sheet is grouped: the peak of
its import (mem45). As a 4-tuple a key, each with its own amount float once its record is
packed (core.ledger.held_sheets), that was some 128 bytes a key beside the key itself. Here
a key maps to its place in two arrays: its amount (8 bytes) and the number of its
(status, lot words, ship date, amount kind) — a few thousand distinct in a million rows,
kept once each — 4 bytes, beside the place's int: about 44 bytes a key. And once the file's
sheets are packed (:meth:`SeenLines.as_bytes`), nothing else holds a key: it is kept as its
UTF-8 bytes, where a product's Chinese name made it a two-byte-a-character string, some 140
bytes (o:pi240000001|玻璃调料瓶套装 红色小号#0), its bytes some 90. A file left loose holds
its keys in its sheets anyway: its keys stay the strings they are (bytes were 11 MB more
at 100k).

Reading a key gives the same tuple (status, amount, lot words, ship date) that was written,
an amount not a float (None) kept as it was.
"""

from __future__ import annotations

from array import array
from collections.abc import Hashable
from typing import Any

Line = tuple[str | None, float | None, str, object]  # (status, amount, lot words, ship date)
_FLOAT = object()  # a kind's amount: the float kept in the array at the key's place


def _utf8(key: str) -> bytes:
    return key.encode("utf-8", "surrogatepass")


class SeenLines(dict[Any, int]):
    """key -> its place; `key in seen`, `seen[key]` and `seen.get(key)` give whether it was
    met and its :data:`Line`, `seen[key] = line` writes one, `seen.pop(key)` gives it and
    forgets the key."""

    @staticmethod
    def _held(key: str) -> Any:
        return key  # as it is: a loose sheet holds it too

    def __init__(self) -> None:
        super().__init__()
        self._amounts = array("d")
        self._kind_at = array("I")
        self._kinds: list[tuple[Hashable, ...]] = []
        self._kind_of: dict[tuple[Hashable, ...], int] = {}

    def __setitem__(self, key: str, line: Line) -> None:  # type: ignore[override]
        self.put(key, *line)

    def put(self, key: str, status: str | None, amount: float | None, lot: str, ship: object
            ) -> None:
        """`seen[key] = (status, amount, lot, ship)`, its tuple unmade (a call a row)."""
        if type(amount) is float:
            kind, figure = (status, lot, ship, _FLOAT), amount
        else:
            kind, figure = (status, lot, ship, amount), 0.0
        number = self._kind_of.get(kind)
        if number is None:
            number = self._kind_of[kind] = len(self._kinds)
            self._kinds.append(kind)
        held = self._held(key)
        place = dict.get(self, held)
        if place is None:
            dict.__setitem__(self, held, len(self._amounts))
            self._amounts.append(figure)
            self._kind_at.append(number)
        else:
            self._amounts[place] = figure
            self._kind_at[place] = number

    def _line(self, place: int) -> Line:
        status, lot, ship, amount = self._kinds[self._kind_at[place]]
        return (status, self._amounts[place] if amount is _FLOAT else amount,  # type: ignore
                lot, ship)

    def __getitem__(self, key: str) -> Line:  # type: ignore[override]
        return self._line(super().__getitem__(self._held(key)))

    def get(self, key: str, default: Line | None = None) -> Line | None:  # type: ignore
        place = super().get(self._held(key))
        return default if place is None else self._line(place)

    def pop(self, key: str) -> Line:  # type: ignore[override]
        """The key's line, the key forgotten (its place in the arrays is left unused)."""
        return self._line(super().pop(self._held(key)))

    def as_bytes(self) -> None:
        """From now on (and the keys held so far) each key held as its UTF-8 bytes: the
        file's sheets are being packed, so nothing else holds its keys."""
        if type(self) is SeenLines:
            places = list(dict.items(self))
            dict.clear(self)
            self.__class__ = _SeenBytes
            for key, place in places:
                dict.__setitem__(self, _utf8(key), place)


class _SeenBytes(SeenLines):
    """SeenLines holding each key as its UTF-8 bytes (:meth:`SeenLines.as_bytes`)."""

    _held = staticmethod(_utf8)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and super().__contains__(_utf8(key))
