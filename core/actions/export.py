"""Writing the action-list workbooks: the owner's copy, or one file per salesperson.

A target can be open in Excel or WPS (Windows then refuses to replace it), in a folder that
is gone, or read-only. Every file is first written in full under a temporary name beside its
target and only then moved over it, so a failure or a cancel never leaves a half-written
workbook behind, and the user is told which file to close.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import BinaryIO

from core.actions import leap, plans, restructuring, stop_loss
from core.actions.cell_looks import plain_letters
from core.actions.cell_xml import plain_cells
from core.actions.files import write_all
from core.actions.workbook import Document, build
from core.analysis.kept_rows import KeptRows
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.movements import LastMonth, Period, this_month
from core.analysis.names import receipts_label
from core.analysis.salespeople import spellings
from core.i18n import N_, NP_, money_text, tr
from core.ledger.normalise import customer_key, plain_name
from core.progress import Steps, stoppable
from core.store import connect

Builder = Callable[[Analysis, str | None, list[str] | None], Document]
UNASSIGNED = N_("Unassigned")
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}


def salesperson_key(c: CustomerMetrics) -> str:
    """The salesperson a customer belongs to; '' for a customer nobody owns. Names are
    compared as customer names are (core.ledger.normalise.customer_key): "li lei" and
    "Ｌｉ Ｌｅｉ" are how a clerk types Li Lei, "张 伟" or 张伟 pasted from a chat with a
    right-to-left mark is 张伟, and 张伟's copy holds those customers too."""
    return customer_key(c.salesperson or "")


def belongs_to(c: CustomerMetrics, salesperson: str | None) -> bool:
    """Is the customer this salesperson's (however either spells the name)? '' or None: is
    it nobody's."""
    return salesperson_key(c) == customer_key(salesperson or "")


def salespeople(analysis: Analysis) -> list[str]:
    """Every salesperson with customers in the analysis (salespeople_of)."""
    return salespeople_of(analysis.customers)


def salespeople_of(customers: list[CustomerMetrics]) -> list[str]:
    """Every salesperson with customers, by name, the unassigned ('') last: each once, as most
    of their customers spell them (on a tie, the spelling that sorts first)."""
    names = spellings(c.salesperson for c in customers)
    return sorted((names[key] for key in names if key), key=str.casefold) + (
        [""] if "" in names else [])


def salesperson_label(salesperson: str | None) -> str:
    return plain_name(salesperson or "") or tr(UNASSIGNED)


def for_salesperson(analysis: Analysis, salesperson: str | None) -> Analysis:
    """Only this salesperson's customers, without the firm-wide shape and notes that would
    reveal the others; the warnings every copy carries at its top stay."""
    return replace(analysis, customers=[c for c in analysis.customers
                                        if belongs_to(c, salesperson)], shape=[],
                   notes=list(analysis.warnings))


# The workbooks whose salesperson copies go with the chat lines: the lines announce the
# stop-loss lists (holds, follow-ups, key accounts), which a restructuring or leap copy is not.
CHAT_KINDS = ("stop-loss",)


def chat_summary(analysis: Analysis, salesperson: str | None) -> str:
    """Three plain lines a salesperson's list can be announced with in a chat."""
    mine = for_salesperson(analysis, salesperson)
    hold = stop_loss.members(mine, "black")
    watch = stop_loss.members(mine, "watch")
    white = stop_loss.members(mine, "white")
    currency = analysis.base_currency
    first = tr(N_("{name} – {date}: {hold} on hold ({overdue} overdue), {watch} to follow "
                  "closely, {white} key accounts"),
               name=salesperson_label(salesperson), date=analysis.as_of.isoformat(),
               hold=len(hold), overdue=money_text(
                   currency, sum(c.overdue_amount for c in hold)),
               watch=len(watch), white=len(white))
    owing = stop_loss.collect_first(mine)[:3]
    if owing:
        second = tr(N_("Collect first: {customers}"), customers=plans.join([
            tr(NP_("{customer} ({amount}, {days} day)",
                   "{customer} ({amount}, {days} days)", by="days"),
               customer=plain_letters(c.customer),  # as the PDF sent beside it names it
               amount=money_text(currency, c.overdue_amount), days=c.max_days_overdue)
            for c in owing]))
    else:
        second = tr(N_("Nothing overdue to collect."))
    third = tr(N_("{receipts} {date}; supply holds wait for the owner's confirmation."),
               receipts=receipts_label(), date=analysis.receipts_date.isoformat())
    return "\n".join((first, second, third))


