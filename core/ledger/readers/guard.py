"""Checks made before any reader runs: hostile files are refused before they cost memory.

A zip-based workbook is checked from its directory before any reader unpacks it.

An ``.xlsx`` is a zip archive, and a hostile one can declare gigabytes of XML in a few megabytes
(a "zip bomb") or declare XML entities that expand without end (an "entity bomb"); either would
freeze an office PC inside the reader. So the archive's central directory is read first (the
sizes every member declares, without unpacking anything) and only the first few kilobytes of
each XML part are unpacked, to see whether it declares a DTD. The reader behind (python-calamine)
stops at a member's declared size, so a member cannot unpack to more than it declares here.

The limits, and why (see docs/reliability.md): a genuine 1,000,000-row, 17-column ledger
written by openpyxl declares 712 MB in all and its sheet packs 11.3:1; sheets of
nothing but repeated empty styled rows pack about 20:1. The limits leave room above both.
"""

from __future__ import annotations

import codecs
import re
import struct
import zipfile
import zlib
from pathlib import Path

from core.i18n import N_
from core.ledger.readers.sheets import damaged, password, refusal
from core.messages import Refusal

# Everything the members declare once unpacked, together: about 3x the genuine 1M-row ledger.
MAX_TOTAL_UNPACKED = 2_000_000_000
# Unpacked size / packed size of one member; genuine sheets measure 10-20.
MAX_RATIO = 100
# A member smaller than this unpacked cannot cost memory, whatever its ratio (a column of
# identical cells packs far better than a sheet, and is harmless).
RATIO_FLOOR = 1 << 20
# Members in one archive, and the size of the directory that lists them (a directory of
# millions of entries would itself cost memory to read). Genuine workbooks have a few hundred.
MAX_MEMBERS = 10_000
MAX_DIRECTORY_BYTES = 4 << 20
# How much of each XML part is unpacked to find its root element, and so any DTD before it.
PROLOG_CHUNK = 4096
MAX_PROLOG = 64 << 10

EOCD = b"PK\x05\x06"
ZIP64_LOCATOR = b"PK\x06\x07"
ZIP64_EOCD = b"PK\x06\x06"
EOCD_SEARCH = 65536 + 22
_PROLOG_ITEM = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)
# What a damaged archive raises as it is read: a part's deflated bytes corrupt raise zlib's
# own error ("Error -3 while decompressing data"), which was an unexpected error naming no file
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
              NotImplementedError, RuntimeError, struct.error, zlib.error)


def check_zip(path: Path) -> None:
    """Refuse an archive beyond the limits or with a DTD in any XML part; else return."""
    _check_directory_size(path)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_sizes(path, members)
            for member in members:
                _check_prolog(path, archive, member)
    except Refusal:
        raise
    except ZIP_ERRORS as exc:
        raise damaged(path, exc) from exc


