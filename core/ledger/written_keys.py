"""The line keys a file wrote, asked of its rows as they come rather than held all at once.

The rules run after the write (payments re-sent, refunds kept, wires read otherwise) ask
whether a stored line is one this file wrote. A set of every key the file wrote answers, but
ten years of a firm's ledger is a million keys, its sheets packed (core.ledger.held_sheets):
each set was a hundred megabytes of fresh strings, one rule after another (mem36). A rule
asking of payments keyed by their sum needs only those keys (:func:`marked`: a stored line
whose key carries the mark was written by this file exactly when its key is among them); one
asking of a few stored lines, only theirs (:func:`among`); one sending every key to the store
sends :data:`CHUNK` at a time (:func:`chunks`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator

from core.ledger.payment_lines import Written

CHUNK = 5_000  # line keys asked of the store at once


def marked(written: Written, mark: str) -> set[str]:
    """The keys this file wrote that carry `mark`."""
    return {key for _, _, key in written(mark)}


def among(written: Written, keys: Collection[str]) -> set[str]:
    """Of `keys`, those this file wrote (one pass over its rows, none without keys)."""
    return {key for _, _, key in written() if key in keys} if keys else set()


def chunks(keys: Iterable[str]) -> Iterator[list[str]]:
    """`keys` (each once) in sorted lists of :data:`CHUNK`, read when asked."""
    chunk: list[str] = []
    for key in keys:
        chunk.append(key)
        if len(chunk) >= CHUNK:
            yield sorted(set(chunk))
            chunk = []
    if chunk:
        yield sorted(set(chunk))
