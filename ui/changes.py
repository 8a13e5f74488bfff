"""What a change of the rules did to the lists and tiers, in one line for the status bar.

After Settings → Save or a new receipts date the window analyses again; the owner then reads
"black list: 9 → 11 · core: 40 → 38" instead of hunting for the difference. Lists and groups
are enumerated from core.analysis.names, so a list added there is counted here too.
"""

from __future__ import annotations

from core.analysis.model import Analysis
from core.analysis.names import GROUPS, LISTS, group_heading, list_heading
from core.i18n import N_, labelled, tr


def counts(analysis: Analysis) -> dict[tuple[str, str], int]:
    """Customers per list and per tier or group: ("list", "black") -> 9."""
    found = {("list", code): 0 for code in LISTS} | {("group", code): 0 for code in GROUPS}
    for c in analysis.customers:
        if c.list and ("list", c.list) in found:
            found[("list", c.list)] += 1
        if ("group", c.tier) in found:
            found[("group", c.tier)] += 1
    return found


def changes_text(before: dict[tuple[str, str], int], after: dict[tuple[str, str], int]) -> str:
    """'Black list: 9 → 11 · Core: 40 → 38', lists first; says so when nothing moved."""
    parts = []
    for key in [*before, *(k for k in after if k not in before)]:
        old, new = before.get(key, 0), after.get(key, 0)
        if old != new:
            kind, code = key
            name = list_heading(code) if kind == "list" else group_heading(code)
            parts.append(labelled(name, f"{old} → {new}"))
    if not parts:
        return tr(N_("Analysed again with the new settings: no list or tier changed."))
    return tr(N_("Analysed again with the new settings: {changes}"), changes=" · ".join(parts))
