"""What the fifteenth review of the screens found, each seen as the clerk meets it: counts of
one read "1 cells" and "rows 47" in the import's report, a T reason named "0 on service terms",
the customer panel kept quiet about due dates it assumed, the lists kept the analysis
language's separators after a switch, the overview worked out its own "total ≤ 0" rule, and
the tier movement table needed a scrollbar at 1280 px."""

from __future__ import annotations

import gettext
import io

import pytest
from ledgers import COLUMNS, order, write_xlsx

from build_scripts.compile_translations import compile_all
from core import i18n
from core.i18n import NP_, tr
from core.ledger.importer import import_files
from core.ledger.report import import_report
from ui.importing.summary import file_lines

LANGUAGES = ["en", "zh_CN"]


def test_a_plural_entry_compiles_and_chinese_has_one_form(tmp_path):
    (tmp_path / "zh_CN").mkdir()
    (tmp_path / "zh_CN" / "a.po").write_text(
        'msgid ""\nmsgstr "Plural-Forms: nplurals=1; plural=0;\\n"\n\n'
        'msgid "{count} cell"\nmsgid_plural "{count} cells"\nmsgstr[0] "{count} 格"\n',
        encoding="utf-8")
    [written] = compile_all(tmp_path)
    chinese = gettext.GNUTranslations(io.BytesIO(written.read_bytes()))
    assert [chinese.ngettext("{count} cell", "{count} cells", n) for n in (1, 2)] == [
        "{count} 格"] * 2
    i18n.set_language("en")
    assert [tr(NP_("{count} cell", "{count} cells"), count=n) for n in (0, 1, 2)] == [
        "0 cells", "1 cell", "2 cells"]


def _one_of_each(tmp_path):
    """Row 3's ship date cannot be read and row 4 names no customer: one cell, one row."""
    unread = order("A2", "Acme", "2025-03-02", 1_000)
    unread[COLUMNS.index("出货日期")] = "soon"
    rows = [order("A1", "Acme", "2025-03-01", 1_000), unread,
            order("A3", None, "2025-03-03", 1_000)]  # type: ignore[arg-type]
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [COLUMNS, *rows]})
    [result] = import_files(tmp_path / "firm.sqlite", [path])
    assert result.status == "imported", result.message
    return result


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_import_report_counts_one_cell_and_one_row_as_one(tmp_path, language):
    """The report read "(cells: 1; rows 3)", "Skipped in “台账”, rows 4" and the dialog
    "1 rows skipped … “台账” rows 4. Fill them in"."""
    i18n.set_language(language)
    result = _one_of_each(tmp_path)
    report = import_report(result)
    shown = " ".join(text for text, _ in file_lines(result)[0])
    if language == "en":
        assert "so it was read as empty (row 3)." in report
        assert "Skipped in “台账”, row 4:" in report
        assert ", 2 rows taken" in report
        assert "1 row skipped, " in shown and "“台账” row 4. Fill it in" in shown
        assert "2 rows taken — new orders: 2," in shown
        for wrong in ("1 cells", "rows 3", "rows 4", "1 rows"):
            assert wrong not in report + shown
    else:
        assert "已按空白读取（共 1 格；第 3 行）" in report
        assert "“台账”第 4 行被跳过：" in report
        assert "跳过 1 行" in shown and "“台账”第 4 行" in shown
        assert "cells" not in report + shown and "rows" not in report + shown


