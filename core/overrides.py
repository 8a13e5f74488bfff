"""The user's corrections to what the ledgers say, kept apart from the ledgers.

Every import rewrites customers and orders, so an override never points at a row id: it names
the customer by its folded key (``customers.key``), which a re-import and a re-created customer
keep. :func:`load_overrides` turns keys back into today's ids for the analysis and leaves out
those whose customer is not (yet) in the data, without forgetting them.

Changing them (merge … undo, each change logged) is :mod:`core.override_changes`.
"""

from __future__ import annotations

import difflib
import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from core.analysis.names import LISTS, TIERS, pinned_template
from core.i18n import N_
from core.ledger.normalise import customer_key, fold
from core.messages import Listed, Message, Refusal, Term
from core.rules import Rules, load_rules

KINDS = ("merge", "pin_list", "pin_tier", "exclude", "project", "credit_limit", "insure", "group")
# Kinds holding a value per customer (a list, a tier, a limit, a cover, a group's name): a
# merged group's member's value moves to the customer it was merged into, its own winning.
VALUED = ("pin_list", "pin_tier", "credit_limit", "insure", "group")
_ALIASES = {
    "黑名单": "black", "黑": "black", "观察名单": "watch", "观察": "watch", "白名单": "white",
    "白": "white", "待确认收款名单": "confirm", "确认收款": "confirm", "战略": "strategic",
    "战略客户": "strategic", "核心": "core",
    "核心客户": "core", "长尾": "long_tail", "长尾客户": "long_tail", "long-tail": "long_tail",
    "long tail": "long_tail", "longtail": "long_tail",
}
# What each change says, to confirm it, to list it and to undo it.
CHANGES = {
    "merge": N_("“{customer}” now counts as “{target}”."),
    "unmerge": N_("“{customer}” counts as a customer of its own again."),
    "pin": N_("“{customer}” is pinned to {target}."),
    "unpin_all": N_("“{customer}” is no longer pinned to a list or a tier."),
    "unpin_list": N_("“{customer}” is no longer pinned to a list."),
    "unpin_tier": N_("“{customer}” is no longer pinned to a tier."),
    "exclude": N_("“{customer}” is left out of the analysis."),
    "include": N_("“{customer}” is in the analysis again."),
    "project_on": N_("“{customer}” is judged as a project buyer, on a {months}-month window."),
    "project_off": N_("“{customer}” is judged on the usual {months}-month window again."),
    "limit": N_("“{customer}” has a credit limit of {target}, set by hand."),
    "limit_none": N_("“{customer}” has no credit limit, set by hand whatever the ledger says."),
    "limit_clear": N_("“{customer}”'s credit limit comes from the ledger again."),
    "insure": N_("“{customer}” is insured: {target}, set by hand."),
    "insure_none": N_("“{customer}” is not insured, set by hand whatever the ledger says."),
    "insure_clear": N_("“{customer}”'s credit insurance comes from the ledger again."),
    "group": N_("{customer} joined the group “{target}”: their exposure is summed."),
    "ungroup": N_("{customer} left their group."),
}
_LISTED_AS = {"merge": "merge", "pin_list": "pin", "pin_tier": "pin", "exclude": "exclude",
              "project": "project_on", "credit_limit": "limit", "insure": "insure",
              "group": "group"}
GROUP_ACTIONS = ("group", "ungroup")  # describe several customers at once


@dataclass(frozen=True)
class Customer:
    id: int
    key: str
    name: str


@dataclass
class OverrideRow:
    kind: str
    customer: str  # display name (the key itself while no customer has it)
    customer_key: str
    target: str | None  # a list or tier code; for a merge, the kept customer's name
    created_at: str
    note: str | None
    target_key: str | None = None  # a merge's kept customer key
    known: bool = True  # whether the data holds this customer yet
    rules: Rules | None = field(default=None, compare=False, repr=False)  # for the windows

    @property
    def description(self) -> Message:
        return _describe(listed_action(self.kind, self.target), self.customer, self.target,
                         self.rules)

    @property
    def made_at(self) -> str:
        """When it was set, to the minute ("2025-06-30 14:05"): the list's and the command
        line's."""
        return self.created_at.replace("T", " ")[:16]


