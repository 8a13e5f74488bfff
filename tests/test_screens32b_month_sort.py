"""The tier-movement table sorted by month with a click on its header, as a clerk does: the
arrow points up over the oldest month first and down over the newest first, in both
languages. On "All months" the table opened under "Month ▲" with 2025-12 first (Qt's own
default order, newest first, drawn by Fusion with its arrow pointing up), and a click gave
"Month ▼" over 2025-01."""

from __future__ import annotations

import pytest
from header_arrows import click_header, painted_arrow
from test_movements_view import _open_movements

from core import i18n
from core.paths import resource_dir
from ui import operations
from ui.movements.model import COLUMN_INDEX


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_month_header_points_up_over_the_oldest_month(qtbot, tmp_path, language):
    i18n.set_language(language)
    db = operations.open_sample(tmp_path / "sample.sqlite", resource_dir() / "sample")
    window, page = _open_movements(qtbot, db)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    page.month.setCurrentIndex(0)  # All months
    header, month = page.table.horizontalHeader(), COLUMN_INDEX["month"]

    def months() -> list[str]:
        return [page.proxy.index(r, month).data() for r in range(page.proxy.rowCount())]

    every = sorted(set(months()))
    assert len(every) == 12
    # opened newest first, under an arrow pointing down
    assert (months()[0], months()[-1]) == (every[-1], every[0])
    assert header.sortIndicatorSection() == month
    assert painted_arrow(header, month) == "down"
    click_header(qtbot, page.table, month)
    assert months() == sorted(months()) and months()[0] == every[0]
    assert painted_arrow(header, month) == "up"
    click_header(qtbot, page.table, month)
    assert months() == sorted(months(), reverse=True) and months()[0] == every[-1]
    assert painted_arrow(header, month) == "down"
