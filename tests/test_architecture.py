"""The layering rules: core/ never reaches Qt or ui/, so everything runs headless."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys

from conftest import ROOT
from ledgers import COLUMNS, receivables_ledger, write_xlsx

from core.store import connect, remember_layout

FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui")


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def test_no_core_module_imports_qt_or_ui():
    offenders = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        for name in _imports(path):
            if name.split(".")[0] in FORBIDDEN:
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_importing_all_of_core_loads_no_qt():
    code = (
        "import pkgutil, importlib, sys, core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'core.'):\n"
        "    if not m.name.endswith('__main__'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]\n"
        "print(len([n for n in sys.modules if n.startswith('core.')]), bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.split(maxsplit=1)
    assert int(out[0]) > 10  # the walk really imported core's modules
    assert out[1].strip() == "[]"


COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|QColor\(\s*\d|color:\s*(white|black)")


def test_every_colour_of_the_ui_is_defined_in_its_style():
    offenders = [f"{path.relative_to(ROOT)}: {found.group()}"
                 for path in sorted((ROOT / "ui").rglob("*.py")) if path.name != "style.py"
                 for found in COLOUR.finditer(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_only_the_preferences_module_opens_qsettings():
    offenders = [str(path.relative_to(ROOT)) for path in sorted((ROOT / "ui").rglob("*.py"))
                 if path.name != "prefs.py" and "QSettings(" in path.read_text(encoding="utf-8")]
    assert offenders == []


def test_the_ui_reaches_the_database_only_through_its_operations():
    """Everything else in ui/ runs on the GUI thread, where no query may block the window."""
    offenders = [f"{path.relative_to(ROOT)}: {name}"
                 for path in sorted((ROOT / "ui").rglob("*.py")) if path.name != "operations.py"
                 for name in _imports(path) if name in ("sqlite3", "core.store", "sqlite_utils")]
    assert offenders == []


def _python(*folders: str):
    for folder in folders:
        yield from sorted((ROOT / folder).rglob("*.py"))


def test_no_ui_module_imports_the_command_line():
    """ui/ and core/cli/ are siblings: what both need lives below them in core."""
    offenders = [f"{path.relative_to(ROOT)}: {name}" for path in _python("ui")
                 for name in _imports(path) if name == "core.cli" or name.startswith("core.cli.")]
    assert offenders == []


def test_analysis_and_actions_take_the_typed_rules():
    """Rules travel as core.rules.Rules, never as a dict looked up by string keys."""
    offenders = []
    for path in _python("core/analysis", "core/actions"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            args = node.args
            for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs):
                shown = ast.unparse(arg.annotation) if arg.annotation else ""
                if shown.replace(" ", "") == "dict[str,Any]" or (
                        arg.arg in ("rules", "settings") and shown != "Rules"):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} "
                                     f"{node.name}({arg.arg}: {shown})")
    assert offenders == []


def test_analysis_and_actions_read_settings_only_through_the_rules():
    offenders = [f"{path.relative_to(ROOT)}: {name}"
                 for path in _python("core/analysis", "core/actions")
                 for name in _imports(path)
                 if name in ("core.settings", "core.settings_store")]
    offenders += [str(path.relative_to(ROOT)) for path in _python("core/analysis", "core/actions")
                  if "settings.load(" in path.read_text(encoding="utf-8")
                  or "from core import settings" in path.read_text(encoding="utf-8")]
    assert offenders == []


def test_the_command_line_s_help_loads_none_of_what_the_commands_run():
    """`main.py --help` stays quick: the analysis, the importer, the workbooks, the store and
    the corrections load only when a command runs (each is a few tenths of a second)."""
    code = (
        "import sys, io, contextlib\n"
        "from core.cli.main import run\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        "        run(['--help'], sys.stdout, sys.stderr)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = ('core.analysis.run', 'core.ledger.importer', 'core.store', 'core.overrides',\n"
        "         'core.override_changes', 'core.credit_terms', 'core.actions.export',\n"
        "         'openpyxl', 'sqlite_utils')\n"
        "print([n for n in heavy if n in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_an_import_loads_no_sqlite_utils_and_remembers_its_layout(tmp_path):
    """An import writes in SQL throughout: sqlite-utils (a tenth of a second to load) is not
    loaded for the one row that remembers the sheet's layout, and the row is written."""
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"2025": [COLUMNS, *receivables_ledger()]})
    db = tmp_path / "firm.sqlite"
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from core.ledger.importer import import_files\n"
        f"[result] = import_files(Path({str(db)!r}), [Path({str(ledger)!r})])\n"
        "print(result.status, 'sqlite_utils' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["imported", "False"]
    conn = connect(db)
    [(mapping, first)] = conn.execute("SELECT mapping, updated_at FROM layouts").fetchall()
    assert "customer" in json.loads(mapping)
    remember_layout(conn, "other", ["客户"], {"customer": 0})
    conn.execute("UPDATE layouts SET updated_at = '2000-01-01' WHERE signature = 'other'")
    remember_layout(conn, "other", ["客户", "金额"], {"customer": 0, "amount": 1})
    again = conn.execute("SELECT headers, mapping, updated_at FROM layouts "
                         "WHERE signature = 'other'").fetchall()
    assert [(json.loads(h), json.loads(m), u > "2000") for h, m, u in again] == [
        (["客户", "金额"], {"customer": 0, "amount": 1}, True)]  # the one row, updated
    conn.close()


def test_a_frozen_build_bundles_every_module_the_store_runs_by_name():
    """PyInstaller cannot see an import by name: the re-reading of stored texts was missing
    from the bundle, and its self-test failed 9 of 14 checks. The store imports by name only
    through `_named`, which admits NAMED_MODULES alone, and the spec bundles those."""
    import importlib

    import pytest

    from core import store

    tree = ast.parse((ROOT / "core" / "store.py").read_text(encoding="utf-8"))
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Attribute) and node.func.attr == "import_module"]
    named = next(node for node in tree.body
                 if isinstance(node, ast.FunctionDef) and node.name == "_named")
    assert calls and all(any(call is inner for inner in ast.walk(named)) for call in calls)
    assert "core.ledger.rereading" in store.NAMED_MODULES
    for module in store.NAMED_MODULES:
        importlib.import_module(module)
    spec = (ROOT / "build_scripts" / "tradetier.spec").read_text(encoding="utf-8")
    assert "from core.store import NAMED_MODULES" in spec and "*NAMED_MODULES]" in spec
    for module in ("core.analysis.run", "core.ledger.rows"):
        with pytest.raises(LookupError):
            store._named(module)
