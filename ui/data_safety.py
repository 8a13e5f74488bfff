"""The window's ways back and its checks of the database file (core.recovery, db_location,
db_owner): File → Back up…, Restore…, Undo last import…; and on opening a database, a damaged
file offered its newest good copy, a sync folder or network share warned about, another window
holding the file named.

Every read and write of the database runs on the window's runner; only the questions and
answers are on the GUI thread. The window needs two hooks: :meth:`DataSafety.add_to` when its
File menu is built and :meth:`DataSafety.check` when a database is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from core import backups, db_location, db_owner, ownership, recovery, unusable
from core.backups import Backup
from core.i18n import N_, tr
from core.messages import Message
from core.sqlite_reasons import reason_text
from ui.errors import show_failed, show_info
from ui.tasks import Failure, Runner
from ui.unopened import Unopened

DATABASES = N_("TradeTier databases (*.sqlite)")
TEXTS = {"backup": N_("Back up the database…"), "restore": N_("Restore a copy…"),
         "undo_import": N_("Undo the last import…")}
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


class Window(Protocol):
    """What this needs of the main window (no import of it: the window imports this)."""

    db_path: Path

    def show_status(self, text: str, msecs: int) -> None: ...

    def refresh(self) -> None: ...

    def show_failure(self, failure: Failure) -> None: ...

    @property
    def unopened(self) -> Unopened: ...


@dataclass
class Findings:
    """What opening a database found: each None when all is well."""

    damage: str | None = None
    good_copy: Backup | None = None
    place: Message | None = None
    holder: db_owner.Owner | None = None


def inspect(path: Path) -> Findings:
    """On the worker: the checks made before the window uses a database. Another program's
    database gets none, nor an owner file beside it: its opening is refused (the analysis
    says so, once) and nothing may be left in that program's folder."""
    if ownership.is_foreign_file(path):
        return Findings()
    found = Findings(place=db_location.warning(path))
    if path.exists():
        found.damage = recovery.quick_check(path)
        if found.damage is not None:
            found.good_copy = recovery.newest_good_backup(path)
    found.holder = db_owner.claim(path)
    return found


