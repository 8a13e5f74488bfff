"""What a clerk's typing makes of a customer name's brackets and full stops, for
:func:`core.ledger.normalise.customer_key`: a folded name in, its key's spelling out.

Both read a name already folded (case, width and spacing: ``normalise.fold``; a full-width
"．" or "，" is NFKC's "." or ","). The words, and punctuation beyond these, still tell buyers
apart: "Co., Ltd." is no "Company Limited" (merging them is the clerk's call).
"""

from __future__ import annotations

import re

# A bracket's kind, width and spacing are typing: "ABC Trading（HK）", typed by a Chinese input
# method, "Lima Trading [Peru]" and "Lima Trading【Peru】" read "ABC Trading (HK)" and "Lima
# Trading (Peru)" (a full-width round or square bracket's width is NFKC's; every kind is read
# as round here), and the key spaces a bracket from a word outside it as "ABC Trading (HK)" is
# written, and not from the words inside it.
_ROUND = str.maketrans({**dict.fromkeys("[【〔〖", "("), **dict.fromkeys("]】〕〗", ")")})
_BRACKETS = frozenset("()[]【】〔〕〖〗")
_BRACKET_SPACES = re.compile(r"\s*([()])\s*")
_BRACKET_BESIDE_WORD = re.compile(r"(?<=\w)\(|\)(?=\w)")


def bracket_spacing(text: str) -> str:
    """Every bracket round, spaced from the words outside it and not from those inside."""
    if _BRACKETS.isdisjoint(text):
        return text
    text = _BRACKET_SPACES.sub(r"\1", text.translate(_ROUND))
    return _BRACKET_BESIDE_WORD.sub(lambda m: " (" if m[0] == "(" else ") ", text)


# A legal form's abbreviation is typed with its full stop or without, and spaced after its
# comma or full stop or not: "Golden Bridge Co." and "Golden Bridge Co", "Kestrel Supplies
# Ltd." and "... Ltd", "Co., Ltd." and "Co.,Ltd", "St. Louis" and "St.Louis" (rv50a: four
# buyers each two customers, Golden Bridge black-listed with 8,000 open under "Co." while its
# wire of 8,000 sat as credit under "Co"). So the key has no full stop at its end (nor the
# 。 a Chinese input method types for one: "Co。") and no space after a comma or a full stop.
# A comma is spaced before it too ("Apex ,Ltd", "Apex , Ltd" = "Apex, Ltd") and one ending
# the name is a slip of the key beside the full stop ("ABC Co.," = "ABC Co.": rv50k).
_STOPS = frozenset(".,。")
_STOP_SPACES = re.compile(r"(?<=[.,]) | (?=,)")


def stop_spacing(text: str) -> str:
    """A folded name without the spaces after its commas and full stops or before its commas,
    and without the full stops and commas ending it (a name of those alone is kept). Once is
    all: the key read again is itself, as core.ledger.customer_rekey needs."""
    if _STOPS.isdisjoint(text):
        return text
    text = _STOP_SPACES.sub("", text)
    return text.rstrip(".。 ,") or text
