"""The window's commands: menus, toolbar, and what Import, Export, Print, Settings and the
sample data do. Each long one runs on the runner; each goes through core."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from core import i18n
from core.i18n import N_, tr
from core.paths import resource_dir, sample_db_path
from core.progress import Steps
from ui.data_safety import DataSafety
from ui.tasks import Failure

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SETTINGS = ("TradeTier", "TradeTier")
LEDGER_FILTER = N_("Ledgers (*.xlsx *.xlsm *.xls *.csv *.et *.txt *.htm *.html *.xml)")


class WindowCommands:
    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}

    def _action(self, key: str, slot: Callable[[], object], shortcut: str | None = None
                ) -> QAction:
        action = QAction(self.w)
        action.setObjectName(f"action_{key}")
        action.triggered.connect(lambda *_: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        self.actions[key] = action
        return action

    def build_menus(self) -> None:
        w = self.w
        bar = w.menuBar()
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
        self.safety = DataSafety(w)
        self.safety.add_to(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self._action("quit", w.close, "Ctrl+Q"))
        self.menus["view"].addAction(self._action("refresh", w.refresh, "F5"))
        self.menus["view"].addAction(self._action("movements", self.show_movements, "Ctrl+M"))
        self.menus["settings"].addAction(self._action("settings", self.open_settings))
        self.menus["language"] = self.menus["settings"].addMenu("")
        group = QActionGroup(w)
        for code in ("", "zh_CN", "en"):
            action = self._action(f"lang_{code or 'system'}",
                                  lambda c=code: self.set_language(c))
            action.setCheckable(True)
            group.addAction(action)
            self.menus["language"].addAction(action)
        self.menus["help"].addAction(self._action("guide", lambda: self.show_help("rfmt"),
                                                  "F1"))
        toolbar = w.toolbar
        toolbar.addWidget(w.as_of_label)
        toolbar.addWidget(w.as_of_edit)
        toolbar.addWidget(w.receipts_label)
        toolbar.addWidget(w.receipts_edit)
        toolbar.addSeparator()
        for key in ("import", "export_stop_loss", "print", "settings"):
            toolbar.addAction(self.actions[key])
        self._fill_recent()

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
                 "quit": N_("Quit"), "refresh": N_("Analyse again"),
                 "settings": N_("Settings…"), "lang_system": N_("Follow the system"),
                 "lang_zh_CN": N_("中文"), "lang_en": N_("English"),
                 "guide": N_("Guide to the method")}
        for key, text in texts.items():
            self.actions[key].setText(tr(text))
        chosen = QSettings(*SETTINGS).value("language", "") or ""
        self.actions[f"lang_{chosen or 'system'}"].setChecked(True)
        self.safety.retranslate()

    # --- databases ---------------------------------------------------------------------------
    def remember_recent(self, path: Path) -> None:
        settings = QSettings(*SETTINGS)
        recent = [p for p in (settings.value("recent", []) or []) if p != str(path)]
        settings.setValue("recent", [str(path), *recent][:8])
        settings.setValue("database", str(path))
        self._fill_recent()

    def _fill_recent(self) -> None:
        menu = self.menus.get("recent")
        if menu is None:
            return
        menu.clear()
        for text in QSettings(*SETTINGS).value("recent", []) or []:
            menu.addAction(text, lambda p=text: self.w.open_database(Path(p)))

    def choose_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.w, tr(N_("Open or create a database")), str(self.w.db_path.parent),
            tr(N_("TradeTier databases (*.sqlite)")),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.w.open_database(Path(path))

    def open_sample(self) -> None:
        """The bundled sample ledgers, imported once into their own database."""
        target = sample_db_path()
        folder = resource_dir() / "sample"

        def work(progress: Callable[[float, str], None], cancel: Callable[[], bool]) -> Path:
            from core.ledger.importer import import_files
            from core.store import connect

            conn = connect(target)
            try:
                done = conn.execute("SELECT COUNT(*) FROM imports").fetchone()[0]
            finally:
                conn.close()
            if not done:
                import_files(target, sorted(folder.glob("*.xlsx")), progress=progress,
                             cancel=cancel)
            return target

        task = self.w.runner.submit(work)
        task.succeeded.connect(self.w.open_database)
        task.failed.connect(self.w.show_failure)

    # --- import, export, print, settings -----------------------------------------------------
    def import_files(self, paths: list[Path]) -> None:
        from ui.importing.dialog import ImportDialog

        if not paths:
            chosen, _ = QFileDialog.getOpenFileNames(self.w, tr(N_("Choose ledger files")),
                                                     "", tr(LEDGER_FILTER))
            paths = [Path(p) for p in chosen]
            if not paths:
                return
        dialog = ImportDialog(self.w.db_path, paths, self.w.runner, self.w)
        dialog.importFinished.connect(lambda results: self.w.refresh())
        dialog.open()
        self.dialog = dialog

    def export(self, kind: str) -> None:
        from core.actions.export import default_filename, export_from

        analysis, db = self.w.analysis, self.w.db_path
        if analysis is None:
            return
        start = str(Path.home() / default_filename(kind, analysis.as_of))
        path, _ = QFileDialog.getSaveFileName(self.w, tr(N_("Save the lists as")), start,
                                              tr(N_("Excel workbooks (*.xlsx)")))
        if path:
            self.run_export(lambda progress, cancel: export_from(
                db, analysis, kind, Path(path), steps=Steps(progress, cancel)))

    def run_export(self, work: Callable[..., list[Path]]) -> None:
        task = self.w.runner.submit(work)
        task.succeeded.connect(self._exported)
        task.failed.connect(self.w.show_failure)

    def _exported(self, paths: list[Path]) -> None:
        self.w.statusBar().showMessage(tr(N_("Written: {files}"), files=", ".join(
            str(p) for p in paths)), 10000)
        box = QMessageBox(QMessageBox.Icon.Information, tr(N_("Lists written")),
                          tr(N_("Written to {folder}. Open the folder?"),
                             folder=str(paths[0].parent)),
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
                          self.w)
        box.button(QMessageBox.StandardButton.Open).clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0].parent))))
        box.open()
        self.last_export_box = box

    def print_lists(self) -> None:
        from ui.printing.dialog import PrintDialog

        if self.w.analysis is not None:
            dialog = PrintDialog(self.w.analysis, self.w, runner=self.w.runner)
            dialog.open()
            self.dialog = dialog

    def open_settings(self) -> None:
        from core.messages import Refusal
        from ui.settings.dialog import SettingsDialog

        try:
            dialog = SettingsDialog(self.w.db_path, self.w)
        except Refusal as refusal:
            self.w.show_failure(Failure(refusal.text, refusal.code, True))
            return
        dialog.settingsChanged.connect(self.w.refresh)
        dialog.languageChanged.connect(self.set_language)
        dialog.open()
        self.dialog = dialog

    def save_setting(self, key: str, value: str) -> None:
        db = self.w.db_path

        def work(progress: object = None, cancel: object = None) -> None:
            from core import settings
            from core.store import connect

            conn = connect(db)
            try:
                settings.put(conn, key, value)
            finally:
                conn.close()

        task = self.w.runner.submit(work)
        task.succeeded.connect(lambda _: self.w.refresh())
        task.failed.connect(self.w.show_failure)

    def set_language(self, code: str) -> None:
        """Switch every visible word now; the choice is remembered ("" follows the system)."""
        QSettings(*SETTINGS).setValue("language", code)
        i18n.set_language(code or None)
        from ui.app import install_qt_translations

        install_qt_translations(i18n.current_language())
        self.w.retranslate()

    def show_movements(self) -> None:
        self.w.tabs.setCurrentWidget(self.w.movements)
        self.w.movements.activate()

    def show_help(self, topic: str) -> None:
        from ui.help import show_help

        show_help(self.w, topic)

    def show_failure(self, failure: Failure) -> None:
        self.w.show_failure(failure)
