"""Figure columns whose header gives their unit: 金额(万元), 合同金额（万）, Amount (USD'000).

A clerk who keeps large orders in 万元 writes 0.8 for 8,000. Read as written, every order of
that column was ten thousand times too small: the pyramid's M (twice the industry average)
and the stop-loss's 20,000 USD an order are absolute, so every customer of that ledger fell
under them. The multiplier is read from the header and taken off it before its currency is
(万元 is CNY, 万美元 USD).
"""

from __future__ import annotations

import re
import unicodedata

_CURRENCY_AFTER = r"(?=\s*(?:元|美元|美金|人民币|欧元|英镑|日元|港元|港币|[)）\]】/]|$))"
_SCALES = (
    (re.compile(r"万" + _CURRENCY_AFTER), 10_000.0),
    (re.compile(r"千" + _CURRENCY_AFTER), 1_000.0),
    (re.compile(r"\s*(?:'|’)000s?|\s*\bin thousands?\b|\s*\(k\)", re.IGNORECASE), 1_000.0),
)


def header_scale(header: str | None) -> tuple[float, str | None]:
    """(what the column's figures are multiplied by, the header without the multiplier)."""
    if not header:
        return 1.0, header
    text = unicodedata.normalize("NFKC", header)
    for pattern, scale in _SCALES:
        if pattern.search(text):
            return scale, pattern.sub("", text, count=1)
    return 1.0, header


def scaled(value: float | None, scale: float) -> float | None:
    """A figure in the column's unit, in units of one (to the cent's fraction a float keeps)."""
    return value if value is None or scale == 1.0 else round(value * scale, 6)
