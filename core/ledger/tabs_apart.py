"""A big workbook's tabs read in a process of their own, in order, while the import takes them.

A tab's reading (calamine's parse, its layout, its rows turned into records) depends on nothing
the import has taken from earlier tabs but the day-month order the first settled, and nothing
of the store. In one process it shared one core's Python with the taking of the tabs before it
and the write's: a 100k first import ran ~4.4 s of Python on the import's thread (its tabs'
`read_records` 1.27 s of it, perf49p). Here the import reads the first :func:`head` tabs
itself, as before, while another process starts, opens the workbook again
(:attr:`WorkbookStream.again`) at the tab after them and hands over, tab by tab in order,
what the import's own loop would have made of each (core.ledger.file_reader): an unreadable
sheet as the reader gave it, a tab's layout or why it is passed over or the file refused, the
names its customer codes are written beside (customer_codes.add_codes reads its cells) and
its records, the cells let go as `read_records` lets them go. The import takes each as it did
its own. The day-month order the tabs before settled is told to the other process before it
reads its first tab's dates (as soon as a tab settles one: it is the file's from then on).

- Only a file read by calamine whose size is in :data:`APART_BYTES`: a process costs its
  start (an interpreter and the reading's modules, ~0.3 s of the other core), which a small
  file's reading does not earn back; and the other process's memory (~130 MB at a million
  rows: its interpreter, calamine's shared strings, the tabs read ahead) is beside the
  import's, which holds the file's records until it is written: at a million rows the two
  together reached 1,036,544 KB, over the gigabyte the import is kept under (issue 11), so
  a file that big is read as before, in the import's own process.
- ``spawn`` as everywhere (core.analysis.last_month_beside); a frozen build's copy started so
  runs :func:`read_tabs_asked` from ``multiprocessing.freeze_support()`` (main.py).
- It is started as the import begins (:func:`started_early`), before the store is opened and
  the file hashed, where the file's size and first bytes say it may be wanted: its start
  (~0.25 CPU s: an interpreter, the reading's modules) runs while the import waits on the
  disk, and its work is sent once the import has opened the workbook (perf57b).
- Its tabs are sent from a thread of their own, at most :data:`AHEAD` of them waiting to be
  taken (packed: ~0.8 MB a tab of 4,200 rows), so it goes on reading while the import reads
  its first tabs itself.
- Whatever becomes of the other process (it could not start, it died, it met an error the
  import's loop would have met as a traceback or a refusal of its own), the import reads the
  file again in its own process from the start (:class:`TabsLost`), as it always did: the
  user hears what that reading says, never of the other process.
- A cancel, a refusal or an error of the import's own ends the other process (it stops at
  its next send, or within STOP_GRACE is terminated; then waited for) before the reading
  returns: none is left running after an import.
"""

from __future__ import annotations

import marshal
import multiprocessing
import pickle
import queue
import threading
from collections.abc import Callable, Generator, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path

from core.collector import collector_paused
from core.helper_process import leave_after
from core.ledger.customer_codes import Codes, SheetCodes, add_codes
from core.ledger.layout import PassedSheet, SheetLayout
from core.ledger.readers import UnreadableSheet, WorkbookStream
from core.ledger.readers.sheets import RawSheet, clip_merged
from core.ledger.rows import SheetRecords, read_records
from core.ledger.unsent_lots import dated_elsewhere, unsent_lots
from core.ledger.workbook_layouts import tab_layout
from core.messages import Refusal

# The file sizes at which a workbook's tabs are read apart (perf51: the 10k bench ledger, 1 MB,
# took 0.45 s longer so, a 30k of 3 MB as long, the 100k of 9.8 MB 17 % less; the 1M's 100 MB
# had the two processes' memory together over a gigabyte)
APART_BYTES = range(4_000_000, 50_000_000)
WAIT_STEP = 0.1  # seconds between looks at the cancel check while the next tab is read
# how long the other process may take to leave once the import stops listening (it lets go
# of its workbook at its next send) before it is ended outright
STOP_GRACE = 0.5
HEAD_SHARE = 0.25  # of a workbook's tabs read by the import itself, while the other starts
AHEAD = 8  # tabs the other process may have read before the import takes them


