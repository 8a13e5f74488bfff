"""The tier pyramid: the numbers it shows, the filter it asks for, and that it stays readable
from one customer to 20,000, from a side panel to a full screen, in English and Chinese."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from conftest import ROOT
from ledgers import A, build, order, ten_customers
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from core import i18n
from core.analysis.model import Analysis, CustomerMetrics, TierShape
from core.analysis.names import list_heading
from core.analysis.run import analyse
from core.rules import Rules
from ui.customers import pyramid
from ui.customers.pyramid import TARGETS, PyramidWidget
from ui.customers.pyramid_layout import band_heights, place_blocks


@pytest.fixture
def ten(tmp_path):
    return analyse(build(tmp_path, ten_customers()), as_of=A)


@pytest.fixture
def widget(qtbot):
    w = PyramidWidget()
    qtbot.addWidget(w)
    w.resize(420, 320)
    w.show()
    return w


def synthetic(counts: dict[str, int], prospects: int = 0, dormant: int = 0, black: int = 0,
              profit: bool = True) -> Analysis:
    """An analysis made by hand: fast enough for 20,000 customers."""
    tiers = [t for t, n in counts.items() for _ in range(n)]
    tiers += ["prospect"] * prospects + ["dormant"] * dormant
    people = [CustomerMetrics(i, f"C{i}", None, None, t, list="black" if i < black else None)
              for i, t in enumerate(tiers)]
    active = sum(counts.values())
    revenue = {"strategic": 0.6, "core": 0.3, "long_tail": 0.1}
    shape = [TierShape(t, n, n / active if active else 0.0, target, n, 1e6 * revenue[t],
                       revenue[t], 3e5 * revenue[t] if profit else None,
                       revenue[t] if profit else None, 0.3 if profit else None)
             for (t, n), target in zip(counts.items(), (0.2, 0.3, 0.5), strict=True)]
    return Analysis(date(2025, 12, 31), date(2025, 12, 31), date(2024, 12, 31), "USD",
                    Rules.from_values({"window_months": 12}), people, 1000.0,
                    "gross_profit" if profit else "revenue", shape)


def centre(w: PyramidWidget, kind: str, value: str) -> QPoint:
    return w.band_rect(kind, value).center().toPoint()


def test_ten_customers_show_counts_and_shares_in_both_languages(widget, ten):
    widget.set_analysis(ten)
    assert widget.band_texts("strategic") == ["Strategic", "2 customers", "20% / 20% target",
                                              "revenue 68% · profit 68%"]
    assert widget.band_texts("core") == ["Core", "3 customers", "30% / 30% target",
                                         "revenue 24% · profit 24%"]
    assert widget.band_texts("long_tail") == ["Long tail", "5 customers", "50% / 50% target",
                                              "revenue 8% · profit 8%"]
    assert [widget.box_texts(*key) for key in TARGETS[3:]] == [
        ["Prospect", "1"], ["Dormant", "1"], ["Black list", "0"], [list_heading("confirm"), "0"]]
    i18n.set_language("zh_CN")
    widget.retranslate()
    assert widget.band_texts("strategic") == ["战略", "2 个客户", "占比 20% / 目标 20%",
                                              "销售额占 68% · 毛利占 68%"]
    assert widget.box_texts("list", "black") == ["黑名单", "0"]
    assert widget.accessibleName() == "客户金字塔"
    assert widget.accessibleDescription().startswith("战略客户 2 个，核心客户 3 个")
    widget.grab()
    drawn = [shown for shown, _, _ in widget.drawn]
    assert "战略" in drawn and "占比 30% / 目标 30%" in drawn


def test_hovering_repaints_without_laying_the_pyramid_out_again(qtbot, widget, ten):
    widget.set_analysis(ten)
    widget.grab()
    laid_out = widget.layouts
    points = [centre(widget, kind, value) for kind, value in TARGETS]
    for point in [*points, QPoint(2, 2), *reversed(points)]:
        qtbot.mouseMove(widget, point)
        assert widget.band_at(QPointF(point)) == widget._hover
        widget.grab()  # the repaint the hover asks for
    assert widget._hover == TARGETS[0]
    assert widget.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert widget.layouts == laid_out
    widget.resize(600, 400)
    widget.grab()
    widget.grab()
    assert widget.layouts == laid_out + 1
    widget.retranslate()  # a language switch: the words change width
    widget.band_at(QPointF(points[0]))
    assert widget.layouts == laid_out + 2
    widget.set_analysis(ten)
    widget.grab()
    assert widget.layouts == laid_out + 3


def test_the_counts_drawn_are_the_analysis_numbers_whatever_the_words(widget, ten, monkeypatch):
    """A translation may put the number anywhere in "{count} customers": the band still shows
    the count itself, not a word taken out of the sentence."""
    def count_last(message, **params):
        if message == "{count} customers":
            return f"customers: {params['count']}"
        return i18n.tr(message, **params)

    monkeypatch.setattr(pyramid, "tr", count_last)
    widget.resize(700, 500)
    widget.set_analysis(ten)
    widget.grab()
    counts = {s.tier: f"{s.count:,}" for s in ten.shape}
    for tier, count in counts.items():
        band = widget.band_rect("tier", tier)
        inside = [shown for shown, _, rect in widget.drawn if band.contains(rect.center())]
        beside = widget._geometry().lines[tier][0]
        assert count in inside or beside.endswith(f" · {count}"), (tier, inside, beside)
    assert widget.band_texts("core")[1] == "customers: 3"
    assert any(shown == counts["long_tail"] for shown, _, _ in widget.drawn)


def test_clicking_each_band_and_box_filters_and_again_clears(qtbot, widget, ten):
    widget.set_analysis(ten)
    expected = [("tier", "strategic"), ("tier", "core"), ("tier", "long_tail"),
                ("group", "prospect"), ("group", "dormant"), ("list", "black"),
                ("list", "confirm")]
    assert list(TARGETS) == expected
    for kind, value in expected:
        assert widget.band_at(QPointF(centre(widget, kind, value))) == (kind, value)
        with qtbot.waitSignal(widget.filterRequested) as blocker:
            qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=centre(widget, kind, value))
        assert blocker.args == [kind, value]
        assert widget.selected() == (kind, value)
    with qtbot.waitSignal(widget.filterRequested) as blocker:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=centre(widget, "list",
                                                                       "confirm"))
    assert blocker.args == ["", ""] and widget.selected() is None


def test_the_label_beside_a_band_is_clickable_and_empty_space_clears(qtbot, widget, ten):
    widget.set_analysis(ten)
    label = widget._geometry().labels["core"]
    with qtbot.waitSignal(widget.filterRequested) as blocker:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=label.center().toPoint())
    assert blocker.args == ["tier", "core"]
    corner = QPoint(widget.width() - 3, 3)
    assert widget.band_at(QPointF(corner)) is None
    with qtbot.waitSignal(widget.filterRequested) as blocker:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=corner)
    assert blocker.args == ["", ""] and widget.selected() is None


def test_set_selected_mirrors_a_filter_without_emitting(qtbot, widget, ten):
    widget.set_analysis(ten)
    with qtbot.assertNotEmitted(widget.filterRequested):
        widget.set_selected("group", "dormant")
    assert widget.selected() == ("group", "dormant")
    widget.set_selected("", "")
    assert widget.selected() is None


def test_keyboard_moves_the_filter(qtbot, widget, ten):
    widget.set_analysis(ten)
    with qtbot.waitSignal(widget.filterRequested) as blocker:
        qtbot.keyClick(widget, Qt.Key.Key_Down)
    assert blocker.args == ["tier", "strategic"]
    with qtbot.waitSignal(widget.filterRequested) as blocker:
        qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert blocker.args == ["", ""]


def test_hover_shows_the_full_numbers(widget, ten):
    widget.set_analysis(ten)
    expected = ("Strategic: 2 of 10 active customers\nshare 20.0%, target 20% (2 places)\n"
                "revenue 420,000 USD (68.0%)\ngross profit 84,000 USD (68.0%), margin 20.0%\n"
                "Click to list these customers; click again to list all.")
    assert widget.tooltip_text("tier", "strategic") == expected
    pos = centre(widget, "tier", "strategic")
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos,
                                              widget.mapToGlobal(pos)))
    assert QToolTip.text() == expected
    assert widget.tooltip_text("group", "prospect").startswith(
        "1 prospect: its only orders are trials.")


def test_empty_states(qtbot, widget):
    assert widget.empty_text().startswith("No analysis yet")
    assert widget.band_at(QPointF(centre(widget, "tier", "core"))) is None
    widget.grab()
    assert widget.drawn[0][0].startswith("No analysis yet")
    nobody = synthetic({"strategic": 0, "core": 0, "long_tail": 0}, prospects=3, dormant=2)
    widget.set_analysis(nobody)
    assert widget.empty_text() == ("No active customers: nobody placed a valid order in the "
                                   "12 months to 2025-12-31.")
    assert widget.band_at(QPointF(centre(widget, "tier", "core"))) is None
    assert widget.band_at(QPointF(centre(widget, "group", "prospect"))) == ("group", "prospect")
    assert widget.box_texts("group", "prospect") == ["Prospect", "3"]
    widget.grab()


def test_one_customer(tmp_path, widget):
    one = analyse(build(tmp_path, [order("A1", "Only Buyer", "2025-03-01", 50_000)]), as_of=A)
    widget.set_analysis(one)
    assert widget.band_texts("long_tail") == ["Long tail", "1 customer", "100% / 50% target",
                                              "revenue 100%"]  # no cost: no profit share
    assert widget.band_texts("strategic")[:3] == ["Strategic", "0 customers", "0% / 20% target"]
    line = widget._geometry().line
    for tier in ("strategic", "core"):  # empty bands keep a readable, clickable height
        assert widget.band_rect("tier", tier).height() >= line * 1.4 - 0.01
        assert widget.band_at(QPointF(centre(widget, "tier", tier))) == ("tier", tier)
    assert "gross profit unknown" in widget.tooltip_text("tier", "long_tail")


def test_twenty_thousand_customers_with_one_strategic(qtbot, widget):
    big = synthetic({"strategic": 1, "core": 7_999, "long_tail": 12_000}, prospects=1_500,
                    dormant=2_345, black=1_234)
    widget.set_analysis(big)
    assert widget.band_texts("strategic")[:3] == ["Strategic", "1 customer", "<1% / 20% target"]
    assert widget.band_texts("long_tail")[:3] == ["Long tail", "12,000 customers",
                                                  "60% / 50% target"]
    assert widget.box_texts("group", "dormant") == ["Dormant", "2,345"]
    assert widget.box_texts("list", "black") == ["Black list", "1,234"]
    assert "1 of 20,000 active customers" in widget.tooltip_text("tier", "strategic")
    with qtbot.waitSignal(widget.filterRequested) as blocker:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton,
                         pos=centre(widget, "tier", "strategic"))
    assert blocker.args == ["tier", "strategic"]


@pytest.mark.parametrize("size", [(240, 180), (320, 240), (420, 320), (1600, 1000)])
def test_resizing_keeps_every_text_inside_the_widget(widget, ten, size):
    widget.set_analysis(synthetic({"strategic": 4_000, "core": 6_000, "long_tail": 10_000},
                                  prospects=12_345, dormant=6_789, black=1_000))
    for language in ("en", "zh_CN"):
        i18n.set_language(language)
        widget.retranslate()
        widget.resize(*size)
        image = widget.grab()
        assert (image.width(), image.height()) == size
        bounds = QRectF(widget.rect()).adjusted(-0.5, -0.5, 0.5, 0.5)
        assert widget.drawn
        for shown, full, rect in widget.drawn:
            assert bounds.contains(rect), (shown, rect)
            if size[0] >= 420:
                assert shown == full  # room enough: nothing elided
        boxes = [widget.band_rect(*key) for key in TARGETS]
        for i, a in enumerate(boxes[3:]):
            assert not any(a.intersects(b) for b in boxes[3 + i + 1:])


def test_size_hints_and_accessibility(widget, ten):
    assert (widget.sizeHint().width(), widget.sizeHint().height()) == (420, 320)
    assert (widget.minimumSizeHint().width(), widget.minimumSizeHint().height()) == (240, 180)
    widget.set_analysis(ten)
    assert widget.accessibleName() == "Customer pyramid"
    assert widget.accessibleDescription() == (
        "2 strategic, 3 core and 5 long-tail customers; 1 prospect, 1 dormant, 0 on the "
        "black list, 0 with payment to confirm")


def test_band_heights_follow_shares_with_a_floor():
    assert band_heights([0.2, 0.3, 0.5], 300, 20) == pytest.approx([60, 90, 150])
    tiny = band_heights([0.00005, 0.4, 0.59995], 300, 30)
    assert tiny[0] == 30 and sum(tiny) == pytest.approx(300)
    assert tiny[1] / tiny[2] == pytest.approx(0.4 / 0.59995)
    assert band_heights([0, 0, 0], 90, 20) == [30, 30, 30]
    tops = place_blocks([10, 12, 200], [40, 40, 40], 0, 210, 2)
    assert tops == [0, 42, 170]


def test_paints_at_double_scale_factor():
    """200 % display scaling: same logical layout, twice the pixels, text still inside."""
    code = (
        "import sys; sys.path[:0] = ['tests', '.']\n"
        "from PySide6.QtCore import QRectF\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from test_pyramid_widget import synthetic\n"
        "from ui.customers.pyramid import PyramidWidget\n"
        "w = PyramidWidget(); w.set_analysis(synthetic({'strategic': 2, 'core': 3, "
        "'long_tail': 5}))\n"
        "w.resize(320, 240); image = w.grab()\n"
        "inside = all(QRectF(w.rect()).adjusted(-1, -1, 1, 1).contains(r) for _, _, r in "
        "w.drawn)\n"
        "print(image.width(), image.height(), image.devicePixelRatio(), inside)\n")
    env = {**__import__("os").environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == ["640", "480", "2.0", "True"]
