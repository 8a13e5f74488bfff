"""The settings dialog: every rule of the analysis, the currency rates, the language.

Firm rules live in the firm's database (they travel with its data): the window reads them on its
runner before the dialog opens, and Save writes them together, all or nothing, in one
transaction on the runner (ui.operations.save_settings); the language is this PC's preference
(ui.prefs), applied at once so the rest of the dialog can be read in it. Pages and editors are
generated from core.settings' registry (each Setting names its page, label and unit;
ui.settings.editors), so the dialog can never miss a setting or check it differently from the
command line.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import settings
from core.i18n import N_, listed, tr
from core.messages import Message
from ui import operations, prefs, style
from ui.help import show_help
from ui.settings.editors import SettingField
from ui.settings.rates import RatesModel, RatesPage
from ui.tasks import Failure, Runner, Task
from ui.widgets import FollowsLanguage, delete_after, fit_to_screen

LANGUAGE_KEY = prefs.LANGUAGE
LANGUAGE_CHOICES = (("", N_("Follow the system")), ("zh_CN", "中文"), ("en", "English"))

# Each page a Setting can name: its title and the help topic it links to, in tab order.
PAGE_TITLES: dict[str, tuple[str, str]] = {
    "general": (N_("General"), "import"),
    "rfmt": (N_("RFMT criteria"), "rfmt"),
    "pyramid": (N_("Pyramid"), "pyramid"),
    "risk": (N_("Payment risk"), "risk"),
    "phases": (N_("Phases"), "phases"),
    "clv": (N_("Lifetime value"), "benchmarks"),  # the article's 62 % survival is explained there
    "other": (N_("Other"), ""),  # no help page of its own
}
RATES_PAGE = N_("Currency rates")
REFUSED_ON_TAB = N_("A value on this tab is not accepted: see the red text under it.")
SAVE_REFUSED = N_("Save is possible once every tab marked ⚠ holds accepted values.")
WEIGHT_KEYS = tuple(k for k in settings.BY_KEY if k.startswith("risk_weight_"))


def pages() -> list[tuple[str, str, tuple[str, ...]]]:
    """(title, help topic, keys) of every page that has settings, in registry order within a
    page; a setting naming a page the dialog does not know lands on "other"."""
    placed: dict[str, list[str]] = {page: [] for page in PAGE_TITLES}
    for s in settings.SETTINGS:
        placed[s.page if s.page in PAGE_TITLES else "other"].append(s.key)
    return [(*PAGE_TITLES[page], tuple(keys)) for page, keys in placed.items() if keys]


saved_language = prefs.chosen_language


class SettingsDialog(FollowsLanguage, QDialog):
    """Edit the firm's rules and rates; Save writes them at once, Cancel leaves them be."""

    settingsChanged = Signal()  # noqa: N815 - Qt's naming
    languageChanged = Signal(str)  # noqa: N815 - "zh_CN", "en", or "" to follow the system

    def __init__(self, db_path: Path, stored: operations.StoredSettings,
                 parent: QWidget | None = None, runner: Runner | None = None) -> None:
        super().__init__(parent)
        self._built = False
        self.db_path = Path(db_path)
        self.runner = runner or Runner(self)
        self.saving: Task | None = None
        self._stored: dict[str, Any] = dict(stored.values)
        stored_rates = stored.rates
        self.fields = {s.key: SettingField(s) for s in settings.SETTINGS}
        self.rates = RatesPage(RatesModel(stored_rates))
        self.rates_model, self.rates_view = self.rates.model, self.rates.view
        self.rates_error = self.rates.error
        self.add_rate, self.delete_selected_rate = self.rates.add_rate, self.rates.delete_selected
        self.rates.changed.connect(self._revalidate)
        self.tabs = QTabWidget()
        self._links: list[tuple[QLabel, str]] = []
        self.pages = pages()
        for _title, topic, keys in self.pages:
            self.tabs.addTab(self._page(topic, keys), "")
        self.tabs.addTab(self.rates, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.RestoreDefaults
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.Save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button.clicked.connect(lambda: self.restore_defaults())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        for key, field in self.fields.items():
            field.set_value(self._stored[key])
            field.touched = False
            field.changed.connect(self._revalidate)
        self.language.setCurrentIndex(self.language.findData(saved_language()))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.retranslate()
        self._revalidate()
        fit_to_screen(self, 880, 700)
        self._built = True

    # --- building
    def _page(self, topic: str, keys: tuple[str, ...]) -> QScrollArea:
        inner = QWidget()
        column = QVBoxLayout(inner)
        if topic:
            link = QLabel()
            link.setAlignment(Qt.AlignmentFlag.AlignRight)
            link.linkActivated.connect(self._help)
            self._links.append((link, topic))
            column.addWidget(link)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 230)
        grid.setVerticalSpacing(3)
        grid.setHorizontalSpacing(16)
        row = 0
        for key in keys:
            row = self.fields[key].add_to(grid, row)
            if key == "risk_weight_capital":
                self.weights_note = QLabel()
                self.weights_note.setWordWrap(True)
                self.weights_note.setStyleSheet(f"color: {style.CAUTION};")
                grid.addWidget(self.weights_note, row, 1)
                row += 1
            grid.setRowMinimumHeight(row, 8)
            row += 1
            if key == "base_currency":
                row = self._language_row(grid, row)
                grid.setRowMinimumHeight(row, 8)
                row += 1
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _language_row(self, grid: QGridLayout, row: int) -> int:
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.setObjectName(LANGUAGE_KEY)
        for code, _label in LANGUAGE_CHOICES:
            self.language.addItem("", code)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet(f"color: {style.NOTE};")
        line = QHBoxLayout()
        line.addWidget(self.language)
        line.addStretch(1)
        grid.addWidget(self.language_label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(line, row, 1)
        grid.addWidget(self.language_note, row + 1, 1)
        return row + 2

    # --- checking
    def _revalidate(self, *_args: object) -> bool:
        """Check every field and rate row; Save is enabled only when all pass."""
        values = {key: field.check() for key, field in self.fields.items()}
        ok = all(field.message is None for field in self.fields.values())
        strategic, core = values["strategic_share"], values["core_share"]
        if strategic is not None and core is not None and strategic + core > 1 + 1e-9:
            self.fields["core_share"].show_error(Message("shares_over_whole", N_(
                "Strategic and core together cannot be more than 100%.")))
            ok = False
        weights = [values[k] for k in WEIGHT_KEYS]
        total = sum(w for w in weights if w is not None)
        self.weights_note.setText("" if round(total, 6) == 100 else tr(N_(
            "The points add up to {total:g}: scores are capped at 100 and the grades (A below "
            "20 … E from 80) assume the points add up to 100."), total=total))
        self.weights_note.setVisible(round(total, 6) != 100)
        by_count = values["tier_caps"] == "count"  # only one way of sizing tiers is in force
        for key in ("strategic_share", "core_share"):
            self.fields[key].set_enabled(not by_count)
        for key in ("strategic_count", "core_count"):
            self.fields[key].set_enabled(by_count)
        rates_ok = self.rates.check()
        ok = rates_ok and ok
        self.save_button.setEnabled(ok)
        self._mark_tabs(rates_ok)
        return ok

    def _mark_tabs(self, rates_ok: bool) -> None:
        """A tab holding a refused value says so in red: Save greys out for a value the user
        may have typed on another tab, and nothing else would say where it is."""
        refused = [any(self.fields[key].message is not None for key in keys)
                   for _title, _topic, keys in self.pages] + [not rates_ok]
        titles = [title for title, _topic, _keys in self.pages] + [RATES_PAGE]
        for index, (title, bad) in enumerate(zip(titles, refused, strict=True)):
            self.tabs.setTabText(index, f"⚠ {tr(title)}" if bad else tr(title))
            self.tabs.tabBar().setTabTextColor(index, QColor(style.BAD) if bad else QColor())
            self.tabs.setTabToolTip(index, tr(REFUSED_ON_TAB) if bad else "")
        self.save_button.setToolTip("" if self.save_button.isEnabled() else tr(SAVE_REFUSED))

    def values(self) -> dict[str, Any]:
        """Every setting as validated from its editor (None where it does not pass)."""
        return {key: field.check() for key, field in self.fields.items()}

    # --- actions
    def save(self) -> bool:
        """Write what changed in one transaction on the runner; once written, tell the window
        to re-run the analysis and close. False when a value does not pass."""
        if not self._revalidate():
            return False
        changed = {k: v for k, v in self.values().items()
                   if self.fields[k].touched and v != self._stored[k]}
        edits = self.rates_model.edits()
        if not changed and not edits:
            self.accept()
            return True
        self.buttons.setEnabled(False)
        self.saving = self.runner.run(
            self, partial(operations.save_settings, self.db_path, changed, edits),
            on_success=partial(self._saved, changed), on_failure=self._not_saved)
        return True

    def reject(self) -> None:
        delete_after(self, self.saving)  # closed while saving: the window still re-analyses
        super().reject()

    def _saved(self, changed: dict[str, Any], _result: object) -> None:
        self.buttons.setEnabled(True)
        self._stored.update(changed)
        self.settingsChanged.emit()
        self.accept()

    def _not_saved(self, failure: Failure) -> None:
        self.buttons.setEnabled(True)
        QMessageBox.warning(self, tr(N_("Settings not saved")), tr(N_(
            "Nothing was saved: {reason}"), reason=failure.text))

    def restore_defaults(self, ask: bool = True) -> bool:
        """Fill every rule's editor with the article's default; stored only when saved. The
        firm's own facts (settings.FIRM_FACTS) are no rule of the article's and stay."""
        kept = listed([f"“{tr(settings.BY_KEY[key].label)}”" for key in settings.FIRM_FACTS])
        if ask and QMessageBox.question(self, tr(N_("Restore the article's defaults?")), tr(N_(
                "Every rule goes back to the article's default. {kept}, the currency rates "
                "and the language stay as they are, and nothing is stored until you save."),
                kept=kept)) != QMessageBox.StandardButton.Yes:
            return False
        for key, field in self.fields.items():
            if key not in settings.FIRM_FACTS:
                field.set_value(field.setting.default)
        self._revalidate()
        return True

    def _language_chosen(self, _index: int) -> None:
        code = self.language.currentData() or ""
        prefs.preferences().setValue(LANGUAGE_KEY, code)
        # "" rather than the system's language, so the window keeps following the system
        self.languageChanged.emit(code)
        self.retranslate()  # the window has switched core's language by now, if it listens

    def _help(self, topic: str) -> None:
        show_help(self, topic)

    def retranslate(self) -> None:
        self.setWindowTitle(tr(N_("TradeTier settings")))
        for link, topic in self._links:
            link.setText(f'<a href="{topic}">{tr(N_("How these rules work"))}</a>')
        for field in self.fields.values():
            field.retranslate()
        self.language_label.setText(tr(N_("Language")))
        self.language.setItemText(0, tr(LANGUAGE_CHOICES[0][1]))
        self.language.setItemText(1, LANGUAGE_CHOICES[1][1])
        self.language.setItemText(2, LANGUAGE_CHOICES[2][1])
        self.language_note.setText(tr(N_(
            "Language of this computer's TradeTier; “Follow the system” uses Chinese on a "
            "Chinese Windows.")))
        self.rates.retranslate()
        self._revalidate()
