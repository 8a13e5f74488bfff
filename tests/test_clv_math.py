"""The lifetime value's pure-Python numerics held to scipy and numpy (test-only dependencies),
and where scipy itself is off, to the series summed exactly in 80-digit decimals."""

from __future__ import annotations

import itertools
import math
import random
from decimal import Decimal, localcontext

import numpy as np
import pytest
from scipy import optimize, special

from core.analysis import clv_math
from core.analysis.clv_math import betaln, digamma, hyp2f1, logaddexp
from core.analysis.clv_minimise import minimise

# The BG/NBD's E[Y(t)] takes 2F1(a+b-1-r, a-1; a+b+x-1; z), z = t/(α+T+t) in [0, 1): every
# parameter over the ranges a fit can return, with the hard corners (a near 1, a >> 1,
# r >> a + b so the first parameter is very negative, many purchases, z near 1).
R = [0.05, 0.243, 3.0, 40.0]
A = [0.2, 0.793, 1.000001, 1.5, 2.5, 20.0, 200.0]
B = [0.3, 2.426, 10.0, 300.0]
X = [0, 1, 5, 30, 200, 1000]
Z = [1e-6, 0.1, 0.5, 0.74, 0.76, 0.85, 0.9, 0.93, 0.97, 0.99, 0.999, 1 - 1e-5, 1 - 1e-7]


def exact_series(a: float, b: float, c: float, z: float) -> float:
    """Σ (a)_n (b)_n / ((c)_n n!) z^n in 80-digit decimals: no cancellation can hurt it."""
    with localcontext() as context:
        context.prec = 80
        a_, b_, c_, z_ = (Decimal(v) for v in (a, b, c, z))
        term = total = Decimal(1)
        for n in range(200_000):
            term = term * (a_ + n) * (b_ + n) / ((c_ + n) * (n + 1)) * z_
            total += term
            if n > -c + 2 and abs(term) < abs(total) * Decimal(10) ** -70:
                return float(total)
    raise AssertionError("the exact series did not converge")


def relative(got: float, want: float) -> float:
    return abs(got - want) / abs(want)


def test_hyp2f1_matches_scipy_over_the_models_domain():
    """Agrees with scipy.special.hyp2f1 to 1e-10 wherever scipy is right. Where they differ,
    the exact series shows this one right to 1e-13: scipy loses digits when the first
    parameter is very negative, or c - a - b is an integer and a, b are large. Where scipy
    gives up (NaN: z near 1, or a >> 1), this one is checked on a sample against the exact
    series, and is finite except where the value overflows."""
    compared, disputed, gave_up = 0, 0, []
    for r, a, b, x, z in itertools.product(R, A, B, X, Z):
        params = (a + b - 1 - r, a - 1, a + b + x - 1)
        mine, theirs = hyp2f1(*params, z), float(special.hyp2f1(*params, z))
        if math.isnan(theirs):
            gave_up.append((params, z, mine))
            # near z = 1, F ~ (1 - z)^(c - a - b): beyond e^709 no float holds it
            overflows = (params[0] + params[1] - params[2]) * -math.log1p(-z) > 700
            assert math.isfinite(mine) or overflows and mine == math.inf, (r, a, b, x, z)
            continue
        if math.isinf(theirs):
            assert mine == theirs, (r, a, b, x, z)  # too large for a float
            continue
        compared += 1
        if relative(mine, theirs) > 1e-10:
            disputed += 1
            exact = exact_series(*params, z)
            assert relative(mine, exact) < 1e-13 < relative(theirs, exact), (r, a, b, x, z)
    assert compared > 0.9 * len(R) * len(A) * len(B) * len(X) * len(Z)
    assert 0 < disputed < 0.01 * compared
    sample = [point for point in gave_up if point[1] <= 0.99][::15] + [
        point for point in gave_up if point[1] == 0.999 and point[0][1] < 1][:1]
    assert len(sample) > 12
    for params, z, mine in sample:
        assert relative(mine, exact_series(*params, z)) < 1e-12, (params, z)


@pytest.mark.parametrize(("a", "b", "x"), [(0.8, 3.0, 0), (0.8, 3.0, 3), (2.5, 1.2, 1),
                                           (0.3, 0.6, 0)])