FILE_NAMES = {"stop-loss": N_("stop-loss_{date}.xlsx"),
              "restructuring": N_("restructuring_{date}.xlsx"), "leap": N_("leap_{date}.xlsx")}


def default_filename(kind: str, as_of: date) -> str:
    """止损名单_2025-12-31.xlsx / stop-loss_2025-12-31.xlsx, in the language in force."""
    return tr(FILE_NAMES[kind], date=as_of.isoformat())


def _file_name(text: str) -> str:
    """A name Windows accepts as part of a file name."""
    name = _UNSAFE_NAME.sub("_", text).strip(" .") or "_"
    return f"_{name}" if name.upper() in _RESERVED else name


def write_documents(jobs: list[tuple[Path, Document]], steps: Steps | None = None) -> list[Path]:
    """Build and save every workbook, then move them into place; all or, on a cancel or a
    build failure, none. A target refused at the last step names that file."""
    steps = steps or Steps(None, None)

    def save(index: int, handle: BinaryIO) -> None:
        target, doc = jobs[index]
        part = steps.sub(index / len(jobs), (index + 1) / len(jobs))
        part.report(0.0, tr(N_("Writing {file}"), file=target.name))
        workbook = build(doc, part.sub(0.0, 0.9))
        with plain_cells():
            workbook.save(handle)

    return write_all([target for target, _ in jobs], save, lambda: steps.report(
        1.0, tr(N_("Saving the workbook"))))  # the last chance to cancel


def _export(analysis: Analysis, path: Path | str, builder: Builder, by_salesperson: bool,
            steps: Steps | None, chat: bool) -> list[Path]:
    path = Path(path)
    if not by_salesperson:
        return write_documents([(path, builder(analysis, None, None))], steps)
    jobs, used = [], set()
    suffix = path.suffix or ".xlsx"
    for key in salespeople(analysis):
        label = salesperson_label(key)
        name = f"{path.stem}_{_file_name(label)}"
        while name.casefold() in used:
            name += "_"
        used.add(name.casefold())
        extra = chat_summary(analysis, key).splitlines() if chat else []
        jobs.append((path.with_name(name + suffix),
                     builder(for_salesperson(analysis, key), label, extra)))
    return write_documents(jobs, steps) if jobs else []


def export_stop_loss(analysis: Analysis, path: Path | str, *, by_salesperson: bool = False,
                     steps: Steps | None = None) -> list[Path]:
    """The stop-loss workbook at path, or one per salesperson beside it; the files written."""
    return _export(analysis, path, stop_loss.document, by_salesperson, steps, chat=True)


def export_restructuring(analysis: Analysis, path: Path | str, *, by_salesperson: bool = False,
                         steps: Steps | None = None, moves: Period | None = None) -> list[Path]:
    """The restructuring workbook at path, or one per salesperson beside it; with `moves`
    (core.analysis.movements.this_month) it carries the "moved this month" sheet."""
    return _export(analysis, path, partial(restructuring.document, moves=moves),
                   by_salesperson, steps, chat=False)


def export_leap(analysis: Analysis, path: Path | str, *, by_salesperson: bool = False,
                steps: Steps | None = None) -> list[Path]:
    """The leap-phase referral workbook at path, or one per salesperson beside it."""
    return _export(analysis, path, leap.document, by_salesperson, steps, chat=False)


def export_from(db: Path, analysis: Analysis, kind: str, path: Path | str, *,
                by_salesperson: bool = False, steps: Steps | None = None,
                last: LastMonth | None = None, kept: KeptRows | None = None) -> list[Path]:
    """One of the three workbooks ("stop-loss", "restructuring", "leap") for an analysis of
    the database at `db`; the restructuring one with the moves since the previous month end,
    whose snapshot is read (or computed, stoppable, from the window's `kept` lines when it
    has them) there unless `last` brings it. The command line and the app both call it."""
    steps = steps or Steps(None, None)
    if kind == "restructuring":
        conn = connect(db)
        try:
            with stoppable(conn, steps.cancel):
                moves = this_month(conn, analysis, steps.sub(0.0, 0.4), last, kept)
        finally:
            conn.close()
        return export_restructuring(analysis, path, by_salesperson=by_salesperson,
                                    steps=steps.sub(0.4, 1.0), moves=moves)
    writer = export_stop_loss if kind == "stop-loss" else export_leap
    return writer(analysis, path, by_salesperson=by_salesperson, steps=steps)
