"""Shared fixtures: every test gets its own data folder and English unless it asks otherwise."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    from core import i18n

    monkeypatch.setenv("TRADETIER_HOME", str(tmp_path_factory.mktemp("home")))
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "firm.sqlite"


@pytest.fixture(scope="session", autouse=True)
def _qt_torn_down_in_order():
    """Close every window and collect while QApplication still lives: a Qt wrapper left for
    the interpreter's final collection can crash it after every test has passed."""
    yield
    import gc

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        for widget in app.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        app.processEvents()
        app.sendPostedEvents(None, 0)
    gc.collect()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config.stash[_STATUS] = int(exitstatus)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave with pytest's own status before the interpreter's final teardown, where PySide's
    objects are freed in no particular order (a crash there would turn a green run red)."""
    status = config.stash.get(_STATUS, None)
    if status is not None and os.environ.get("TRADETIER_HARD_EXIT", "1") == "1":
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)


_STATUS = pytest.StashKey[int]()
