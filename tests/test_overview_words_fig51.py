"""The overview's words and the report's text (fig51, after rv51b): each count in its own
number ("44 active customers, 1 prospects, 0 dormant" read as a slip), also beside the pyramid,
and the delivery median in whole days in `report` as the overview writes it ("35.0" stood
beside 34 and 36; a median of 34.5 reads 34 in the window)."""

from __future__ import annotations

from ledgers import A, build, order, ten_customers
from PySide6.QtWidgets import QWidget
from test_cli import cli

from core import i18n
from core.analysis.firm import report
from core.analysis.run import analyse
from ui.customers.pyramid import PyramidWidget
from ui.overview.page import OverviewPage


def _shown(qtbot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    widget.show()


def test_one_prospect_is_one_prospect_in_both_languages(qtbot, tmp_path):
    ten = analyse(build(tmp_path, ten_customers()), as_of=A)
    firm = report(ten)
    assert (firm.prospects, firm.dormant) == (1, 1)
    page, pyramid = OverviewPage(), PyramidWidget()
    _shown(qtbot, page)
    _shown(qtbot, pyramid)
    page.set_data(ten, firm)
    pyramid.set_analysis(ten)
    active = firm.active_customers
    assert page.summary.text().startswith(
        f"{active} active customers, 1 prospect, 1 dormant · revenue in 12 months")
    assert "; 1 prospect, 1 dormant, 0 on the black list" in pyramid.accessibleDescription()
    assert pyramid.tooltip_text("group", "prospect").startswith(
        "1 prospect: its only orders are trials.")
    i18n.set_language("zh_CN")
    page.retranslate()
    pyramid.retranslate()
    assert page.summary.text().startswith(f"活跃客户 {active} 个，潜在客户 1 个，休眠 1 个 · ")
    assert "；潜在客户 1 个，休眠 1 个，黑名单 0 个" in pyramid.accessibleDescription()
    assert pyramid.tooltip_text("group", "prospect").startswith("潜在客户 1 个：只下过试单。")


def test_the_delivery_median_in_whole_days_as_the_overview_writes_it(qtbot, tmp_path):
    rows = [order("D1", "Thirty", "2025-06-01", 50_000, ship="2025-07-01"),  # 30 days
            order("D2", "ThirtyNine", "2025-06-01", 50_000, ship="2025-07-10")]  # 39 days
    build(tmp_path, rows).close()
    analysis = analyse(build(tmp_path / "again", rows), as_of=A)
    firm = report(analysis)
    assert firm.delivery_days_median["all"] == 34.5  # the JSON keeps the median as it is
    page = OverviewPage()
    _shown(qtbot, page)
    page.set_data(analysis, firm)
    assert page.benchmarks.row_texts(4)[1] == "34 days"
    code, out, _ = cli("report", "--db", str(tmp_path / "firm.sqlite"), "--as-of", "2025-12-31")
    assert code == 0
    assert "median days from order to shipment: 34 (article: 45" in out
    heads = next(line for line in out.splitlines() if line.startswith("Tier"))
    assert heads.endswith("Days to ship")
    days = [line.split()[-1] for line in out.splitlines()[out.splitlines().index(heads) + 2:]
            if line.strip()][:3]
    assert "34" in days and not any("." in d for d in days), days
