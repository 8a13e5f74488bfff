"""The few special functions the lifetime value needs, in pure Python.

numpy and scipy would put two OpenBLAS builds (about 50 MB) into the app for a log-beta, a
hypergeometric function and a minimiser; the bundle must stay under 200 MB. These are small
and exact enough, and tests/test_clv_math.py holds each of them to scipy.special and
scipy.optimize (test-only dependencies) over the models' whole domain and its hard corners.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

EPS = 2.220446049250313e-16  # the float's unit roundoff
MAX_TERMS = 10_000  # a hypergeometric series still running here has failed to converge
# Past this z the series in z converges too slowly and the series in 1 - z takes over (as in
# cephes' hyp2f1, which scipy.special.hyp2f1 was).
_SERIES_LIMIT = 0.75
# Within this of an integer, c - a - b may be taken as that integer (the digamma form), when
# that promises a smaller error than the general 1 - z form, whose two terms, each about
# 1 / distance, cancel to within EPS / distance.
_NEAR_INTEGER = 1e-5
# A way of computing 2F1 whose estimated rounding error is below this fraction of its value
# is taken without trying the others.
_TRUSTED = 1e-12
# Beyond this z the series in z needs more than MAX_TERMS terms (about 37 / (1 - z)): not
# tried even where the 1 - z form cancels.
_SLOW = 1.0 - 40 / MAX_TERMS


def exp(u: float) -> float:
    """e^u, inf where it overflows (math.exp raises instead, as numpy would not)."""
    return math.exp(u) if u < 709.0 else math.inf


def betaln(a: float, b: float) -> float:
    """ln B(a, b) for a, b > 0."""
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def logaddexp(u: float, v: float) -> float:
    """ln(e^u + e^v) without overflow; either may be -inf."""
    high, low = (u, v) if u >= v else (v, u)
    if low == -math.inf:
        return high
    return high + math.log1p(math.exp(low - high))


def softplus(u: float) -> float:
    """ln(1 + e^u) without overflow."""
    return u + math.log1p(math.exp(-u)) if u > 0 else math.log1p(math.exp(u))


def digamma(x: float) -> float:
    """ψ(x) = Γ'(x)/Γ(x): recurrence up to 10, then the asymptotic series; reflection below 0."""
    if x <= 0 and x == math.floor(x):
        return math.nan
    if x < 0:
        return digamma(1.0 - x) - math.pi / math.tan(math.pi * x)
    shift = 0.0
    while x < 10.0:
        shift -= 1.0 / x
        x += 1.0
    f = 1.0 / (x * x)
    tail = f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f * (
        1 / 132 - f * (691 / 32760 - f / 12))))))
    return shift + math.log(x) - 0.5 / x - tail


def _signed_lgamma(x: float) -> tuple[float, float]:
    """(ln|Γ(x)|, sign of Γ(x)); sign 0 at the poles, where 1/Γ(x) = 0."""
    if x <= 0 and x == math.floor(x):
        return math.inf, 0.0
    sign = -1.0 if x < 0 and math.floor(x) % 2 else 1.0
    return math.lgamma(x), sign


def _gamma_ratio(top: Sequence[float], bottom: Sequence[float]) -> tuple[float, float, float]:
    """(ln|Π Γ(top) / Π Γ(bottom)|, sign, relative rounding error of the ratio): 0 (sign 0)
    when a Γ below is at a pole. Each ln Γ is good to a few EPS of its size, so the ratio of
    large Γs is good only to EPS times the sum of their logarithms."""
    log, sign, size = 0.0, 1.0, 0.0
    for x in top:
        value, s = _signed_lgamma(x)
        if s == 0.0:
            return math.inf, 1.0, math.inf  # not reached in the model: Γ(c), Γ(±d) finite there
        log, sign, size = log + value, sign * s, size + abs(value)
    for x in bottom:
        value, s = _signed_lgamma(x)
        if s == 0.0:
            return -math.inf, 0.0, 0.0
        log, sign, size = log - value, sign * s, size + abs(value)
    return log, sign, 4 * EPS * (1.0 + size)


