"""Who has the database open: a small owner file beside it, so a second window can say who.

SQLite lets two programs use one file safely (every write takes the write lock, waits for the
other's, and runs in one transaction), but two people changing the same firm's data from two
windows should know of each other. The app writes ``<database>.owner`` (host, user, process,
start time) while it has the database open and removes it on closing; an owner file left by a
process that is gone from this computer is stale and taken over.
"""

from __future__ import annotations

import ctypes
import getpass
import json
import os
import socket
import sys
from contextlib import suppress
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from core.i18n import N_
from core.messages import Message

SUFFIX = ".owner"
STILL_ACTIVE = 259  # GetExitCodeProcess's answer for a running process
QUERY_LIMITED = 0x1000  # PROCESS_QUERY_LIMITED_INFORMATION


@dataclass(frozen=True)
class Owner:
    host: str
    user: str
    pid: int
    started: str

    @property
    def message(self) -> Message:
        return Message("database_in_use", N_(
            "The database is in use by {user} on {computer} since {started} (TradeTier, process "
            "{pid}). You can both work with it and no change is lost, but each window shows the "
            "other's changes only after it refreshes."),
            {"user": self.user, "computer": self.host, "started": self.started.replace("T", " "),
             "pid": self.pid})


def owner_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + SUFFIX)


def me() -> Owner:
    return Owner(socket.gethostname(), _user(), os.getpid(),
                 datetime.now().isoformat(timespec="seconds"))


def current(db_path: Path) -> Owner | None:
    """Another live holder of the database, if any (never this process, never a stale one)."""
    try:
        data = json.loads(owner_path(db_path).read_text(encoding="utf-8"))
        owner = Owner(str(data["host"]), str(data["user"]), int(data["pid"]),
                      str(data["started"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if owner.host == socket.gethostname() and (owner.pid == os.getpid()
                                               or not pid_alive(owner.pid)):
        return None
    return owner


def claim(db_path: Path) -> Owner | None:
    """Write this process as the holder, unless another live one holds it: then that one is
    returned and nothing is written (the caller asks the user, then may :func:`take_over`)."""
    other = current(db_path)
    if other is None:
        take_over(db_path)
    return other


def take_over(db_path: Path) -> None:
    with suppress(OSError):  # a read-only folder: the database will say so when written
        owner_path(db_path).write_text(json.dumps(asdict(me())), encoding="utf-8")


def release(db_path: Path) -> None:
    """Remove the owner file if it is this process's."""
    path = owner_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if data.get("pid") == os.getpid() and data.get("host") == socket.gethostname():
        with suppress(OSError):
            path.unlink()


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - os.kill(pid, 0) would end it there
        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(QUERY_LIMITED, False, pid)
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and (
                code.value == STILL_ACTIVE)
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: alive
    return True


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "?"
