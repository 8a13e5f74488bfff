"""The warnings of an analysis above the customer table: what makes every verdict uncertain.

No receipts in the data, a currency without a rate, ship dates estimated: each changes what a
grade or a list means, so the window says it where the lists are read, in the words the
exports print at their top (``Analysis.warnings``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from core.analysis.model import Analysis
from ui import style


class WarningBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warning_banner")
        self.setWordWrap(True)
        self.setStyleSheet(f"background: {style.WARNING_BACKGROUND}; color: {style.WARNING_INK};"
                           f" border: 1px solid {style.WARNING_BORDER}; border-radius: 4px;"
                           " padding: 6px; font-weight: bold;")
        self.analysis: Analysis | None = None
        self.setVisible(False)

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.analysis = analysis
        self.retranslate()

    def retranslate(self) -> None:
        """Messages render in the language in force: read them again after a switch."""
        texts = [note.text for note in self.analysis.warnings] if self.analysis else []
        self.setText("\n".join(texts))
        self.setVisible(bool(texts))
