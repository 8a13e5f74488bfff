"""What a bank's charge may be: the one tolerance of a sum received short by it, and a bank's
list's row that is the charge itself, not money from the customer.

The rules that read a figure short by a charge (core.ledger.beside_deposit, the deposit
received short: `short`; core.ledger.payment_lines.bank_read, one wire the bank listed less it:
`charge`) and the reading of rows (core.ledger.row_problems) share it: a leaf, which the
readers of rows can import.
"""

from __future__ import annotations

import re

from core.ledger.noted_orders import without_references

# A received figure below the deposit beside it by no more than this is that deposit, received
# short (3,000 deposit, 2,985 received: 2,985 in all); below it by more, it is money of its own
# (8,000 deposit, then 2,000 received: 10,000 in all). Up to this share of the figure, or this
# much in the receipt's currency, whichever is larger: a deposit is received short by the bank's
# charge and by what the buyer rounded or took off (29,500 of a 30,000 deposit is that deposit).
SHORT_SHARE, SHORT_FLOOR = 0.02, 100.0
# What a bank takes off one wire (the sender's bank, an intermediary, ours: some tens each) is
# a small sum whatever the wire's size: two lists' 61,000 and 60,000 of one invoice and day
# were read as one wire less a 1,000 charge, 61,000 of a buyer's money counted as 60,000
# (pay35b). Not the firm's tolerance setting (tolerance_usd): what a row is read as cannot
# change with a setting the stored lines were read before. In US dollars, whatever the wire's
# currency: 300 yen taken as the most, 10,000,000 JPY and the bank's 9,997,500 (a 2,500 JPY
# charge, 17 USD) were two payments, 66,983 USD shown on account (fix35a, break35a); never less
# than that many of the money's own units (a euro's and a pound's limit stay 300). A letter of
# credit's negotiating bank takes a share of it besides (0.1-0.15 %) with its courier and
# discrepancy fees: up to CHARGE_SHARE of a big wire (350 of 200,000 read as two payments,
# break35a).
CHARGE_MOST, CHARGE_SHARE = 300.0, 0.0025
# the words of a cost borne by someone (承担, 自付: 运费客户承担, 手续费由客户承担): one list for
# the shortfalls a note says were borne (core.ledger.part_words.BORNE_WORDS) and the bank's
# part of a rest the buyer bears (core.ledger.deduction_rest)
BEARS = r"承担|自付|自理|负担"
# What one telegraphic transfer of a deposit or balance typically loses on its way (15-50 USD:
# the sender's bank and an intermediary), in the wire's own units: a figure this much short of
# a whole share of its invoice is that share, wired (2,975 of 10,000: 30 % less 25; fix55a).
# Not CHARGE_MOST: 100 short of a share (7,100 on 8,000) is RMB settled for a part (rv54e).
WIRE_CHARGE = 50.0


def short(amount: float) -> float:
    """What a figure may be received short of `amount` and still be it (the deposit's)."""
    share = abs(amount) * SHORT_SHARE
    return share if share > SHORT_FLOOR else SHORT_FLOOR


def charge(amount: float, usd_per_unit: float | None) -> float:
    """What a bank's charge may take off one wire of `amount`: short of it, and no more than
    CHARGE_MOST US dollars at `usd_per_unit` (one unit of the wire's currency in US dollars on
    its day, core.rates.Rates) or CHARGE_SHARE of it; where the rates table has none, short of
    it alone."""
    if not usd_per_unit or usd_per_unit <= 0:
        return short(amount)
    return min(short(amount), max(CHARGE_MOST / min(usd_per_unit, 1.0),
                                  abs(amount) * CHARGE_SHARE))


# A bank's list of slips pasted on a 收款 tab writes its charge on a row of its own, below the
# wire ("-15  TT-881 手续费"): read as money received (a payments sheet reads a figure as money
# whatever its sign), the buyer was shown that much more paid (break34b). Such a row says
# nothing but the charge (its references and figures aside) and is no larger than
# SHORT_FLOOR: a wire's row noting its charge (4,985 "扣手续费") is the wire. The charge is
# money out: a row of it is negative, or positive only where it says the charge was taken off
# (扣手续费 15, "less bank charges"). A positive row saying only 手续费 is the buyer making the
# charge good (+45 "N-1 手续费"): read as the charge and skipped, the 45 was lost (fix34a).
_CHARGE = re.compile(
    r"(?:已?扣)?(?:(?:银行|汇款|电汇|中转行|中间行|境外|国外|入账|收汇)?手续费"
    r"|(?:银行|中转行|中间行)费用?|扣费|议付费)"
    r"|(?:(?:deducted|less) )?(?:(?:bank|wire|transfer|intermediary|remittance|handling"
    r"|negotiation) ?"
    r"(?:charges?|fees?|commissions?)|charges?)(?: deducted)?")
_TAKEN_OFF = re.compile(r"扣|(?<![a-z])(?:deducted|less)(?![a-z])")
_ASIDE = re.compile(r"[\s\W_]+")


def charge_row(note: object, figure: float | None) -> bool:
    """Whether a payments sheet's row of `figure` is the bank's charge on its own row."""
    if not isinstance(note, str) or figure is None or abs(figure) > SHORT_FLOOR:
        return False
    text = " ".join(_ASIDE.sub(" ", without_references(note)).split())
    return bool(text) and _CHARGE.fullmatch(text) is not None and (
        figure < 0 or _TAKEN_OFF.search(text) is not None)


def names_charge(text: str) -> bool:
    """Does a note's folded `text` name a bank's charge (手续费, "bank charges")? Such a part
    of a sale's note is no deduction of the buyer's (core.ledger.noted_deductions)."""
    return _CHARGE.search(text) is not None
