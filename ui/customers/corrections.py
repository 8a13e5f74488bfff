"""The customer's context menu: merge, pin, exclude, project — core's overrides, undoable.

The same menu serves the table's context menu and the detail panel's button. Each change runs
on the runner (one writer at a time) through ui.operations; `changed` then carries core's
message and the window analyses again, so the table shows the change at once. Every entry has
an object name ("correction_…"): tests/test_every_action.py checks each one is triggered by a
test. View → Corrections (ui.customers.corrections_view) lists them all and takes any back.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import LISTS, TIERS, group_heading, list_heading
from core.i18n import N_, tr
from core.messages import Message
from core.override_changes import NOTHING_TO_UNDO, LastChange
from core.rules import Rules
from ui import operations
from ui.customers.merge_dialog import MergeDialog
from ui.tasks import Failure, Runner

UNDO_MOVED = "undo_moved"  # core's refusal of an undo whose change another has followed
UNSETTLED = N_("Undo the last change")  # while a change is made: which is last, not yet read


def _named(action: QAction, name: str) -> QAction:
    action.setObjectName(f"correction_{name}")
    return action


class OverrideActions(QObject):
    """Builds the menu and runs the chosen change; `changed` carries core's message."""

    changed = Signal(str)
    failed = Signal(object)
    listRequested = Signal()  # noqa: N815 - "All corrections…": the window opens the view

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.db_path: Path | None = None
        self.analysis: Analysis | None = None
        self.dialog: MergeDialog | None = None  # the last merge chooser (tests read it)
        self.last: LastChange | None = None  # what Undo takes back, read with the analysis
        self.settled = False  # False while a change runs: the last one is not yet known

    def show(self, db_path: Path, analysis: Analysis, last: LastChange | None = None) -> None:
        """The database the changes go to, the analysis the menu offers customers from, and
        the change Undo would take back (read with it, so the menu names it at once)."""
        self.db_path, self.analysis, self.last, self.settled = db_path, analysis, last, True

    def menu(self, customer: CustomerMetrics, parent: QWidget) -> QMenu:
        ref = f"#{customer.customer_id}"
        menu = QMenu(parent)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new one at each request
        _named(menu.addAction(tr(N_("Merge another customer into this one…")),
                              lambda *_: self.choose_merge(customer, parent)), "merge")
        pin_list = menu.addMenu(tr(N_("Put on a list")))
        for code in LISTS:
            _named(pin_list.addAction(list_heading(code), self._change("pin", ref, code)),
                   "pin_list")
        pin_tier = menu.addMenu(tr(N_("Pin to a tier")))
        for code in TIERS:
            _named(pin_tier.addAction(group_heading(code), self._change("pin", ref, code)),
                   "pin_tier")
        if customer.pinned_list or customer.pinned_tier:
            _named(menu.addAction(tr(N_("Remove the pins")), self._change("unpin", ref, "all")),
                   "unpin")
        rules = self.analysis.rules if self.analysis else Rules.defaults()
        project = _named(menu.addAction(tr(N_("Project buyer (judged on {months} months)"),
                                           months=rules.project_window_months)), "project")
        project.setCheckable(True)
        project.setChecked(customer.project)
        project.triggered.connect(self._change("project", ref, not customer.project))
        menu.addSeparator()
        _named(menu.addAction(tr(N_("Leave out of the analysis")), self._change("exclude", ref)),
               "exclude")
        self._add_undo(menu)
        _named(menu.addAction(tr(N_("All corrections…")), lambda *_: self.listRequested.emit()),
               "list")
        return menu

    def _add_undo(self, menu: QMenu) -> None:
        """Undo takes back the last change to any customer: it says whose and what, greyed
        out with a plain word when there is none (or while a change is still being made)."""
        last = self.last if self.settled else None
        text = last.offer.text if last else (
            NOTHING_TO_UNDO.text if self.settled else tr(UNSETTLED))
        undo = _named(menu.addAction(text, lambda *_: self.undo()), "undo")
        undo.setEnabled(last is not None)

    def _change(self, change: str, customer: str, *args: object) -> Callable[..., None]:
        """A menu entry's slot (it ignores the entry's `checked`)."""
        return lambda *_: self.apply(change, customer, *args)

    def choose_merge(self, customer: CustomerMetrics, parent: QWidget) -> MergeDialog | None:
        """The chooser, most similar names first; the merge runs once it is confirmed."""
        if self.analysis is None:
            return None
        dialog = MergeDialog(self.analysis, customer, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda other: self.apply(
            "merge", f"#{customer.customer_id}", f"#{other.customer_id}"))
        dialog.open()
        self.dialog = dialog
        return dialog

    def apply(self, change: str, customer: str, *args: object) -> None:
        """One of operations.CHANGES for the customer ("#id" or a name), on the runner."""
        if self.db_path is not None:
            self.settled = False
            self.runner.run(self, partial(operations.apply_override, self.db_path, change,
                                          customer, *args),
                            on_success=self._done, on_failure=self._failed)

    def undo(self) -> None:
        """The change the menu named, or nothing (core refuses if another took its place)."""
        if self.db_path is not None and self.settled and self.last is not None:
            self.settled = False
            self.runner.run(self, partial(operations.undo_override, self.db_path,
                                          self.last.entry),
                            on_success=self._done, on_failure=self._failed)

    def _done(self, message: Message) -> None:
        self.changed.emit(message.text)

    def _failed(self, failure: Failure) -> None:
        self.settled = True  # refused: the database is as it was, and so is its last change
        self.failed.emit(failure)
        if failure.code == UNDO_MOVED:  # changed elsewhere: analysed again, Undo names it
            self.changed.emit(failure.text)
