"""The progress line the commands show on a terminal, and the blanking that takes it away
before their report, written once for import, export and movements."""

from __future__ import annotations

from typing import TextIO

from core.progress import ProgressFn

WIDTH = 50  # the message's characters; the fraction and a space go before it


def printer(err: TextIO) -> ProgressFn | None:
    """'  42.0% Reading 3月' rewritten in place on a terminal; nothing when err is a file or a
    pipe (a log would fill with carriage returns)."""
    if not err.isatty():
        return None

    def show(fraction: float, message: str) -> None:
        err.write(f"\r{fraction:6.1%} {message[:WIDTH]:<{WIDTH}}")
        err.flush()

    return show


def clear(err: TextIO) -> None:
    """Blank the line, so what the command writes next starts at its beginning."""
    err.write("\r" + " " * (WIDTH + 10) + "\r")