@dataclass
class Overrides:
    """What the analysis applies; every id except merged_into's keys is a canonical id."""

    merged_into: dict[int, int] = field(default_factory=dict)
    pinned_list: dict[int, str] = field(default_factory=dict)
    pinned_tier: dict[int, str] = field(default_factory=dict)
    excluded: set[int] = field(default_factory=set)
    project: set[int] = field(default_factory=set)
    credit_limits: dict[int, tuple[float, str]] = field(default_factory=dict)  # 0: no limit
    insurance: dict[int, tuple[str, float]] = field(default_factory=dict)  # 0 %: not insured
    groups: dict[int, str] = field(default_factory=dict)  # the group's name as typed
    kept: set[int] = field(default_factory=set)  # without orders, kept for a correction (KEPT)

    def canonical(self, customer_id: int) -> int:
        return self.merged_into.get(customer_id, customer_id)


def listed_action(kind: str, target: str | None) -> str:
    """The change an override in force stands for: a limit of 0 is "no limit" by hand."""
    if kind == "credit_limit" and limit_of(target)[0] == 0:
        return "limit_none"
    if kind == "insure" and cover_of(target)[1] == 0:
        return "insure_none"
    return _LISTED_AS[kind]


def limit_of(target: str | None) -> tuple[float, str]:
    """A credit_limit override's (amount, currency)."""
    value = json.loads(target or "{}")
    return float(value.get("amount", 0)), str(value.get("currency", ""))


def cover_of(target: str | None) -> tuple[str, float]:
    """An insure override's (insurer, insured percentage)."""
    value = json.loads(target or "{}")
    return str(value.get("insurer", "")), float(value.get("percent", 0))


def quoted(names: list[str]) -> str:
    """The customers a group change names, listed as the language reading it lists them:
    “A”, “B” in English, “A”、“B” in Chinese (an English comma there read as a slip)."""
    return Listed([f"“{name}”" for name in names])


def shown_target(action: str, target: str | None) -> object:
    """A change's value as its message says it: a list's words, a limit, a cover."""
    template = pinned_template(target) if action == "pin" and target else None
    if target and template:
        return Message(target, template)  # rendered when read, in its language
    if action == "limit":
        amount, currency = limit_of(target)
        return f"{amount:,.0f} {currency}"
    if action == "insure":
        insurer, percent = cover_of(target)
        return Message("insured_cover", N_("{percent:g}% with {insurer}"),
                       {"percent": percent, "insurer": Term(insurer)})
    return target


def _describe(action: str, customer: str | list[str], target: str | None = None,
              rules: Rules | None = None) -> Message:
    if action in GROUP_ACTIONS:
        customer = quoted([customer] if isinstance(customer, str) else customer)
    months = (rules or Rules.defaults()).window_for(action == "project_on")
    return Message(action, CHANGES[action], {"customer": customer,
                                             "target": shown_target(action, target),
                                             "months": months})


Merge = tuple[int, str, str, str]  # a merge override: id, customer key, target, set at


def stored_merges(conn: sqlite3.Connection) -> list[Merge]:
    return [(r[0], r[1], r[2], r[3]) for r in conn.execute(
        "SELECT id, customer_key, target, created_at FROM overrides WHERE kind = 'merge'")]


def looped(merges: list[Merge]) -> list[tuple[Merge, Merge]]:
    """Merges leading back to where they start (A into B into A, left by an older version or
    typed by hand): each customer counted as the other and both were left off every list.
    In each loop the merge set first goes and the one set last stands, the clerk's latest
    word; returned as (gone, the loop's latest) pairs."""
    by_key = {merge[1]: merge for merge in merges}
    found, seen = [], set()
    for start in sorted(by_key):
        path, key = [], start
        while key in by_key and key not in seen:
            seen.add(key)
            path.append(key)
            key = by_key[key][2]
        if key in path:  # the walk met itself: the loop is the path from there on
            loop = sorted((by_key[k] for k in path[path.index(key):]),
                          key=lambda m: (m[3], m[0]))
            found.append((loop[0], loop[-1]))
    return found


