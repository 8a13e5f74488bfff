"""Is a file another copy of a stored book, so that where it names another buyer it corrects?

Two salespeople's books number their orders alike (张伟's 2025-001 Alpha Haushalt 10,000 USD of
01-05, 李娜's 2025-001 Beta Homeware 10,000 of 01-09): each buyer keeps an order of its own
(core.ledger.other_ledgers). A copy of one book is the same book: where it names another buyer
for a number, the clerk corrected the buyer, and the order moves (core.ledger.moves). The
order's fields alone cannot tell the two apart when the sum is round and the day corrected
(rv54a: 出口台账2025最终版 fixing 2025-001 from Alpha 01-05 to Beta 01-06, paid, left Alpha 10,000
open and black), so a person's two signs decide:

1. The file's name (core.ledger.other_ledgers.ledger_name, :func:`without_copy_words`): one
   that differs from the stored book's only by copy words (:data:`COPY_WORDS`), digits and
   punctuation at its ends (出口台账2025 - 副本, 出口台账2025最终版, Copy of 出口台账2025,
   出口台账2025_v2, 出口台账2025(1)) is the same book.
2. What the two books share (:func:`copied_books`): a file sharing at least
   :data:`SEVERAL` order numbers with a stored book, at least half of them agreeing (the stored
   order copied, core.ledger.same_order, for the same buyer, or with the same sum in the same
   currency for another), is a copy of it (a handover: 陈静's book
   re-saved as Kevin's): its other buyers are corrections. Where most shared numbers name other
   buyers with other sums, the books number their own orders and stay apart. One shared number
   alone tells nothing of the books: the order's own fields decide
   (core.ledger.same_order).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

# Words a clerk adds to a file's name when saving a copy of a book (at its start or end), in
# Chinese and English; v2, (1) and dates are digits and punctuation, stripped with them.
COPY_WORDS = ("副本", "最终版", "最终", "终版", "定稿", "修改版", "修改", "修订版", "修订", "新版",
              "备份", "final", "copy of", "copy", "backup")
SEVERAL = 2  # shared numbers that tell a book's copy from another book numbering alike

_WORD = "|".join(re.escape(word).replace(r"\ ", r"\s*")
                 for word in sorted(COPY_WORDS, key=len, reverse=True))
_ADDED = rf"(?:[\W\d_]|(?<![a-z])v(?=\d)|{_WORD})+"
_ENDS = re.compile(rf"^{_ADDED}|{_ADDED}$")


def without_copy_words(name: str) -> str:
    """A file's name (NFKC, casefolded, no extension) without the copy words, digits and
    punctuation at its start and end (出口台账2025 - 副本, Copy of 出口台账2025: 出口台账)."""
    return _ENDS.sub("", name)


def copied_books(books: Mapping[str, set[str]], agree: set[str]) -> set[str]:
    """The stored books (as core.ledger.other_ledgers.ledger_name names them) this file copies:
    `books` gives each number the file shares with the store (own order key) the books that
    wrote it, `agree` those numbers whose stored order the file copies (for the same buyer,
    or of the same sum and currency). A copy shares :data:`SEVERAL` numbers or more, at least
    half of them agreeing."""
    shared: Counter[str] = Counter()
    agreeing: Counter[str] = Counter()
    for key, names in books.items():
        shared.update(names)
        if key in agree:
            agreeing.update(names)
    return {name for name, count in shared.items()
            if count >= SEVERAL and 2 * agreeing[name] >= count}
