"""The method on hand-built ledgers: every tier, criterion, bucket, grade and list worked out
by hand here, on both sides of every threshold."""

from __future__ import annotations

from datetime import date

import pytest
from ledgers import A, build, order, receivables_ledger, ten_customers, write_xlsx

from core.analysis.firm import report
from core.analysis.pyramid import caps
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.rules import Rules
from core.store import connect


def by_name(analysis):
    return {c.customer: c for c in analysis.customers}


# --- the pyramid -----------------------------------------------------------------------------

def test_ten_customers_fill_the_pyramid_as_worked_out_by_hand(tmp_path):
    analysis = analyse(build(tmp_path, ten_customers()), as_of=A)
    c = by_name(analysis)
    # benchmark: 618,000 of valid orders in W over 19 orders; M needs twice that
    assert analysis.m_benchmark == round(618_000 / 19, 2)
    flags = {n: tuple(c[n].rfmt[k].passed for k in "rfmt") for n in c}
    assert flags == {
        "C1": (True, True, True, True), "C2": (True, True, False, True),
        "C3": (True, False, True, True), "C4": (True, True, False, False),
        "C5": (True, True, False, True), "C6": (True, False, False, None),
        "C7": (True, False, False, None), "C8": (True, True, False, False),
        "C9": (True, False, False, True), "C10": (True, True, False, True),
        "C11": (False, False, False, None), "C13": (False, False, False, None)}
    tiers = {n: (m.tier, m.rank) for n, m in c.items()}
    assert tiers == {
        "C1": ("strategic", 1), "C3": ("strategic", 2), "C2": ("core", 3), "C10": ("core", 4),
        "C5": ("core", 5), "C4": ("long_tail", 6), "C8": ("long_tail", 7),
        "C9": ("long_tail", 8), "C6": ("long_tail", 9), "C7": ("long_tail", 10),
        "C11": ("prospect", None), "C13": ("dormant", None)}
    assert [(s.tier, s.count, s.cap) for s in analysis.shape] == [
        ("strategic", 2, 2), ("core", 3, 3), ("long_tail", 5, 5)]
    assert analysis.ranked_by == "gross_profit"
    # cancelled orders count for nothing, a credit note lowers revenue but is no order
    assert (c["C1"].orders_12m, c["C1"].revenue_12m) == (3, 270_000)
    assert (c["C9"].orders_12m, c["C9"].revenue_12m, c["C9"].avg_order_12m) == (1, 800, 1_000)
    assert c["C9"].recency_days == 0 and c["C13"].recency_days == (A - date(2024, 12, 31)).days
    assert c["C13"].orders_12m == 0 and c["C13"].avg_order_all == 9_000
    # margins of 20 %: below the strategic and core bands, inside the long tail's 15–20 %.
    # Every strategic and every core customer is below its band: one pricing question for
    # each tier, said once, and nobody flagged alone (fewer than 4 margins in either tier)
    assert [c[n].margin_status for n in ("C1", "C2", "C4")] == ["below", "below", "within"]
    assert not any(m.reprice for m in c.values())
    below = [n for n in analysis.notes if n.code == "tier_below_band"]
    assert [str(n.params["tier"]) for n in below] == ["strategic", "core"]
    assert c["C6"].upgrade_candidate == "core" and c["C4"].upgrade_candidate is None
    # no receipts in this ledger: nobody can be judged late or reliable, and the analysis
    # says so first
    assert analysis.notes[0].code == "no_receipts" and not analysis.receipts_known
    assert {m.risk_grade for m in c.values()} == {None}
    assert not any(m.list == "white" for m in c.values())


def test_minimum_criteria_drop_a_customer_to_the_next_tier(tmp_path):
    analysis = analyse(build(tmp_path, ten_customers(), strategic_min_criteria=4), as_of=A)
    c = by_name(analysis)
    assert [n for n in c if c[n].tier == "strategic"] == ["C1"]
    assert [n for n in c if c[n].tier == "core"] == ["C3", "C2", "C10"]
    assert c["C5"].tier == "long_tail"
    assert c["C3"].upgrade_candidate == "strategic"


