"""File → Undo the last import… asked "…before these 4 files were imported on 2025-…:
1月.xlsx, 2月.xlsx, 3月.xlsx, …. 1 correction made since then…": the "…" of the files not
named ran into the sentence's full stop, "…." (gui36: the window's boxes read in both
languages). The files are named in brackets, as the box after the undo names them and as the
Chinese question always did: "(1月.xlsx, 2月.xlsx, 3月.xlsx, …)".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from databases import month_rows
from ledgers import write_xlsx
from test_data_safety_gui import Answers, _own_qsettings, _trigger  # noqa: F401 - fixture
from test_main_window import open_window

from core.ledger.importer import import_files


@pytest.mark.parametrize(("language", "named"), [
    ("en", "(1月.xlsx, 2月.xlsx, 3月.xlsx, …)."),
    ("zh_CN", "（1月.xlsx、2月.xlsx、3月.xlsx等）之前的状态。")])
def test_the_undo_names_the_files_it_takes_back_without_a_doubled_stop(
        qtbot, tmp_path: Path, monkeypatch, language: str, named: str) -> None:
    db = tmp_path / "firm.sqlite"
    import_files(db, [write_xlsx(tmp_path / f"{m}月.xlsx", {f"{m}月": month_rows(m)})
                      for m in range(1, 5)])
    answers = Answers(monkeypatch)
    window = open_window(qtbot, db)
    window.commands.actions[f"lang_{language}"].trigger()
    with qtbot.waitSignal(window.analysed, timeout=30000):
        _trigger(window, "undo_import")
    [(kind, asked)] = answers.asked
    assert kind == "question" and named in asked
    assert "…." not in asked and "…。" not in asked
    assert "4" in asked
