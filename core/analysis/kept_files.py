"""What is worked out from a database and kept only to save time, in the user's cache folder:
one file per database and kind (the last table shown, the snapshot fingerprints, the writes no
analysis reads), named by the database's full path.

The folder's index says which database each name stands for, so that :func:`tidy` finds the
files of a database moved, renamed or deleted without reading them (the last table of a
million orders is megabytes): they would otherwise stay in the cache folder for ever. It holds
one entry a database, written only by a keep of that database: two windows keeping two
databases at the same moment each write their own, where one file for all of them, read,
changed and written back, lost one of the two.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
import time
from contextlib import suppress
from pathlib import Path
from typing import Any

from core.paths import cache_dir

INDEX = "databases"  # a folder: <name>.json holds the database's full path
EARLIER_INDEX = "databases.json"  # the one file an earlier version kept: name -> full path
PART_AGE = 3600  # seconds: a part this old was left by a write cut short (a crash, power cut)
_NAME = re.compile(r"^[0-9a-f]{24}$")


def name_of(db_path: Path) -> str:
    return hashlib.sha256(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:24]


def kept_for(db_path: Path, kind: str) -> Path:
    """Where something of this kind worked out from this database is kept."""
    return cache_dir() / kind / f"{name_of(db_path)}.json"


def keep_json(db_path: Path, kind: str, content: Any) -> bool:
    """Write what was worked out (:func:`kept_for`): beside, then renamed, so a reader never
    sees half a file; whether it was written (a full disk or a read-only cache folder: it is
    worked out again next time)."""
    target = kept_for(db_path, kind)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _write(target, content)
        _remember(name_of(db_path), str(Path(db_path).resolve()))
    except OSError:
        return False
    return True


def tidy(now: float | None = None) -> int:
    """Remove what was kept for databases no longer where they were, and the parts of writes
    cut short; how many files went. A database on a drive not there today loses its files:
    they are worked out again."""
    folder, now = cache_dir(), time.time() if now is None else now
    earlier, entries = _earlier_index(folder), _index()
    index = {**earlier, **entries}
    gone = {name for name, path in index.items() if not Path(path).exists()}
    removed = sum(_unlink(file) for file in _entries(folder)
                  if _is_stale_part(file, Path(EARLIER_INDEX).stem, now))
    for kind in (entry for entry in _entries(folder) if entry.is_dir()):  # the index's too
        for file in _entries(kind):
            name = file.name.partition(".")[0]
            if _NAME.match(name) and (name in gone or _is_stale_part(file, name, now)):
                removed += _unlink(file)
    if earlier:
        with suppress(OSError):  # else read again next time
            for name in earlier.keys() - gone - entries.keys():
                _remember(name, earlier[name])
            (folder / EARLIER_INDEX).unlink()
    return removed


_tidying: list[threading.Thread] = []  # the process's one tidying, once started


def tidy_in_background() -> threading.Thread | None:
    """:func:`tidy`, once a process, on a thread of its own (None: started already). Asking
    whether a database on a network drive that is down is there can take the system tens of
    seconds; the window's worker, and the tasks queued behind it, do not wait for that."""
    if _tidying:
        return None
    _tidying.append(threading.Thread(target=tidy, name="tradetier-tidy", daemon=True))
    _tidying[0].start()
    return _tidying[0]


def _write(target: Path, content: Any) -> None:
    written = target.with_name(f"{target.stem}.{os.getpid()}.part")
    written.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    os.replace(written, target)


def _index() -> dict[str, str]:
    """Name -> the database's full path, for every entry that reads."""
    found = {}
    for entry in _entries(cache_dir() / INDEX):
        name, _, rest = entry.name.partition(".")
        path = _read(entry) if _NAME.match(name) and rest == "json" else None
        if isinstance(path, str):
            found[name] = path
    return found


def _earlier_index(folder: Path) -> dict[str, str]:
    found = _read(folder / EARLIER_INDEX)
    return ({str(k): str(v) for k, v in found.items() if _NAME.match(str(k))}
            if isinstance(found, dict) else {})


def _read(file: Path) -> Any:
    try:
        return json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _remember(name: str, path: str) -> None:
    entry = cache_dir() / INDEX / f"{name}.json"
    if _read(entry) != path:
        entry.parent.mkdir(parents=True, exist_ok=True)
        _write(entry, path)


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _is_stale_part(file: Path, stem: str, now: float) -> bool:
    """A part :func:`_write` left (`<stem>.<pid>.part`) when a write was cut short, old enough
    that no process is still writing it."""
    name, _, rest = file.name.partition(".")
    return name == stem and rest.endswith(".part") and _age(file, now) > PART_AGE


def _age(file: Path, now: float) -> float:
    try:
        return now - file.stat().st_mtime
    except OSError:
        return 0.0


def _unlink(file: Path) -> int:
    try:
        file.unlink()
    except OSError:
        return 0
    return 1