def test_tiers_by_fixed_counts(tmp_path):
    analysis = analyse(build(tmp_path, ten_customers(), tier_caps="count", strategic_count=1,
                             core_count=1), as_of=A)
    assert [(s.tier, s.count) for s in analysis.shape] == [("strategic", 1), ("core", 1),
                                                           ("long_tail", 8)]


@pytest.mark.parametrize(("active", "expected"), [
    (1, (1, 0, 0)), (2, (1, 0, 1)), (3, (1, 1, 1)), (4, (1, 1, 2)), (5, (1, 2, 2)),
    (7, (1, 3, 3)), (10, (2, 3, 5)), (13, (3, 4, 6))])
def test_caps_round_half_up_with_one_strategic_place(active, expected):
    rules = {"tier_caps": "share", "strategic_share": 0.2, "core_share": 0.3}
    assert tuple(caps(active, Rules.from_values(rules)).values()) == expected


def test_a_firm_of_one_customer(tmp_path):
    rows = [order("A1", "Only Buyer", "2025-03-01", 50_000), order("A2", "Only Buyer",
                                                                    "2025-09-01", 30_000)]
    [only] = analyse(build(tmp_path, rows), as_of=A).customers
    # its own average is the benchmark, so M (twice the benchmark) cannot pass
    assert {k: v.passed for k, v in only.rfmt.items()} == {"r": True, "f": True, "m": False,
                                                           "t": True}
    assert (only.tier, only.rank) == ("strategic", 1)
    assert only.gross_profit_12m is None and only.revenue_12m == 80_000


def test_a_firm_of_three_customers_with_a_converted_trial(tmp_path):
    rows = [order("B1", "Alpha", "2025-02-01", 50_000), order("B2", "Alpha", "2025-08-01",
                                                              50_000),
            order("B3", "Beta", "2025-03-01", 10_000), order("B4", "Beta", "2025-04-01",
                                                             10_000),
            order("B5", "Gamma", "2025-01-15", 500, incoterm="CIF", trial="是"),
            order("B6", "Gamma", "2025-05-01", 1_000, incoterm="CIF")]
    analysis = analyse(build(tmp_path, rows), as_of=A)
    c = by_name(analysis)
    assert analysis.m_benchmark == round(121_000 / 5, 2)
    assert [(n, c[n].tier, c[n].criteria_passed) for n in ("Alpha", "Beta", "Gamma")] == [
        ("Alpha", "strategic", 4), ("Beta", "core", 3), ("Gamma", "long_tail", 1)]
    assert c["Gamma"].trial_orders == 1 and c["Gamma"].orders_12m == 1
    firm = report(analysis)
    assert (firm.trial_customers, firm.trial_conversion) == (1, 1.0)
    assert firm.measured_by == "revenue"
    assert firm.top20_share == round(100_000 / 121_000, 4)


# --- receivables, risk and the stop-loss lists -----------------------------------------------

@pytest.fixture
def risk_analysis(tmp_path):
    return analyse(build(tmp_path, receivables_ledger(), receipts_date="2025-12-31"), as_of=A)


def test_receipts_date_defaults_to_the_latest_receipt(tmp_path):
    analysis = analyse(build(tmp_path, receivables_ledger()), as_of=A)
    assert analysis.receipts_date == date(2025, 12, 1)
    assert by_name(analysis)["Day SixtyOne"].max_days_overdue == 31


