"""Finding every user-visible message in the sources, for the catalog check and its stubs.

Messages are the string literals passed to ``N_()``, ``tr()`` and ``_()``, and the pairs passed
to ``NP_()`` (one id, singular and plural joined as gettext joins them; and Qt's ``self.tr``
is not used: ui/ shares core's gettext catalog). Run ``python -m build_scripts.messages`` to print
.po stubs for the messages that lack a Chinese translation.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

from core.pofile import PLURAL

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("core", "ui")
MARKERS = {"N_", "tr", "_"}
PLACEHOLDER = re.compile(r"\{(\w+)[^{}]*\}")


def source_files() -> list[Path]:
    files = [ROOT / "main.py"]
    for folder in SOURCE_DIRS:
        files.extend(sorted((ROOT / folder).rglob("*.py")))
    return [f for f in files if f.exists()]


def messages() -> dict[str, list[str]]:
    """msgid -> where it is used (file:line)."""
    found: dict[str, list[str]] = {}
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            first = node.args[0]
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)
                     and isinstance(a.value, str)]
            if name == "NP_" and len(texts) == 2:
                message = PLURAL.join(texts)
            elif name in MARKERS and isinstance(first, ast.Constant) and isinstance(first.value,
                                                                                    str):
                message = first.value
            else:
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            found.setdefault(message, []).append(where)
    return found


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def main() -> int:
    from core.pofile import load_catalog, quote

    catalog = load_catalog(ROOT / "resources" / "locale" / "zh_CN")
    missing = [(m, w) for m, w in messages().items() if not catalog.get(m)]
    for message, where in missing:
        singular, _, plural = message.partition(PLURAL)
        print(f"#: {' '.join(where[:3])}\nmsgid {quote(singular)}")
        print(f"msgid_plural {quote(plural)}\nmsgstr[0] \"\"\n" if plural else 'msgstr ""\n')
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
