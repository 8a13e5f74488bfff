"""An audit of payment terms, due dates and the risk score (docs/analysis.md, the brief's risk
ladder): free-text terms as real ledgers write them, the due date each gives from a ship date,
and what the score, the aging and the payment history make of them. Ledgers are written here
with openpyxl, imported through core and analysed as the app does.

Every expectation is worked out by hand from the rows of its test: 月结N天 = the end of the
shipping month + N days; OA N = ship + N; a month of credit is 30 days; D/P falls due at ship
+ `dp_presentation_days` (21); the tolerance is max(50 USD, 0.5 %); the score's weights are
the settings' (35 days / 20 overdue share / 15 risky terms / 20 history / 10 capital).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_account_audit import A, customer, d, firm, row

from core.ledger.terms import PaymentTerms, due_date, parse_payment_terms

T = PaymentTerms
SHIP = date(2025, 3, 5)  # March ends on the 31st


# --- reading the text -----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # days written in Chinese numerals, as clerks type them
        ("月结三十天", T("oa", 30, None, True)),
        ("月结六十天", T("oa", 60, None, True)),
        ("月结四十五天", T("oa", 45, None, True)),
        ("OA六十天", T("oa", 60)),
        ("发票后三十天", T("oa", 30)),
        ("出货后一百二十天", T("oa", 120)),
        ("远期信用证九十天", T("lc_usance", 90)),
        ("D/P 三十天", T("dp", 30)),
        ("承兑交单六十天", T("da", 60)),
        ("月结三〇天", T("oa", 30, None, True)),  # digit by digit
        # credit given in months: a month of credit is 30 days, never "3 days"
        ("OA 3 months", T("oa", 90)),
        ("O/A 2 months after B/L", T("oa", 60)),
        ("D/A 3 months", T("da", 90)),
        ("L/C 3 months", T("lc_usance", 90)),
        ("账期3个月", T("oa", 90)),
        ("账期三个月", T("oa", 90)),
        ("net 1 month", T("oa", 30)),
        ("月结两个月", T("oa", 60, None, True)),
        # "next month's settlement": paid in the month after the statement, not at its end
        ("次月结", T("oa", 30, None, True)),
        ("次月结清", T("oa", 30, None, True)),
        # "credit" in a letter of credit, credit insurance or a card is not open account
        ("irrevocable documentary credit at sight", T("lc_sight")),
        ("Documentary Credit 90 days", T("lc_usance", 90)),
        ("L/C at sight (credit insurance)", T("lc_sight")),
        ("Credit card", T("tt_advance")),
        # what was read right stays so
        ("credit 30 days", T("oa", 30)),
        ("30 days credit", T("oa", 30)),
        ("月结30天", T("oa", 30, None, True)),
        ("月结", T("oa", 0, None, True)),
        ("当月结", T("oa", 0, None, True)),
        ("月结 ３０天", T("oa", 30, None, True)),
    ],
)
def test_terms_as_clerks_write_them(text, expected):
    assert parse_payment_terms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("月结三十天", date(2025, 4, 30)),  # 31 March + 30, as 月结30天
        ("月结六十天", date(2025, 5, 30)),  # 31 March + 60
        ("次月结", date(2025, 4, 30)),  # paid in April, not due on 31 March
        ("OA 3 months", SHIP + timedelta(days=90)),
        ("发票后三十天", SHIP + timedelta(days=30)),
    ],
)
def test_due_dates_of_terms_in_words(text, expected):
    assert due_date(parse_payment_terms(text), SHIP, None) == expected


def test_credit_in_months_or_chinese_numerals_does_not_black_list_a_customer(tmp_path):
    """Three customers shipped 10,000 USD on 2025-03-05 and have paid nothing by A (06-30):
    on "OA 3 months" it falls due 06-03 (27 days past due), on 月结六十天 on 05-30 (31 days),
    on 次月结 on 04-30 (61 days). Read as 3 days, 0 days and the end of March they were 114,
    91 and 91 days past due, all three black-listed (average order 10,000 < 20,000); the first
    is on no list, the second watched (more than 30 days), the third black (more than 60)."""
    rows = [row("P1", "Months Co", "2025-03-01", 10_000, terms="OA 3 months", ship="2025-03-05"),
            row("P2", "Numerals Co", "2025-03-01", 10_000, terms="月结六十天",
                ship="2025-03-05"),
            row("P3", "Next Month Co", "2025-03-01", 10_000, terms="次月结", ship="2025-03-05")]
    analysis = firm(tmp_path, rows).at(A)
    expected = {"Months Co": (d("2025-06-03"), 27, None),
                "Numerals Co": (d("2025-05-30"), 31, "watch"),
                "Next Month Co": (d("2025-04-30"), 61, "black")}
    for name, (due, days, listed) in expected.items():
        c = customer(analysis, name)
        [owed] = c.receivables
        assert (owed.due_date, owed.days_overdue, c.list) == (due, days, listed), name
        assert (A - due).days == days
