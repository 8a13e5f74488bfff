"""The customer table: its columns over the analysis's customers, its colours and filters.

The model and proxy are ui.columns': data() reads the CustomerMetrics it holds and the proxy
sorts on the raw values, so 20,000 customers sort and filter at once.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap

from core.actions.cell_looks import plain_letters
from core.actions.export import belongs_to
from core.actions.ledger_words import country_text
from core.actions.stop_loss import grade_text
from core.analysis.model import CustomerMetrics
from core.analysis.names import (
    GROUP_RANK,
    GROUPS,
    LIST_RANK,
    LISTS,
    RFMT,
    group_heading,
    list_heading,
    list_name,
)
from core.i18n import N_, NP_, amount_text, listed, tr
from core.rules import Rules
from ui import style
from ui.column_filter import ColumnFilter
from ui.columns import AT_A_SPACE, ROW_ROLE, SORT_ROLE, ColumnModel
from ui.columns import Column as GenericColumn

CUSTOMER_ROLE = ROW_ROLE
Column = GenericColumn[CustomerMetrics]
__all__ = ["COLUMNS", "COLUMN_INDEX", "CUSTOMER_ROLE", "SORT_ROLE", "CustomerFilter",
           "CustomerModel"]


STOP_LOSS_MARK = N_("yes")  # a word, drawn beside a red mark: no font lacks it
# The column follows the list in force, as the panel and the printed lists do: a customer
# pinned white though the rule catches it read "yes" beside "White list" (suspend, or
# protect?), and one pinned black showed no mark. Where a pin overrules the rule, it says so,
# briefly (the List column beside it names the list; "rule: yes – pinned to the
# confirm-payment list" made the column the table's widest and pushed the salesperson off)
PINNED_BLACK_MARK = N_("yes – pinned")
PINNED_BLACK_TIP = N_("Put on the black list by hand: suspend supply and collect. The "
                      "stop-loss rule alone would not catch it.")
OVERRULED_MARK = N_("rule: yes – pinned")
OVERRULED_TIP = N_("The stop-loss rule catches it, but it was put on the {list} by hand: that "
                   "list is in force, not the rule.")
# the customer's tooltip while the last start's table is shown: it keeps no reasons
LAST_START_TIP = N_("As the last start showed it. Why this customer sits in its tier and how "
                    "it pays are shown once the analysis is done.")


def _money(value: float | None) -> str:
    return "" if value is None else amount_text(value)


def stop_loss_text(c: CustomerMetrics) -> str:
    """The stop-loss cell: marked when the customer is on the black list (by the rule or by a
    pin); where a pin overrules the rule's verdict, saying so. The rule's own verdict stays
    `c.stop_loss` (customers --json's `stop_loss`)."""
    if c.list == "black":
        return tr(STOP_LOSS_MARK if c.stop_loss else PINNED_BLACK_MARK)
    if c.stop_loss and c.list:  # only a pin keeps a customer the rule catches off black
        return tr(OVERRULED_MARK)
    return ""


def stop_loss_rank(c: CustomerMetrics) -> int:
    """Black by the rule, black by hand, caught but pinned elsewhere, the rest."""
    if c.list == "black":
        return 0 if c.stop_loss else 1
    return 2 if c.stop_loss and c.list else 3


def _flags(c: CustomerMetrics) -> str:
    marks = {True: "✓", False: "✗", None: "?"}
    return " ".join(f"{k.upper()}{marks[c.rfmt[k].passed]}" for k in "rfmt") if c.rfmt else ""


# Who, then what to act on (overdue, grade, list, stop-loss), then the figures behind the tier:
# at 1280 × 800 the first columns are the ones on screen. Every header says what its column
# shows on hover; {months}, {days} and {lists} are filled from the rules the table shows.
COLUMNS: tuple[Column, ...] = (
    Column("tier", N_("Tier"), lambda c: group_heading(c.tier),
           lambda c: (GROUP_RANK[c.tier], c.rank or 10**9), tip=N_(
               "The customer's place in the pyramid (strategic, core, long tail), or prospect "
               "(trial orders only), or dormant (no order in the last {months} months)"),
           words=lambda: map(group_heading, GROUPS)),
    # named as the lists print them (one display rule, cell_looks.plain_letters): spaced
    # out, "Ｐａｃｉｆｉｃｏ Comercial Ltda." wrapped mid-name and sorted after every Z
    Column("customer", N_("Customer"), lambda c: plain_letters(c.customer),
           lambda c: plain_letters(c.customer),
           tip=N_("The customer as the ledger names it; hover a name for why it sits in its "
                  "tier")),
    Column("overdue", N_("Overdue"), lambda c: _money(c.overdue_amount) if c.overdue_amount
           else "", lambda c: c.overdue_amount, True, tip=N_(
               "Unpaid amounts past their due date, counted to the receipts date, in the base "
               "currency")),
    Column("days", N_("Days overdue"), lambda c: str(c.max_days_overdue) if c.max_days_overdue
           else "", lambda c: c.max_days_overdue, True, tip=NP_(
               "The longest any unpaid amount is past due, counted to the receipts date; red "
               "past the stop-loss rule's {days} day",
               "The longest any unpaid amount is past due, counted to the receipts date; red "
               "past the stop-loss rule's {days} days", by="days")),
    Column("grade", N_("Grade"), lambda c: grade_text(c),
           lambda c: (c.risk_grade or "~", c.risk_score or 0), tip=N_("Payment risk grade"),
           descending=True),
    Column("list", N_("List"), lambda c: list_heading(c.list) if c.list else "",
           lambda c: LIST_RANK.get(c.list or "", len(LIST_RANK)),
           tip=N_("The action list the customer is on: {lists}")),
    Column("stop_loss", N_("Stop-loss"), lambda c: stop_loss_text(c), stop_loss_rank,
           tip=N_("On the black list: suspend supply and collect. Where a list pinned by hand "
                  "overrules the stop-loss rule, the cell says so.")),
    Column("salesperson", N_("Salesperson"), lambda c: c.salesperson or "",
           lambda c: c.salesperson or "", tip=N_("The salesperson the ledger gives for the "
                                                  "customer's orders")),
    # in English a Chinese country name as the English lists print it (波兰 → Poland), sorted
    # and searched by it; the stored value stays as the ledger wrote it
    Column("country", N_("Country"), lambda c: country_text(c.country),
           lambda c: country_text(c.country),
           tip=N_("The customer's country from the ledger, named in the app's language")),
    Column("orders", N_("Orders"), lambda c: str(c.orders_12m), lambda c: c.orders_12m, True,
           tip=N_("Valid orders in the last {months} months to the analysis date (cancelled "
                  "and trial orders and credit notes not counted)")),
    Column("revenue", N_("Revenue"), lambda c: _money(c.revenue_12m), lambda c: c.revenue_12m,
           True, tip=N_("Sales less credit notes in the last {months} months to the "
                        "analysis date, in the base currency")),
    Column("avg_order", N_("Avg order"), lambda c: _money(c.avg_order_12m),
           lambda c: c.avg_order_12m, True, tip=N_(
               "The average valid order of the last {months} months to the analysis date, in "
               "the base currency")),
    Column("margin", N_("Margin"), lambda c: "" if c.gross_margin is None
           else f"{c.gross_margin:.1%}", lambda c: -1.0 if c.gross_margin is None
           else c.gross_margin, True, tip=N_(
               "Gross profit over revenue in the last {months} months to the analysis date "
               "(blank where the costs are not known)")),
    Column("recency", N_("Days since order"), lambda c: "" if c.recency_days is None
           else str(c.recency_days), lambda c: 10**9 if c.recency_days is None
           else c.recency_days, True, tip=N_("Days since last order"), descending=False),
    Column("rfmt", RFMT, _flags, lambda c: c.criteria_passed, descending=True, tip=N_(
        "The tier's four criteria over the last {months} months: R an order, F enough "
        "orders, M a large enough average order, T the trade terms wanted (✓ met, ✗ not, "
        "? not known)")),
    Column("clv", N_("Lifetime value"), lambda c: _money(c.clv),
           lambda c: -1.0 if c.clv is None else c.clv, True,
           tip=N_("Discounted lifetime value: what the coming years' orders are worth today")),
)
# A project customer is judged over its own window (core.rules.Rules.window_for): the
# columns over the window say so where the rules give it another length.
PROJECT_WINDOW_TIP = N_("Project customers: the last {months} months.")
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}


