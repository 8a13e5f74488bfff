"""One note per other file an import's numbers are also in (core.ledger.other_ledgers: another
ledger's orders of the numbers; core.ledger.year_books: another year's)."""

from __future__ import annotations

from collections.abc import Iterable

from core.messages import Listed, Message, Noted


def per_other_file(code: str, text: str, file: str, found: Iterable[tuple[str, Noted]],
                   shown: int) -> list[Message]:
    """A message `code` (`text`, its {file}, {other}, {count} and {orders}) per other file of
    `found` (that file, a number noted), its numbers as met, `shown` of them named."""
    by_file: dict[str, list[Noted]] = {}
    for other, noted in found:
        by_file.setdefault(other, []).append(noted)
    return [Message(code, text, {"file": file, "other": other, "count": len(ones),
                                 "orders": Listed(ones, shown)})
            for other, ones in by_file.items()]
