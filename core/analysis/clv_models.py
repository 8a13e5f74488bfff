"""BG/NBD and Gamma-Gamma: likelihoods, maximum-likelihood fits and per-customer expectations.

Sources: Fader, Hardie & Lee (2005), "Counting your customers the easy way: an alternative to
the Pareto/NBD model", Marketing Science 24(2) — the BG/NBD; and Fader, Hardie & Lee (2005),
"RFM and CLV: using iso-value curves for customer base analysis", Journal of Marketing Research
42(4) — the Gamma-Gamma spend model. Formulas and their derivation: docs/analysis.md.

Each customer is summarised as x (repeat purchase occasions), t_x (time of the last one since
the first) and T (time from the first to the as-of date), in whatever unit the caller uses (the
firm's code uses days). Everything is computed in log space with gammaln/betaln; parameters are
optimised as logarithms inside bounds, so no step can reach a negative or overflowing value.
Only scipy.special and scipy.optimize are used: the app's bundle ships nothing else of scipy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy.optimize import minimize
from scipy.special import betaln, gammaln, hyp2f1

from core.i18n import N_

# Each parameter is optimised as its logarithm within these bounds (about 1e-4 to 1.6e5): far
# wider than any fit of real data. A fit that ends within a factor e^0.5 of one has run along a
# flat ridge of the likelihood (e.g. a, b -> infinity: everyone equally likely to leave) and
# has no maximum worth using; hyp2f1 also loses all precision out there.
LOG_BOUNDS = (-9.0, 12.0)
_AT_BOUND = 0.5
Array = npt.NDArray[np.float64]  # one value per customer


class FitFailed(Exception):
    """The likelihood has no usable maximum; `reason` is a message id saying which way."""

    def __init__(self, model: str, reason: str) -> None:
        super().__init__(f"{model}: {reason}")
        self.model, self.reason = model, reason


@dataclass(frozen=True)
class BgNbd:
    """Purchase rate λ ~ Gamma(r, α) while alive; after each repeat purchase the customer
    drops out with probability p ~ Beta(a, b). α is per unit of time (days here)."""

    r: float
    alpha: float
    a: float
    b: float

    def log_likelihood(self, x: Array, t_x: Array, T: Array) -> Array:
        """ln L(r, α, a, b | x, t_x, T) per customer (Fader, Hardie & Lee 2005a, eq. 6)."""
        r, alpha, a, b = self.r, self.alpha, self.a, self.b
        head = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
        alive = betaln(a, b + x) - betaln(a, b) - (r + x) * np.log(alpha + T)
        repeat = x > 0
        gone = np.full_like(alive, -np.inf)
        gone[repeat] = (betaln(a + 1, b + x[repeat] - 1) - betaln(a, b)
                        - (r + x[repeat]) * np.log(alpha + t_x[repeat]))
        return np.asarray(head + np.logaddexp(alive, gone), dtype=np.float64)

    def p_alive(self, x: Array, t_x: Array, T: Array) -> Array:
        """P(alive | x, t_x, T) = 1 / (1 + δ(x>0) a/(b+x-1) ((α+T)/(α+t_x))^(r+x))."""
        log_odds = np.full(np.shape(x), -np.inf)
        repeat = x > 0
        xr = x[repeat]
        log_odds[repeat] = (np.log(self.a) - np.log(self.b + xr - 1) + (self.r + xr) * (
            np.log(self.alpha + T[repeat]) - np.log(self.alpha + t_x[repeat])))
        return np.asarray(1.0 / (1.0 + np.exp(log_odds)), dtype=np.float64)

    def expected_orders(self, t: float, x: Array, t_x: Array, T: Array
                        ) -> Array:
        """E[Y(t) | x, t_x, T]: purchases expected in the next t (Fader, Hardie & Lee 2005a,
        eq. 10). The 2F1 is taken after Euler's transformation, whose parameters stay small
        however many purchases a customer made, so it neither overflows nor loses precision."""
        r, alpha, b = self.r, self.alpha, self.b
        a = self.a if abs(self.a - 1.0) > 1e-6 else 1.0 + 1e-6  # a = 1 is a removable 0/0
        z = t / (alpha + T + t)
        tail = np.exp((a - 1.0) * np.log1p(-z)) * hyp2f1(a + b - 1.0 - r, a - 1.0,
                                                         a + b + x - 1.0, z)
        expected = (a + b + x - 1.0) / (a - 1.0) * (1.0 - tail) * self.p_alive(x, t_x, T)
        return np.asarray(expected, dtype=np.float64)


@dataclass(frozen=True)
class GammaGamma:
    """Spend per transaction ~ Gamma(p, ν) around the customer's mean, ν ~ Gamma(q, γ)."""

    p: float
    q: float
    gamma: float

    def log_likelihood(self, x: Array, m: Array) -> Array:
        """ln f(m_x | p, q, γ; x) of the average spend m_x over x transactions (Fader, Hardie &
        Lee 2005b, appendix)."""
        p, q, g = self.p, self.q, self.gamma
        px = p * x
        return np.asarray(gammaln(px + q) - gammaln(px) - gammaln(q) + q * np.log(g)
                          + (px - 1) * np.log(m) + px * np.log(x) - (px + q) * np.log(g + x * m),
                          dtype=np.float64)

    def expected_value(self, x: Array, m: Array) -> Array:
        """E[M | m_x, x] = (p(γ + x m_x)) / (p x + q - 1): the population mean p γ / (q - 1)
        weighted against the customer's own average by how much of it there is."""
        return np.asarray(self.p * (self.gamma + x * m) / (self.p * x + self.q - 1.0),
                          dtype=np.float64)


