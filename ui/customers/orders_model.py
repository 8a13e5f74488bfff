"""The selected customer's orders, each with what is open and how late, for the detail panel.

A ui.columns table: a header click sorts by the column's own values, not its text (dates as
dates, amounts and days as numbers, statuses by what needs the clerk first), and a blank cell
(no due date, nothing open) sorts last either way. Shown newest first, as before.

Amounts in whole units, as the rest of the window (core.i18n.amount_text): the Amount column
once said 8,000.25 beside its own Open column's 8,000.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.analysis.order_history import DEAD, NO_NUMBER, OrderLine
from core.i18n import N_, amount_text
from ui import style
from ui.columns import Column as GenericColumn
from ui.columns import ColumnModel

Column = GenericColumn[OrderLine]
# A status's place when the table is sorted by status: what needs the clerk first
STATUS_ORDER = ("overdue", "disputed", "open", "not_shipped", "paid_fx_loss", "paid_fx_gain",
                "paid", "trial", "credit_note", "returned", "cancelled")


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""


COLUMNS: tuple[Column, ...] = (
    Column("order_no", N_("Order no."), lambda o: o.order_no,
           lambda o: None if o.order_no == NO_NUMBER else o.order_no),
    Column("order_date", N_("Order date"), lambda o: o.order_date.isoformat(),
           lambda o: o.order_date, descending=True),
    Column("amount", N_("Amount"), lambda o: amount_text(o.amount), lambda o: o.amount, True),
    Column("currency", N_("Currency"), lambda o: o.currency, lambda o: o.currency or None),
    Column("terms", N_("Payment terms"), lambda o: o.terms, lambda o: o.terms or None),
    Column("ship_date", N_("Ship date"), lambda o: o.ship_text, lambda o: o.ship_date,
           descending=True),
    Column("due_date", N_("Due date"), lambda o: _day(o.due_date), lambda o: o.due_date,
           descending=True),
    Column("open", N_("Open"), lambda o: amount_text(o.open) if o.open else "",
           lambda o: o.open or None, True),
    Column("days", N_("Days overdue"), lambda o: str(o.days_overdue) if o.days_overdue else "",
           lambda o: o.days_overdue or None, True),
    Column("status", N_("Status"), lambda o: o.status_text,
           lambda o: STATUS_ORDER.index(o.status)),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}


class OrdersModel(ColumnModel):
    """Overdue orders in red; a cancelled or returned one struck out and faded (no order)."""

    columns = COLUMNS

    def extra(self, row: OrderLine, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == "overdue":
                return QBrush(QColor(style.BAD))
            if row.status in DEAD:
                return QBrush(QColor(style.FADED))
        if role == Qt.ItemDataRole.FontRole and row.status in DEAD:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None
