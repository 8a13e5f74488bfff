"""How names sort in the tables: as people look them up, Chinese by pinyin, Latin without
regard to case, through Qt's own collation (QCollator with the Chinese locale: ICU's pinyin
order, which puts 阿联酋 before 德国). Each distinct text's collation key is taken once
(QCollator.sortKey) and its place in that order is what rows are sorted on. The keys are kept
for the session, so the next analysis (the same names) costs nothing, and a table takes them a
slice at a time while the window is idle (WARM_SLICE).
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QCollator, QLocale, Qt


@functools.cache
def collator() -> QCollator:
    """Chinese order (pinyin) for Han characters, case-blind for Latin, digits as numbers."""
    found = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    found.setNumericMode(True)
    return found


# Each text's collation key, kept for the session: the next analysis shows the same names.
_COLLATION_KEYS: dict[str, Any] = {}
WARM_SLICE = 2_000  # texts collated or rows folded in one idle turn: a few milliseconds


def collation_key(text: str) -> Any:
    found = _COLLATION_KEYS.get(text)
    if found is None:
        found = _COLLATION_KEYS[text] = collator().sortKey(text)
    return found


def _texts(keys: list[Any]) -> bool:
    """Whether a column's keys are texts (a None among them is a blank cell)."""
    filled = [key for key in keys if key is not None]
    return bool(filled) and all(isinstance(key, str) for key in filled)


def not_collated(keys: list[Any]) -> list[str]:
    """The distinct texts among a column's keys whose collation key is not taken yet."""
    if not _texts(keys):
        return []
    return [text for text in set(keys) - {None} if text not in _COLLATION_KEYS]


def collated(texts: list[str]) -> dict[str, int]:
    """Each distinct text's place in the collation: sorting then compares plain integers.
    The collator's key of each text is taken once (comparing keys is ICU's own comparison)."""
    ordered = sorted(set(texts), key=collation_key)
    return {text: number for number, text in enumerate(ordered)}


def sort_keys(keys: list[Any]) -> list[Any]:
    """A column's sort keys as Python can order them at C speed: texts by their place in the
    collation, anything else as it is; a None (a blank) stays None."""
    if _texts(keys):
        places = collated([key for key in keys if key is not None])
        return [None if key is None else places[key] for key in keys]
    return keys