def test_sixty_days_is_not_yet_stop_loss_sixty_one_is(risk_analysis):
    c = by_name(risk_analysis)
    assert risk_analysis.receipts_date == A
    assert (c["Day Sixty"].max_days_overdue, c["Day Sixty"].stop_loss) == (60, False)
    assert c["Day Sixty"].list == "watch"
    assert (c["Day SixtyOne"].max_days_overdue, c["Day SixtyOne"].stop_loss) == (61, True)
    assert c["Day SixtyOne"].list == "black"
    assert c["Day SixtyOne"].list_reason.code == "stop_loss_rule"


def test_average_order_under_twenty_thousand(risk_analysis):
    c = by_name(risk_analysis)
    assert c["Under Twenty"].max_days_overdue == c["Twenty Flat"].max_days_overdue == 121
    assert c["Under Twenty"].list == "black"
    assert (c["Twenty Flat"].stop_loss, c["Twenty Flat"].list) == (False, "watch")


def test_dp_documents_trigger_after_fourteen_days(risk_analysis):
    c = by_name(risk_analysis)
    assert (c["Docs Fourteen"].max_days_overdue, c["Docs Fourteen"].stop_loss) == (14, False)
    assert (c["Docs Fifteen"].max_days_overdue, c["Docs Fifteen"].stop_loss) == (15, True)


def test_big_overdue_exposure_whatever_the_order_size(risk_analysis):
    # BD2 and BO2 are 46 days overdue: longer than exposure_min_days (30)
    c = by_name(risk_analysis)
    assert c["Big Debtor"].avg_order_12m == 100_000
    assert (c["Big Debtor"].overdue_amount, c["Big Debtor"].list) == (60_000, "black")
    assert c["Big Debtor"].list_reason.code == "stop_loss_exposure"
    assert (c["Big Fine"].overdue_amount, c["Big Fine"].stop_loss) == (50_000, False)


def test_bank_charges_within_tolerance_count_as_paid(risk_analysis):
    c = by_name(risk_analysis)
    assert c["Short Forty"].open_amount == 0
    # 60 left open is above the tolerance but a small remainder (under min_open_usd, 200):
    # shown apart, never overdue
    assert (c["Short Sixty"].open_amount, c["Short Sixty"].max_days_overdue) == (0, 0)
    assert c["Short Sixty"].small_remainders == 60 and c["Short Sixty"].list is None
    assert c["Short Pct"].open_amount == 0  # 90 short of 20,000 is within 0.5 %
    # settled invoices feed the payment history: Short Pct paid 10 days late
    assert (c["Short Pct"].on_time_share, c["Short Pct"].avg_days_late) == (0.0, 10)
    assert (c["Short Forty"].on_time_share, c["Short Forty"].avg_days_late) == (1.0, 0)


def test_one_wire_for_three_invoices_settles_the_oldest(risk_analysis):
    lump = by_name(risk_analysis)["Lump"]
    assert lump.open_amount == 0 and lump.max_days_overdue == 0


def test_a_disputed_invoice_is_shown_apart_and_never_drives_stop_loss(risk_analysis):
    claim = by_name(risk_analysis)["Claim"]
    assert (claim.disputed_amount, claim.open_amount, claim.stop_loss) == (5_000, 0, False)
    assert "disputed" in [m.code for m in claim.reasons]


def test_aging_buckets(risk_analysis):
    ager = by_name(risk_analysis)["Ager"]
    assert ager.aging == {"not_due": 1_000, "d1_30": 1_000, "d31_60": 1_000, "d61_90": 1_000,
                          "d91_plus": 1_000}
    assert (ager.open_amount, ager.overdue_amount, ager.max_days_overdue) == (5_000, 4_000, 100)
    expected_cost = 1_000 * 0.12 * (10 + 45 + 75 + 100) / 365
    assert ager.capital_cost == round(expected_cost, 2)


def test_unshipped_orders_are_not_receivable(risk_analysis):
    unshipped = by_name(risk_analysis)["Unshipped"]
    assert (unshipped.open_amount, unshipped.overdue_amount) == (0, 0)


