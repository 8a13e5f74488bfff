"""The Qt half of ``main.py self-test``, and the start-up probe of ``bench/bench_bundle.py``.

core/cli/selftest.py runs the checks and writes the report; the checks here need Qt: that Qt starts
without a screen, that its own Chinese translations load from the bundle, that a list prints to
a PDF with its font embedded, and that the main window renders on real data. They run on the
offscreen platform so the self-test works in CI and over remote sessions alike. The shell
(ui.app.selftest_steps) hands in the app and the window to check.
"""

from __future__ import annotations

import ctypes
import functools
import os
import re
import sys
import time
from collections.abc import Callable
from ctypes import wintypes
from pathlib import Path
from typing import Protocol

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QLibraryInfo,
    QTimer,
    SignalInstance,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from core.analysis.model import Analysis
from core.selftest_steps import Context, Step, StepFailed, needs
from ui import prefs
from ui.language import cjk_font, install_qt_translations
from ui.tasks import running, stop_all


class CheckedWindow(Protocol):
    """What the screenshot step needs of the main window."""

    analysed: SignalInstance
    analysis: Analysis | None

    def refresh(self) -> None: ...


def _use_offscreen() -> None:
    """No window is shown, so no display is needed. On Windows Qt's offscreen platform reads
    fonts with FreeType from a folder (it ships none), so it is pointed at the system's."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if sys.platform == "win32" and not os.environ.get("QT_QPA_FONTDIR"):
        os.environ["QT_QPA_FONTDIR"] = str(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")


def step_qt_starts(ctx: Context, make_app: Callable[[str | None], QApplication]) -> str:
    _use_offscreen()
    # Nothing here touches the user's own preferences: they go to the work folder (the
    # screenshot step also never closes the window, which would save its layout).
    os.environ[prefs.FOLDER_VARIABLE] = str(ctx.work / "settings")
    make_app(ctx.language)
    font = cjk_font()
    return (f"PySide6 {pyside_version}, platform {QGuiApplication.platformName()}, "
            f"Chinese font: {font or 'none found'}")


def step_qt_translations(_ctx: Context) -> str:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not install_qt_translations("zh_CN"):
        raise StepFailed(f"qtbase_zh_CN.qm did not load from {folder}")
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    if cancel != "取消":
        raise StepFailed(f"Qt's 'Cancel' reads {cancel!r} after loading from {folder}")
    return f"'Cancel' → {cancel} ({folder})"


def step_pdf(ctx: Context) -> str:
    # Imported here: the start-up probe below shares this module and must not load printing
    # before the window it times has shown.
    from ui.printing.pages import write_pdf

    target = ctx.work / "止损 黑名单.pdf"
    write_pdf(needs(ctx.analysis, "the analysis"), "black", target)
    data = target.read_bytes()
    if not data.startswith(b"%PDF"):
        raise StepFailed(f"{target.name} does not start with %PDF")
    if b"/FontFile" not in data:
        raise StepFailed(f"{target.name} embeds no font: no font was found to print with")
    names = re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([\w-]+)", data)
    fonts = sorted({name.decode("latin-1") for name in names})
    ctx.files["pdf"] = target
    return f"{target.name}: {len(data) // 1024} KB, fonts {', '.join(fonts) or 'embedded'}"


def step_screenshot(ctx: Context, open_window: Callable[..., CheckedWindow]) -> str:
    """The real main window on the self-test's database, grabbed once its analysis is shown.
    The window is deleted, not closed: closing saves its geometry to the preferences."""
    needs(ctx.analysis, "the analysis")
    target = ctx.work / "截图 customers.png"
    window = open_window(ctx.db, remember=False)
    try:
        window.resize(1280, 800)
        loop = QEventLoop()
        window.analysed.connect(loop.quit)
        QTimer.singleShot(120_000, loop.quit)
        window.refresh()
        loop.exec()
        if window.analysis is None:
            raise StepFailed("the window showed no analysis within 120 s")
        window.show()
        QApplication.processEvents()
        image = window.grab().toImage()
        customers = len(window.analysis.customers)
    finally:
        window.hide()
        _let_go(window)
    if image.isNull() or not image.save(str(target)):
        raise StepFailed(f"the window could not be rendered to {target.name}")
    step = max(1, image.width() // 64)
    colours = {image.pixel(x, y) for x in range(0, image.width(), step)
               for y in range(0, image.height(), step)}
    if len(colours) < 8:
        raise StepFailed(f"{target.name} is nearly blank ({len(colours)} colours)")
    ctx.files["screenshot"] = target
    return (f"{target.name}: {image.width()}x{image.height()}, {customers} customers listed, "
            f"{len(colours)} colours sampled")


def _let_go(window: QWidget) -> None:
    """The window deleted once the work it started after its analysis (a month's snapshot)
    has ended: a thread still running when the process ends aborts it (exit -6, "QThread:
    Destroyed while thread is still running", all checks passed). A task's end, handled
    among the posted events, may start the next queued one, so the wait is asked again until
    none runs; the deletion is carried out here, not at a later turn of an event loop that a
    command-line run never reaches."""
    stop_all()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _ in range(_LET_GO_ROUNDS):
        QApplication.processEvents()
        if not running():
            return
        stop_all()


_LET_GO_ROUNDS = 20


def steps(make_app: Callable[[str | None], QApplication],
          open_window: Callable[..., CheckedWindow]) -> list[Step]:
    """The checks, with the app to start (given a language) and the window to render (given a
    database and ``remember=False``)."""
    return [
        ("Qt starts (offscreen)", functools.partial(step_qt_starts, make_app=make_app)),
        ("Qt's own Chinese translations", step_qt_translations),
        ("stop-loss black list printed to PDF", step_pdf),
        ("main window renders (screenshot)",
         functools.partial(step_screenshot, open_window=open_window)),
    ]


# --- start-up probe -------------------------------------------------------------------------


def process_age() -> float | None:
    """Seconds since this process started: from the launcher's TRADETIER_T0 when it set one,
    else from the operating system (so a bundle started by hand is measured too)."""
    t0 = os.environ.get("TRADETIER_T0")
    if t0:
        return time.time() - float(t0)
    if sys.platform.startswith("linux"):
        with open("/proc/self/stat", encoding="ascii") as handle:
            start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    if sys.platform == "win32":  # pragma: no cover - Windows only
        kernel32 = ctypes.windll.kernel32
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE
        kernel32.GetProcessTimes.argtypes = [wintypes.HANDLE] + [
            ctypes.POINTER(wintypes.FILETIME)] * 4
        created, exited, kernel, user, now = (wintypes.FILETIME() for _ in range(5))
        if not kernel32.GetProcessTimes(kernel32.GetCurrentProcess(), ctypes.byref(created),
                                        ctypes.byref(exited), ctypes.byref(kernel),
                                        ctypes.byref(user)):
            return None
        kernel32.GetSystemTimeAsFileTime(ctypes.byref(now))

        def ticks(value: wintypes.FILETIME) -> int:
            return (value.dwHighDateTime << 32) | value.dwLowDateTime

        return (ticks(now) - ticks(created)) / 1e7
    return None


def exit_after_first_show(window: QWidget) -> None:
    """For TRADETIER_EXIT_AFTER_SHOW: once the event loop has shown the first window, print how
    long the start took and leave at once (os._exit: a probe must not wait for workers).
    A value other than 1 is a file the line is also appended to (a windowed exe has no stdout)."""
    def report() -> None:
        age = process_age()
        seconds = f"{age:.3f}" if age is not None else "?"
        line = f"TRADETIER_FIRST_WINDOW {seconds} visible={int(window.isVisible())}"
        print(line, flush=True)
        target = os.environ.get("TRADETIER_EXIT_AFTER_SHOW", "1")
        if target != "1":
            with open(target, "a", encoding="utf-8") as handle:
                handle.write(line + "\n")
        sys.stderr.flush()
        os._exit(0)

    QTimer.singleShot(0, report)
