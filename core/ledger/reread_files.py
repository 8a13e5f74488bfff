"""A file read again as it was: the same bytes re-read for a mapping, a sheet or a newer reader.

Since acct53c a file imported before is read again where the columns mapped differ (core.ledger.
importer.import_key): January imported with `--map received_amount=回笼金额`, February's book
correcting B-1 to 5,000 received, then January again with its date column mapped too was taken
as "its month's file sent again" (core.ledger.amended_lines.LaterFiles.newer): its stale 6,000
replaced February's 5,000, and Beta Imports showed 1,000 credit (rv53c 53c). Both files first
imported unmapped, then mapped February before January, did the same.

The same bytes read another way are no clerk's correction of the month: nothing in the file was
changed. Its received figures then leave a later-dated file's as its amounts do, by the one rule
of which file is later (LaterFiles.after), and the report names them as it names an amount kept.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from core.ledger.readers import read_bytes

_READER = ":reader="  # the import key's content hash ends here (core.ledger.importer.import_key)


def content_of(key: str) -> str:
    """The file's content hash in an import key."""
    return key.split(_READER, 1)[0]


def read_again(conn: sqlite3.Connection, name: str) -> bool:
    """Is the last import of `name` (the one being written) the bytes an earlier import of the
    name read, read again another way?"""
    keys = [content_of(str(key)) for (key,) in conn.execute(
        "SELECT content_hash FROM imports WHERE file_name = ? ORDER BY id DESC", (name,))]
    return len(keys) > 1 and keys[0] in keys[1:]


def content_hash(path: Path) -> str:
    """The file's fingerprint; a file Excel holds locked, or a network path gone, is refused
    with what to do (read_bytes says it), before anything else is read."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        read_bytes(path, 1)  # raises the refusal for this error
        raise
    return digest.hexdigest()
