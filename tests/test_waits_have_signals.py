"""ui.screenshot.wait_until looks at its condition again only when one of the signals it is
given fires: given none, it runs Qt's loop to its whole timeout whatever happens meanwhile. Two
offscreen scripts of the tests called it so and waited out 60 s and 30 s twice (the movements-fit
test took 139 s of CI's 798). Every call, in the tests and in the scripts they run (string
constants), names at least one signal."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _trees(source: str) -> Iterator[ast.AST]:
    """The module's tree and those of the scripts it holds in its strings."""
    tree = ast.parse(source)
    yield tree
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and "wait_until(" in node.value:
            try:
                yield ast.parse(node.value)
            except SyntaxError:
                continue  # prose naming the function, not a script


def signalless_waits(source: str) -> list[int]:
    """The lines (of the module, or of a script in it) where wait_until is given no signal."""
    return [call.lineno for tree in _trees(source) for call in ast.walk(tree)
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name | ast.Attribute)
            and (call.func.id if isinstance(call.func, ast.Name) else call.func.attr)
            == "wait_until" and len(call.args) < 2]


def test_the_check_finds_a_wait_without_a_signal_in_a_script():
    script = 'S = """\nwait_until(lambda: done, timeout_ms=60000)\n"""\n'
    assert signalless_waits(script) == [2]  # the script's own line
    assert signalless_waits(script.replace("done,", "done, page.computed,")) == []


def test_every_wait_until_names_a_signal():
    files = [*sorted(HERE.glob("*.py")), *sorted((ROOT / "scripts").glob("*.py")),
             *sorted((ROOT / "ui").rglob("*.py"))]
    found = {f"{path.relative_to(ROOT)}: {line}"
             for path in files for line in signalless_waits(path.read_text(encoding="utf-8"))}
    assert found == set()
