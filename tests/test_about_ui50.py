"""Help → About TradeTier (ui50): Help held only the guide, and nothing in the window said which
version was running, which database file was open or where the app keeps its data."""

from __future__ import annotations

import tomllib

from ledgers import build, ten_customers
from PySide6.QtWidgets import QMessageBox
from test_main_window import open_window

from build_scripts.version_info import ROOT, project_version
from core import __version__
from core.paths import data_dir


def test_the_version_the_box_shows_is_the_one_the_build_stamps():
    """Written once: the exe and the installer (build_scripts) and the package (pyproject.toml)
    take core.__version__, read without importing the app."""
    assert __version__ == project_version()
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "core.__version__"}


def test_about_from_the_help_menu_in_both_languages(qtbot, tmp_path):
    build(tmp_path, ten_customers()).close()
    db = tmp_path / "firm.sqlite"
    window = open_window(qtbot, db)
    commands = window.commands
    assert commands.actions["about"] in commands.menus["help"].actions()
    for code, title, said in (
            ("en", "About TradeTier",
             (f"Version {__version__}", f"Database open now: {db}",
              f"Data folder (the log, the sample data): {data_dir()}",
              "TradeTier never uses the network")),
            ("zh_CN", "关于外贸客户分层 TradeTier",
             (f"版本 {__version__}", f"当前打开的数据库：{db}",
              f"数据文件夹（日志、示例数据）：{data_dir()}", "TradeTier 从不联网"))):
        commands.actions[f"lang_{code}"].trigger()
        assert commands.actions["about"].text() == title
        commands.actions["about"].trigger()
        box = commands.dialog
        assert isinstance(box, QMessageBox) and box.isVisible() and box.parentWidget() is window
        assert box.windowTitle() == title
        text = box.text()
        assert text.startswith("外贸客户分层 TradeTier\n")
        assert all(part in text for part in said), text
        box.accept()
    commands.actions["lang_en"].trigger()


def test_about_opens_while_the_database_cannot_be_used(qtbot, tmp_path):
    build(tmp_path, ten_customers()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    window.commands.database_usable("in_use")  # the page of a database another PC holds
    assert window.commands.actions["about"].isEnabled()
    assert not window.commands.actions["export_stop_loss"].isEnabled()
