"""The customer table with its search, filters and count: what the clerk scans and acts on.

The count beside the search says how many of how many are shown ("Showing 12 of 148"), and
whenever a filter hides rows it offers to clear them; an empty table says why across its rows
(no customer matches, or the analysis is on its way), so it is never empty without a word.
Columns are as wide as their header in the language in force (or their content), refitted when
the language changes; the user's own widths are kept otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.actions.export import salespeople_of
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import GRADES, GROUPS, LISTS, TIERS, group_heading, list_heading
from core.i18n import N_, tr
from core.rules import Rules
from ui import style
from ui.customers.table_model import (
    COLUMN_INDEX,
    COLUMNS,
    Column,
    CustomerFilter,
    CustomerModel,
)
from ui.sort_header import sortable
from ui.widgets import (
    EmptyNote,
    TitlesHeader,
    compact_rows,
    show_placeholder,
    tab_moves_on,
    words_width,
)

FILTERS = ("tier", "grade", "list", "salesperson")
# the customer column's least and most width, in widths of the font's "x" (182 and 322 pixels
# in a 9-point font): room for a name, never the whole table, in any font or scale
NAME_CHARS = (26, 46)
# the columns up to the list on screen: the name gives way, then the panel beside (roomWanted)
KEPT_IN_VIEW = COLUMN_INDEX["list"] + 1
FIT_ROWS = 50  # rows a column is fitted to, from the top (Qt's default, 1,000, takes seconds)
CLEAR_LINK = "clear"


def fill_combo(combo: QComboBox, label: str, items: list[tuple[str, str]]) -> None:
    """Refill a filter with "all" first, keeping its choice where it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(label, None)
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


