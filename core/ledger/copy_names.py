"""A file's copy by its name: 台账 2025-04.xlsx and the copy a browser's download or Windows'
copy names 台账 2025-04 (2).xlsx (or “- 副本”, “- Copy”). A leaf, apart from the rules on
copies' rows (core.ledger.file_copies), so the reading of a file's rows can ask it too (core.
ledger.payment_places: a copy's payment re-labelled is the same payment, pay35b).
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.ledger.normalise import fold

# a copy's mark at the end of its name: " (2)", "（3）", " - 副本", "_copy", " Copy (2)"
_MARK = re.compile(r"(?:\s*[-_]?\s*(?:副本|拷贝|copy)|\s*\((\d{1,3})\))$")


def _marked(name: str | None) -> tuple[str, int]:
    """A file's name without its copy marks (folded, its extension kept apart) and how far a
    copy it is: the number of a “(n)”, one for a 副本 or Copy, added up."""
    text = fold(name or "")
    stem, dot, extension = text.rpartition(".")
    if not dot:
        stem, extension = text, ""
    stem, rank = _stripped(stem)
    return f"{stem}.{extension}", rank


def _stripped(stem: str) -> tuple[str, int]:
    """A folded stem without its copy marks, and how far a copy they say it is."""
    rank = 0
    while stem and (found := _MARK.search(stem)):
        rank += int(found.group(1)) if found.group(1) else 1
        stem = stem[:found.start()]
    return stem, rank


def unmarked(stem: str) -> str:
    """A file's name without its extension (its stem) folded, its copy marks taken off: 台账
    2025-03 (1) and 台账 2025-03 - 副本 are 台账 2025-03."""
    return _stripped(fold(stem))[0]


def copy_rank(name: str | None) -> int:
    """How far a copy a file is by its name (0: no copy's mark)."""
    return _marked(name)[1]


def copies(one: str | None, other: str | None) -> bool:
    """Are two files' names those of one file and its copy (or two copies of it)?"""
    if not one or not other or one == other:
        return False
    (stem, rank), (other_stem, other_rank) = _marked(one), _marked(other)
    return stem == other_stem and rank != other_rank


@lru_cache(maxsize=1024)  # asked of each stored line an update rewrites: few pairs (perf41c)
def later_copy(one: str | None, other: str | None) -> bool:
    """Is `one` the copy made from `other` (its mark further on): the later-saved of the two?"""
    return copies(one, other) and _marked(one)[1] > _marked(other)[1]
