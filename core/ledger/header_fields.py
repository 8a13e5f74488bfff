"""Which field each header cell names: the exact words, the fallbacks, then the words it holds.

Every row of a sheet's first rows is tried as its header (core.ledger.layout), so a header's
key and the "contains" words it holds are worked out once per text and cached. Apart from
the choice of sheet and header row because this is the one table of header words read
against a row (core.ledger.fields holds the words), and the preview asks it too (split63).
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.ledger.air_papers import paper_named
from core.ledger.fields import EXACT_ONLY, FALLBACKS, RECEIPT_ONLY_WORDS, SYNONYMS
from core.ledger.header_units import header_scale
from core.ledger.normalise import fold_header, strip_header_currency
from core.ledger.paper_dates import dated_columns

DEFERRED = ("invoice_no",)  # exact synonyms tried only after the fallbacks (see fields.py)

FOLDED = {name: tuple(dict.fromkeys(fold_header(s) for s in words))
           for name, words in SYNONYMS.items()}
_FOLDED_FALLBACKS = tuple((name, tuple(fold_header(s) for s in words))
                          for name, words in FALLBACKS)
# exact words in the order they are tried: the synonyms, the fallbacks, then DEFERRED's
_EXACT_ORDER = (*((n, w) for n, w in FOLDED.items() if n not in DEFERRED), *_FOLDED_FALLBACKS,
                *((n, FOLDED[n]) for n in DEFERRED))


def auto_map(headers: list[str | None]) -> dict[str, int]:
    """Map header cells to fields: exact words, then fallbacks, then 'contains' matches."""
    keys = [header_keys(h) if h else ("", "") for h in headers]
    folded = [key for key, _ in keys]
    where: dict[str, list[int]] = {}
    for index, text in enumerate(folded):
        if text:
            where.setdefault(text, []).append(index)
    for index, (key, bare) in enumerate(keys):  # "Cost (RMB)" maps as "Cost", after plain ones
        if bare and bare != key:
            where.setdefault(bare, []).append(index)
    mapping: dict[str, int] = {}
    used: set[int] = set()

    def exact(name: str, words: tuple[str, ...]) -> None:
        if name in mapping:
            return
        for word in words:  # the earlier synonym wins; then the leftmost column
            for index in where.get(word, ()):
                if index not in used:
                    mapping[name] = index
                    used.add(index)
                    return

    for name, words in _EXACT_ORDER:
        if not where.keys().isdisjoint(words):  # most rows tried are data: no word of theirs
            exact(name, words)
    left = [(i, t) for i, t in enumerate(folded) if t and i not in used]
    # The longest word first: "已收金额" before "金额"; only words some header holds can match.
    for found in sorted(set().union(*(_contained(t) for _, t in left))):
        word, name = _CONTAINS[found]
        if name in mapping or not left:
            continue
        for position, (index, text) in enumerate(left):
            if word in text and not paper_named(text, name, folded):  # 运单日期, 运单号: fix55k
                mapping[name] = index
                used.add(index)
                del left[position]
                break
    # 收款日期30% / 70%; 预计出货日期 beside 实际出货日期; no order date: the papers' (提单日期)
    dated_columns(headers, mapping, folded)
    return mapping


_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1 << 16)
def header_keys(header: str) -> tuple[str, str]:
    """A header's key, and its key without the unit and currency it names (收款(万元): 收款,
    fix55h); each sheet's first rows are all tried as headers, the cells repeated row to row."""
    return fold_header(header), fold_header(strip_header_currency(header_scale(header)[1] or ""))


@lru_cache(maxsize=1 << 16)
def _contained(text: str) -> frozenset[int]:
    """Which of the "contains" words a folded header holds, by their place in _CONTAINS.
    Every row of a sheet's first rows is tried as a header, so each text is looked at once."""
    if not _LETTER.search(text):
        return frozenset()
    return frozenset(k for first in set(text) for k, word in _STARTING.get(first, ())
                     if word in text)  # only the words whose first character it holds


def min_len(word: str) -> int:
    """Short latin words ('po', 'qty') match only whole headers, never inside another word."""
    return 2 if re.search(r"[^\x00-\x7f]", word) else 5


_WHOLE = frozenset(fold_header(word) for word in RECEIPT_ONLY_WORDS)  # whole headers only
_CONTAINS = [(w, n) for _, n, w in sorted(((len(w), n, w) for n, ws in FOLDED.items()
                                            for w in ws), reverse=True)
             if len(w) >= min_len(w) and n not in EXACT_ONLY and w not in _WHOLE]
assert all(_LETTER.search(word) for word, _ in _CONTAINS)  # so a text without letters holds none
_STARTING: dict[str, list[tuple[int, str]]] = {}  # the "contains" words by their first character
for _k, (_word, _) in enumerate(_CONTAINS):  # (a first row's 1,000 texts: 0.1 s → 0.03, perf53)
    _STARTING.setdefault(_word[0], []).append((_k, _word))
