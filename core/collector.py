"""The cyclic garbage collector held off while an analysis or an import builds its objects.

An analysis makes hundreds of thousands of small objects and no reference cycles: the cyclic
collector would only walk them again and again (a third of the time on a 20,000-customer firm,
and most of a firm report's). An import holds a file's records, orders and line keys the same
way (about a tenth of a 100,000-row import). Reference counting still frees everything as
usual.

Re-enabling the collector is not the end of it: every object made meanwhile is still in its
youngest generation, so the first allocation after would walk them all at once (0.7 s for a
100,000-line analysis). Leaving, the outermost pause therefore moves what exists out of the
collector's reach (``gc.freeze``): the analysis it made is freed by reference counting when it
is replaced, like everything else. The next pause hands the frozen objects back to the oldest
generation (``gc.unfreeze``), so a cycle made elsewhere meanwhile is still collected there, by
a full collection, which Python runs rarely.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    if enabled:
        gc.unfreeze()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.enable()
