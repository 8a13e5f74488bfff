"""What the import says of a payment re-sent with its sum or date corrected.

core.ledger.corrected_payments decides, of each place where a stored payment and a new one
stand, whether the new one corrects the old (one counted), is later money or an older file's
figure, or cannot be told (both counted, the pair named). These are its words to the clerk,
per sheet, in both languages; apart from the rule because they change with the report's
wording, never with the account (split63).
"""

from __future__ import annotations

from core.i18n import NP_
from core.ledger.payment_lines import Pair, pair_said, payments_refunds, per_sheet
from core.messages import Message


def later_messages(later: list[Pair]) -> list[Message]:
    """The pairs whose new payment is dated after the earlier file's every order and receipt:
    both counted."""
    return per_sheet("payment_after_earlier_file", NP_(
        "Sheet “{sheet}”: {count} payment stands where an earlier file, re-sent, had a payment "
        "of the same customer, but is dated after every order and receipt of that file, or in "
        "a month after its every receipt, row {rows}: taken as a later payment, both counted. "
        "If it is the earlier payment with its date corrected, the customer is shown that much "
        "more paid: check it against the bank slip.",
        "Sheet “{sheet}”: {count} payments stand where earlier files, re-sent, had payments of "
        "the same customers, but are dated after every order and receipt of those files, or in "
        "a month after their every receipt, rows {rows}: taken as later payments, both of each "
        "pair counted. If one is an earlier payment with its date corrected, its customer is "
        "shown that much more paid: check it against the bank slip."), later, pair_said)


def older_messages(older: list[Pair]) -> list[Message]:
    """The pairs whose stored payment is a later-dated file's: that one kept."""
    return per_sheet("payment_older_than_stored", NP_(
        "Sheet “{sheet}”: {count} payment stands where a later-dated file, which re-sends this "
        "one, has the same customer's payment with another sum or date, row {rows}: this "
        "file's figure is the earlier one, the later file's is kept, counted once.",
        "Sheet “{sheet}”: {count} payments stand where later-dated files, which re-send this "
        "one, have the same customers' payments with other sums or dates, rows {rows}: this "
        "file's figures are the earlier ones, the later files' are kept, each counted once."),
        older, pair_said)


def corrected_messages(fixed: list[Pair], named: list[Pair]) -> list[Message]:
    """The payments corrected (counted once) and the pairs named, both counted, refunds
    said apart (money sent back both times is that much more sent back)."""
    payments, refunds = payments_refunds(named)
    return [*per_sheet("payment_corrected", NP_(
        "Sheet “{sheet}”: {count} payment re-sent with its sum or date corrected replaces the "
        "one stored from the earlier file at its place, row {rows}: counted once, as now "
        "written.",
        "Sheet “{sheet}”: {count} payments re-sent with their sums or dates corrected replace "
        "the ones stored from the earlier file at their places, rows {rows}: each counted once, "
        "as now written."), fixed, pair_said),
        *per_sheet("payment_maybe_corrected", NP_(
            "Sheet “{sheet}”: {count} payment stands where an earlier file had another sum or "
            "date for the same customer, row {rows}: both are counted, as that file is not "
            "re-sent whole. If it is the earlier payment corrected, the customer is shown "
            "that much more paid: check it against the bank slip.",
            "Sheet “{sheet}”: {count} payments stand where earlier files had other sums or "
            "dates for the same customers, rows {rows}: both of each pair are counted, as "
            "those files are not re-sent whole. If one is an earlier payment corrected, its "
            "customer is shown that much more paid: check it against the bank slip."),
            payments, pair_said),
        # money sent back both times: that much more sent back (ui39s: was "more paid")
        *per_sheet("refund_maybe_corrected", NP_(
            "Sheet “{sheet}”: {count} refund stands where an earlier file had another sum or "
            "date sent back to the same customer, row {rows}: both are counted, as that file "
            "is not re-sent whole. If it is the earlier refund corrected, the customer is "
            "shown that much more sent back: check it against the bank slip.",
            "Sheet “{sheet}”: {count} refunds stand where earlier files had other sums or "
            "dates sent back to the same customers, rows {rows}: both of each pair are "
            "counted, as those files are not re-sent whole. If one is an earlier refund "
            "corrected, its customer is shown that much more sent back: check it against the "
            "bank slip."), refunds, pair_said)]
