"""One editor per setting, made from core.settings' registry, so a new setting needs no UI code.

Each field shows its Setting's label (the key only in a tooltip), the editor that fits the
setting's kind and unit (a count of days, months or years says its unit in the box: "60 days"),
the article's default beside it with the range a number may take, the explanation in grey
under it, and, while what is typed does not pass core.settings_store.validate, the refusal in red:
the same check the command line runs. A number box takes no keystroke outside its range, so
the range beside it is what tells the user why "99999" stops at "999".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from core.actions.plans import percent_text
from core.analysis.pyramid import article_bands_text
from core.i18n import N_, NP_, tr
from core.ledger.terms import RUNGS, rung_label
from core.messages import Message, Refusal, Term
from core.setting_words import explanation_text
from core.settings import Setting
from core.settings_store import validate
from ui import style
from ui.widgets import PERCENT_SUFFIX, NumberBox

CHOICE_LABELS: dict[str, str] = {
    "mdy": N_("Month/day/year, as in the US (03/04 = 4 March)"),
    "dmy": N_("Day/month/year, as in Europe (03/04 = 3 April)"),
    "share": N_("Share of active customers"),
    "count": N_("Fixed numbers of customers"),
    "article": N_("The article's ({bands}%)"),  # core.analysis.pyramid.ARTICLE_BANDS
    "quartiles": N_("Your own margin quartiles"),
    "profit": N_("Gross profit in the window (revenue without costs)"),
    "clv": N_("Discounted lifetime value"),
}


# The statistician's names behind a setting's plain words, only in its tooltip (and the guide):
# "fit BG/NBD" and "Gamma-Gamma" on the Lifetime value page told a clerk nothing.
TECHNICAL: dict[str, str] = {
    "clv_min_repeat_buyers": N_(
        "For a statistician: the expected purchases model is BG/NBD, the order value model "
        "Gamma-Gamma (Help → Guide to the method, lifetime value)."),
    "clv_survival_pct": N_(
        "For a statistician: a simple retention model, used below the repeat buyers needed "
        "for BG/NBD and Gamma-Gamma."),
}


# The unit a count of time is typed in, said in its box after the number ("60 days", "60 天"):
# the labels do not all say it ("Lead time when no ship dates are kept").
UNIT_WORDS: dict[str, str] = {"days": NP_("day", "days"), "months": NP_("month", "months"),
                              "years": NP_("year", "years")}
# Bounds this high are a guard against typing slips, not a range worth reading.
SAID_RANGE_UP_TO = 100_000


def _scale(setting: Setting) -> int:
    """Shares are stored as fractions and shown as percentages: "20%" reads better than "0.2"."""
    return 100 if setting.unit == "share" else 1


def choice_label(code: str) -> str:
    """The translated label of a choice or payment-terms rung."""
    if code in RUNGS:
        return tr(rung_label(code))
    return tr(CHOICE_LABELS.get(code, code), bands=article_bands_text())


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")


def default_text(setting: Setting) -> str:
    """The article's default as a user would type it."""
    value = setting.default
    if setting.kind == "bool":
        return tr(N_("Default: on")) if value else tr(N_("Default: off"))
    if value in ("", []):
        return tr(N_("Default: empty"))
    if setting.kind in ("choice", "rung"):
        shown = choice_label(value)
    elif setting.kind == "list":
        shown = ", ".join(value)
    elif setting.unit in ("share", "%"):
        shown = percent_text(value * _scale(setting))
    elif setting.unit in UNIT_WORDS:
        shown = f"{_number(value)} {tr(UNIT_WORDS[setting.unit], count=value)}"
    elif setting.kind in ("int", "float"):
        shown = _number(value)
    else:
        shown = str(value)
    said = range_text(setting)
    if said:
        return tr(N_("Default: {value} (allowed: {range})"), value=shown, range=said)
    return tr(N_("Default: {value}"), value=shown)


def range_text(setting: Setting) -> str:
    """"1–1,000" for a count bounded on both sides; "0–20%" for a percentage capped short of
    the whole (the exchange band, the tolerance: nobody guesses that cap); "" for shares,
    money, whole percentages and wide bounds."""
    low, high = setting.minimum, setting.maximum
    if setting.kind == "float" and setting.unit == "%" and low is not None and high is not None \
            and high < 100:
        return f"{_number(low)}–{percent_text(high)}"
    if (setting.kind not in ("int", "float") or setting.unit in ("share", "%", "USD")
            or low is None or high is None or high > SAID_RANGE_UP_TO):
        return ""
    return f"{_number(low)}–{_number(high)}"


