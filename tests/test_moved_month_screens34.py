"""The restructuring workbook's "Moved this month" sheet names its month (screens34).

Its page header said "Moved since 2025-05-31" and no month: a workbook printed or opened weeks
later read as the month it was opened in. It now names the month as the movements page names
it (2025-06), in both languages.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from test_cli import cli
from test_movements import firm  # noqa: F401 - the fixture

from core.actions import moved
from core.i18n import set_language, tr

HEADS = {"en": "Moved in 2025-06 (since 2025-05-31)",
         "zh_CN": "2025-06 的层级变动（自 2025-05-31 起）"}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_moved_sheet_names_its_month(firm: Path, tmp_path: Path,  # noqa: F811
                                         language: str) -> None:
    target = tmp_path / "plan.xlsx"
    code, _, err = cli("export", "restructuring", "--db", str(firm), "--as-of", "2025-06-30",
                       "-o", str(target), "--lang", language)
    assert code == 0, err
    set_language(language)
    try:
        name = tr(moved.SHEET)
    finally:
        set_language("en")
    header = openpyxl.load_workbook(target)[name].oddHeader
    # openpyxl reads a header whose left part (the firm's name) is blank into its left part
    said = [part.text or "" for part in (header.left, header.center, header.right)]
    assert any(text.removeprefix("&C") == HEADS[language] for text in said), said