def _series(a: float, b: float, c: float, z: float) -> tuple[float, float]:
    """Σ (a)_n (b)_n / ((c)_n n!) z^n to the float's precision, and its rounding error (EPS
    times the largest term: large where terms of both signs cancel); NaN if it does not settle
    within MAX_TERMS."""
    term = total = largest = 1.0
    for n in range(MAX_TERMS):
        below = c + n
        if below == 0.0:
            return math.inf, math.inf  # c a pole, the series undefined
        ratio = (a + n) * (b + n) / (below * (n + 1.0)) * z
        term *= ratio
        total += term
        size = term if term >= 0.0 else -term
        if size > largest:
            largest = size
        # Stopped only where the terms shrink, and past a negative c: a term made small by
        # (a)_n or (b)_n grows again where c + n passes near 0.
        elif size <= EPS * (total if total >= 0.0 else -total) and -1.0 < ratio < 1.0 \
                and below > 0.0:
            return total, EPS * largest
    return math.nan, math.inf


def hyp2f1(a: float, b: float, c: float, z: float) -> float:
    """Gauss's hypergeometric function ₂F₁(a, b; c; z) for 0 <= z < 1 (the BG/NBD's range).

    Up to z = 0.9 the defining series; beyond it the series in 1 - z (Abramowitz & Stegun
    15.3.6), or its digamma form (15.3.10-12) when c - a - b is an integer, where 15.3.6 has a
    0/0 — as cephes' hyp2f1 (scipy's) goes. Where that form's terms cancel (large a and b, or
    a << 0), the series in z and the series after Euler's transformation (1 - z)^(c-a-b)
    F(c-a, c-b; c; z) are tried too, and the one with the smallest rounding error serves."""
    if not 0.0 <= z < 1.0:
        raise ValueError(f"hyp2f1 is implemented for 0 <= z < 1, not z = {z}")
    if z == 0.0 or a == 0.0 or b == 0.0:
        return 1.0
    if any(p < 0 and p == math.floor(p) for p in (a, b)):
        return _series(a, b, c, z)[0]  # a polynomial
    d = c - a - b
    if z <= _SERIES_LIMIT:
        ways: tuple[_Way, ...] = (_in_z, _euler)
    elif z < _SLOW:
        ways = (_one_minus_z, _in_z, _euler)
    else:
        ways = (_one_minus_z,)
    best, best_error = math.nan, math.inf  # the error relative to the value
    for way in ways:
        value, error = way(a, b, c, d, z)
        if not math.isfinite(value):
            best = value if math.isnan(best) else best
            continue
        relative = error / abs(value) if value else (0.0 if error == 0.0 else math.inf)
        if relative < best_error or not math.isfinite(best):
            best, best_error = value, relative
        if best_error <= _TRUSTED:
            break
    return best


_Way = Callable[[float, float, float, float, float], tuple[float, float]]


def _in_z(a: float, b: float, c: float, _d: float, z: float) -> tuple[float, float]:
    return _series(a, b, c, z)


def _euler(a: float, b: float, c: float, d: float, z: float) -> tuple[float, float]:
    """(1 - z)^(c-a-b) F(c-a, c-b; c; z): terms of one sign where a << 0 makes them alternate."""
    factor = exp(d * math.log1p(-z))
    value, error = _series(c - a, c - b, c, z)
    return factor * value, factor * error


def _one_minus_z(a: float, b: float, c: float, d: float, z: float) -> tuple[float, float]:
    """A&S 15.3.6: Γ(c)Γ(d)/(Γ(c-a)Γ(c-b)) F(a, b; 1-d; s)
    + s^d Γ(c)Γ(-d)/(Γ(a)Γ(b)) F(c-a, c-b; 1+d; s), with s = 1 - z and d = c - a - b."""
    s = 1.0 - z
    k = round(d)
    if abs(d - k) <= _NEAR_INTEGER:
        # The digamma form, exact at d = k, is off by about |d - k| away from it; the general
        # form cancels to within EPS / |d - k|: whichever promises less.
        near = _one_minus_z_integer(a, b, c, d, k, s)
        near = near[0], near[1] + abs(d - k) * abs(near[0])
        if d == k:
            return near
        general = _one_minus_z_general(a, b, c, d, s)
        return near if near[1] <= general[1] else general
    return _one_minus_z_general(a, b, c, d, s)


