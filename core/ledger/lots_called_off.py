"""Whether a first lot's note leaves lots still to come: the rest of the order called off in it,
or a later lot said to ship later.

A whole PI's deposit on its first lot's row is shared by lot, the share of the lots not yet
shipped held for them (core.analysis.lot_deposits, fix58h, fix60o). Where the note calls the
rest off (分批出货，第一批，余货客户不要了; 第一批，客户改为只发一批), nothing is to come: the 792
over Dubai Pearl's lot of 3,960 was held for a lot that will never ship, with 792 left open on
the lot, where it is the buyer's money and pays his next invoice (rv61a s404 L2, L6). A later
lot named cancelled (第二批取消, 第二批已取消) was read right only because any later lot in the
note made the row no first lot (lot_words.first_of_lots), so a later lot said still to come
(第一批，第二批下月发) held nothing either: the row names the first lot and each later lot it
names is said to come (:data:`_AHEAD`), so lots are to come.

A cancel word is the status column's (normalise.parse_status: 取消, 作废, cancelled; not 不要
取消); beside it, a refusal of the rest (不要了, 不发了) or the order cut to one lot (只发一批).
Only in a clause naming the rest of the goods (余货, 其余, 剩下的, a later lot: 第二批, "balance
shipment"), not its money (余款, 其余货款). A lot row of its own, cancelled, is read where the
lines are fetched (core.analysis.fetch).

A later lot's own row not shipped (第二批 with no 出货日期: core.ledger.unsent_lots) under a row
of its invoice calling the rest off (只发一批; 余货客户不要了) is that lot called off: no sale,
as 已取消 in its status cell would say, and money typed on it (收款 1,848 noted 第二批货款) the
buyer's, come, paying his next invoice. Read as a sale still to ship, Dubai Pearl's 1,848 paid
that lot and 792 of it stood open, where the buyer owed nothing and had 1,848 on account (rv61c
s444 M4, M1). Not a row saying itself still to come (第二批恢复，下月发: :data:`_AHEAD`, 恢复).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence

from core.ledger.came_words import QUESTION, SUPPOSED
from core.ledger.lot_words import FIRST, first_of_lots, lot_said, sent_after
from core.ledger.normalise import CANCEL_ZH, parse_status, word_text

# a note's clauses: a bracket is one too (第一批（第二批已取消）)
_CLAUSES = re.compile(r"[,，;；。、/|\n()（）\[\]【】]+")
# the rest of the goods, not of the money (余款, 其余货款, 剩余金额, "remaining balance")
_REST = re.compile(r"(?:余货|尾货|其余|其他|其它|剩余|剩下|余下|后面|后续)(?!的?(?:货?款|金额|钱))"
                   r"|(?<![a-z])(?:rest|remaining|remainder)(?![a-z])"
                   r"(?!\s+(?:of\s+)?(?:the\s+)?(?:payment|balance|amount|money))")
# the rest refused or not to ship (不要了, 不发了, 不再生产); not put off (暂不发, 暂时不发), nor a
# cancellation refused (不要取消余货)
_REFUSED = re.compile(rf"(?<!暂)(?<!暂时)不(?:再)?(?:要|需要|发|出|做|生产)(?!急|{CANCEL_ZH})")
# the order cut to its one lot (客户改为只发一批, 只出这一批, 一批发完; "no more shipments")
_ONE_LOT = re.compile(r"只(?:发|出|走|做|要)(?:这|此|第一)?一?批|(?:改|变)(?:为|成)一批"
                      r"|一(?:批|次)(?:发|出)完|no\s+(?:more|further)\s+(?:shipments?|lots?)")
# a rest called off only supposed (如只发一批需补运费): read so, lot 2's share was no longer held
# (rv61c s448 N5; a question the same, N3)
_IF = re.compile(rf"(?<!例){SUPPOSED}|万一|(?<![a-z])if(?![a-z])")
# a later lot said still to come: a time ahead (下月发, 7月出, 月底发) or waiting (待发, 未出)
_AHEAD = re.compile(r"下(?:个)?(?:月|周|星期|礼拜)|月[底初中]|[0-9]{1,2}\s*月|以后|之后|随后|稍后"
                    r"|[后再另]发|待|未|还没|尚未|next|later|to\s+follow|pending")


def rest_called_off(note: object) -> bool:
    """Does a note call off the rest of its order's lots (the module's docstring)?"""
    if not isinstance(note, str):
        return False
    for clause in _clauses(note):
        if QUESTION.search(clause) or _IF.search(clause) or "待确认" in clause:
            continue  # asked or supposed (余货客户不要了吗？待确认; 如只发一批需补运费): none
        if _ONE_LOT.search(clause):
            return True
        if (_REST.search(clause) or sent_after(clause)) and (
                parse_status(clause) == "cancelled" or _REFUSED.search(clause)):
            return True
    return False


def lots_to_come(note: object) -> bool:
    """Does a sale row's note say its order ships in lots, the row the first, and lots still to
    come: the first of several (lot_words.first_of_lots) or the first lot named beside later
    ones said to come (第一批，第二批下月发), the rest not called off (:func:`rest_called_off`)?
    A deposit for the whole order on it is partly the lots to come's (core.analysis.
    lot_deposits)."""
    if not isinstance(note, str) or rest_called_off(note):
        return False
    if first_of_lots(note):
        return True
    later = [clause for clause in _clauses(note) if sent_after(clause)]
    return FIRST in lot_said(note).split("|") and bool(later) and all(
        _AHEAD.search(clause) for clause in later)


def _clauses(note: str) -> list[str]:
    return [c for c in (word_text(part) for part in _CLAUSES.split(note)) if c]


def called_off(lots: Sequence[tuple[Hashable, object, bool]]) -> list[object]:
    """Per row (its invoice, its note, a later lot not shipped or not: unsent_lots.unsent), the
    note calling it off where it is a lot called off (the module's docstring): not shipped,
    another row of its invoice calling the rest off (:func:`rest_called_off`), its own note not
    saying it comes; None where it is not."""
    if not any(waits for *_, waits in lots):  # most sheets
        return [None] * len(lots)
    calling = {invoice: note for invoice, note, waits in lots
               if not waits and rest_called_off(note)}
    return [calling.get(invoice) if waits and not _comes(note) else None
            for invoice, note, waits in lots]


def _comes(note: object) -> bool:
    """Does a lot's own note say it still comes (下月发, 待发, 第二批恢复)?"""
    return isinstance(note, str) and any(
        _AHEAD.search(clause) or "恢复" in clause for clause in _clauses(note))
