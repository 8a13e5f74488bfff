"""The status bar's three words: what is on screen (so many customers, active, as of a date,
receipts to a date, amounts in a currency), "Working…" while the runner works, and the database
open. Messages a command leaves ("black list: 9 → 11") pass over the first for a while."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QLabel, QStatusBar

from core.analysis.model import Analysis
from core.analysis.names import receipts_to
from core.i18n import N_, tr


class StatusLine:
    def __init__(self, bar: QStatusBar, busy: SignalInstance) -> None:
        """`busy`: the runner's, true while it works."""
        self.text = QLabel()
        bar.addWidget(self.text, 1)
        # a word beside the status, not a status message: it must not wipe the message a
        # change has just left there
        self.working = QLabel()
        self.working.setVisible(False)
        bar.addPermanentWidget(self.working)
        self.db_label = QLabel()
        bar.addPermanentWidget(self.db_label)
        busy.connect(self.working.setVisible)

    def retranslate(self, db_path: Path) -> None:
        # the file's name, its folder in the tooltip: the whole path (a user's data folder
        # is long) took the bar's width from the line beside it, cut at 150 % on a laptop
        self.db_label.setText(tr(N_("Database: {file}"), file=Path(db_path).name))
        self.db_label.setToolTip(str(db_path))
        self.working.setText(tr(N_("Working…")))

    def show(self, analysis: Analysis | None) -> None:
        """The analysis on screen in a line; nothing without one, nor for a database without
        orders (no "0 customers as of today")."""
        if analysis is None:
            self.text.setText("")
            return
        a = analysis
        self.text.setText(tr(N_(
            "{customers} customers, {active} active; as of {as_of}, {receipts}; amounts in "
            "{currency}"), customers=len(a.customers),
            active=sum(c.active for c in a.customers), as_of=a.as_of.isoformat(),
            receipts=receipts_to(a.receipts_date.isoformat()), currency=a.base_currency))
