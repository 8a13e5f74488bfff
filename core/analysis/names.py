"""Every display word of the analysis and its order: tiers and groups, lists, grades, aging.

The command line, the exports, the printouts and the window all name a tier or a list through
this module, so one customer is never "core" on the screen and something else on paper. Each
code has one row of words in the forms its places need: the name used inside a sentence ("long
tail", "black list"); the same name standing alone (``heading``: first letter capital, which
leaves Chinese as it is) in a title, a pyramid box, a table cell, a filter or a menu; and, where
the printed lists need them, one member ("Long-tail customer"), the sheet of members, and the
words a salesperson's copy uses. A name has no shorter form for a small place: the pyramid's box
and the filter beside it say the same. Codes are the stable keys the analysis stores and
``--json`` prints.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.i18n import N_, NP_, _, tr

TIERS = ("strategic", "core", "long_tail")  # the pyramid, best first
GROUPS = (*TIERS, "prospect", "dormant")  # every customer is in exactly one
KEY_TIERS = ("strategic", "core")  # the white list's tiers; the black list's second look
# The stop-loss lists, exclusive, in this order. "confirm" (confirm payment) stands in for
# the black list where the data records no receipts: nobody can be judged late then.
LISTS = ("black", "confirm", "watch", "white")
BOXED_LISTS = ("black", "confirm")  # shown beside the pyramid: supply waits on the owner
GRADES = ("A", "B", "C", "D", "E")  # payment risk, best first
RFMT = "RFMT"  # the article's four criteria, by their initials: one spelling, every language
GRADE_UNKNOWN = "–"  # how a grade nobody can give (no receipts in the data) is shown
BUCKETS = ("not_due", "d1_30", "d31_60", "d61_90", "d91_plus")  # aging, youngest first
AGING_LIMITS = (30, 60, 90)  # the last day overdue of each bucket between not due and the last
MOVES = ("up", "down", "new", "lost", "back")  # a change of group between two month ends

GROUP_RANK = {code: number for number, code in enumerate(GROUPS)}
LIST_RANK = {code: number for number, code in enumerate(LISTS)}


@dataclass(frozen=True)
class GroupWords:
    """A tier's or group's words, each an N_ template."""

    name: str  # in a sentence: "long tail" (standing alone: heading())
    customer: str  # one member, as the printed lists write its tier: "Long-tail customer"
    sheet: str = ""  # the printed sheet of its members: "Long-tail customers"
    pinned: str = ""  # where a correction puts a customer: "the long-tail tier"


@dataclass(frozen=True)
class ListWords:
    """A stop-loss list's words, each an N_ template."""

    name: str  # in a sentence: "black list" (standing alone: heading())
    sales: str  # a salesperson's copy (it reaches phones, sometimes customers): no black list
    pinned: str  # where a correction puts a customer: "the black list"


GROUP_WORDS: dict[str, GroupWords] = {
    "strategic": GroupWords(N_("strategic"), N_("Strategic customer"),
                            N_("Strategic customers"), N_("the strategic tier")),
    "core": GroupWords(N_("core"), N_("Core customer"), N_("Core customers"),
                       N_("the core tier")),
    "long_tail": GroupWords(N_("long tail"), N_("Long-tail customer"),
                            N_("Long-tail customers"), N_("the long-tail tier")),
    "prospect": GroupWords(N_("prospect"), N_("Prospect (trial orders only)"),
                           N_("Prospects (value package)")),
    "dormant": GroupWords(N_("dormant"), N_("Dormant customer")),
}
LIST_WORDS: dict[str, ListWords] = {
    "black": ListWords(N_("black list"), N_("Supply on hold – to confirm"),
                       N_("the black list")),
    "confirm": ListWords(N_("confirm-payment list"), N_("Payment to confirm"),
                         N_("the confirm-payment list")),
    "watch": ListWords(N_("watch list"), N_("Follow closely"), N_("the watch list")),
    "white": ListWords(N_("white list"), N_("Key accounts to protect"), N_("the white list")),
}
BUCKET_NAMES: dict[str, str] = {
    "not_due": N_("not due"),
    **dict.fromkeys(BUCKETS[1:-1], NP_("{low}–{high} day", "{low}–{high} days", by="high")),
    BUCKETS[-1]: N_("{low}+ days")}
MOVE_NAMES: dict[str, str] = {
    "up": N_("up"), "down": N_("down"), "new": N_("new"), "lost": N_("lost (dormant)"),
    "back": N_("back from dormant")}
