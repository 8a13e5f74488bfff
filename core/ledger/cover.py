"""Credit insurance as ledgers write it: a yes/no column, an insurer, an insured percentage.

Clerks mark an insured buyer in one cell ("信保", "中信保 90%", "Sinosure", "是") or spread it
over three columns (信保 / 保险公司 / 赔付比例). Whatever is written is read into one
:class:`Cover`; an insurer or a percentage alone says the buyer is insured, a "否" says it is
not whatever the other cells hold. Sinosure (中国出口信用保险公司, 中信保), which insures most
Chinese exporters' buyers, is one name however it is spelt; other insurers keep the name as
written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.ledger.normalise import cell_text, parse_flag

SINOSURE = "Sinosure"
_SINOSURE = re.compile(r"中信保|中国信保|中国出口信用保险|sinosure|china export (?:&|and) credit",
                       re.IGNORECASE)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class Cover:
    insured: bool | None  # None: the ledger does not say
    insurer: str | None = None
    percent: float | None = None  # 0 < percent ≤ 100; None: not written


def insurer_name(value: object) -> str | None:
    """The insurer as one name: Sinosure however written, another insurer as written."""
    text = cell_text(value)
    if text is None:
        return None
    return SINOSURE if _SINOSURE.search(text) else text


def percent(value: object) -> float | None:
    """An insured share as a percentage: 90, "90%", "90 %" or Excel's 0.9 (a cell formatted
    as a percentage holds the fraction); None for anything else or outside 0–100."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value)
        found = _PERCENT.search(text) or _NUMBER.match(text)
        if found is None:
            return None
        number = float(found.group(1))
        if found.re is _PERCENT:
            return number if 0 < number <= 100 else None
    if 0 < number <= 1:
        number *= 100
    return number if 0 < number <= 100 else None


def cover(insured: object, insurer: object = None, share: object = None) -> Cover:
    """The three cells of a row (each may be missing) as one cover."""
    flag = parse_flag(insured)
    named = insurer_name(insurer)
    pct = percent(share)
    if flag is None and isinstance(insured, str):  # "中信保 90%", "Coface 85%", "是 90%"
        pct = pct if pct is not None else percent(insured)
        rest = _PERCENT.sub(" ", insured).strip()
        said = parse_flag(rest) if rest else None
        if said is False:
            return Cover(False)
        if rest and said is None and percent(rest) is None:
            named = named or insurer_name(rest)
        flag = True if said or named or pct is not None else None
    elif flag is None and insured is not None:  # 0.9 or 90 in the yes/no column
        pct = pct if pct is not None else percent(insured)
        flag = True if pct is not None else None
    if flag is None and (named or pct is not None):
        flag = True
    if flag is False:
        return Cover(False)
    if flag and named is None and isinstance(insured, str) and _SINOSURE.search(insured):
        named = SINOSURE  # the yes/no column itself filled 中信保
    return Cover(flag, named, pct)
