"""The sample data as a mode of its own: never mistaken for the firm's ledger.

"Try with sample data" imports the bundled ledgers into their own database. While it is open
the window says so in its title and in a banner with a way out to the firm's own database; an
import into it asks first (real ledgers would mix with invented customers and salespeople); and
the app reopens on it next time only if the user chose it on purpose (File → Open, or the
recent list), never because it was the last thing tried.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from core.i18n import N_, tr
from core.paths import default_db_path, sample_db_path
from ui import prefs, style

TITLE = N_("Sample data — not your ledger")
CHOSEN = "database"  # the database the user last chose on purpose
SAMPLE_CHOSEN = "database_sample_chosen"  # that choice was the sample itself
OWN_CHOSEN = "database_own"  # the firm's own database last chosen (never the sample)


def is_sample(path: Path) -> bool:
    return _same(Path(path), sample_db_path())


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def remember_choice(path: Path) -> None:
    """The database to reopen next time: only what the user chose, the sample included when
    it was chosen by name."""
    settings = prefs.preferences()
    settings.setValue(CHOSEN, str(path))
    settings.setValue(SAMPLE_CHOSEN, is_sample(path))
    if not is_sample(path):
        settings.setValue(OWN_CHOSEN, str(path))


def start_database() -> Path:
    """The database to open at start: the last chosen on purpose, else the firm's own."""
    settings = prefs.preferences()
    chosen = settings.value(CHOSEN, "") or ""
    if not chosen:
        return default_db_path()
    if is_sample(Path(chosen)) and str(settings.value(SAMPLE_CHOSEN, "false")).lower() != "true":
        return own_database()  # opened by "try the sample", not chosen: not reopened
    return Path(chosen)


def own_database() -> Path:
    """Where the firm's own data goes when the user leaves the sample: the own database last
    chosen, even when the sample was chosen after it."""
    settings = prefs.preferences()
    for key in (OWN_CHOSEN, CHOSEN):
        chosen = settings.value(key, "") or ""
        if chosen and not is_sample(Path(chosen)):
            return Path(chosen)
    return default_db_path()


class SampleBanner(QFrame):
    """The strip above the tabs while the sample is open, with the way to the firm's own."""

    ownRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sample_banner")
        self.setStyleSheet(f"#sample_banner {{ background: {style.NOTES_BACKGROUND}; "
                           f"border: 1px solid {style.NOTES_BORDER}; }}")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.own_button = QPushButton()
        self.own_button.clicked.connect(self.ownRequested)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.own_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText("<b>" + tr(TITLE) + "</b> · " + tr(N_(
            "Invented customers, salespeople and amounts, to try the app. Your own ledgers go "
            "into your own database.")))
        self.own_button.setText(tr(N_("Start my own database")))


OWN, SAMPLE = "own", "sample"


def ask_before_import(parent: QWidget) -> str | None:
    """Where an import started in the sample goes: OWN, SAMPLE, or None (cancelled)."""
    box = QMessageBox(QMessageBox.Icon.Question, tr(TITLE), tr(N_(
        "The sample data is open. Ledgers imported here would mix your customers and "
        "salespeople with invented ones. Import into your own database instead?")),
        QMessageBox.StandardButton.Cancel, parent)
    own = box.addButton(tr(N_("Import into my own database")),
                        QMessageBox.ButtonRole.AcceptRole)
    sample = box.addButton(tr(N_("Import into the sample")), QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(own)
    box.exec()
    clicked = box.clickedButton()
    return OWN if clicked is own else SAMPLE if clicked is sample else None