class TabsLost(Exception):
    """The other process ended or failed before it gave every tab: read the file here."""


@dataclass
class ReadTab:
    """A readable tab as the other process read it: its `layout` (or why it is passed over,
    or the refusal its headers make; None once an earlier tab refused the file), the names
    beside its customer codes and its records."""

    name: str
    layout: SheetLayout | PassedSheet | Refusal | None
    codes: Codes = field(default_factory=dict)
    records: SheetRecords | None = None
    rows: SheetCodes = field(default_factory=lambda: SheetCodes({}, {}))  # (code_split)


Tab = ReadTab | UnreadableSheet


def worth(stream: WorkbookStream) -> bool:
    """Is the file read by calamine, and big enough for its tabs to be read apart?"""
    try:
        return stream.again is not None and stream.stop is not None \
            and head(stream.count) < stream.count and stream.path.stat().st_size in APART_BYTES
    except OSError:
        return False


def head(count: int) -> int:
    """How many of a workbook's tabs the import reads itself, first, while the other process
    starts and reads the rest: about the share that has both done together."""
    return max(1, round(count * HEAD_SHARE))


def read_tabs(out: Connection, told: Connection, again: Callable[..., WorkbookStream],
              tabs: tuple[int, int], only_sheet: str | None, overrides: Mapping[str, str],
              remembered: Mapping[str, dict[str, int]], base_currency: str,
              date_order: str) -> None:
    """In the other process: the workbook's tabs from `tabs[0]` to before `tabs[1]` read and
    sent in order, after their count; `told` gives the day-month order the tabs before them
    settled ("" where none did). Silent whatever happens: the import reads the file itself
    (core.helper_process.leave_after). The cyclic collector is held off as in the import's
    own process (core.collector: the tabs' rows and records by the hundred thousand, no
    cycle; it walked them some 600 times at 100k rows, perf53)."""
    leave_after(partial(_read_tabs, out, told, again, tabs, only_sheet, overrides, remembered,
                        base_currency, date_order))


def _read_tabs(out: Connection, told: Connection, again: Callable[..., WorkbookStream],
               tabs: tuple[int, int], only_sheet: str | None, overrides: Mapping[str, str],
               remembered: Mapping[str, dict[str, int]], base_currency: str,
               date_order: str) -> None:
    stream = again(tabs=tabs)
    try:
        with collector_paused(), _Sender(out) as send:
            send(pickle.dumps(stream.count))
            _read_each(send, told, stream, only_sheet, overrides, remembered, base_currency,
                       date_order)
    finally:
        stream.close()


class _Sender:
    """The tabs sent from a thread of their own, up to AHEAD of them waiting: the import
    takes none while it reads the first tabs itself, and this process goes on meanwhile."""

    def __init__(self, out: Connection) -> None:
        self.out, self.waiting = out, queue.Queue[bytes | None](AHEAD)
        self.failed = threading.Event()
        self.thread = threading.Thread(target=self._run, name="tradetier-tabs-send")

    def __enter__(self) -> Callable[[bytes], None]:
        self.thread.start()
        return self.send

    def __exit__(self, *exc: object) -> None:
        self.send(None)
        self.thread.join()
        self.out.close()

    def send(self, data: bytes | None) -> None:
        while not self.failed.is_set():
            try:
                self.waiting.put(data, timeout=WAIT_STEP)
                return
            except queue.Full:
                continue
        raise TabsLost  # the import stopped listening: its workbook let go, and leave

    def _run(self) -> None:
        try:
            while (data := self.waiting.get()) is not None:
                self.out.send_bytes(data)
        except OSError:
            self.failed.set()