def make_editor(setting: Setting) -> QWidget:
    """The widget that fits the setting's kind, bounded by its minimum and maximum."""
    kind, key = setting.kind, setting.key
    if kind == "int":
        editor: QWidget = QSpinBox()
        editor.setRange(int(setting.minimum if setting.minimum is not None else -10**9),
                        int(setting.maximum if setting.maximum is not None else 10**9))
        editor.setGroupSeparatorShown(True)
    elif kind == "float":
        editor = NumberBox()
        scale = _scale(setting)
        low = setting.minimum if setting.minimum is not None else -1e12
        high = setting.maximum if setting.maximum is not None else 1e12
        editor.setRange(low * scale, high * scale)
        money = setting.unit == "USD"
        editor.setDecimals(0 if (money and high > 1e6) or scale == 100 else 2)
        editor.setGroupSeparatorShown(True)
        if setting.unit in ("share", "%"):
            editor.setSuffix(PERCENT_SUFFIX)
        editor.setSingleStep((10 if high <= 1e6 else 1000) if money else
                             5 if scale == 100 else 0.5)
    elif kind == "bool":
        editor = QCheckBox()
    elif kind in ("choice", "rung"):
        editor = QComboBox()
        for code in setting.choices if kind == "choice" else RUNGS:
            editor.addItem(code, code)
    else:
        editor = QLineEdit()
        if kind == "date":
            editor.setPlaceholderText("YYYY-MM-DD")
            editor.setMaxLength(10)
        elif key == "base_currency":
            editor.setMaxLength(3)
        if kind in ("str", "list") and key != "base_currency":
            editor.setMinimumWidth(260)
    editor.setObjectName(key)
    editor.setToolTip(key)
    return editor


class SettingField(QObject):
    """A setting's label, editor, default, explanation and inline error, kept together."""

    changed = Signal(str)

    def __init__(self, setting: Setting) -> None:
        super().__init__()
        self.setting = setting
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setToolTip(setting.key)
        self.label.setContentsMargins(0, 4, 0, 0)  # level with the editor's text
        self.editor = make_editor(setting)
        self.label.setBuddy(self.editor)
        self.default = QLabel()
        self.default.setStyleSheet(f"color: {style.NOTE};")
        # wraps beside its editor: a choice's default ("Default: Month/day/year, as in the US
        # (03/04 = 4 March)") on one line made the page wider than the dialog at 150 %, and
        # every explanation on it ran under the right edge
        self.default.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(f"color: {style.NOTE};")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {style.BAD};")
        self.error.setObjectName(f"{setting.key}__error")
        self.error.hide()
        self.message: Message | None = None
        if setting.unit in UNIT_WORDS and isinstance(self.editor, QSpinBox):
            self.editor.valueChanged.connect(self._say_unit)
        # Edited since loaded: only these are saved, so a value stored more precisely than
        # its editor shows (0.125 in a whole-percent box) is never rounded behind the user's back
        self.touched = False
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        editor = self.editor

        def emit(*_args: object) -> None:
            self.touched = True
            self.changed.emit(self.setting.key)

        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.valueChanged.connect(emit)
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(emit)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(emit)
        elif isinstance(editor, QLineEdit):
            editor.textChanged.connect(emit)

    def add_to(self, grid: QGridLayout, row: int) -> int:
        """Place the field on rows ``row``..; returns the next free row."""
        line = QHBoxLayout()
        line.setSpacing(12)
        line.addWidget(self.editor)
        line.addWidget(self.default, 1)
        grid.addWidget(self.label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(line, row, 1)
        grid.addWidget(self.explanation, row + 1, 1)
        grid.addWidget(self.error, row + 2, 1)
        return row + 3

    def set_enabled(self, enabled: bool) -> None:
        """Greyed out while another setting makes it irrelevant; its value is still kept."""
        for widget in (self.label, self.editor, self.default, self.explanation):
            widget.setEnabled(enabled)

    def raw(self) -> Any:
        """What the user entered, as core.settings_store.validate takes it."""
        editor = self.editor
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QDoubleSpinBox):
            value = editor.value()
            return round(value / 100, 6) if _scale(self.setting) == 100 else value
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        return editor.text()

    def set_value(self, value: Any) -> None:
        editor = self.editor
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value) * _scale(self.setting))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            index = editor.findData(value)
            if index < 0:  # a value stored by another version stays visible, not lost
                editor.addItem(str(value), value)
                index = editor.count() - 1
            editor.setCurrentIndex(index)
        elif self.setting.kind == "list":
            editor.setText(", ".join(value))
        else:
            editor.setText(str(value))

    def check(self) -> Any:
        """The validated value, or None with the refusal shown under the field."""
        try:
            value = validate(self.setting.key, self.raw())
        except Refusal as refusal:
            self.show_error(refusal.message)
            return None
        self.show_error(None)
        return value

    def show_error(self, message: Message | None) -> None:
        if message is not None and "key" in message.params:
            # "… for {key}" names the field by its label, never by its key
            message = Message(message.code, message.template,
                              {**message.params, "key": Term(self.setting.label)})
        self.message = message
        self.error.setText(message.text if message else "")
        self.error.setVisible(message is not None)

    def _say_unit(self, *_args: object) -> None:
        """The unit after the number, in the form the number takes ("1 day", "30 days")."""
        assert isinstance(self.editor, QSpinBox)
        value = self.editor.value()
        self.editor.setSuffix(f" {tr(UNIT_WORDS[self.setting.unit], count=value)}")

    def retranslate(self) -> None:
        if self.setting.unit in UNIT_WORDS and isinstance(self.editor, QSpinBox):
            self._say_unit()
        self.label.setText(tr(self.setting.label))
        technical = TECHNICAL.get(self.setting.key)
        tip = f"{tr(technical)}\n{self.setting.key}" if technical else self.setting.key
        for widget in (self.label, self.editor):
            widget.setToolTip(tip)
        self.default.setText(default_text(self.setting))
        self.explanation.setText(explanation_text(self.setting))
        if isinstance(self.editor, QComboBox):
            for index in range(self.editor.count()):
                self.editor.setItemText(index, choice_label(self.editor.itemData(index)))
        self.show_error(self.message)
