"""Small pieces the views share: a selectable label, a titled card with its "?", and the
sizing that keeps a dialog on a small screen."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    SignalInstance,
)
from PySide6.QtGui import QFontMetrics, QFontMetricsF, QGuiApplication
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.actions.plans import percent_text
from core.i18n import N_, tr
from ui import style
from ui.sort_header import SortHeader

if TYPE_CHECKING:
    from ui.tasks import Task

# A percentage's sign in a number box, as core.actions.plans.percent_text writes one ("20%",
# as the article and nearly every figure of the window: "Gross margin 24.9%")
PERCENT_SUFFIX = percent_text(0).removeprefix("0")
CARD_STYLE = ("QFrame#card { background: palette(base); border: 1px solid "
              f"{style.CARD_BORDER}; border-radius: 6px; }}")


class NumberBox(QDoubleSpinBox):
    """A number with the digits it has, as its default beside it is written: "62%", not
    "62.00%"; "35" risk points beside "Default: 35", not "35.00"; 3.5 keeps its one decimal.
    The settings' numbers and the credit dialog's insured share both: "90.00 %" there sat
    under a note saying "90% by default"."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt API
        text = super().textFromValue(value)
        point = self.locale().decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text


# a figure in brackets, "(2 × 45,300)" or "（2 × 45,300）": one unit on a wrapped line
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
NO_BREAK = "\u00a0"


def keep_bracketed_together(text: str) -> str:
    """The spaces inside each bracketed figure made non-breaking: at 150 % "average order
    34,672 against 90,599 (2 × 45,300)" broke after "(2 ×", leaving a sum split over lines.
    Done where the text is shown, not in core, so the words core exports stay plain."""
    return _BRACKETED.sub(lambda m: m.group().replace(" ", NO_BREAK), text)


def selectable_label(wrap: bool = True) -> QLabel:
    """Figures a user may want to copy into a chat or a mail."""
    label = QLabel()
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Card(QFrame):
    """A titled frame whose "?" asks for the guide at its topic; content goes in `body`."""

    def __init__(self, topic: str, help_signal: SignalInstance,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic = topic
        self.setObjectName("card")
        self.setStyleSheet(CARD_STYLE)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.help = QToolButton()
        self.help.setText("?")
        self.help.setAutoRaise(True)
        self.help.clicked.connect(lambda: help_signal.emit(topic))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.help, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(head)
        self.body = QVBoxLayout()
        self.layout_.addLayout(self.body)

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.help.setToolTip(tr(N_("How to read this")))
        self.help.setAccessibleName(tr(N_("Help: {topic}"), topic=title))


class FollowsLanguage:
    """Mixed into a window: Qt posts LanguageChange when the app swaps its translators, so the
    window follows a switch made elsewhere while it is open (once `_built` is set)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_built", False):
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]


def fitted(window: QWidget, width: int, height: int, margin: int = 48) -> QSize:
    """The size a dialog wants, within the screen's free area (the taskbar excluded: at
    150 % a 1280 × 800 screen leaves about 850 × 500), so its buttons can always be reached.
    Given before the dialog shows, Qt still centres it on its window."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    free = screen.availableGeometry()
    return QSize(min(width, free.width() - margin), min(height, free.height() - margin))