def _read_each(send: Callable[[bytes], None], told: Connection, stream: WorkbookStream,
               only_sheet: str | None, overrides: Mapping[str, str],
               remembered: Mapping[str, dict[str, int]], base_currency: str,
               date_order: str) -> None:
    """What core.ledger.file_reader's loop makes of each tab before taking it, the date
    order its first tab to settle one settles carried to the next as that loop carries it."""
    refused = False
    settled: str | None = None  # as the tabs before these left it, once told
    for raw in stream.sheets:
        if isinstance(raw, UnreadableSheet) or refused:
            send(_packed(raw if isinstance(raw, UnreadableSheet) else ReadTab(raw.name, None)))
            continue
        raw.merged = clip_merged(raw.merged, len(raw.rows))
        try:
            layout = tab_layout(raw, remembered, overrides, only_sheet, stream.path.name)
        except Refusal as refusal:
            refused = True
            send(_packed(ReadTab(raw.name, refusal)))
            continue
        if isinstance(layout, PassedSheet):
            raw.rows = []
            send(_packed(ReadTab(raw.name, layout)))
            continue
        codes: Codes = {}
        rows = add_codes(codes, layout)  # before its rows are read: their cells are let go then
        if settled is None:
            settled = pickle.loads(told.recv_bytes())  # noqa: S301 - the import's own
        dated = dated_elsewhere(layout)  # (ETD beside 出货日期) so too
        records = read_records(layout, base_currency, settled or date_order)
        records.records = unsent_lots(records.records, dated)  # as file_reader's
        settled = settled or records.date_order
        send(_packed(ReadTab(raw.name, layout, codes, records, rows)))


def _packed(tab: Tab) -> bytes:
    """A tab pickled, its records marshalled apart (tuples of plain values, some 40 a row:
    marshal's are the cheapest to make and read)."""
    records = tab.records if isinstance(tab, ReadTab) else None
    rows = b""
    if records is not None:
        rows, records.records = marshal.dumps(records.records), []
    return pickle.dumps((tab, rows), pickle.HIGHEST_PROTOCOL)


def _received(data: bytes) -> Tab:
    tab, rows = pickle.loads(data)  # noqa: S301 - this import's own other process
    if isinstance(tab, ReadTab) and tab.records is not None:
        tab.records.records = marshal.loads(rows)  # noqa: S302 - its own, as above
    return tab


