"""Choosing the customer to merge: the most similar names first, nothing chosen for the user.

A flat alphabetical list with its first name selected let Enter merge the wrong customer. Here
the candidates come sorted by how alike their names are (core.similarity: folded, case- and
width-blind, shared words), no row is selected, Enter never merges, and the merge is confirmed
in a question naming both customers with their order counts. Corrections → Unmerge takes it
back at any time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.actions.ledger_words import country_text
from core.analysis.model import Analysis, CustomerMetrics
from core.i18n import N_, tr
from core.similarity import most_similar
from ui.column_filter import ColumnFilter
from ui.columns import ROW_ROLE, Column, ColumnModel
from ui.sort_header import sortable
from ui.widgets import compact_rows, fitted, tab_moves_on

Candidate = tuple[CustomerMetrics, float]  # a customer and how alike its name is


def orders_text(c: CustomerMetrics) -> str:
    return tr(N_("1 order")) if c.orders_all == 1 else tr(N_("{count} orders"),
                                                          count=f"{c.orders_all:,}")


CANDIDATE_COLUMNS: tuple[Column[Candidate], ...] = (
    Column("customer", N_("Customer"), lambda r: r[0].customer, lambda r: r[0].customer),
    Column("similar", N_("Alike"), lambda r: f"{r[1]:.0%}", lambda r: r[1], True,
           tip=N_("How alike the names are: shared words, letters in order")),
    Column("orders", N_("Orders"), lambda r: str(r[0].orders_all), lambda r: r[0].orders_all,
           True),
    Column("country", N_("Country"), lambda r: country_text(r[0].country),
           lambda r: country_text(r[0].country)),
    Column("salesperson", N_("Salesperson"), lambda r: r[0].salesperson or "",
           lambda r: r[0].salesperson or ""),
)


class CandidateModel(ColumnModel):
    columns = CANDIDATE_COLUMNS


class CandidateFilter(ColumnFilter):
    """The search alone, on the candidate's name, country and salesperson."""

    def searched(self, row: Any) -> tuple[str | None, ...]:
        c = row[0]
        return c.customer, country_text(c.country), c.salesperson


# The View menu's command to the list of corrections (ui.window_commands), named where a merge
# is confirmed too: the question said "View → Corrections", a command the menu does not have.
CORRECTIONS_COMMAND = N_("Corrections to customers…")


def confirm_merge(parent: QWidget, text: str) -> bool:
    """The last word before a merge: Cancel is the default, so Enter does not merge."""
    box = QMessageBox(QMessageBox.Icon.Question, tr(N_("Merge customers")), text,
                      QMessageBox.StandardButton.Cancel, parent)
    merge = box.addButton(tr(N_("Merge")), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is merge


class MergeDialog(QDialog):
    """`chosen` carries the customer to merge into `keep`, once confirmed."""

    chosen = Signal(object)  # the CustomerMetrics merged into `keep`

    def __init__(self, analysis: Analysis, keep: CustomerMetrics,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.keep = keep
        others = [c for c in analysis.customers if c.customer_id != keep.customer_id]
        by_name = {c.customer: c for c in others}
        ranked = most_similar(keep.customer, list(by_name))
        self.model = CandidateModel(self)
        self.model.set_rows([(by_name[name], score) for name, score in ranked])
        self.proxy = CandidateFilter(self)
        self.proxy.setSourceModel(self.model)
        self.intro = QLabel(wordWrap=True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.set_filter(search=text))
        self.table = QTableView()
        tab_moves_on(self.table)
        self.table.setModel(self.proxy)
        sortable(self.table)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact_rows(self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda _index: self.merge())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = QPushButton()
        self.merge_button.setAutoDefault(False)
        self.merge_button.clicked.connect(self.merge)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # Enter in the search box merges nothing
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), 260))
        self.resize(fitted(self, 720, 520))
        self._selected()

    def retranslate(self) -> None:
        self.setWindowTitle(tr(N_("Merge customers")))
        self.intro.setText(tr(N_(
            "Which customer is the same as “{name}” ({orders})? Its orders will then count as "
            "this customer's. The names most like it come first; choose one and press Merge."),
            name=self.keep.customer, orders=orders_text(self.keep)))
        self.search.setPlaceholderText(tr(N_("Search customer, country or salesperson")))
        self.merge_button.setText(tr(N_("Merge…")))
        self.model.retranslate()

    def candidate(self) -> CustomerMetrics | None:
        rows = self.table.selectionModel().selectedRows()
        found = rows[0].data(ROW_ROLE) if rows else None
        return found[0] if found else None

    def names(self) -> list[str]:
        """The candidates in the order shown (tests read it)."""
        return [self.proxy.row_at(r)[0].customer for r in range(self.proxy.rowCount())]

    def _selected(self) -> None:
        self.merge_button.setEnabled(self.candidate() is not None)

    def merge(self) -> None:
        other = self.candidate()
        if other is None:
            return
        text = tr(N_(
            "Merge “{other}” ({other_orders}) into “{keep}” ({keep_orders})?\n\nFrom now on "
            "“{other}”'s orders count as “{keep}”'s. View → {command} takes it back at any "
            "time."), other=other.customer, other_orders=orders_text(other),
            keep=self.keep.customer, keep_orders=orders_text(self.keep),
            command=tr(CORRECTIONS_COMMAND).removesuffix("…"))
        if confirm_merge(self, text):
            self.chosen.emit(other)
            self.accept()
