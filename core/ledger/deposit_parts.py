"""A wire that pays a balance and a new order's deposit at once: which part is the deposit.

A buyer settles an old invoice and pays the next order's deposit in one wire, and the clerk
notes both: 付清PI-77定金及INV-1余款, INV-1尾款5000+PI-77定金1000, INV-1余款，多的1000作PI-77定金,
"balance INV-1 + deposit PI-77". Read as a deposit, Global Trading FZE's 6,000 was all held for
PI-77 while INV-1's 5,000 stood 89 days overdue (rv56d s140); read as plain money, the 1,000
for PI-77 stood as credit on account. The balance is paid first (payment_kinds.balance_paid):
up to the figure the note gives it, or the invoice's open sum (core.analysis.advances.
balance_first); the rest, or the figure the note gives the deposit, is the deposit, held for
the order its clause names. A note whose deposit names no order (定金及尾款一次付清, 全款（含定金）)
is the balance alone: money of its own, paying the oldest.

A sale row's own 收款 cell may hold the new order's deposit and the last batch's debt in one
wire, its note giving each its figure (定金3000，加上批欠款4000 on 7,000): read whole as the
deposit, the old 4,000 stood owed 39 days, watch (rv61o s54 paid). :func:`earlier_debt` reads
that debt's part, which pays the oldest; the rest is the order's deposit (core.analysis.
named_money.debt_apart).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from core.ledger.amounts import ISO_CODES
from core.ledger.came_words import SLIP
from core.ledger.debt_paid_now import paid_this_time, pays_it
from core.ledger.forfeits import NOT_REFUNDED, PAID_BACK, TO_BUYER
from core.ledger.named_papers import come_in_the_cell, doubted, names_earlier, of_another_order
from core.ledger.normalise import fold
from core.ledger.noted_figures import figure_readings, plain_figures
from core.ledger.noted_orders import noted_number
from core.ledger.owed_said import as_said, debt_owed, owed_after, own_money, supplier_paid
from core.ledger.part_of import names_money, names_other
from core.ledger.payment_kinds import balance_paid, deposit_money
from core.ledger.plan_said import paid_later
from core.ledger.record import DEPOSIT_SAID
from core.ledger.unsure_words import UNSURE

# what joins a note's clauses: punctuation, 及 / 和 / 与 / +, "and", "plus"
_JOINS = re.compile(r"[,，;；。+＋&]|以及|及|和|与|(?<![a-z])(?:and|plus)(?![a-z])")
# an order's or wire's number, read out before a clause's figure is (PI-77, INV-1, TT-881);
# not a currency's code before its figure (USD5000: read as a number, X-1尾款USD5,000+PI-77定金
# USD975 gave the balance no figure, X-1's 5,000 owed 84 days, black, the 975 not held, rv67d)
_NUMBER = re.compile(r"(?<![a-z])([a-z]+)[-_]?[0-9][0-9a-z_-]*")
# a figure: a sum, not a share (30%) nor a date's part (5/1); read after its thousands commas
# are taken out (noted_figures.plain_figures: 定金3,000 one figure joining no clauses, read as
# 3 where a comma split the clause; 3000,500 two, joined as 3,000,500 before, fix67b)
_FIGURE = re.compile(r"(?<![0-9.,/])[0-9]+(?:\.[0-9]+)?(?![0-9.,/%])")
# ... and before 加 (定金3000加上批欠款4000: the added money a clause of its own)
_ADDED = re.compile(r"(?=加)")
# money paid back to the buyer (已退回客户, 退还给客户): forfeits' words
_PAID_BACK = re.compile(rf"{PAID_BACK}|{TO_BUYER}")


@dataclass(frozen=True, slots=True)
class DepositPart:
    """The deposit a wire paying a balance names: its order and the figures the note gives."""

    number: str  # the order the deposit is for, as the note writes it (folded: pi-77)
    figure: float | None  # the deposit's own figure (PI-77定金1000)
    balance: float | None  # the balance's figure (INV-1尾款5000)
    paid: str | None  # the number the balance names (INV-1), whose open sum it pays first


def deposit_part(note: object) -> DepositPart | None:
    """The deposit of a note naming a balance paid beside one deposit for a numbered order;
    None where it names no balance, no deposit, several, or one naming no order."""
    if not isinstance(note, str) or DEPOSIT_SAID.search(note) is None:
        return None
    folded = fold(plain_figures(note))
    if not balance_paid(folded):
        return None
    clauses = [c for c in _JOINS.split(folded) if c.strip()]
    deposits = [c for c in clauses if deposit_money(c)]
    balances = [c for c in clauses if balance_paid(c)]
    if len(deposits) != 1 or (number := noted_number(deposits[0])) is None:
        return None
    only = balances[0] if len(balances) == 1 else ""
    return DepositPart(number, _figure(deposits[0]), _figure(only), noted_number(only))


# a word joining two things (发票和钱都还没收到), not punctuation: a part before it naming no
# money, figure or batch of its own is the next part's subject, not a clause (split there, 钱都还
# 没收到 followed 发票, no clause naming the debt: the old 4,000 owed 39 days, watch, read
# paid, fix64b)
_WORD_JOIN = re.compile(r"以及|及|和|与|(?<![a-z])(?:and|plus)(?![a-z])")


def _joined(text: str) -> list[str]:
    """A note's parts split at :data:`_JOINS`, a part joined to the next by a word only
    (:data:`_WORD_JOIN`) and naming no money of its own (owed_said.own_money) kept with it, and
    so is a fee or another thing joined after it (上批欠款4000和运费还没付, 上批欠款和运费共4000
    已付: part_of.names_other, the debt's words its own; split, the fee's 还没付 or the debt's
    figure read apart, a denied 4,000 was cleared and a paid one kept watched, rv67a s8, fix67e)."""
    parts: list[str] = []
    start, held = 0, ""
    joins = list(_JOINS.finditer(text))
    for at, join in enumerate(joins):
        part = held + text[start:join.start()]
        start = join.end()
        after = text[start:joins[at + 1].start() if at + 1 < len(joins) else len(text)]
        if _WORD_JOIN.fullmatch(join.group()) and part.strip() and (
                not own_money(part) or names_other(after) and not (
                    names_money(after) or deposit_money(after)
                    or names_earlier(after, lambda number: False))):
            held = part + join.group()
        else:
            parts.append(part)
            held = ""
    return [*parts, held + text[start:]]


def _figure(clause: str) -> float | None:
    """The one sum a clause gives, its numbers read out; None where it gives none or several."""
    found = _FIGURE.findall(_NUMBER.sub(_read_out, clause))
    return float(found[0].replace(",", "")) if len(found) == 1 else None


def _read_out(number: re.Match[str]) -> str:
    """A number read out of a clause (:data:`_NUMBER`), a currency's code and figure kept."""
    code = number[1].upper()
    return number.group() if code in ISO_CODES and number.group()[len(code):].isdigit() else " "


