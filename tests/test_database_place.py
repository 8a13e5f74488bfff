"""Where the database lives and who has it open: sync folders and network shares are warned
about with the reason, a second window is told who holds the file, and two writers lose
nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest
from conftest import ROOT
from databases import month_rows
from ledgers import write_xlsx

from core import db_location, db_owner
from core.store import connect


@pytest.mark.parametrize(("path", "service"), [
    (Path("/home/li/OneDrive/账本/tradetier.sqlite"), "OneDrive"),
    (Path("/home/li/OneDrive - 宁波贸易/tradetier.sqlite"), "OneDrive"),
    (Path("/home/li/Dropbox/firm.sqlite"), "Dropbox"),
    (Path("/home/li/我的坚果云/firm.sqlite"), "坚果云 (Nutstore)"),
    (Path("/home/li/Nutstore Files/firm.sqlite"), "坚果云 (Nutstore)"),
    (Path("/data/百度网盘/firm.sqlite"), "百度网盘 (Baidu Netdisk)"),
    (Path("/data/BaiduNetdisk/firm.sqlite"), "百度网盘 (Baidu Netdisk)"),
    (Path("/Users/li/Library/Mobile Documents/com~apple~CloudDocs/firm.sqlite"), "iCloud"),
    (Path("/home/li/iCloudDrive/firm.sqlite"), "iCloud"),
    (Path("/home/li/Google Drive/firm.sqlite"), "Google Drive"),
])
def test_sync_folders_are_named_with_the_reason(path: Path, service: str) -> None:
    warning = db_location.warning(path)
    assert warning is not None and warning.code == "database_in_sync_folder"
    assert service in warning.text and "older or damaged" in warning.text


def test_a_folder_synced_by_onedrive_under_another_name(monkeypatch, tmp_path) -> None:
    synced = tmp_path / "Company Files"
    monkeypatch.setenv("OneDriveCommercial", str(synced))
    assert db_location.sync_service(synced / "ledgers" / "firm.sqlite") == "OneDrive"
    assert db_location.warning(tmp_path / "elsewhere" / "firm.sqlite") is None


@pytest.mark.parametrize("path", [r"\\fileserver\财务\firm.sqlite", "//nas/share/firm.sqlite",
                                  r"\\?\UNC\fileserver\share\firm.sqlite"])
def test_unc_paths_are_network_shares(path: str) -> None:
    warning = db_location.warning(Path(path))
    assert warning is not None and warning.code == "database_on_network"


def test_a_mapped_network_drive_on_windows(monkeypatch) -> None:
    asked = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return db_location.DRIVE_REMOTE if root.upper() == "Z:\\" else 3

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(db_location, "drive_type", drive_type)
    monkeypatch.setattr(db_location, "_absolute", lambda path: PureWindowsPath(str(path)))
    assert db_location.on_network(Path("Z:/账本/firm.sqlite"))
    assert not db_location.on_network(Path("C:/Users/li/firm.sqlite"))
    assert asked == ["Z:\\", "C:\\"]


def test_an_ordinary_local_folder_is_fine(tmp_path) -> None:
    assert db_location.warning(tmp_path / "firm.sqlite") is None


def test_the_second_window_is_told_who_holds_the_database(tmp_path, monkeypatch) -> None:
    db = tmp_path / "firm.sqlite"
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        db_owner.owner_path(db).write_text(json.dumps(
            {"host": db_owner.me().host, "user": "张会计", "pid": holder.pid,
             "started": "2025-10-03T09:15:00"}), encoding="utf-8")
        other = db_owner.claim(db)
        assert other is not None and other.user == "张会计"
        text = other.message.text
        assert "张会计" in text and "2025-10-03 09:15" in text and str(holder.pid) in text
        assert json.loads(db_owner.owner_path(db).read_text(encoding="utf-8"))["user"] == "张会计"
    finally:
        holder.kill()
        holder.wait()
    assert db_owner.claim(db) is None  # its process is gone: stale, taken over
    assert json.loads(db_owner.owner_path(db).read_text(encoding="utf-8"))["pid"] == os.getpid()
    db_owner.release(db)
    assert not db_owner.owner_path(db).exists()


def test_an_owner_on_another_computer_is_believed(tmp_path) -> None:
    db = tmp_path / "firm.sqlite"
    db_owner.owner_path(db).write_text(json.dumps(
        {"host": "front-desk-pc", "user": "王", "pid": 1, "started": "2025-10-03T09:15:00"}))
    other = db_owner.current(db)
    assert other is not None and "front-desk-pc" in other.message.text
    db_owner.release(db)  # not this process's: left in place
    assert db_owner.owner_path(db).exists()


def test_two_imports_at_once_lose_nothing(tmp_path) -> None:
    """Two processes write one database at the same moment: both imports are whole."""
    db = tmp_path / "firm.sqlite"
    connect(db).close()
    files = []
    for month in (3, 4):
        files.append(write_xlsx(tmp_path / f"{month}月.xlsx",
                                {f"{month}月": month_rows(month, 1500)}))
    env = {**os.environ, "TRADETIER_HOME": str(tmp_path)}
    processes = [subprocess.Popen([sys.executable, str(ROOT / "main.py"), "import", "--db",
                                   str(db), str(path)], env=env, cwd=ROOT,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                 for path in files]
    errors = [p.communicate(timeout=180)[1] for p in processes]
    assert [p.returncode for p in processes] == [0, 0], "\n".join(errors)  # whole, not cut
    conn = connect(db)
    try:
        counts = dict(conn.execute("SELECT source_file, COUNT(*) FROM order_lines "
                                   "GROUP BY source_file").fetchall())
        imports = conn.execute("SELECT COUNT(*) FROM imports").fetchone()[0]
    finally:
        conn.close()
    assert counts == {"3月.xlsx": 1500, "4月.xlsx": 1500} and imports == 2


def test_the_command_line_notes_an_unsafe_place(tmp_path) -> None:
    synced = tmp_path / "Dropbox"
    ledger = write_xlsx(tmp_path / "1月.xlsx", {"1月": month_rows(1)})
    env = {**os.environ, "TRADETIER_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "import", "--db",
                           str(synced / "firm.sqlite"), str(ledger)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    assert "Dropbox" in done.stderr and "keeps in sync" in done.stderr
