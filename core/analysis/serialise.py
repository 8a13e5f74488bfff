"""Analyses as plain data for ``--json`` and the files other tools read.

Keys are snake_case; money is in the base currency rounded to cents; every reason carries its
stable code beside its text in the language in force.
"""

from __future__ import annotations

import json.encoder
import math
from collections.abc import Callable, Mapping
from dataclasses import asdict
from functools import cache
from json import JSONEncoder
from json.encoder import encode_basestring
from typing import Any, TextIO

from core.analysis.model import Analysis, CustomerMetrics, Receivable


def _money(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def customer_json(c: CustomerMetrics, receivables: bool = True) -> dict[str, Any]:
    """The customer's figures and, unless `receivables` is false (an empty list in their
    place, the last key: :func:`write_analysis_json` writes them after), its invoices."""
    return {
        "customer": c.customer, "customer_id": c.customer_id, "country": c.country,
        "salesperson": c.salesperson, "tier": c.tier, "rank": c.rank, "tier_rank": c.tier_rank,
        "window_months": c.window_months, "project": c.project,
        "orders_12m": c.orders_12m, "revenue_12m": _money(c.revenue_12m),
        "avg_order_12m": _money(c.avg_order_12m), "gross_profit_12m": _money(c.gross_profit_12m),
        "gross_margin": c.gross_margin, "last_order_date": _iso(c.last_order_date),
        "recency_days": c.recency_days, "trial_orders": c.trial_orders,
        "rfmt": {k: v.passed for k, v in c.rfmt.items()},
        "rfmt_detail": {k: {"passed": v.passed, "value": v.value, "threshold": v.threshold,
                            "text": v.detail.text if v.detail else None}
                        for k, v in c.rfmt.items()},
        "criteria_passed": c.criteria_passed,
        "margin_band": list(c.margin_band) if c.margin_band else None,
        "margin_status": c.margin_status, "payment_terms": c.payment_terms,
        "main_rung": c.main_rung, "terms_mix": c.terms_mix, "incoterm_mix": c.incoterm_mix,
        "margin_error": c.margin_error, "missing_rates": c.missing_rates,
        "open_amount": _money(c.open_amount), "overdue_amount": _money(c.overdue_amount),
        "disputed_amount": _money(c.disputed_amount), "max_days_overdue": c.max_days_overdue,
        "small_remainders": _money(c.small_remainders),
        "credit_on_account": _money(c.credit_on_account),
        "written_off": _money(c.written_off),
        "written_off_on": c.written_off_on.isoformat() if c.written_off_on else None,
        "exchange_loss": _money(c.exchange_loss), "exchange_gain": _money(c.exchange_gain),
        "deposits_held": _money(c.deposits_held), "exposure": _money(c.exposure),
        "ship_dates_estimated": c.ship_dates_estimated,
        "aging": c.aging, "open_by_currency": c.open_by_currency,
        "on_time_share": c.on_time_share, "avg_days_late": c.avg_days_late,
        "late_by_days": c.late_by,
        "settled_invoices": c.settled_count, "risky_exposure": _money(c.risky_exposure),
        "capital_cost": _money(c.capital_cost), "capital_days": c.capital_days,
        "risk_score": c.risk_score, "risk_grade": c.risk_grade,
        "risk_points": c.risk_components, "stop_loss": c.stop_loss, "list": c.list,
        "list_reason": c.list_reason.as_json() if c.list_reason else None,
        "owner_decides": c.owner_decides,
        "suspended": c.suspended.as_json() if c.suspended else None,
        "spared": c.spared.as_json() if c.spared else None,
        "reasons": [m.as_json() for m in c.reasons],
        "red_flags": [m.as_json() for m in c.red_flags],
        "upgrade_candidate": c.upgrade_candidate,
        "upgrade_held": c.upgrade_held.as_json() if c.upgrade_held else None, "reprice": c.reprice,
        "reprice_basis": c.reprice_basis, "terms_too_risky": c.terms_too_risky,
        "tie_broken": c.tie_broken, "first_order_date": _iso(c.first_order_date),
        "pinned_list": c.pinned_list, "pinned_tier": c.pinned_tier,
        **credit_json(c),
        "clv": c.clv, "p_alive": _share(c.p_alive),
        "expected_orders_12m": _share(c.expected_orders_12m),
        "receivables": [receivable_json(r) for r in c.receivables] if receivables else [],
    }


def credit_json(c: CustomerMetrics) -> dict[str, Any]:
    """The credit limit (in the base currency, and as set), the insurance, the group."""
    limit, cover = c.credit_limit_set, c.insurance
    return {
        "credit_limit": _money(c.credit_limit),
        "credit_limit_set": None if limit is None else {
            "amount": limit.amount, "currency": limit.currency, "source": limit.source},
        "over_credit_limit": c.over_limit,
        "insured": None if cover is None or cover.percent <= 0 else {
            "insurer": cover.insurer, "percent": cover.percent, "source": cover.source},
        "insured_open": _money(c.insured_open),
        "uninsured_exposure": _money(c.uninsured_exposure),
        "group": c.credit_group, "group_members": c.credit_group_members,
        "group_exposure": _money(c.credit_group_exposure),
    }


def _share(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


RECEIVABLE_KEYS = (
    "order_no", "invoice_no", "currency", "amount", "received", "credited", "deposit_held",
    "open", "open_base", "order_date", "ship_date", "ship_date_estimated", "due_date",
    "days_overdue", "shipped", "disputed", "small_remainder", "rate_missing", "stop_loss",
    "paid_on", "exchange_difference")


def receivable_values(r: Receivable) -> tuple[Any, ...]:
    """One invoice as the account leaves it, in RECEIVABLE_KEYS' order: amounts in its own
    currency, open also in base."""
    return (r.order_no, r.invoice_no, r.currency, _money(r.amount), _money(r.received),
            _money(r.credited), _money(r.deposit), _money(r.open), _money(r.open_base),
            _iso(r.order_date), _iso(r.ship_date), r.ship_date_estimated, _iso(r.due_date),
            r.days_overdue, r.shipped, r.disputed, r.small, r.rate_missing, r.stop_loss,
            _iso(r.paid_on), _money(r.fx_difference))


def receivable_json(r: Receivable) -> dict[str, Any]:
    """One invoice as the account leaves it (RECEIVABLE_KEYS)."""
    return dict(zip(RECEIVABLE_KEYS, receivable_values(r), strict=True))


def _iso(day: Any) -> str | None:
    return day.isoformat() if day else None


def analysis_json(analysis: Analysis, customers: list[CustomerMetrics] | None = None
                  ) -> dict[str, Any]:
    return {
        "as_of": analysis.as_of.isoformat(),
        "receipts_date": analysis.receipts_date.isoformat(),
        "window_start": analysis.window_start.isoformat(),
        "base_currency": analysis.base_currency,
        "m_benchmark": analysis.m_benchmark, "ranked_by": analysis.ranked_by,
        "receipts_known": analysis.receipts_known, "missing_rates": analysis.missing_rates,
        "rank_by": analysis.rules.rank_by,
        "lifetime_value": None if analysis.lifetime is None else {
            "model": analysis.lifetime.model, "reason": analysis.lifetime.reason.as_json(),
            "currency": analysis.lifetime.currency,
            "value_basis": analysis.lifetime.value_basis,
            "repeat_buyers": analysis.lifetime.repeat_buyers},
        "shape": [asdict(s) for s in analysis.shape],
        "notes": [n.as_json() for n in analysis.notes],
        "customers": [customer_json(c) for c in (analysis.customers if customers is None
                                                 else customers)],
    }


# --- writing it -----------------------------------------------------------------------------

def write_json(value: Any, out: TextIO) -> None:
    """``json.dump(value, out, ensure_ascii=False, indent=2)``, the same text, several times
    faster on an analysis: the standard library indents in pure Python, value by value (most
    of `customers --json` on a firm with 100,000 invoices), while here each container of plain
    values (an invoice, an aging) is written by the C encoder in one call, its separators
    carrying the line breaks and the indentation."""
    parts: list[str] = []
    _put(value, 1, parts)
    out.write("".join(parts))


def write_analysis_json(analysis: Analysis, customers: list[CustomerMetrics], out: TextIO
                        ) -> None:
    """``write_json(analysis_json(analysis, customers), out)``, the same text, with each
    customer's part made and written in turn, and its invoices a block at a time: a
    million-line firm's invoices as dicts all at once would hold more memory than the analysis
    itself, and its biggest customer's alone (21,000 invoices) took the peak 44 MB higher."""
    text = _without_last_list(analysis_json(analysis, []), 1, "customers")
    if not customers:
        out.write(text)
        return
    out.write(text[:-len("[]\n}")] + "[")
    inner = "\n" + "  " * 2
    for number, c in enumerate(customers):
        out.write("," + inner if number else inner)
        _write_customer(c, out)
    out.write("\n  ]\n}")


def _without_last_list(value: Mapping[str, object], level: int, key: str) -> str:
    """`value` written at `level`, whose last key is `key`, an empty list."""
    parts: list[str] = []
    _put(value, level, parts)
    text = "".join(parts)
    assert text.endswith(f'"{key}": []' + "\n" + "  " * (level - 1) + "}")
    return text


def _write_customer(c: CustomerMetrics, out: TextIO) -> None:
    """One customer's part at its level (3), its receivables written RECEIVABLES_AT_ONCE at a
    time: the text of ``_put(customer_json(c), 3, ...)``."""
    text = _without_last_list(customer_json(c, receivables=False), 3, "receivables")
    if not c.receivables:
        out.write(text)
        return
    end = "\n" + "  " * 2 + "}"
    out.write(text[:-len("[]" + end)] + "[")
    inner = "\n" + "  " * 4
    for start in range(0, len(c.receivables), RECEIVABLES_AT_ONCE):
        block = c.receivables[start:start + RECEIVABLES_AT_ONCE]
        values = [value for r in block for value in receivable_values(r)]
        if _PLAIN.issuperset(map(type, values)):  # (always: else the longer way, same text)
            out.write(("," + inner if start else inner) + ("," + inner).join(
                _receivables_text(values)))
            continue
        parts: list[str] = []
        for number, r in enumerate(block, start):
            parts.append("," + inner if number else inner)
            _put(receivable_json(r), 5, parts)
        out.write("".join(parts))
    out.write("\n" + "  " * 3 + "]" + end)


# one invoice's text at level 5 of `customers --json`, its values' places %s
_RECEIVABLE_TEXT = "{" + ",".join(
    "\n" + "  " * 5 + encode_basestring(key).replace("%", "%%") + ": %s"
    for key in RECEIVABLE_KEYS) + "\n" + "  " * 4 + "}"


def _receivables_text(values: list[Any]) -> list[str]:
    """The invoices' texts, each what _put writes of its receivable_json at level 5, from all
    their plain values at once: one call of the C encoder for a block of invoices (it was a
    dict and a call each, most of `customers --json`'s writing). A value's text never holds
    the list's separator (a line break in a text is written \\n)."""
    size = len(RECEIVABLE_KEYS)
    text = _flat_writer(5)(values)
    items = text[1:-1].split(",\n" + "  " * 5)
    assert len(items) == len(values)
    return [_RECEIVABLE_TEXT % tuple(items[at:at + size]) for at in range(0, len(items), size)]


RECEIVABLES_AT_ONCE = 1000


# Values a container is written whole by the C encoder with (a subclass takes the longer way
# through _put and _scalar, to the same text)
_PLAIN = frozenset({str, int, float, bool, type(None)})
_C_ENCODER = getattr(json.encoder, "c_make_encoder", None)  # None where _json is missing


def _scalar(value: Any) -> str:
    """One plain value as json writes it."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return float.__repr__(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


@cache
def _flat_writer(level: int) -> Callable[[Any], str]:
    """The text of a container of plain values at `level`, each item on its line, by the C
    encoder; its function is made once here (JSONEncoder.encode makes it again each call,
    a hundred thousand invoices' worth of times)."""
    encoder = JSONEncoder(ensure_ascii=False, separators=(",\n" + "  " * level, ": "))
    if _C_ENCODER is None:
        return encoder.encode
    # JSONEncoder.iterencode's own call, without the circular check (plain values only)
    encode = _C_ENCODER(None, encoder.default, encode_basestring, None, encoder.key_separator,
                        encoder.item_separator, False, False, True)
    return lambda value: "".join(encode(value, 0))


def _key(key: Any) -> str:
    return encode_basestring(key if isinstance(key, str) else _scalar(key))


def _put(value: Any, level: int, parts: list[str]) -> None:
    if isinstance(value, dict):
        items: Any = value.items()
        plain = _PLAIN.issuperset(map(type, value.values()))
        brackets = "{}"
    elif isinstance(value, list | tuple):
        items = value
        plain = _PLAIN.issuperset(map(type, value))
        brackets = "[]"
    else:
        parts.append(_scalar(value))
        return
    if not value:
        parts.append(brackets)
        return
    inner, outer = "\n" + "  " * level, "\n" + "  " * (level - 1)
    if plain:
        text = _flat_writer(level)(value)
        parts.append(brackets[0] + inner + text[1:-1] + outer + brackets[1])
        return
    parts.append(brackets[0])
    if brackets == "{}":
        _put_items(items, level, parts)
    else:
        for number, item in enumerate(items):
            parts.append("," + inner if number else inner)
            _put(item, level + 1, parts)
    parts.append(outer + brackets[1])


def _put_items(items: Any, level: int, parts: list[str]) -> None:
    """A dict's items, not all plain: each run of plain values written by the C encoder in
    one call, as a plain dict's are (a customer's 80 keys, 70 of them plain, were 80 calls of
    _put and _scalar each: a fifth of `customers --json`'s writing at 20k lines)."""
    inner = "\n" + "  " * level
    run: dict[Any, Any] = {}
    first = True
    for key, item in items:
        if type(item) in _PLAIN:
            run[key] = item
            continue
        if run:
            parts.append(("," + inner if not first else inner)
                         + _flat_writer(level)(run)[1:-1])
            run, first = {}, False
        parts.append(("," + inner if not first else inner) + _key(key) + ": ")
        first = False
        _put(item, level + 1, parts)
    if run:
        parts.append(("," + inner if not first else inner) + _flat_writer(level)(run)[1:-1])
