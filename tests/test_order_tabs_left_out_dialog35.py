"""A workbook whose order tabs' amount header is one the app does not know (成交额), beside
a 收款 tab (dialog35).

The dialog listed the 收款 tab alone: the order tabs were passed over, the clerk could not
choose their amount column there (`--map amount=成交额` worked), and importing took the
payments without the orders they pay (the buyers looked paid in advance). Now the file is
refused naming the file and the order tab, the dialog lists each order tab saying so with
its amount column to choose, and the choice imports every tab. And a `--map` header no tab
has is refused once the headers are known, before the last tab's rows are read.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from account_cli import customers
from ledgers import write_xlsx
from PySide6.QtGui import QColor, QImage
from reference_import import reference_import_files
from test_import_dialog import _choose, _import, _wait_read
from test_import_tabs_screens34 import mapping_page, tabs_shown

from core import i18n
from core.cli.main import run
from core.ledger import file_reader, preview
from core.ledger.importer import import_files
from core.ledger.preview import preview_file
from core.store import connect, dump
from ui import style
from ui.importing.tabs_table import TAB, TAKEN
from ui.widgets import wrapped_height

ORDERS = ["订单号", "客户", "下单日期", "成交额", "币种"]
Import = Callable[..., list]


def _workbook(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "台账2025.xlsx", {
        "1月": [ORDERS, ["PO-1", "Acme Trading", date(2025, 1, 10), 10000, "USD"],
               ["PO-2", "Bolt Industrial", date(2025, 1, 20), 5000, "USD"]],
        "2月": [ORDERS, ["PO-3", "Acme Trading", date(2025, 2, 5), 8000, "USD"]],
        "收款": [["客户", "收款日期", "收款金额"], ["Acme Trading", date(2025, 2, 15), 6000],
               ["Bolt Industrial", date(2025, 2, 20), 5000]]})


def _figures(db: Path) -> dict[str, tuple[float, float]]:
    found = customers(db, date(2025, 3, 31))["by_name"]
    return {name: (c["revenue_12m"], c["open_amount"]) for name, c in sorted(found.items())}


EXPECTED = {"Acme Trading": (18000, 12000), "Bolt Industrial": (5000, 0)}


@pytest.mark.parametrize("run_import", [import_files, reference_import_files])
def test_payments_are_not_imported_without_their_order_tabs(tmp_path: Path,
                                                            run_import: Import) -> None:
    """Before: imported, the 收款 tab alone (1月 and 2月 passed over), exit 0."""
    db = tmp_path / "firm.sqlite"
    [result] = run_import(db, [_workbook(tmp_path)])
    assert result.status == "refused" and result.message.code == "missing_required_field"
    said = result.message.text
    assert "台账2025.xlsx" in said and "“1月”" in said and "Amount" in said and "“成交额”" in said
    assert not customers(db, date(2025, 3, 31))["customers"]
    [result] = run_import(db, [_workbook(tmp_path)], overrides={"amount": "成交额"})
    assert result.status == "imported", result.message
    assert _figures(db) == EXPECTED


def test_the_command_line_refuses_it_in_chinese_and_writes_nothing(tmp_path: Path) -> None:
    db, out, err = tmp_path / "firm.sqlite", io.StringIO(), io.StringIO()
    with closing(connect(db)) as conn:
        before = dump(conn)
    code = run(["--lang", "zh_CN", "import", str(_workbook(tmp_path)), "--db", str(db)],
               out, err)
    said = out.getvalue() + err.getvalue()
    assert code != 0 and "台账2025.xlsx" in said and "“1月”" in said and "--map" in said
    with closing(connect(db)) as conn:
        assert dump(conn) == before
    assert run(["import", str(_workbook(tmp_path)), "--db", str(db), "--map",
                "amount=成交额"], io.StringIO(), io.StringIO()) == 0
    assert _figures(db) == EXPECTED


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_dialog_lists_the_order_tabs_to_choose_their_amount(qtbot, tmp_path: Path,
                                                                language: str) -> None:
    """Before: the tabs list held 收款 alone, and Import took its payments only."""
    db = tmp_path / "firm.sqlite"
    dialog = mapping_page(qtbot, db, _workbook(tmp_path), language)
    shown = tabs_shown(dialog)
    assert [cells[TAB] for cells in shown] == ["1月", "2月"]
    for cells in shown:  # each says it lacks its amount, in the import's words
        assert f"“{cells[TAB]}”" in cells[TAKEN] and "“成交额”" in cells[TAKEN]
        assert ("Amount" in cells[TAKEN]) == (language == "en")
    assert not dialog.import_button.isEnabled()
    editor = dialog.editor
    _choose(editor.combo("amount"), "成交额")
    _wait_read(qtbot, dialog)
    assert dialog.states[0].overrides() == {"amount": "成交额"}
    shown = {cells[TAB]: int(cells[TAKEN]) for cells in tabs_shown(dialog)}
    assert shown == {"1月": 2, "2月": 1, "收款": 2}
    assert dialog.import_button.isEnabled()
    [result] = _import(qtbot, dialog)
    i18n.set_language("en")
    assert result.status == "imported", result.message
    assert {sheet.name: sheet.rows for sheet in result.sheets} == shown
    assert _figures(db) == EXPECTED


def _rows_read(monkeypatch: pytest.MonkeyPatch, module: object) -> list[str]:
    """The tabs whose rows `module` reads (its read_records), in order."""
    read: list[str] = []
    real = module.read_records  # type: ignore[attr-defined]

    def counted(layout, *args, **kwargs):  # type: ignore[no-untyped-def]
        read.append(layout.sheet.name)
        return real(layout, *args, **kwargs)

    monkeypatch.setattr(module, "read_records", counted)
    return read


def test_a_map_header_no_tab_has_is_refused_before_the_rows_are_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: every tab's rows were read, then the file refused (slow on a big one)."""
    one = write_xlsx(tmp_path / "4月.xlsx", {"4月": [
        ["订单号", "客户", "下单日期", "金额"], ["PO-1", "Acme Trading", date(2025, 4, 1), 100]]})
    db, out, err = tmp_path / "firm.sqlite", io.StringIO(), io.StringIO()
    read = _rows_read(monkeypatch, file_reader)
    code = run(["import", str(one), "--db", str(db), "--map", "amount=货款总额"], out, err)
    said = out.getvalue() + err.getvalue()
    assert code != 0 and "No column is headed “货款总额”" in said
    assert read == []  # the one tab's rows never read
    [result] = import_files(db, [_workbook(tmp_path)], overrides={"amount": "货款总额"})
    assert result.status == "refused" and result.message.code == "header_not_found"
    assert "“货款总额”" in result.message.text
    assert "收款" not in read  # the last tab's rows not read
    assert not customers(db, date(2025, 3, 31))["customers"]
    shown = _rows_read(monkeypatch, preview)
    with closing(connect(db)) as conn:
        found = preview_file(conn, one, overrides={"amount": "货款总额"})
    assert shown == []
    assert found.refusal is not None and "“货款总额”" in found.refusal.text