def _terms_ledger():
    from test_tiering_audit14 import row
    return [row("o1", "One DDP", "2025-02-01", 1_000, incoterm="DDP"),
            row("o2", "One DDP", "2025-03-01", 1_000, incoterm="FOB"),
            row("b1", "One Blank", "2025-02-01", 1_000, incoterm=None),
            row("b2", "One Blank", "2025-03-01", 1_000, incoterm="FOB"),
            row("d1", "Only DDP", "2025-02-01", 1_000, incoterm="DDP"),
            row("d2", "Only DDP", "2025-03-01", 1_000, incoterm=None)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_t_reason_names_only_the_orders_it_left_aside(tmp_path, language):
    """One Blank's reason read "(0 on service terms and 1 without Incoterms count neither
    way)" and One DDP's "(1 on service terms and 0 without Incoterms …)": a part that is zero
    is left out, and one order is one."""
    from test_tiering_audit14 import at, customer, firm

    i18n.set_language(language)
    analysis = at(firm(tmp_path, _terms_ledger()))
    texts = {name: customer(analysis, name).rfmt["t"].detail.text
             for name in ("One DDP", "One Blank", "Only DDP")}
    if language == "en":
        assert texts == {
            "One DDP": "100% of the orders on CIP/FOB: 1 of 1 (1 on service terms counts "
                       "neither way; needs 50%)",
            "One Blank": "100% of the orders with Incoterms on CIP/FOB: 1 of 1 (1 without "
                         "Incoterms counts neither way; needs 50%)",
            "Only DDP": "unknown: 1 order on service terms and 1 without Incoterms count "
                        "neither way"}
    else:
        assert "无贸易条款" not in texts["One DDP"] and "服务性条款 1 笔不计入" in texts["One DDP"]
        assert "服务性" not in texts["One Blank"] and "无贸易条款 1 笔不计入" in texts["One Blank"]
        assert "服务性条款订单 1 笔、无贸易条款订单 1 笔" in texts["Only DDP"]
    assert not any(" 0 " in text or "0 笔" in text for text in texts.values())


def _select(qtbot, window, name: str) -> None:
    from PySide6.QtCore import Qt

    window.search.setText(name)
    [row] = [r for r in range(window.proxy.rowCount())
             if window.proxy.customer_at(r).customer == name]
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.table.visualRect(window.proxy.index(row, 1)).center())
    assert window.panel.name.text() == name


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_panel_says_when_its_due_dates_were_assumed(qtbot, tmp_path, language):
    """Agreed Co's one invoice, on "As agreed" with no due date, falls due 30 days after
    shipment (the default) and is 87 days overdue: only the overview's notes said so, not the
    panel showing those days. Terms Co's (OA 60) is due as its terms say: nothing to say."""
    from ledgers import build
    from test_main_window import open_window

    i18n.set_language(language)
    build(tmp_path, [order("P1", "Agreed Co", "2025-03-01", 9_000, terms="As agreed",
                           ship="2025-03-05"),
                     order("P2", "Terms Co", "2025-03-01", 9_000, terms="OA 60 days",
                           ship="2025-03-05")], receipts_date="2025-06-30").close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    [note] = [n for n in window.analysis.notes if n.code == "terms_assumed"]
    _select(qtbot, window, "Agreed Co")
    shown = window.panel.risk_text.text()
    assert note.text in shown and "“As agreed”" in shown
    if language == "en":
        assert "1 open invoice has no due date" in shown
    _select(qtbot, window, "Terms Co")
    assert note.text not in window.panel.risk_text.text()
    assert "“As agreed”" not in window.panel.risk_text.text()


def test_lists_in_notes_follow_the_language_switched_to(qtbot, tmp_path):
    """Analysed in Chinese, the notes' lists were joined with 、 and ended with 等; switched
    to English, the window read "payment terms the app cannot read (“As agreed”、“见合同”、
    …等)". The lists are laid out when read."""
    from ledgers import build
    from test_main_window import open_window

    from core.analysis.notes import TEXTS_SHOWN

    i18n.set_language("zh_CN")
    texts = ("As agreed", "见合同", "老规矩", "按惯例", "面议")
    build(tmp_path, [order(f"U{n}", f"Vague {n}", "2025-04-01", 1_000, terms=text,
                           ship="2025-04-05") for n, text in enumerate(texts)]).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    window.overview.set_data(window.analysis)
    assert "、" in window.overview.notes.text()
    window.commands.set_language("en")
    shown = window.overview.notes.text()
    assert "open invoices have no due date" in shown
    assert "、" not in shown and "等" not in shown
    assert shown.count("”, “") == TEXTS_SHOWN - 1 and ", …)" in shown


def test_a_list_of_noted_names_is_laid_out_in_the_language_it_is_read_in():
    """An import's note on shared order numbers, made in Chinese, read "1001（Alpha、Beta）"
    inside an English sentence."""
    import pickle

    from core.messages import Listed, Message, Noted

    i18n.set_language("zh_CN")
    message = Message("order_number_shared", "{orders}", {
        "orders": Listed([Noted("1001", Listed(["Alpha", "Beta"])), "1002"], 1)})
    assert message.text == "1001（Alpha、Beta）等"
    i18n.set_language("en")
    assert message.text == "1001 (Alpha, Beta), …"
    assert pickle.loads(pickle.dumps(message)).text == message.text


