"""Shared fixtures: every test gets its own data folder, its own preferences (never the user's:
ui.prefs reads TRADETIER_PREFERENCES, and Qt's own QSettings are pointed at the same folder) and
English unless it asks otherwise."""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402 - after the platform is chosen
from PySide6.QtWidgets import QApplication  # noqa: E402

from core import i18n  # noqa: E402 - after the root is on the path
from core.analysis import kept_files  # noqa: E402
from core.cli.main import run  # noqa: E402
from core.ledger.importer import import_files  # noqa: E402
from core.sample import sample_file_names  # noqa: E402
from ui import prefs  # noqa: E402

SHIPPED_SAMPLE = ROOT / "resources" / "sample"


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TRADETIER_HOME", str(tmp_path_factory.mktemp("home")))
    preferences = tmp_path_factory.mktemp("preferences")
    monkeypatch.setenv(prefs.FOLDER_VARIABLE, str(preferences))
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(preferences))
    i18n.set_language("en")
    monkeypatch.setattr(kept_files, "_tidying", [])  # each test a run of the app of its own
    app = QApplication.instance()
    font = app.font() if isinstance(app, QApplication) else None
    yield
    i18n.set_language("en")
    if font is not None:  # a test switching the window to Chinese set the app's font for it:
        app.setFont(font)  # the next test's drawing (a dashed goal mark) read its glyphs
    for thread in kept_files._tidying:  # done within its own test's folders
        thread.join()


@pytest.fixture(autouse=True)
def _cjk_print_font(request: pytest.FixtureRequest) -> None:
    """Every test that runs Qt prints Chinese with a Chinese font, on any machine: the `dev`
    extra installs WenQuanYi Micro Hei (paperang-p2-fonts-cjk, the same file as Debian's
    fonts-wqy-microhei), registered with Qt here before a test lays out a page. The app looks
    for it among the families it prints with (ui.printing.paging.CJK_FAMILIES), after the
    ones Windows and macOS have; without it a Linux box lacking a CJK font printed boxes, and
    the test of the embedded font skipped."""
    if "qapp" in request.fixturenames:
        request.getfixturevalue("qapp")
        _register_cjk_font()


@cache
def _register_cjk_font() -> None:
    """Once a run. A .venv set up before the extra named the font lacks it until
    scripts/setup-env.sh runs again: the machine's own fonts are then all there is, and the
    embedded-font test fails where they have no CJK one, saying so."""
    from PySide6.QtGui import QFontDatabase

    try:
        font = files("paperang_p2_fonts_cjk") / "fonts" / "wqy-microhei.ttc"
    except ModuleNotFoundError:
        return
    if QFontDatabase.addApplicationFont(str(font)) < 0:
        raise RuntimeError(f"Qt could not load the tests' CJK font {font}")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "firm.sqlite"


@dataclass(frozen=True)
class SampleRun:
    """What `main.py sample-data DIR` did: its exit code, what it printed, the files."""

    code: int
    out: str
    paths: list[Path]


@pytest.fixture(scope="session")
def sample_ledgers(tmp_path_factory: pytest.TempPathFactory) -> SampleRun:
    """The twelve sample ledgers, written once a run (they take seconds) by the command a user
    runs: the sample tests read the files, the command's test what it said."""
    folder = tmp_path_factory.mktemp("sample") / "样例"
    out, err = io.StringIO(), io.StringIO()
    code = run(["sample-data", str(folder)], out, err)
    return SampleRun(code, out.getvalue() + err.getvalue(), sorted(folder.glob("*.xlsx")))


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped December sample workbook imported once a run; copy it before writing."""
    db = tmp_path_factory.mktemp("sample_db") / "sample.sqlite"
    [result] = import_files(db, [SHIPPED_SAMPLE / sample_file_names()[-1]])
    assert result.status == "imported"
    return db