def test_risk_score_by_hand(risk_analysis):
    c = by_name(risk_analysis)["Day SixtyOne"]
    # days 61/120 × 35, all overdue 20, all on OA (riskier than D/P) 15, no history,
    # 10,000 of a 50,000 exposure limit × 10
    expected = 61 / 120 * 35 + 20 + 15 + 0 + 10_000 / 50_000 * 10
    assert c.risk_score == round(expected) == 55
    assert c.risk_grade == "C"
    assert [m.code for m in c.reasons] == ["overdue_days", "overdue_share", "risky_terms",
                                           "capital_cost"]
    payer = by_name(risk_analysis)["Payer"]
    # paid on time, nothing open: only its orders' terms (OA) count, at half weight
    assert (payer.on_time_share, payer.risk_score, payer.risk_grade) == (1.0, 8, "A")
    assert payer.list is None and [m.code for m in payer.reasons] == ["risky_terms_orders"]


def test_receipts_date_caps_days_overdue(tmp_path):
    conn = build(tmp_path, receivables_ledger(), receipts_date="2025-11-30")
    c = by_name(analyse(conn, as_of=A))
    assert c["Day SixtyOne"].max_days_overdue == 30  # 2025-11-30 − 2025-10-31
    assert not c["Day SixtyOne"].stop_loss


def test_red_flags_beside_the_grade(tmp_path):
    rows = [["合同号", "客户", "下单日期", "金额", "付款方式", "出货日期", "已收金额", "收款日期",
             "信用额度"],
            ["R1", "Early Ship", date(2025, 10, 1), 10_000,
             "T/T 30% deposit, balance before shipment", date(2025, 11, 1), 3_000,
             date(2025, 10, 2), None],
            ["R2", "Over Limit", date(2025, 11, 1), 40_000, "OA 90 days", date(2025, 11, 15),
             None, None, 30_000]]
    path = write_xlsx(tmp_path / "flags.xlsx", {"S": rows})
    import_files(tmp_path / "f.sqlite", [path])
    c = by_name(analyse(connect(tmp_path / "f.sqlite"), as_of=A))
    assert [m.code for m in c["Early Ship"].red_flags] == ["shipped_before_balance"]
    assert c["Early Ship"].open_amount == 7_000
    assert [m.code for m in c["Over Limit"].red_flags] == ["over_credit_limit"]
    assert c["Over Limit"].max_days_overdue == 0  # due 2026-02-13


def test_orders_after_the_as_of_date_are_ignored(tmp_path):
    rows = [order("F1", "Later", "2025-06-01", 1_000), order("F2", "Later", "2026-01-05",
                                                             9_000)]
    [later] = analyse(build(tmp_path, rows), as_of=A).customers
    assert (later.orders_12m, later.revenue_12m) == (1, 1_000)


def test_t_switched_off_and_own_quartile_bands(tmp_path):
    analysis = analyse(build(tmp_path, ten_customers(), t_enabled="false",
                             margin_bands="quartiles"), as_of=A)
    c = by_name(analysis)
    assert all(m.rfmt["t"].passed is None for m in c.values())
    # every margin is 20 %: the firm's own quartiles are all 20 %, so nobody is below its band
    assert c["C1"].margin_band == (0.2, 0.2) and not c["C1"].reprice


def test_project_buyers_are_judged_on_twenty_four_months(tmp_path):
    from core.override_changes import set_project

    rows = [order("J1", "Project Buyer", "2024-08-01", 400_000),
            order("J2", "Steady Buyer", "2025-08-01", 10_000)]
    conn = build(tmp_path, rows)
    assert by_name(analyse(conn, as_of=A))["Project Buyer"].tier == "dormant"
    set_project(conn, "Project Buyer", True)
    buyer = by_name(analyse(conn, as_of=A))["Project Buyer"]
    assert (buyer.tier, buyer.window_months, buyer.orders_12m) == ("strategic", 24, 1)
