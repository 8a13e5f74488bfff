"""The warnings of an analysis above the customer table: what makes every verdict uncertain.

No receipts in the data, a currency without a rate, ship dates estimated: each changes what a
grade or a list means, so the window says it where the lists are read, in the words the
exports print at their top (``Analysis.warnings``).

Before the analysis lands, the last start's table may show figures from before a write made
outside the window (core.analysis.last_table, ``outdated``): the banner says so until then.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from core.analysis.model import Analysis
from core.i18n import N_, tr
from ui import style

OUTDATED = N_("These figures are as of {as_of}, from the last start: the database has been "
               "changed since (an import, a setting or a correction). Working out the "
               "analysis again…")


class WarningBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warning_banner")
        self.setWordWrap(True)
        self.setStyleSheet(f"background: {style.WARNING_BACKGROUND}; color: {style.WARNING_INK};"
                           f" border: 1px solid {style.WARNING_BORDER}; border-radius: 4px;"
                           " padding: 6px; font-weight: bold;")
        self.analysis: Analysis | None = None
        self.outdated: date | None = None  # the as-of date of rows shown from before a write
        self.setVisible(False)

    def set_analysis(self, analysis: Analysis | None) -> None:
        """An analysis's warnings (None: none); the rows from before a write are gone."""
        self.analysis, self.outdated = analysis, None
        self.retranslate()

    def set_outdated(self, as_of: date | None) -> None:
        """The table shows the last start's rows as of `as_of`, made before the database was
        written (None: it does not), until the analysis lands (:meth:`set_analysis`)."""
        self.outdated = as_of
        self.retranslate()

    def retranslate(self) -> None:
        """Messages render in the language in force: read them again after a switch."""
        texts = [note.text for note in self.analysis.warnings] if self.analysis else []
        if self.outdated is not None and self.analysis is None:
            texts.insert(0, tr(OUTDATED, as_of=self.outdated.isoformat()))
        self.setText("\n".join(texts))
        self.setVisible(bool(texts))
