"""Where the app finds its resources and keeps its data, frozen or from source."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from core import APP_NAME


def resource_dir() -> Path:
    """The `resources/` folder: beside the sources, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """The user's data folder (database, logs). TRADETIER_HOME overrides it, for tests."""
    override = os.environ.get("TRADETIER_HOME")
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cache_dir() -> Path:
    """What can be made again and is kept only to save time (the last table shown): the
    user's cache folder, or a "cache" folder in TRADETIER_HOME when that is set."""
    override = os.environ.get("TRADETIER_HOME")
    return (Path(override) / "cache" if override
            else Path(platformdirs.user_cache_dir(APP_NAME, False)))


def default_db_path() -> Path:
    return data_dir() / "tradetier.sqlite"


def sample_db_path() -> Path:
    return data_dir() / "sample.sqlite"
