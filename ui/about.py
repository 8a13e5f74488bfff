"""Help → About TradeTier: the version, the database in use, the data folder, and that the app
never uses the network.

The version is core.__version__, the one the self-test's report and the analysis snapshots
name (pyproject.toml's, which the build stamps on the exe: tests/test_about_ui50.py keeps the
two the same). The paths are selectable, so a clerk can paste them into a message for help.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from core import APP_NAME, APP_NAME_ZH, __version__
from core.i18n import N_, labelled, tr
from core.paths import data_dir

COMMAND = N_("About TradeTier")
NO_NETWORK = N_("TradeTier never uses the network: it sends nothing anywhere and looks for no "
                "updates. Your ledgers and the database stay where you keep them.")


def about_text(db_path: Path) -> str:
    """What the box says, in the language in force."""
    return "\n".join((
        f"{APP_NAME_ZH} {APP_NAME}",
        tr(N_("Version {version}"), version=__version__),
        "",
        labelled(tr(N_("Database open now")), str(db_path)),
        labelled(tr(N_("Data folder (the log, the sample data)")), str(data_dir())),
        "",
        tr(NO_NETWORK),
    ))


def show_about(parent: QWidget, db_path: Path) -> QMessageBox:
    """The box, open over `parent` (not waited for); deleted once closed."""
    box = QMessageBox(QMessageBox.Icon.Information, tr(COMMAND), about_text(db_path),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("about_box")
    box.setTextFormat(Qt.TextFormat.PlainText)  # a path is shown as written, never as markup
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
