"""Credit limits, credit insurance and customer groups set by hand.

A ledger may carry a customer's credit limit (信用额度) and insurance (信保, the insurer, the
insured share), but most firms keep them elsewhere: in Sinosure's approval letters, in the
owner's head. What the user sets here is kept as an override (:mod:`core.overrides`): keyed by
the customer's name, it survives every re-import, wins over what a ledger says, is listed with
the other corrections and taken back by the same undo. A limit of 0 or a cover of 0 % says
"none", whatever the ledger holds; clearing lets the ledger speak again.

A group joins customers whose debts are one risk — sister companies of one owner, a buyer and
its import agent — so the stop-loss exposure trigger adds their overdue money up
(core/analysis/credit_groups.py). One command groups several customers and is one change to
undo.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date

from core import recovery
from core.i18n import N_
from core.ledger.amounts import parse_amount
from core.ledger.cover import SINOSURE, insurer_name, percent
from core.ledger.normalise import fold
from core.messages import Message, Refusal
from core.override_changes import _apply, _clear, _set, _unchanged
from core.overrides import _describe, _State, find_customer
from core.rates import Rates
from core.rules import load_rules
from core.store import transaction

NO_COVER = ("0", "0%", "none", "no", "无", "否")


def set_limit(conn: sqlite3.Connection, customer: str, amount: object,
              currency: str | None = None, note: str | None = None) -> Message:
    """A credit limit in a currency (default: the one the amount names, else the base
    currency); 0 means no limit, whatever the ledger says."""
    value, named = parse_amount(amount)
    if value is None or value < 0:
        raise Refusal("bad_credit_limit", N_(
            "“{value}” is not a credit limit: type an amount like 50000 (0 for no limit)."),
            value=str(amount))
    rules = load_rules(conn)
    code = (currency or named or rules.base_currency).strip().upper()
    rates = Rates(conn, rules.base_currency)
    if not (len(code) == 3 and code.isalpha()) or rates.factor(code, date.max) is None:
        raise Refusal("bad_limit_currency", N_(
            "“{currency}” is not a currency with a rate: use {base}, or add its rate in the "
            "settings first."), currency=code, base=rules.base_currency)
    target = json.dumps({"amount": round(value, 2), "currency": code})
    return _set(conn, "limit_none" if value == 0 else "limit", "credit_limit", customer,
                target, note)


def clear_limit(conn: sqlite3.Connection, customer: str, note: str | None = None) -> Message:
    """Take back a limit set by hand: the ledger's, if any, applies again."""
    return _clear(conn, "limit_clear", ("credit_limit",), customer, note)


def insure(conn: sqlite3.Connection, customer: str, insurer: str | None = None,
           share: object = None, note: str | None = None) -> Message:
    """Insured with an insurer (default Sinosure) for a share of each loss (default the
    setting insured_default_pct); a share of 0 means not insured, whatever the ledger says."""
    if share is not None and str(share).strip().lower() in NO_COVER:
        target = json.dumps({"insurer": "", "percent": 0})
        return _set(conn, "insure_none", "insure", customer, target, note)
    pct = _current_share(conn, customer) if share is None else percent(share)
    if pct is None:
        raise Refusal("bad_insured_share", N_(
            "“{value}” is not an insured share: type a percentage between 1 and 100, like 90 "
            "(0 for not insured)."), value=str(share))
    name = insurer_name(insurer) or SINOSURE
    target = json.dumps({"insurer": name, "percent": round(pct, 2)}, ensure_ascii=False)
    return _set(conn, "insure", "insure", customer, target, note)


def _current_share(conn: sqlite3.Connection, customer: str) -> float:
    """The share a cover without one keeps: the one set by hand, else the ledger's, else the
    setting's (so naming another insurer does not change the share)."""
    state = _State(conn)
    found = find_customer(conn, customer)
    for row in state.group_rows("insure", found.key):
        if (share := json.loads(row["target"]).get("percent", 0)) > 0:
            return float(share)
    key = state.canonical(found.key)
    row = conn.execute("SELECT insured_pct FROM customers WHERE key = ?", (key,)).fetchone()
    if row is not None and row[0]:
        return float(row[0])
    return load_rules(conn).insured_default_pct


def clear_insurance(conn: sqlite3.Connection, customer: str, note: str | None = None
                    ) -> Message:
    """Take back insurance set by hand: the ledger's, if any, applies again."""
    return _clear(conn, "insure_clear", ("insure",), customer, note)


def group_names(conn: sqlite3.Connection) -> list[str]:
    """The groups in force, by name, for a chooser."""
    names = {r[0] for r in conn.execute("SELECT target FROM overrides WHERE kind = 'group'")}
    return sorted(names, key=str.casefold)


def _keys(conn: sqlite3.Connection, customers: list[str], state: _State) -> list[str]:
    """The canonical keys of the customers named, each once, in the order named."""
    if not customers:
        raise Refusal("no_customers", N_("Name at least one customer."))
    found = [state.canonical(find_customer(conn, name).key) for name in customers]
    return list(dict.fromkeys(found))


def group(conn: sqlite3.Connection, customers: list[str], name: str, note: str | None = None
          ) -> Message:
    """Put the customers in the group `name` (a group of that name, however spelt, is joined;
    a customer in another group leaves it)."""
    name = " ".join(name.split())
    if not name:
        raise Refusal("no_group_name", N_("Give the group a name."))
    if len(customers) > 1:
        recovery.safety_copy(conn, "override", "group")
    with transaction(conn):
        state = _State(conn)
        keys = _keys(conn, customers, state)
        name = next((n for n in group_names(conn) if fold(n) == fold(name)), name)
        rows = [r for key in keys for r in state.group_rows("group", key)]
        change = _describe("group", [state.name(k) for k in keys], name, state.rules)
        if sorted((r["customer_key"], r["target"]) for r in rows) == sorted(
                (k, name) for k in keys):
            return _unchanged(change)
        _apply(conn, "group", keys[0], name, note, rows, [("group", k, name) for k in keys])
    return change


def ungroup(conn: sqlite3.Connection, customers: list[str], note: str | None = None
            ) -> Message:
    """Take the customers out of their group (its other members stay grouped)."""
    with transaction(conn):
        state = _State(conn)
        keys = _keys(conn, customers, state)
        rows = [r for key in keys for r in state.group_rows("group", key)]
        change = _describe("ungroup", [state.name(k) for k in keys], None, state.rules)
        if not rows:
            return _unchanged(change)
        _apply(conn, "ungroup", keys[0], None, note, rows, None)
    return change

