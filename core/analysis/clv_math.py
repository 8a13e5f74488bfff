"""The few special functions the lifetime value needs, in pure Python.

numpy and scipy would put two OpenBLAS builds (about 50 MB) into the app for a log-beta, a
hypergeometric function and a minimiser (core/analysis/clv_minimise.py); the bundle must stay
under 200 MB. These are small and exact enough, and tests/test_clv_math.py holds each of them
to scipy.special (a test-only dependency) over the models' whole domain and its hard corners.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Sequence

EPS = 2.220446049250313e-16  # the float's unit roundoff
MAX_TERMS = 10_000  # a hypergeometric series still running here has failed to converge
# Past this z the series in z needs many terms (about 37 / (1 - z)) and the series in 1 - z,
# now at most 0.25, takes over (cephes' hyp2f1, which scipy's is, switches at 0.9).
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
# Where c - a - b exceeds this, the 1 - z form's first series must run past its (1 - d + n)
# near 0, d terms at least, while the series in z, with c > d, settles in a few: it goes
# first however near 1 z is.
_LONG = 30.0
# A z up to this fraction below one already summed reuses its number of terms.
_REUSE = 0.02


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


class _Series:
    """Σ (a)_n (b)_n / ((c)_n n!) z^n for one a, b, c at many z. The coefficients are computed
    once, as far as the largest z asked for needs. A z is summed term by term the first time
    (to find how many terms it needs and how large the largest is); a z up to 2 % below one
    already summed is then summed by Horner's rule over that many terms, which is cheaper.
    (So a value can depend, in its last bits, on what was asked before.)"""

    def __init__(self, a: float, b: float, c: float) -> None:
        self.a, self.b, self.c = a, b, c
        self.coefficients = [1.0]
        # z already summed (increasing), the terms each needed and its largest term's size
        self.summed: list[float] = []
        self.terms: list[int] = []
        self.largest: list[float] = []

    def __call__(self, z: float) -> tuple[float, float]:
        """The sum and its rounding error (EPS times the largest term: large where terms of
        both signs cancel); inf where c is a pole, NaN where MAX_TERMS do not settle it."""
        i = bisect_left(self.summed, z)
        if i == len(self.summed) or self.summed[i] > z * (1.0 + _REUSE):
            return self._first_sum(z, i)
        total = 0.0
        for coefficient in reversed(self.coefficients[:self.terms[i]]):
            total = total * z + coefficient
        return total, EPS * self.largest[i]

    def _first_sum(self, z: float, at: int) -> tuple[float, float]:
        a, b, c, coefficients = self.a, self.b, self.c, self.coefficients
        term = total = largest = 1.0
        for n in range(MAX_TERMS):
            below = c + n
            if below == 0.0:
                return math.inf, math.inf  # c a pole, the series undefined
            step = (a + n) * (b + n) / (below * (n + 1.0))
            if n + 1 == len(coefficients):
                coefficients.append(coefficients[n] * step)
            ratio = step * z
            term *= ratio
            total += term
            size = term if term >= 0.0 else -term
            if size > largest:
                largest = size
            # Stopped only where the terms shrink, and past a negative c: a term made small by
            # (a)_n or (b)_n grows again where c + n passes near 0.
            elif size <= EPS * (total if total >= 0.0 else -total) and -1.0 < ratio < 1.0 \
                    and below > 0.0:
                self.summed.insert(at, z)
                self.terms.insert(at, n + 2)
                self.largest.insert(at, largest)
                return total, EPS * largest
        return math.nan, math.inf


def hyp2f1(a: float, b: float, c: float, z: float) -> float:
    """Gauss's hypergeometric function ₂F₁(a, b; c; z) for 0 <= z < 1 (the BG/NBD's range)."""
    return Hypergeometric(a, b, c)(z)


class Hypergeometric:
    """₂F₁(a, b; c; z) for one a, b, c at any 0 <= z < 1; its series are kept for the next z.

    Up to z = 0.75 the defining series; beyond it the series in 1 - z (Abramowitz & Stegun
    15.3.6), or its digamma form (15.3.10-12) when c - a - b is an integer, where 15.3.6 has a
    0/0 — cephes' hyp2f1 (scipy's) goes the same ways. Where the way taken cancels (large a and
    b, a << 0), the series in z and the series after Euler's transformation
    (1 - z)^(c-a-b) F(c-a, c-b; c; z) are tried too, and the smallest rounding error wins."""

    def __init__(self, a: float, b: float, c: float) -> None:
        self.a, self.b, self.c, self.d = a, b, c, c - a - b
        self.polynomial = any(p < 0 and p == math.floor(p) for p in (a, b))
        self._series: dict[tuple[float, float, float], _Series] = {}
        self._factors: list[tuple[float, float, float]] | None = None

    def __call__(self, z: float) -> float:
        if not 0.0 <= z < 1.0:
            raise ValueError(f"hyp2f1 is implemented for 0 <= z < 1, not z = {z}")
        if z == 0.0 or self.a == 0.0 or self.b == 0.0:
            return 1.0
        if self.polynomial:
            return self._sum(self.a, self.b, self.c, z)[0]
        if z <= _SERIES_LIMIT:
            ways: tuple[Callable[[float], tuple[float, float]], ...] = (self._in_z, self._euler)
        elif self.d > _LONG:
            ways = (self._in_z, self._one_minus_z, self._euler)
        elif z < _SLOW:
            ways = (self._one_minus_z, self._in_z, self._euler)
        else:
            ways = (self._one_minus_z,)
        best, best_error = math.nan, math.inf  # the error relative to the value
        for way in ways:
            value, error = way(z)
            if not math.isfinite(value):
                best = value if math.isnan(best) else best
                continue
            relative = error / abs(value) if value else (0.0 if error == 0.0 else math.inf)
            if relative < best_error or not math.isfinite(best):
                best, best_error = value, relative
            if best_error <= _TRUSTED:
                break
        return best

    def _sum(self, a: float, b: float, c: float, z: float) -> tuple[float, float]:
        series = self._series.get((a, b, c))
        if series is None:
            series = self._series[a, b, c] = _Series(a, b, c)
        return series(z)

    def _in_z(self, z: float) -> tuple[float, float]:
        return self._sum(self.a, self.b, self.c, z)

    def _euler(self, z: float) -> tuple[float, float]:
        """(1 - z)^(c-a-b) F(c-a, c-b; c; z): terms of one sign where a << 0 makes them
        alternate."""
        factor = exp(self.d * math.log1p(-z))
        value, error = self._sum(self.c - self.a, self.c - self.b, self.c, z)
        return factor * value, factor * error

    def _one_minus_z(self, z: float) -> tuple[float, float]:
        a, b, c, d, s = self.a, self.b, self.c, self.d, 1.0 - z
        k = round(d)
        if abs(d - k) <= _NEAR_INTEGER:
            # The digamma form, exact at d = k, is off by about |d - k| away from it; the
            # general form cancels to within EPS / |d - k|: whichever promises less.
            near = _one_minus_z_integer(a, b, c, d, k, s)
            near = near[0], near[1] + abs(d - k) * abs(near[0])
            if d == k:
                return near
            general = self._one_minus_z_general(s)
            return near if near[1] <= general[1] else general
        return self._one_minus_z_general(s)

    def _one_minus_z_general(self, s: float) -> tuple[float, float]:
        """A&S 15.3.6: Γ(c)Γ(d)/(Γ(c-a)Γ(c-b)) F(a, b; 1-d; s)
        + s^d Γ(c)Γ(-d)/(Γ(a)Γ(b)) F(c-a, c-b; 1+d; s), with s = 1 - z and d = c - a - b."""
        a, b, c, d = self.a, self.b, self.c, self.d
        if self._factors is None:
            self._factors = [_gamma_ratio((c, d), (c - a, c - b)),
                             _gamma_ratio((c, -d), (a, b))]
        value = error = 0.0
        for (log, sign, relative), power, params in zip(
                self._factors, (0.0, d), ((a, b, 1.0 - d), (c - a, c - b, 1.0 + d)),
                strict=True):
            if sign:
                factor = sign * exp(log + power * math.log(s))
                total, rounding = self._sum(*params, s)
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
