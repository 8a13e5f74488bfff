"""Reading and writing the settings: a typed value checked, then stored as JSON.

Kept apart from :mod:`core.settings` so that the table there stays the one place where every
rule's default, label and limits are read at a glance; what a typed value must look like to be
stored (a date, a currency code, an Incoterm, a number in its range) and the SQL that keeps it
are the machinery around that table, not part of it. The table is read through the module
(``settings.BY_KEY``) when a value is checked, so a setting added to it is known here at once.
"""

from __future__ import annotations

import json
import math
import sqlite3
from contextlib import nullcontext
from datetime import date
from typing import Any

from core import settings
from core.i18n import N_
from core.ledger.amounts import named_currency
from core.ledger.terms import RUNGS, parse_incoterm
from core.messages import Refusal, Term
from core.settings import Setting
from core.store import transaction, utils_db


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
    if setting.kind == "date":  # 2025/12/31 and 2025.12.31 are how a clerk types it too
        text = str(raw).strip().replace("/", "-").replace(".", "-")
        return date.fromisoformat(text).isoformat() if text else ""
    if setting.kind == "rung":
        text = str(raw).strip().lower()
        if text not in RUNGS:
            raise ValueError(raw)
        return text
    if setting.kind == "list":
        return [item.upper() for item in _items(raw)]
    return str(raw).strip()


def _items(raw: Any) -> list[str]:
    """A list as typed ("FOB, CIP", full-width commas too) or given, its items stripped."""
    items = raw if isinstance(raw, list) else str(raw).replace("，", ",").split(",")
    return [str(i).strip() for i in items if str(i).strip()]


def validate(key: str, raw: Any) -> Any:
    """The value a user typed, checked and converted, or a Refusal saying what is wrong."""
    setting = settings.BY_KEY.get(key)
    if setting is None:
        raise Refusal("unknown_setting", N_("There is no setting called “{key}”."), key=key)
    try:
        value = _convert(setting, raw)
    except (TypeError, ValueError):
        if setting.kind == "date":  # "not a valid value" left the clerk guessing the form
            raise Refusal("bad_setting_date", N_(
                "“{value}” is not a date for “{key}”: type year-month-day, e.g. 2025-12-31."),
                key=key, value=raw) from None
        raise Refusal("bad_setting_value", N_("“{value}” is not a valid value for {key}."),
                      key=key, value=raw) from None
    if setting.kind == "choice" and value not in setting.choices:
        raise Refusal("bad_setting_choice", N_("{key} must be one of: {choices}."), key=key,
                      choices=", ".join(setting.choices))
    if setting.key in settings.INCOTERM_LISTS:
        value = incoterm_codes(_items(raw))
    _check_fact(setting.key, value)
    if setting.key == "base_currency":
        value = _currency_code(value, raw)
    numeric = setting.kind in ("int", "float")
    if numeric and not math.isfinite(value):  # "nan" passes every comparison below
        raise Refusal("bad_setting_value", N_("“{value}” is not a valid value for {key}."),
                      key=key, value=raw)
    if numeric and setting.minimum is not None and value < setting.minimum:
        raise Refusal("setting_too_small", N_("{key} must be at least {minimum}."), key=key,
                      minimum=setting.minimum)
    if numeric and setting.maximum is not None and value > setting.maximum:
        raise Refusal("setting_too_large", N_("{key} must be at most {maximum}."), key=key,
                      maximum=setting.maximum)
    return value


def _check_fact(key: str, value: Any) -> None:
    """Values the form allows that cannot be meant: an empty accepted list fails every customer
    on T for good, and receipts booked to a day to come (2099 typed for 2025) are news to
    nobody, while every list's heading would claim them."""
    if key == "t_accepted_incoterms" and not value:
        raise Refusal("no_accepted_incoterm", N_(
            "With no accepted Incoterm no customer can pass T: type at least one, e.g. FOB, "
            "CIP. Not to judge trade terms at all, turn off “{switch}”."),
            switch=Term(settings.BY_KEY["t_enabled"].label))
    today = date.today()
    if key == "receipts_date" and value and date.fromisoformat(value) > today:
        raise Refusal("receipts_date_ahead", N_(
            "Receipts cannot be booked to {value}, a day still to come (today is {today}): "
            "type the last day whose bank slips are entered, or leave it empty for the latest "
            "receipt in the data."), value=value, today=today.isoformat())


def _currency_code(value: str, raw: Any) -> str:
    """The ISO code of a currency as typed: "RMB", "人民币" or "¥" is CNY, the code the rates
    table keeps (a base currency stored as "RMB" has no rate, and every CNY order with it). It
    is a real currency (named_currency, as a rate's is): "UDS" stored as base left every USD
    order without a rate, revenue 0 and open 0 (fix35i)."""
    code = named_currency(value)
    if code is None:
        raise Refusal("bad_currency", N_(
            "“{value}” is not a currency: type its code, like USD, or its name, like RMB."),
            value=raw)
    return code


def incoterm_codes(items: list[str]) -> list[str]:
    """Each typed Incoterm as its code, once, in the order typed; a word that names none is
    refused rather than stored to match nothing."""
    codes: list[str] = []
    for item in items:
        code = parse_incoterm(item)
        if code is None:
            raise Refusal("bad_incoterm", N_("“{value}” is not an Incoterm like FOB, CIP or "
                                             "DDP."), value=item)
        if code not in codes:
            codes.append(code)
    return codes


def load(conn: sqlite3.Connection) -> dict[str, Any]:
    values = {s.key: s.default for s in settings.SETTINGS}
    for row in conn.execute("SELECT key, value FROM settings"):
        if row[0] in values:
            values[row[0]] = json.loads(row[1])
    return values


def get(conn: sqlite3.Connection, key: str) -> Any:
    return load(conn)[key]


def put(conn: sqlite3.Connection, key: str, raw: Any) -> Any:
    value = validate(key, raw)
    utils_db(conn).table("settings").upsert({"key": key, "value": json.dumps(value)}, pk="key")
    return value


def reset_defaults(conn: sqlite3.Connection, keys: list[str] | tuple[str, ...] | None = None
                   ) -> None:
    """Put every setting (or the keys given) back to the article's default, all or nothing.
    Currency rates are the firm's facts, not rules, so they are left as they are."""
    chosen = [s.key for s in settings.SETTINGS] if keys is None else list(keys)
    for key in chosen:
        if key not in settings.BY_KEY:
            raise Refusal("unknown_setting", N_("There is no setting called “{key}”."), key=key)
    rows = [(key, json.dumps(settings.BY_KEY[key].default)) for key in chosen]
    with nullcontext() if conn.in_transaction else transaction(conn):
        conn.executemany("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", rows)