class _Helper:
    """The other process and its three pipes: its tabs, the day-month order told it, and the
    work it is asked (read_tabs' arguments, sent once the import has opened the workbook)."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.mine, theirs = context.Pipe(duplex=False)
        asked, self.tell = context.Pipe(duplex=False)
        given, self.ask = context.Pipe(duplex=False)
        self.process = context.Process(target=read_tabs_asked, args=(theirs, asked, given),
                                       daemon=True, name="tradetier-tabs")
        try:
            self.process.start()
        except OSError as exc:
            self.end()
            raise TabsLost from exc
        finally:
            for end in (theirs, asked, given):
                end.close()

    def end(self, grace: float = STOP_GRACE) -> None:
        """Its pipes closed (its next send fails: it lets its workbook go, a copy, and leaves;
        never asked, it leaves as it reads its work); waited for, ended after `grace`."""
        for end in (self.mine, self.tell, self.ask):
            end.close()
        if self.process.pid is not None:
            self.process.join(grace)
            if self.process.is_alive():
                self.process.terminate()
            self.process.join()


def read_tabs_asked(out: Connection, told: Connection, given: Connection) -> None:
    """In the other process, started before the import knows its work: :func:`read_tabs` of
    the arguments `given` sends; none (the file wanted no second process) and it leaves."""
    def work() -> None:
        try:
            asked = pickle.loads(given.recv_bytes())  # noqa: S301 - the import's own
        except (EOFError, OSError):
            return
        finally:
            given.close()
        _read_tabs(out, told, *asked)

    leave_after(work)


_EARLY: dict[Path, _Helper] = {}  # per file, the other process started as the import began


def likely(path: Path) -> bool:
    """Might the file's tabs be read apart (:func:`worth`), by its size and its first bytes
    alone: a workbook calamine reads (a zip's, an OLE file's) of a size in APART_BYTES?"""
    try:
        with path.open("rb") as file:
            return file.read(4) in (b"PK\x03\x04", b"\xd0\xcf\x11\xe0") \
                and path.stat().st_size in APART_BYTES
    except OSError:
        return False


@contextmanager
def started_early(path: Path | None) -> Iterator[None]:
    """The other process started now, before the store is opened and the file hashed, where
    the file may want it (:func:`likely`): its interpreter and modules (~0.25 CPU s) load on
    the other core while the import opens the store and waits on the disk, which it did after
    them (perf57b). :func:`tabs_apart` takes it; one not taken (a file imported already, or
    refused, or of one tab) is ended as the block is left, never left running. A block for
    a file one was started for already takes that one over: ended as this block is left."""
    helper = _EARLY.get(path) if path is not None else None
    if path is not None and helper is None and likely(path):
        with suppress(TabsLost):  # started as before, or the file read here: tabs_apart says
            helper = _EARLY[path] = _Helper()
    try:
        yield
    finally:
        if path is not None and helper is not None and _EARLY.get(path) is helper:
            del _EARLY[path]
            helper.end(0)


def tabs_apart(stream: WorkbookStream, only_sheet: str | None, overrides: Mapping[str, str],
               remembered: Mapping[str, dict[str, int]], base_currency: str,
               date_order: str, carried: Callable[[], str],
               waiting: Callable[[int], object]) -> Generator[RawSheet | Tab]:
    """The stream's tabs in order: the first :func:`head` of them read here (raw, as the
    workbook gives them), the others as the other process reads them (the one
    :func:`started_early` for the file, else one started now). `carried`: the day-month
    order the tabs taken so far settled, told to the other process once it is known for its
    first tab; `waiting` is called with the tab's number every WAIT_STEP while the other
    reads it (the cancel check: it raises Cancelled). Closing the iterator (the import done,
    refused, cancelled) ends the other process. TabsLost where it cannot start, or ends
    before its last tab."""
    assert stream.again is not None  # worth() asked
    first = head(stream.count)
    helper = _EARLY.pop(stream.path, None) or _Helper()
    mine, tell = helper.mine, helper.tell
    try:
        try:
            helper.ask.send_bytes(pickle.dumps((
                stream.again, (first, stream.count), only_sheet, dict(overrides),
                dict(remembered), base_currency, date_order)))
        except OSError as exc:
            raise TabsLost from exc
        told = ""
        assert stream.stop is not None  # as `again`: a workbook read by calamine
        stream.stop(first)
        for raw in stream.sheets:
            yield raw
            told = told or carried()
            if told:  # settled for good: the other may read its tabs' dates now
                _tell(tell, told)
                break
        yield from stream.sheets  # the rest of the first tabs, told already
        if not told:
            _tell(tell, told)
        if _next(mine, waiting, first) != pickle.dumps(stream.count - first):
            raise TabsLost  # another file there now
        for number in range(first, stream.count):
            yield _received(_next(mine, waiting, number))
    finally:
        helper.end()


def _tell(tell: Connection, order: str) -> None:
    try:
        tell.send_bytes(pickle.dumps(order))
    except OSError as exc:
        raise TabsLost from exc


def _next(mine: Connection, waiting: Callable[[int], object], number: int) -> bytes:
    """The other process's next message; TabsLost if it ended without one."""
    while not mine.poll(WAIT_STEP):
        waiting(number)
    try:
        return mine.recv_bytes()
    except (EOFError, OSError) as exc:
        raise TabsLost from exc
