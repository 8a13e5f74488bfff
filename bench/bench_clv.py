"""Lifetime-value timing in pure Python: the CDNOW sample and a 30,000-customer firm.

Run: ``.venv/bin/python bench/bench_clv.py [CUSTOMERS]``. Times ``lifetime_values`` (the two
fits and every customer's forecast) on the papers' CDNOW sample (2,357 customers) and on
customers drawn from BG/NBD and Gamma-Gamma (default 30,000) whose first orders are spread over
three years, the hard case: most customers then have their own (x, t_x, T), so grouping equal
summaries saves little. Prints the seconds of each part and the distinct summaries.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.analysis import clv  # noqa: E402
from core.analysis.clv import histories, lifetime_values  # noqa: E402
from core.analysis.clv_models import BgNbd, GammaGamma, simulate  # noqa: E402

CDNOW = ROOT / "tests" / "data" / "cdnow" / "CDNOW_sample.txt"
YEARS = 3


def cdnow() -> tuple[list[tuple[str, date, float]], date]:
    rows = []
    for line in CDNOW.read_text(encoding="ascii").splitlines():
        _master, customer, day, _cds, dollars = line.split()
        rows.append((customer, date(int(day[:4]), int(day[4:6]), int(day[6:])), float(dollars)))
    return rows, date(1997, 9, 30)


def firm(customers: int, seed: int = 5) -> tuple[list[tuple[int, date, float]], date]:
    """Customers drawn from the models, each starting on its own day of three years."""
    days = int(YEARS * 365.25)
    drawn = simulate(BgNbd(0.5, 60.0, 0.7, 3.0), GammaGamma(4.0, 3.0, 2_000.0), customers,
                     days, seed)
    rng = random.Random(seed)
    joined = [rng.randrange(days) for _ in range(customers)]
    first: dict[int, int] = {}
    for c, d, _ in drawn:
        first.setdefault(c, d)
    start = date(2023, 1, 1)
    rows = [(c, start + timedelta(days=joined[c] + d - first[c]), v) for c, d, v in drawn]
    return rows, start + timedelta(days=days)  # orders after the as-of date are not seen


def timed(name: str, rows: list, as_of: date) -> None:  # type: ignore[type-arg]
    fits: dict[str, float] = {}
    fit_bg_nbd, fit_gamma_gamma, forecasts = clv.fit_bg_nbd, clv.fit_gamma_gamma, clv._forecasts

    def clock(key: str, work):  # type: ignore[no-untyped-def]
        def run(*args):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            try:
                return work(*args)
            finally:
                fits[key] = time.perf_counter() - started
        return run

    clv.fit_bg_nbd = clock("BG/NBD fit", fit_bg_nbd)
    clv.fit_gamma_gamma = clock("Gamma-Gamma fit", fit_gamma_gamma)
    clv._forecasts = clock("forecasts", forecasts)
    try:
        started = time.perf_counter()
        result = lifetime_values(rows, as_of)
        total = time.perf_counter() - started
    finally:
        clv.fit_bg_nbd, clv.fit_gamma_gamma, clv._forecasts = (fit_bg_nbd, fit_gamma_gamma,
                                                               forecasts)
    found = histories(rows, as_of)
    triples = {(h.x, (h.last - h.first).days, (as_of - h.first).days) for h in found}
    pairs = {(h.x, (as_of - h.first).days) for h in found}
    print(f"{name}: {len(found):,} customers, {result.repeat_buyers:,} repeat buyers, "
          f"{len(triples):,} distinct (x, t_x, T), {len(pairs):,} distinct (x, T); "
          f"model {result.model}")
    print("  " + ", ".join(f"{key} {seconds:.2f} s" for key, seconds in fits.items())
          + f"; lifetime_values {total:.2f} s")
    if result.model == clv.FITTED:
        p = result.params
        print(f"  r={p['r']:.4f} α={p['alpha']:.3f}/day a={p['a']:.4f} b={p['b']:.4f} "
              f"p={p['p']:.3f} q={p['q']:.3f} γ={p['gamma']:.2f}")


def main() -> None:
    customers = int(sys.argv[1]) if len(sys.argv) > 1 else 30_000
    timed("CDNOW", *cdnow())
    timed(f"synthetic firm over {YEARS} years", *firm(customers))


if __name__ == "__main__":
    main()
