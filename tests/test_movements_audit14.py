"""An audit of tier movement month over month (docs/analysis.md, "Tier movement"): last month's
snapshot when this month's file corrects last month's data, corrections made after it was
stored, the first month, an as-of date in mid-month, and a move's "Why" against its figures.
Each ledger is written here with openpyxl, imported through core (this month's file repeating
last month's rows as clerks send them) and analysed as the app does; expectations are worked
out by hand from the rows.

A snapshot is the ordinary analysis as of the month end on the data as it stands now
(`customers --as-of M`): a stored one is reused only while nothing it read has changed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import COLUMNS, build, order, write_xlsx

from core import override_changes
from core.actions import moved
from core.analysis import movements, snapshots
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.store import connect

JUNE, JULY = date(2025, 6, 30), date(2025, 7, 31)
BAR = 10_000  # m_benchmark_usd: M needs an average order of 2 × 10,000 every month


def imported(db: Path, name: str, rows: list[list[object]]) -> None:
    path = write_xlsx(db.parent / f"{name}.xlsx", {"台账": [COLUMNS, *rows]})
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message


def stored(db: Path, end: date) -> dict[str, snapshots.CustomerSnapshot]:
    with connect(db) as conn:
        found = snapshots.read(conn, [end])[end]
    return {c.customer: c for c in found.customers.values()}


def as_of(db: Path, day: date) -> dict[str, tuple[str, str | None, str | None]]:
    with connect(db) as conn:
        return {c.customer: (c.tier, c.list, c.risk_grade) for c in analyse(conn, day).customers}


def this_month(db: Path, day: date) -> movements.Period:
    with connect(db) as conn:
        return movements.this_month(conn, analyse(conn, day))


def moves(period: movements.Period) -> dict[str, tuple[str, str | None, str]]:
    return {m.customer: (m.kind, m.from_group, m.to_group) for m in period.moves}


# --- the Why beside the figures -----------------------------------------------------------------

def test_a_criterion_gained_on_a_move_down_is_not_the_why_alone(tmp_path):
    """Xav's second order (July) passes F: 2 → 3 criteria. Yet it drops from core to the long
    tail: two newcomers passing all four criteria take the places (six active customers: 1
    strategic, 2 core). The Why said only "F ✗→✓: 1 → 2 valid orders", as if passing F had
    moved it down; it must also say the ranking did, with both ranks and both counts."""
    rows = [order("S1", "Star", "2025-05-05", 50_000, cost=30_000),
            order("S2", "Star", "2025-05-06", 50_000, cost=30_000),
            order("X1", "Xav", "2025-06-05", 5_000, cost=4_000),
            order("X2", "Xav", "2025-07-05", 5_000, cost=4_000),
            order("L1", "Low 1", "2025-06-05", 1_000, cost=800, incoterm=None),
            order("L2", "Low 2", "2025-06-05", 1_000, cost=800, incoterm=None),
            *[order(f"{who}{k}", f"New {who}", f"2025-07-0{k + 4}", 30_000, cost=20_000)
              for who in "AB" for k in (1, 2)]]
    build(tmp_path, rows, m_benchmark_usd=BAR).close()
    period = this_month(tmp_path / "firm.sqlite", JULY)
    [xav] = [m for m in period.moves if m.customer == "Xav"]
    assert (xav.kind, xav.from_group, xav.to_group, xav.changed) == (
        "down", "core", "long_tail", ("f",))
    # June: Star 4 criteria (rank 1), Xav 2 (R, T: rank 2), Low 1 and 2 one each; four active.
    # July: Star, New A, New B 4 each, Xav 3, the Lows: Xav ranks 4th of 6
    assert (xav.before.criteria_passed, xav.after.criteria_passed) == (2, 3)
    assert (xav.before.rank, xav.after.rank) == (2, 4)
    codes = [r.code for r in xav.reasons]
    assert codes == ["move_f", "move_ranked_despite"]
    why = movements.reasons_text(xav)
    assert "F ✗→✓: 1 → 2 valid orders in the window (needs 2)" in why
    assert "criteria passed 2 → 3 of 4, yet ranked 2 of 4 active customers, now 4 of 6" in why
    with connect(tmp_path / "firm.sqlite") as conn:  # the workbook's sheet says the same
        analysis = analyse(conn, JULY)
        sheet = moved.table(movements.this_month(conn, analysis), analysis, sales=False)
    assert next(r["why"] for r in sheet.rows if r["customer"] == "Xav") == why


def test_every_criterion_that_moved_a_customer_up_is_named_with_its_figures(tmp_path):
    """Upper's June: one order of 10,000 on CIF — F 1 (needs 2), M 10,000 against 20,000, T 0 %.
    July adds 50,000 on FOB: F 2, M (10,000 + 50,000) / 2 = 30,000, T 1 of 2 = 50 % (needs
    50 %): all three pass and it moves up from the long tail into a core place (ten active
    customers: 2 strategic places, Keeper's and Vee's — four criteria and more profit, 80,000
    and 24,000 against 18,000 —; 3 core, for two criteria or more, which no one else has).
    The criteria explain the move: no ranking reason beside them."""
    rows = [order("U1", "Upper", "2025-06-05", 10_000, cost=7_000, incoterm="CIF"),
            order("U2", "Upper", "2025-07-05", 50_000, cost=35_000),
            *[order(f"V{k}", "Vee", f"2025-06-0{k + 4}", 40_000, cost=28_000) for k in (1, 2)],
            *[order(f"K{k}", "Keeper", f"2025-06-0{k}", 90_000, cost=50_000) for k in (1, 2)],
            *[order(f"T{n}", f"Tail {n}", "2025-06-10", 1_000, cost=800, incoterm=None)
              for n in range(1, 8)]]
    build(tmp_path, rows, m_benchmark_usd=BAR).close()
    period = this_month(tmp_path / "firm.sqlite", JULY)
    assert moves(period) == {"Upper": ("up", "long_tail", "core")}
    [upper] = period.moves
    assert upper.changed == ("f", "m", "t")
    assert [r.code for r in upper.reasons] == ["move_f", "move_m", "move_t"]
    assert movements.reasons_text(upper) == (
        "F ✗→✓: 1 → 2 valid orders in the window (needs 2); "
        f"M ✗→✓: average order 10,000 against {2 * BAR:,}, now 30,000 against {2 * BAR:,}; "
        "T ✗→✓: 0% → 50% of orders on accepted Incoterms (needs 50%)")
    assert (upper.before.avg_order_12m, upper.after.avg_order_12m) == (10_000, 30_000)


# --- last month's data corrected in this month's file ---------------------------------------

def _june_rows(late_receipt: tuple[float, str] | None = None) -> list[list[object]]:
    """Late's invoice of 5,000 shipped 03-10 on OA 30 (due 04-09); a second invoice shipped
    05-02 (due 06-01) was paid 06-01, and the pool pays the oldest first: at June's end the
    second one is 29 days past due. Payer books a receipt on 06-30: receipts known to June's
    end. `late_receipt`: the first invoice's receipt, as July's file fills it in."""
    money = ({"received": late_receipt[0], "received_on": late_receipt[1]}
             if late_receipt else {})
    return [order("L1", "Late", "2025-03-01", 5_000, cost=4_000, ship="2025-03-10", **money),
            order("L2", "Late", "2025-05-01", 5_000, cost=4_000, ship="2025-05-02",
                  received=5_000, received_on="2025-06-01"),
            order("S1", "Steady", "2025-05-10", 30_000, cost=20_000),
            order("S2", "Steady", "2025-06-10", 30_000, cost=20_000),
            order("P1", "Payer", "2025-06-15", 1_000, cost=800, ship="2025-06-16",
                  received=1_000, received_on="2025-06-30")]


JULY_ROWS = [order("S3", "Steady", "2025-07-10", 30_000, cost=20_000),
             order("P2", "Payer", "2025-07-15", 1_000, cost=800, ship="2025-07-16",
                   received=1_000, received_on="2025-07-20")]


def test_a_receipt_booked_late_for_last_month_corrects_last_month_s_snapshot(tmp_path):
    """June's file: Late owes the 5,000 shipped 05-02, 29 days past due at June's end (grade D,
    watch list). July's file fills in the older invoice's receipt, dated 06-20: as the data
    now stands, nothing was late at June's end. June's stored snapshot must not be reused:
    it is worked out again, and this month's sheet compares with the corrected June."""
    db = tmp_path / "firm.sqlite"
    imported(db, "june", _june_rows())
    with connect(db) as conn:
        snapshots.ensure(conn, [JUNE])
    before = stored(db, JUNE)["Late"]
    assert (before.list, before.grade, before.max_days_overdue) == ("watch", "D", 29)
    imported(db, "july", [*_june_rows((5_000, "2025-06-20")), *JULY_ROWS])
    with connect(db) as conn:
        assert snapshots.stale(conn, [JUNE]) == [JUNE]
        period = movements.this_month(conn, analyse(conn, JULY))
    june = stored(db, JUNE)
    assert june["Late"].max_days_overdue == 0 and june["Late"].list != "watch"
    assert {n: (c.tier, c.list, c.grade) for n, c in june.items()} == as_of(db, JUNE)
    # no tier changed: no move, and no stale grade shown for anyone
    assert period.moves == [] and period.since == JUNE


