"""A file named as another's revision (台账 2025-04 修订.xlsx of 台账 2025-04.xlsx) is the later
of the two, whatever their rows' dates: a clerk re-sends a month's ledger with a wire given to
its right customer and names it so. Where both files end on the same day the rows cannot say
which came later; the name can (break33d: the original, imported after its revision, moved
Lagos's 6,000 back to Nairobi, Lagos 6,000 open and on the stop-loss list)."""

from __future__ import annotations

import re
from pathlib import PurePath

# the words a clerk adds to a file's name for its revised copy
REVISION_WORDS = ("修订版", "修订", "更正版", "更正", "修正版", "修正", "revised", "corrected")
_WORDS = re.compile("|".join(map(re.escape, REVISION_WORDS)), re.IGNORECASE)
_APART = " _-.()（）[]【】"  # what stands between a name and the word added to it


def revises(name: str | None, other: str | None) -> bool:
    """Whether the file `name` is `other` revised: `other`'s name with a revision word
    added."""
    if not name or not other:
        return False
    stem, base = PurePath(name).stem, PurePath(other).stem
    if not _WORDS.search(stem) or _WORDS.search(base):
        return False
    return _plain(_WORDS.sub(" ", stem)) == _plain(base)


def _plain(stem: str) -> str:
    return re.sub(f"[{re.escape(_APART)}]+", " ", stem).strip().casefold()
