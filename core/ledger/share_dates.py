"""The dates of a deposit and a balance written as shares of one date column (fix54k, rv54c T1).

A ledger that splits its receipts 30% / 70% writes their dates the same way: 收款日期 over
30% / 70% (a two-row header, read 收款日期30% / 收款日期70%) or flat 收款日期30% | 收款日期70%
beside 定金30% | 尾款70%. Read as one date received, the first (the deposit's day) was taken as
the day of all money received and the second left unread: Alpha's balance of 7,000 paid
04-01 was dated 02-01, and Beta's unpaid balance (7,000, due 03-24) showed 0 days, "not due",
on no list where it is 78 days late and black-listed. Where the sheet has a deposit and a
balance column and exactly two date-received columns each naming a share, the smaller share
(the earlier column on a tie) is the deposit's date and the other the balance's: the dates
each payment came, and a balance not come falls due by the order's terms like any open money.
"""

from __future__ import annotations

import re

from core.ledger.fields import SYNONYMS
from core.ledger.normalise import fold_header

# a share written after (or before) the name: 收款日期30%, 30%收款日期, 收款日期(70%)
_SHARE = re.compile(r"[(（\s]*(\d{1,3}(?:\.\d+)?)\s*[%％][)）\s]*")
_DATE_WORDS = frozenset(fold_header(w) for w in SYNONYMS["received_date"])


def _share_of(header: str | None) -> float | None:
    """The share a date-received header names (收款日期30%: 30.0), else None."""
    if not header or len(found := _SHARE.findall(header)) != 1:
        return None
    rest = fold_header(_SHARE.sub("", header))
    return float(found[0]) if rest in _DATE_WORDS else None


def dated_shares(headers: list[str | None], mapping: dict[str, int]) -> None:
    """Map two date-received columns naming shares to the deposit's and the balance's date,
    where the sheet has both a deposit and a balance column and neither date is mapped."""
    if not {"deposit", "balance"} <= mapping.keys() or \
            {"deposit_date", "balance_date"} & mapping.keys():
        return
    shares = [(share, c) for c, h in enumerate(headers) if (share := _share_of(h)) is not None]
    if len(shares) != 2:
        return
    (_, first), (_, second) = sorted(shares)
    for name, column in list(mapping.items()):
        if column in (first, second):
            del mapping[name]
    mapping["deposit_date"], mapping["balance_date"] = first, second
