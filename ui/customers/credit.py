"""A customer's credit limit, credit insurance and group, set by hand from its menu.

The customer menu (the table's and the detail panel's) gains "Credit limit, insurance and
group…", a small dialog, and "Leave the group" for a customer in one. What the user sets is an
override in core (core/credit_terms.py): it wins over the ledger, survives re-imports and is
undone like any correction. The dialog only says what changed; the changes run on the runner
through ui.operations, each its own step to undo, and the window analyses again.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import insurer_name
from core.i18n import N_, amount_text, sentences, tr
from core.ledger.cover import SINOSURE
from core.messages import Message
from core.rules import Rules
from ui import operations, style
from ui.customers.corrections import OverrideActions
from ui.customers.group_dialog import GroupDialog
from ui.widgets import PERCENT_SUFFIX, NumberBox

LEDGER, INSURED, NOT_INSURED = "ledger", "insured", "not_insured"
INSURANCE_CHOICES = ((LEDGER, N_("As the ledger says")), (INSURED, N_("Insured")),
                     (NOT_INSURED, N_("Not insured")))


class CreditDialog(QDialog):
    """The limit (empty: the ledger's; 0: none), the insurance and the group of a customer."""

    submitted = Signal(list)  # [(change, args)] for operations.apply_overrides

    def __init__(self, customer: CustomerMetrics, analysis: Analysis | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("credit_dialog")
        self.setMinimumWidth(460)  # the notes wrap, the ledger's limit shows in full
        self.customer = customer
        rules = analysis.rules if analysis else Rules.defaults()
        others = analysis.customers if analysis else []
        self.setWindowTitle(tr(N_("Credit limit, insurance and group: {customer}"),
                               customer=customer.customer))
        limit, cover = customer.credit_limit_set, customer.insurance
        self.hand_limit = limit.source == "hand" if limit else False
        self.limit_text = _number(limit.amount) if limit and self.hand_limit else ""
        self.limit = QLineEdit(self.limit_text)
        self.limit.setObjectName("credit_limit")
        ledger = (tr(N_("the ledger's: {amount} {currency}"), amount=amount_text(limit.amount),
                     currency=limit.currency) if limit and not self.hand_limit
                  else tr(N_("the ledger's, if it gives one")))
        self.limit.setPlaceholderText(ledger)
        self.currency = QComboBox()
        self.currency.setObjectName("credit_currency")
        self.currency.setEditable(True)
        codes = {rules.base_currency, *(o.currency for o in (analysis.orders if analysis
                                                              else []))}
        self.currency.addItems(sorted(codes))
        self.currency.setCurrentText(limit.currency if limit else rules.base_currency)
        self.insurance = QComboBox()
        self.insurance.setObjectName("credit_insurance")
        for code, label in INSURANCE_CHOICES:
            self.insurance.addItem(tr(label), code)
        self.initial_mode = (LEDGER if cover is None or cover.source != "hand"
                             else INSURED if cover.percent > 0 else NOT_INSURED)
        self.insurance.setCurrentIndex(self.insurance.findData(self.initial_mode))
        self.insurer = QComboBox()
        self.insurer.setObjectName("credit_insurer")
        self.insurer.setEditable(True)
        for name in dict.fromkeys([SINOSURE, *(c.insurance.insurer for c in others
                                               if c.insurance and c.insurance.insurer)]):
            self.insurer.addItem(insurer_name(name), name)
        self.insurer.setCurrentText(insurer_name(cover.insurer) if cover and cover.insurer
                                    else insurer_name(SINOSURE))
        self.percent = NumberBox()  # "90%", as the settings write a percentage
        self.percent.setObjectName("credit_percent")
        self.percent.setRange(1, 100)
        self.percent.setSuffix(PERCENT_SUFFIX)
        self.percent.setValue(cover.percent if cover and cover.percent > 0
                              else rules.insured_default_pct)
        self.initial_cover = (self.insurer.currentText(), self.percent.value())
        self.group = QComboBox()
        self.group.setObjectName("credit_group")
        self.group.setEditable(True)
        self.group.addItems(["", *sorted({c.credit_group for c in others if c.credit_group},
                                         key=str.casefold)])
        self.group.setCurrentText(customer.credit_group or "")
        self.insurance.currentIndexChanged.connect(self._enable)
        self._layout(rules)
        self._enable()

    def _layout(self, rules: Rules) -> None:
        form = QFormLayout()
        form.addRow(tr(N_("Credit limit")), self.limit)
        form.addRow(tr(N_("Currency")), self.currency)
        form.addRow(_note(tr(N_("Empty: the ledger's limit. 0: no limit, whatever the ledger "
                                "says. Owing more than the limit puts the customer and its "
                                "group on the watch list."))))
        form.addRow(tr(N_("Credit insurance")), self.insurance)
        form.addRow(tr(N_("Insurer")), self.insurer)
        form.addRow(tr(N_("Insured share of a loss")), self.percent)
        form.addRow(_note(tr(N_(
            "The insured part of what it owes ({percent:g}% by default, within the credit "
            "limit) no longer counts as money at risk in the score and the stop-loss "
            "exposure."), percent=rules.insured_default_pct)))
        form.addRow(tr(N_("Group")), self.group)
        form.addRow(_note(tr(N_(
            "Sister companies of one owner: their overdue money is added up for the "
            "stop-loss exposure limit. Empty: in no group."))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _enable(self) -> None:
        insured = self.insurance.currentData() == INSURED
        self.insurer.setEnabled(insured)
        self.percent.setEnabled(insured)

    def changes(self) -> list[operations.Change]:
        """What the user changed, as corrections (nothing for a field left as it was)."""
        found: list[operations.Change] = []
        text = self.limit.text().strip()
        if text != self.limit_text or (text and self.currency.currentText().upper() != (
                self.customer.credit_limit_set.currency if self.customer.credit_limit_set
                else "")):
            found.append(("limit", (text, self.currency.currentText())) if text
                         else ("limit_clear", ()))
        mode = self.insurance.currentData()
        cover = (self.insurer.currentText(), self.percent.value())
        if mode == LEDGER and self.initial_mode != LEDGER:
            found.append(("insure_clear", ()))
        elif mode == NOT_INSURED and self.initial_mode != NOT_INSURED:
            found.append(("insure", (None, "0")))
        elif mode == INSURED and (self.initial_mode != INSURED or cover != self.initial_cover):
            index = self.insurer.findText(cover[0])
            insurer = self.insurer.itemData(index) if index >= 0 else cover[0]
            found.append(("insure", (insurer, cover[1])))
        group = " ".join(self.group.currentText().split())
        if group != (self.customer.credit_group or ""):
            found.append(("group", (group,)) if group else ("ungroup", ()))
        return found

    def accept(self) -> None:
        self.submitted.emit(self.changes())
        super().accept()


class CreditActions(QObject):
    """The customer menu's credit entries, beside the corrections whose runner, database and
    signals they share: what they change is a correction like the others."""

    def __init__(self, corrections: OverrideActions) -> None:
        super().__init__(corrections)
        self.corrections = corrections
        self.dialog: CreditDialog | None = None  # the last one opened (tests fill it)
        self.group_dialog: GroupDialog | None = None  # as the last group box

    def add_to(self, menu: QMenu, customer: CustomerMetrics, parent: QWidget,
               selected: list[CustomerMetrics] | None = None) -> None:
        """The entries, after the menu's corrections; grouping too when several customers are
        selected."""
        menu.addSeparator()
        if selected and len(selected) > 1:
            menu.addAction(tr(N_("Put the {count} selected customers in a group…"),
                              count=len(selected)),
                           lambda *_: self.group(selected, parent)
                           ).setObjectName("correction_group")
        menu.addAction(tr(N_("Credit limit, insurance and group…")),
                       lambda *_: self.edit(customer, parent)).setObjectName("correction_credit")
        if customer.credit_group:
            menu.addAction(tr(N_("Leave the group “{group}”"), group=customer.credit_group),
                           lambda *_: self.apply(customer, [("ungroup", ())])
                           ).setObjectName("correction_ungroup")

    def edit(self, customer: CustomerMetrics, parent: QWidget) -> CreditDialog:
        dialog = CreditDialog(customer, self.corrections.analysis, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(partial(self.apply, customer))
        dialog.open()
        self.dialog = dialog
        return dialog

    def apply(self, customer: CustomerMetrics, changes: list[operations.Change]) -> None:
        """The changes on the runner, one correction each; core's words on `changed`."""
        owner = self.corrections
        if owner.db_path is not None and changes:
            owner.runner.run(owner, partial(operations.apply_overrides, owner.db_path,
                                            f"#{customer.customer_id}", changes),
                             on_success=self._done, on_failure=owner.failed.emit)

    def group(self, customers: list[CustomerMetrics], parent: QWidget) -> GroupDialog:
        """Ask the group's name (an existing one, or a new one typed), then group them."""
        owner = self.corrections
        found = owner.analysis.customers if owner.analysis else []
        names = sorted({c.credit_group for c in found if c.credit_group}, key=str.casefold)
        dialog = GroupDialog(customers, names, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(partial(self._group, customers))
        dialog.open()
        self.group_dialog = dialog
        return dialog

    def _group(self, customers: list[CustomerMetrics], name: str) -> None:
        owner = self.corrections
        if owner.db_path is not None:
            owner.runner.run(owner, partial(operations.group_customers, owner.db_path,
                                            [f"#{c.customer_id}" for c in customers], name),
                             on_success=lambda message: self._done([message]),
                             on_failure=owner.failed.emit)

    def _done(self, messages: list[Message]) -> None:
        self.corrections.changed.emit(sentences(*(m.text for m in messages)))


def _number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.2f}"


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {style.NOTE};")
    return label