def earlier_debt(note: object, cell: float, another: Callable[[str], bool]) -> float | None:
    """The part of a sale row's money `cell` its note gives an earlier debt or another order
    (`another`: named_papers.of_another_order) beside the order's own deposit, the two figures
    summing to the cell (定金3000，加上批欠款4000; 3000定金+4000上批尾款; 上批尾款4000，
    本单定金3000: 4,000; a clause may give the cell's sum, 汇款7000，定金3000，…). None where the
    note gives no such pair: a figure alone (定金，加上批欠款4000), figures not summing to the
    cell, or a debt put off (上批欠款4000下次一起付: the money the order's deposit)."""
    if not isinstance(note, str) or DEPOSIT_SAID.search(note) is None:
        return None
    # its figures in each way they read (noted_figures.figure_readings), the one summing to the
    # cell taken, as start67 took 4,000,3,000 for 4,000 and 3,000 (fix67h)
    return next((debt for reading in figure_readings(note)
                 if (debt := _earlier_debt(fold(reading), cell, another)) is not None), None)


def _earlier_debt(folded: str, cell: float, another: Callable[[str], bool]) -> float | None:
    """:func:`earlier_debt` of one folded reading of its note's figures."""
    clauses: list[str] = []
    paid_now: set[int] = set()  # (上批欠款4000没付，这次补上: the debt paid now, not put off)
    for part in (part for said in _joined(folded)
                 for part in _ADDED.split(said)):
        if clauses and pays_it(part):  # (上批欠款4000拖欠很久了，这次补上: the debt paid now)
            clauses[-1] += f"，{part}"
            paid_now.add(len(clauses) - 1)
        else:
            clauses.append(part)
    # a not-paid word speaks of the debt only in a clause naming it, or in one naming no money
    # after it (上批欠款4000，还没付; 钱还没付; not 尾款出货前付，还没付: owed_said.of_the_debt)
    named = [names_earlier(clause, another) for clause in clauses]
    if any(at > 0 and named[at - 1] and _PAID_BACK.search(clause) and not (
            NOT_REFUNDED.search(clause) or own_money(clause) or "多" in clause)
           for at, clause in enumerate(clauses)):
        return None  # 上批欠款4000已付，已退回客户: that money gone back, the debt not paid
    # (a 已付 reported by the clause before: 客户说，财务说上批欠款4000已付); the words of doubt
    # (待确认, 还要查) read by :func:`_unsure` alone, withdrawn or of another matter as a wire's
    sure = [UNSURE.sub("", clause) for clause in clauses]
    if any(debt_owed(clause, named[at], sure[at - 1] if at else "")
           or at > 0 and named[at - 1] and owed_after(clause, sure[at - 1])
           or _unsure(clauses, named, at) or named[at] and _PAPER_CAME.search(clause)
           for at, clause in enumerate(sure)):
        return None  # the debt still owed or only asked: the cell the order's deposit
    debts: list[float] = []
    own: list[float] = []
    whole: list[float] = []  # a clause giving the cell's sum (汇款7000), or a debt put off
    now = False  # the debt said paid this time (上批欠款4000这次付)
    deposit = False  # the order's deposit named with no figure, not put off (本单定金早已收到)
    for at, clause in enumerate(clauses):
        if (figure := _figure(clause)) is None:
            deposit = deposit or (deposit_money(clause) and not paid_later(clause)
                                  and not of_another_order(clause, another))
            continue
        if of_another_order(come_in_the_cell(clause), another) and not supplier_paid(clause):
            # (not the firm's own debt: 上批欠工厂的4000已付, fix63c; but 上批欠工厂的4000已收到 the
            # money the firm received for it, the buyer's, fix64b)
            # (named by how it stood, 付上批没付的4000 is no debt put off: fix62h)
            put_off = at not in paid_now and paid_later(as_said(clause))
            (whole if put_off else debts).append(figure)
            now = now or not put_off and paid_this_time(clause)
        else:
            (own if deposit_money(clause) else whole).append(figure)
    if not own and deposit and now and len(debts) == 1 and not whole and debts[0] < cell - _CENT:
        return debts[0]  # 本单定金早已收到，上批欠款4000这次付 on 7,000: the rest the deposit
    if len(debts) != 1 or len(own) != 1 or any(abs(f - cell) > _CENT for f in whole) or abs(
            debts[0] + own[0] - cell) > _CENT:
        return None
    return debts[0]


