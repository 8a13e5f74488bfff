"""Every threshold and business rule, with its default and why, in one place.

Values are stored in the firm's database (a firm's rules travel with its data); a key added by a
newer version takes its default until changed. The analysis reads them through :func:`load`.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from core.i18n import N_
from core.messages import Refusal
from core.store import utils_db


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    explanation: str  # N_ template
    kind: str = "str"  # str, int, float, bool, choice, list, date, rung
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None


SETTINGS: tuple[Setting, ...] = (
    Setting("firm_name", "", N_("Your firm's name, printed on every list."), "str"),
    Setting("base_currency", "USD", N_(
        "Currency all amounts are converted to for analysis; ledger rows without a currency "
        "are taken to be in it."), "str"),
    Setting("date_order", "mdy", N_(
        "How to read dates like 03/04/2025 when nothing in the column settles it: mdy "
        "(month first, as US systems write) or dmy (day first). Year-first dates are always "
        "year-month-day."), "choice", ("mdy", "dmy")),
    # the window and the receipts date
    Setting("window_months", 12, N_(
        "Months in the analysis window ending at the as-of date (article: 12)."), "int", (),
        1, 60),
    Setting("project_window_months", 24, N_(
        "Window for customers tagged as project buyers, who order in large, rare lots."),
        "int", (), 1, 120),
    Setting("receipts_date", "", N_(
        "Date up to which receipts are booked (YYYY-MM-DD); empty: the latest date received "
        "in the data, or the as-of date where there is none."), "date"),
    # R-F-M-T
    Setting("f_min_orders", 2, N_(
        "F: valid orders needed in the window (article: at least 2 a year)."), "int", (), 1, 100),
    Setting("m_multiple", 2.0, N_(
        "M: the customer's average order must be at least this many times the benchmark "
        "(article: 2)."), "float", (), 0.1, 100),
    Setting("m_benchmark_usd", 0.0, N_(
        "M: the benchmark average order in USD, e.g. 50000 for consumer goods; 0 uses your "
        "own average valid order in the window."), "float", (), 0, 1e9),
    Setting("t_enabled", True, N_("T: judge customers by their trade terms at all."), "bool"),
    Setting("t_accepted_incoterms", ["FOB", "CIP"], N_(
        "T: Incoterms that show supply-chain competence (article: FOB and CIP)."), "list"),
    Setting("t_neutral_incoterms", ["DDP"], N_(
        "T: Incoterms you offer top customers as a service; they count neither way."), "list"),
    Setting("t_min_share", 0.5, N_(
        "T: share of the customer's orders that must be on accepted terms."), "float", (),
        0.01, 1),
    # the pyramid
    Setting("tier_caps", "share", N_(
        "Size tiers by share of active customers or by fixed counts."), "choice",
        ("share", "count")),
    Setting("strategic_share", 0.20, N_("Strategic tier's share of active customers (article: "
                                        "20%)."), "float", (), 0, 1),
    Setting("core_share", 0.30, N_("Core tier's share of active customers (article: 30%)."),
            "float", (), 0, 1),
    Setting("strategic_count", 10, N_(
        "Strategic customers at most, when tiers are sized by counts (what your team can "
        "serve)."), "int", (), 0, 100000),
    Setting("core_count", 30, N_("Core customers at most, when tiers are sized by counts."),
            "int", (), 0, 100000),
    Setting("strategic_min_criteria", 3, N_(
        "RFMT criteria a strategic customer must pass; below it drops a tier."), "int", (), 0,
        4),
    Setting("core_min_criteria", 2, N_("RFMT criteria a core customer must pass."), "int", (),
            0, 4),
    # margins and terms per tier
    Setting("margin_bands", "article", N_(
        "Margin bands per tier: the article's (35–45 / 25–30 / 15–20 %) or your own "
        "quartiles."), "choice", ("article", "quartiles")),
    Setting("strategic_expected_rung", "oa", N_(
        "Riskiest payment terms acceptable for strategic customers."), "rung"),
    Setting("core_expected_rung", "lc_sight", N_(
        "Riskiest payment terms acceptable for core customers (article: L/C)."), "rung"),
    Setting("long_tail_expected_rung", "deposit_before_shipment", N_(
        "Riskiest payment terms acceptable for long-tail customers."), "rung"),
    # receivables and risk
    Setting("tolerance_usd", 50.0, N_(
        "A shortfall up to this many USD counts as paid (bank charges)."), "float", (), 0, 1e6),
    Setting("tolerance_pct", 0.5, N_(
        "… or up to this percent of the invoice, whichever is larger."), "float", (), 0, 20),
    Setting("default_credit_days", 30, N_(
        "Days after shipment an invoice falls due when the ledger gives neither a due date "
        "nor payment terms that say."), "int", (), 0, 365),
    Setting("capital_rate_pct", 12.0, N_(
        "Yearly cost of capital tied up in late receivables (article: about 12%)."), "float",
        (), 0, 100),
    Setting("risky_rung", "dp", N_(
        "Payment terms from which exposure counts as risky (D/P or worse by default)."),
        "rung"),
    Setting("risk_weight_days", 35.0, N_("Risk score points for days past due."), "float", (),
            0, 100),
    Setting("risk_weight_overdue_share", 20.0, N_(
        "Risk score points for the overdue share of open receivables."), "float", (), 0, 100),
    Setting("risk_weight_terms", 15.0, N_("Risk score points for exposure on risky terms."),
            "float", (), 0, 100),
    Setting("risk_weight_history", 20.0, N_(
        "Risk score points for a history of late payment."), "float", (), 0, 100),
    Setting("risk_weight_capital", 10.0, N_(
        "Risk score points for the size of the overdue exposure."), "float", (), 0, 100),
    Setting("risk_days_full", 120, N_(
        "Days past due that score the full points for lateness."), "int", (), 1, 1000),
    # the stop-loss phase
    Setting("stop_loss_days", 60, N_(
        "Stop-loss: days past due that trigger it (article: 60)."), "int", (), 1, 1000),
    Setting("stop_loss_days_dp", 14, N_(
        "Stop-loss days for D/P: unredeemed documents leave a container at a foreign port."),
        "int", (), 1, 1000),
    Setting("stop_loss_avg_order_usd", 20000.0, N_(
        "Stop-loss: only customers whose average order is under this many USD (article: "
        "20,000)."), "float", (), 0, 1e9),
    Setting("stop_loss_exposure_usd", 50000.0, N_(
        "Stop-loss whatever the order size: overdue exposure net of deposits above this many "
        "USD."), "float", (), 0, 1e12),
    Setting("watch_days", 30, N_("Watch list: days past due (or grade D/E)."), "int", (), 1,
            1000),
    Setting("due_by_days", 14, N_("Days after the as-of date by which list actions are due."),
            "int", (), 1, 365),
    # data safety
    Setting("backup_budget_mb", 1000, N_(
        "Disk space, in MB, the safety copies taken before imports and bulk corrections may "
        "use together; the oldest are deleted beyond it (the newest is always kept)."), "int",
        (), 10, 1000000),
)
BY_KEY = {s.key: s for s in SETTINGS}

# Value of one unit in US dollars, applied from 2000-01-01 until the user adds dated rates.
DEFAULT_RATES: dict[str, float] = {
    "USD": 1.0, "CNY": 0.1389, "EUR": 1.08, "GBP": 1.27, "JPY": 0.0067, "HKD": 0.128,
    "AUD": 0.66, "CAD": 0.73, "SGD": 0.74, "AED": 0.2723, "SAR": 0.2667, "RUB": 0.011,
    "INR": 0.012, "BRL": 0.18, "MXN": 0.055, "KRW": 0.00072, "THB": 0.028, "VND": 0.000039,
    "IDR": 0.000062, "MYR": 0.22, "PHP": 0.017, "TRY": 0.029, "ZAR": 0.054, "NZD": 0.6,
    "CHF": 1.13, "SEK": 0.095, "NOK": 0.093, "DKK": 0.145, "PLN": 0.25, "CZK": 0.043,
    "ILS": 0.27, "CLP": 0.00105, "COP": 0.00024, "PEN": 0.27, "ARS": 0.001, "EGP": 0.02,
    "NGN": 0.00065, "KES": 0.0077, "PKR": 0.0036, "BDT": 0.0083, "TWD": 0.031,
}
RATES_FROM = "2000-01-01"


def _convert(setting: Setting, raw: Any) -> Any:
    if setting.kind == "int":
        return int(str(raw).strip())
    if setting.kind == "float":
        return float(str(raw).strip().rstrip("%"))
    if setting.kind == "bool":
        text = str(raw).strip().lower()
        if text in ("1", "true", "yes", "y", "on", "是"):
            return True
        if text in ("0", "false", "no", "n", "off", "否"):
            return False
        raise ValueError(raw)
    if setting.kind == "date":
        text = str(raw).strip()
        return date.fromisoformat(text).isoformat() if text else ""
    if setting.kind == "rung":
        from core.ledger.terms import RUNGS

        text = str(raw).strip().lower()
        if text not in RUNGS:
            raise ValueError(raw)
        return text
    if setting.kind == "list":
        items = raw if isinstance(raw, list) else str(raw).replace("，", ",").split(",")
        return [str(i).strip().upper() for i in items if str(i).strip()]
    return str(raw).strip()


def validate(key: str, raw: Any) -> Any:
    """The value a user typed, checked and converted, or a Refusal saying what is wrong."""
    setting = BY_KEY.get(key)
    if setting is None:
        raise Refusal("unknown_setting", N_("There is no setting called “{key}”."), key=key)
    try:
        value = _convert(setting, raw)
    except (TypeError, ValueError):
        raise Refusal("bad_setting_value", N_("“{value}” is not a valid value for {key}."),
                      key=key, value=raw) from None
    if setting.kind == "choice" and value not in setting.choices:
        raise Refusal("bad_setting_choice", N_("{key} must be one of: {choices}."), key=key,
                      choices=", ".join(setting.choices))
    if setting.key == "base_currency" and not (len(value) == 3 and value.isalpha()):
        raise Refusal("bad_currency", N_("“{value}” is not a currency code like USD."),
                      value=raw)
    numeric = setting.kind in ("int", "float")
    if numeric and setting.minimum is not None and value < setting.minimum:
        raise Refusal("setting_too_small", N_("{key} must be at least {minimum}."), key=key,
                      minimum=setting.minimum)
    if numeric and setting.maximum is not None and value > setting.maximum:
        raise Refusal("setting_too_large", N_("{key} must be at most {maximum}."), key=key,
                      maximum=setting.maximum)
    return value.upper() if setting.key == "base_currency" else value


def seed_defaults(conn: sqlite3.Connection) -> None:
    """Store every default not stored yet, and the default currency rates on first use."""
    conn.executemany("INSERT OR IGNORE INTO settings(key, value) VALUES (?, ?)",
                     [(s.key, json.dumps(s.default)) for s in SETTINGS])
    if conn.execute("SELECT COUNT(*) FROM currency_rates").fetchone()[0] == 0:
        conn.executemany(
            "INSERT INTO currency_rates(currency, valid_from, usd_per_unit) VALUES (?, ?, ?)",
            [(code, RATES_FROM, rate) for code, rate in DEFAULT_RATES.items()])


def load(conn: sqlite3.Connection) -> dict[str, Any]:
    values = {s.key: s.default for s in SETTINGS}
    for row in conn.execute("SELECT key, value FROM settings"):
        if row[0] in values:
            values[row[0]] = json.loads(row[1])
    return values


def get(conn: sqlite3.Connection, key: str) -> Any:
    return load(conn)[key]


def put(conn: sqlite3.Connection, key: str, raw: Any) -> Any:
    value = validate(key, raw)
    utils_db(conn)["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")
    return value


class Rates:
    """Converts amounts to the base currency at the rate in force on a date."""

    def __init__(self, conn: sqlite3.Connection, base: str) -> None:
        self.base = base
        self._table: dict[str, list[tuple[str, float]]] = {}
        for row in conn.execute("SELECT currency, valid_from, usd_per_unit FROM currency_rates "
                                "ORDER BY currency, valid_from"):
            self._table.setdefault(row[0], []).append((row[1], row[2]))

    def usd_per_unit(self, currency: str, on: str | date) -> float | None:
        history = self._table.get(currency)
        if not history:
            return None
        day = on.isoformat() if isinstance(on, date) else on
        rate = history[0][1]
        for valid_from, value in history:
            if valid_from <= day:
                rate = value
            else:
                break
        return rate

    def factor(self, currency: str, on: str | date) -> float | None:
        """Base units per unit of currency on that day, None where a rate is missing."""
        if currency == self.base:
            return 1.0
        unit, base = self.usd_per_unit(currency, on), self.usd_per_unit(self.base, on)
        return None if unit is None or base is None else unit / base

    def known(self, currency: str) -> bool:
        return currency == self.base or currency in self._table

    def to_base(self, amount: float, currency: str, on: str | date) -> float | None:
        factor = self.factor(currency, on)
        return None if factor is None else amount * factor


def reset_defaults(conn: sqlite3.Connection, keys: list[str] | tuple[str, ...] | None = None
                   ) -> None:
    """Put every setting (or the keys given) back to the article's default, all or nothing.
    Currency rates are the firm's facts, not rules, so they are left as they are."""
    from contextlib import nullcontext

    from core.store import transaction

    chosen = [s.key for s in SETTINGS] if keys is None else list(keys)
    for key in chosen:
        if key not in BY_KEY:
            raise Refusal("unknown_setting", N_("There is no setting called “{key}”."), key=key)
    rows = [(key, json.dumps(BY_KEY[key].default)) for key in chosen]
    with nullcontext() if conn.in_transaction else transaction(conn):
        conn.executemany("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", rows)