class CustomerBrowser(QWidget):
    """Search, four filters, the count, and the table over the analysis's customers."""

    filterChanged = Signal(str, object)  # a filter's name and value, when the user picks one
    # the pixels the table lacks to show the columns up to the list whole, the name at its
    # least: at 150 % in English "White list" sat half past the table's edge
    roomWanted = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CustomerModel(self)
        self.proxy = CustomerFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        tab_moves_on(self.table)
        self.table.setObjectName("customer_table")
        # the sort arrow's room beside the sorted title only, not a two-line one's height beside
        # every title (ui.widgets.TitlesHeader); a two-line title whole: Qt elides
        # "Days\noverdue" as one line ("Days o…")
        self.table.setHorizontalHeader(TitlesHeader(self.table))
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setModel(self.proxy)
        sortable(self.table)
        self.table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self.fit_columns(
            grow_only=True))  # the arrow's room moves to the column sorted by
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)  # what-if
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setWordWrap(False)
        self.search = QLineEdit()
        self.search.setObjectName("customer_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self._filter(search=text))
        self.combos: dict[str, QComboBox] = {}
        for name in FILTERS:
            combo = QComboBox()
            combo.setObjectName(f"filter_{name}")
            combo.currentIndexChanged.connect(lambda _, n=name, c=combo: self._picked(n, c))
            self.combos[name] = combo
        self.count = QLabel()
        self.count.setObjectName("customer_count")
        self.count.setTextFormat(Qt.TextFormat.RichText)
        self.count.linkActivated.connect(lambda _link: self.clear_filters())
        self.pyramid_button = QToolButton()  # the window gives it its "show the pyramid" action
        self.pyramid_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.count.setWordWrap(True)  # a longer language never widens the window
        self.empty = EmptyNote(self.table)  # why no rows are shown, where the rows would be
        self.empty.setObjectName("customer_table_empty")
        self.empty.linkActivated.connect(lambda _link: self.clear_filters())
        # The search on a line of its own with the count, the four filters below: at 150 % on
        # a 1280 × 800 screen one line cannot hold the search's placeholder and the filters.
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.pyramid_button)
        filters = QHBoxLayout()
        for combo in self.combos.values():
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self.update_count)
        self._fitted = False
        self.retranslate()

    # --- data -------------------------------------------------------------------------------
    def set_analysis(self, analysis: Analysis) -> None:
        self.show_customers(analysis.customers, analysis.rules)

    def show_customers(self, customers: list[CustomerMetrics], rules: Rules,
                       waiting: bool = False) -> None:
        """An analysis's customers, or (`waiting` for the analysis) the table the last start
        showed: only its columns."""
        self.model.set_customers(customers, rules, waiting)
        self.fill_filters(customers)
        if not self._fitted:  # the user's own widths are kept after the first fit
            self.fit_columns()
        self.update_count()

    def fill_filters(self, customers: list[CustomerMetrics]) -> None:
        combos = self.combos
        fill_combo(combos["tier"], tr(N_("All tiers")), [(group_heading(c), c) for c in GROUPS])
        fill_combo(combos["grade"], tr(N_("All grades")), [(g, g) for g in GRADES])
        fill_combo(combos["list"], tr(N_("All lists")), [(list_heading(c), c) for c in LISTS])
        # one entry per salesperson however the ledger spells them, as their copies are made
        people = [p for p in salespeople_of(customers) if p]
        fill_combo(combos["salesperson"], tr(N_("All salespeople")), [(p, p) for p in people])

    # --- filters ----------------------------------------------------------------------------
    def _filter(self, **values: str | None) -> None:
        self.proxy.set_filter(**values)
        self.update_count()

    def _picked(self, name: str, combo: QComboBox) -> None:
        self._filter(**{name: combo.currentData()})
        self.filterChanged.emit(name, combo.currentData())

    def set_filters(self, **values: str | None) -> None:
        """Filters chosen elsewhere (a click on the pyramid), shown in their boxes."""
        for name, value in values.items():
            if name not in self.combos:
                continue
            combo = self.combos[name]
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self._filter(**values)

    def filtering(self) -> bool:
        return bool(self.search.text()) or any(c.currentIndex() > 0
                                                for c in self.combos.values())

    def clear_filters(self) -> bool:
        """Every filter back to "all" and the search emptied; whether any was set."""
        was = self.filtering()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.set_filters(search=None, **dict.fromkeys(FILTERS))
        for name in FILTERS:
            self.filterChanged.emit(name, None)
        return was

    def update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        link = f' · <a href="{CLEAR_LINK}">{tr(N_("Clear filters"))}</a>'
        text = tr(N_("Showing {shown} of {total}"), shown=f"{shown:,}", total=f"{total:,}")
        # "Showing 0 of 8" on one line (the search gives way down to its placeholder): left
        # to the layout it took two at 150 %; only the offer to clear may wrap under it
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance(text) + 2)
        if self.model.waiting and not total:  # a first analysis on its way: no "0 of 0"
            self.count.setText("")
            self.empty.setText(tr(N_("The customers are listed once the analysis is done.")))
        elif total and not shown:  # the table says why it is empty, and offers the way back
            self.count.setText(text)
            self.empty.setText(f'<span style="color:{style.WANTS_CHOICE}">' + tr(N_(
                "No customer matches the search and filters ({total} in all).")
                , total=f"{total:,}") + "</span>" + link)
        else:
            self.count.setText(text + (link if self.filtering() else ""))
            self.empty.setText("")

    # --- columns ----------------------------------------------------------------------------
    def fit_columns(self, grow_only: bool = False) -> None:
        """Each column as wide as its header or its content, whichever is wider; the
        customer's name within NAME_CHARS, and narrower where that keeps the columns up to
        the list on screen (at 150 % in English "Grade" sat half past the table's edge), the
        room still lacking asked of the tab (roomWanted);
        rows one line of the font high. `grow_only` (a new language or font): the user's
        widths stay where its words still fit."""
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(FIT_ROWS)
        wanted = [max(header.sectionSizeHint(number), self.table.sizeHintForColumn(number),
                      words_width(self.table, self._words(column)))
                  for number, column in enumerate(COLUMNS)]
        name = COLUMN_INDEX["customer"]
        least, most = (n * self.table.fontMetrics().horizontalAdvance("x") for n in NAME_CHARS)
        short = 0
        if self.table.isVisible():  # its width is known
            room = self.table.viewport().width() - sum(wanted[:KEPT_IN_VIEW]) + wanted[name]
            most = min(most, max(room, least))
            short = least - room
        wanted[name] = min(max(wanted[name], least), most)
        for number, width in enumerate(wanted):
            if not grow_only or self.table.columnWidth(number) < width:
                self.table.setColumnWidth(number, width)
        compact_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(False)
        # fitted for good once shown with rows: rows filled while the table is hidden (the
        # last start's, before the window shows) are fitted again to its width when it shows
        self._fitted = self.model.rowCount() > 0 and self.table.isVisible()
        if short > 0:
            self.roomWanted.emit(short)

    def _words(self, column: Column) -> Iterable[str]:
        """The words a column is as wide as, below the rows it is fitted to: a list's those of
        the lists its customers are on ("Confirm-payment list" over none held the List
        column 134 px wide at 150 %, past the table's edge)."""
        if column.key == "list":
            return {list_heading(c.list) for c in self.model.customers if c.list}
        if column.key == "stop_loss":  # a pin's words only where a pin overrules the rule
            return {column.text(c) for c in self.model.customers} - {""}
        return column.words() if column.words else ()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._fitted and self.model.rowCount():  # filled while hidden: fitted once
            QTimer.singleShot(0, self, self._fit_shown)  # the layout has given the table its width

    def _fit_shown(self) -> None:
        if not self._fitted and self.model.rowCount():
            self.fit_columns()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """A new font (the language's, or a larger one) reaches the table after the words and
        the refit of a language switch: the columns grow to their headers in it. Fitted in
        the Chinese font, "Grade ▲" ran into its arrow in English at 150 %."""
        if event.type() == QEvent.Type.FontChange and self.model.rowCount():
            self.fit_columns(grow_only=self._fitted)
        super().changeEvent(event)

    def retranslate(self) -> None:
        show_placeholder(self.search, tr(N_("Search customer, country or salesperson")))
        self.fill_filters(self.model.customers)
        self.model.retranslate()
        if self.model.rowCount():  # a header or a word grown by the language is not cut
            self.fit_columns(grow_only=self._fitted)  # ("Strat…" after 中文 → English)
        self.update_count()

    # --- rows -------------------------------------------------------------------------------
    def customer_at(self, row: int) -> CustomerMetrics | None:
        return self.proxy.customer_at(row)

    def row_of(self, customer_id: int | None) -> int | None:
        place = self.model.place_of(lambda c: c.customer_id == customer_id)
        if place is None:
            return None
        index = self.proxy.mapFromSource(self.model.index(place, 0))
        return index.row() if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.proxy.index(row, COLUMN_INDEX["customer"])
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)

    def current_customer(self) -> CustomerMetrics | None:
        index: QModelIndex = self.table.currentIndex()
        return self.proxy.customer_at(index.row()) if index.isValid() else None


def tier_kind(value: str | None) -> str:
    """The pyramid's name for a tier filter's value: a band ("tier") or a box ("group")."""
    return "tier" if value in TIERS else "group"
