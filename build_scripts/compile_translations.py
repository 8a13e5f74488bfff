"""Compile the .po sources in resources/locale/ into the .mo catalogs the app loads.

Run by the build (``python build_scripts/build.py``) and by the README's set-up commands; the
compiled files are not committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.pofile import load_catalog, mo_bytes  # noqa: E402


def compile_all(locale_dir: Path = ROOT / "resources" / "locale") -> list[Path]:
    written = []
    for folder in sorted(p for p in locale_dir.iterdir() if p.is_dir()):
        if not list(folder.glob("*.po")):
            continue
        target = folder / "LC_MESSAGES" / "tradetier.mo"
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(mo_bytes(load_catalog(folder)))
        written.append(target)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(path.relative_to(ROOT))