def _maximise(negative_mean: Callable[[Array], float], start: Array,
              what: str) -> Array:
    """L-BFGS-B within the log bounds, polished by Nelder-Mead; the log-parameters found."""
    bounds = [LOG_BOUNDS] * len(start)
    with np.errstate(all="ignore"):
        first = minimize(negative_mean, start, method="L-BFGS-B", bounds=bounds)
        if not np.isfinite(first.fun):
            raise FitFailed(what, N_("the likelihood is not finite"))
        polished = minimize(negative_mean, np.clip(first.x, *LOG_BOUNDS), method="Nelder-Mead",
                            bounds=bounds, options={"xatol": 1e-7, "fatol": 1e-11,
                                                    "maxiter": 4000})
    best = polished if polished.fun <= first.fun else first
    if not (polished.success or first.success) or not np.isfinite(best.fun):
        raise FitFailed(what, N_("the optimiser did not converge"))
    if np.any(np.abs(best.x - LOG_BOUNDS[0]) < _AT_BOUND) or np.any(
            np.abs(best.x - LOG_BOUNDS[1]) < _AT_BOUND):
        raise FitFailed(what, N_("a parameter ran to its bound: the likelihood is flat"))
    return np.asarray(best.x)


def fit_bg_nbd(x: Array, t_x: Array, T: Array) -> tuple[BgNbd, float]:
    """The maximum-likelihood BG/NBD and its log-likelihood; raises FitFailed."""
    rate = max(float(x.sum()) / max(float(T.sum()), 1e-9), 1e-6)
    start = np.log([1.0, 1.0 / rate, 1.0, 1.0])

    def negative_mean(log_params: Array) -> float:
        return -float(np.mean(BgNbd(*np.exp(log_params)).log_likelihood(x, t_x, T)))

    model = BgNbd(*np.exp(_maximise(negative_mean, start, "BG/NBD")))
    return model, float(np.sum(model.log_likelihood(x, t_x, T)))


def fit_gamma_gamma(x: Array, m: Array) -> tuple[GammaGamma, float]:
    """The maximum-likelihood Gamma-Gamma on repeat buyers (x > 0, m > 0). q is fitted as
    1 + e^θ: at q <= 1 the mean spend p γ / (q - 1) would not exist."""
    start = np.log([1.0, 1.0, max(float(np.mean(m)), 1e-6)])

    def model_of(log_params: Array) -> GammaGamma:
        p, q_less_one, gamma = np.exp(log_params)
        return GammaGamma(p, 1.0 + q_less_one, gamma)

    def negative_mean(log_params: Array) -> float:
        return -float(np.mean(model_of(log_params).log_likelihood(x, m)))

    model = model_of(_maximise(negative_mean, start, "Gamma-Gamma"))
    return model, float(np.sum(model.log_likelihood(x, m)))


def simulate(purchases: BgNbd, spend: GammaGamma, customers: int, days: int, seed: int
             ) -> list[tuple[int, int, float]]:
    """(customer, day, amount) drawn from the two models: a data set whose true parameters are
    known, so a fit can be checked (the self-test, the tests). First purchases fall in the
    first quarter of the `days`; nothing after `days` is kept. α and γ are per day and amount."""
    rng = np.random.default_rng(seed)
    rates = rng.gamma(purchases.r, 1.0 / purchases.alpha, customers)
    drops = rng.beta(purchases.a, purchases.b, customers)
    scales = 1.0 / rng.gamma(spend.q, 1.0 / spend.gamma, customers)  # 1 / ν
    found = []
    for customer in range(customers):
        day = float(rng.integers(0, max(days // 4, 1)))
        found.append((customer, int(day), float(rng.gamma(spend.p, scales[customer]))))
        while True:
            day += rng.exponential(1.0 / rates[customer])
            if day > days:
                break
            found.append((customer, int(day), float(rng.gamma(spend.p, scales[customer]))))
            if rng.random() < drops[customer]:
                break
    return found
