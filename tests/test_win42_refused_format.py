"""A file refused before any tab was read says its format in the window as on the command
line (win42).

An .xls whose hidden spare tabs stretch past the cap is refused before calamine opens it. The
command line said "two.xls: REFUSED (xls)" and the reason; the import dialog's files page said
the reason alone, so the clerk could not tell it was read as an old .xls. Both now read the
same words, from core.ledger.report.status_text, in English and in Chinese."""

from __future__ import annotations

import io
from datetime import date

from ledgers import write_xlsx
from test_fix39c_spare_tabs import _spares
from test_import_dialog import _dialog

from core import i18n
from core.cli.main import run
from core.ledger.report import beside_name
from ui.importing.dialog import MAPPING, file_status


def _command_line(db, path, language: str) -> str:  # type: ignore[no-untyped-def]
    out, err = io.StringIO(), io.StringIO()
    run(["--lang", language, "import", "--db", str(db), str(path)], out, err)
    return out.getvalue() + err.getvalue()


def test_the_files_page_names_the_format_the_command_line_names(qtbot, db_path,
                                                                tmp_path) -> None:
    path = _spares(tmp_path / "two.xls", 2)
    dialog = _dialog(qtbot, db_path, [path])
    [state] = dialog.states
    assert state.refused
    for language, said in (("en", "REFUSED (xls)"), ("zh_CN", "已拒绝（xls）")):
        assert said in _command_line(tmp_path / "cli.sqlite", path, language)
        i18n.set_language(language)
        dialog._refresh_list()
        shown = dialog.files_list.topLevelItem(0).text(1)
        assert shown == file_status(state)[0]
        assert shown.startswith(said), shown
        assert state.refusal is not None and shown.endswith(beside_name(state.refusal))
    dialog._go(MAPPING)  # the mapping page says it in the same words
    dialog.editor.show_state(state)
    assert dialog.editor.refusal_label.text() == shown
    i18n.set_language("en")


def test_the_files_page_lists_a_workbooks_tabs_as_chinese_lists_them(qtbot, db_path,
                                                                      tmp_path) -> None:
    """"xlsx，台账在工作表 “1月”, “2月”": an English comma in a Chinese list (now 、)."""
    header = ["合同号", "客户名称", "下单日期", "金额", "币种"]
    path = write_xlsx(tmp_path / "台账.xlsx", {
        f"{m}月": [header, [f"PI-{m}", "Buyer", date(2025, m, 3), 1000, "USD"]] for m in (1, 2)})
    dialog = _dialog(qtbot, db_path, [path])
    [state] = dialog.states
    assert file_status(state)[0] == "xlsx, ledger in “1月”, “2月”"
    i18n.set_language("zh_CN")
    try:
        dialog._refresh_list()
        shown = dialog.files_list.topLevelItem(0).text(1)
        assert "“1月”、“2月”" in shown and ", " not in shown, shown
    finally:
        i18n.set_language("en")


def test_the_result_pages_headline_says_the_command_lines_words(tmp_path) -> None:
    """The result page's summary read "two.xls — REFUSED" above the details' "REFUSED (xls)"
    and the command line's "two.xls: REFUSED (xls)": now "REFUSED (xls)" there too."""
    from core.ledger.importer import import_files
    from ui.importing.summary import summary_html

    [result] = import_files(tmp_path / "firm.sqlite", [_spares(tmp_path / "two.xls", 2)])
    assert result.refused and result.file_format == "xls"
    assert "<b>two.xls</b> — REFUSED (xls)" in summary_html([result])
    i18n.set_language("zh_CN")
    try:
        assert "<b>two.xls</b> — 已拒绝（xls）" in summary_html([result])
    finally:
        i18n.set_language("en")
