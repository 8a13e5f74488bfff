"""An analysis the window has replaced, let go a slice at a time on a thread of its own.

Freeing an analysis frees every order, invoice and customer it holds, and CPython does that
in one call that keeps Python's lock to the end: 1.8 s for a million orders, 0.1 s for
100,000, during which the window cannot paint or answer a click (each needs the lock). Emptied
a slice at a time, each slice takes a fraction of a millisecond and the lock changes hands
between them.

Only what nothing else holds is emptied: an analysis still held elsewhere (a dialog, a print
job, the lifetime values being worked out for it) or a list of it held on its own is left
whole, and is freed as before by whoever lets go of it last.
"""

from __future__ import annotations

import sys
import threading

from core.analysis.model import Analysis

# (the list, how many of its items are freed at a time): a slice is freed in one call that
# no other thread can interrupt, so it is kept to a fraction of a millisecond (an order is one
# object, a customer brings its receivables and figures with it). Between slices the lock
# changes hands as it does between any two lines of Python. With slices of 2,000 orders a
# window's paint waited on them for up to a second at a million orders; giving the lock up
# after every slice (time.sleep) made the thread crawl behind the worker for tens of seconds.
SLICES = (("orders", 200), ("customers", 10))


def _references_of_a_local() -> int:
    """What sys.getrefcount says of an object only a local variable holds (it counts its own
    argument, and Python versions differ on whether that is a new reference)."""
    probe = object()
    return sys.getrefcount(probe)


_ALONE = _references_of_a_local()


def let_go(held: list[Analysis]) -> bool:
    """Empty the analysis `held` holds (its one item, taken out of it) a slice at a time, if
    nothing else holds it; whether it was. Each of its lists held elsewhere too is kept whole."""
    analysis = held.pop()
    if sys.getrefcount(analysis) > _ALONE:
        return False
    for name, size in SLICES:
        items = getattr(analysis, name)
        setattr(analysis, name, [])
        if sys.getrefcount(items) > _ALONE:
            continue
        while items:
            del items[-size:]
    return True


def let_go_in_background(held: list[Analysis]) -> threading.Thread:
    """:func:`let_go` on a thread of its own. `held` must be the caller's only way to the
    analysis: a reference kept beside it keeps the analysis whole."""
    thread = threading.Thread(target=let_go, args=(held,), name="tradetier-let-go",
                              daemon=True)
    thread.start()
    return thread
