"""The words a payment row's note asks or answers by, whether its money came.

Kept apart from core.ledger.payment_row_money (is a row's money planned or come?) and
core.ledger.noted_figures (how much came): both read a note's clauses, its questions and the
answer a clerk writes after one alike, by these words.
"""

from __future__ import annotations

import re

_STOPS = r",，;；。()（）!！?？\n"
CLAUSE = re.compile(f"[{_STOPS}]")
_END = rf"(?=[{_STOPS}]|$)"
# a clause asking (款到了吗？, 收到了吗, 到账了?) says the money came in none of its words, and
# asked of money come it says none is known in (fix56m, rv56f s160: 7,000 read paid, owed)
QUESTION = re.compile(rf"[^{_STOPS}]*(?:吗\s*{_END}|[?？])")
# ... but the answer a clerk writes right after it (款到了吗？到了, 到账?已确认, 已到账吗？是的,
# 客户问款到了吗？财务说到了, 钱到了吗？4/20到了) is the money come: rv57a s205, five paid
# balances read 7,000 owed, black; 款到了吗？还没 and a question alone stay owed
ANSWERED = re.compile(
    rf"[?？]?\s*(?:[^{_STOPS}]{{0,4}}?(?:说|答|回复|回答)\s*:?\s*)?"
    r"(?:\d{1,2}[-/.]\d{1,2}[日号]?|\d{1,2}月\d{1,2}[日号]?)?\s*"
    r"(?:是的?|对的?|嗯|已经?确认(?:收到|到账)?|确认(?:了|收到|到账)"
    r"|已经?(?:到账?|收到|入账)了?|(?:到账?|收到|入账)了)"
    rf"\s*(?=[{_STOPS.replace('?？', '')}]|$)")
