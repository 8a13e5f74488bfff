"""What an import gives back of a file, and that result as plain data.

Apart from the import itself (core.ledger.importer) because its readers are many and read
nothing of the import's steps: the report (core.ledger.report), the command line's --json, the
import dialog, the reference import of the tests, and the import's own row in `imports.result`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.ledger.layout import PassedSheet, SheetLayout
from core.ledger.repeated_notes import AsBefore
from core.ledger.review import LedgerReview
from core.ledger.rows import Skipped, TotalsCheck
from core.ledger.write_counts import AmountChange, WriteCounts
from core.messages import Message


@dataclass
class SheetReport:
    name: str
    header_row: int
    mapping: dict[str, str]  # field -> header text
    rows: int  # records taken
    remembered: bool
    amount_derived: bool
    ship_date_column: bool = True
    # a payments sheet's fields named as money received (SheetLayout.words, fields.worded)
    words: dict[str, str] = field(default_factory=dict)



@dataclass
class FileResult:
    path: Path
    status: str  # imported, already_imported, refused, skipped
    message: Message | None = None
    file_format: str | None = None
    sheets: list[SheetReport] = field(default_factory=list)
    passed: list[PassedSheet] = field(default_factory=list)
    counts: WriteCounts = field(default_factory=WriteCounts)
    skipped: list[Skipped] = field(default_factory=list)
    totals: list[TotalsCheck] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    import_id: int | None = None
    review: LedgerReview = field(default_factory=LedgerReview)
    saved: str | None = None  # when its workbook says it was last saved (core.ledger.saved_copies)
    as_before: AsBefore = field(default_factory=AsBefore)  # core.ledger.repeated_notes

    @property
    def refused(self) -> bool:
        return self.status == "refused"

    @property
    def amount_changes(self) -> list[AmountChange]:
        return self.counts.amount_changes


def sheet_report(layout: SheetLayout, rows: int) -> SheetReport:
    """A sheet as the result names it: its columns by their headers' text."""
    mapping = {name: str(layout.headers[index]) for name, index in layout.mapping.items()}
    return SheetReport(layout.sheet.name, layout.header_row_number, mapping, rows,
                       layout.remembered, layout.derived_amount, layout.ship_date_column,
                       layout.words)


def result_json(result: FileResult) -> dict[str, Any]:
    """The result as plain data: snake_case keys, each reason with its stable code."""
    counts = result.counts
    return {
        "file": result.path.name,
        "status": result.status,
        "message": result.message.as_json() if result.message else None,
        "format": result.file_format,
        "saved": result.saved,
        "sheets": [{"name": s.name, "header_row": s.header_row, "mapping": s.mapping,
                    "rows": s.rows, "remembered_layout": s.remembered,
                    "amount_derived": s.amount_derived,
                    "ship_date_column": s.ship_date_column} for s in result.sheets],
        "passed_sheets": [{"name": p.name, **p.reason.as_json()} for p in result.passed],
        "inserted": counts.inserted, "updated": counts.updated,
        "unchanged": counts.unchanged, "skipped": len(result.skipped),
        "orders_inserted": counts.orders_inserted, "orders_updated": counts.orders_updated,
        "customers_inserted": counts.customers_inserted,
        "skipped_rows": [result.as_before.flagged(s, {"sheet": s.sheet, "row": s.row,
                         **s.message.as_json()}) for s in result.skipped],
        "amount_changes": [vars(c) for c in counts.amount_changes],
        "totals_checks": [result.as_before.flagged(t, totals_json(t)) for t in result.totals],
        "warnings": [result.as_before.flagged(w, w.as_json()) for w in result.warnings],
        **result.review.as_json(), **result.as_before.as_json(),
    }


def totals_json(check: TotalsCheck) -> dict[str, Any]:
    return {"sheet": check.sheet, "row": check.row, "stated": round(check.stated, 2),
            "rows_sum": round(check.rows_sum, 2), "imported_sum": round(check.imported_sum, 2),
            "agrees": check.agrees, "difference": round(check.stated - check.rows_sum, 2),
            "skipped_rows": check.skipped_rows, "suspect_rows": check.suspects}
