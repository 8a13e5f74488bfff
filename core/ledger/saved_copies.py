"""Two copies of one file's name, the one imported later saved earlier: named in its report.

March's book (台账 2025-03.xlsx) typed MT-1's 4,500 as 45,000; the clerk corrected it and sent
it again under the same name. The corrected copy imported first and the typo's copy second (an
older e-mail's attachment, a folder copied back), the older copy's figures were taken as the
month sent again: 5,000 open where 45,500 is, the report naming the figures it corrected
(core.ledger.resent_figures). Nothing in the rows says which copy came first; the workbook
says when it was last saved (docProps/core.xml, dcterms:modified, written by Excel and WPS on
each save; never the file system's time, which a copy or a download sets). No rule is made of
it: a workbook opened and saved again unchanged reads the newer, and a program writing .xlsx
may leave it out. But where a file sent again corrected figures and its workbook was saved
before the copy of its name imported earlier, the report says so, both times named, so the
clerk can import the right copy again (ord43). Each import keeps its workbook's time in its
result (``saved``), so the next copy of its name is weighed against it.
"""

from __future__ import annotations

import re
import sqlite3
import zipfile
import zlib
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from core.i18n import NP_
from core.ledger.resent_figures import Corrected, corrected_messages
from core.messages import Message

_MODIFIED = re.compile(rb"<dcterms:modified[^>]*>\s*([^<]+?)\s*</dcterms:modified>")
# the workbook's times kept by the earlier imports of the same name, the latest first
_BEFORE = ("SELECT json_extract(result, '$.saved') FROM imports WHERE file_name = ? AND id <> ? "
           "AND json_extract(result, '$.saved') IS NOT NULL ORDER BY id DESC")


def workbook_saved(path: Path) -> str | None:
    """When a workbook (.xlsx, .xlsm) says it was last saved, as written (ISO, UTC); None
    where it is no such workbook or says nothing."""
    try:
        with zipfile.ZipFile(path) as book:
            found = _MODIFIED.search(book.read("docProps/core.xml"))
    except (OSError, KeyError, zipfile.BadZipFile, zlib.error):  # its part damaged
        return None
    return found[1].decode("ascii", "replace") if found else None


def _when(text: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(text).replace("Z", "+00:00")) if text else None
    except ValueError:
        return None


def saved_copy(conn: sqlite3.Connection, path: Path, import_id: int, file: str,
               corrected: Sequence[Corrected]) -> tuple[str | None, list[Message]]:
    """The workbook's time to keep with this import, and its notes: the figures this file
    (`file`: as the report names it), sent again, `corrected` (core.ledger.resent_figures),
    and where it changed any though it was saved before the copy of its name imported earlier,
    that too (its higher figures then named with the others: the typo's 45,000 where the
    corrected copy said 4,500 came before it, not since)."""
    saved = workbook_saved(path)
    if not corrected:
        return saved, []
    # the latest earlier copy saying when it was saved (fx43c: a copy between saying none, or
    # no time read, hid the copy saved after this one)
    mine = _when(saved)
    theirs = next(filter(None, (_when(when) for (when,) in conn.execute(
        _BEFORE, (path.name, import_id)))), None)
    if mine is None or theirs is None or mine.tzinfo != theirs.tzinfo or mine >= theirs:
        return saved, corrected_messages(file, corrected, False)
    return saved, [*corrected_messages(file, corrected, True), Message(
        "older_copy_corrected", NP_(
        "“{file}” looks the older copy of its name: its workbook was last saved {saved}, the "
        "copy imported before it {before} (UTC, as the workbooks say), yet it changed {count} "
        "received figure (named above). If the copy imported before is the right one, import "
        "it again.",
        "“{file}” looks the older copy of its name: its workbook was last saved {saved}, the "
        "copy imported before it {before} (UTC, as the workbooks say), yet it changed {count} "
        "received figures (named above). If the copy imported before is the right one, import "
        "it again."), {"count": len(corrected), "file": file,
                       "saved": f"{mine:%Y-%m-%d %H:%M}", "before": f"{theirs:%Y-%m-%d %H:%M}"})]
