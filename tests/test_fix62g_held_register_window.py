"""fix62g in the window: a payments register whose rows all wait for their orders, imported
before them, then with them (core.ledger.held_files.held_refusal)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from test_fix62a_files_out_of_order import _balance, _book, _march
from test_import_dialog import _dialog, _import

from core import i18n


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest) -> object:
    yield i18n.set_language(request.param)
    i18n.set_language("en")


def test_the_window_says_the_register_is_read_when_its_orders_come(
        qtbot, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """File → Import on 收款登记2025-04.xlsx alone: the result page says nothing is counted yet
    and that the file is read again from its folder when 2025-701's file comes (main: "no
    row could be taken … correct them and import the file again"); then March: the page lists
    the register read again, imported."""
    folder = tmp_path / "ledgers"
    register = _book(folder, "收款登记2025-04.xlsx", _balance())
    dialog = _dialog(qtbot, tmp_path / "firm.sqlite", [register])
    [refused] = _import(qtbot, dialog)
    assert refused.status == "refused"
    shown = html.unescape(dialog.result_page.files.text())
    said = {"en": ("Nothing counted yet: its 1 row pays an order not in the database yet "
                   f"(2025-701). The file is noted: when the file selling it is imported, this "
                   f"file is read again from {folder.resolve()}"),
            "zh_CN": ("暂未计入任何款项：其中 1 行所付的订单尚未导入（2025-701）。已记下此文件："
                      f"导入销售这些订单的文件时，会从 {folder.resolve()} 重新读取本文件")
            }[language]
    assert said in shown, shown
    dialog = _dialog(qtbot, tmp_path / "firm.sqlite", [_march(folder)])
    results = _import(qtbot, dialog)
    assert [(r.path.name, r.status) for r in results] == [
        ("台账2025-03.xlsx", "imported"), ("收款登记2025-04.xlsx", "imported")]
    assert "收款登记2025-04.xlsx" in html.unescape(dialog.result_page.files.text())