class _State:
    """Customers and merges read once per change; chains resolve to the last name in the
    data, so a chain through a customer not (yet) imported still lands somewhere real."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # by place, not by name: the re-key reads them on a connection without sqlite3.Row
        self.names: dict[str, str] = dict(conn.execute("SELECT key, name FROM customers"))
        merges = stored_merges(conn)
        # a loop counted nobody: broken here, said once and dropped by core.database_notices
        gone = {merge[0] for merge, _ in looped(merges)}
        self.merges = {key: target for row_id, key, target, _ in merges if row_id not in gone}
        self.rules = load_rules(conn)

    def chain(self, key: str) -> list[str]:
        seen = [key]
        following = self.merges.get(key)
        while following is not None and following not in seen:
            seen.append(following)
            following = self.merges.get(following)
        return seen

    def canonical(self, key: str) -> str:
        known = [k for k in self.chain(key) if k in self.names]
        return known[-1] if known else key

    def name(self, key: str) -> str:
        return self.names.get(key, key)

    def group_rows(self, kind: str, key: str) -> list[sqlite3.Row]:
        """Rows of one kind on any name of the customer's merge group."""
        target = self.canonical(key)
        return [r for r in self.conn.execute("SELECT * FROM overrides WHERE kind = ?", (kind,))
                if self.canonical(r["customer_key"]) == target]


def merged_keys(conn: sqlite3.Connection) -> Callable[[str], str]:
    """A customer key to the key it counts as after the clerk's merges, for the import's
    notes about names that may be one buyer."""
    return _State(conn).canonical


def find_customer(conn: sqlite3.Connection, text: str) -> Customer:
    """By name as any clerk types it, or "#12" by id; an unknown name suggests near ones."""
    text, row = text.strip(), None
    if text.startswith("#") and text[1:].isdigit():
        row = conn.execute("SELECT id, key, name FROM customers WHERE id = ?",
                           (int(text[1:]),)).fetchone()
    row = row or conn.execute("SELECT id, key, name FROM customers WHERE key = ?",
                              (customer_key(text),)).fetchone()
    if row is not None:
        return Customer(row["id"], row["key"], row["name"])
    names = {r["key"]: r["name"] for r in conn.execute("SELECT key, name FROM customers")}
    wanted = customer_key(text)
    close = [k for k in names if wanted and wanted in k][:5]
    close += [k for k in difflib.get_close_matches(wanted, names, n=5) if k not in close]
    if not close:
        raise Refusal("unknown_customer", N_("No customer is called “{name}”."), name=text)
    raise Refusal("unknown_customer", N_(
        "No customer is called “{name}”. Did you mean: {suggestions}?"), name=text,
        suggestions=", ".join(f"“{names[k]}”" for k in close[:5]))


def pin_target(text: str) -> tuple[str, str]:
    """(kind, code) for a list or tier named in English codes or Chinese words."""
    key = fold(text)
    code = _ALIASES.get(key, key.replace("-", "_"))
    if code in LISTS:
        return "pin_list", code
    if code in TIERS:
        return "pin_tier", code
    raise Refusal("unknown_target", N_(
        "“{target}” is neither a list nor a tier: use one of {choices}."), target=text,
        choices=", ".join((*LISTS, *TIERS)))


def list_overrides(conn: sqlite3.Connection) -> list[OverrideRow]:
    """The overrides in force, oldest first, including those waiting for their customer."""
    state = _State(conn)
    found = []
    for r in conn.execute("SELECT * FROM overrides ORDER BY created_at, id"):
        key, target = r["customer_key"], r["target"]
        merged = r["kind"] == "merge"
        found.append(OverrideRow(
            r["kind"], state.name(key), key, state.name(target) if merged else target,
            r["created_at"], r["note"], target if merged else None, key in state.names,
            state.rules))
    return found


