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
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from math import exp, log1p

from core.analysis.clv_math import betaln, hyp2f1, logaddexp, minimise
from core.i18n import N_

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
        tail = math.exp((a - 1.0) * math.log1p(-z)) * hyp2f1(a + b - 1.0 - r, a - 1.0,
                                                             a + b + x - 1.0, z)
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


class _Customers:
    """Customers with the same summary counted once: the likelihood's sum runs over distinct
    summaries, grouped by x, each term weighted by its count. A firm's thousands of one-time
    buyers share a few hundred values of T, so a fit costs what its distinct summaries do."""

    def __init__(self, summaries: Sequence[tuple[float, ...]]) -> None:
        self.size = len(summaries)
        groups: dict[float, Counter[tuple[float, ...]]] = defaultdict(Counter)
        for x, *rest in summaries:
            groups[x][tuple(rest)] += 1
        self.groups = {x: (list(found), [float(n) for n in found.values()],
                           float(sum(found.values()))) for x, found in sorted(groups.items())}


class _BgNbdData(_Customers):
    def __init__(self, x: Sequence[float], t_x: Sequence[float], T: Sequence[float]) -> None:
        super().__init__(list(zip(x, t_x, T, strict=True)))
        self.days = sorted({day for found, _, _ in self.groups.values()
                            for pair in found for day in pair})
        where = {day: i for i, day in enumerate(self.days)}
        self.indexed = [(x, [where[T] for _, T in found], [where[t_x] for t_x, _ in found],
                         weights, total) for x, (found, weights, total) in self.groups.items()]

    def log_likelihood(self, model: BgNbd) -> float:
        """Σ ln L over the customers: per x the terms that depend on x alone, per summary
        ln(α+T) and the log-odds of having left, as in BgNbd.log_likelihood."""
        r, alpha, a, b = model.r, model.alpha, model.a, model.b
        log_days = [math.log(alpha + day) for day in self.days]
        common = -math.lgamma(r) + r * math.log(alpha) - betaln(a, b)
        total = common * self.size
        for x, at_T, at_last, weights, count in self.indexed:
            n = r + x
            total += count * (math.lgamma(n) + betaln(a, b + x))
            if x == 0:
                total -= n * math.fsum(w * log_days[i] for i, w in zip(at_T, weights,
                                                                       strict=True))
                continue
            odds = math.log(a / (b + x - 1))  # ln B(a+1, b+x-1) - ln B(a, b+x)
            for i, j, w in zip(at_T, at_last, weights, strict=True):  # the hot loop of a fit
                log_T = log_days[i]
                u = odds + n * (log_T - log_days[j])
                total += w * ((u + log1p(exp(-u)) if u > 0 else log1p(exp(u))) - n * log_T)
        return total


class _GammaGammaData(_Customers):
    def __init__(self, x: Sequence[float], m: Sequence[float]) -> None:
        super().__init__(list(zip(x, m, strict=True)))
        self.log_means = {x: math.fsum(w * math.log(m) for (m,), w in zip(found, weights,
                                                                           strict=True))
                          for x, (found, weights, _) in self.groups.items()}

    def log_likelihood(self, model: GammaGamma) -> float:
        """Σ ln f over the repeat buyers; only ln(γ + x m_x) is summed per customer."""
        p, q, g = model.p, model.q, model.gamma
        head = q * math.log(g) - math.lgamma(q)
        total = 0.0
        for x, (found, weights, count) in self.groups.items():
            px = p * x
            total += count * (head + math.lgamma(px + q) - math.lgamma(px) + px * math.log(x))
            total += (px - 1) * self.log_means[x] - (px + q) * math.fsum(
                w * math.log(g + x * m) for (m,), w in zip(found, weights, strict=True))
        return total


def _maximise(log_likelihood: Callable[[tuple[float, ...]], float], size: int,
              start: Sequence[float], what: str) -> tuple[float, ...]:
    """The log-parameters maximising the mean log-likelihood within the log bounds."""

    def negative_mean(log_params: Sequence[float]) -> float:
        try:
            return -log_likelihood(tuple(math.exp(v) for v in log_params)) / size
        except NUMERIC_ERRORS:
            return math.inf

    if not math.isfinite(negative_mean(start)):
        raise FitFailed(what, N_("the likelihood is not finite"))
    best = minimise(negative_mean, start, LOG_BOUNDS)
    if not best.converged or not math.isfinite(best.fun):
        raise FitFailed(what, N_("the optimiser did not converge"))
    if any(abs(v - bound) < _AT_BOUND for v in best.x for bound in LOG_BOUNDS):
        raise FitFailed(what, N_("a parameter ran to its bound: the likelihood is flat"))
    return best.x


def fit_bg_nbd(x: Sequence[float], t_x: Sequence[float], T: Sequence[float]
               ) -> tuple[BgNbd, float]:
    """The maximum-likelihood BG/NBD and its log-likelihood; raises FitFailed."""
    data = _BgNbdData(x, t_x, T)
    rate = max(math.fsum(x) / max(math.fsum(T), 1e-9), 1e-6)
    start = [0.0, math.log(1.0 / rate), 0.0, 0.0]  # r = a = b = 1, α at the mean rate
    found = _maximise(lambda params: data.log_likelihood(BgNbd(*params)), data.size, start,
                      "BG/NBD")
    model = BgNbd(*(math.exp(v) for v in found))
    return model, data.log_likelihood(model)


def fit_gamma_gamma(x: Sequence[float], m: Sequence[float]) -> tuple[GammaGamma, float]:
    """The maximum-likelihood Gamma-Gamma on repeat buyers (x > 0, m > 0). q is fitted as
    1 + e^θ: at q <= 1 the mean spend p γ / (q - 1) would not exist."""
    data = _GammaGammaData(x, m)

    def model_of(params: Sequence[float]) -> GammaGamma:
        p, q_less_one, gamma = params
        return GammaGamma(p, 1.0 + q_less_one, gamma)

    start = [0.0, 0.0, math.log(max(math.fsum(m) / max(len(m), 1), 1e-6))]
    found = _maximise(lambda params: data.log_likelihood(model_of(params)), data.size, start,
                      "Gamma-Gamma")
    model = model_of([math.exp(v) for v in found])
    return model, data.log_likelihood(model)


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
