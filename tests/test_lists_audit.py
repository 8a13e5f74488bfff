"""An audit of how customers land on the stop-loss lists (docs/analysis.md, "The stop-loss
lists" and "Credit limits, insurance and groups"): the boundaries, merges, exclusions, pins,
the no-receipts case and the stop-loss workbook, each on a ledger written here with openpyxl,
imported through core and analysed as the app does.

Every expectation is worked out by hand from the rows of its test, with the defaults: OA 30;
the article's rule (more than 60 days past due, average order under 20,000 USD); the exposure
trigger (money overdue more than 30 days, above 50,000 USD); watch from more than 30 days past
due; the risk weights 35/20/15/20/10 with full days at 120.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx

from core import override_changes
from core.actions import stop_loss
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import LISTS
from core.analysis.run import analyse
from core.credit_terms import group
from core.ledger.importer import import_files
from core.rules import Rules
from core.store import connect

A = date(2025, 6, 30)
RULES = Rules.defaults()
HEADER = ["合同号", "客户", "下单日期", "金额", "付款方式", "出货日期", "应收日期", "已收金额",
          "收款日期", "试单", "状态", "信用额度", "信保", "业务员"]


def d(text: str) -> date:
    return date.fromisoformat(text)


def row(no: str, customer: str, amount: float, due: str, *, ordered: str = "2025-03-01",
        ship: str = "2025-03-10", received: float | None = None,
        received_on: str | None = None, trial: str | None = None, status: str | None = None,
        limit: object = None, insured: object = None, sales: str | None = None
        ) -> list[object]:
    """An invoice on OA 30 shipped on `ship`, due on `due` (stated by the ledger)."""
    return [no, customer, d(ordered), amount, "OA 30 days", d(ship), d(due), received,
            d(received_on) if received_on else None, trial, status, limit, insured, sales]


# receipts are booked up to A: the ledger records receipts, days overdue run to A
PAYER = row("P-0", "Payer", 1_000, "2025-06-30", received=1_000, received_on="2025-06-30")


def books(tmp_path: Path, rows: list[list[object]], payer: bool = True) -> Path:
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, *rows,
                                                         *([PAYER] if payer else [])]})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message
    return db


def at(db: Path) -> Analysis:
    with connect(db) as conn:
        return analyse(conn, as_of=A)


def by_name(analysis: Analysis) -> dict[str, CustomerMetrics]:
    return {c.customer: c for c in analysis.customers}


def due_days_ago(days: int) -> str:
    return date.fromordinal(A.toordinal() - days).isoformat()


# --- the thresholds, on both sides ----------------------------------------------------------

def test_the_exposure_trigger_counts_money_more_than_thirty_days_overdue_only(tmp_path):
    """60,000 USD on one invoice (average order 60,000: the article's rule cannot catch it).
    30 days overdue is not "longer than 30": exposure 0, no list by days (30 is not more than
    30) and grade C; 31 days: exposure 60,000 above 50,000, black."""
    amount = 60_000
    db = books(tmp_path, [row("E30", "Thirty", amount, due_days_ago(30)),
                          row("E31", "Thirty-one", amount, due_days_ago(31))])
    found = by_name(at(db))
    thirty, later = found["Thirty"], found["Thirty-one"]
    assert (thirty.max_days_overdue, later.max_days_overdue) == (30, 31)
    assert thirty.exposure == 0 and not thirty.stop_loss
    # 35 × 30/120 + 20 × 1 + 15 × 1 (OA is D/P or riskier) + 0 + 10 × min(60,000/50,000, 1)
    expected = round(RULES.risk_weight_days * 30 / RULES.risk_days_full
                     + RULES.risk_weight_overdue_share + RULES.risk_weight_terms
                     + RULES.risk_weight_capital)
    assert (thirty.risk_score, thirty.risk_grade) == (expected, "C")
    assert thirty.list is None
    assert later.exposure == amount and later.stop_loss and later.list == "black"
    assert later.list_reason is not None and later.list_reason.code == "stop_loss_exposure"
    assert [i.order_no for i in later.receivables if i.stop_loss] == ["E31"]


def test_owing_exactly_the_credit_limit_is_not_over_it(tmp_path):
    """Open 20,000 (not due yet) against a limit of 20,000: not over. 20,001 against 20,000:
    over, a red flag and the watch list for that reason."""
    db = books(tmp_path, [row("L1", "At Limit", 20_000, "2025-07-30", limit=20_000),
                          row("L2", "Over Limit", 20_001, "2025-07-30", limit=20_000)])
    found = by_name(at(db))
    at_limit, over = found["At Limit"], found["Over Limit"]
    assert at_limit.credit_limit == 20_000 and not at_limit.over_limit
    assert at_limit.list != "watch"
    assert over.over_limit and over.list == "watch"
    assert over.list_reason is not None and over.list_reason.code == "over_credit_limit"
    assert "over_credit_limit" in [f.code for f in over.red_flags]


# --- merges, exclusions and groups ---------------------------------------------------------

def test_a_merged_customer_is_judged_once_on_both_names_money(tmp_path):
    """Two spellings of one buyer, each 30,000 USD 46 days overdue: apart, each is under the
    exposure limit (watch: more than 30 days); merged, one customer owing 60,000 overdue more
    than 30 days, above 50,000: black — its money counted once, not twice."""
    due = due_days_ago(46)
    db = books(tmp_path, [row("M1", "Acme Trading", 30_000, due),
                          row("M2", "ACME Trading Co", 30_000, due)])
    apart = by_name(at(db))
    assert [apart[n].list for n in ("Acme Trading", "ACME Trading Co")] == ["watch", "watch"]
    assert apart["Acme Trading"].exposure == 30_000
    with connect(db) as conn:
        override_changes.merge(conn, "Acme Trading", "ACME Trading Co")
    merged = by_name(at(db))
    assert "ACME Trading Co" not in merged
    acme = merged["Acme Trading"]
    assert (acme.open_amount, acme.overdue_amount, acme.exposure) == (60_000, 60_000, 60_000)
    assert acme.list == "black" and acme.list_reason is not None
    assert acme.list_reason.code == "stop_loss_exposure"
    assert sorted(i.order_no for i in acme.receivables if i.stop_loss) == ["M1", "M2"]


def test_an_excluded_or_disputed_sister_adds_nothing_to_its_group(tmp_path):
    """Sisters A and B, 30,000 USD each 46 days overdue: 60,000 together, both black. C owes
    30,000 on an invoice held up by a quality dispute: nothing of it counts. Exclude B: the
    group is A's 30,000 alone, under the limit; A goes back to the watch list (46 > 30 days),
    and the group no longer names B."""
    due = due_days_ago(46)
    db = books(tmp_path, [row("SA", "Sister A", 30_000, due),
                          row("SB", "Sister B", 30_000, due),
                          row("SC", "Sister C", 30_000, due, status="质量纠纷")])
    with connect(db) as conn:
        group(conn, ["Sister A", "Sister B", "Sister C"], "Family")
    found = by_name(at(db))
    assert found["Sister A"].credit_group_exposure == 60_000
    assert [found[n].list for n in ("Sister A", "Sister B")] == ["black", "black"]
    assert found["Sister A"].list_reason.code == "stop_loss_group"
    sister_c = found["Sister C"]
    assert sister_c.disputed_amount == 30_000 and sister_c.overdue_amount == 0
    assert sister_c.list == "watch" and sister_c.list_reason.code == "group_black"
    with connect(db) as conn:
        override_changes.exclude(conn, "Sister B")
    found = by_name(at(db))
    assert "Sister B" not in found
    sister_a = found["Sister A"]
    assert sister_a.credit_group_members == ["Sister A", "Sister C"]
    assert sister_a.credit_group_exposure == 30_000 and not sister_a.stop_loss
    assert sister_a.list == "watch" and sister_a.list_reason.code == "watch_overdue"
    assert found["Sister C"].list is None


# --- pins -----------------------------------------------------------------------------------

def test_a_pinned_list_wins_over_the_rule_and_the_group(tmp_path):
    """Small Late owes 5,000 USD 90 days overdue: the article's rule blacks it. Pinned white,
    it is white, still marked as caught by the rule. Quiet owes nothing overdue: pinned black,
    it is black with nothing to collect. In a group tripped by its sister, Kept is pinned
    watch and stays there while the sister is black."""
    db = books(tmp_path, [row("S1", "Small Late", 5_000, due_days_ago(90)),
                          row("Q1", "Quiet", 5_000, "2025-07-30"),
                          row("G1", "Big Sister", 60_000, due_days_ago(45)),
                          row("G2", "Kept", 8_000, due_days_ago(45))])
    with connect(db) as conn:
        override_changes.pin(conn, "Small Late", "white")
        override_changes.pin(conn, "Quiet", "black")
        override_changes.pin(conn, "Kept", "watch")
        group(conn, ["Big Sister", "Kept"], "House")
    analysis = at(db)
    found = by_name(analysis)
    small = found["Small Late"]
    assert small.list == "white" and small.list_reason.code == "pinned_list"
    assert small.stop_loss and not small.owner_decides
    quiet = found["Quiet"]
    assert quiet.list == "black" and quiet.overdue_amount == 0
    assert quiet.suspended is not None  # one voice: black suspends the plan
    assert found["Big Sister"].list == "black"
    assert found["Big Sister"].credit_group_exposure == 68_000
    assert found["Kept"].list == "watch" and found["Kept"].list_reason.code == "pinned_list"
    [quiet_row] = [r for r in stop_loss.rows(analysis, "black") if r["customer"] == "Quiet"]
    assert quiet_row["overdue"] == 0
    assert "collect" not in str(quiet_row["action"]).lower()


def test_a_pinned_key_tier_puts_a_good_payer_on_the_white_list_without_calling_it_reliable(
        tmp_path):
    """Core by pin. Invoice K1 10,000 paid on its due date (one settled, on time); K2 10,000
    five days overdue; K3 30,000 not yet due. Score: 35 × 5/120 + 20 × 10,000/40,000 + 15 × 1
    + 0 + 10 × 10,000/50,000 = 1.46 + 5 + 15 + 0 + 2 = 23 → B: white; it owes something late,
    so the reason does not say "paying reliably"."""
    db = books(tmp_path, [
        row("K1", "Keeper", 10_000, "2025-04-30", received=10_000, received_on="2025-04-30"),
        row("K2", "Keeper", 10_000, due_days_ago(5)),
        row("K3", "Keeper", 30_000, "2025-07-30")])
    with connect(db) as conn:
        override_changes.pin(conn, "Keeper", "core")
    keeper = by_name(at(db))["Keeper"]
    expected = round(RULES.risk_weight_days * 5 / RULES.risk_days_full
                     + RULES.risk_weight_overdue_share * 10_000 / 40_000
                     + RULES.risk_weight_terms
                     + RULES.risk_weight_capital * 10_000 / RULES.stop_loss_exposure_usd)
    assert (keeper.tier, keeper.risk_score, keeper.risk_grade) == ("core", expected, "B")
    assert keeper.on_time_share == 1.0 and keeper.max_days_overdue == 5
    assert keeper.list == "white" and keeper.list_reason.code == "white_key"


# --- customers without an ordinary order --------------------------------------------------

def test_a_customer_of_credit_notes_only_is_on_no_list_and_in_no_sheet(tmp_path):
    """A credit note of 2,000 USD is never an order: the customer is dormant, owes nothing,
    holds 2,000 on account, and no list or sheet names it."""
    db = books(tmp_path, [row("CN-1", "Refunded", -2_000, "2025-04-30")])
    analysis = at(db)
    refunded = by_name(analysis)["Refunded"]
    assert (refunded.tier, refunded.orders_all, refunded.open_amount) == ("dormant", 0, 0)
    assert refunded.credit_on_account == 2_000
    assert refunded.list is None and not refunded.stop_loss
    assert all(r["customer"] != "Refunded" for code in LISTS
               for r in stop_loss.rows(analysis, code))


# --- no receipts recorded ----------------------------------------------------------------

def test_without_receipts_past_due_customers_are_to_confirm_and_a_pin_still_wins(tmp_path):
    """No receipt anywhere: nobody can be judged late. Small Late (5,000, 90 days past due)
    and Big Late (60,000, 45 days: the exposure trigger's size) are to be confirmed, not black;
    Not Due is on no list; Pinned, pinned white, stays white. Nobody has a grade."""
    db = books(tmp_path, [row("N1", "Small Late", 5_000, due_days_ago(90)),
                          row("N2", "Big Late", 60_000, due_days_ago(45)),
                          row("N3", "Not Due", 5_000, "2025-07-30"),
                          row("N4", "Pinned", 5_000, due_days_ago(90))], payer=False)
    with connect(db) as conn:
        override_changes.pin(conn, "Pinned", "white")
    analysis = at(db)
    found = by_name(analysis)
    assert not analysis.receipts_known
    assert {n: c.list for n, c in found.items()} == {
        "Small Late": "confirm", "Big Late": "confirm", "Not Due": None, "Pinned": "white"}
    assert all(c.risk_grade is None and not c.stop_loss for c in found.values())
    assert not any(i.stop_loss for c in found.values() for i in c.receivables)


# --- the workbook lists what the analysis says ------------------------------------------

def test_the_stop_loss_workbook_lists_exactly_the_analysis_lists_and_reasons(tmp_path):
    """Every list's sheet names exactly the customers the analysis put on it, with the
    analysis's reason first; the overview counts and sums them."""
    db = books(tmp_path, [
        row("W1", "Black Small", 5_000, due_days_ago(90), sales="王"),
        row("W2", "Black Big", 60_000, due_days_ago(45), sales="李"),
        row("W3", "Watcher", 25_000, due_days_ago(40), sales="王"),
        row("W4", "Limit Watch", 30_000, "2025-07-30", limit=20_000, sales="李"),
        row("W5", "Good", 80_000, "2025-07-30", sales="王"),
        row("W6", "Good", 80_000, "2025-04-30", received=80_000, received_on="2025-04-30",
            sales="王")])
    analysis = at(db)
    document = stop_loss.document(analysis)
    for code, table in zip(LISTS, document.tables, strict=True):
        expected = {c.customer: c for c in analysis.customers if c.list == code}
        assert {r["customer"] for r in table.rows} == set(expected)
        for r in table.rows:
            reason = expected[str(r["customer"])].list_reason
            assert reason is not None and str(r["reason"]).startswith(reason.text)
    lists = {c.customer: c.list for c in analysis.customers}
    assert lists["Black Small"] == lists["Black Big"] == "black"
    assert lists["Watcher"] == lists["Limit Watch"] == "watch"
    [(_, overview), *_] = document.summary.tables
    counts = {r["list"]: r["count"] for r in overview}
    assert sorted(counts.values()) == sorted(
        sum(1 for c in analysis.customers if c.list == code) for code in LISTS)
    black_overdue = sum(c.overdue_amount for c in analysis.customers if c.list == "black")
    assert pytest.approx(black_overdue) in [r["overdue"] for r in overview]
    # Limit Watch owes nothing overdue, grade A: the watch list's rule line must name the
    # credit limit, the first of the watch list's reasons (docs), not days or grades alone
    limit_watch = by_name(analysis)["Limit Watch"]
    assert limit_watch.list_reason is not None
    assert limit_watch.list_reason.code == "over_credit_limit"
    assert limit_watch.overdue_amount == 0
    rules = dict(zip(LISTS, (r["rule"] for r in overview), strict=True))
    assert "credit limit" in str(rules["watch"])


def test_a_merged_name_s_ledger_limit_and_insurance_go_with_its_money(tmp_path):
    """The ledger gives a limit (5,000 USD) and credit insurance (中信保 90 %) only on rows of
    the names merged away. Merged, they are one customer, the limit and cover its own, as a
    limit or cover set by hand on a merged name is: Limited owes 16,000 against 5,000, over
    its limit (watch); Covered owes 60,000 overdue 45 days, 90 % insured, no limit: exposure
    60,000 × (1 − 0.9) = 6,000, under 50,000, so it is not black-listed (watch: 45 > 30).
    Before the fix the merged customer had neither: not over a limit, and black on 60,000."""
    db = books(tmp_path, [
        row("LS", "Limited Old", 8_000, "2025-07-30", limit=5_000, sales="王"),
        row("LT", "Limited", 8_000, "2025-07-30"),
        row("CS", "Covered Old", 60_000, due_days_ago(45), insured="中信保 90%"),
        row("CT", "Covered", 1_000, "2025-07-30")])
    with connect(db) as conn:
        override_changes.merge(conn, "Limited", "Limited Old")
        override_changes.merge(conn, "Covered", "Covered Old")
    found = by_name(at(db))
    limited, covered = found["Limited"], found["Covered"]
    assert limited.credit_limit == 5_000 and limited.open_amount == 16_000
    assert limited.over_limit and limited.list == "watch"
    assert limited.salesperson == "王"  # its list goes to the salesperson of its rows
    assert covered.insurance is not None and covered.insurance.percent == 90
    assert covered.exposure == 60_000
    assert covered.uninsured_exposure == pytest.approx(60_000 * (1 - 0.9))
    assert covered.list == "watch" and covered.list_reason.code == "watch_overdue"


def test_a_trial_only_customer_is_black_listed_for_having_no_valid_order(tmp_path):
    """One 5,000 trial invoice 141 days past due: the article's rule catches a customer
    without a valid order (its average order is none, under 20,000). The reason says so; it
    said "an average order of 0 USD" beside a 5,000 invoice."""
    from core import i18n

    db = books(tmp_path, [row("T1", "Trial Only", 5_000, due_days_ago(141), trial="是")])
    prospect = by_name(at(db))["Trial Only"]
    assert prospect.orders_all == 0 and prospect.list == "black"
    reason = prospect.list_reason
    assert reason is not None and reason.code == "stop_loss_rule"
    english = reason.text  # (tests/conftest.py puts English back after each test)
    i18n.set_language("zh_CN")
    chinese = reason.text
    assert "no valid order yet" in english and "average order of 0" not in english
    assert "141 days past due" in english and "20,000" in english
    assert "尚无有效订单" in chinese and "141" in chinese
