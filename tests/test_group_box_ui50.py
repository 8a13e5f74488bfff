"""The "Group customers" box fits the screen (ui50, after rv50b's walk of the window).

Asked with Qt's one-line input box, the question listing the customers made the box as wide as
the names: 1,184 px for two customers in English, 1,793 px for six, and at 150 % its OK and
Cancel were off the screen. Now the question wraps, names the first three and counts the rest.
"""

from __future__ import annotations

import pytest
from ledgers import build, order
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox
from test_credit_ui import menu_of, select_rows
from test_main_window import open_window, visible_customers

from core.overrides import load_overrides
from core.store import opened
from ui.customers.group_dialog import GroupDialog
from ui.main_window import MainWindow

NAMES = ["Kingsway Household Supplies Ltd", "Kobe Trading Co., Ltd.",
         "True North Housewares Corp.", "Koala Trading Pty Ltd", "Cuisine Import S.A.",
         "Liberty Imports Co.", "Golden State Housewares Corp.", "Pacific Home Decor Ltd",
         "Nordic Kitchen Supplies AB", "Sunrise Home Furnishing GmbH", "Atlas Retail Group LLC",
         "Maple Leaf Home Goods Inc."]
SAID = {"en": ("The group of these 12 customers, “Kingsway Household Supplies Ltd”, “Kobe "
               "Trading Co., Ltd.”, “True North Housewares Corp.” and 9 more (sister companies "
               "of one owner)"),
        "zh_CN": ("这 12 家客户（“Kingsway Household Supplies Ltd”、“Kobe Trading Co., Ltd.”、"
                  "“True North Housewares Corp.”及另外 9 家，同一老板的兄弟公司）")}


def _inside(rect: QRect, screen: QRect) -> bool:
    return screen.contains(rect.topLeft()) and screen.contains(rect.bottomRight())


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_box_for_twelve_customers_fits_the_screen_and_groups_them(
        qtbot, tmp_path, monkeypatch, language) -> None:
    build(tmp_path, [order(f"P{n}", name, "2025-06-01", 20_000 - 100 * n)  # the table lists them so
                     for n, name in enumerate(NAMES)]).close()
    window: MainWindow = open_window(qtbot, tmp_path / "firm.sqlite")
    window.commands.actions[f"lang_{language}"].trigger()
    assert sorted(visible_customers(window)) == sorted(NAMES)
    opened_boxes: list[GroupDialog] = []
    monkeypatch.setattr(GroupDialog, "open", lambda box: opened_boxes.append(box) or box.show())
    select_rows(window, NAMES)
    menu = menu_of(window, NAMES[0])
    menu.findChild(QAction, "correction_group").trigger()
    menu.close()
    [box] = opened_boxes
    qtbot.waitExposed(box)
    assert box.question.text().startswith(SAID[language])
    free = box.screen().availableGeometry()
    assert box.frameGeometry().width() <= free.width() and _inside(box.frameGeometry(), free)
    ok = box.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert _inside(QRect(ok.mapToGlobal(QPoint(0, 0)), ok.size()), free)
    assert box.question.height() >= box.question.heightForWidth(box.question.width())  # whole
    box.name.setCurrentText("  Lin   family ")
    with qtbot.waitSignal(window.analysed, timeout=30000):
        ok.click()
    with opened(window.db_path) as conn:
        groups = load_overrides(conn).groups
    assert sorted(groups.values()) == ["Lin family"] * 12
