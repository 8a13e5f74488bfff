"""What stopping supply would mean, shown before anyone acts on it.

The panel sits in the print dialog while the owner's black list is chosen, and the dialog
opens from the customer table for any selection. The figures are core.analysis.what_if's —
the same the stop-loss workbook's overview and `main.py what-if` show — with the article's
case set against them in words.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.actions.cell_looks import plain_letters
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.what_if import WhatIf, article_comparison, shown, summary_rows, what_if
from core.i18n import N_, listed, tr
from ui.widgets import CARD_STYLE, WholeScroll, fitted, selectable_label


class WhatIfPanel(QFrame):
    """The figures in a two-column grid, the customers named, the comparison in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(CARD_STYLE)
        self.found: WhatIf | None = None
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.names = QLabel(self)
        self.names.setWordWrap(True)
        self.grid = QGridLayout()
        self.words = selectable_label()
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.names)
        column.addLayout(self.grid)
        column.addWidget(self.words)
        # a dialog made taller gives its height to the blank below, not between the lines
        column.addStretch(1)
        self._labels: list[tuple[QLabel, QLabel]] = []

    def show_for(self, analysis: Analysis, customers: Iterable[CustomerMetrics],
                 title: str) -> WhatIf:
        self.found = what_if(analysis, customers)
        self._title = title
        self.retranslate()
        return self.found

    def figures(self) -> dict[str, str]:
        """Label -> value as shown (tests read them)."""
        return {label.text(): value.text() for label, value in self._labels}

    def retranslate(self) -> None:
        if self.found is None:
            return
        self.title.setText(tr(self._title))
        # named as the lists print them (one display rule, plain_letters), listed as the
        # language lists ("A、B" in Chinese: a comma there read as a slip)
        self.names.setText(listed([plain_letters(name) for name in self.found.customers])
                           or tr(N_("No customers chosen.")))
        rows = summary_rows(self.found)
        while len(self._labels) < len(rows):
            pair = (QLabel(self), QLabel(self))
            pair[1].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(pair[0], len(self._labels), 0)
            self.grid.addWidget(pair[1], len(self._labels), 1)
            self._labels.append(pair)
        for (label, value), (text, figure, kind) in zip(self._labels, rows, strict=True):
            label.setText(text)
            value.setText(shown(figure, kind))
        self.words.setText("\n\n".join(m.text for m in article_comparison(self.found)))


class WhatIfDialog(QDialog):
    """The panel on its own, for customers chosen in the table."""

    def __init__(self, analysis: Analysis, customers: list[CustomerMetrics],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("what_if_dialog")
        self.panel = WhatIfPanel(self)
        self.panel.show_for(analysis, customers, N_("If supply to these customers stopped"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(WholeScroll(self.panel))
        column.addWidget(buttons)
        self.setWindowTitle(tr(N_("What if we stop supplying these customers?")))
        self.resize(fitted(self, 560, self.sizeHint().height()))