def test_a_receipt_dated_this_month_leaves_last_month_as_it_was(tmp_path):
    """The same receipt dated 07-05: at June's end it had not arrived. June is judged as
    before — money after the month end is not known then — whether reused or worked out
    again."""
    db = tmp_path / "firm.sqlite"
    imported(db, "june", _june_rows())
    with connect(db) as conn:
        snapshots.ensure(conn, [JUNE])
    before = stored(db, JUNE)
    imported(db, "july", [*_june_rows((5_000, "2025-07-05")), *JULY_ROWS])
    with connect(db) as conn:
        snapshots.ensure(conn, [JUNE])
    assert stored(db, JUNE) == before
    late = before["Late"]
    assert (late.list, late.grade, late.max_days_overdue) == ("watch", "D", 29)


# --- corrections made after last month's snapshot -------------------------------------------

def test_a_merge_and_an_exclusion_after_last_month_s_snapshot_apply_to_it_too(tmp_path):
    """ACME Ltd ordered in June, Acme Limited (the same buyer) in July; the firm's agent
    ordered in June. Before the corrections July shows Acme Limited as new. Merged, June is
    worked out again with ACME's order as Acme Limited's: no move. Excluded, the agent is in
    neither month."""
    rows = [order("S1", "Star", "2025-05-05", 50_000, cost=30_000),
            order("S2", "Star", "2025-06-06", 50_000, cost=30_000),
            order("A1", "ACME Ltd", "2025-06-05", 5_000, cost=4_000),
            order("A2", "Acme Limited", "2025-07-05", 5_000, cost=4_000),
            order("G1", "Agent", "2025-06-05", 1_000, cost=800),
            order("L1", "Low", "2025-06-05", 1_000, cost=800)]
    conn = build(tmp_path, rows, m_benchmark_usd=BAR)
    try:
        first = movements.this_month(conn, analyse(conn, JULY))
        assert moves(first)["Acme Limited"][0] == "new"
        override_changes.merge(conn, "Acme Limited", "ACME Ltd")
        override_changes.exclude(conn, "Agent")
        assert snapshots.stale(conn, [JUNE]) == [JUNE]
        period = movements.this_month(conn, analyse(conn, JULY))
        june = {c.customer for c in snapshots.read(conn, [JUNE])[JUNE].customers.values()}
    finally:
        conn.close()
    assert "Acme Limited" not in moves(period) and "Agent" not in moves(period)
    assert june == {"Star", "Acme Limited", "Low"}
    assert period.counts_before is not None and sum(period.counts_before.values()) == 3


