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
        ("次次月结", T("oa", 60, None, True)),
        # "credit" in a letter of credit, credit insurance or a card is not open account
        ("irrevocable documentary credit at sight", T("lc_sight")),
        ("Documentary Credit 90 days", T("lc_usance", 90)),
        ("L/C at sight (credit insurance)", T("lc_sight")),
        ("Credit card", T("tt_advance")),
        # days "before shipment" are a lead time, never the balance's credit period
        ("30% deposit 7 days before shipment, balance OA 60 days", T("oa", 60, 30.0)),
        ("deposit 30 days before shipment, balance 90 days after B/L", T("oa", 90)),
        ("30天前付定金，余款出货后60天", T("oa", 60)),
        # an L/C "at sight" with its validity or presentation period is still at sight
        ("L/C at sight, validity 15 days", T("lc_sight")),
        ("L/C at sight, presentation within 21 days", T("lc_sight")),
        ("即期信用证，交单期21天", T("lc_sight")),
        ("L/C at 90 days sight", T("lc_usance", 90, from_sight=True)),
        ("L/C at sight 90 days", T("lc_usance", 90, from_sight=True)),
        ("L/C 90 days after sight", T("lc_usance", 90, from_sight=True)),
        # the days joined by a dash, or added to the shipment ("BL+60"), as ERPs abbreviate
        ("OA-60", T("oa", 60)),
        ("NET-60", T("oa", 60)),
        ("O/A: 90", T("oa", 90)),
        ("BL+60", T("oa", 60)),
        ("ETD + 45", T("oa", 45)),
        ("出货+30", T("oa", 30)),
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


def test_a_lead_time_before_shipment_is_not_the_balance_s_credit(tmp_path):
    """30 % deposit paid 7 days before shipment, the balance on OA 60: shipped 03-05, the
    7,000 balance unpaid at A is due 05-04, 57 days past due: watched (more than 30 days),
    not black-listed. Read as "OA 7 days" it was due 03-12, 110 days past due, black."""
    rows = [row("P1", "Lead Co", "2025-02-01", 10_000, ship="2025-03-05", received=3_000,
                received_on="2025-02-26",
                terms="30% deposit 7 days before shipment, balance OA 60 days")]
    c = customer(firm(tmp_path, rows).at(A), "Lead Co")
    [owed] = c.receivables
    assert (owed.due_date, owed.open) == (d("2025-03-05") + timedelta(days=60), 7_000)
    assert (c.max_days_overdue, c.list) == ((A - owed.due_date).days, "watch")


# --- aging, history, capital cost: the figures behind the score -----------------------------

def shipped_for(days_overdue: int, credit: int = 30) -> str:
    """The ship date an OA-30 invoice needs to be `days_overdue` days past due at A."""
    return (A - timedelta(days=days_overdue + credit)).isoformat()


@pytest.mark.parametrize(
    ("days", "bucket"),
    [(0, "not_due"), (1, "d1_30"), (30, "d1_30"), (31, "d31_60"), (60, "d31_60"),
     (61, "d61_90"), (90, "d61_90"), (91, "d91_plus")],
)
def test_aging_bucket_boundaries(tmp_path, days, bucket):
    """Not due, 1–30, 31–60, 61–90, 91+: each boundary day in the bucket the brief names."""
    rows = [row("P1", "Aged Co", "2025-01-01", 8_000, ship=shipped_for(days))]
    c = customer(firm(tmp_path, rows).at(A), "Aged Co")
    assert c.max_days_overdue == days
    assert c.aging == {name: (8_000.0 if name == bucket else 0.0) for name in c.aging}


HISTORY_CASES = {
    # customer: (money received as (amount, days after the due date)), (late or not, days late)
    "On The Day Co": ([(10_000, 0)], 0),
    "A Day Late Co": ([(10_000, 1)], 1),
    "Bank Charge Co": ([(9_960, 0)], 0),  # 40 short: within max(50, 0.5 % = 50)
    # 6,000 before the due date, 4,000 three days after: settled by its last part. Written as
    # a clerk does: the deposit column, and the received column the total of both
    "In Parts Co": ([(6_000, -5), (4_000, 3)], 3),
    "Remainder Co": ([(9_850, 2)], 2),  # 150 short: a small remainder (< 200), settled
}


