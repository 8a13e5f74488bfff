"""Errors a user can read: a friendly dialog with "copy details", the traceback in the log."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from core.i18n import N_, tr
from core.paths import data_dir

log = logging.getLogger("tradetier")


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


def show_error(parent: QWidget | None, text: str, details: str = "") -> QMessageBox:
    """A message in the user's language; details behind a button and copyable, never shown raw."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr(N_("Something went wrong")))
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


def install_excepthook(parent_of: callable) -> None:  # type: ignore[valid-type]
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