@pytest.mark.parametrize("values", [[100, -150], [0, 0], [-5, -10], [30, 20, 10], []])
def test_the_overview_reads_core_s_rule_for_shares_of_a_total(qtbot, values):
    """The overview and its Pareto chart each worked out "a share of a total ≤ 0 is none"
    again (`sum(values) <= 0`, `running / total if total > 0`); they now ask core's firm
    figures, the one place the report's top 20 % share is decided."""
    import inspect

    from core.analysis import firm
    from ui.overview import charts, page

    chart = charts.ParetoChart()
    qtbot.addWidget(chart)
    chart.set_values(values)
    assert chart.curve() == firm.running_shares(values)
    if values == [30, 20, 10]:
        assert chart.curve() == [0.5, 50 / 60, 1.0]
    assert firm.total_not_positive(values) == (values in ([100, -150], [-5, -10]))
    for module in (page, charts):
        source = inspect.getsource(module)
        assert "<= 0" not in source and "total > 0" not in source, module.__name__


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_movement_table_fits_1280_pixels_on_every_choice(qtbot, tmp_path, language):
    """On "All months" at 1280 × 800 the columns fitted to their words left "Why" its 45
    characters only past a horizontal scrollbar. Now the widest words are cut to make room,
    each cut cell whole in its tooltip, and a wide window cuts nothing."""
    from ledgers import build
    from PySide6.QtCore import Qt
    from test_movements import _ledger
    from test_movements_view import _open_movements

    from ui.movements.model import COLUMN_INDEX, NARROWED

    i18n.set_language(language)
    build(tmp_path, _ledger()).close()
    window, page = _open_movements(qtbot, tmp_path / "firm.sqlite")
    table, model = page.table, page.proxy

    def cut() -> list[int]:
        return [n for n in range(model.columnCount())  # Month hidden over one month (gui38)
                if n != COLUMN_INDEX["why"] and not table.isColumnHidden(n)
                and table.sizeHintForColumn(n) > table.columnWidth(n)]

    window.resize(1900, 800)
    window.show()
    qtbot.waitExposed(window)
    page.month.setCurrentIndex(0)
    assert cut() == [] and table.horizontalScrollBar().maximum() == 0
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    for index in range(page.month.count()):
        page.month.setCurrentIndex(index)
        assert table.horizontalScrollBar().maximum() == 0, page.month.currentText()
        assert not table.isColumnHidden(COLUMN_INDEX["why"])  # it goes only at 150 % (gui38)
        assert set(cut()) <= {COLUMN_INDEX[key] for key in NARROWED}
        for n in cut():
            for row in range(model.rowCount()):
                index_ = model.index(row, n)
                text = model.data(index_, Qt.ItemDataRole.DisplayRole)
                assert not text or model.data(index_, Qt.ItemDataRole.ToolTipRole) == text


def test_a_long_customer_name_keeps_its_first_words_at_1280_pixels(qtbot, tmp_path):
    """With firms' real names ("Liberty Home Furnishings Inc.") the English table at 1280 px
    cut the customer to eight characters ("Liberty Hom…") to keep "Why" whole: the name the
    meeting reads a row by keeps NAME_CHARS, its whole in the tooltip."""
    from ledgers import COLUMNS, build
    from test_movements import _ledger
    from test_movements_view import _open_movements

    from ui.movements.model import COLUMN_INDEX
    from ui.movements.page import NAME_CHARS

    i18n.set_language("en")
    at = COLUMNS.index("客户")
    rows = [[f"{cell} Home Furnishings International Inc." if i == at else cell
             for i, cell in enumerate(row)] for row in _ledger()]
    build(tmp_path, rows).close()
    window, page = _open_movements(qtbot, tmp_path / "firm.sqlite")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    table, customer = page.table, COLUMN_INDEX["customer"]
    for index in range(page.month.count()):
        page.month.setCurrentIndex(index)
        qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
        # whole where the row has room (gui36b: empty columns and "Why" give way first), else
        # never under NAME_CHARS
        assert table.columnWidth(customer) >= min(table.sizeHintForColumn(customer), (
            table.fontMetrics().averageCharWidth() * NAME_CHARS)), page.month.currentText()
