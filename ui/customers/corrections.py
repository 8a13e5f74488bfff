"""The customer's context menu: merge, pin, exclude, project — core's overrides, undoable.

The same menu serves the table's context menu and the detail panel's button. Each change runs
on the runner (one writer at a time) through ui.operations; `changed` then carries core's
message and the window analyses again, so the table shows the change at once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import LISTS, TIERS, group_name, list_name
from core.i18n import N_, tr
from core.messages import Message
from core.rules import Rules
from ui import operations
from ui.tasks import Failure, Runner


class OverrideActions(QObject):
    """Builds the menu and runs the chosen change; `changed` carries core's message."""

    changed = Signal(str)
    failed = Signal(object)

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.db_path: Path | None = None
        self.analysis: Analysis | None = None

    def show(self, db_path: Path, analysis: Analysis) -> None:
        """The database the changes go to, and the analysis the menu offers customers from."""
        self.db_path, self.analysis = db_path, analysis

    def menu(self, customer: CustomerMetrics, parent: QWidget) -> QMenu:
        ref = f"#{customer.customer_id}"
        menu = QMenu(parent)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new one at each request
        menu.addAction(tr(N_("Merge another customer into this one…")),
                       lambda *_: self._merge(customer, parent))
        pin_list = menu.addMenu(tr(N_("Put on a list")))
        for code in LISTS:
            pin_list.addAction(list_name(code), self._change("pin", ref, code))
        pin_tier = menu.addMenu(tr(N_("Pin to a tier")))
        for code in TIERS:
            pin_tier.addAction(group_name(code), self._change("pin", ref, code))
        if customer.pinned_list or customer.pinned_tier:
            menu.addAction(tr(N_("Remove the pins")), self._change("unpin", ref, "all"))
        rules = self.analysis.rules if self.analysis else Rules.defaults()
        project = menu.addAction(tr(N_("Project buyer (judged on {months} months)"),
                                    months=rules.project_window_months))
        project.setCheckable(True)
        project.setChecked(customer.project)
        project.triggered.connect(self._change("project", ref, not customer.project))
        menu.addSeparator()
        menu.addAction(tr(N_("Leave out of the analysis")), self._change("exclude", ref))
        menu.addAction(tr(N_("Undo the last change")), lambda *_: self.undo())
        return menu

    def _change(self, change: str, customer: str, *args: object) -> Callable[..., None]:
        """A menu entry's slot (it ignores the entry's `checked`)."""
        return lambda *_: self.apply(change, customer, *args)

    def _merge(self, customer: CustomerMetrics, parent: QWidget) -> None:
        names = sorted((c.customer for c in (self.analysis.customers if self.analysis else [])
                        if c.customer_id != customer.customer_id), key=str.casefold)
        other, ok = QInputDialog.getItem(
            parent, tr(N_("Merge customers")),
            tr(N_("Which customer is the same as “{name}”? Its orders will count as this "
                  "customer's."), name=customer.customer), names, 0, False)
        if ok and other:
            self.apply("merge", f"#{customer.customer_id}", other)

    def apply(self, change: str, customer: str, *args: object) -> None:
        """One of operations.CHANGES for the customer ("#id" or a name), on the runner."""
        if self.db_path is not None:
            self.runner.run(self, partial(operations.apply_override, self.db_path, change,
                                          customer, *args),
                            on_success=self._done, on_failure=self._failed)

    def undo(self) -> None:
        if self.db_path is not None:
            self.runner.run(self, partial(operations.undo_override, self.db_path),
                            on_success=self._done, on_failure=self._failed)

    def _done(self, message: Message) -> None:
        self.changed.emit(message.text)

    def _failed(self, failure: Failure) -> None:
        self.failed.emit(failure)
