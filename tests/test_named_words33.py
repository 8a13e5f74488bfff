"""Messages that named what they spoke of vaguely now name it (words33).

The group question said "The group of these 3 customers" without saying which three (the
selection may scroll out of sight behind the question); the salespeople's PDFs were said to
be "written to" a folder, none named.
"""

from __future__ import annotations

from pathlib import Path

from languages import in_chinese
from PySide6.QtGui import QAction
from test_actions import make_analysis
from test_credit_ui import answer_group, menu_of, select_rows, window  # noqa: F401 - fixture

from core import i18n
from ui.printing.dialog import PrintDialog


def _ask_group(window, monkeypatch, names: list[str]) -> str:  # noqa: F811 - the fixture
    """Select these rows, choose "Put … in a group…", cancel the question: its words."""
    asked: list[str] = []
    answer_group(monkeypatch, None, asked)
    select_rows(window, names)
    menu = menu_of(window, names[0])
    menu.findChild(QAction, "correction_group").trigger()
    menu.close()
    [label] = asked
    return label


def test_the_group_question_names_the_customers_selected(qtbot, window, monkeypatch):  # noqa: F811
    sisters = ["Sister A", "Sister B", "Sister C"]
    assert _ask_group(window, monkeypatch, sisters) == (
        "The group of these 3 customers, “Sister A”, “Sister B”, “Sister C” (sister "
        "companies of one owner): their overdue money is added up for the stop-loss "
        "exposure limit.")
    said = in_chinese(lambda: _ask_group(window, monkeypatch, sisters))
    assert said == ("这 3 家客户（“Sister A”、“Sister B”、“Sister C”，同一老板的兄弟公司）所属的"
                    "客户组：它们的逾期款项合并计入止损敞口上限。")


def test_the_salespeople_s_pdfs_are_named_where_they_are_said_written(qtbot, tmp_path: Path):
    dialog = PrintDialog(make_analysis())
    qtbot.addWidget(dialog)
    dialog.make_salesperson_pdfs(tmp_path)  # no runner: written here and now
    written = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert len(written) >= 2
    said = dialog.status.text()
    assert said.startswith(f"{len(written)} PDF files written to {tmp_path}: ")
    assert all(name in said for name in written)
    chinese = tmp_path / "zh"
    i18n.set_language("zh_CN")
    try:
        dialog.make_salesperson_pdfs(chinese)
        said = dialog.status.text()
    finally:
        i18n.set_language("en")
    assert said.startswith(f"已生成 {len(written)} 个 PDF 文件，保存在 {chinese}：")
    names = [p.name for p in chinese.glob("*.pdf")]
    assert all(name in said for name in names) and said.count("、") == len(names) - 1
