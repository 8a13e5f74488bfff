"""The lifetime value as first written, on numpy and scipy: the tests' reference.

The app computes the lifetime value in pure Python (core/analysis/clv_math.py, clv_models.py,
clv.py) so that its bundle carries neither numpy nor scipy. This is the vectorised version it
replaced — gammaln, betaln, hyp2f1 from scipy.special, the fit by scipy.optimize.minimize —
kept here so the tests can show the pure-Python numbers are the same. numpy and scipy are in the
dev extra only.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt
from scipy.optimize import minimize
from scipy.special import betaln, gammaln, hyp2f1

from core.analysis.clv_models import LOG_BOUNDS

Array = npt.NDArray[np.float64]


class BgNbd:
    def __init__(self, r: float, alpha: float, a: float, b: float) -> None:
        self.r, self.alpha, self.a, self.b = r, alpha, a, b

    def log_likelihood(self, x: Array, t_x: Array, T: Array) -> Array:
        r, alpha, a, b = self.r, self.alpha, self.a, self.b
        head = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
        alive = betaln(a, b + x) - betaln(a, b) - (r + x) * np.log(alpha + T)
        repeat = x > 0
        gone = np.full_like(alive, -np.inf)
        gone[repeat] = (betaln(a + 1, b + x[repeat] - 1) - betaln(a, b)
                        - (r + x[repeat]) * np.log(alpha + t_x[repeat]))
        return np.asarray(head + np.logaddexp(alive, gone), dtype=np.float64)

    def p_alive(self, x: Array, t_x: Array, T: Array) -> Array:
        log_odds = np.full(np.shape(x), -np.inf)
        repeat = x > 0
        xr = x[repeat]
        log_odds[repeat] = (np.log(self.a) - np.log(self.b + xr - 1) + (self.r + xr) * (
            np.log(self.alpha + T[repeat]) - np.log(self.alpha + t_x[repeat])))
        return np.asarray(1.0 / (1.0 + np.exp(log_odds)), dtype=np.float64)

    def expected_orders(self, t: float, x: Array, t_x: Array, T: Array) -> Array:
        r, alpha, b = self.r, self.alpha, self.b
        a = self.a if abs(self.a - 1.0) > 1e-6 else 1.0 + 1e-6
        z = t / (alpha + T + t)
        tail = np.exp((a - 1.0) * np.log1p(-z)) * hyp2f1(a + b - 1.0 - r, a - 1.0,
                                                         a + b + x - 1.0, z)
        return np.asarray((a + b + x - 1.0) / (a - 1.0) * (1.0 - tail) * self.p_alive(x, t_x, T),
                          dtype=np.float64)


class GammaGamma:
    def __init__(self, p: float, q: float, gamma: float) -> None:
        self.p, self.q, self.gamma = p, q, gamma

    def log_likelihood(self, x: Array, m: Array) -> Array:
        p, q, g = self.p, self.q, self.gamma
        px = p * x
        return np.asarray(gammaln(px + q) - gammaln(px) - gammaln(q) + q * np.log(g)
                          + (px - 1) * np.log(m) + px * np.log(x) - (px + q) * np.log(g + x * m),
                          dtype=np.float64)

    def expected_value(self, x: Array, m: Array) -> Array:
        return np.asarray(self.p * (self.gamma + x * m) / (self.p * x + self.q - 1.0),
                          dtype=np.float64)


def maximise(negative_mean: Callable[[Array], float], start: Array) -> Array:
    """L-BFGS-B within the log bounds, polished by Nelder-Mead: the previous optimiser."""
    bounds = [LOG_BOUNDS] * len(start)
    with np.errstate(all="ignore"):
        first = minimize(negative_mean, start, method="L-BFGS-B", bounds=bounds)
        polished = minimize(negative_mean, np.clip(first.x, *LOG_BOUNDS), method="Nelder-Mead",
                            bounds=bounds, options={"xatol": 1e-9, "fatol": 1e-13,
                                                    "maxiter": 8000, "maxfev": 8000})
    best = polished if polished.fun <= first.fun else first
    assert polished.success or first.success
    return np.asarray(best.x)


def fit_bg_nbd(x: Array, t_x: Array, T: Array) -> BgNbd:
    rate = max(float(x.sum()) / max(float(T.sum()), 1e-9), 1e-6)
    start = np.log([1.0, 1.0 / rate, 1.0, 1.0])

    def negative_mean(log_params: Array) -> float:
        return -float(np.mean(BgNbd(*np.exp(log_params)).log_likelihood(x, t_x, T)))

    return BgNbd(*np.exp(maximise(negative_mean, start)))


def fit_gamma_gamma(x: Array, m: Array) -> GammaGamma:
    start = np.log([1.0, 1.0, max(float(np.mean(m)), 1e-6)])

    def model_of(log_params: Array) -> GammaGamma:
        p, q_less_one, gamma = np.exp(log_params)
        return GammaGamma(p, 1.0 + q_less_one, gamma)

    def negative_mean(log_params: Array) -> float:
        return -float(np.mean(model_of(log_params).log_likelihood(x, m)))

    return model_of(maximise(negative_mean, start))


def discounted_values(purchases: BgNbd, spend: GammaGamma, x: Array, t_x: Array, T: Array,
                      mean_repeat: Array, discount_rate: float, horizon_years: int
                      ) -> dict[str, Array]:
    """Per customer as the app reports them: p_alive, expected_orders_12m, the value of one
    order and the discounted revenue over the horizon (month by month)."""
    month_ends = np.arange(1, 12 * horizon_years + 1, dtype=np.float64) * 365.25 / 12
    with np.errstate(all="ignore"):
        cumulative = np.column_stack([np.zeros(len(x))] + [
            purchases.expected_orders(t, x, t_x, T) for t in month_ends])
        per_month = np.diff(cumulative, axis=1)
        discount = (1.0 + discount_rate) ** (-np.arange(1, len(month_ends) + 1) / 12.0)
        values = spend.expected_value(x, mean_repeat)
        return {"p_alive": purchases.p_alive(x, t_x, T),
                "expected_orders_12m": purchases.expected_orders(365.25, x, t_x, T),
                "expected_order_value": values, "clv_revenue": (per_month @ discount) * values}
