"""BG/NBD and Gamma-Gamma: likelihoods, maximum-likelihood fits and per-customer expectations.

Sources: Fader, Hardie & Lee (2005), "Counting your customers the easy way: an alternative to
the Pareto/NBD model", Marketing Science 24(2) — the BG/NBD; and Fader, Hardie & Lee (2005),
"RFM and CLV: using iso-value curves for customer base analysis", Journal of Marketing Research
42(4) — the Gamma-Gamma spend model. Formulas and their derivation: docs/analysis.md.

Each customer is summarised as x (repeat purchase occasions), t_x (time of the last one since
the first) and T (time from the first to the as-of date), in whatever unit the caller uses (the
firm's code uses days). Everything is computed in log space; parameters are optimised as
logarithms inside bounds, so no step can reach a negative or overflowing value. Pure Python
(core/analysis/clv_math.py): the app ships without numpy and scipy, which the tests use to
check these numbers.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from core.analysis.clv_likelihood import BgNbdCustomers, GammaGammaCustomers
from core.analysis.clv_math import Hypergeometric, betaln, logaddexp
from core.analysis.clv_minimise import minimise
from core.i18n import N_
from core.progress import CancelFn, check

# Each parameter is optimised as its logarithm within these bounds (about 1e-4 to 1.6e5): far
# wider than any fit of real data. A fit that ends within a factor e^0.5 of one has run along a
# flat ridge of the likelihood (e.g. a, b -> infinity: everyone equally likely to leave) and
# has no maximum worth using.
LOG_BOUNDS = (-9.0, 12.0)
_AT_BOUND = 0.5
# What a float operation raises where numpy would have returned inf or NaN.
NUMERIC_ERRORS = (ArithmeticError, ValueError)


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
    # the 2F1 of E[Y(t)] per x, kept: a forecast asks for each x's at thousands of t and T
    _series: dict[float, Hypergeometric] = field(default_factory=dict, init=False, repr=False,
                                                 compare=False)

    def log_likelihood(self, x: float, t_x: float, T: float) -> float:
        """ln L(r, α, a, b | x, t_x, T) of one customer (Fader, Hardie & Lee 2005a, eq. 6)."""
        r, alpha, a, b = self.r, self.alpha, self.a, self.b
        head = math.lgamma(r + x) - math.lgamma(r) + r * math.log(alpha)
        alive = betaln(a, b + x) - betaln(a, b) - (r + x) * math.log(alpha + T)
        gone = (betaln(a + 1, b + x - 1) - betaln(a, b) - (r + x) * math.log(alpha + t_x)
                if x > 0 else -math.inf)
        return head + logaddexp(alive, gone)

    def p_alive(self, x: float, t_x: float, T: float) -> float:
        """P(alive | x, t_x, T) = 1 / (1 + δ(x>0) a/(b+x-1) ((α+T)/(α+t_x))^(r+x))."""
        if x <= 0:
            return 1.0
        log_odds = math.log(self.a) - math.log(self.b + x - 1) + (self.r + x) * (
            math.log(self.alpha + T) - math.log(self.alpha + t_x))
        return 1.0 / (1.0 + math.exp(log_odds)) if log_odds < 700 else 0.0

    def expected_orders(self, t: float, x: float, t_x: float, T: float) -> float:
        """E[Y(t) | x, t_x, T]: purchases expected in the next t (Fader, Hardie & Lee 2005a,
        eq. 10)."""
        return self.expected_orders_if_alive(t, x, T) * self.p_alive(x, t_x, T)

    def expected_orders_if_alive(self, t: float, x: float, T: float) -> float:
        """E[Y(t)] of a customer known to be alive at T: eq. 10 without P(alive), the same for
        every t_x. The 2F1 is taken after Euler's transformation, whose parameters stay small
        however many purchases a customer made, so it neither overflows nor loses precision."""
        r, alpha, b = self.r, self.alpha, self.b
        a = self.a if abs(self.a - 1.0) > 1e-6 else 1.0 + 1e-6  # a = 1 is a removable 0/0
        z = t / (alpha + T + t)
        series = self._series.get(x)
        if series is None:
            series = self._series[x] = Hypergeometric(a + b - 1.0 - r, a - 1.0, a + b + x - 1.0)
        tail = math.exp((a - 1.0) * math.log1p(-z)) * series(z)
        return (a + b + x - 1.0) / (a - 1.0) * (1.0 - tail)


@dataclass(frozen=True)
class GammaGamma:
    """Spend per transaction ~ Gamma(p, ν) around the customer's mean, ν ~ Gamma(q, γ)."""

    p: float
    q: float
    gamma: float

    def log_likelihood(self, x: float, m: float) -> float:
        """ln f(m_x | p, q, γ; x) of the average spend m_x over x transactions (Fader, Hardie &
        Lee 2005b, appendix)."""
        p, q, g = self.p, self.q, self.gamma
        px = p * x
        return (math.lgamma(px + q) - math.lgamma(px) - math.lgamma(q) + q * math.log(g)
                + (px - 1) * math.log(m) + px * math.log(x) - (px + q) * math.log(g + x * m))

    def expected_value(self, x: float, m: float) -> float:
        """E[M | m_x, x] = (p(γ + x m_x)) / (p x + q - 1): the population mean p γ / (q - 1)
        weighted against the customer's own average by how much of it there is."""
        return self.p * (self.gamma + x * m) / (self.p * x + self.q - 1.0)