def load_overrides(conn: sqlite3.Connection) -> Overrides:
    """Overrides as ids for the analysis: chains resolved, group members' pins, exclusions
    and project tags moved to the canonical customer (its own pin wins, then the latest)."""
    state = _State(conn)
    ids = {r["key"]: r["id"] for r in conn.execute("SELECT id, key FROM customers")}
    result = Overrides()
    for key in state.merges:
        if key in ids and (canonical := state.canonical(key)) != key:
            result.merged_into[ids[key]] = ids[canonical]
    pins: dict[str, dict[int, tuple[InForce, str]]] = {kind: {} for kind in VALUED}
    for r in conn.execute("SELECT * FROM overrides WHERE kind != 'merge'"):
        if r["customer_key"] not in ids:
            continue  # kept for when the customer appears
        owner = result.canonical(ids[r["customer_key"]])
        if r["kind"] == "exclude":
            result.excluded.add(owner)
        elif r["kind"] == "project":
            result.project.add(owner)
        else:
            rank = in_force(True, ids[r["customer_key"]] == owner, r)
            if owner not in pins[r["kind"]] or rank > pins[r["kind"]][owner][0]:
                pins[r["kind"]][owner] = rank, r["target"]
    result.pinned_list = {owner: pin[1] for owner, pin in pins["pin_list"].items()}
    result.pinned_tier = {owner: pin[1] for owner, pin in pins["pin_tier"].items()}
    result.credit_limits = {owner: limit_of(pin[1])
                            for owner, pin in pins["credit_limit"].items()}
    result.insurance = {owner: cover_of(pin[1]) for owner, pin in pins["insure"].items()}
    result.groups = {owner: pin[1] for owner, pin in pins["group"].items()}
    result.kept = {result.canonical(i) for (i,) in conn.execute(
        f"SELECT id FROM customers WHERE {NO_ORDERS} AND {HAND_SET}")}
    return result


# a customer the store holds without an order (a payer whose 代付 slips moved to their
# customer, core.ledger.paid_for_stored) is kept where a correction was set on it by hand (a
# credit limit, insurance, a group): shown by the analysis as a prospect (pay40), its limit in
# view, not deleted, its limit left in force on no one (pay39)
NO_ORDERS = "NOT EXISTS (SELECT 1 FROM orders WHERE customer_id = customers.id)"
HAND_SET = "EXISTS (SELECT 1 FROM overrides v WHERE v.customer_key = customers.key)"


def never_ordered(conn: sqlite3.Connection, overrides: Overrides | None = None) -> frozenset[int]:
    """The customers the analysis shows kept without an order under any of their spellings
    (`Overrides.kept`, less those merged with a name that has orders)."""
    overrides = overrides or load_overrides(conn)
    spellings: dict[int, list[int]] = {k: [k] for k in overrides.kept}
    for raw, canonical in overrides.merged_into.items():
        if canonical in spellings:
            spellings[canonical].append(raw)
    return frozenset(k for k, ids in spellings.items() if conn.execute(
        "SELECT 1 FROM orders WHERE customer_id IN (SELECT value FROM json_each(?)) LIMIT 1",
        (json.dumps(ids),)).fetchone() is None)


InForce = tuple[bool, bool, str, int]


def in_force(known: bool, own: bool, row: sqlite3.Row | Mapping[str, Any]) -> InForce:
    """Of one customer's corrections of a kind, the one in force ranks highest: one on a name
    in the data (one waiting for its customer counts for nobody yet), the customer's own (set
    on the name the others were merged into: pinned black, it stays black whatever its merged
    spellings were pinned), then the one set last. The analysis and the re-key that joins
    spellings of one buyer (core.ledger.customer_rekey) both keep the highest."""
    return known, own, str(row["created_at"]), int(row["id"])
