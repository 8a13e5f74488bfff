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
several such paths remain, each is named.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import PurePath


def shortest(path: str, others: Iterable[str]) -> str:
    """The shortest end of `path` (its name, then with its folder, …) that ends none of
    `others`."""
    parts, theirs = PurePath(path).parts, [PurePath(other).parts for other in others]
    for size in range(1, len(parts) + 1):
        end = parts[-size:]
        if all(other[-size:] != end for other in theirs):
            return str(PurePath(*end))
    return path


class FileLabels:
    """The names an import's report gives its own file (:attr:`this`) and other files
    (:meth:`of`)."""

    def __init__(self, conn: sqlite3.Connection, import_id: int) -> None:
        self._conn = conn
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

    def of(self, name: str) -> str:
        """Another file's name (one a line stores), with its folders where the name was
        imported from several paths: each path but this import's."""
        paths = self._paths(name)
        if len(paths) < 2:
            return name
        theirs = [path for path in paths if path != self._path] or paths
        return ", ".join(self._label(name, path) for path in theirs)
