"""The work the window asks of core, as plain functions the runner runs on its worker.

Each opens the database for itself (``store.opened``) and takes core's ``progress`` and
``cancel`` keywords, so the window never touches the database from the GUI thread and every
function here runs — and is tested — without Qt. Anki keeps its collection operations apart
from its widgets the same way; ``ui.tasks.Runner.run`` wires them to their owner's slots.

The ledger readers are imported by the functions that read ledgers, on the worker: the window
needs only the analysis to show, and loading every reader with it would slow its start.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core import (
    credit_terms,
    database_notices,
    override_changes,
    overrides,
    rates,
    settings_store,
    store,
)
from core.actions.export import export_from
from core.analysis import firm, kept_files, last_table, value
from core.analysis import run as analysis_run
from core.analysis.ahead import Ahead
from core.analysis.ahead import analyse_ahead as analyse_ahead_days
from core.analysis.kept_rows import KeptRows
from core.analysis.last_month_beside import store_apart
from core.analysis.model import Analysis
from core.analysis.movements import History, over_months
from core.analysis.snapshots import month_ends
from core.i18n import current_language
from core.messages import Cancelled, Message, Refusal
from core.progress import CancelFn, ProgressFn, Steps, no_progress
from core.rules import Rules, load_rules

if TYPE_CHECKING:
    from core.analysis.clv import LifetimeValues
    from core.ledger.import_result import FileResult
    from core.ledger.preview import FilePreview

Jobs = list[tuple[Path, dict[str, str] | None]]  # a file and the columns the user chose for it
NOTHING_TO_UNDO = override_changes.NOTHING_TO_UNDO
# The corrections of the customer menu, by name: each takes the connection and the customer.
CHANGES: dict[str, Callable[..., Message]] = {
    "merge": override_changes.merge, "unmerge": override_changes.unmerge,
    "pin": override_changes.pin, "unpin": override_changes.unpin,
    "exclude": override_changes.exclude, "include": override_changes.include,
    "project": override_changes.set_project,
    "limit": credit_terms.set_limit, "limit_clear": credit_terms.clear_limit,
    "insure": credit_terms.insure, "insure_clear": credit_terms.clear_insurance,
    "group": lambda conn, customer, name: credit_terms.group(conn, [customer], name),
    "ungroup": lambda conn, customer: credit_terms.ungroup(conn, [customer])}
Change = tuple[str, tuple[object, ...]]  # a name of CHANGES and its arguments after the customer
# How the Corrections view takes back one override of each kind: a change and its arguments.
REVERTS: dict[str, tuple[str, tuple[object, ...]]] = {
    "merge": ("unmerge", ()), "pin_list": ("unpin", ("list",)), "pin_tier": ("unpin", ("tier",)),
    "exclude": ("include", ()), "project": ("project", (False,)),
    "credit_limit": ("limit_clear", ()), "insure": ("insure_clear", ()), "group": ("ungroup", ())}


@dataclass(frozen=True)
class Analysed:
    """What the window shows: the analysis, the firm's figures, and whether there is data."""

    analysis: Analysis
    report: firm.FirmReport
    has_data: bool
    version: last_table.Version | None = None  # of the database it was made from
    last_change: override_changes.LastChange | None = None  # what Undo would take back


@dataclass(frozen=True)
class StartView:
    """What a database shows until its analysis lands (half a minute at a million orders)."""

    table: last_table.LastTable | None  # the last start's, while it holds (or `outdated`)
    has_orders: bool  # False: the welcome page; True: the tabs, waiting
    rules: Rules


@dataclass
class ImportOutcome:
    """What the worker did: the files it finished, and where the user cancelled, if they did."""

    results: list[FileResult] = field(default_factory=list)
    cancelled_at: Path | None = None


@dataclass(frozen=True)
class StoredSettings:
    """The firm's rules and currency rates as stored, for the settings dialog to edit."""

    values: dict[str, Any]
    rates: list[rates.Rate]


