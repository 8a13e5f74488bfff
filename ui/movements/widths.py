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


def cut_in_stages(widths: dict[int, int], over: int,
                  stages: list[dict[int, int]]) -> dict[int, int]:
    """`widths` with `over` pixels taken a stage at a time: each stage's columns (its floors'
    keys) cut as :func:`capped` cuts them, down to those floors, before the next stage's."""
    cut = dict(widths)
    for floors in stages:
        if over <= 0:
            break
        taken = capped({n: cut[n] for n in floors}, over, floors)
        over -= sum(cut[n] - width for n, width in taken.items())
        cut.update(taken)
    return cut



def spread(widths: dict[int, int], room: int, titles: dict[int, int]) -> dict[int, int]:
    """The widths with the room they leave shared out over the columns whose contents are
    wider than their titles (all, where none is), the first ones a pixel more where it does
    not divide: "Why" gone (it could not have its characters), the table kept the contents'
    widths and left a blank strip at its right (about 200 px in Chinese at 150 % on
    1280 × 800). A column as wide as its title (List, Days overdue over no figure) stays so."""
    spare = room - sum(widths.values())
    if spare <= 0 or not widths:
        return dict(widths)
    wider = sorted(n for n in widths if widths[n] > titles.get(n, 0)) or sorted(widths)
    each, extra = divmod(spare, len(wider))
    grown = dict(widths)
    for i, n in enumerate(wider):
        grown[n] += each + (1 if i < extra else 0)
    return grown