@pytest.mark.parametrize("name", list(HISTORY_CASES))
def test_on_time_history(tmp_path, name):
    """One invoice of 10,000 USD on OA 30, shipped 02-01 (due 03-03), paid as the case says:
    on time only when the last money that paid it came on or before the due date; a shortfall
    within the tolerance is paid, and a small remainder is settled but shown."""
    parts, late = HISTORY_CASES[name]
    due = d("2025-03-03")
    *earlier, (_last, after) = parts
    deposit = {} if not earlier else {
        "deposit": earlier[0][0], "deposit_on": (due + timedelta(days=earlier[0][1])).isoformat()}
    rows = [row("INV-1", name, "2025-01-02", 10_000, ship="2025-02-01",
                received=sum(amount for amount, _ in parts),
                received_on=(due + timedelta(days=after)).isoformat(), **deposit)]
    c = customer(firm(tmp_path, rows).at(A), name)
    [owed] = c.receivables
    assert owed.due_date == due
    assert (c.settled_count, c.on_time_share, c.avg_days_late) == (1, float(late == 0), late)
    short = 10_000 - sum(amount for amount, _ in parts)
    assert (owed.small, c.small_remainders) == ((True, short) if short > 50 else (False, 0))
    assert (c.overdue_amount, c.max_days_overdue) == (0, 0)


def test_score_capital_cost_and_reasons_of_a_mixed_account(tmp_path):
    """Open at A (receipts known to A): 10,000 on OA 30, 73 days past due; 5,000 on L/C at
    sight shipped 31 days before A (due at the documents' presentation, shipment + 21: 10 days
    past due; audit31: it was due on shipment); 5,000 on OA 30
    shipped 10 days before A (not due). By hand:
    overdue 15,000 of 20,000 open; risky (D/P or riskier: OA) 15,000; no history;
    score = 35 × 73/120 + 20 × 0.75 + 15 × 0.75 + 0 + 10 × 15,000/50,000 = 50.5 → 51, C;
    capital cost = 10,000 × 12 % × 73/365 + 5,000 × 12 % × 10/365 = 240 + 16.44, over
    (10,000 × 73 + 5,000 × 10) / 15,000 = 52 days on average."""
    rows = [row("P1", "Mixed Co", "2025-01-01", 10_000, ship=shipped_for(73)),
            row("P2", "Mixed Co", "2025-06-01", 5_000, terms="L/C at sight",
                ship=(A - timedelta(days=31)).isoformat()),
            row("P3", "Mixed Co", "2025-06-01", 5_000, ship=(A - timedelta(days=10)).isoformat())]
    c = customer(firm(tmp_path, rows).at(A), "Mixed Co")
    assert (c.open_amount, c.overdue_amount, c.risky_exposure) == (20_000, 15_000, 15_000)
    expected = 35 * 73 / 120 + 20 * 0.75 + 15 * 0.75 + 10 * 15_000 / 50_000
    assert (c.risk_score, c.risk_grade) == (round(expected), "C")
    assert c.capital_cost == pytest.approx(10_000 * 0.12 * 73 / 365 + 5_000 * 0.12 * 10 / 365,
                                           abs=0.01)
    assert c.capital_days == round((10_000 * 73 + 5_000 * 10) / 15_000)
    reasons = {m.code: m.params for m in c.reasons}
    assert list(reasons) == ["overdue_days", "overdue_share", "risky_terms", "capital_cost"]
    assert (reasons["overdue_days"]["amount"], reasons["overdue_days"]["days"]) == (15_000, 73)
    assert reasons["overdue_share"]["share"] == 0.75
    assert reasons["risky_terms"]["amount"] == 15_000
    assert reasons["capital_cost"]["days"] == c.capital_days
    assert c.aging == {"not_due": 5_000, "d1_30": 5_000, "d31_60": 0, "d61_90": 10_000,
                       "d91_plus": 0}


def test_the_score_reads_its_thresholds_from_the_settings(tmp_path):
    """The worked example (10,000 on OA 30, 61 days past due, nothing paid): 55, C. With
    risky terms from D/A on (OA still counts), 120 → 61 days for the full lateness points,
    capital at 10 %: 35 + 20 + 15 + 0 + 2 = 72, D; the cost 10,000 × 10 % × 61/365."""
    from core import settings_store
    from core.store import connect

    rows = [row("P1", "Late Co", "2025-01-01", 10_000, ship=shipped_for(61))]
    books = firm(tmp_path, rows)
    c = customer(books.at(A), "Late Co")
    assert (c.risk_score, c.risk_grade) == (round(35 * 61 / 120 + 20 + 15 + 2), "C")
    assert c.capital_cost == pytest.approx(10_000 * 0.12 * 61 / 365, abs=0.01)
    with connect(books.db) as conn:
        settings_store.put(conn, "risky_rung", "da")
        settings_store.put(conn, "risk_days_full", 61)
        settings_store.put(conn, "capital_rate_pct", 10)
    c = customer(books.at(A), "Late Co")
    assert (c.risk_score, c.risk_grade) == (35 + 20 + 15 + 2, "D")
    assert c.capital_cost == pytest.approx(10_000 * 0.10 * 61 / 365, abs=0.01)
    capital = next(m for m in c.reasons if m.code == "capital_cost")
    assert (capital.params["rate"], capital.params["days"]) == (10, 61)


