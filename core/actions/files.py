"""Writing a set of files all or none: the workbooks of an export, the PDFs of a print run.

A clerk often has last month's list open in Excel or WPS while exporting this month's, and a
disk can fill half-way: each file is written complete under a temporary name beside its
target (same folder, same disk, so the final move is atomic), and only when every one is
ready are they moved into place. A refused, failed or cancelled run leaves the folder as it
was and names the file to close or the disk to free.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path
from typing import BinaryIO

from core.i18n import N_
from core.messages import Refusal

UNWRITABLE = N_("Cannot write {file} ({error}). If the file is open in Excel or WPS, close it "
                "and try again, or choose another place to save it.")

Writer = Callable[[int, BinaryIO], None]  # writes the index-th file's bytes to the handle


def refusal(target: Path, error: OSError) -> Refusal:
    """Why `target` could not be written, in the user's words."""
    if error.errno == errno.ENOSPC:
        return Refusal("disk_full_export", N_(
            "The disk is full, so {file} was not written (an earlier copy of it is left as it "
            "was). Free some space or choose another drive, and try again."), file=str(target))
    return Refusal("export_unwritable", UNWRITABLE, file=str(target),
                   error=error.strerror or type(error).__name__)


def write_all(targets: Sequence[Path], write: Writer,
              ready: Callable[[], None] | None = None) -> list[Path]:
    """Each target written by `write(index, handle)` under a temporary name, then (after
    `ready`, the last chance to cancel) all moved into place. Folders the user typed that do
    not exist yet are made, as Save As would. Only OSErrors become refusals: a cancel or a
    failure inside `write` passes through, with every temporary file removed."""
    temps: list[tuple[Path, Path]] = []
    try:
        for index, target in enumerate(targets):
            if target.is_dir():
                raise refusal(target, IsADirectoryError(errno.EISDIR, "is a folder"))
            temp = target.with_name(f".{target.stem}.{secrets.token_hex(4)}.tmp")
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                with open(temp, "xb") as handle:
                    temps.append((temp, target))
                    write(index, handle)
            except OSError as error:
                raise refusal(target, error) from None
        if ready is not None:
            ready()
        return _move_in(temps)
    finally:
        for temp, _ in temps:
            with suppress(OSError):
                temp.unlink(missing_ok=True)


def _move_in(temps: list[tuple[Path, Path]]) -> list[Path]:
    """Each finished file moved onto its target, the target's earlier copy first set aside
    (a file open in Excel refuses here, before anything has changed) and, should a later file
    be refused, every earlier one put back: the folder is as it was, or all is new."""
    done: list[tuple[Path, Path | None]] = []  # each target moved in, and its earlier copy
    try:
        for temp, target in temps:
            aside = None
            if target.exists():
                aside = target.with_name(f".{target.stem}.{secrets.token_hex(4)}.old")
                _replace(target, aside, target)
            done.append((target, aside))
            _replace(temp, target, target)
    except BaseException:
        for target, aside in reversed(done):
            with suppress(OSError):
                if aside is None:
                    target.unlink(missing_ok=True)
                elif aside.exists():
                    os.replace(aside, target)
        raise
    for _, aside in done:
        if aside is not None:
            with suppress(OSError):
                aside.unlink()
    return [target for target, _ in done]


def _replace(source: Path, destination: Path, target: Path) -> None:
    try:
        os.replace(source, destination)
    except OSError as error:
        raise refusal(target, error) from None
