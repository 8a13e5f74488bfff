"""Tier movement: snapshots at every month end equal `customers --as-of` that day, moves between
them are exactly the tier changes those analyses show, and only what a change touches is
analysed again."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import account_ledgers as books
import openpyxl
import pytest
from ledgers import COLUMNS, build, order, write_xlsx
from test_cli import cli

from core import override_changes, settings_store
from core.analysis import fetch, movements, snapshots
from core.analysis.fingerprints import fingerprints
from core.analysis.names import list_heading, side_heading
from core.analysis.run import analyse
from core.analysis.serialise import analysis_json
from core.ledger.importer import import_files
from core.messages import Cancelled
from core.progress import Steps
from core.rules import load_rules
from core.store import connect

SLEEPER_LAST = "2024-03-15"
RETURNER_BACK = "2025-06-18"
NEWBIE_FIRST = "2025-05-12"
TRIAL, TRIAL_CONVERTED = "2025-02-03", "2025-08-08"
ECHO_CANCELLED, ECHO_FIRST = "2024-06-01", "2025-09-01"


def _ledger() -> list[list[object]]:
    """Seven customers whose months move them up, down, out, back and in."""
    r = order
    rows = [r(f"AN{m}", "Anchor", f"{2024 + (m - 1) // 12}-{(m - 1) % 12 + 1:02d}-10", 50_000,
              cost=40_000) for m in range(1, 24, 2)]
    rows += [
        r("RI1", "Riser", "2024-02-05", 2_000, cost=1_600),
        *[r(f"RI{n}", "Riser", day, 60_000, cost=45_000)
          for n, day in ((2, "2025-04-05"), (3, "2025-07-05"), (4, "2025-10-05"))],
        *[r(f"FA{n}", "Faller", day, 80_000, cost=60_000)
          for n, day in ((1, "2024-01-20"), (2, "2024-04-20"), (3, "2024-08-20"))],
        r("FA4", "Faller", "2025-01-20", 3_000, cost=2_700),
        r("SL1", "Sleeper", "2024-02-15", 10_000, cost=8_000),
        r("SL2", "Sleeper", SLEEPER_LAST, 10_000, cost=8_000),
        r("RE1", "Returner", "2024-01-25", 8_000, cost=6_000),
        r("RE2", "Returner", RETURNER_BACK, 9_000, cost=7_000),
        r("NE1", "Newbie", NEWBIE_FIRST, 15_000, cost=12_000, ship="2025-05-20",
          due="2025-06-20", received=15_000, received_on="2025-07-30"),
        r("TR1", "Trialist", TRIAL, 1_000, cost=900, trial="是"),
        r("TR2", "Trialist", TRIAL_CONVERTED, 20_000, cost=15_000),
        r("EC1", "Echo", ECHO_CANCELLED, 30_000, cost=20_000, status="已取消"),
        r("EC2", "Echo", ECHO_FIRST, 12_000, cost=9_000),
    ]
    return rows


def _end(text: str) -> date:
    return snapshots.month_end(date.fromisoformat(text))


@pytest.fixture
def firm(tmp_path: Path) -> Path:
    build(tmp_path, _ledger()).close()
    return tmp_path / "firm.sqlite"


def _customers(db: Path, day: date) -> dict[str, str]:
    code, out, err = cli("customers", "--db", str(db), "--as-of", day.isoformat(), "--json")
    assert code == 0, err
    return {c["customer"]: c["tier"] for c in json.loads(out)["customers"]}


def moved_between(db: Path, before_day: date, now_day: date) -> set[str]:
    """Customers whose group differs between two `customers --as-of` runs (a first appearance
    as dormant, with no valid order yet, is no move)."""
    before, now = _customers(db, before_day), _customers(db, now_day)
    return {n for n, t in now.items() if before.get(n) not in (t, None)
            or before.get(n) is None and t != "dormant"}


def _movements(db: Path, *extra: str) -> dict:
    code, out, err = cli("movements", "--db", str(db), "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def test_counts_and_moves_of_every_month_equal_customers_as_of(firm: Path):
    found = _movements(firm)
    days = [v for row in _ledger() for v in row if isinstance(v, date)]
    first, last = min(days), max(days)  # orders, shipments and receipts
    months = [f"{y}-{m:02d}" for y in range(first.year, last.year + 1) for m in range(1, 13)]
    assert [m["month"] for m in found["months"]] == [
        m for m in months if first.strftime("%Y-%m") <= m <= last.strftime("%Y-%m")]
    previous: dict[str, str] = {}
    for month in found["months"]:
        tiers = _customers(firm, _end(month["month"] + "-01"))
        expected_counts = {g: sum(t == g for t in tiers.values())
                           for g in ("strategic", "core", "long_tail", "prospect", "dormant")}
        assert month["counts"] == expected_counts, month["month"]
        expected_moves: dict[tuple[str | None, str], list[str]] = {}
        for name, tier in tiers.items():
            before = previous.get(name)
            if before == tier or before is None and tier == "dormant":
                continue
            expected_moves.setdefault((before, tier), []).append(name)
        shown = {(m["from"], m["to"]): m["customers"] for m in month["moves"]}
        # a customer whose only order was cancelled counts as dormant, and moves as new
        shown_as = {k: sorted(v) for k, v in shown.items()}
        wanted = {k: sorted(v) for k, v in expected_moves.items()}
        if "Echo" in previous and previous["Echo"] == "dormant" and tiers["Echo"] != "dormant":
            wanted[(None, tiers["Echo"])] = wanted.pop(("dormant", tiers["Echo"]))
        assert shown_as == wanted, month["month"]
        assert all(m["count"] == len(m["customers"]) for m in month["moves"])
        assert set(month) == {"month", "counts", "moves"}
        assert all(set(m) == {"from", "to", "count", "customers"} for m in month["moves"])
        previous = tiers


def test_each_kind_of_move_lands_in_the_month_the_ledger_says(firm: Path):
    conn = connect(firm)
    found = movements.over_months(conn)
    conn.close()
    kinds = {(p.month, m.customer): m.kind for p in found.periods for m in p.moves}
    last = date.fromisoformat(SLEEPER_LAST)  # out of the window twelve months on
    assert kinds[(last.replace(year=last.year + 1).strftime("%Y-%m"), "Sleeper")] == "lost"
    assert kinds[(RETURNER_BACK[:7], "Returner")] == "back"
    assert kinds[(NEWBIE_FIRST[:7], "Newbie")] == "new"
    assert kinds[(TRIAL[:7], "Trialist")] == "new"  # a prospect from its trial
    assert kinds[(TRIAL_CONVERTED[:7], "Trialist")] == "new"  # into the pyramid
    assert kinds[(ECHO_FIRST[:7], "Echo")] == "new"  # a cancelled order made no customer
    assert not any(c == "Echo" for (month, c) in kinds if month < ECHO_FIRST[:7])
    assert {m.kind for p in found.periods for m in p.moves if m.customer == "Riser"} >= {
        "new", "lost", "back", "up"}
    assert any(m.kind == "down" for p in found.periods for m in p.moves
               if m.customer == "Faller")
    steps = [m for p in found.periods for m in p.moves if m.kind in ("up", "down")]
    assert any(m.changed for m in steps) and any(not m.changed for m in steps)
    for move in steps:  # each says which criterion changed, or that the ranking moved it
        codes = [r.code for r in move.reasons]
        if move.changed:
            gained = move.after.criteria_passed - move.before.criteria_passed
            explained = gained > 0 if move.kind == "up" else gained < 0
            assert codes == [f"move_{c}" for c in move.changed if c != "r"] + (
                [] if explained else ["move_ranked_despite"]), move
            for c in move.changed:
                was, now = move.before.passed(c), move.after.passed(c)
                assert f"{c.upper()} {movements.MARKS[was]}→{movements.MARKS[now]}" in \
                    movements.reasons_text(move)
        else:
            assert codes == ["move_ranked"]
            assert str(move.after.rank) in movements.reasons_text(move)


def test_a_snapshot_is_the_analysis_of_that_month_end(firm: Path):
    conn = connect(firm)
    found = snapshots.ensure(conn)
    for end in (date(2024, 6, 30), date(2025, 3, 31), max(found)):
        analysis = analyse(conn, as_of=end)
        code, out, _ = cli("customers", "--db", str(firm), "--as-of", end.isoformat(), "--json")
        assert json.loads(out) == json.loads(json.dumps(analysis_json(analysis)))
        assert found[end] == snapshots.of_analysis(analysis)  # read back from the store
    conn.close()


def test_the_twelve_month_comparison_and_the_range(firm: Path):
    found = _movements(firm, "--from", "2025-03", "--to", "2025-09")
    assert [m["month"] for m in found["months"]] == [f"2025-{m:02d}" for m in range(3, 10)]
    year = found["twelve_months"]
    assert (year["from_month"], year["to_month"]) == ("2024-09", "2025-09")
    then, now = _customers(firm, date(2024, 9, 30)), _customers(firm, date(2025, 9, 30))
    assert year["counts"] == {g: sum(t == g for t in now.values()) for g in year["counts"]}
    assert year["counts_before"] == {g: sum(t == g for t in then.values())
                                     for g in year["counts"]}
    moved = {n for m in year["moves"] for n in m["customers"]}
    assert moved == {n for n, t in now.items() if then.get(n, "dormant" if t == "dormant"
                                                           else None) != t}
    code, _, err = cli("movements", "--db", str(firm), "--from", "March")
    assert code == 2 and "March" in err
    code, out, _ = cli("--lang", "zh_CN", "movements", "--db", str(firm), "--from", "2025-06",
                       "--to", "2025-06")
    assert code == 0 and "长尾" in out and "Returner" in out


def _redated(tmp_path: Path, day: str) -> Path:
    """The firm's ledger (tests/ledgers.build's file) written again with NE1 received on `day`."""
    return write_xlsx(tmp_path / "ledger.xlsx", {"台账": [COLUMNS, *(order(
        "NE1", "Newbie", NEWBIE_FIRST, 15_000, cost=12_000, ship="2025-05-20", due="2025-06-20",
        received=15_000, received_on=day) if row[0] == "NE1" else row for row in _ledger())]})


def test_only_the_months_a_change_touches_are_analysed_again(firm: Path, tmp_path: Path):
    conn = connect(firm)
    snapshots.ensure(conn)
    assert snapshots.stale(conn) == []
    # a receipt on Newbie's May order, re-dated from July to October in the firm's own ledger
    # (the file that wrote it: another file's same total keeps its first day, imp40): July on
    [result] = import_files(firm, [_redated(tmp_path, "2025-10-30")])
    assert result.status == "imported"
    assert snapshots.stale(conn) == [e for e in snapshots.month_ends(conn)
                                     if e >= date(2025, 7, 31)]
    snapshots.ensure(conn)
    # re-dated within October (paid earlier, so less late): October on
    import_files(firm, [_redated(tmp_path, "2025-10-05")])
    assert snapshots.stale(conn) == [e for e in snapshots.month_ends(conn)
                                     if e >= date(2025, 10, 31)]
    snapshots.ensure(conn)
    # an older order added: from its month on
    older = write_xlsx(tmp_path / "older.xlsx", {"台账": [COLUMNS, order(
        "OL1", "Anchor", "2024-09-03", 5_000, cost=4_000)]})
    import_files(firm, [older])
    assert snapshots.stale(conn)[0] == date(2024, 9, 30)
    assert date(2024, 8, 31) not in snapshots.stale(conn)
    snapshots.ensure(conn)
    # a setting or a correction: every month
    settings_store.put(conn, "f_min_orders", 3)
    assert snapshots.stale(conn) == snapshots.month_ends(conn)
    snapshots.ensure(conn)
    override_changes.pin(conn, "Riser", "core")
    assert snapshots.stale(conn) == snapshots.month_ends(conn)
    conn.close()
    # and what is recomputed still equals customers --as-of
    month = _movements(firm, "--from", "2025-11", "--to", "2025-11")["months"][0]
    tiers = _customers(firm, date(2025, 11, 30))
    assert month["counts"]["core"] == sum(t == "core" for t in tiers.values())


def test_a_month_end_checked_alone_or_with_others_has_one_fingerprint(firm: Path):
    """The restructuring export checks only last month's snapshot, the movements many: both
    must find the one the other stored, not analyse that month again."""
    conn = connect(firm)
    ends = snapshots.month_ends(conn)
    together = fingerprints(conn, ends)
    for end in ends:
        assert fingerprints(conn, [end]) == {end: together[end]}
    snapshots.ensure(conn)  # all at once, as the movements do
    assert snapshots.stale(conn, [ends[-2]]) == []  # then alone, as the export does
    conn.close()


def test_a_cancelled_run_keeps_the_months_it_finished(firm: Path):
    conn, other = connect(firm), connect(firm)
    calls = []

    def cancel() -> bool:  # once three months are in (committed: a stop asked during a
        calls.append(1)  # month's write rolls that month back)
        return len(snapshots.stored_fingerprints(other)) >= 3

    with pytest.raises(Cancelled):
        snapshots.ensure(conn, steps=Steps(None, cancel))
    kept = snapshots.stored_fingerprints(conn)
    assert len(kept) == 3 and calls
    assert len(snapshots.stale(conn)) == len(snapshots.month_ends(conn)) - 3
    snapshots.ensure(conn)
    assert snapshots.stale(conn) == []
    conn.close()
    other.close()


def test_the_restructuring_workbook_has_the_month_s_moves(firm: Path, tmp_path: Path):
    target = tmp_path / "plan.xlsx"
    code, _, err = cli("export", "restructuring", "--db", str(firm), "--as-of", "2025-06-30",
                       "-o", str(target))
    assert code == 0, err
    book = openpyxl.load_workbook(target)
    sheet = book["Moved this month"]
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["Customer", "Salesperson", "Move", "From", "To", "Why"]
    assert "Criteria changed" in header[6:]  # beside the print area
    listed = {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert listed == moved_between(firm, date(2025, 5, 31), date(2025, 6, 30))
    assert "Returner" in listed
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == "Returner")
    assert row[2] == "back from dormant" and row[3] == side_heading("dormant") == "Dormant"
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$1:$1"
    assert int(sheet.page_setup.fitToWidth) == 1
    facts = {r[0]: r[1] for r in book["Overview"].iter_rows(values_only=True) if r[0]}
    assert "1 back" in facts["Moves since 2025-05-31"]


def test_one_month_end_alone_reads_its_lines_as_it_goes(firm: Path, monkeypatch):
    """The restructuring export computes only last month's snapshot: the whole ledger kept
    beside that analysis would double a million-line firm's memory; several month ends (the
    movements) read it once and keep it."""
    from databases import spy_on_fetch

    from core.analysis import run

    fetched = spy_on_fetch(monkeypatch, run)
    conn = connect(firm)
    ends = snapshots.month_ends(conn)
    alone = snapshots.ensure(conn, [ends[-2]])
    assert fetched == [(ends[-2], False)] and alone[ends[-2]] == snapshots.of_analysis(
        analyse(conn, as_of=ends[-2]))
    fetched.clear()
    conn.execute("DELETE FROM snapshots")
    snapshots.ensure(conn, ends[-4:])
    assert fetched == [(ends[-1], "shared")]  # once for the four, one copy of each text
    conn.close()


def test_a_ledger_too_big_to_keep_is_read_at_each_month_end(firm: Path, monkeypatch):
    """Ten years of a big firm kept beside the analysis of a month end would take a first
    run of the movements past a gigabyte: above the bound the window keeps to, each month end
    reads its own lines, and the snapshots are the same."""
    from databases import spy_on_fetch

    from core.analysis import run

    conn = connect(firm)
    ends = snapshots.month_ends(conn)[-4:]
    kept = snapshots.ensure(conn, ends)
    conn.execute("DELETE FROM snapshots")
    lines = conn.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0]
    monkeypatch.setattr(fetch, "KEEP_LINES", lines - 1)
    fetched = spy_on_fetch(monkeypatch, run)
    assert snapshots.ensure(conn, ends) == kept
    assert fetched == [(end, False) for end in ends]
    monkeypatch.setattr(fetch, "KEEP_LINES", lines)
    fetched.clear()
    conn.execute("DELETE FROM snapshots")
    assert snapshots.ensure(conn, ends) == kept and fetched == [(ends[-1], "shared")]
    conn.close()


@pytest.mark.parametrize("builder", books.BUILDERS, ids=[b.__name__ for b in books.BUILDERS])
@pytest.mark.parametrize("kept", [True, False], ids=["kept", "read_at_each_end"])
def test_snapshots_on_ledgers_booked_as_clerks_book_them(builder, kept, tmp_path, monkeypatch):
    """A wire on the newest row, copied wires, credit notes, cancelled lines, no receipts:
    each month end's snapshot is that day's analysis, whether the ledger is kept for the run
    or, too big to keep, read again at each month end."""
    conn = connect(builder(tmp_path).import_into(tmp_path / "firm.sqlite"))
    if not kept:
        monkeypatch.setattr(fetch, "KEEP_LINES", 0)
    ends = snapshots.month_ends(conn)[-3:]
    from databases import spy_on_fetch

    from core.analysis import run

    fetched = spy_on_fetch(monkeypatch, run)
    found = snapshots.ensure(conn, ends)
    assert fetched == ([(ends[-1], "shared")] if kept else [(end, False) for end in ends])
    assert found == {end: snapshots.of_analysis(analyse(conn, as_of=end)) for end in ends}
    conn.close()


def test_the_lines_kept_for_many_month_ends_hold_one_copy_of_each_text(firm: Path):
    """The same rows as a plain fetch, with each repeated text (currencies, dates, terms) one
    object: a million kept lines take half the memory."""
    conn = connect(firm)
    shared = fetch.fetch(conn, date.max, keep=True, shared=True)
    plain = fetch.fetch(conn, date.max, keep=True)
    conn.close()
    assert shared.rows == plain.rows and shared.rare == plain.rare
    for column in ("o.currency", "o.order_date", "l.ship_date"):
        at = fetch.COLUMNS.index(column)
        texts = {r[at] for r in shared.rows if r[at] is not None}
        assert len({id(r[at]) for r in shared.rows if r[at] is not None}) == len(texts)
    currency = fetch.COLUMNS.index("o.currency")  # a few currencies over many lines
    assert len({id(r[currency]) for r in plain.rows}) > len({r[currency] for r in plain.rows})


def test_the_months_are_compared_holding_two_month_ends_at_a_time(firm: Path, monkeypatch):
    """Every customer of every month end at once is millions of rows for ten years of a big
    firm: the history reads one month end at a time and keeps only the one before, and it is
    the history the stored snapshots give all at once."""
    conn = connect(firm)
    everything = snapshots.ensure(conn)
    rules = load_rules(conn)
    reads: list[list[date]] = []
    real_read = snapshots.read

    def counted(conn, ends):  # noqa: ANN001, ANN202
        reads.append(list(ends))
        return real_read(conn, ends)

    monkeypatch.setattr(snapshots, "read", counted)
    found = movements.over_months(conn)
    conn.close()
    assert reads and max(len(ends) for ends in reads) == 1
    assert found.periods == movements.history(everything, rules)
    last = max(everything)
    back = movements.year_back(last)
    assert found.year is not None and back in everything
    assert found.year == movements.compare(everything[back], everything[last], rules)


def test_a_salesperson_s_moved_sheet_never_says_black_list(tmp_path: Path):
    """The sheet names tiers and lists as the screens do ("Long tail", "Black list"); a
    salesperson's copy, which may be forwarded, names a list by what to do instead, as its
    other sheets do (core.analysis.names.list_heading)."""
    rows = [*_ledger(), order("DE0", "Debtor", "2025-02-10", 5_000, cost=4_000,
                              ship="2025-02-12", due="2025-03-12", received=5_000,
                              received_on="2025-03-10"),
            order("DE1", "Debtor", "2024-06-10", 12_000, cost=9_000, ship="2024-06-15",
                  due="2024-07-15")]
    build(tmp_path, rows).close()
    firm = tmp_path / "firm.sqlite"
    debtor = next(c for c in analyse(connect(firm), as_of=date(2025, 6, 30)).customers
                  if c.customer == "Debtor")
    assert debtor.list == "black"  # owes 12,000 for nearly a year
    tables = {}
    for kind in ("owner", "sales"):
        target = tmp_path / kind / "plan.xlsx"
        target.parent.mkdir()
        extra = ["--by-salesperson"] if kind == "sales" else []
        code, out, err = cli("export", "restructuring", "--db", str(firm), "--as-of",
                             "2025-06-30", "-o", str(target), *extra)
        assert code == 0, err
        book = openpyxl.load_workbook(out.splitlines()[0])
        sheet = book["Moved this month"]
        at = [c.value for c in sheet[1]].index("List now")
        tables[kind] = {r[0]: (r[3], r[4], r[at])
                        for r in sheet.iter_rows(min_row=2, values_only=True)}
    moved = tables["owner"]["Debtor"]
    assert moved[2] == list_heading("black") and moved[1] == side_heading(
        next(m.to_group for m in movements.this_month(connect(firm), analyse(
            connect(firm), as_of=date(2025, 6, 30))).moves if m.customer == "Debtor"))
    assert tables["sales"]["Debtor"][2] == list_heading("black", sales=True)
    assert list_heading("black") not in {row[2] for row in tables["sales"].values()}
