"""The customer table the window last showed for a database, shown again at the next start
while the analysis is made afresh.

A million orders take half a minute to analyse, and a firm opens the app many times between
two monthly imports. The table's columns of the last analysis at the default date (what the
window shows at start) are kept in a file of the user's cache folder, with what says whether
they still hold:

- the database file's change counter, size and modification time
  (:func:`file_version.change_counter`): any committed write since, by any program, makes them
  stale, but for the month-end snapshots (:func:`file_version.unread_write`), and so does a
  database in WAL mode, whose counter says nothing;
- the default as-of date and the first date in the data after it: the same file gives
  another default date from that day on;
- the app's version and the month-end snapshots' format (a newer reading of the rows or a
  changed rule), either of which may judge differently.

What is shown is then what the analysis will show, and the window replaces it as soon as the
analysis lands. Only the table's columns are kept: the panel, the pyramid and every action wait
for the analysis. A file that cannot be read, or says anything else, is not shown.

A table stale only because the database was written since (an import, a setting or a correction
made on the command line or by another start: :func:`standing` says WRITTEN) is shown too when
asked for (``shown(..., outdated=True)``), marked ``outdated``: the window says above it that
its figures are those of its as-of date, from before the write, until the analysis lands (a
million orders: the table at once, not after half a minute). Another app version, another
snapshots' format, another file, a file that cannot say (WAL mode) or a default date that the
day moved judge otherwise: such a table is never shown.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final, Literal

from core.analysis.dataset import default_as_of, next_date
from core.analysis.file_version import Version, change_counter, unwritten_since
from core.analysis.fingerprints import FORMAT as SNAPSHOTS_FORMAT
from core.analysis.kept_files import keep_json, kept_for
from core.analysis.model import Analysis, Criterion, CustomerMetrics
from core.analysis.snapshots import CRITERIA
from core.rules import Rules, load_rules

# 2: a row shipping after A has not shipped, a deposit is held by its whole order: tables
# kept before judge some customers otherwise; 3: an order shipped in parts is owed part by part;
# 4: credit terms without their days ("OA", "D/A") fall due after the default credit period,
# T reads Incoterms a setting stored as typed ("C&F") as their codes (CFR), and a line in
# another currency than its order's, or a tax rebate, is read in its own, and a received
# figure below the deposit beside it is money of its own; 5: money dated before its order's
# date counts from its own day, a line in a currency no rate converts is owed on its own;
# 6: an order its credit notes take wholly is no order (F, R, the average order), a partly
# credited one counts at its net amount in the average order; a line whose ship-date cell
# says 未出货 has not shipped. From 6 on the snapshots' format is part of it: whatever makes a
# month-end snapshot judge otherwise (that format's comment) makes a kept table stale too, so
# the window never opens on lists a newer reading or rule would not give
FORMAT = f"last-table-6/{SNAPSHOTS_FORMAT}"
KIND = "tables"
# What the table's columns, filters and colours read of a customer (ui/customers/table_model).
FIELDS = ("customer_id", "customer", "country", "salesperson", "tier", "rank", "orders_12m",
          "revenue_12m", "avg_order_12m", "gross_margin", "recency_days", "criteria_passed",
          "overdue_amount", "max_days_overdue", "risk_score", "risk_grade", "stop_loss", "list",
          "clv")
Standing = Literal["holds", "written"]  # :func:`standing`
HOLDS: Final = "holds"
WRITTEN: Final = "written"


@dataclass(frozen=True)
class LastTable:
    """The customers as the table last showed them (the other figures at their defaults)."""

    as_of: date
    receipts_date: date
    base_currency: str
    rules: Rules
    customers: list[CustomerMetrics]
    outdated: bool = False  # the database was written since it was kept (WRITTEN)


def place(db_path: Path) -> Path:
    return kept_for(db_path, KIND)


def version_of(db_path: Path) -> Version | None:
    """What a write to the database changes (None: it cannot say)."""
    return change_counter(Path(db_path))


def keep(db_path: Path, conn: sqlite3.Connection, version: Version | None, analysis: Analysis
         ) -> bool:
    """Keep the table of `analysis` (made at the default date from the database as it was at
    `version`, read before the analysis read it), unless the file changed meanwhile; whether
    it was kept. Written beside and renamed, so a reader never sees half a file.

    With it goes the first date in the data after the as-of date: until that day the same
    file gives the same default date, and the next start need not look for it (half a second
    at a million orders). An as-of date that is no date of the data (a ledger dated after
    today: the analysis takes today) is not kept."""
    if version is None or not unwritten_since(db_path, version):
        return False
    if _holding(db_path) == analysis.as_of:
        return True  # kept already (the start that showed it): a second at a million orders
    if default_as_of(conn, analysis.as_of) != analysis.as_of:
        return False
    until = next_date(conn, analysis.as_of)
    content = {
        "format": FORMAT, "database": str(Path(db_path).resolve()), "version": list(version),
        "as_of": analysis.as_of.isoformat(), "until": until and until.isoformat(),
        "receipts_date": analysis.receipts_date.isoformat(),
        "base_currency": analysis.base_currency,
        "customers": [[*(getattr(c, name) for name in FIELDS),
                       [c.rfmt[k].passed if k in c.rfmt else None for k in CRITERIA]]
                      for c in analysis.customers]}
    if not unwritten_since(db_path, version):  # written while the table was made
        return False
    return keep_json(db_path, KIND, content)


def shown(db_path: Path, conn: sqlite3.Connection, today: date | None = None, *,
          outdated: bool = False) -> LastTable | None:
    """The table kept for this database, if it still holds (module docstring); else None.
    `outdated`: also one stale only because the database was written since, marked so.
    Reads nothing of the database but its rules."""
    content = _content(db_path)
    standing = _standing(db_path, content)
    if standing is None or (standing == WRITTEN and not outdated):
        return None
    try:
        as_of = date.fromisoformat(content["as_of"])
        until = content["until"] and date.fromisoformat(content["until"])
    except (ValueError, KeyError, TypeError):
        return None
    today = today or date.today()
    if not as_of <= today or (until is not None and today >= until):
        return None  # the same file gives another default date today
    try:
        customers = [_customer(row) for row in content["customers"]]
        return LastTable(as_of, date.fromisoformat(content["receipts_date"]),
                         str(content["base_currency"]), load_rules(conn), customers,
                         outdated=standing == WRITTEN)
    except (ValueError, KeyError, TypeError):
        return None


def standing(db_path: Path) -> Standing | None:
    """Whether the table kept for this database is the one the analysis would show (HOLDS),
    stale only because the database was written since it was kept (WRITTEN: the same app,
    snapshots' format and file, whose change counter can still say), or judges otherwise
    (None: nothing kept, unreadable, another app version or format, another file, a file in
    WAL mode). The default date the day moves is :func:`shown`'s to judge."""
    return _standing(db_path, _content(db_path))


def _content(db_path: Path) -> Any:
    try:
        return json.loads(place(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _holding(db_path: Path, content: Any = None) -> date | None:
    """The as-of date of the table kept for this database by this version of the app, if it
    still holds (None: none such)."""
    content = _content(db_path) if content is None else content
    if _standing(db_path, content) != HOLDS:
        return None
    try:
        return date.fromisoformat(content["as_of"])
    except (ValueError, KeyError, TypeError):
        return None


def _standing(db_path: Path, content: Any) -> Standing | None:
    try:
        if content["format"] != FORMAT or content["database"] != str(Path(db_path).resolve()):
            return None
        version = tuple(content["version"])
    except (KeyError, TypeError):
        return None
    if unwritten_since(db_path, version):
        return HOLDS
    return WRITTEN if version_of(db_path) is not None else None


def _customer(row: list[Any]) -> CustomerMetrics:
    *values, passed = row
    if len(values) != len(FIELDS) or len(passed) != len(CRITERIA):
        raise ValueError("a row of another shape")
    c = CustomerMetrics(**dict(zip(FIELDS, values, strict=True)))
    c.rfmt = {k: Criterion(k, p, None, None) for k, p in zip(CRITERIA, passed, strict=True)}
    return c
