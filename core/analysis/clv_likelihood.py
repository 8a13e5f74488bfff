"""The BG/NBD and Gamma-Gamma log-likelihoods of a whole customer base, with their gradients.

What a fit evaluates a few dozen times, so it is written for speed in pure Python: customers
with the same summary are counted once with their weight (a firm's thousands of one-time buyers
share a few hundred values of T), what depends on x alone is computed once per x, ln(α + day)
once per distinct day. The gradient comes with the value at little extra cost and lets BFGS
reach the maximum in a few dozen evaluations (core/analysis/clv_minimise.py). The formulas per
customer, and their sources: core/analysis/clv_models.py, docs/analysis.md.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from math import exp, lgamma, log, log1p

from core.analysis.clv_math import betaln, digamma


class _Customers:
    """Customers grouped by x, each distinct rest of the summary with its count."""

    def __init__(self, summaries: Sequence[tuple[float, ...]]) -> None:
        self.size = len(summaries)
        groups: dict[float, Counter[tuple[float, ...]]] = defaultdict(Counter)
        for x, *rest in summaries:
            groups[x][tuple(rest)] += 1
        self.groups = {x: (list(found), [float(n) for n in found.values()],
                           float(sum(found.values()))) for x, found in sorted(groups.items())}


class BgNbdCustomers(_Customers):
    """Σ ln L(r, α, a, b | x, t_x, T) over the customers (Fader, Hardie & Lee 2005a, eq. 6):
    ln L = ln Γ(r+x) - ln Γ(r) + r ln α + ln B(a, b+x) - ln B(a, b) - (r+x) ln(α+T)
    + δ(x>0) ln(1 + e^u), u = ln(a/(b+x-1)) + (r+x) ln((α+T)/(α+t_x))."""

    def __init__(self, x: Sequence[float], t_x: Sequence[float], T: Sequence[float]) -> None:
        super().__init__(list(zip(x, t_x, T, strict=True)))
        self.days = sorted({day for found, _, _ in self.groups.values()
                            for pair in found for day in pair})
        where = {day: i for i, day in enumerate(self.days)}
        self.indexed = [(x, [where[T] for _, T in found], [where[t_x] for t_x, _ in found],
                         weights, total) for x, (found, weights, total) in self.groups.items()]

    def log_likelihood(self, r: float, alpha: float, a: float, b: float) -> float:
        return self.with_gradient(r, alpha, a, b)[0]

    def with_gradient(self, r: float, alpha: float, a: float, b: float
                      ) -> tuple[float, list[float]]:
        """The log-likelihood and its derivatives by r, α, a and b."""
        log_days = [log(alpha + day) for day in self.days]
        inverse_days = [1.0 / (alpha + day) for day in self.days]
        size, psi_a, psi_ab = self.size, digamma(a), digamma(a + b)
        total = size * (-lgamma(r) + r * log(alpha) - betaln(a, b))
        d_r = size * (log(alpha) - digamma(r))
        d_alpha = size * r / alpha
        d_a = size * (psi_ab - psi_a)
        d_b = size * (psi_ab - digamma(b))
        for x, at_T, at_last, weights, count in self.indexed:
            n = r + x
            psi_abx = digamma(a + b + x)
            total += count * (lgamma(n) + betaln(a, b + x))
            d_r += count * digamma(n)
            d_a += count * (psi_a - psi_abx)
            d_b += count * (digamma(b + x) - psi_abx)
            if x == 0:
                log_T = math.fsum(w * log_days[i] for i, w in zip(at_T, weights, strict=True))
                total -= n * log_T
                d_r -= log_T
                d_alpha -= n * math.fsum(w * inverse_days[i]
                                         for i, w in zip(at_T, weights, strict=True))
                continue
            odds = log(a / (b + x - 1))  # ln B(a+1, b+x-1) - ln B(a, b+x)
            # the hot loop of a fit: per distinct (t_x, T), ln(1 + e^u), its weight
            # σ(u) = e^u / (1 + e^u) in the derivatives, and ln(α+T), 1/(α+T)
            soft = log_T = gone = gone_r = inverse_T = gone_alpha = 0.0
            for i, j, w in zip(at_T, at_last, weights, strict=True):
                later = log_days[i]
                apart = later - log_days[j]
                u = odds + n * apart
                if u > 0:
                    e = exp(-u)
                    soft += w * (u + log1p(e))
                    sigma = w / (1.0 + e)
                else:
                    e = exp(u)
                    soft += w * log1p(e)
                    sigma = w * e / (1.0 + e)
                log_T += w * later
                gone += sigma
                gone_r += sigma * apart
                inverse_T += w * inverse_days[i]
                gone_alpha += sigma * (inverse_days[i] - inverse_days[j])
            total += soft - n * log_T
            d_r += gone_r - log_T
            d_alpha += n * (gone_alpha - inverse_T)
            d_a += gone / a
            d_b -= gone / (b + x - 1)
        return total, [d_r, d_alpha, d_a, d_b]


class GammaGammaCustomers(_Customers):
    """Σ ln f(m_x | p, q, γ; x) over the repeat buyers (Fader, Hardie & Lee 2005b):
    ln f = ln Γ(px+q) - ln Γ(px) - ln Γ(q) + q ln γ + (px-1) ln m_x + px ln x
    - (px+q) ln(γ + x m_x); only ln(γ + x m_x) is summed per customer."""

    def __init__(self, x: Sequence[float], m: Sequence[float]) -> None:
        super().__init__(list(zip(x, m, strict=True)))
        self.log_means = {x: math.fsum(w * log(m) for (m,), w in zip(found, weights,
                                                                      strict=True))
                          for x, (found, weights, _) in self.groups.items()}

    def log_likelihood(self, p: float, q: float, gamma: float) -> float:
        return self.with_gradient(p, q, gamma)[0]

    def with_gradient(self, p: float, q: float, gamma: float) -> tuple[float, list[float]]:
        """The log-likelihood and its derivatives by p, q and γ."""
        log_gamma, psi_q = log(gamma), digamma(q)
        total = d_p = d_q = d_gamma = 0.0
        for x, (found, weights, count) in self.groups.items():
            px = p * x
            spent = inverse = 0.0
            for (m,), w in zip(found, weights, strict=True):
                value = gamma + x * m
                spent += w * log(value)
                inverse += w / value
            log_x, psi_pxq, log_means = log(x), digamma(px + q), self.log_means[x]
            total += (count * (q * log_gamma - lgamma(q) + lgamma(px + q) - lgamma(px)
                               + px * log_x) + (px - 1) * log_means - (px + q) * spent)
            d_p += x * (count * (psi_pxq - digamma(px) + log_x) + log_means - spent)
            d_q += count * (log_gamma - psi_q + psi_pxq) - spent
            d_gamma += count * q / gamma - (px + q) * inverse
        return total, [d_p, d_q, d_gamma]