def fit_to_screen(window: QWidget, width: int, height: int, margin: int = 48) -> None:
    """Size a dialog as `fitted` does, and keep it inside the screen's free area."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.resize(fitted(window, width, height, margin))
    if screen is None:
        return
    free = screen.availableGeometry()
    frame = window.frameGeometry()
    x = min(max(frame.x(), free.left()), free.right() - frame.width())
    y = min(max(frame.y(), free.top()), free.bottom() - frame.height() - margin // 2)
    window.move(max(x, free.left()), max(y, free.top()))


def show_placeholder(edit: QLineEdit, placeholder: str) -> None:
    """Set a box's placeholder, and its least width to show it whole in the font in force
    (at 150 % a search box given what was left read "Search custo…"): what Qt wants for 17
    "x" with its frame and margins, the placeholder's own width instead, and room for the
    clear button (about as wide as the box is high) beside it."""
    edit.setPlaceholderText(placeholder)
    metrics, hint = edit.fontMetrics(), edit.sizeHint()
    clear = hint.height() if edit.isClearButtonEnabled() else 0
    edit.setMinimumWidth(hint.width() - 17 * metrics.horizontalAdvance("x")
                         + metrics.horizontalAdvance(placeholder) + clear)


def compact_rows(table: QTableView) -> None:
    """Rows one line of the font high (Qt's default leaves room for two at most scales)."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)


class CutInMiddle(QStyledItemDelegate):
    """A column's cells cut in the middle, keeping their end ("Liberty Ho…tials Inc."), where
    a table's other cells are cut at the right: a name keeps a branch's or an agent's end
    customer, a sentence its start (cut in the middle, the Tier movement's "Why" read "此前在
    131 家活跃客户中排第 6…在 134 家中排第 65": a two-digit rank read as 6)."""

    def __init__(self, table: QTableView, columns: Iterable[int]) -> None:
        super().__init__(table)
        for column in columns:
            table.setItemDelegateForColumn(column, self)

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


def words_width(table: QTableView, words: Iterable[str]) -> int:
    """The column width that shows each of `words` whole in the table's cells, measured as Qt's
    item delegate lays a cell out (the text, a margin each side, the grid line): a column
    fitted to its top rows (the prospects sit below the first 50 tiers) read "潜在…"."""
    metrics = QFontMetricsF(table.font())
    widest = max((metrics.horizontalAdvance(word) for word in words), default=0.0)
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return math.ceil(widest) + 2 * margin + (1 if table.showGrid() else 0)


class TitlesHeader(SortHeader):
    """A header that keeps room for the sort arrow beside the sorted column's title only (fit
    the columns again when the sort changes): Qt keeps the section's height beside every
    title, a two-line one's twice, and at 150 % the tier-movement table, thirteen columns
    wide, scrolled sideways and cut its words ("Lon…", "（新客…")."""

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N802,N803 - Qt API
        size = super().sectionSizeFromContents(logicalIndex)
        if not self.isSortIndicatorShown() or self.model() is None:
            return size
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        size.setWidth(size.width() - size.height() - margin)  # Qt's room beside every title
        if logicalIndex == self.sortIndicatorSection():  # the arrow as the style draws it:
            # half the header's height and a margin each side (QCommonStyle SE_HeaderArrow)
            lines = [self._lines(n) for n in range(self.count())]
            height = size.height() + (max(lines) - lines[logicalIndex]) * \
                self.fontMetrics().lineSpacing()
            size.setWidth(size.width() + math.ceil(height / 2) + 2 * margin)
        return size

    def _lines(self, section: int) -> int:
        title = self.model().headerData(section, Qt.Orientation.Horizontal)
        return str(title or "").count("\n") + 1


def tab_moves_on(table: QTableView) -> None:
    """Tab leaves a table the user only reads, to the next control, as it does everywhere
    else; the arrow keys still walk its cells. Qt's table takes Tab from cell to cell and
    wraps from the last back to the first: a keyboard never got out of it."""
    table.setTabKeyNavigation(False)


class WholeScroll(QScrollArea):
    """A frameless scroll area that asks for its content's whole size: the content scrolls
    only where the screen is too small for it (a dialog's figures at 150 %), and is never
    squeezed until its lines overlap."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        content = self.widget()
        wanted = content.sizeHint() if content is not None else QSize(0, 0)
        return QSize(wanted.width() + self.verticalScrollBar().sizeHint().width(),
                     wanted.height())


class EmptyNote(QLabel):
    """Why a table shows no rows, written across its empty rows (where a line beside the
    search would wrap to three at 150 %); hidden while there are rows. `setText("")` hides it."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table.viewport())
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setMargin(self.fontMetrics().height())
        table.viewport().installEventFilter(self)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setVisible(bool(text))
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:  # the table's viewport, whose child it is from the start
            self.setGeometry(parent.rect())


def wrapped_height(metrics: QFontMetrics, width: int, text: str) -> int:
    """The height a cell `width` wide asks for to show `text` word-wrapped whole: Qt's own
    delegate asks for one line in a tree, and a pixel or two short of the last line of a cell
    spanning columns at 150 % (the last line drawn "…")."""
    return metrics.boundingRect(QRect(0, 0, max(width - 8, 20), 1 << 20),
                                Qt.TextFlag.TextWordWrap, text).height() + 4


def delete_after(dialog: QWidget, task: Task | None) -> None:
    """A dialog deleted once closed (WA_DeleteOnClose) but closed while its write still runs:
    hidden now, deleted once the write has ended, so what it tells the window when done (the
    settings saved, a correction taken back: the analysis again) still reaches it. Deleted at
    once, the write was made and the window never heard of it."""
    if (task is not None and task.running
            and dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        task.finished.connect(dialog.deleteLater)