def header_tip(column: Column, rules: Rules) -> str:
    """What a header says on hover, with the months, days and lists of these rules."""
    tip = tr(column.tip, months=rules.window_months, days=rules.stop_loss_days,
             lists=listed([list_name(code) for code in LISTS]))
    if "{months}" in column.tip and rules.project_window_months != rules.window_months:
        tip += "\n" + tr(PROJECT_WINDOW_TIP, months=rules.project_window_months)
    return tip


@functools.cache
def stop_mark() -> QPixmap:
    """A red disc painted here, not a glyph a font may lack (⛔ shows as a box on many PCs)."""
    size = 12
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(style.BAD))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return pixmap


class CustomerModel(ColumnModel):
    columns = COLUMNS
    # "Days / overdue", "Lifetime / value": at 150 % on 1280 × 800 the table showed five of its
    # sixteen columns, "Days overdue" on one line as wide as a name over three digits
    title_lines = AT_A_SPACE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rules = Rules.defaults()
        self.waiting = False  # the last start's rows, shown until the analysis lands

    @property
    def customers(self) -> list[CustomerMetrics]:
        return self.rows

    def set_customers(self, customers: list[CustomerMetrics], rules: Rules | None = None,
                      waiting: bool = False) -> None:
        """The analysis's customers, and the rules it was made with (overdue past the
        stop-loss days shows red); `waiting`: the last start's, whose reasons come with the
        analysis."""
        self.rules = rules or Rules.defaults()
        self.waiting = waiting
        self.set_rows(customers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return header_tip(COLUMNS[section], self.rules)
        return super().headerData(section, orientation, role)

    def extra(self, c: CustomerMetrics, column: Column, role: int) -> Any:
        if column.key == "stop_loss":
            return self._stop_loss_extra(c, role)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.key == "grade":
                return QBrush(QColor(style.GRADE_COLOURS.get(c.risk_grade or "", style.MUTED)))
            if (column.key in ("overdue", "days")
                    and c.max_days_overdue > self.rules.stop_loss_days):
                return QBrush(QColor(style.BAD))
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "customer":
            if self.waiting:
                return tr(LAST_START_TIP)
            if c.reasons:
                return "\n".join(m.text for m in c.reasons)
        return None

    @staticmethod
    def _stop_loss_extra(c: CustomerMetrics, role: int) -> Any:
        """The red mark and colour for the black list only; a pin's cell explains itself."""
        black = c.list == "black"
        if role == Qt.ItemDataRole.DecorationRole and black:
            return stop_mark()
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(style.BAD if black else style.MUTED))
        if role == Qt.ItemDataRole.ToolTipRole:
            if black and not c.stop_loss:
                return tr(PINNED_BLACK_TIP)
            if not black and c.stop_loss and c.list:
                return tr(OVERRULED_TIP, list=list_name(c.list))
        return None


class CustomerFilter(ColumnFilter):
    """Search (name, country as shown and as stored, salesperson) and filters for tier, grade,
    list and salesperson."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tier: str | None = None  # a tier or group code
        self.grade: str | None = None
        self.list: str | None = None
        self.salesperson: str | None = None

    def admits(self, c: CustomerMetrics) -> bool:
        if self.tier and c.tier != self.tier:
            return False
        if self.grade and c.risk_grade != self.grade:
            return False
        if self.list and c.list != self.list:
            return False
        return not self.salesperson or belongs_to(c, self.salesperson)

    def searched(self, c: CustomerMetrics) -> tuple[str | None, ...]:
        """The country by the name shown and by the one the ledger wrote: in English a buyer of
        波兰 is found by "Poland" and by 波兰 (as the ledger and the clerk's notes say it)."""
        shown = country_text(c.country)
        return c.customer, shown, c.country if c.country != shown else None, c.salesperson

    def customer_at(self, row: int) -> CustomerMetrics | None:
        found: CustomerMetrics | None = self.row_at(row)
        return found
