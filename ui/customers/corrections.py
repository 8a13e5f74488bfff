"""The customer's context menu: merge, pin, exclude, project — core's overrides, undoable.

The same menu serves the table's context menu and the detail panel's button. Each change runs
on the runner (one writer at a time) and then asks the window to analyse again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from core import overrides
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import LISTS, TIERS, group_name, list_name
from core.i18n import N_, tr
from core.messages import Message
from core.rules import Rules
from core.store import connect
from ui.tasks import Runner


class OverrideActions(QObject):
    """Builds the menu and runs the chosen change; `changed` carries core's message."""

    changed = Signal(str)
    failed = Signal(object)

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.db_path: Path | None = None
        self.analysis: Analysis | None = None

    def menu(self, customer: CustomerMetrics, parent: QWidget) -> QMenu:
        ref = f"#{customer.customer_id}"
        menu = QMenu(parent)
        menu.addAction(tr(N_("Merge another customer into this one…")),
                       lambda: self._merge(customer, parent))
        pin_list = menu.addMenu(tr(N_("Put on a list")))
        for code in LISTS:
            pin_list.addAction(list_name(code), self._run(overrides.pin, ref, code))
        pin_tier = menu.addMenu(tr(N_("Pin to a tier")))
        for code in TIERS:
            pin_tier.addAction(group_name(code), self._run(overrides.pin, ref, code))
        if customer.pinned_list or customer.pinned_tier:
            menu.addAction(tr(N_("Remove the pins")), self._run(overrides.unpin, ref, "all"))
        rules = self.analysis.rules if self.analysis else Rules.defaults()
        project = menu.addAction(tr(N_("Project buyer (judged on {months} months)"),
                                    months=rules.project_window_months))
        project.setCheckable(True)
        project.setChecked(customer.project)
        project.triggered.connect(self._run(overrides.set_project, ref, not customer.project))
        menu.addSeparator()
        menu.addAction(tr(N_("Leave out of the analysis")), self._run(overrides.exclude, ref))
        menu.addAction(tr(N_("Undo the last change")), self.undo)
        return menu

    def _merge(self, customer: CustomerMetrics, parent: QWidget) -> None:
        names = sorted((c.customer for c in (self.analysis.customers if self.analysis else [])
                        if c.customer_id != customer.customer_id), key=str.casefold)
        other, ok = QInputDialog.getItem(
            parent, tr(N_("Merge customers")),
            tr(N_("Which customer is the same as “{name}”? Its orders will count as this "
                  "customer's."), name=customer.customer), names, 0, False)
        if ok and other:
            self._run(overrides.merge, f"#{customer.customer_id}", other)()

    def _run(self, change: Callable[..., Message | None], *args: object) -> Callable[..., None]:
        def go(*_: object) -> None:
            db = self.db_path
            if db is None:
                return

            def work(progress: object = None, cancel: object = None) -> str:
                conn = connect(db)
                try:
                    message = change(conn, *args)
                finally:
                    conn.close()
                return message.text if message else tr(N_("Nothing to undo."))

            task = self.runner.submit(work)
            task.succeeded.connect(self.changed)
            task.failed.connect(self.failed)
        return go

    def undo(self) -> None:
        self._run(lambda conn: overrides.undo(conn))()
