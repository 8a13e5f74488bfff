"""The customer panel's order history writes amounts as the rest of the window does (ui38c).

Its "Amount" column showed 8,000.25 and 4,345.42 beside its own "Open" column's 8,000 and the
customer table's 12,346: the window has one rule for an amount in a cell (core.i18n.amount_text);
the workbook and --json keep the exact figure."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_gui38_window import LANGUAGES, cents  # noqa: F401 - fixture
from test_main_window import open_window, visible_customers

from core import i18n
from ui.customers.orders_model import COLUMN_INDEX


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_panels_order_history_shows_whole_amounts(
        qtbot, cents, tmp_path: Path, language):  # noqa: F811
    i18n.set_language(language)
    window = open_window(qtbot, cents)
    window.resize(1280, 800)
    window.show()
    window.table.selectRow(visible_customers(window).index("Cents Late"))
    model = window.panel.orders_model
    assert model.rowCount() == 2

    def cells(column: str) -> list[str]:
        return [model.index(r, COLUMN_INDEX[column]).data() for r in range(model.rowCount())]

    assert sorted(cells("amount")) == ["4,345", "8,000"]  # was 4,345.42 and 8,000.25
    assert sorted(cells("open")) == ["", "8,000"]
    window.panel.orders.grab().save(str(tmp_path / f"orders-{language}.png"))  # to look at
    window.close()
