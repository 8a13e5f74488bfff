"""The pure-Python lifetime value against the numpy/scipy version it replaced
(tests/clv_reference.py): the same maxima, the same per-customer numbers, and an app that runs
the ``clv`` command with numpy and scipy out of reach."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import clv_reference as reference
import numpy as np
import pytest
from conftest import ROOT
from ledgers import write_xlsx
from test_cli import cli
from test_clv import CALIBRATION_END, cdnow_rows

from core.analysis.clv import Assumptions, histories, lifetime_values
from core.analysis.clv_likelihood import BgNbdCustomers, GammaGammaCustomers
from core.analysis.clv_minimise import minimise
from core.analysis.clv_models import (
    LOG_BOUNDS,
    BgNbd,
    GammaGamma,
    fit_bg_nbd,
    fit_gamma_gamma,
    simulate,
)


def summaries(rows, as_of: date) -> dict[str, list[float]]:
    """x, t_x, T and the mean repeat value per customer, in histories' order."""
    found = histories(rows, as_of)
    return {"x": [float(h.x) for h in found],
            "t_x": [float((h.last - h.first).days) for h in found],
            "T": [float((as_of - h.first).days) for h in found],
            "m": [h.repeat_value / h.x if h.x else 0.0 for h in found]}


@pytest.fixture(scope="module")
def cdnow() -> dict[str, list[float]]:
    return summaries(cdnow_rows(), CALIBRATION_END)


def scipy_maximum(log_likelihood, size: int, start: list[float]) -> np.ndarray:
    """scipy.optimize's maximum of the same pure-Python likelihood, as the app used to find
    it (L-BFGS-B within the bounds, then Nelder-Mead)."""
    def negative_mean(log_params) -> float:
        return -log_likelihood([math.exp(v) for v in log_params]) / size

    return reference.maximise(negative_mean, np.array(start))


def test_the_bg_nbd_fit_finds_scipys_maximum(cdnow):
    x, t_x, T = cdnow["x"], cdnow["t_x"], cdnow["T"]
    model, log_likelihood = fit_bg_nbd(x, t_x, T)
    data = BgNbdCustomers(x, t_x, T)
    start = [0.0, math.log(sum(T) / sum(x)), 0.0, 0.0]
    theirs = np.exp(scipy_maximum(lambda p: data.log_likelihood(*p), len(x), start))
    mine = (model.r, model.alpha, model.a, model.b)
    assert mine == pytest.approx(tuple(theirs), rel=1e-5)
    # Nelder-Mead alone (the way when BFGS fails) ends at the same place
    def negative_mean(log_params) -> float:
        return -data.log_likelihood(*(math.exp(v) for v in log_params)) / len(x)

    alone = minimise(negative_mean, start, LOG_BOUNDS)
    assert alone.converged and tuple(math.exp(v) for v in alone.x) == pytest.approx(mine,
                                                                                  rel=1e-6)
    # and the numpy likelihood, fitted the old way, peaks at the same place and height
    old = reference.fit_bg_nbd(*(np.array(v) for v in (x, t_x, T)))
    assert mine == pytest.approx((old.r, old.alpha, old.a, old.b), rel=1e-5)
    old_peak = old.log_likelihood(*(np.array(v) for v in (x, t_x, T))).sum()
    assert log_likelihood == pytest.approx(old_peak, abs=1e-6)
    assert log_likelihood >= old_peak - 1e-9  # not below scipy's maximum


def test_the_gamma_gamma_fit_finds_scipys_maximum(cdnow):
    pairs = [(x, m) for x, m in zip(cdnow["x"], cdnow["m"], strict=True) if x > 0 and m > 0]
    x, m = [p[0] for p in pairs], [p[1] for p in pairs]
    model, _ = fit_gamma_gamma(x, m)
    data = GammaGammaCustomers(x, m)
    start = [0.0, 0.0, math.log(sum(m) / len(m))]
    p, q_less_one, gamma = np.exp(scipy_maximum(
        lambda v: data.log_likelihood(v[0], 1 + v[1], v[2]), len(x), start))
    assert (model.p, model.q, model.gamma) == pytest.approx((p, 1 + q_less_one, gamma),
                                                            rel=1e-5)


