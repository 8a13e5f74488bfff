"""Reading gettext .po sources and writing .mo catalogs.

The project ships its translations as .po sources and compiles them at build time; GNU gettext's
``msgfmt`` is not on a Windows office PC nor on CI, so this small compiler does the job in pure
Python. Only what the project's catalogs use is supported: msgctxt-free entries, singular or
with plural forms (``msgid_plural``, ``msgstr[n]``; stored as gettext's .mo does, the forms
joined by NUL, so :mod:`gettext`'s ``ngettext`` reads them).
"""

from __future__ import annotations

import ast
import struct
from pathlib import Path

PLURAL = "\0"  # between a message's singular and plural, and between its translated forms


def parse_po(text: str, source: str = "<po>") -> dict[str, str]:
    """Return msgid -> msgstr for every entry (the header entry with msgid "" included)."""
    entries: dict[str, str] = {}
    msgid: list[str] | None = None
    msgstr: list[str] | None = None
    current: list[str] | None = None

    def flush() -> None:
        if msgid is not None and msgstr is not None:
            key = "".join(msgid)
            if key in entries and key:
                raise ValueError(f"{source}: duplicate msgid {key!r}")
            entries[key] = "".join(msgstr)

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("msgid "):
            flush()
            msgid, msgstr = [_unquote(line[6:], source, number)], None
            current = msgid
        elif line.startswith("msgid_plural ") and msgid is not None and msgstr is None:
            msgid += [PLURAL, _unquote(line[13:], source, number)]
            current = msgid
        elif line.startswith("msgstr ") or line.startswith("msgstr["):
            keyword, _, value = line.partition(" ")
            if keyword in ("msgstr", "msgstr[0]") or msgstr is None:
                msgstr = [_unquote(value, source, number)]
            else:
                msgstr += [PLURAL, _unquote(value, source, number)]
            current = msgstr
        elif line.startswith('"') and current is not None:
            current.append(_unquote(line, source, number))
        else:
            raise ValueError(f"{source}:{number}: cannot read {raw!r}")
    flush()
    return entries


def _unquote(token: str, source: str, number: int) -> str:
    token = token.strip()
    if not (token.startswith('"') and token.endswith('"')):
        raise ValueError(f"{source}:{number}: expected a quoted string")
    return ast.literal_eval(token)


def quote(text: str) -> str:
    """Quote a string for a .po file (used by tools that write catalogs)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def mo_bytes(catalog: dict[str, str]) -> bytes:
    """Serialise a catalog in the GNU .mo format that :mod:`gettext` reads."""
    items = sorted((k.encode("utf-8"), v.encode("utf-8")) for k, v in catalog.items() if v)
    count = len(items)
    ids_offset = 7 * 4
    strs_offset = ids_offset + count * 8
    data_offset = strs_offset + count * 8
    id_table, str_table, blob = [], [], b""
    for key, _ in items:
        id_table.append((len(key), data_offset + len(blob)))
        blob += key + b"\0"
    for _, value in items:
        str_table.append((len(value), data_offset + len(blob)))
        blob += value + b"\0"
    header = struct.pack("<7I", 0x950412DE, 0, count, ids_offset, strs_offset, 0, 0)
    tables = b"".join(struct.pack("<2I", *pair) for pair in id_table + str_table)
    return header + tables + blob


def load_catalog(folder: Path) -> dict[str, str]:
    """Merge every .po file of one language folder into one catalog; the headers' fields
    merged too, so the one file that says the language's plural forms says them for all."""
    merged: dict[str, str] = {}
    header = ["Content-Type: text/plain; charset=UTF-8\n"]
    for path in sorted(folder.glob("*.po")):
        for key, value in parse_po(path.read_text(encoding="utf-8"), str(path)).items():
            if not key:
                header += [f for f in value.splitlines(keepends=True) if f not in header]
                continue
            if key in merged:
                raise ValueError(f"{path}: msgid {key!r} is already in another file")
            merged[key] = value
    merged[""] = "".join(header)
    return merged