def test_hyp2f1_where_c_minus_a_minus_b_is_near_an_integer(a, b, x):
    """r = a + δ makes c - a - b = 1 + x + δ: at δ = 0 the 1 - z form is 0/0 and its
    digamma form serves; nearby either may, whichever promises the smaller error. Against the
    exact series up to z = 0.99. Nearer 1: at δ = 0 and 1e-5 away against scipy; in between,
    where scipy loses up to 1e-5 itself, against the line through scipy's exact-integer value
    with the slope scipy gives 1e-4 either side."""
    near = [0.0, 1e-13, -1e-13, 1e-11, 1e-9, -1e-9, 1e-7]
    away = [1e-5, -1e-5, 1e-3]

    def params(delta: float) -> tuple[float, float, float]:
        return a + b - 1 - (a + delta), a - 1, a + b + x - 1

    for z in (0.8, 0.95, 0.99):
        for delta in near + away:
            assert relative(hyp2f1(*params(delta), z), exact_series(*params(delta), z)) < 1e-12
    for z in (0.999, 1 - 1e-6):
        at_integer = float(special.hyp2f1(*params(0.0), z))
        slope = (special.hyp2f1(*params(1e-4), z) - special.hyp2f1(*params(-1e-4), z)) / 2e-4
        for delta in near:
            assert relative(hyp2f1(*params(delta), z), at_integer + slope * delta) < 2e-11
        for delta in away:
            assert relative(hyp2f1(*params(delta), z), special.hyp2f1(*params(delta), z)) < 1e-12


def test_hyp2f1_closed_forms_and_refusals():
    for z in (0.0, 0.2, 0.6, 0.9, 0.999, 1 - 1e-9):
        assert hyp2f1(1.0, 1.0, 2.0, z) == pytest.approx(
            -math.log1p(-z) / z if z else 1.0, rel=1e-13)
        assert hyp2f1(0.7, 2.5, 2.5, z) == pytest.approx((1 - z) ** -0.7, rel=1e-13)
        assert hyp2f1(-3.0, 2.0, 4.5, z) == pytest.approx(  # a polynomial
            sum(math.comb(3, n) * (-z) ** n * math.prod((2 + k) / (4.5 + k) for k in range(n))
                for n in range(4)), rel=1e-13)
    for z in (-0.1, 1.0, 1.5):
        with pytest.raises(ValueError):
            hyp2f1(1.0, 1.0, 2.0, z)


def test_betaln_and_digamma_match_scipy():
    values = [1e-8, 1e-3, 0.1, 0.5, 0.793, 1.0, 1.4616321449683622, 2.426, 9.99, 10.0, 10.01,
              30.5, 1e3, 1e5]
    for u, v in itertools.product(values, repeat=2):
        size = sum(abs(math.lgamma(w)) for w in (u, v, u + v))
        assert betaln(u, v) == pytest.approx(special.betaln(u, v), abs=1e-15 * (1 + size))
    for u in [*values, -0.5, -1.5, -2.3, -10.7, 1e8]:
        assert digamma(u) == pytest.approx(special.psi(u), rel=1e-13, abs=1e-14)
    assert math.isnan(digamma(0.0)) and math.isnan(digamma(-3.0))


def test_logaddexp_matches_numpy():
    pairs = [(0.0, 0.0), (3.0, -math.inf), (-math.inf, -2.0), (1000.0, 1000.0),
             (-1000.0, -1001.0), (0.0, -40.0), (710.0, 2.0), (-5.5, 7.25)]
    for u, v in pairs:
        assert logaddexp(u, v) == pytest.approx(float(np.logaddexp(u, v)), rel=1e-15)


def rosenbrock(v) -> float:
    return sum(100 * (v[i + 1] - v[i] ** 2) ** 2 + (1 - v[i]) ** 2 for i in range(len(v) - 1))


def bowl(v) -> float:
    """Its minimum outside the box [-1, 1]²: on the box's corner (1, -1)."""
    return (v[0] - 3.0) ** 2 + (v[1] + 0.5) ** 2 + v[0] * v[1]


def test_minimise_finds_what_scipy_finds():
    start = [-1.2, 1.0, -0.5, 0.8]
    mine = minimise(rosenbrock, start, (-5.0, 5.0))
    theirs = optimize.minimize(rosenbrock, start, method="Nelder-Mead", bounds=[(-5, 5)] * 4,
                               options={"xatol": 1e-10, "fatol": 1e-14, "maxiter": 20000,
                                        "maxfev": 20000})
    assert mine.converged and theirs.success
    assert mine.x == pytest.approx(theirs.x, abs=1e-6)
    assert mine.fun <= theirs.fun + 1e-12
    # a minimum outside the box ends on its wall, as L-BFGS-B's does
    boxed = minimise(bowl, [0.0, 0.0], (-1.0, 1.0))
    projected = optimize.minimize(bowl, [0.0, 0.0], method="L-BFGS-B", bounds=[(-1, 1)] * 2)
    assert boxed.converged and boxed.x == pytest.approx(projected.x, abs=1e-6)


def rosenbrock_with_gradient(v) -> tuple[float, list[float]]:
    gradient = [0.0] * len(v)
    for i in range(len(v) - 1):
        gradient[i] += -400 * v[i] * (v[i + 1] - v[i] ** 2) - 2 * (1 - v[i])
        gradient[i + 1] += 200 * (v[i + 1] - v[i] ** 2)
    return rosenbrock(v), gradient


