"""The table of who moved: one row a move, from core.analysis.movements, with why.

Like the customer table (both are ui.columns'), the model reads the Move it holds for every
cell and the proxy sorts on the raw values, so years of moves filter at once by month, kind
and name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from core.actions.cell_looks import plain_letters
from core.analysis.movements import Move, changed_text, reasons_text
from core.analysis.names import GROUP_RANK, MOVES, list_heading, move_name, side_heading
from core.i18n import N_, amount_text
from ui.column_filter import ColumnFilter
from ui.columns import CHINESE_TOO, ColumnModel
from ui.columns import Column as GenericColumn

Column = GenericColumn[Move]


def _money(value: float | None) -> str:
    return "" if value is None else amount_text(value)


COLUMNS: tuple[Column, ...] = (
    Column("month", N_("Month"), lambda m: m.month_end.strftime("%Y-%m"), lambda m: m.month_end),
    Column("customer", N_("Customer"), lambda m: plain_letters(m.customer),  # as lists name it
           lambda m: plain_letters(m.customer).casefold()),
    Column("salesperson", N_("Salesperson"), lambda m: m.after.salesperson or "",
           lambda m: m.after.salesperson or ""),
    Column("move", N_("Move"), lambda m: move_name(m.kind), lambda m: MOVES.index(m.kind)),
    Column("from", N_("From"), lambda m: side_heading(m.from_group),
           lambda m: -1 if m.from_group is None else GROUP_RANK[m.from_group]),
    Column("to", N_("To"), lambda m: side_heading(m.to_group), lambda m: GROUP_RANK[m.to_group]),
    Column("changed", N_("Criteria changed"), changed_text, changed_text),
    Column("revenue_before", N_("Revenue before"),
           lambda m: _money(m.before.revenue_12m if m.before else None),
           lambda m: m.before.revenue_12m if m.before else -1.0, True),
    Column("revenue", N_("Revenue now"), lambda m: _money(m.after.revenue_12m),
           lambda m: m.after.revenue_12m, True),
    Column("grade", N_("Grade"), lambda m: (f"{m.before.grade} → " if m.before else "")
           + m.after.grade, lambda m: m.after.grade),
    Column("list", N_("List"), lambda m: list_heading(m.after.list) if m.after.list else "",
           lambda m: m.after.list or ""),
    Column("days", N_("Days overdue"), lambda m: str(m.after.max_days_overdue or ""),
           lambda m: m.after.max_days_overdue, True),
    # a sentence, last: it takes the width the figures leave, read from its left edge
    Column("why", N_("Why"), reasons_text, reasons_text),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
# Names a narrow window cuts first, each whole in its tooltip; the words wait until the names
# are at their floors: at 150 % "Long tail" read "Lon…" and "（新客户）" "（新客…"
NARROWED = ("customer", "salesperson")
# and where the window is narrower still (150 % on 1280 × 800, a firm's "back from dormant"
# moves beside long names), these words too, each whole in its tooltip: the table scrolled
# sideways (win44); never the month, a figure or a title
CUT_LAST = (*NARROWED, "move", "from", "to", "changed", "list")


class MoveModel(ColumnModel):
    columns = COLUMNS
    title_lines = CHINESE_TOO  # 此前销售额 as 此前 / 销售额 too

    @property
    def moves(self) -> list[Move]:
        return self.rows

    def extra(self, move: Move, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "why":
            return "\n".join(m.text for m in move.reasons)
        if role == Qt.ItemDataRole.ToolTipRole and column.key in CUT_LAST:
            return column.text(move) or None  # whole, where the column is narrowed
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """"Why" over a sentence starts where the sentence does: centred over a wide column,
        it sat off screen to the right of the clerk's eye and read as a blank header."""
        if (role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal
                and COLUMNS[section].key == "why"):
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            # whole, where room was short and the column narrowed below its title
            return super().headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        return super().headerData(section, orientation, role)


class MoveFilter(ColumnFilter):
    """One month (or all), one kind of move (or all), and a search on name and salesperson."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.month: str | None = None
        self.kind: str | None = None

    def admits(self, move: Move) -> bool:
        if self.month and move.month_end.strftime("%Y-%m") != self.month:
            return False
        return not self.kind or move.kind == self.kind

    def searched(self, move: Move) -> tuple[str | None, ...]:
        return move.customer, move.after.salesperson

    def move_at(self, row: int) -> Move | None:
        found: Move | None = self.row_at(row)
        return found