BG_NBD_POINTS = [(0.2426, 30.895, 0.7929, 2.4259), (1.5, 4.0, 3.0, 0.4), (0.05, 900.0, 12.0, 40.0)]
GAMMA_GAMMA_POINTS = [(6.25, 3.74, 15.44), (1.0, 1.5, 100.0), (40.0, 1.01, 0.3)]


def repeat_spend(cdnow) -> tuple[np.ndarray, np.ndarray]:
    x, m = np.array(cdnow["x"]), np.array(cdnow["m"])
    keep = (x > 0) & (m > 0)
    return x[keep], m[keep]


def test_the_grouped_likelihood_is_the_sum_over_customers(cdnow):
    """Customers with equal summaries counted once with their weight: the same sum as numpy's
    over every customer."""
    x, t_x, T = (np.array(cdnow[k]) for k in ("x", "t_x", "T"))
    grouped = BgNbdCustomers(cdnow["x"], cdnow["t_x"], cdnow["T"])
    for params in BG_NBD_POINTS:
        summed = reference.BgNbd(*params).log_likelihood(x, t_x, T).sum()
        assert grouped.log_likelihood(*params) == pytest.approx(summed, rel=1e-12)
    xr, m = repeat_spend(cdnow)
    spend = GammaGammaCustomers(list(xr), list(m))
    for params in GAMMA_GAMMA_POINTS:
        summed = reference.GammaGamma(*params).log_likelihood(xr, m).sum()
        assert spend.log_likelihood(*params) == pytest.approx(summed, rel=1e-12)


def numeric_gradient(log_likelihood, params: tuple[float, ...]) -> list[float]:
    """Central differences on numpy's likelihood (step 1e-6 of each parameter)."""
    found = []
    for i, value in enumerate(params):
        up, down = list(params), list(params)
        up[i], down[i] = value * (1 + 1e-6), value * (1 - 1e-6)
        found.append((log_likelihood(up) - log_likelihood(down)) / (2e-6 * value))
    return found


def test_the_likelihoods_gradients_are_their_derivatives(cdnow):
    """The gradients BFGS climbs by, against central differences of numpy's likelihoods."""
    x, t_x, T = (np.array(cdnow[k]) for k in ("x", "t_x", "T"))
    grouped = BgNbdCustomers(cdnow["x"], cdnow["t_x"], cdnow["T"])
    for params in BG_NBD_POINTS:
        want = numeric_gradient(
            lambda p: float(reference.BgNbd(*p).log_likelihood(x, t_x, T).sum()), params)
        got = grouped.with_gradient(*params)[1]
        assert got == pytest.approx(want, rel=1e-5, abs=1e-4)
    xr, m = repeat_spend(cdnow)
    spend = GammaGammaCustomers(list(xr), list(m))
    for params in GAMMA_GAMMA_POINTS:
        want = numeric_gradient(
            lambda p: float(reference.GammaGamma(*p).log_likelihood(xr, m).sum()), params)
        assert spend.with_gradient(*params)[1] == pytest.approx(want, rel=1e-5, abs=1e-4)


def assert_same_values(rows, as_of: date, assumptions: Assumptions) -> None:
    """Every customer's p_alive, expected orders, value per order and discounted revenue as the
    numpy version computes them from the same fitted parameters."""
    result = lifetime_values(rows, as_of, assumptions)
    assert result.model == "bg_nbd_gamma_gamma"
    p = result.params
    found = summaries(rows, as_of)
    arrays = {k: np.array(v) for k, v in found.items()}
    want = reference.discounted_values(
        reference.BgNbd(p["r"], p["alpha"], p["a"], p["b"]),
        reference.GammaGamma(p["p"], p["q"], p["gamma"]), arrays["x"], arrays["t_x"],
        arrays["T"], arrays["m"], assumptions.discount_rate, assumptions.horizon_years)
    assert all(np.all(np.isfinite(v)) for v in want.values())
    by_customer = result.by_customer()
    for i, h in enumerate(histories(rows, as_of)):
        got = by_customer[h.customer]
        for key in ("p_alive", "expected_orders_12m", "expected_order_value", "clv_revenue"):
            assert getattr(got, key) == pytest.approx(float(want[key][i]), rel=1e-9,
                                                      abs=1e-12), (h.customer, key)