def _check_directory_size(path: Path) -> None:
    """The entry count and directory size from the end record, before zipfile reads it all."""
    with path.open("rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        start = max(size - EOCD_SEARCH, 0)
        handle.seek(start)
        tail = handle.read()
        at = tail.rfind(EOCD)
        if at < 0 or at + 22 > len(tail):
            raise damaged(path, "no end of central directory")
        entries, directory = struct.unpack_from("<HI", tail, at + 10)
        locator = at - 20
        if locator >= 0 and tail[locator:locator + 4] == ZIP64_LOCATOR:
            record, = struct.unpack_from("<Q", tail, locator + 8)
            handle.seek(record)
            zip64 = handle.read(56)
            if zip64[:4] == ZIP64_EOCD and len(zip64) == 56:
                entries, directory = struct.unpack_from("<QQ", zip64, 32)
    if entries > MAX_MEMBERS or directory > MAX_DIRECTORY_BYTES:
        raise _too_many_parts(path, entries)


def _too_many_parts(path: Path, count: int) -> Refusal:
    return refusal("zip_too_many_parts", N_(
        "{file} is an archive of {count} parts, far more than any spreadsheet has (TradeTier "
        "reads {limit} at most); it was not opened, for safety. If it is a genuine ledger, open "
        "it in Excel or WPS, save it again and import the saved copy."),
        path, count=f"{count:,}", limit=f"{MAX_MEMBERS:,}")


def _check_sizes(path: Path, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise _too_many_parts(path, len(members))
    if any(member.flag_bits & 0x1 for member in members):
        raise password(path)
    total = sum(member.file_size for member in members)
    if total > MAX_TOTAL_UNPACKED:
        raise refusal("zip_too_large", N_(
            "{file} would unpack to {size}, more than TradeTier reads from one workbook "
            "({limit}); it may be a \u201czip bomb\u201d rather than a ledger, so it was not "
            "opened. If it is a genuine ledger, split it into smaller files (one per year, for "
            "example) and import those."), path, size=size_text(total),
            limit=size_text(MAX_TOTAL_UNPACKED))
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise refusal("zip_ratio", N_(
                "{file}: its part {part} would unpack to {ratio} times its packed size "
                "({size}), far more than a spreadsheet packs ({limit} times at most); it may be "
                "a \u201czip bomb\u201d, so it was not opened. If the file came from someone "
                "you trust, open it in Excel or WPS, save it again and import the saved copy."),
                path, part=member.filename, ratio=f"{ratio:,.0f}",
                size=size_text(member.file_size), limit=MAX_RATIO)


def _check_prolog(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    """Unpack the start of the part up to its root element; a DTD before it is refused."""
    if member.is_dir() or member.file_size == 0:
        return
    head = b""
    with archive.open(member) as stream:
        while len(head) < MAX_PROLOG:
            chunk = stream.read(PROLOG_CHUNK)
            head += chunk
            verdict = prolog_verdict(head, final=not chunk)
            if verdict == "dtd":
                raise dtd_refusal(path, member.filename)
            if verdict in ("root", "not_xml") or not chunk:
                return
    raise dtd_refusal(path, member.filename)  # an XML start longer than any writer makes


def prolog_verdict(head: bytes, final: bool = False) -> str:
    """not_xml, root (the root element starts with no DTD before it), dtd, or more (read on)."""
    text = _as_text(head).lstrip("\ufeff")
    position = 0
    while (item := _PROLOG_ITEM.match(text, position)) is not None and item.end() > position:
        position = item.end()
    rest = text[position:]
    if not rest:
        return "not_xml" if final else "more"
    if rest[0] != "<":
        return "not_xml"
    if rest[:9].upper() in ("<!DOCTYPE", "<!ENTITY") or rest[:8].upper() == "<!ENTITY":
        return "dtd"
    if len(rest) < 9 and not final:
        return "more"  # perhaps the start of a declaration cut by the chunk
    if rest.startswith(("<?", "<!--")):  # an instruction or comment not closed yet
        return "not_xml" if final else "more"
    return "dtd" if rest.startswith("<!") else "root"


def _as_text(head: bytes) -> str:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="ignore")
    if head[:2] in (b"<\0", b"\0<"):
        return head.decode("utf-16-le" if head[0] == 0x3C else "utf-16-be", errors="ignore")
    return head.removeprefix(codecs.BOM_UTF8).decode("latin-1")


def dtd_refusal(path: Path, part: str) -> Refusal:
    return refusal("xml_dtd", N_(
        "{file}: its part {part} declares a DTD or XML entities, which spreadsheet programs "
        "never write (it is how \u201centity bombs\u201d freeze computers); it was not opened, "
        "for safety. Open the file in Excel or WPS, save it again and import the saved copy."),
        path, part=part)


def check_markup(path: Path, head: bytes, kind: str) -> None:
    """XML Spreadsheet 2003 (or other XML) declaring a DTD, or HTML declaring entities, is
    refused before parsing: no exporter writes either, and both are how entity bombs work."""
    if kind in ("xml2003", "xml", "text") and prolog_verdict(head) == "dtd" or (
            kind == "html" and b"<!entity" in head.lower()):
        raise refusal("xml_dtd", N_(
            "{file} declares a DTD or XML entities, which spreadsheet programs never write (it "
            "is how \u201centity bombs\u201d freeze computers); it was not opened, for safety. "
            "Open it in Excel or WPS, save it as an Excel workbook (.xlsx) and import that "
            "file."), path)


def size_text(size: int) -> str:
    """Bytes as a person reads them: 2.1 GB, 640 MB, 12 KB."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if size >= scale:
            return f"{size / scale:,.1f} {unit}"
    return f"{size} B"
