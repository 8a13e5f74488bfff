"""This PC's preferences: language, recent databases, the window's layout, the folders
the file dialogs last used.

They belong to the computer, not the firm, so they live in QSettings (the registry on Windows)
rather than the firm's database. ``TRADETIER_PREFERENCES`` names a folder to keep them in an
ini file instead: the tests and the self-test set it so they never read or write the user's own.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from core import APP_NAME

ORGANISATION = APPLICATION = APP_NAME
FOLDER_VARIABLE = "TRADETIER_PREFERENCES"
LANGUAGE = "language"  # "zh_CN", "en", or "" to follow the system


def preferences() -> QSettings:
    folder = os.environ.get(FOLDER_VARIABLE)
    if folder:
        return QSettings(str(Path(folder) / f"{APPLICATION}.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def chosen_language() -> str:
    """The language the user chose: "zh_CN", "en", or "" to follow the system."""
    value = preferences().value(LANGUAGE, "")
    return value if value in ("zh_CN", "en") else ""


FOLDERS = ("import", "export", "pdf", "database")  # each file dialog's purpose


def folder(purpose: str) -> str:
    """The folder the last file of this purpose was taken from or saved to (home at first),
    so the monthly import starts where last month's ledgers were."""
    if purpose not in FOLDERS:
        raise ValueError(f"unknown purpose {purpose!r}")
    saved = str(preferences().value(f"folders/{purpose}", "") or "")
    return saved if saved and Path(saved).is_dir() else str(Path.home())


def remember_folder(purpose: str, path: str | Path) -> None:
    """Remember the folder of a file (or the folder itself) for the next dialog of this
    purpose."""
    if purpose not in FOLDERS:
        raise ValueError(f"unknown purpose {purpose!r}")
    chosen = Path(path)
    preferences().setValue(f"folders/{purpose}", str(chosen if chosen.is_dir()
                                                       else chosen.parent))
