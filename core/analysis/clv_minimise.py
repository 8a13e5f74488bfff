"""A bounded minimiser in pure Python for the lifetime value's maximum-likelihood fits.

The likelihoods come with their exact gradients (core/analysis/clv_likelihood.py), and BFGS on
them reaches the maximum in 20-40 evaluations, where Nelder-Mead needs some 500: a fit of
30,000 customers takes under a second instead of several. A coordinate the gradient pushes
against a bound is held on it, as L-BFGS-B holds it. Where BFGS fails (a flat ridge, a kink)
or no gradient is given, Nelder-Mead takes over, restarted from its own best
point until a restart no longer improves it. tests/test_clv_math.py holds both to
scipy.optimize.minimize; the app carries no scipy (the bundle's size).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Objective = Callable[[Sequence[float]], float]
# A value and its gradient, computed together (the likelihoods share most of the work).
WithGradient = Callable[[Sequence[float]], tuple[float, list[float]]]
# BFGS has converged when the gradient is below this (relative to 1 + |f|), and has stalled
# when a step moves no coordinate by more than _STALLED (relative to 1 + |x|) before that.
_GRADIENT, _STALLED = 1e-9, 1e-12


@dataclass(frozen=True)
class Minimum:
    x: tuple[float, ...]
    fun: float
    evaluations: int
    converged: bool


def minimise(objective: Objective, start: Sequence[float],
             bounds: tuple[float, float], *, with_gradient: WithGradient | None = None,
             step: float = 0.5, xatol: float = 1e-8, fatol: float = 1e-12,
             max_evaluations: int = 6000, restarts: int = 6) -> Minimum:
    """The minimum of `objective` within the box `bounds` (the same for every coordinate).

    With `with_gradient` (the value and its exact gradient), BFGS from the start. Without it,
    or where BFGS fails, Nelder-Mead from the best point so far, restarted from its own best
    point until a restart no longer improves it: a simplex can collapse onto a line and stop
    short, and a fresh one around the point it found either confirms it or goes on.
    Converged means BFGS reached a gradient within _GRADIENT of zero, or Nelder-Mead's last
    run met `xatol` and `fatol` (every vertex within them of the best, relative to 1 + |best|)
    and a restart agreed. Non-finite values count as +inf, so the search moves away from
    them."""
    low, high = bounds
    point = [min(max(v, low), high) for v in start]
    used = 0
    if with_gradient is not None:
        exact = _bfgs(_Exact(with_gradient, max_evaluations), point, bounds)
        if exact.converged:
            return exact
        used = exact.evaluations
        point = list(exact.x) if math.isfinite(exact.fun) else point
    best: Minimum | None = None
    for attempt in range(restarts + 1):
        found = _nelder_mead(objective, point, bounds, step if attempt == 0 else step / 5,
                             xatol, fatol, max_evaluations - used)
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


class _Counted:
    """The objective with non-finite values as +inf, its calls counted against a budget."""

    def __init__(self, objective: Objective, budget: int) -> None:
        self.objective, self.budget, self.evaluations = objective, budget, 0

    def __call__(self, point: Sequence[float]) -> float:
        self.evaluations += 1
        found = self.objective(point)
        return found if math.isfinite(found) else math.inf

    @property
    def spent(self) -> bool:
        return self.evaluations >= self.budget


class _Exact(_Counted):
    """A value with its exact gradient, counted as one evaluation."""

    def __init__(self, with_gradient: WithGradient, budget: int) -> None:
        super().__init__(lambda point: with_gradient(point)[0], budget)
        self.with_gradient = with_gradient

    def both(self, point: Sequence[float]) -> tuple[float, list[float]]:
        self.evaluations += 1
        value, gradient = self.with_gradient(point)
        return (value, gradient) if math.isfinite(value) else (math.inf, gradient)


def _bfgs(evaluate: _Exact, x: list[float], bounds: tuple[float, float]) -> Minimum:
    """BFGS: inverse-Hessian updates, a backtracking line search kept inside the box.

    A coordinate on a wall whose gradient points out of the box is held there (projected
    BFGS, as L-BFGS-B does): a step along it would only be clipped back, and the line search
    would halve its way to nothing. With no coordinate held this is plain BFGS, step for
    step. Converged means the gradient of the coordinates still free is flat; a minimum on a
    wall is then found in a few evaluations, where the halving used to stall at rounding
    noise and leave it to Nelder-Mead (the flat likelihood of a firm whose customers never
    leave: 600 passes over a million orders' customers, 15 s). Steps that stall there, too
    small to move a coordinate, end it as converged: the held coordinates have nowhere to go
    and the free ones nowhere that rounding lets f tell. Off the walls a stall is a failure,
    as before, and Nelder-Mead takes over."""
    low, high = bounds
    n = len(x)
    f, g = evaluate.both(x)
    inverse: list[list[float]] | None = None  # the inverse Hessian, after the first step
    held = _held(x, g, bounds)
    while math.isfinite(f) and all(math.isfinite(v) for v in g) and not evaluate.spent:
        free_g = [0.0 if i in held else v for i, v in enumerate(g)]
        h_g = [sum(row[j] * free_g[j] for j in range(n)) for row in inverse] if inverse else free_g
        direction = [0.0 if i in held else -v for i, v in enumerate(h_g)]
        if sum(u * v for u, v in zip(free_g, direction, strict=True)) >= 0:  # not downhill
            inverse, direction = None, [-v for v in free_g]
        t = 1.0
        while True:
            trial = [min(max(u + t * v, low), high) for u, v in zip(x, direction, strict=True)]
            moved = [u - v for u, v in zip(trial, x, strict=True)]
            f_trial, g_trial = evaluate.both(trial)
            if f_trial <= f + 1e-4 * sum(u * v for u, v in zip(g, moved, strict=True)):
                break
            t /= 2
            if t < 1e-10 or evaluate.spent:
                return Minimum(tuple(x), f, evaluate.evaluations, bool(held) and t < 1e-10)
        now_held = _held(trial, g_trial, bounds)
        if now_held != held:  # other coordinates free: what was learnt of the curvature
            inverse, held = None, now_held  # mixed them with the held ones
        else:
            change = [0.0 if i in held else u - v
                      for i, (u, v) in enumerate(zip(g_trial, g, strict=True))]
            curvature = sum(u * v for u, v in zip(moved, change, strict=True))
            if curvature > 0:
                inverse = _updated(inverse, moved, change, curvature)
        x, f, g = trial, f_trial, g_trial
        if max((abs(v) for i, v in enumerate(g) if i not in held), default=0.0) <= _GRADIENT * (
                1.0 + abs(f)):
            return Minimum(tuple(x), f, evaluate.evaluations, True)
        if max(abs(v) for v in moved) <= _STALLED * (1.0 + max(abs(v) for v in x)):
            # steps too small to matter with the gradient not yet flat: rounding wins
            return Minimum(tuple(x), f, evaluate.evaluations, bool(held))
    return Minimum(tuple(x), f, evaluate.evaluations, False)


def _held(x: list[float], g: list[float], bounds: tuple[float, float]) -> frozenset[int]:
    """The coordinates on a wall of the box with the gradient pushing them out of it."""
    low, high = bounds
    return frozenset(i for i, (v, d) in enumerate(zip(x, g, strict=True))
                     if (v <= low and d > 0) or (v >= high and d < 0))


def _updated(inverse: list[list[float]] | None, s: list[float], y: list[float],
             curvature: float) -> list[list[float]]:
    """The BFGS update H' = (I - ρ s yᵀ) H (I - ρ y sᵀ) + ρ s sᵀ, ρ = 1 / (yᵀs); the first
    from H = (yᵀs / yᵀy) I, the usual scaling of the identity."""
    n = len(s)
    rho = 1.0 / curvature
    if inverse is None:
        scale = curvature / sum(v * v for v in y)
        inverse = [[scale if i == j else 0.0 for j in range(n)] for i in range(n)]
    h_y = [sum(inverse[i][j] * y[j] for j in range(n)) for i in range(n)]
    y_h_y = sum(y[i] * h_y[i] for i in range(n))
    return [[inverse[i][j] - rho * (h_y[i] * s[j] + s[i] * h_y[j])
             + (rho * rho * y_h_y + rho) * s[i] * s[j] for j in range(n)] for i in range(n)]


def _nelder_mead(objective: Objective, start: list[float], bounds: tuple[float, float],
                 step: float, xatol: float, fatol: float, budget: int) -> Minimum:
    """One Nelder-Mead run (reflection 1, expansion 2, contraction and shrink 1/2), trial
    points clipped into the box."""
    low, high = bounds
    value = _Counted(objective, budget)

    def clip(point: list[float]) -> list[float]:
        return [min(max(v, low), high) for v in point]

    n = len(start)
    simplex = [list(start)]
    for i in range(n):
        vertex = list(start)
        vertex[i] = vertex[i] + step if vertex[i] + step <= high else vertex[i] - step
        simplex.append(vertex)
    values = [value(v) for v in simplex]
    while not value.spent:
        order = sorted(range(n + 1), key=values.__getitem__)
        simplex, values = [simplex[i] for i in order], [values[i] for i in order]
        best, scale = simplex[0], 1.0 + max(abs(v) for v in simplex[0])
        if math.isfinite(values[0]) and max(abs(u - v) for vertex in simplex[1:]
                                             for u, v in zip(vertex, best, strict=True)
                                             ) <= xatol * scale and (
                values[-1] - values[0] <= fatol * (1.0 + abs(values[0]))):
            return Minimum(tuple(best), values[0], value.evaluations, True)
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
    return Minimum(tuple(simplex[order[0]]), values[order[0]], value.evaluations, False)