# --- the first month, and an as-of date in mid-month -------------------------------------------

def test_the_first_month_makes_everyone_new_since_the_month_end_before_the_data(tmp_path):
    rows = [order("A1", "Alpha", "2025-03-05", 10_000, cost=8_000),
            order("B1", "Beta", "2025-03-20", 3_000, cost=2_000, trial="是"),
            order("C1", "Gamma", "2025-03-21", 4_000, cost=3_000, status="取消")]
    build(tmp_path, rows).close()
    period = this_month(tmp_path / "firm.sqlite", date(2025, 3, 20))
    assert period.since == date(2025, 2, 28)
    assert set(period.counts_before.values()) == {0}  # type: ignore[union-attr]
    assert moves(period) == {"Alpha": ("new", None, "long_tail"),
                             "Beta": ("new", None, "prospect")}
    reasons = {m.customer: movements.reasons_text(m) for m in period.moves}
    assert reasons == {"Alpha": "first valid order (latest on 2025-03-05)",
                       "Beta": "first orders are trials"}


def test_an_as_of_date_in_mid_month_compares_with_the_month_end_before_it(tmp_path):
    """As of 07-20 the window starts after 2024-07-20: Early's last order (2024-07-15) has
    left it, Later's (2024-07-25) has not. This month's sheet (07-20 against 06-30) shows
    Early lost and Later still there; the movements' July (its month end, 07-31) shows both
    lost — two dates, each the analysis of its own day."""
    rows = [order("E1", "Early", "2024-07-15", 8_000, cost=6_000),
            order("L1", "Later", "2024-07-25", 8_000, cost=6_000),
            order("S1", "Steady", "2025-05-10", 9_000, cost=7_000),
            order("S2", "Steady", "2025-06-10", 9_000, cost=7_000),
            order("S3", "Steady", "2025-07-20", 9_000, cost=7_000)]
    build(tmp_path, rows).close()
    db = tmp_path / "firm.sqlite"
    period = this_month(db, date(2025, 7, 20))
    assert period.since == JUNE
    # June's three: Steady strategic; one core place (round(1.5) = 2 for both tiers), level
    # Early and Later (R and T, 2,000 profit each), to the older customer: Early
    assert moves(period) == {"Early": ("lost", "core", "dormant")}
    [early] = period.moves
    assert movements.reasons_text(early) == "no valid order in the window (last on 2024-07-15)"
    with connect(db) as conn:
        history = movements.over_months(conn, date(2025, 7, 1), date(2025, 7, 31))
    [july] = history.periods
    assert july.month_end == JULY
    assert {m.customer: m.kind for m in july.moves} == {"Early": "lost", "Later": "lost"}


