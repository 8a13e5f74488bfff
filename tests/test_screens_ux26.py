"""Faults found walking the window as an owner does (ux26), each read off what a widget shows.

The import dialog's files page, given a ledger whose merged cells (a customer cell merged over
its order's product lines) sit below the five rows the preview shows: before, the preview's own
reading of those rows cut the sheet after them but kept every merged range, fell over the first
one past the cut, and the page said "IndexError: list index out of range" in red beside the file,
with Import greyed out. The shipped sample ledger 订单台账_2025-12.xlsx was one such file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import build, ten_customers, titled, write_xlsx
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QTableView, QTabWidget
from test_import_dialog import _dialog
from test_lists_by_hand import HEADER as BY_HAND
from test_lists_by_hand import OA30, row
from test_main_window import open_window
from test_movements import _ledger as _movements_ledger
from test_movements_view import _open_movements

from core.actions import leap
from core.i18n import tr
from core.ledger.importer import import_files
from ui.customers import merge_dialog
from ui.customers.table_model import COLUMN_INDEX as CUSTOMER_COLUMNS
from ui.importing.dialog import file_status
from ui.language import choose_language
from ui.movements.model import COLUMN_INDEX as MOVE_COLUMNS
from ui.operations import load_settings
from ui.printing.what_if import WhatIfDialog
from ui.settings.dialog import SettingsDialog
from ui.tasks import Runner
from ui.widgets import NO_BREAK  # the panel keeps a bracketed figure on one line: read as a space

HEADER = ["订单号", "客户", "下单日期", "产品", "金额", "币种"]


def _merged_below_the_preview(tmp_path: Path) -> Path:
    rows = [[f"PI-{n}", f"Buyer {n}", date(2025, 3, n), "杯子", 1000 + n, "USD"]
            for n in range(1, 9)]
    # PI-9 over three product lines, its customer and order number merged (rows 10-12)
    rows += [["PI-9", "Merged Buyer", date(2025, 3, 20), product, 500, "USD"]
             for product in ("杯子", "盘子", "碗")]
    rows[9][:2] = rows[10][:2] = [None, None]
    return write_xlsx(tmp_path / "3月台账.xlsx", {"3月": [HEADER, *rows]},
                      merges={"3月": ["A10:A12", "B10:B12"]})


def test_a_ledger_merged_below_the_preview_reads(qtbot, db_path, tmp_path):
    dialog = _dialog(qtbot, db_path, [_merged_below_the_preview(tmp_path)])
    [state] = dialog.states
    text, colour = file_status(state)
    assert state.failure is None and colour is None, text
    assert "“3月”" in text
    assert dialog.import_button.isEnabled()


# --- a language switch refits the tables (both tables, customers and tier movement) ---------
# Before, the table fitted in Chinese and switched to English kept the Chinese widths, grown
# only to the new headers: the tier and list cells read "Strat…" and "White …" (the customer
# table), the move table's "Whit…" and "alesperso" beside a fresh English start's whole words.


def _cut_words(table, columns) -> list[str]:
    """The columns narrower than their own header or cells ask for (a hidden one cuts
    nothing: Tier movement's Month while one month is chosen, gui38)."""
    header, model = table.horizontalHeader(), table.model()
    return [model.headerData(n, Qt.Orientation.Horizontal) for n in columns
            if not table.isColumnHidden(n) and table.columnWidth(n)
            < max(header.sectionSizeHint(n), table.sizeHintForColumn(n))]


def test_the_customer_table_refits_its_words_to_a_new_language(qtbot, tmp_path):
    build(tmp_path, ten_customers()).close()
    choose_language("zh_CN")
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    words = [CUSTOMER_COLUMNS[k] for k in ("tier", "list", "grade", "stop_loss")]
    assert _cut_words(window.table, words) == []
    window.commands.actions["lang_en"].trigger()
    assert window.model.headerData(CUSTOMER_COLUMNS["tier"], Qt.Orientation.Horizontal) == "Tier"
    assert _cut_words(window.table, words) == []


def test_the_move_table_refits_its_words_to_a_new_language(qtbot, tmp_path):
    build(tmp_path, _movements_ledger()).close()
    choose_language("zh_CN")
    window, page = _open_movements(qtbot, tmp_path / "firm.sqlite")
    window.resize(1600, 900)  # room for every column whole: none is narrowed to fit
    window.show()
    qtbot.waitExposed(window)
    words = [MOVE_COLUMNS[k] for k in MOVE_COLUMNS if k != "why"]
    assert _cut_words(page.table, words) == []
    window.commands.actions["lang_en"].trigger()
    assert _cut_words(page.table, words) == []


# --- revenue is 销售额 on every screen ------------------------------------------------------
# Before, the print dialog's what-if (and the table's "What if we stop supplying these") read
# 放弃的收入（USD） above a sentence saying the same customers 带来销售额 637,538 USD, while the
# table, the overview and the lists say 销售额; the guide said 收入 in four topics.


def test_the_what_if_says_revenue_as_the_table_does(qtbot, tmp_path):
    build(tmp_path, ten_customers()).close()
    choose_language("zh_CN")
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    customer = window.analysis.customers[0]
    dialog = WhatIfDialog(window.analysis, [customer], window)
    qtbot.addWidget(dialog)
    labels = list(dialog.panel.figures())
    revenue = window.model.headerData(CUSTOMER_COLUMNS["revenue"], Qt.Orientation.Horizontal)
    assert "销售额" in revenue
    assert "放弃的销售额（USD）" in labels
    assert not [text for text in [*labels, dialog.panel.words.text()] if "收入" in text]


# --- the what-if of one customer says "this customer" ----------------------------------------
# Before, the table's "What if we stop supplying these (1)…" read "Your figures: these 1 of
# your 134 active customers brought … and took 6 orders".


@pytest.mark.parametrize(("language", "one", "two"), [
    ("en", "Your figures: this customer, one of your 10 active customers, brought",
     "Your figures: these 2 of your 10 active customers brought"),
    ("zh_CN", "贵公司的数据：在 10 家活跃客户中，这 1 家带来销售额",
     "贵公司的数据：在 10 家活跃客户中，这 2 家带来销售额")])
def test_the_what_if_counts_its_customers_in_words(qtbot, tmp_path, language, one, two):
    build(tmp_path, ten_customers()).close()
    choose_language(language)
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    active = [c for c in window.analysis.customers if c.active]
    assert len(active) == 10
    for chosen, wanted in ((active[:1], one), (active[:2], two)):
        dialog = WhatIfDialog(window.analysis, chosen, window)
        qtbot.addWidget(dialog)
        assert wanted in dialog.panel.words.text()
        assert "these 1 " not in dialog.panel.words.text()


# --- Tab leaves a table ---------------------------------------------------------------------
# Before, Tab in the customer table (or the panel's orders, the move table, the merge chooser,
# the corrections, the import preview) went from cell to cell and wrapped from the last back to
# the first: a keyboard user never reached the panel, the filters or the buttons again.


def _tab_leaves(qtbot, table: QTableView) -> bool:
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    for _ in range(3):  # Qt's table took each press for its next cell
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        if not table.hasFocus():
            return True
    return False


def test_tab_leaves_every_table_of_the_window(qtbot, tmp_path):
    build(tmp_path, ten_customers()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    tables = {"customers": window.table, "orders": window.tabs.customers.panel.orders,
              "moves": window.movements.table}
    window.select_customer(window.analysis.customers[0].customer_id)
    trapped = []
    for name, table in tables.items():
        if name == "moves":
            with qtbot.waitSignal(window.movements.computed, timeout=60000):
                window.commands.actions["movements"].trigger()
            assert table.model().rowCount() > 0
        if not _tab_leaves(qtbot, table):
            trapped.append(name)
    assert trapped == []
    merge = window.tabs.customers.overrides.choose_merge(window.analysis.customers[0], window)
    assert merge is not None
    qtbot.waitExposed(merge)
    assert _tab_leaves(qtbot, merge.table)
    merge.reject()


# --- the panel of a customer with one order, nothing overdue -----------------------------------
# Before, a customer paid up on one invoice read "Open 0 USD, overdue 0, the oldest 0 days",
# "100% of 1 settled invoices paid on time", "pays on time (100% of 1 settled invoices)" and,
# above, "1 valid orders in the window (needs 1)", "2 of 4 criteria passed; 1 valid orders".
LC = "L/C at sight"


def _paid_up(tmp_path: Path) -> Path:
    rows = [row("PU-1", "Paid Up Ltd", "2025-03-01", 8_000, terms=LC, ship="2025-03-10",
                due="2025-04-09", got=8_000, got_on="2025-04-01"),
            row("PU-2", "Paid Twice Ltd", "2025-03-01", 8_000, terms=LC, ship="2025-03-10",
                due="2025-04-09", got=8_000, got_on="2025-04-01"),
            row("PU-3", "Paid Twice Ltd", "2025-05-01", 6_000, terms=LC, ship="2025-05-10",
                due="2025-06-09", got=6_000, got_on="2025-06-01"),
            row("OP-1", "Still Open Ltd", "2025-06-01", 5_000, terms=OA30, ship="2025-06-10",
                due="2025-07-10")]
    ledger = write_xlsx(tmp_path / "2025年台账.xlsx", {"2025": titled([BY_HAND, *rows])})
    [result] = import_files(tmp_path / "firm.sqlite", [ledger])
    assert result.status == "imported", result.message
    return tmp_path / "firm.sqlite"


@pytest.mark.parametrize(("language", "words"), [
    ("en", {"Paid Up Ltd": ["Open 0 USD, nothing overdue", "100% of 1 settled invoice paid on "
                            "time", "pays on time (100% of 1 settled invoice)",
                            "1 valid order in the window (needs 1)", "; 1 valid order, revenue"],
            "Paid Twice Ltd": ["100% of 2 settled invoices paid on time",
                               "pays on time (100% of 2 settled invoices)",
                               "2 valid orders in the window (needs 2)"],
            "Still Open Ltd": ["Open 5,000 USD, nothing overdue", "no settled invoices yet"]}),
    ("zh_CN", {"Paid Up Ltd": ["未收 0 USD，无逾期", "已结清的 1 张发票中 100% 按时付款",
                               "按时付款（已结清 1 张发票中 100% 按时）"],
               "Paid Twice Ltd": ["已结清的 2 张发票中 100% 按时付款",
                                  "统计期内有效订单 2 笔（需要 2 笔）"],
               "Still Open Ltd": ["未收 5,000 USD，无逾期"]})])
def test_the_panel_of_a_customer_with_one_order_nothing_overdue(qtbot, tmp_path, language, words):
    db = _paid_up(tmp_path)
    choose_language(language)
    window = open_window(qtbot, db)
    with qtbot.waitSignal(window.analysed, timeout=30000):
        window.as_of_edit.setDate(QDate(2025, 6, 30))
    panel = window.tabs.customers.panel
    for name, wanted in words.items():
        customer = window.analysis.customer(name)
        assert customer is not None and customer.overdue_amount == 0
        window.select_customer(customer.customer_id)
        shown = (panel.risk_text.text() + "\n" + "\n".join(
            label.text() for label in panel.findChildren(QLabel))).replace(NO_BREAK, " ")
        missing = [w for w in wanted if w not in shown]
        assert missing == [], shown
        assert "the oldest 0 days" not in shown and "最久 0 天" not in shown
        assert "1 valid orders" not in shown and "1 settled invoices" not in shown


# --- a message that sends the user to a menu or a tab names it as it reads --------------------
# Before, the merge question said "View → Corrections takes it back" where the View menu reads
# "Corrections to customers…", and the leap plan's assumption said 在“设置 → 阶段”中修改 where
# the settings' tab reads 转型阶段.


def _after_arrow(text: str, start: str, ends: tuple[str, ...]) -> str:
    rest = text.split(start, 1)[1]
    return min((rest.split(end, 1)[0] for end in ends if end in rest), key=len)


@pytest.mark.parametrize(("language", "view"), [("en", "View → "), ("zh_CN", "查看 → ")])
def test_the_merge_question_names_the_view_menus_command(qtbot, tmp_path, monkeypatch,
                                                         language, view):
    build(tmp_path, ten_customers()).close()
    choose_language(language)
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    asked: list[str] = []
    monkeypatch.setattr(merge_dialog, "confirm_merge", lambda _parent, text: asked.append(text))
    keep = window.analysis.customers[0]
    dialog = window.tabs.customers.overrides.choose_merge(keep, window)
    assert dialog is not None
    dialog.table.selectRow(0)
    dialog.merge()
    named = _after_arrow(asked[0], view, (" takes", "”"))
    commands = [a.text().removesuffix("…") for a in window.commands.menus["view"].actions()]
    assert named in commands, (named, commands)
    dialog.reject()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_leap_plan_names_the_settings_tab(qtbot, db_path, language):
    choose_language(language)
    dialog = SettingsDialog(db_path, load_settings(db_path), runner=Runner())
    qtbot.addWidget(dialog)
    tabs = dialog.findChild(QTabWidget)
    names = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    text = tr(leap.ASSUMPTION, peers=1, conversion="28%", commission="15%")
    named = _after_arrow(text, "Settings → " if language == "en" else "设置 → ", (".", "”"))
    assert named in names, (named, names)
