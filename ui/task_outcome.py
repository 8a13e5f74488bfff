"""What a task's work comes to (ui.tasks): its outcome, a failure for the error dialog, and
how quickly the GUI thread takes Python's lock back from a busy worker."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.messages import Cancelled, Refusal
from core.progress import SWITCH_INTERVAL  # the GUI thread's wait for a busy worker's lock

log = logging.getLogger("tradetier")


@dataclass
class Failure:
    """What went wrong, for the error dialog: the user's text and the details to copy."""

    text: str
    details: str
    refusal: bool  # a refused request (bad input), not a bug
    code: str = ""  # the refusal's code: the window tells a damaged or busy database by it


def share_the_gil() -> None:
    """Let the GUI thread take Python's lock from a busy worker quickly (the app, not the
    command line: only the window has a thread that must answer at once)."""
    sys.setswitchinterval(SWITCH_INTERVAL)


# What a thread that ended without an outcome reports (something beyond Exception escaped the
# work): a cancel, so the owner's buttons come back and nobody is told of a result.
NO_OUTCOME: tuple[str, object] = ("cancelled", None)


def outcome_of(work: Callable[..., Any], progress: Callable[[float, str], None],
               cancel: Callable[[], bool]) -> tuple[str, object]:
    """A refusal is the user's mistake and shown as it is; anything else is a bug, logged in
    full, and the user sees its type and text with the details to copy."""
    try:
        result = work(progress=progress, cancel=cancel)
    except Cancelled:
        return "cancelled", None
    except Refusal as refusal:
        return "failed", Failure(refusal.text, refusal.code, True, refusal.code)
    except Exception as error:  # noqa: BLE001 - reported to the user, logged in full
        log.exception("task failed")
        return "failed", Failure(f"{type(error).__name__}: {error}", traceback.format_exc(), False)
    return "succeeded", result
