"""The selected customer's orders, each with what is open and how late, for the detail panel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.analysis.model import Analysis, CustomerMetrics
from core.i18n import N_, tr
from core.ledger.terms import rung_label
from ui import style

Index = QModelIndex | QPersistentModelIndex
HEADERS = (N_("Order no."), N_("Order date"), N_("Amount"), N_("Currency"), N_("Payment terms"),
           N_("Ship date"), N_("Due date"), N_("Open"), N_("Days overdue"), N_("Status"))


@dataclass
class OrderLine:
    order_no: str
    order_date: date
    amount: float
    currency: str
    terms: str
    ship_date: date | None
    due_date: date | None
    open: float  # base currency
    days_overdue: int
    status: str  # cancelled, trial, disputed, overdue, open, paid
    ship_estimated: bool = False  # no ship-date column: order date + the lead time


def order_lines(analysis: Analysis, customer: CustomerMetrics) -> list[OrderLine]:
    """The customer's orders up to A, newest first, joined with their receivables."""
    owed: dict[int, list[Any]] = {}
    for item in customer.receivables:
        owed.setdefault(item.order_id, []).append(item)
    lines = []
    for o in analysis.orders_by_customer.get(customer.customer_id, []):
        items = owed.get(o.order_id, [])
        open_base = sum(i.open_base for i in items if i.shipped)
        days = max((i.days_overdue for i in items), default=0)
        due = min((i.due_date for i in items if i.due_date), default=None)
        guessed = [i.ship_date for i in items if i.ship_date_estimated and i.ship_date]
        owing = any(i.open > 0 for i in items if i.shipped)  # a currency without a rate too
        status = ("cancelled" if o.cancelled else "credit_note" if o.credit_note else
                  "trial" if o.trial else
                  "disputed" if o.status == "disputed" else "overdue" if days > 0 and owing
                  else "open" if owing else "paid")
        lines.append(OrderLine(o.order_no or "—", o.order_date, o.written + o.credit,
                               o.currency,
                               o.payment_terms or (tr(rung_label(o.pay_rung)) if o.pay_rung
                                                   else ""),
                               o.ship_date or min(guessed, default=None), due, open_base,
                               days, status, bool(guessed) and not o.ship_date))
    return sorted(lines, key=lambda line: line.order_date, reverse=True)


def _ship_text(line: OrderLine) -> str:
    if not line.ship_date:
        return ""
    day = line.ship_date.isoformat()
    return tr(N_("{date} (estimated)"), date=day) if line.ship_estimated else day


STATUS = {"cancelled": N_("cancelled"), "credit_note": N_("credit note"),
          "trial": N_("trial order"), "disputed": N_("disputed"),
          "overdue": N_("overdue"), "open": N_("open"), "paid": N_("paid")}


class OrdersModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[OrderLine] = []

    def set_lines(self, lines: list[OrderLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.status == "overdue":
                return QBrush(QColor(style.BAD))
            if line.status == "cancelled":
                return QBrush(QColor(style.FADED))
        if role == Qt.ItemDataRole.FontRole and line.status == "cancelled":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 7, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(line: OrderLine, column: int) -> str:
        values = (line.order_no, line.order_date.isoformat(), f"{line.amount:,.2f}",
                  line.currency, line.terms,
                  _ship_text(line),
                  line.due_date.isoformat() if line.due_date else "",
                  f"{line.open:,.0f}" if line.open else "",
                  str(line.days_overdue) if line.days_overdue else "", tr(STATUS[line.status]))
        return values[column]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None
