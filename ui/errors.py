"""Errors a user can read: a friendly dialog with "copy details", the traceback in the log."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from core.i18n import N_, tr
from core.paths import data_dir
from core.unusable import FOREIGN, IN_USE, UNREADABLE
from ui.tasks import Failure

log = logging.getLogger("tradetier")

# A box's title says what happened, by the refusal's code: "Something went wrong" over "…is not
# a TradeTier database" told a clerk who had picked their ERP's file nothing of it.
NOT_OURS, CANNOT_OPEN = N_("Not a TradeTier database"), N_("The database cannot be opened")
IN_USE_TITLE, UNWRITTEN = N_("The database is in use"), N_("The database cannot be written")
TITLES = {
    FOREIGN: NOT_OURS, "not_a_tradetier_database": NOT_OURS,
    UNREADABLE: CANNOT_OPEN, "database_open_failed": CANNOT_OPEN,
    "database_too_new": N_("Made by a newer TradeTier"),
    IN_USE: IN_USE_TITLE, "database_busy": IN_USE_TITLE,
    "database_damaged": N_("The database is damaged"),
    "disk_full": N_("The disk is full"), "disk_full_export": N_("The disk is full"),
    "database_read_only": UNWRITTEN, "database_write_failed": UNWRITTEN,
    "export_unwritable": N_("The file cannot be written"),
    "folder_unwritable": N_("The file cannot be written"),
    "file_not_found": N_("File not found"),
    "nothing_to_undo": N_("Nothing to undo"), "no_import_backup": N_("Nothing to undo"),
    "import_backup_elsewhere": N_("Nothing to undo"),
    "undo_conflict": N_("Not undone"), "undo_moved": N_("Not undone"),
}
BY_START = (("restore", N_("Nothing restored")), ("backup", N_("No copy written")),
            ("copy", N_("No copy written")), ("bad_", N_("Not accepted")),
            ("setting_", N_("Not accepted")), ("rate_", N_("Not accepted")))
REFUSED, UNEXPECTED = N_("This cannot be done"), N_("Unexpected problem")


def title_for(code: str, refusal: bool = True) -> str:
    """The error box's title for a refusal's code (core.messages), in the user's language:
    what happened, never a bare "something went wrong"."""
    if not refusal:
        return tr(UNEXPECTED)
    found = TITLES.get(code) or next((t for start, t in BY_START if code.startswith(start)),
                                     REFUSED)
    return tr(found)


def log_path() -> Path:
    return data_dir() / "tradetier.log"


def setup_logging() -> None:
    if any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        return
    handler = RotatingFileHandler(log_path(), maxBytes=1_000_000, backupCount=3,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def show_error(parent: QWidget | None, text: str, details: str = "",
               title: str | None = None) -> QMessageBox:
    """A message in the user's language; details behind a button and copyable, never shown raw.
    `title` (title_for) says what happened; without one, a bug's."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or tr(UNEXPECTED))
    box.setText(text)
    if details:
        box.setInformativeText(tr(N_("The details are saved in {log}."), log=str(log_path())))
        box.setDetailedText(details)
        copy = box.addButton(tr(N_("Copy details")), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(f"{text}\n\n{details}"))
    box.addButton(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A result or finding the user may want to read again or copy (a file's path, customers'
    names): wrapped, selectable, not waited for, let go when closed."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_failed(parent: QWidget | None, failure: Failure) -> QMessageBox:
    """A task's failure: a refusal's text under its own title; a bug's with its details."""
    return show_error(parent, failure.text, "" if failure.refusal else failure.details,
                      title_for(failure.code, failure.refusal))


def install_excepthook(parent_of: Callable[[], QWidget | None]) -> None:
    """An unexpected error anywhere in the GUI becomes the friendly dialog and a log entry."""

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("unexpected error\n%s", details)
        try:
            show_error(parent_of(), tr(N_("TradeTier hit an unexpected problem: {error}"),
                                       error=f"{kind.__name__}: {error}"), details)
        except Exception:  # noqa: BLE001 - never let the hook itself crash the app
            sys.__excepthook__(kind, error, trace)

    sys.excepthook = hook