def test_cdnow_customers_are_valued_as_numpy_values_them():
    assert_same_values(cdnow_rows(), CALIBRATION_END, Assumptions())


def test_a_firm_of_loyal_customers_is_valued_as_numpy_values_it():
    """Other corners of the formulas: a > 1, many orders per customer, customers who started
    days before the as-of date (z near 1 over a five-year horizon), no discounting."""
    start = date(2023, 1, 1)
    drawn = simulate(BgNbd(2.0, 12.0, 2.5, 4.0), GammaGamma(3.0, 5.0, 400.0), 800, 720, seed=4)
    rows = [(c, start + timedelta(days=d + (c % 5) * 130), v) for c, d, v in drawn]
    as_of = start + timedelta(days=720)
    assert_same_values(rows, as_of, Assumptions(discount_rate=0.0, horizon_years=5))
    assert_same_values(rows, as_of, Assumptions(discount_rate=0.3, horizon_years=1))


BLOCKED_RUN = """
import importlib, importlib.abc, json, pkgutil, runpy, sys

attempts = []


class Absent(importlib.abc.MetaPathFinder):
    # numpy and scipy as in the bundle: not there. Who asked for them is written down.
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] not in ("numpy", "scipy"):
            return None
        frame = sys._getframe(1)
        while frame and (frame.f_code.co_filename.startswith("<frozen")
                         or frame.f_globals.get("__name__", "").startswith("importlib")):
            frame = frame.f_back
        attempts.append([name, frame.f_globals.get("__name__") if frame else None])
        raise ModuleNotFoundError(f"No module named {name!r}")


sys.meta_path.insert(0, Absent())
sys.argv = ["main.py", "clv", "--db", sys.argv[1], "--json"]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit as stop:
    code = stop.code
import core
for module in pkgutil.walk_packages(core.__path__, "core."):
    if not module.name.endswith("__main__"):
        importlib.import_module(module.name)
loaded = sorted(n for n in sys.modules if n.split(".")[0] in ("numpy", "scipy")
                and sys.modules[n] is not None)
print(json.dumps({"code": code, "attempts": attempts, "loaded": loaded}), file=sys.stderr)
"""


def test_the_clv_command_runs_without_numpy_or_scipy(tmp_path: Path):
    """main.py clv, and importing every module of core, with numpy and scipy made absent as in
    the bundle: the fit still runs, and no TradeTier module asks for them (openpyxl and
    sqlite-utils do: each tries numpy for its number types, and does without)."""
    start = date(2024, 1, 1)
    drawn = simulate(BgNbd(0.8, 40.0, 0.8, 3.0), GammaGamma(6.0, 4.0, 150.0), 200, 365, seed=7)
    ledger = write_xlsx(tmp_path / "firm.xlsx", {"orders": [
        ["Customer", "Order Date", "Amount"],
        *[[f"C{c}", start + timedelta(days=d), round(v, 2)] for c, d, v in drawn]]})
    db = tmp_path / "firm.sqlite"
    assert cli("import", str(ledger), "--db", str(db))[0] == 0
    run = subprocess.run([sys.executable, "-c", BLOCKED_RUN, str(db)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    report = json.loads(run.stderr.strip().splitlines()[-1])
    assert report["code"] in (0, None) and report["loaded"] == []
    askers = {who.split(".")[0] for _, who in report["attempts"]}
    assert "openpyxl" in askers  # the stand-in for the bundle's absence was met
    assert askers.isdisjoint({"core", "ui", "main", "__main__"}), report["attempts"]
    payload = json.loads(run.stdout)
    assert payload["model"] == "bg_nbd_gamma_gamma" and payload["customers_valued"] == 200
    assert all(math.isfinite(c["clv"]) and c["clv"] > 0 for c in payload["customers"])
