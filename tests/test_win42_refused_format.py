"""A file refused before any tab was read says its format in the window as on the command
line (win42).

An .xls whose hidden spare tabs stretch past the cap is refused before calamine opens it. The
command line said "two.xls: REFUSED (xls)" and the reason; the import dialog's files page said
the reason alone, so the clerk could not tell it was read as an old .xls. Both now read the
same words, from core.ledger.report.status_text, in English and in Chinese."""

from __future__ import annotations

import io

from test_fix39c_spare_tabs import _spares
from test_import_dialog import _dialog

from core import i18n
from core.cli.main import run
from ui.importing.dialog import file_status


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
        assert state.refusal is not None and shown.endswith(state.refusal.text)
    i18n.set_language("en")
