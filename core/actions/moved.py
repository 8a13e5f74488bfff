"""The restructuring workbook's "moved this month" sheet: who changed tier since the last
month end, from what to what, and which criterion changed.

The moves are core.analysis.movements' (the previous month end's snapshot against the analysis
the workbook is made from), so the sheet and the movement view agree. A salesperson's copy
keeps only their customers and leaves out gross profit, like the tier sheets, and names a
list by what to do (core.analysis.names.list_heading), never "black list": it may be forwarded.
"""

from __future__ import annotations

from core.actions.workbook import NAME, Column, Table
from core.analysis.model import Analysis
from core.analysis.movements import Move, Period, changed_text, reasons_text
from core.analysis.names import MOVES, list_heading, move_name, side_heading
from core.i18n import N_, listed, tr

SHEET = N_("Moved this month")
# the month as the movements page's month chooser names it (Period.month, 2025-06): the sheet
# said "since 2025-05-31" and no month, and a workbook opened weeks later read as this month's
TITLE = N_("Moved in {month} (since {since})")


def columns(currency: str, sales: bool) -> list[Column]:
    cols = [
        Column(NAME, tr(N_("Customer")), wrap=True, max_width=28),
        Column("salesperson", tr(N_("Salesperson")), max_width=12),
        Column("move", tr(N_("Move")), max_width=16),
        Column("from", tr(N_("From")), max_width=18),
        Column("to", tr(N_("To")), max_width=18),
        Column("changed", tr(N_("Criteria changed")), max_width=12, detail=True),
        Column("why", tr(N_("Why")), wrap=True, max_width=40),
        Column("revenue_before", tr(N_("Revenue before ({currency})"), currency=currency),
               "money", max_width=16, detail=True),
        Column("revenue_after", tr(N_("Revenue now ({currency})"), currency=currency), "money",
               max_width=16),
    ]
    if not sales:
        cols.append(Column("profit_after", tr(N_("Gross profit now ({currency})"),
                                              currency=currency), "money", max_width=16,
                           detail=True))
    cols += [
        Column("grade", tr(N_("Payment risk grade (before → now)")), max_width=12),
        Column("list", tr(N_("List now")), max_width=14),
        Column("notes", tr(N_("Notes")), max_width=12),
    ]
    return cols


def _row(move: Move, sales: bool) -> dict[str, object]:
    before, after = move.before, move.after
    row: dict[str, object] = {
        "customer": move.customer, "salesperson": after.salesperson or "",
        "move": move_name(move.kind), "from": side_heading(move.from_group),
        "to": side_heading(move.to_group), "changed": changed_text(move),
        "why": reasons_text(move),
        "revenue_before": round(before.revenue_12m, 2) if before else None,
        "revenue_after": round(after.revenue_12m, 2),
        "grade": f"{before.grade} → {after.grade}" if before else after.grade,
        "list": list_heading(after.list, sales) if after.list else "", "notes": "",
    }
    if not sales and after.gross_profit_12m is not None:
        row["profit_after"] = round(after.gross_profit_12m, 2)
    return row


def mine(period: Period, analysis: Analysis) -> list[Move]:
    """The moves of the customers in this analysis (a salesperson's copy holds only theirs)."""
    shown = {c.customer_id for c in analysis.customers}
    return [m for m in period.moves if m.customer_id in shown]


def table(period: Period, analysis: Analysis, sales: bool, suffix: str = "") -> Table:
    title = tr(TITLE, month=period.month,
               since=period.since.isoformat() if period.since else "—")
    return Table(tr(SHEET), title + suffix, columns(analysis.base_currency, sales),
                 [_row(m, sales) for m in mine(period, analysis)])


def summary_fact(period: Period, analysis: Analysis) -> tuple[str, str]:
    """'Moves since 2025-11-30': '1 up, 0 down, 2 new, …' for the overview sheet."""
    moves = mine(period, analysis)
    counts = listed([f"{sum(m.kind == kind for m in moves)} {move_name(kind)}"
                     for kind in MOVES])  # "3 上升、3 下降": no English comma in Chinese
    return tr(N_("Moves since {since}"), since=period.since.isoformat() if period.since
              else "—"), counts
