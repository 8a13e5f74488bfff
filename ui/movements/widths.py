"""How narrow a column of the tier-movement table may go: one long name cut rather than every
column (apart from ui.movements.page, which the layering tool holds to 450 lines)."""

from __future__ import annotations


def capped(widths: dict[int, int], over: int, floors: dict[int, int]) -> dict[int, int]:
    """The columns to narrow and their widths, `over` pixels taken from the widest first
    (cut to one width, none below its floor): one long name is cut, not every column."""
    if over <= 0:
        return {}
    cap = max(widths.values(), default=0)

    def width(n: int) -> int:
        return min(widths[n], max(cap, floors[n]))

    while cap > 0 and sum(widths[n] - width(n) for n in widths) < over:
        cap -= 1
    return {n: width(n) for n in widths if width(n) < widths[n]}
