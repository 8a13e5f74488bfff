"""A file as the import report names it: its name, with its folders where the name is shared.

Firms keep one name every month (台账.xlsx in the folders 2025-04, 2025-05): a note naming
only “台账.xlsx” does not say which month's file it means. Where the store holds imports of the
name from more than one path, the file is named by the shortest end of its path that no other
such path shares (2025-04/台账.xlsx, or ledgers-a/2025-04/台账.xlsx beside
ledgers-b/2025-04/台账.xlsx); a name imported from one path only stays the bare name, so every
other firm's report reads as before.

A line stores the name of the file whose row wrote its status (order_lines.status_file), not
its path: another file's name is told apart by the paths it was imported from other than this
import's own (the row that wrote a status this import kept out is no row of this file). Where
several such paths remain, those whose folder names the month the line's status was dated in
(:func:`dated_name`) are named: with three month folders, the kept status of 2025-05/台账.xlsx
was said to be “2025-05/台账.xlsx, 2025-06/台账.xlsx”, every folder but this import's. A month
no folder names leaves each named, as before.

A file whose name names no month is dated by its folder's (:func:`dated_name`, read by
core.ledger.older_status.file_day): 2025-05/台账.xlsx is May's file as 台账 2025-05.xlsx is. Before,
only its rows dated it, and a slow May's file (its rows April's, a late wire of 06-30) was
dated otherwise than its folder says. A folder is no name the clerk gave the file: where its
rows are ordered in the months after the folder's, they date it (older_status.FileStatus).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import PurePath

from core.ledger.tab_month import named_year, sheet_month


def shortest(path: str, others: Iterable[str]) -> str:
    """The shortest end of `path` (its name, then with its folder, …) that ends none of
    `others`."""
    parts, theirs = PurePath(path).parts, [PurePath(other).parts for other in others]
    for size in range(1, len(parts) + 1):
        end = parts[-size:]
        if all(other[-size:] != end for other in theirs):
            return str(PurePath(*end))
    return path


def folder_dated(name: str, path: str | None) -> str:
    """The name a file is dated by: its own where it names a month (台账 2025-05.xlsx, 5月台账
    .xlsx), else its folder's name before it where that names one month (2025-05/台账.xlsx:
    “2025-05 台账.xlsx”), else its own. A folder of a bare number (05) or a range (2025-03_04)
    dates nothing, as a tab of such a name does not."""
    if path is None or sheet_month(name.rsplit(".", 1)[0]) is not None:
        return name
    folder = PurePath(path).parent.name
    month = sheet_month(folder)
    if month is None or month.bare or month.span:
        return name
    return f"{folder} {name}"


def dated_name(conn: sqlite3.Connection, import_id: int) -> str:
    """:func:`folder_dated` of an import's file."""
    [(name, path)] = conn.execute("SELECT file_name, file_path FROM imports WHERE id = ?",
                                  (import_id,))
    return folder_dated(name, path)


def _month(name: str, path: str) -> str | None:
    """The month (YYYY-MM) a file's name or folder names with its year, None for none."""
    named = named_year("", folder_dated(name, path))
    return None if named is None or named.month is None else (
        f"{named.year:04d}-{named.month:02d}")


class FileLabels:
    """The names an import's report gives its own file (:attr:`this`) and other files
    (:meth:`of`)."""

    def __init__(self, conn: sqlite3.Connection, import_id: int) -> None:
        self._conn, self._id = conn, import_id
        [(self._name, path)] = conn.execute(
            "SELECT file_name, file_path FROM imports WHERE id = ?", (import_id,))
        self._path: str | None = path
        self.this = self._label(self._name, path)

    def _paths(self, name: str) -> list[str]:
        return [path for (path,) in self._conn.execute(
            "SELECT DISTINCT file_path FROM imports WHERE file_name = ? AND file_path IS NOT "
            "NULL ORDER BY file_path", (name,))]

    def _label(self, name: str, path: str | None) -> str:
        paths = self._paths(name)
        if path is None or len(paths) < 2:
            return name
        return shortest(path, [other for other in paths if other != path])

    def shown_since(self, name: str, day: str) -> bool:
        """Was `name` imported from another folder after the file of that name whose folder
        names the month of `day` (a month's receipt's day, 本月收款), and before this import?
        One name kept in month folders: April's 台账.xlsx showed March's receipt since, and
        May's is no first showing (core.ledger.counted_receipts). False where no such folder
        is known."""
        imports = self._conn.execute(
            "SELECT id, file_path FROM imports WHERE file_name = ? AND file_path IS NOT NULL "
            "AND id < ? ORDER BY id", (name, self._id)).fetchall()
        wrote = [(number, path) for number, path in imports if _month(name, path) == day[:7]]
        return bool(wrote) and any(number > wrote[-1][0] and path not in (
            wrote[-1][1], self._path) for number, path in imports)

    def of(self, name: str, day: str | None = None) -> str:
        """Another file's name (one a line stores), with its folders where the name was
        imported from several paths: each path but this import's, or of those the ones whose
        folder names the month of `day` (the status day the line keeps of that file: ISO
        first), where any does."""
        paths = self._paths(name)
        if len(paths) < 2:
            return name
        theirs = [path for path in paths if path != self._path] or paths
        if day and len(theirs) > 1:
            theirs = [path for path in theirs if _month(name, path) == day[:7]] or theirs
        return ", ".join(self._label(name, path) for path in theirs)
