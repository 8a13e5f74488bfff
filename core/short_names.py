"""A buyer's short name beside its full one: "AL NOOR" and "Al Noor Trading LLC".

A clerk writes the registered name on some months' tabs and the name the firm calls the buyer
by on others, its trade words left out with its legal form ("Sahara Star" for "Sahara Star
General Trading"); the money often comes under the other name. core.similarity.close compares
letters in order and takes "al noor" and "al noor trading" for two names (0.64): the short name
stood black with its invoice open while the full one held the money (rv59b s22). Here two
names are one buyer's short and full name when, their legal forms and a place they begin with
set aside (core.similarity.told), they hold the same telling words in the same order and the
short one lacks only trade words the full one holds (Trading, General, Import, 贸易). A trade
swapped is another firm (Saigon Trading, Saigon Import Export), as is another word kept (Al
Noor Textiles FZE); a name of common words alone ("Global", "International") names no firm.
The short name is the one the firm calls the buyer by, with no legal form: two registered
names, Acme Company Limited and Acme Trading Co., Ltd, are two registrations (a firm and its
trading arm), not one typed short.
The pairs are pointed out for the clerk to merge (core.ledger.alike_customers), never merged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from core.similarity import CHINESE_FORMS, FILLER, FORMS, LEGAL_CHINESE, LEGAL_FORMS, telling, told

# The words of a buyer's trade a short name leaves out: the trade words core.similarity keeps
# for close (FORMS without LEGAL_FORMS: trading, import, export, group, international), and
# the ones the Gulf's and Asia's registrations add with them.
TRADE = FORMS - LEGAL_FORMS | {"general", "impex", "commercial", "enterprise"}
TRADE_CHINESE = (*(form for form in CHINESE_FORMS if form not in LEGAL_CHINESE), "商贸", "商行")
# Words many buyers' names hold: a short name of these alone says no firm ("Global" beside
# "Global Trading LLC" is no pair; "Sahara Star" is one, Sahara telling).
COMMON = frozenset({
    "global", "world", "worldwide", "universal", "united", "general", "international", "intl",
    "new", "best", "top", "first", "prime", "royal", "golden", "asia", "euro", "gulf", "middle",
    "east", "west", "orient", "oriental", "pacific", "china", "trading", "home"})
# A short name shorter than this, in letters, names too little to be told ("AB" of "AB Trading");
# Chinese characters, each a word's worth, need two (艾克美 of 宁波艾克美贸易有限公司)
MIN_LETTERS = 4
MIN_CHINESE = 2


class Cut(NamedTuple):
    """A name as weighed here: its place, its telling words without trade words, in order, the
    trade words it holds, and whether it writes a legal form (LLC, Co., Ltd, 有限公司)."""

    place: str
    core: tuple[str, ...]
    trade: Counter[str]
    formed: bool


@lru_cache(maxsize=1 << 16)  # a store's names weighed at each import: each read once
def cut(name: str) -> Cut:
    read = told(name)
    core, trade = [], Counter[str]()
    for word in read.words.split():
        while (form := next((f for f in TRADE_CHINESE if word.endswith(f) and word != f),
                            None)):
            trade[form] += 1  # 艾克美贸易: 艾克美 and its trade
            word = word[:-len(form)]
        if word in TRADE or word in TRADE_CHINESE:
            trade[word] += 1
        else:
            core.append(word)
    formed = telling(name, FILLER, ()) != telling(name, LEGAL_FORMS, LEGAL_CHINESE)
    return Cut(read.place, tuple(core), trade, formed)


def tells(core: tuple[str, ...]) -> bool:
    """Whether the words name a firm: one not common, enough letters."""
    text = "".join(core)
    return any(word not in COMMON for word in core) and len(text) >= (
        MIN_CHINESE if text and "\u3400" <= text[0] <= "\u9fff" else MIN_LETTERS)


def short_pairs(new: Sequence[str], known: Sequence[str]) -> list[tuple[str, str]]:
    """Each new name with each known name one is the other's short name (module doc), the new
    names in their order. The known names are indexed by their words once: linear in both."""
    if not new or not known:
        return []
    by_core: dict[tuple[str, ...], list[str]] = {}
    for name in known:
        if tells(found := cut(name).core):
            by_core.setdefault(found, []).append(name)
    pairs = []
    for name in new:
        mine = cut(name)
        pairs += [(name, other) for other in by_core.get(mine.core, ())
                  if other != name and _short_of(mine, cut(other))]
    return pairs


def _short_of(a: Cut, b: Cut) -> bool:
    """One place (or one of none), and one's trade words all the other's, that one written
    without a legal form, the two not alike."""
    if a.place and b.place and a.place != b.place or a.trade == b.trade:
        return False  # the same trade words: the same name, core.similarity.close's to say
    return not a.trade - b.trade and not a.formed or not b.trade - a.trade and not b.formed
