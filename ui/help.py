"""The in-app guide: the method behind the numbers, in the user's language.

The pages are plain HTML files under ``resources/help/<language>/<topic>.html`` so they can be
written and reviewed as text, and shipped with the installer like the translations. A figure
that is a rule of the app is not typed in a page but named, ``{band:core}``, and filled from the
one place the rule lives when the page is shown, so the guide cannot drift from it. Any window
asks for a topic by its id (a "?" beside a card calls ``show_help(self, "risk")``); one guide
window is reused and raised rather than stacking copies.
"""

from __future__ import annotations

import re
from contextlib import suppress

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.analysis import pyramid
from core.i18n import LANGUAGES, N_, current_language, tr
from core.paths import resource_dir
from ui.widgets import FollowsLanguage, fitted

TOPICS: dict[str, str] = {
    "rfmt": N_("R, F, M and T"),
    "pyramid": N_("The 20/30/50 pyramid"),
    "phases": N_("The three phases"),
    "risk": N_("Reading a risk grade"),
    "credit": N_("Credit limits, insurance and groups"),
    "value": N_("Lifetime value"),
    "benchmarks": N_("The article's benchmarks"),
    "pareto": N_("The Pareto curve"),
    "aging": N_("Receivables aging"),
    "import": N_("What the ledger needs"),
    "payments": N_("Which invoice a payment pays"),
    "resent": N_("A payment sent again"),
    "refunds": N_("Money sent back (refunds)"),
    "months": N_("Month files, deposits and statuses"),
}
LINK_SCHEME = "topic"  # pages link to each other with <a href="topic:risk">
FIGURE = re.compile(r"\{(\w+):(\w+)\}")  # a rule's figure named in a page: {band:strategic}


def topics() -> list[str]:
    """Topic ids in reading order."""
    return list(TOPICS)


def help_html(topic: str, language: str | None = None) -> str:
    """The page of a topic in a language (the current one by default; English if missing)."""
    if topic not in TOPICS:
        raise KeyError(topic)
    chosen = language if language in LANGUAGES else current_language()
    folder = resource_dir() / "help"
    style = (folder / "style.css").read_text(encoding="utf-8")
    for candidate in (chosen, "en"):
        path = folder / candidate / f"{topic}.html"
        if path.exists():  # the pages are fragments; the look is shared by all of them
            page = FIGURE.sub(_figure, path.read_text(encoding="utf-8"))
            return (f'<html><head><meta charset="utf-8"><style>{style}</style></head><body>'
                    f'{page}</body></html>')
    raise FileNotFoundError(folder / chosen / f"{topic}.html")


def _figure(named: re.Match[str]) -> str:
    """The figure a page names, from where its rule lives: a tier's margin band, "35–45",
    from the article's bands the margin flags use (core.analysis.pyramid)."""
    kind, key = named.groups()
    if kind == "band":
        return pyramid.band_span(pyramid.ARTICLE_BANDS[key])
    raise KeyError(named.group(0))


class HelpDialog(FollowsLanguage, QDialog):
    """Topic list on the left, the page on the right; links between pages stay inside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._built = False
        self.topic = "rfmt"
        self.list = QListWidget()
        self.list.setObjectName("help_topics")
        for topic in TOPICS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, topic)
            self.list.addItem(item)
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(
            lambda row: self.show_topic(topics()[row]) if row >= 0 else None)
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_page")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.browser.document().setDocumentMargin(14)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(fitted(self, 900, 620))
        self.retranslate()
        self._built = True

    def show_topic(self, topic: str) -> None:
        if topic not in TOPICS:
            topic = "rfmt"
        self.topic = topic
        self.list.blockSignals(True)
        self.list.setCurrentRow(topics().index(topic))
        self.list.blockSignals(False)
        self.browser.setHtml(help_html(topic, current_language()))

    def _link(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME:
            self.show_topic(url.path())
        else:
            QDesktopServices.openUrl(url)

    def retranslate(self) -> None:
        self.setWindowTitle(tr(N_("TradeTier guide")))
        for row, title in enumerate(TOPICS.values()):
            self.list.item(row).setText(tr(title))
        self._fit_list()
        self.show_topic(self.topic)

    def _fit_list(self) -> None:
        """The topic list as wide as its longest title in the font in force, with room for a
        scrollbar should the titles outgrow its height: held to 220 px, "Credit limits,
        insurance and groups" ran past its edge and the list scrolled sideways for it."""
        bar = self.list.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None,
                                            self.list)
        self.list.setFixedWidth(self.list.sizeHintForColumn(0) + 2 * self.list.spacing()
                                + 2 * self.list.frameWidth() + bar)


_open: HelpDialog | None = None


def show_help(parent: QWidget | None = None, topic: str = "rfmt") -> HelpDialog:
    """Open the guide at a topic, or bring the open one forward and turn it to the topic.

    The guide belongs to the asking widget's window: asked from a modal dialog (settings), a
    guide owned by the main window would be blocked by that dialog, so it gets its own."""
    global _open
    owner = parent.window() if parent is not None else None
    try:
        reusable = _open is not None and _open.parentWidget() is owner
    except RuntimeError:  # its C++ side went with the window that owned it
        reusable = False
    if not reusable or _open is None:
        with suppress(RuntimeError):
            if _open is not None:
                _open.close()
        _open = HelpDialog(owner)
    _open.retranslate()  # the language may have changed since it was last shown
    _open.show_topic(topic)
    _open.show()
    _open.raise_()
    _open.activateWindow()
    return _open