_CENT = 0.005  # figures summing to the cell: to the cent
# a paper of the debt come, not its money (上批欠款4000已收到水单 / 通知 / 截图 / 客户水单): read as
# the money received, a watched buyer's 4,000 owed 39 days was cleared (rv68i 6, fix68p)
_PAPER_CAME = re.compile(rf"已经?收到了?(?:客户|对方|买家)?(?:的|发来的?)?(?:付款|银行)?"
                         rf"(?:{SLIP}|通知|截图|照片|邮件|回单|凭证|底单)了?\s*$")


def _unsure(clauses: list[str], named: list[bool], at: int) -> bool:
    """Is the earlier debt's clause at `at` doubted, in its own words (上批欠款4000已付待核实) or
    by a clause after it (上批欠款4000已付，待查; 财务说…已付，还没查到; …，待老板确认), the doubt
    not withdrawn (…，待确认，后来已确认) nor of another matter (…，样品待确认, 数量还要确认)?
    Not known paid, as 待确认 is not (owed_said.debt_owed): read as paid by the cell's figure, a
    watched buyer's 4,000 owed 39 days was cleared (rv64d s2, s6c). One reading of a doubt with
    a wire's (named_papers.doubted): the cell's own, a bare clause after it alone, kept a
    withdrawn doubt and cleared a debt 还没确认 (rv67a s2, s6, s8, fix67e)."""
    return named[at] and doubted(clauses[at:], 1, doubt=UNSURE.search(clauses[at]) is not None,
                                 denials=False)