@dataclass(frozen=True)
class RateEdits:
    """The rates page's edits: stored rates to drop, rows (currency, from, value) to write."""

    deleted: tuple[rates.Rate, ...] = ()
    written: tuple[tuple[str, str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.deleted or self.written)


def analyse(db_path: Path, as_of: date | None = None, kept: KeptRows | None = None,
            ahead: Ahead[Analysed] | None = None, *, progress: ProgressFn | None = None,
            cancel: CancelFn | None = None) -> Analysed:
    """The analysis as of a date (None: the latest in the data) and the firm's report;
    `kept`: the window's lines, reused while the database is unchanged; `ahead`: the
    window's analyses kept by date, one taken from there while it holds, a new one kept
    under the language in force as it began (one switched meanwhile is the next's)."""
    language = current_language()
    if ahead is not None and as_of is not None and (made := ahead.get(as_of, language)):
        return made[1]
    with store.opened(db_path) as conn:
        version = last_table.version_of(db_path)  # before the analysis reads
        found = analysis_run.analyse(conn, as_of, Steps(progress, cancel), kept=kept)
        has_data = store.has_orders(conn)
        last = override_changes.last_change(conn)
    result = Analysed(found, firm.report(found), has_data, version, last)
    if ahead is not None and kept is not None:
        ahead.put(version, found, result, kept.lines, language)
    return result


def lines_read(db_path: Path, kept: KeptRows) -> bool:
    """Whether the window's `kept` lines are read, read again first when the database was
    written since, as :func:`analyse` does (a notice taken on opening writes after the
    window's first analysis: the idle steps found the lines stale and gave up till the next
    analysis, fx43f); False for a ledger too big to keep lines for."""
    if kept.current():
        return True
    with store.opened(db_path) as conn:
        return kept.read_again(conn)


def analyse_ahead(db_path: Path, as_of: date, kept: KeptRows, ahead: Ahead[Analysed], *,
                  progress: ProgressFn | None = None,
                  cancel: CancelFn | None = None) -> list[date]:
    """The month ends before `as_of` a clerk is likely to pick next, analysed and kept in
    `ahead`, so picking one shows it at once: the window's idle step after its analysis
    (``Runner.when_idle``), stopped by whatever the user asks. Only while the window's `kept`
    lines are read (read again when the database was written since, as :func:`analyse`
    does: a notice taken on opening writes after the window's first analysis), and room
    allowing (none for a ledger too big to keep lines for); the dates analysed."""
    lines_read(db_path, kept)
    return analyse_ahead_days(
        ahead.wanted(as_of, kept.lines),
        lambda day, steps: analyse(db_path, day, kept, ahead, progress=steps.report,
                                   cancel=steps.cancel),
        Steps(progress, cancel))


def take_notices(db_path: Path, *, progress: ProgressFn | None = None,
                 cancel: CancelFn | None = None) -> list[Message]:
    """What opening the database did to the clerk's customers, taken to be said once."""
    with store.opened(db_path) as conn:
        return database_notices.take(conn)


def start_view(db_path: Path, *, progress: ProgressFn | None = None,
               cancel: CancelFn | None = None) -> StartView:
    """What the window shows while the database is analysed: the customer table the last
    start showed, while it still holds or is stale only by a write since (marked `outdated`:
    an import, a setting or a correction made outside the window); else whether any order is
    in (one index entry read, not the analysis), with the firm's rules."""
    if not Path(db_path).exists():
        return StartView(None, False, Rules.defaults())
    with store.opened(db_path) as conn:
        table = last_table.shown(db_path, conn, outdated=True)
        if table is not None:
            return StartView(table, True, table.rules)
        return StartView(None, store.has_orders(conn), load_rules(conn))


def keep_table(db_path: Path, analysed: Analysed, *, progress: ProgressFn | None = None,
               cancel: CancelFn | None = None) -> bool:
    """The customer table of an analysis at the latest date, kept for the next start; what
    was kept for databases no longer there is let go (once a run of the app, beside)."""
    with store.opened(db_path) as conn:
        kept = last_table.keep(db_path, conn, analysed.version, analysed.analysis)
    kept_files.tidy_in_background()
    return kept


def store_last_month(db_path: Path, as_of: date, kept: KeptRows, *,
                     progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> bool:
    """The snapshot of the month end before `as_of` stored, if missing or stale, so the
    window's first restructuring export of a month reads it (about 0.8 s at 100,000 orders)
    instead of analysing that month end first (5–8 s). The window runs it while the worker
    has nothing else to do (``Runner.when_idle``), in a process of its own
    (``last_month_beside.store_apart``): its Python no longer holds the lock the table's
    clicks need. Whatever the user asks stops it, which leaves nothing stored (a stop during
    the write rolls it back), and it runs again once the worker is idle. Only while the
    window keeps lines (:func:`lines_read`, read again when the database was written since:
    an opening's notices write after the window's first analysis): False, and nothing done,
    for a ledger too big to keep (a second analysis beside the window's would take a
    gigabyte)."""
    if not lines_read(db_path, kept):
        return False
    return store_apart(Path(db_path), as_of, Steps(progress, cancel))


def import_files(db_path: Path, jobs: Jobs, *, progress: ProgressFn | None = None,
                 cancel: CancelFn | None = None) -> ImportOutcome:
    """Each file with its own column choices, one after another.

    Core's ``import_files`` takes one mapping for all its files, but each file here has the
    mapping the user chose for it, so it is called once per file. A cancel ends the current
    file with nothing written (core's guarantee); the files finished before it stay imported,
    and the outcome says so instead of hiding them behind a bare "cancelled".
    """
    from core.ledger import importer  # on the worker: see the module's docstring

    report = progress or no_progress
    outcome = ImportOutcome()
    for number, (path, chosen) in enumerate(jobs):
        def part(fraction: float, message: str, number: int = number) -> None:
            report((number + fraction) / len(jobs), message)

        try:
            outcome.results.extend(importer.import_files(
                db_path, [path], overrides=chosen, progress=part, cancel=cancel))
        except Cancelled:
            outcome.cancelled_at = path
            break
    return outcome


def preview(db_path: Path, path: Path, chosen: dict[str, str] | None = None, *,
            progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> FilePreview:
    """The layout an import of the file would use (a 100,000-row file takes seconds to read).

    A database that does not exist yet is not created just to look at a file.
    """
    from core.ledger.preview import preview_file  # on the worker: see the module's docstring

    with store.opened(db_path if Path(db_path).exists() else ":memory:") as conn:
        return preview_file(conn, path, overrides=chosen, steps=Steps(progress, cancel))


def open_sample(target: Path, folder: Path, *, progress: ProgressFn | None = None,
                cancel: CancelFn | None = None) -> Path:
    """The bundled sample ledgers, imported once into their own database; its path."""
    from core.ledger import importer  # on the worker: see the module's docstring

    with store.opened(target) as conn:
        done = conn.execute("SELECT COUNT(*) FROM imports").fetchone()[0]
    if not done:
        importer.import_files(target, sorted(folder.glob("*.xlsx")), progress=progress,
                              cancel=cancel)
    return target


def apply_override(db_path: Path, change: str, customer: str, *args: object,
                   progress: ProgressFn | None = None, cancel: CancelFn | None = None
                   ) -> Message:
    """One correction of the customer menu (a name of CHANGES); core's word on what it did."""
    with store.opened(db_path) as conn:
        return CHANGES[change](conn, customer, *args)


def apply_overrides(db_path: Path, customer: str, changes: list[Change], *,
                    progress: ProgressFn | None = None, cancel: CancelFn | None = None
                    ) -> list[Message]:
    """Several corrections of one customer (a dialog's limit, insurance and group), each its
    own change to undo; core's word on each."""
    with store.opened(db_path) as conn:
        return [CHANGES[name](conn, customer, *args) for name, args in changes]


def group_customers(db_path: Path, customers: list[str], name: str, *,
                    progress: ProgressFn | None = None, cancel: CancelFn | None = None
                    ) -> Message:
    """Several customers into one group: one change to undo."""
    with store.opened(db_path) as conn:
        return credit_terms.group(conn, customers, name)


def group_names(db_path: Path, *, progress: ProgressFn | None = None,
                cancel: CancelFn | None = None) -> list[str]:
    """The customer groups in force, for the credit dialog's chooser."""
    with store.opened(db_path) as conn:
        return credit_terms.group_names(conn)


def lifetime_values(db_path: Path, analysis: Analysis, *, progress: ProgressFn | None = None,
                    cancel: CancelFn | None = None) -> LifetimeValues[int]:
    """The customers' lifetime values for an analysis on screen, from its own orders; the
    window puts them on its customers (core.analysis.value.put_on) on the GUI thread."""
    with store.opened(db_path) as conn:
        return value.values(conn, analysis.as_of, analysis.rules, analysis.orders, cancel)


def undo_override(db_path: Path, offered: int | None = None, *,
                  progress: ProgressFn | None = None, cancel: CancelFn | None = None
                  ) -> Message:
    """Take back the last correction (the one offered, or nothing), or say there is none."""
    with store.opened(db_path) as conn:
        return override_changes.undo(conn, offered) or NOTHING_TO_UNDO


def corrections(db_path: Path, *, progress: ProgressFn | None = None,
                cancel: CancelFn | None = None) -> list[overrides.OverrideRow]:
    """Every override in force, oldest first, those waiting for their customer included."""
    with store.opened(db_path) as conn:
        return overrides.list_overrides(conn)


def revert_override(db_path: Path, kind: str, customer_key: str, *,
                    progress: ProgressFn | None = None, cancel: CancelFn | None = None
                    ) -> Message:
    """Take back one override, however long ago it was made: unmerge, include again, unpin,
    or judge on the usual window again. The customer is named by its key."""
    change, args = REVERTS[kind]
    with store.opened(db_path) as conn:
        return CHANGES[change](conn, customer_key, *args)


def save_setting(db_path: Path, key: str, value: Any, *, progress: ProgressFn | None = None,
                 cancel: CancelFn | None = None) -> Any:
    """One rule, checked by the registry as the command line checks it; the value stored."""
    with store.opened(db_path) as conn:
        return settings_store.put(conn, key, value)


def load_settings(db_path: Path, *, progress: ProgressFn | None = None,
                  cancel: CancelFn | None = None) -> StoredSettings:
    with store.opened(db_path) as conn:
        return StoredSettings(settings_store.load(conn), rates.list_rates(conn))


def save_settings(db_path: Path, values: dict[str, Any], edits: RateEdits = RateEdits(), *,
                  progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> None:
    """Rules and rates together, all or nothing: one refused value leaves every one as it was."""
    with store.opened(db_path) as conn, store.transaction(conn):
        for key, value in values.items():
            settings_store.put(conn, key, value)
        for old in edits.deleted:
            if old.currency != rates.UNIT:
                with suppress(Refusal):  # already gone: nothing to undo
                    rates.delete_rate(conn, old.currency, old.valid_from)
        for row in edits.written:
            rates.set_rate(conn, *row)


def export_lists(db: Path, analysis: Analysis, kind: str, path: Path,
                 kept: KeptRows | None = None, *, progress: ProgressFn | None = None,
                 cancel: CancelFn | None = None) -> list[Path]:
    """One of the workbooks (stop-loss, restructuring, leap) for an analysis of the database
    at `db`; the files written. The restructuring one reads the month's moves there: last
    month's snapshot is worked out here, from the window's `kept` lines, when it is not yet
    current (:func:`store_last_month` had not finished, or could not run)."""
    return export_from(db, analysis, kind, path, steps=Steps(progress, cancel), kept=kept)


def movements(db: Path, first: date | None, last: date | None, *,
              progress: ProgressFn | None = None, cancel: CancelFn | None = None
              ) -> tuple[History, list[date]]:
    """The moves between these month ends (snapshots computed and kept where missing or out
    of date), and every month end there is."""
    with store.opened(db) as conn:
        return over_months(conn, first, last, Steps(progress, cancel)), month_ends(conn)