def _one_minus_z_general(a: float, b: float, c: float, d: float, s: float
                         ) -> tuple[float, float]:
    value = error = 0.0
    for top, bottom, power, params in (((c, d), (c - a, c - b), 0.0, (a, b, 1.0 - d)),
                                       ((c, -d), (a, b), d, (c - a, c - b, 1.0 + d))):
        log, sign, relative = _gamma_ratio(top, bottom)
        if sign:
            factor = sign * exp(log + power * math.log(s))
            total, rounding = _series(*params, s)
            value += factor * total
            error += abs(factor) * (rounding + relative * abs(total))
    return value, error


def _one_minus_z_integer(a: float, b: float, c: float, d: float, k: int, s: float
                         ) -> tuple[float, float]:
    """A&S 15.3.10-12 for c - a - b = k an integer (d, the exact difference, stands in for k
    where it is smooth; cephes does the same); and its rounding error."""
    m, e = abs(k), abs(d)
    d1, d2 = (d, 0.0) if k >= 0 else (0.0, d)
    log_s = math.log(s)
    # The infinite sum with its logarithm and digammas. The bracket is a difference of numbers
    # of several units, so its rounding (times the weight) is counted, not just the terms'.
    weight, total, largest = 1.0, 0.0, 0.0  # 1/Γ(e+1) joins the prefactor, not to overflow
    for n in range(MAX_TERMS):
        psis = (digamma(n + 1.0), digamma(n + 1.0 + e), -digamma(a + n + d1),
                -digamma(b + n + d1), -log_s)
        bracket = math.fsum(psis)
        total += weight * bracket
        size = abs(weight) * sum(abs(v) for v in psis)
        largest = max(largest, size)
        ratio = s * (a + n + d1) * (b + n + d1) / ((n + 1.0) * (n + 1.0 + e))
        # ended by the weights, not by a bracket passing near 0
        if n > 0 and size <= EPS * abs(total) and abs(ratio) < 1.0:
            break
        weight *= ratio
    else:
        return math.nan, math.inf
    log_g, sign_g, relative = _gamma_ratio((c,), (a + d2, b + d2, e + 1.0))
    factor = sign_g * exp(log_g + (m * log_s if k > 0 else 0.0)) * (-1.0 if m % 2 else 1.0) \
        if sign_g else 0.0
    value, error = factor * total, abs(factor) * (EPS * largest + relative * abs(total))
    if k == 0:
        return value, error
    # the finite sum
    finite, term, largest = 1.0, 1.0, 1.0
    for n in range(m - 1):
        term *= s * (a + n + d2) * (b + n + d2) / ((1.0 - e + n) * (n + 1.0))
        finite += term
        largest = max(largest, abs(term))
    log_f, sign_f, relative = _gamma_ratio((e, c), (a + d1, b + d1))
    if sign_f:
        factor = sign_f * exp(log_f - (m * log_s if k < 0 else 0.0))
        value += factor * finite
        error += abs(factor) * (EPS * largest + relative * abs(finite))
    return value, error


@dataclass(frozen=True)
class Minimum:
    x: tuple[float, ...]
    fun: float
    evaluations: int
    converged: bool


Objective = Callable[[Sequence[float]], float]


