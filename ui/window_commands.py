"""The window's commands: menus, and what Import, Export, Print, Settings and the sample data
do. Each long one runs on the runner through ui.operations; each goes through core.

The commands ask the window only through its public methods (the Window protocol below): the
window owns its toolbar, its widgets and its analysis. The dialogs and the guide are imported
when first opened: loading them (and the ledger readers and printing behind them) with the
window would add about a third to the time until it shows (bench/bench_bundle.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMenuBar, QMessageBox, QWidget

from core.actions.export import default_filename
from core.analysis.kept_rows import KeptRows
from core.analysis.model import Analysis
from core.i18n import N_, tr
from core.paths import resource_dir, sample_db_path
from core.unusable import IN_USE
from ui import operations, prefs, sample_mode
from ui.about import COMMAND as ABOUT
from ui.about import show_about
from ui.customers.merge_dialog import CORRECTIONS_COMMAND
from ui.data_safety import DataSafety
from ui.language import choose_language
from ui.tasks import Failure, Runner

LEDGER_FILTER = N_("Ledgers (*.xlsx *.xlsm *.xls *.csv *.et *.txt *.htm *.html *.xml)")
TOOLBAR = ("import", "export_stop_loss", "print", "settings")
# What stays to hand while the database open cannot be used (ui.unopened): the ways to another
# database or to a copy (not over a file another program is writing), and what reads none.
# Every other action of the menus, a new one too, is greyed out until the database opens:
# enabled, it would wait for an analysis that never comes, or fail without a word (the page
# has said what is wrong once).
WITHOUT_DATABASE = ("open_db", "recent", "sample", "restore", "quit", "show_pyramid",
                    "lang_system", "lang_zh_CN", "lang_en", "guide", "about")


class Window(Protocol):
    """What the commands use of the main window (a QMainWindow: dialogs are its children)."""

    db_path: Path

    @property
    def sample(self) -> bool: ...

    def refresh(self) -> None: ...
    def retranslate(self) -> None: ...
    def open_database(self, path: Path, chosen: bool = True) -> None: ...
    def settings_changed(self) -> None: ...
    def show_pyramid(self, shown: bool) -> None: ...
    def show_failure(self, failure: Failure) -> None: ...
    def show_status(self, text: str, msecs: int) -> None: ...
    def current_analysis(self) -> Analysis | None: ...
    def kept_lines(self) -> KeptRows | None: ...
    def has_orders(self) -> bool: ...
    def show_movements(self) -> None: ...
    def close(self) -> bool: ...


class WindowCommands:
    def __init__(self, window: Window, runner: Runner) -> None:
        self.w = window
        self.parent: QWidget = window  # type: ignore[assignment] - the window is a QWidget
        self.runner = runner
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self.bar: QMenuBar | None = None
        self.dialog: QWidget | None = None  # the last dialog opened (tests read it)
        self.last_export_box: QMessageBox | None = None

    def _action(self, key: str, slot: Callable[[], object], shortcut: str | None = None
                ) -> QAction:
        action = QAction(self.parent)
        action.setObjectName(f"action_{key}")
        action.triggered.connect(lambda *_: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        self.actions[key] = action
        return action

    def build_menus(self, bar: QMenuBar) -> None:
        self.bar = bar
        for key in ("file", "view", "settings", "help"):
            self.menus[key] = bar.addMenu("")
        file_menu = self.menus["file"]
        file_menu.addAction(self._action("import", lambda: self.import_files([]), "Ctrl+I"))
        file_menu.addAction(self._action("open_db", self.choose_database, "Ctrl+O"))
        self.menus["recent"] = file_menu.addMenu("")
        file_menu.addSeparator()
        file_menu.addAction(self._action("export_stop_loss",
                                         lambda: self.export("stop-loss"), "Ctrl+E"))
        file_menu.addAction(self._action("export_restructuring",
                                         lambda: self.export("restructuring")))
        file_menu.addAction(self._action("export_leap", lambda: self.export("leap")))
        file_menu.addAction(self._action("print", self.print_lists, "Ctrl+P"))
        file_menu.addAction(self._action("sample", self.open_sample))
        self.safety = DataSafety(self.w, self.runner)
        self.safety.add_to(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self._action("quit", self.w.close, "Ctrl+Q"))
        view = self.menus["view"]
        view.addAction(self._action("refresh", self.w.refresh, "F5"))
        view.addAction(self._action("movements", self.w.show_movements, "Ctrl+M"))
        view.addAction(self._action("corrections", self.show_corrections, "Ctrl+K"))
        pyramid = QAction(self.parent)
        pyramid.setObjectName("action_show_pyramid")
        pyramid.setCheckable(True)
        pyramid.setChecked(True)
        pyramid.setShortcut(QKeySequence("Ctrl+Shift+P"))
        pyramid.toggled.connect(self.w.show_pyramid)
        self.actions["show_pyramid"] = pyramid
        view.addAction(pyramid)
        self.menus["settings"].addAction(self._action("settings", self.open_settings))
        self.menus["language"] = self.menus["settings"].addMenu("")
        group = QActionGroup(self.parent)
        for code in ("", "zh_CN", "en"):
            action = self._action(f"lang_{code or 'system'}",
                                  lambda c=code: self.set_language(c))
            action.setCheckable(True)
            group.addAction(action)
            self.menus["language"].addAction(action)
        self.menus["help"].addAction(self._action("guide", lambda: self.show_help("rfmt"),
                                                  "F1"))
        self.menus["help"].addAction(self._action("about", self.show_about))
        self._fill_recent()

    def toolbar_actions(self) -> list[QAction]:
        """The commands the window puts on its toolbar, in order."""
        return [self.actions[key] for key in TOOLBAR]

    def retranslate(self) -> None:
        if not self.menus:
            return
        titles = {"file": N_("&File"), "view": N_("&View"), "settings": N_("&Settings"),
                  "help": N_("&Help"), "recent": N_("Recent databases"),
                  "language": N_("Language")}
        for key, title in titles.items():
            self.menus[key].setTitle(tr(title))
        texts = {"import": N_("Import ledgers…"), "open_db": N_("Open database…"),
                 "export_stop_loss": N_("Export stop-loss lists…"),
                 "export_restructuring": N_("Export restructuring plan…"),
                 "export_leap": N_("Export leap-phase referral plan…"),
                 "movements": N_("Tier movement month by month"),
                 "print": N_("Print lists…"), "sample": N_("Open the sample data"),
                 "corrections": CORRECTIONS_COMMAND,
                 "show_pyramid": N_("Show the pyramid"),
                 "quit": N_("Quit"), "refresh": N_("Analyse again"),
                 "settings": N_("Settings…"), "lang_system": N_("Follow the system"),
                 "lang_zh_CN": N_("中文"), "lang_en": N_("English"),
                 "guide": N_("Guide to the method"), "about": ABOUT}
        for key, text in texts.items():
            self.actions[key].setText(tr(text))
        # the table's button shows this action: its tooltip, at every start and language
        self.actions["show_pyramid"].setToolTip(tr(N_(
            "Show or hide the pyramid above the table")))
        self.actions[f"lang_{prefs.chosen_language() or 'system'}"].setChecked(True)
        self.safety.retranslate()

    def database_usable(self, problem: str | None) -> None:
        """`problem`: the refusal's code while the page of an unusable database is up (the
        actions that need the database greyed out), None once it opens or another does."""
        for action in _menu_actions(self.bar.actions() if self.bar else []):
            key = action.objectName().removeprefix("action_")
            action.setEnabled(problem is None or (
                key in WITHOUT_DATABASE and not (key == "restore" and problem == IN_USE)))

    # --- databases ---------------------------------------------------------------------------
    def remember_recent(self, path: Path, chosen: bool = True) -> None:
        """On the recent list; the database to reopen at the next start only when chosen."""
        settings = prefs.preferences()
        recent = [p for p in (settings.value("recent", []) or []) if p != str(path)]
        settings.setValue("recent", [str(path), *recent][:8])
        if chosen:
            sample_mode.remember_choice(path)
        self._fill_recent()

    def _fill_recent(self) -> None:
        menu = self.menus.get("recent")
        if menu is None:
            return
        menu.clear()
        for text in prefs.preferences().value("recent", []) or []:
            action = menu.addAction(text)
            action.setObjectName("action_recent")
            action.triggered.connect(lambda *_, path=Path(text): self.w.open_database(path))

    def choose_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent, tr(N_("Open or create a database")), prefs.folder("database"),
            tr(N_("TradeTier databases (*.sqlite)")),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            prefs.remember_folder("database", path)
            self.w.open_database(Path(path))

    def open_sample(self) -> None:
        """The bundled sample ledgers, imported once into their own database, opened as the
        sample (not reopened at the next start)."""
        self.runner.run(self.parent, partial(operations.open_sample, sample_db_path(),
                                             resource_dir() / "sample"),
                        on_success=lambda path: self.w.open_database(path, chosen=False),
                        on_failure=self.w.show_failure)

    def open_own_database(self) -> None:
        """Leave the sample for the firm's own database (the last one chosen, or a new one)."""
        self.w.open_database(sample_mode.own_database())

    # --- import, export, print, settings -----------------------------------------------------
    def import_files(self, paths: list[Path]) -> None:
        from ui.importing.dialog import ImportDialog  # on demand: see the module's docstring

        if self.w.sample:
            where = sample_mode.ask_before_import(self.parent)
            if where is None:
                return
            if where == sample_mode.OWN:
                self.open_own_database()
        if not paths:
            chosen, _ = QFileDialog.getOpenFileNames(self.parent, tr(N_("Choose ledger files")),
                                                     prefs.folder("import"), tr(LEDGER_FILTER))
            paths = [Path(p) for p in chosen]
            if not paths:
                return
        prefs.remember_folder("import", paths[0])
        dialog = ImportDialog(self.w.db_path, self.runner, paths, self.parent)
        dialog.importFinished.connect(self._imported)
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        """A new dialog at each command, deleted once closed: kept, each session's import,
        print, settings and corrections dialogs (with their previews and documents) stayed in
        memory, children of the window. Work still running when one closes ends on the runner,
        which calls no deleted dialog back (ui.tasks._Reply); a write the window must hear of
        keeps its dialog, hidden, until it ends (ui.widgets.delete_after)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog

    def _imported(self, _results: list[object]) -> None:
        self.w.refresh()

    def _analysis_on_screen(self) -> Analysis | None:
        """The analysis the lists come from. None yet (the last start's table, or the first
        analysis still being made, half a minute at a million orders): the user is told, not
        left with a click that does nothing; nor, on the welcome page, given lists of nobody."""
        analysis = self.w.current_analysis()
        if analysis is None:
            self.w.show_status(tr(N_(
                "The lists can be exported or printed once the analysis is on screen.")), 10000)
        elif not self.w.has_orders():  # the welcome page: lists of nobody, all zeros
            self.w.show_status(tr(N_(
                "No orders yet, so no lists: import your ledger first.")), 10000)
            return None
        return analysis

    def export(self, kind: str) -> None:
        analysis = self._analysis_on_screen()
        if analysis is None:
            return
        start = str(Path(prefs.folder("export")) / default_filename(kind, analysis.as_of))
        path, _ = QFileDialog.getSaveFileName(self.parent, tr(N_("Save the lists as")), start,
                                              tr(N_("Excel workbooks (*.xlsx)")))
        if path:
            prefs.remember_folder("export", path)
            self.runner.run(self.parent, partial(operations.export_lists, self.w.db_path,
                                                 analysis, kind, Path(path),
                                                 self.w.kept_lines()),
                            on_success=self._exported, on_failure=self.w.show_failure)

    def _exported(self, paths: list[Path]) -> None:
        self.w.show_status(tr(N_("Written: {files}"), files=", ".join(
            str(p) for p in paths)), 10000)
        box = QMessageBox(QMessageBox.Icon.Information, tr(N_("Lists written")),
                          tr(N_("Written to {file}. Open its folder?"),
                             file="\n".join(str(p) for p in paths)),
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
                          self.parent)
        box.button(QMessageBox.StandardButton.Open).clicked.connect(
            partial(QDesktopServices.openUrl, QUrl.fromLocalFile(str(paths[0].parent))))
        box.open()
        self.last_export_box = box

    def print_lists(self) -> None:
        from ui.printing.dialog import PrintDialog  # on demand: see the module's docstring

        analysis = self._analysis_on_screen()
        if analysis is not None:
            self._open(PrintDialog(analysis, self.parent, runner=self.runner))

    def open_settings(self) -> None:
        """The firm's stored rules are read on the runner, then the dialog opens on them."""
        self.runner.run(self.parent, partial(operations.load_settings, self.w.db_path),
                        on_success=self._show_settings, on_failure=self.w.show_failure)

    def _show_settings(self, stored: operations.StoredSettings) -> None:
        from ui.settings.dialog import SettingsDialog  # on demand: see the module's docstring

        dialog = SettingsDialog(self.w.db_path, stored, self.parent, runner=self.runner)
        dialog.settingsChanged.connect(self.w.settings_changed)
        dialog.languageChanged.connect(self.set_language)
        self._open(dialog)

    def set_language(self, code: str) -> None:
        """Switch every visible word now; the choice is remembered ("" follows the system).
        A message left in the bar was written in the language left: it goes."""
        choose_language(code)
        self.w.show_status("", 0)
        self.w.retranslate()

    def show_corrections(self) -> None:
        """Every correction in force, with its date, each one undoable on its own."""
        from ui.customers.corrections_view import CorrectionsDialog  # on demand, as above

        dialog = CorrectionsDialog(self.w.db_path, self.runner, self.parent)
        dialog.changed.connect(self.w.refresh)
        self._open(dialog)

    def show_help(self, topic: str) -> None:
        from ui.help import show_help  # on demand: see the module's docstring

        show_help(self.parent, topic)

    def show_about(self) -> None:
        self.dialog = show_about(self.parent, self.w.db_path)


def _menu_actions(actions: list[QAction]) -> list[QAction]:
    """The commands of these menus and their submenus (the submenus' own entries aside)."""
    found: list[QAction] = []
    for action in actions:
        menu = action.menu()
        if isinstance(menu, QMenu):
            found.extend(_menu_actions(menu.actions()))
        elif not action.isSeparator():
            found.append(action)
    return found
