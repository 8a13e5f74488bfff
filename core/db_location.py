"""Whether the database sits where a sync program or a network can damage it.

SQLite's file locking does not survive sync programs (OneDrive, Dropbox, 坚果云, 百度网盘,
iCloud, Google Drive copy the file while it is written and bring back older copies) or network
shares (locks are unreliable, and a dropped connection cuts a write in half). So before the app
uses a database in such a place it warns, saying why; the choice stays the user's.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path, PurePath, PureWindowsPath

from core.i18n import N_
from core.messages import Message

# A folder name (lower-case, compared as a whole or as its start) -> the service's name.
SYNC_FOLDERS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"), ("dropbox", "Dropbox"), ("坚果云", "坚果云 (Nutstore)"),
    ("我的坚果云", "坚果云 (Nutstore)"), ("nutstore", "坚果云 (Nutstore)"),
    ("百度网盘", "百度网盘 (Baidu Netdisk)"), ("baidunetdisk", "百度网盘 (Baidu Netdisk)"),
    ("baiduyun", "百度网盘 (Baidu Netdisk)"), ("icloud drive", "iCloud"),
    ("iclouddrive", "iCloud"), ("mobile documents", "iCloud"), ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"), ("我的云端硬盘", "Google Drive"),
)
# Set by the OneDrive client to the folders it syncs.
SYNC_ENV = {"OneDrive": "OneDrive", "OneDriveConsumer": "OneDrive",
            "OneDriveCommercial": "OneDrive"}
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive


def warning(path: Path) -> Message | None:
    """Why this place is unsafe for the database, or None when it is an ordinary local folder."""
    service = sync_service(path)
    if service is not None:
        return Message("database_in_sync_folder", N_(
            "The database {file} is in a folder that {service} keeps in sync. Sync programs "
            "copy the file while TradeTier writes it and can bring back an older or damaged "
            "copy. Keep the database in a folder on this computer that is not synced, and "
            "keep copies of it (File → Back up the database…) in the cloud instead."),
            {"file": str(path), "service": service})
    if on_network(path):
        return Message("database_on_network", N_(
            "The database {file} is on a network share. A database written over the network "
            "can be damaged, and an import is cut in half when the connection drops. Copy it to "
            "a folder on this computer and open that copy."), {"file": str(path)})
    return None


def sync_service(path: Path) -> str | None:
    full = _absolute(path)
    for name in _parts(full):
        folded = name.casefold()
        for start, service in SYNC_FOLDERS:
            if folded == start or folded.startswith((start + " ", start + "-", start + "_")):
                return service
    for variable, service in SYNC_ENV.items():
        root = os.environ.get(variable)
        if root and _inside(full, root):
            return service
    return None


def on_network(path: Path) -> bool:
    text = str(_absolute(path))
    if text.startswith(("\\\\", "//")):
        return not text.startswith(("\\\\?\\", "\\\\.\\")) or text[4:8].upper() == "UNC\\"
    if sys.platform == "win32":
        drive = PureWindowsPath(text).drive
        return bool(drive) and drive_type(drive + "\\") == DRIVE_REMOTE
    return False


def drive_type(root: str) -> int:  # pragma: no cover - Windows only; tests replace it
    if sys.platform != "win32":
        return 0
    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def _absolute(path: Path) -> PurePath:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return PureWindowsPath(text)
    try:
        return Path(path).expanduser().absolute()
    except (OSError, RuntimeError):
        return PurePath(path)


def _parts(path: PurePath) -> list[str]:
    return [part.strip("\\/") for part in path.parts if part.strip("\\/")]


def _inside(path: PurePath, root: str) -> bool:
    mine = [p.casefold() for p in _parts(path)]
    theirs = [p.casefold() for p in _parts(PureWindowsPath(root) if "\\" in root
                                           else PurePath(root))]
    return bool(theirs) and mine[:len(theirs)] == theirs