# --- which month ends a receipt filled in on an old order makes stale ---------------------------

MAY = date(2025, 5, 31)


def test_a_receipt_filled_in_on_an_old_order_makes_stale_from_its_own_date(tmp_path):
    """docs: "an import that changes a row dated in March (or books a receipt dated in March)
    makes March and every later month stale". The monthly routine fills in, on older orders,
    the payments received since: July's file fills in Late's March invoice's receipt, dated
    07-05. May and June cannot change (the money arrived after them), yet both went stale
    and were analysed again — every month back to the order's, each month, for every old
    order paid. Dated 06-20 instead, June is stale and May is not. (The ledger records
    receipts from January on, as a firm's does: the first order with a receipt is not
    Late's.)"""
    db = tmp_path / "firm.sqlite"
    booked = order("F1", "Founder", "2025-01-10", 2_000, cost=1_500, ship="2025-01-12",
                   received=2_000, received_on="2025-01-20")
    imported(db, "june", [booked, *_june_rows()])
    with connect(db) as conn:
        snapshots.ensure(conn, [MAY, JUNE])
        kept = snapshots.read(conn, [MAY, JUNE])
    imported(db, "july", [booked, *_june_rows((5_000, "2025-07-05")), *JULY_ROWS])
    with connect(db) as conn:
        assert snapshots.stale(conn, [MAY, JUNE]) == []
        assert snapshots.stale(conn, [MAY, JUNE, JULY]) == [JULY]  # July: never stored
        # and what is kept is what each month's analysis gives now
        for end in (MAY, JUNE):
            assert kept[end] == snapshots.of_analysis(analyse(conn, end))
    imported(db, "july-again", [booked, *_june_rows((5_000, "2025-06-20")), *JULY_ROWS])
    with connect(db) as conn:
        assert snapshots.stale(conn, [MAY, JUNE]) == [JUNE]


def test_a_later_receipt_beside_a_deposit_on_its_line_still_makes_the_month_stale(tmp_path):
    """A line whose received figure holds the deposit written beside it: a received figure
    dated after June, filled in beside a deposit of June, changes how June reads the line's
    money, so June is stale (a receipt alone on its line does not make it)."""
    header = [*COLUMNS, "定金", "定金日期"]
    deposit = [*order("D1", "Deposit Co", "2025-06-01", 10_000, cost=8_000,
                      terms="T/T 30% deposit, balance before shipment", ship="2025-08-01"),
               3_000, date(2025, 6, 5)]
    db = tmp_path / "firm.sqlite"
    for name, received in (("june", None), ("july", (2_000, date(2025, 7, 10)))):
        row = list(deposit)
        if received:
            row[COLUMNS.index("已收金额")], row[COLUMNS.index("收款日期")] = received
        path = write_xlsx(tmp_path / f"{name}.xlsx", {"台账": [header, row]})
        [result] = import_files(db, [path])
        assert result.status == "imported", result.message
        if name == "june":
            with connect(db) as conn:
                snapshots.ensure(conn, [JUNE])
    with connect(db) as conn:
        assert snapshots.stale(conn, [JUNE]) == [JUNE]
        snapshots.ensure(conn, [JUNE])
        assert snapshots.read(conn, [JUNE])[JUNE] == snapshots.of_analysis(analyse(conn, JUNE))
