"""Words in each language (win44): the import dialog's tab row of a refused file says the
refusal without the file's name (the dialog names the file: said twice, "将被拒绝：3月.xlsx：…",
had no test), and `customer overrides` puts one gap, the language's, between a correction and
its note: "（2026-12-05 11:00）  备注：跟单 王芳" had two ASCII spaces in a Chinese line."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from ledgers import write_xlsx
from PySide6.QtCore import Qt
from test_import_preview_preview34 import mapping_page
from test_import_tabs_screens34 import tabs_shown

from core import i18n
from core.cli.main import run
from core.ledger.importer import import_files
from core.store import connect
from ui.importing.tabs_table import TAB, TAKEN

HEADER = ["合同号", "客户名称", "下单日期", "金额", "币种"]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_refused_files_tab_row_does_not_name_the_file_again(qtbot, tmp_path,
                                                              language) -> None:
    path = write_xlsx(tmp_path / "3月.xlsx", {"3月": [  # no amount column: refused
        ["合同号", "客户名称", "下单日期", "币种"],
        *[[f"S-{n}", "Sunrise", date(2025, 3, n), "USD"] for n in range(1, 4)]]})
    i18n.set_language(language)
    try:
        [refused] = import_files(tmp_path / "other.sqlite", [path])
        assert refused.status == "refused" and path.name in refused.message.text  # said alone
        dialog = mapping_page(qtbot, tmp_path / "firm.sqlite", path)
        [row] = tabs_shown(dialog)
        index = dialog.editor.tabs.model().index(0, TAKEN)
        refuses = {"en": "Will be refused: ", "zh_CN": "将被拒绝："}[language]
        assert row[TAB] == "3月" and row[TAKEN].startswith(refuses), row
        shown = [*row, index.data(Qt.ItemDataRole.ToolTipRole)]
        assert not any(path.name in str(text) for text in shown), shown
        assert path.stem + "." not in row[TAKEN]  # nor "3月.xlsx" cut to its stem
    finally:
        i18n.set_language("en")


def test_the_overrides_command_puts_one_gap_of_the_language_before_a_note(tmp_path) -> None:
    path = write_xlsx(tmp_path / "台账.xlsx", {"3月": [HEADER, ["PI-1", "Buyer", date(
        2025, 3, 1), 1000, "USD"]]})
    db = tmp_path / "firm.sqlite"
    import_files(db, [path])
    err = io.StringIO()
    assert run(["--lang", "en", "customer", "pin", "--db", str(db), "Buyer", "black",
                "--note", "跟单 王芳"], io.StringIO(), err) == 0, err.getvalue()
    conn = connect(db)
    with conn:  # a correction kept for a customer not in the data yet
        conn.execute("INSERT INTO overrides (kind, customer_key, target, note, created_at) "
                     "VALUES ('pin_list', 'ghost', 'watch', 'later', '2025-03-02T10:00:00')")
    conn.close()
    listed = {}
    for language in ("en", "zh_CN"):
        out = io.StringIO()
        assert run(["--lang", language, "customer", "overrides", "--db", str(db)], out,
                   err) == 0, err.getvalue()
        listed[language] = out.getvalue().splitlines()[1:]
    i18n.set_language("en")
    date_ = r"\d{4}-\d\d-\d\d \d\d:\d\d"
    zh, en = (sorted(listed[language], key=lambda line: "Buyer" not in line)
              for language in ("zh_CN", "en"))
    assert re.fullmatch(rf"  “Buyer”.*。（{date_}）备注：跟单 王芳", zh[0]), zh[0]
    assert re.fullmatch(rf"  .*。（{date_}）备注：later【数据中尚无此客户】", zh[1]), zh[1]
    assert re.fullmatch(rf"  “Buyer”.*\. \({date_}\) Note: 跟单 王芳", en[0]), en[0]
    assert re.fullmatch(rf"  .*\. \({date_}\) Note: later \[not in the data yet\]", en[1]), en[1]
    for line in zh:  # the indent aside, no ASCII gap in a Chinese line but the note's own
        assert "  " not in line.strip() and " 备注" not in line, line