# a clerk's order tab of many columns, its amount headed 成交额: the refusal names them all
MANY = [*ORDERS, "业务员", "国家", "产品名称", "包装方式", "港口", "出运日期", "付款方式",
        "贸易条款", "发票号", "备注说明", "联系人", "工厂", "包装要求说明", "唛头", "箱数", "毛重",
        "净重", "体积", "柜号", "船名航次"]


def _red_lines(image: QImage, top: int, bottom: int) -> int:
    """The pixel lines between `top` and `bottom` holding the refusal's red words."""
    bad = QColor(style.BAD)
    return sum(any(_near(image.pixelColor(x, y), bad) for x in range(0, image.width(), 2))
               for y in range(max(top, 0), min(bottom, image.height())))


def _near(colour: QColor, bad: QColor) -> bool:
    return (abs(colour.red() - bad.red()) + abs(colour.green() - bad.green())
            + abs(colour.blue() - bad.blue())) < 90


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_refused_tab_s_words_show_whole(qtbot, tmp_path: Path, language: str) -> None:
    """Before: the list at the dialog's size showed a refusal's first lines, the rest below
    its foot (the tooltip had it whole)."""
    blank = [None] * (len(MANY) - len(ORDERS))
    path = write_xlsx(tmp_path / "台账2025.xlsx", {
        "1月": [MANY, ["PO-1", "Acme Trading", date(2025, 1, 10), 10000, "USD", *blank]],
        "2月": [MANY, ["PO-3", "Acme Trading", date(2025, 2, 5), 8000, "USD", *blank]]})
    dialog = mapping_page(qtbot, tmp_path / "firm.sqlite", path, language)
    view = dialog.editor.tabs
    def in_sight(row: int) -> bool:
        return view.rowViewportPosition(row) + view.rowHeight(row) <= view.viewport().height()

    # the list takes its room once the page is laid out (before: never, the rest cut)
    qtbot.waitUntil(lambda: view.rowHeight(1) > 3 * view.fontMetrics().height()
                    and in_sight(1), timeout=3000)
    image = view.viewport().grab().toImage()
    width = sum(view.columnWidth(c) for c in range(TAKEN, view.model().columnCount()))
    for row in (0, 1):
        text = view.model().index(row, TAKEN).data()
        assert "“船名航次”" in text
        top, height = view.rowViewportPosition(row), view.rowHeight(row)
        assert height >= wrapped_height(view.fontMetrics(), width, text)
        assert in_sight(row)  # all of it
    top, height = view.rowViewportPosition(1), view.rowHeight(1)
    line = view.fontMetrics().height()
    assert _red_lines(image, top + height - line - 4, top + height) > 0  # its last line drawn
    i18n.set_language("en")