class DataSafety(QObject):
    def __init__(self, window: Window, runner: Runner) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.w, self.runner = window, runner
        self.actions: dict[str, QAction] = {}
        self.claimed: Path | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.release)

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        for key, slot in (("backup", self.backup), ("restore", self.restore),
                          ("undo_import", self.undo_import)):
            action = QAction(self.w)
            action.setObjectName(f"action_{key}")
            action.triggered.connect(lambda *_, run=slot: run())
            menu.addAction(action)
            self.actions[key] = action
        self.retranslate()

    def retranslate(self) -> None:
        for key, action in self.actions.items():
            action.setText(tr(TEXTS[key]))

    # --- on opening a database ---------------------------------------------------------------
    def check(self, path: Path) -> None:
        self.release()
        self._run(lambda: inspect(Path(path)), lambda found: self._checked(Path(path), found))

    def _checked(self, path: Path, found: Findings) -> None:
        self.claimed = path
        if found.damage is not None:
            self._offer_copy(path, found)
        if found.place is not None:
            QMessageBox.warning(self.w, tr(N_("Where the database is")), found.place.text)
        if found.holder is not None:
            QMessageBox.information(self.w, tr(N_("Database in use")), found.holder.message.text)
            db_owner.take_over(path)

    def _offer_copy(self, path: Path, found: Findings) -> None:
        """One word on the damage: the window's page instead of the welcome page, and, where a
        sound copy was found, this question of putting it back; nothing more when the
        analysis meets the same damage."""
        copy = found.good_copy
        if copy is None:
            text = tr(N_(
                "The database {file} is damaged ({problem}) and no sound safety copy of it was "
                "found. Restore a copy you keep elsewhere (File → Restore a copy…), or open or "
                "create another database (File → Open database…)."),
                file=str(path), problem=reason_text(found.damage))
            # the page says it, no box over it (ui.unopened.Unopened.take)
            self.w.unopened.take(Failure(text, "", True, unusable.UNREADABLE), told=True)
            return
        refusal = unusable.unusable(path, found.damage or "")
        self.w.unopened.take(Failure(refusal.text, "", True, refusal.code), told=True)
        aside = recovery.aside_name(path)  # named here, and the file written
        text = tr(N_(
            "The database {file} is damaged ({problem}). Put back the newest sound safety copy, "
            "{copy}, taken {when} ({reason})? The damaged file is kept as {aside}."),
            file=str(path), problem=reason_text(found.damage), copy=str(copy.path),
            when=recovery.taken(copy), reason=tr(backups.REASONS.get(copy.reason, copy.reason)),
            aside=str(aside))
        if QMessageBox.question(self.w, tr(N_("The database is damaged")), text,
                                Yes | No) == Yes:
            self._change(N_("Safety copy put back"),
                         lambda: recovery.restore(path, copy.path, aside=aside))

    def release(self) -> None:
        if self.claimed is not None:
            db_owner.release(self.claimed)
            self.claimed = None

    # --- File menu ---------------------------------------------------------------------------
    def backup(self) -> None:
        db = self.w.db_path
        start = str(db.with_name(f"{db.stem}-copy{db.suffix}"))
        target, _ = QFileDialog.getSaveFileName(self.w, tr(N_("Save a copy of the database")),
                                                start, tr(DATABASES))
        if target:
            self._run(lambda: recovery.write_copy(db, Path(target)), lambda written: (
                self.w.show_status(tr(N_("Copy written: {file}"), file=str(written)), 10000)))

    def restore(self) -> None:
        db = self.w.db_path
        source, _ = QFileDialog.getOpenFileName(
            self.w, tr(N_("Choose the copy to restore")), str(backups.folder_for(db)),
            tr(DATABASES))
        if source:
            self._run(lambda: recovery.plan_restore(db, Path(source)), lambda plan: self._ask(
                N_("Restore a copy"), plan.message,
                lambda: recovery.restore(db, Path(source), safety=plan.safety)))

    def undo_import(self) -> None:
        db = self.w.db_path
        self._run(lambda: recovery.plan_undo_import(db), lambda plan: self._ask(
            N_("Undo the last import"), plan.message,
            lambda: recovery.undo_import(db, plan)))

    def _ask(self, title: str, plan: Message, work: Callable[[], Message]) -> None:
        question = tr(N_("{plan}\n\nGo ahead?"), plan=plan.text)
        if QMessageBox.question(self.w, tr(title), question, Yes | No) == Yes:
            self._change(title, work)

    def _change(self, title: str, work: Callable[[], Message]) -> None:
        def done(message: Message) -> None:
            self.w.show_status(message.text, 15000)
            self.told(title, message.text)
            self.w.refresh()
        self._run(work, done)

    def told(self, title: str, text: str) -> None:
        """The change's result kept in a box too: it names the file the database was kept as
        (the way back from the change), a path the one-line status bar cut in its folder at
        1280 px and took away after 15 seconds."""
        show_info(self.w, tr(title), text)

    def _run(self, work: Callable[[], Any], on_success: Callable[[Any], object]) -> None:
        self.runner.run(self, lambda progress=None, cancel=None: work(),
                        on_success=on_success, on_failure=self._failed)

    def _failed(self, failure: Failure) -> None:
        """Another program's database, met by a menu command the user chose (a restore over
        it, a copy of it): said again, not taken for the page already up (the window says
        a refusal it shows once per opening, and the command seemed to do nothing)."""
        if failure.code == unusable.FOREIGN and self.w.unopened.code == unusable.FOREIGN:
            show_failed(self.w, failure)  # type: ignore[arg-type]
            return
        self.w.show_failure(failure)
