"""The benchmark's ledger sizes and where their cached files live.

Kept apart from the generator (bench/ledgers.py) so bench/run.py stays a small process: a
child's peak memory as the kernel reports it can be no lower than its parent's size at the fork.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = 1  # bump when bench/ledgers.py writes different files: the cache is keyed by it


@dataclass(frozen=True)
class Size:
    """One benchmark size: rows of the ledger, customers behind them, months it spans, and how
    steep the long tail is (a customer's share of orders falls as rank ** -tail)."""

    label: str
    rows: int
    customers: int
    months: int
    tail: float = 0.8
    flavour: str = "plain"  # or "clerk": bench/clerk_book.py's receipts, register and notes

    @property
    def key(self) -> str:
        clerk = "" if self.flavour == "plain" else f"-{self.flavour}"  # plain keys as before
        return f"g{GENERATOR}-{self.rows}-{self.customers}-{self.months}-{self.tail}{clerk}"


def parse_size(text: str) -> Size:
    """'10k', '1M', '2500' -> a Size labelled as typed: a customer per 30 rows, one year up to
    20k rows, two up to 200k, ten years beyond (a busy firm's whole history)."""
    label = text.strip()
    scale = {"k": 1_000, "m": 1_000_000}.get(label[-1:].lower(), 1)
    rows = int(float(label[:-1] if scale > 1 else label) * scale)
    months = 12 if rows <= 20_000 else 24 if rows <= 200_000 else 120
    return Size(label, rows, max(40, rows // 30), months)


def table_size(quick: bool) -> Size:
    """The customer table's ledger: 20,000 customers (2,000 when quick), each with a few
    orders in one year, so nearly all of them are in the table."""
    customers = 2_000 if quick else 20_000
    return Size(f"{customers // 1000}k customers", customers * 5, customers + customers // 30,
                12, 0.3)


def movements_size(quick: bool) -> Size:
    """The tier movements' ledger: 5,000 customers and ~60,000 orders over 40 months (500
    customers and 4,000 orders over 12 months when quick), every month end analysed."""
    if quick:
        return Size("500 customers", 5_200, 500, 12)
    return Size("5k customers, 40 months", 78_000, 5_000, 40)


def ledger_paths(cache: Path, size: Size) -> tuple[Path, Path]:
    """The cached ledger and update file of a size, written first (in a child) when missing."""
    folder = cache / "ledgers"
    base = folder / f"ledger-{size.key}.xlsx"
    update = folder / f"ledger-{size.key}-update.xlsx"
    if not (base.is_file() and update.is_file()):
        print(f"    writing the {size.label} ledgers (once, into {folder})", flush=True)
        partial = (base.with_suffix(".part.xlsx"), update.with_suffix(".part.xlsx"))
        subprocess.run([sys.executable, "-m", "bench.ledgers", *map(str, partial),
                        str(size.rows), str(size.customers), str(size.months), str(size.tail),
                        size.flavour],
                       cwd=ROOT, check=True)
        partial[0].replace(base)
        partial[1].replace(update)
    return base, update
