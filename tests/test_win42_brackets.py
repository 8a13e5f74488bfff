"""Brackets built in code are each language's (win42).

A tab passed over for a missing column named it "客户 (customer)", and a cell showing an Excel
error "F3 (#N/A)", with English brackets inside a Chinese note: the catalog test
(test_win41_catalog) reads only the msgstrs, not what code puts in them. Both are now Noted
parameters (core.messages), bracketed by core.i18n.with_note as the note is read, so the
same note reads "客户（customer）" in Chinese and "Customer (customer)" in English."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_win41_catalog import ENGLISH_BRACKETS

from core import i18n
from core.ledger.importer import import_files

GOOD = ["合同号", "客户名称", "下单日期", "金额", "币种", "已收金额", "收款日期"]


def _imported(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "台账2025-03.xlsx", {
        "3月": [GOOD, ["PI-1", "Buyer 1", date(2025, 3, 3), 1000, "USD", 1000, date(2025, 4, 1)],
                ["PI-2", "Buyer 2", date(2025, 3, 4), 2000, "USD", "#N/A", None]],
        "联系人": [["客户名称", "下单日期", "电话"], ["Buyer 1", date(2025, 3, 3), "123"]]})
    [result] = import_files(tmp_path / "firm.sqlite", [path])
    assert result.status == "imported", result.message
    [error] = [w for w in result.warnings if w.code == "error_cells"]
    [passed] = [p for p in result.passed if p.name == "联系人"]
    assert passed.reason.code == "sheet_missing_required"
    return error, passed.reason


def test_a_note_built_in_code_is_bracketed_the_chinese_way_in_chinese(tmp_path: Path) -> None:
    error, missing = _imported(tmp_path)
    i18n.set_language("zh_CN")
    try:
        assert "F3（#N/A）" in error.text
        assert "金额（amount）" in missing.text
        assert "、" in missing.text  # the headers found, listed the Chinese way
        assert not ENGLISH_BRACKETS.search(missing.text)
        assert "(" not in error.text + missing.text
    finally:
        i18n.set_language("en")


def test_the_same_note_reads_english_brackets_in_english(tmp_path: Path) -> None:
    error, missing = _imported(tmp_path)
    assert "F3 (#N/A)" in error.text
    assert "Amount (amount)" in missing.text and "（" not in missing.text
    assert "“客户名称”, “下单日期”, “电话”" in missing.text


def test_the_mapping_pages_examples_are_bracketed_as_each_language_brackets(qtbot, db_path,
                                                                           tmp_path) -> None:
    """The column chooser labelled "客户 * (例如 Coastal Home Goods LLC)": English brackets
    around Chinese words, in the one window sentence built in code (ui.importing.mapping)."""
    from PySide6.QtGui import QTextDocument
    from test_import_dialog import _dialog

    from ui.importing.dialog import MAPPING

    path = write_xlsx(tmp_path / "台账.xlsx", {"3月": [
        GOOD, ["PI-1", "Buyer 1", date(2025, 3, 3), 1000, "USD", 1000, date(2025, 4, 1)]]})
    dialog = _dialog(qtbot, db_path, [path])
    dialog._go(MAPPING)

    def shown(name: str) -> str:  # the label as it reads on screen, its markup left out
        page = QTextDocument()
        page.setHtml(dialog.editor.labels[name].text())
        return page.toPlainText()

    assert shown("customer").startswith("Customer * (e.g. ")
    i18n.set_language("zh_CN")
    try:
        dialog.retranslate()
        assert shown("customer").startswith("客户 *（例如 ") and shown("customer").endswith("）")
        assert not ENGLISH_BRACKETS.search(shown("currency")), shown("currency")
    finally:
        i18n.set_language("en")


def test_the_command_lines_moves_say_chinese_brackets_colon_and_list(sample_db,
                                                                    tmp_path: Path) -> None:
    """`movements` in Chinese read "（新客户） → 战略 (4): A, B": an English bracket, colon and
    comma beside Chinese; now "（新客户） → 战略（4）：A、B", English as it was."""
    import io
    import re
    import shutil

    from core.cli.main import run

    db = shutil.copy(sample_db, tmp_path / "sample.sqlite")  # movements stores snapshots

    def moves(language: str) -> list[str]:
        out, err = io.StringIO(), io.StringIO()
        assert run(["--lang", language, "movements", "--db", str(db)], out, err) == 0
        return [line for line in out.getvalue().splitlines() if " → " in line]

    english, chinese = moves("en"), moves("zh_CN")
    i18n.set_language("en")
    assert re.match(r"  \(new\) → strategic \(\d+\): \S.*, \S", english[0]), english[0]
    assert re.match(r"  （新客户） → 战略（\d+）：\S.*、\S", chinese[0]), chinese[0]
    assert len(english) == len(chinese) > 2
    assert not any(ENGLISH_BRACKETS.search(line) or "): " in line for line in chinese)