def test_bfgs_on_exact_gradients_finds_scipys_minimum_in_few_evaluations():
    start = [-1.2, 1.0, -0.5, 0.8]
    found = minimise(rosenbrock, start, (-5.0, 5.0), with_gradient=rosenbrock_with_gradient)
    theirs = optimize.minimize(rosenbrock, start, method="BFGS",
                               jac=lambda v: rosenbrock_with_gradient(v)[1],
                               options={"gtol": 1e-10})
    assert found.converged and found.x == pytest.approx(theirs.x, abs=1e-6)
    assert found.evaluations < 150  # Nelder-Mead needs some 800
    # a gradient that is no use leaves the search to Nelder-Mead, which still finds it
    useless = minimise(rosenbrock, start, (-5.0, 5.0),
                       with_gradient=lambda v: (rosenbrock(v), [math.nan] * len(v)))
    assert useless.converged and useless.x == pytest.approx(theirs.x, abs=1e-6)
    assert useless.evaluations > 300


def test_bfgs_holds_a_coordinate_the_gradient_pushes_against_a_wall():
    """A minimum on the box's walls is L-BFGS-B's, found by BFGS alone in a few evaluations:
    steps clipped back by the wall used to halve to nothing and leave it to Nelder-Mead (some
    200 evaluations for the bowl, 600 for the noisy corner)."""
    def bowl_with_gradient(v) -> tuple[float, list[float]]:
        return bowl(v), [2 * (v[0] - 3.0) + v[1], 2 * (v[1] + 0.5) + v[0]]

    walled = minimise(bowl, [0.0, 0.0], (-1.0, 1.0), with_gradient=bowl_with_gradient)
    projected = optimize.minimize(bowl, [0.0, 0.0], method="L-BFGS-B", bounds=[(-1, 1)] * 2,
                                  jac=lambda v: bowl_with_gradient(v)[1])
    assert walled.converged and walled.x == pytest.approx(projected.x, abs=1e-9)
    assert walled.evaluations < 10
    # two coordinates free, two pushed out of the box, and a gradient as a likelihood summed
    # over thousands of customers gives it: right to about 1e-6, never flat to 1e-9

    def corner(v) -> float:
        return (v[0] - 0.3) ** 2 + 10 * (v[1] - 0.2) ** 2 - 5 * v[2] + 3 * v[3] + 100.0

    def rounded(v) -> tuple[float, list[float]]:
        noise = random.Random(hash(tuple(v))).uniform(-1e-6, 1e-6)
        return corner(v), [2 * (v[0] - 0.3) + noise, 20 * (v[1] - 0.2) - noise, -5.0, 3.0]

    found = minimise(corner, [0.0] * 4, (-9.0, 12.0), with_gradient=rounded)
    theirs = optimize.minimize(corner, [0.0] * 4, method="L-BFGS-B", bounds=[(-9, 12)] * 4,
                               jac=lambda v: rounded(v)[1])
    assert theirs.success and found.converged
    assert found.x == pytest.approx(theirs.x, abs=1e-5)
    assert found.evaluations < 100


def test_minimise_avoids_non_finite_values_and_admits_an_exhausted_budget():
    def holed(v) -> float:  # NaN to the left, the minimum just right of the hole
        return math.nan if v[0] < 0 else (v[0] - 0.25) ** 2 + (v[1] - 2.0) ** 2

    found = minimise(holed, [1.0, 0.0], (-3.0, 3.0))
    assert found.converged and found.x == pytest.approx((0.25, 2.0), abs=1e-6)
    starved = minimise(rosenbrock, [-1.2, 1.0, -0.5, 0.8], (-5.0, 5.0), max_evaluations=50)
    assert not starved.converged and starved.evaluations <= 50 + 5


def test_series_refuses_a_pole_and_reports_no_convergence(monkeypatch):
    assert clv_math._Series(1.0, 1.0, -2.0)(0.5)[0] == math.inf  # c = -2: undefined
    monkeypatch.setattr(clv_math, "MAX_TERMS", 20)
    assert math.isnan(clv_math._Series(1.0, 1.0, 2.0)(0.7)[0])


def test_a_kept_series_gives_every_z_what_a_fresh_one_gives():
    """Summed term by term the first time, by Horner's rule over the terms a z up to 2 % above
    needed after: the same values to the last bits, in any order of z."""
    params = (1.97, -0.207, 7.2)  # CDNOW's 2F1 for x = 5
    zs = [0.7, 0.05, 0.69, 0.3, 0.299, 0.71, 0.0, 0.68, 0.2, 0.95]
    kept = clv_math.Hypergeometric(*params)
    for z in zs + zs[::-1]:
        assert kept(z) == pytest.approx(hyp2f1(*params, z), rel=1e-15)
        assert kept(z) == pytest.approx(exact_series(*params, z), rel=1e-14)
    series = clv_math._Series(*params)
    series(0.7)
    series(0.69)  # 1.4 % below 0.7: its terms serve
    series(0.6)
    assert series.summed == [0.6, 0.7]