def minimise(objective: Objective, start: Sequence[float],
             bounds: tuple[float, float], *, step: float = 0.5, xatol: float = 1e-8,
             fatol: float = 1e-12, max_evaluations: int = 6000, restarts: int = 6) -> Minimum:
    """The minimum of `objective` within the box `bounds` (the same for every coordinate), by
    Nelder-Mead restarted from its own best point until a restart no longer improves it.

    A simplex can collapse onto a line and stop short of the minimum; a fresh simplex around
    the point it found either confirms it (the restart moves it by less than the tolerances)
    or goes on. Converged means the last run met the tolerances (every vertex within `xatol`
    of the best, their values within `fatol`, both relative to 1 + |best|) and its restart
    confirmed the point. Non-finite values count as +inf, so the search moves away from them."""
    low, high = bounds
    point = [min(max(v, low), high) for v in start]
    used = 0
    best: Minimum | None = None
    for attempt in range(restarts + 1):
        found = _nelder_mead(objective, point, (low, high), step if attempt == 0 else
                             step / 5, xatol, fatol, max_evaluations - used)
        used += found.evaluations
        if not found.converged:
            return Minimum(found.x, found.fun, used, False)
        if best is not None and best.fun - found.fun <= fatol * (1.0 + abs(found.fun)) and max(
                abs(u - v) for u, v in zip(found.x, best.x, strict=True)) <= 10 * xatol * (
                1.0 + max(abs(v) for v in best.x)):
            return Minimum(found.x if found.fun < best.fun else best.x,
                           min(found.fun, best.fun), used, True)
        best, point = found, list(found.x)
    assert best is not None
    return Minimum(best.x, best.fun, used, False)


def _nelder_mead(objective: Objective, start: list[float], bounds: tuple[float, float],
                 step: float, xatol: float, fatol: float, budget: int) -> Minimum:
    """One Nelder-Mead run (reflection 1, expansion 2, contraction and shrink 1/2), trial
    points clipped into the box."""
    low, high = bounds
    evaluations = 0

    def value(point: list[float]) -> float:
        nonlocal evaluations
        evaluations += 1
        found = objective(point)
        return found if math.isfinite(found) else math.inf

    def clip(point: list[float]) -> list[float]:
        return [min(max(v, low), high) for v in point]

    n = len(start)
    simplex = [list(start)]
    for i in range(n):
        vertex = list(start)
        vertex[i] = vertex[i] + step if vertex[i] + step <= high else vertex[i] - step
        simplex.append(vertex)
    values = [value(v) for v in simplex]
    while evaluations < budget:
        order = sorted(range(n + 1), key=values.__getitem__)
        simplex, values = [simplex[i] for i in order], [values[i] for i in order]
        best, scale = simplex[0], 1.0 + max(abs(v) for v in simplex[0])
        if math.isfinite(values[0]) and max(abs(u - v) for vertex in simplex[1:]
                                             for u, v in zip(vertex, best, strict=True)
                                             ) <= xatol * scale and (
                values[-1] - values[0] <= fatol * (1.0 + abs(values[0]))):
            return Minimum(tuple(best), values[0], evaluations, True)
        centroid = [sum(vertex[i] for vertex in simplex[:-1]) / n for i in range(n)]
        worst = simplex[-1]
        reflected = clip([2 * c - w for c, w in zip(centroid, worst, strict=True)])
        f_reflected = value(reflected)
        if f_reflected < values[0]:
            expanded = clip([3 * c - 2 * w for c, w in zip(centroid, worst, strict=True)])
            f_expanded = value(expanded)
            simplex[-1], values[-1] = ((expanded, f_expanded) if f_expanded < f_reflected
                                       else (reflected, f_reflected))
            continue
        if f_reflected < values[-2]:
            simplex[-1], values[-1] = reflected, f_reflected
            continue
        outside = f_reflected < values[-1]
        toward = reflected if outside else worst
        contracted = [(c + t) / 2 for c, t in zip(centroid, toward, strict=True)]
        f_contracted = value(contracted)
        if f_contracted < (f_reflected if outside else values[-1]):
            simplex[-1], values[-1] = contracted, f_contracted
            continue
        for i in range(1, n + 1):
            simplex[i] = [(b + v) / 2 for b, v in zip(simplex[0], simplex[i], strict=True)]
            values[i] = value(simplex[i])
    order = sorted(range(n + 1), key=values.__getitem__)
    return Minimum(tuple(simplex[order[0]]), values[order[0]], evaluations, False)