# A number of days said alone ("past the order date + 1 day"), where the sentence's own form
# follows another count and cannot follow this one too.
DAYS = NP_("{days:,.0f} day", "{days:,.0f} days", by="days")
# customers counted beside the pyramid, each in its own number ("1 prospects" read as a slip)
ACTIVE_COUNT = NP_("{count:,} active customer", "{count:,} active customers")
PROSPECT_COUNT = NP_("{count:,} prospect", "{count:,} prospects")
DORMANT_COUNT = N_("{count:,} dormant")


class Days(int):
    """A number of days as a message parameter: it equals its number (tests, JSON readers)
    and is shown "1 day", "30 days", "30 天" in the language in force when read."""

    def __format__(self, spec: str) -> str:
        return tr(DAYS, days=int(self))


# The receipts date, named alike on the toolbar, in every heading and on every printed list
# (the Chinese once said 收款登记至 on one and 回款记至 on the other for the same date).
RECEIPTS_TO = N_("receipts booked to {date}")
# The same words as a field's name: the toolbar's label, the setting, a workbook's facts, the
# chat line (the settings and the printed lists once said 回款登记截至 for 收款登记至).
RECEIPTS_FIELD = N_("Receipts booked to")


def receipts_to(day: object) -> str:
    return tr(RECEIPTS_TO, date=day)


def receipts_label() -> str:
    """The words before the toolbar's date field (and the setting's name)."""
    return _(RECEIPTS_FIELD)


NOT_A_CUSTOMER = N_("(new)")  # where a new customer moved from (short: a cut column)
# The source of the method and of every benchmark, named wherever "the article" is quoted.
ARTICLE_TITLE = "外贸中小企业客户分层困局"
ARTICLE = N_("the article “{title}”")


def heading(text: str) -> str:
    """A name standing alone (a title, a box, a chart label): its first letter capital."""
    return text[:1].upper() + text[1:]


def group_name(code: str) -> str:
    """'long tail', in the language in force."""
    return tr(GROUP_WORDS[code].name)


def group_heading(code: str) -> str:
    """'Long tail', in the language in force."""
    return heading(group_name(code))


def customer_label(code: str | None) -> str:
    """'Long-tail customer'; an unknown code shows as it is rather than failing."""
    return tr(GROUP_WORDS[code].customer) if code in GROUP_WORDS else (code or "")


def sheet_name(code: str) -> str:
    """'Long-tail customers': the printed sheet of a tier, or the prospects'."""
    return tr(GROUP_WORDS[code].sheet)


def list_name(code: str) -> str:
    """'black list', in the language in force."""
    return tr(LIST_WORDS[code].name)


def list_heading(code: str, sales: bool = False) -> str:
    """'Black list' for the owner; a salesperson's copy names the lists by what to do
    ("Supply on hold – to confirm"), since it may be forwarded: never as a black list. The
    watch list's is not "collect", because a customer put there by hand may owe nothing."""
    return tr(LIST_WORDS[code].sales) if sales else heading(list_name(code))


def pinned_template(code: str) -> str | None:
    """The N_ template naming where a correction puts a customer, None for no list or tier."""
    words = LIST_WORDS.get(code) or GROUP_WORDS.get(code)
    return words.pinned or None if words else None


def move_name(code: str) -> str:
    """'back from dormant': a kind of move between month ends, in the language in force."""
    return tr(MOVE_NAMES[code])


def side_name(code: str | None) -> str:
    """Where a move starts or ends: a group's name, or '(new)': a new customer."""
    return group_name(code) if code else tr(NOT_A_CUSTOMER)


def side_heading(code: str | None) -> str:
    """Where a move starts or ends, standing alone (a table cell): 'Long tail'."""
    return heading(side_name(code))


def article_name() -> str:
    """'the article “外贸中小企业客户分层困局”', in the language in force."""
    return tr(ARTICLE, title=ARTICLE_TITLE)


def bucket_name(code: str) -> str:
    """'31–60 days': an aging bucket, in the language in force, its days from AGING_LIMITS
    (which core.analysis.aging.bucket sorts by)."""
    index = BUCKETS.index(code)
    if not index:
        return tr(BUCKET_NAMES[code])
    ends = (0, *AGING_LIMITS)
    high = ends[index] if index < len(ends) else None  # the last bucket has no end
    return tr(BUCKET_NAMES[code], low=ends[index - 1] + 1, high=high)


# Insurers with a name of their own in each language; any other is shown as written.
INSURER_WORDS = {"Sinosure": N_("Sinosure")}


def insurer_name(code: str | None) -> str:
    """An insurer as the user reads it: Sinosure is 中信保 in Chinese."""
    return tr(INSURER_WORDS[code]) if code in INSURER_WORDS else code or ""