def test_a_customer_worse_on_every_count_never_scores_better(tmp_path):
    """Two customers each owing one OA-30 invoice and nothing else open, each with one
    settled invoice: Worse Co owes more (30,000 against 10,000), longer past due (91 against
    61 days) and paid its settled invoice later (20 against 5 days late)."""
    def account(name: str, owed: float, days: int, late: int) -> list[list[object]]:
        paid_due = d("2025-02-01") + timedelta(days=30)
        return [row("S-" + name, name, "2025-01-01", 5_000, ship="2025-02-01", received=5_000,
                    received_on=(paid_due + timedelta(days=late)).isoformat()),
                row("O-" + name, name, "2025-01-01", owed, ship=shipped_for(days))]

    analysis = firm(tmp_path, [*account("Better Co", 10_000, 61, 5),
                               *account("Worse Co", 30_000, 91, 20)]).at(A)
    better, worse = customer(analysis, "Better Co"), customer(analysis, "Worse Co")
    assert (better.max_days_overdue, worse.max_days_overdue) == (61, 91)
    assert better.risk_score < worse.risk_score
    assert better.list == worse.list == "black"


# --- terms the app cannot read: what is assumed, and the user is told -----------------------

def test_invoices_due_by_the_default_credit_period_are_named_in_the_notes(tmp_path):
    """Four invoices shipped 2025-03-05, unpaid at A: "As agreed" (not read) and blank terms
    fall due at ship + `default_credit_days` (30): 04-04, 87 days past due, black-listed; the
    one with "As agreed" and a due date the ledger states (05-05) and the one on OA 60 (05-04)
    are due as they say. The analysis's notes say that two open invoices were given the
    default, and quote the text it could not read."""
    rows = [row("P1", "Agreed Co", "2025-03-01", 9_000, terms="As agreed", ship="2025-03-05"),
            row("P2", "Blank Co", "2025-03-01", 9_000, terms=None, ship="2025-03-05"),
            row("P3", "Stated Co", "2025-03-01", 9_000, terms="As agreed", ship="2025-03-05",
                due="2025-05-05"),
            row("P4", "Terms Co", "2025-03-01", 9_000, terms="OA 60", ship="2025-03-05")]
    analysis = firm(tmp_path, rows).at(A)
    default = d("2025-03-05") + timedelta(days=30)
    for name, due in (("Agreed Co", default), ("Blank Co", default),
                      ("Stated Co", d("2025-05-05")), ("Terms Co", d("2025-05-04"))):
        [owed] = customer(analysis, name).receivables
        assert owed.due_date == due, name
    [note] = [n for n in analysis.notes if n.code == "terms_assumed"]
    assert (note.params["count"], note.params["days"]) == (2, 30)
    assert note.params["texts"] == "“As agreed”"


@pytest.mark.parametrize("terms", ["OA", "open account", "赊销", "D/A", "承兑交单", "Usance L/C",
                                   "远期信用证", "货到付款"])
def test_credit_terms_without_days_fall_due_after_the_default_credit_period(tmp_path, terms):
    """Terms that grant credit without saying how long ("OA", "D/A", "Usance L/C") fall due
    `default_credit_days` (30) after shipment, as the setting says ("when the ledger gives
    neither a due date nor payment terms that say"): shipped 03-05, due 04-04, 87 days past
    due at A. They were due on the ship date, 117 days past due."""
    rows = [row("P1", "Plain Co", "2025-03-01", 9_000, terms=terms, ship="2025-03-05")]
    c = customer(firm(tmp_path, rows).at(A), "Plain Co")
    [owed] = c.receivables
    assert owed.due_date == d("2025-03-05") + timedelta(days=30)
    assert c.max_days_overdue == (A - owed.due_date).days


@pytest.mark.parametrize(("terms", "due"), [("月结", "2025-03-31"), ("L/C at sight", "2025-03-26"),
                                            ("D/P", "2025-03-26"), ("CAD", "2025-03-12"),
                                            ("见提单副本付款", "2025-03-12")])
def test_terms_due_on_their_own_date_keep_it(tmp_path, terms, due):
    """月结 alone is due at the month-end statement, payment against documents once the B/L
    copy reaches the buyer (ship + 7; bl50: it was due on shipment), D/P and an L/C at sight
    once the documents are presented (ship + 21; audit31: the letter was due on shipment)."""
    rows = [row("P1", "Own Co", "2025-03-01", 9_000, terms=terms, ship="2025-03-05")]
    [owed] = customer(firm(tmp_path, rows).at(A), "Own Co").receivables
    assert owed.due_date == d(due)
