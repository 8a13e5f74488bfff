"""What the window shows in place of the welcome page and the tabs when the database open
cannot be used: damaged, being written by another program, or another program's own database
(picked in File → Open by mistake). The welcome page offered to import into the damaged file;
this page offers only the ways out (a safety copy, another database; for another program's
file only another database: a copy put over it would destroy that program's data) and says
that a file in use is opened by itself once it is free."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from core.i18n import N_, tr
from core.unusable import FOREIGN, IN_USE, IN_USE_RETRY, UNREADABLE
from ui import style
from ui.tasks import Failure
from ui.welcome import phrases_whole

UNUSABLE = (UNREADABLE, IN_USE, FOREIGN)  # the refusals of a database the window cannot use at all


class UnopenedPage(QWidget):
    restoreRequested = Signal()
    otherRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code, self.message = "", ""
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.text, self.hint = QLabel(), QLabel()
        for label in (self.text, self.hint):
            label.setWordWrap(True)
            label.setFixedWidth(560)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setStyleSheet(f"color: {style.HINT};")
        self.restore_button, self.other_button = QPushButton(), QPushButton()
        for button in (self.restore_button, self.other_button):
            button.setMinimumHeight(40)
            button.setMinimumWidth(280)
        self.restore_button.clicked.connect(self.restoreRequested)
        self.other_button.clicked.connect(self.otherRequested)
        for widget in (self.title, self.text, self.hint, self.restore_button,
                       self.other_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addSpacing(8)
        layout.addStretch(2)
        self.retranslate()

    def show_problem(self, code: str, message: str) -> None:
        """The refusal's code (core.unusable's) and its text, as read."""
        self.code, self.message = code, message
        self.retranslate()

    def retranslate(self) -> None:
        in_use, theirs = self.code == IN_USE, self.code == FOREIGN
        self.title.setText(tr(N_("This database is in use by another program")) if in_use
                           else tr(N_("This file is not a TradeTier database")) if theirs
                           else tr(N_("This database cannot be opened")))
        self.text.setText(phrases_whole(self.message))
        # the greyed-out commands (ui.window_commands.WITHOUT_DATABASE) said why
        self.hint.setText(phrases_whole(tr(N_(
            "TradeTier tries again every {seconds} seconds and opens it as soon as it is "
            "free; until then the commands that need it are greyed out."),
            seconds=IN_USE_RETRY) if in_use else tr(N_(
                "Until another database is open, the commands that need a database are "
                "greyed out.")) if theirs else tr(N_(  # no copy goes over another's file
                "Until a copy is restored or another database is open, the commands that "
                "need this one are greyed out."))))
        self.restore_button.setText(tr(N_("Restore a copy…")))
        self.restore_button.setVisible(not (in_use or theirs))
        self.other_button.setText(tr(N_("Open or create another database…")))
        for label in (self.text, self.hint):  # a box layout would squeeze wrapped lines
            label.setMinimumHeight(max(0, label.heightForWidth(label.width())))


class Window(Protocol):
    """What this needs of the main window (no import of it: the window imports this)."""

    analysis: object | None
    stack: QStackedWidget


class Unopened(QObject):
    """The window's state of a database it cannot use: the page up, said once per opening
    (the safety check, the last start's table and the analysis each meet the same file and
    each used to say so), and, for a file in use, the tries again until it is free."""

    def __init__(self, window: Window, retry: Callable[[], object],
                 usable: Callable[[str | None], object]) -> None:
        """`retry`: check and analyse the file again; `usable(code)` while the page is up
        (what needs the database greyed out; the window turns drops away too), `usable(None)`
        once it goes."""
        super().__init__(window)  # type: ignore[arg-type]
        self.w, self.retry, self.usable = window, retry, usable
        self.page = UnopenedPage()
        self.code: str | None = None  # the refusal on screen, None while the file is usable
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)  # one timer, restarted: a try's failures are several
        self.timer.setInterval(IN_USE_RETRY * 1000)
        self.timer.timeout.connect(self._try_again)

    def take(self, failure: Failure, told: bool = False) -> bool:
        """Whether the failure is the database's own (damaged, in use, another program's)
        while nothing of it is on screen: then the page is up and says it, in no box (the
        page fills the window with the file, the problem and the ways out; a box over it
        said the same words again, one more click to read the page: gui36b for another
        program's file, gui38 for a damaged one and one in use). The same refusal again
        changes nothing; a new one, the file now free but damaged, is the page's new word.
        `told`: the caller's word (the safety check's) goes on the page whatever was on it.
        Any other failure is the caller's to show."""
        if failure.code not in UNUSABLE or self.w.analysis is not None:
            return False
        new, self.code = failure.code != self.code, failure.code
        if new or told:
            self.page.show_problem(failure.code, failure.text)
            self.w.stack.setCurrentWidget(self.page)
            self.usable(failure.code)
        if failure.code == IN_USE:
            self.timer.start()
        return True

    def clear(self) -> None:
        """Another database, or this one usable again."""
        self.code = None
        self.timer.stop()
        self.usable(None)

    def _try_again(self) -> None:
        if self.code == IN_USE:
            self.retry()