def _maximise(with_gradient: Callable[[list[float]], tuple[float, list[float]]], size: int,
              start: Sequence[float], what: str, cancel: CancelFn | None = None
              ) -> tuple[float, ...]:
    """The log-parameters maximising the mean log-likelihood within the log bounds.
    `with_gradient` takes the log-parameters and gives ln L and its gradient by them. The fit
    is most of a valuation's time: `cancel` is asked before each pass over the customers."""

    def negative_mean(log_params: Sequence[float]) -> tuple[float, list[float]]:
        check(cancel)
        try:
            value, gradient = with_gradient([math.exp(v) for v in log_params])
        except NUMERIC_ERRORS:
            return math.inf, [math.nan] * len(log_params)
        return -value / size, [-v / size for v in gradient]

    if not math.isfinite(negative_mean(start)[0]):
        raise FitFailed(what, N_("the likelihood is not finite"))
    best = minimise(lambda log_params: negative_mean(log_params)[0], start, LOG_BOUNDS,
                    with_gradient=negative_mean)
    if not best.converged or not math.isfinite(best.fun):
        raise FitFailed(what, N_("the optimiser did not converge"))
    if any(abs(v - bound) < _AT_BOUND for v in best.x for bound in LOG_BOUNDS):
        raise FitFailed(what, N_("a parameter ran to its bound: the likelihood is flat"))
    return best.x


def fit_bg_nbd(x: Sequence[float], t_x: Sequence[float], T: Sequence[float],
               cancel: CancelFn | None = None) -> tuple[BgNbd, float]:
    """The maximum-likelihood BG/NBD and its log-likelihood; raises FitFailed."""
    data = BgNbdCustomers(x, t_x, T)

    def with_gradient(params: list[float]) -> tuple[float, list[float]]:
        value, gradient = data.with_gradient(*params)
        return value, [p * d for p, d in zip(params, gradient, strict=True)]  # by ln θ

    rate = max(math.fsum(x) / max(math.fsum(T), 1e-9), 1e-6)
    start = [0.0, math.log(1.0 / rate), 0.0, 0.0]  # r = a = b = 1, α at the mean rate
    model = BgNbd(*(math.exp(v) for v in _maximise(with_gradient, data.size, start, "BG/NBD",
                                                   cancel)))
    return model, data.log_likelihood(model.r, model.alpha, model.a, model.b)


def fit_gamma_gamma(x: Sequence[float], m: Sequence[float], cancel: CancelFn | None = None
                    ) -> tuple[GammaGamma, float]:
    """The maximum-likelihood Gamma-Gamma on repeat buyers (x > 0, m > 0). q is fitted as
    1 + e^θ: at q <= 1 the mean spend p γ / (q - 1) would not exist."""
    data = GammaGammaCustomers(x, m)

    def with_gradient(params: list[float]) -> tuple[float, list[float]]:
        p, q_less_one, gamma = params
        value, (d_p, d_q, d_gamma) = data.with_gradient(p, 1.0 + q_less_one, gamma)
        return value, [p * d_p, q_less_one * d_q, gamma * d_gamma]  # by ln p, θ, ln γ

    start = [0.0, 0.0, math.log(max(math.fsum(m) / max(len(m), 1), 1e-6))]
    p, q_less_one, gamma = (math.exp(v) for v in _maximise(with_gradient, data.size, start,
                                                           "Gamma-Gamma", cancel))
    model = GammaGamma(p, 1.0 + q_less_one, gamma)
    return model, data.log_likelihood(model.p, model.q, model.gamma)


def simulate(purchases: BgNbd, spend: GammaGamma, customers: int, days: int, seed: int
             ) -> list[tuple[int, int, float]]:
    """(customer, day, amount) drawn from the two models: a data set whose true parameters are
    known, so a fit can be checked (the self-test, the tests). First purchases fall in the
    first quarter of the `days`; nothing after `days` is kept. α and γ are per day and amount."""
    rng = random.Random(seed)
    found = []
    for customer in range(customers):
        rate = rng.gammavariate(purchases.r, 1.0 / purchases.alpha)
        drop = rng.betavariate(purchases.a, purchases.b)
        scale = 1.0 / rng.gammavariate(spend.q, 1.0 / spend.gamma)  # 1 / ν
        day = float(rng.randrange(max(days // 4, 1)))
        found.append((customer, int(day), rng.gammavariate(spend.p, scale)))
        while rate > 0:
            day += rng.expovariate(rate)
            if day > days:
                break
            found.append((customer, int(day), rng.gammavariate(spend.p, scale)))
            if rng.random() < drop:
                break
    return found
