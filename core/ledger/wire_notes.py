"""A wire the import counted once, as its report names it (core.ledger.review)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class WireNote:
    """A wire the import counted once, with the rows it was written on (for the report)."""

    customer: str
    field: str  # received_amount, deposit or balance
    amount: float
    currency: str
    day: date | None
    rows: tuple[tuple[str, int], ...]  # (sheet, row), the first keeps the wire
    total: bool = False  # the first row's figure is the running total of the others
    lump: bool = False  # the last row, a payment, is the sum of the others' figures
    noted: bool = False  # the first row's total is noted as its parts, the others some of them
