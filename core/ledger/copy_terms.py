"""Terms whose days run from the buyer's copy of the bill of lading.

"30% T/T deposit, 70% against B/L copy" — a Chinese exporter's commonest terms — has the
buyer wire the balance once the copy of the B/L reaches it: the carrier issues the bill once
the goods are on board and the seller e-mails its copy (CAD, cash against documents, the
same through a bank). The balance falls due then, not on the ship date
(:func:`core.analysis.due_dates.documents_wait`, the setting ``documents_days``).

Days such terms write may run from the copy too ("balance 30 days after B/L copy",
"余款见提单复印件后30天", "CAD 30 days"): then they are added to the copy's days, as a usance
credit's days "after sight" are added to the documents' presentation
(:func:`core.ledger.terms.after_sight`). Days written from the B/L date or the shipment
("30 days after B/L date", 提单日后30天) are not. Read from the stored terms' text by the
analysis, so every ledger already imported is read so too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.ledger.normalise import fold

# the rung of a balance paid against the B/L copy (core.ledger.terms.RUNGS)
COPY_RUNGS = frozenset({"deposit_against_documents"})
_BL = r"(?:b\s*/\s*l|bl|bills?\s+of\s+lading|documents?|docs|提单|单据)"
# the text names the copy (or documents the balance is paid against)
_COPY = re.compile(
    rf"cop(?:y|ies)|scan|\bcad\b|cash\s+against\s+doc|against\s+(?:the\s+)?{_BL}"
    r"|(?:receipt\s+of|receiving)\s+(?:the\s+)?" + _BL
    + r"|复印件|副本|扫描件|见(?:提单|单据|单)|凭(?:提单|单据)|收到(?:提单|单据)")
# days written after the copy, the only copy words that make open account's days run from it
_AFTER_COPY = re.compile(
    r"after\s+(?:(?:the\s+)?(?:receipt\s+of|receiving|getting|seeing)\s+)?(?:the\s+)?"
    rf"(?:(?:{_BL})\s+)?(?:cop(?:y|ies)|scan)"
    r"|(?:提单|单据)(?:复印件|副本|扫描件)后|见(?:提单|单据|单)[^前]{0,6}后")
# days the text counts from the B/L date, the shipment or the invoice: not from the copy
_FROM_SHIPMENT = re.compile(
    rf"(?:after|from)\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?(?:{_BL}\s+date|shipment"
    r"|shipping|loading|etd|eta|departure|invoice|arrival)"
    rf"|date\s+of\s+(?:the\s+)?{_BL}|{_BL}\s+date"
    r"|提单日|(?:出货|发货|装船|装运|开船|出运|开票|发票|到港|到货)(?:日期?)?(?:后|起)")
# open account whose days run from the copy: its credit days, not a bank's
_CREDIT_RUNGS = frozenset({"oa"})


def after_copy(rung: str | None, days: int | None, text: str | None) -> bool:
    """Do the terms' days run from the buyer's copy of the B/L? Only terms with days do."""
    if days is None or not text or (rung not in COPY_RUNGS and rung not in _CREDIT_RUNGS):
        return False
    return _after_copy(rung in COPY_RUNGS, text)


@lru_cache(maxsize=1024)
def _after_copy(against_copy: bool, text: str) -> bool:
    folded = fold(text)
    if _FROM_SHIPMENT.search(folded):
        return False
    return (_COPY if against_copy else _AFTER_COPY).search(folded) is not None
