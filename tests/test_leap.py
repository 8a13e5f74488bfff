"""The leap phase: referral candidates meet every condition, a customer failing any one is left
out and told why, and the third workbook prints like the other two."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from ledgers import COLUMNS, order, write_xlsx
from test_cli import cli

from core import override_changes, settings_store
from core.actions.workbook import header_row
from core.analysis import leap
from core.analysis.dataset import months_before
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.store import connect

AS_OF = date(2025, 12, 31)
SALES = {"Veteran": "王芳", "Young": "王芳", "Late Payer": "李娜", "Listed": "李娜",
         "Core Vet": "王芳", "Small One": "李娜", "Small Two": "王芳"}


def _paid(no: str, customer: str, day: str, amount: float) -> list[object]:
    month = int(day[5:7])
    due = f"{day[:4]}-{month + 1:02d}-05" if month < 12 else f"{int(day[:4]) + 1}-01-05"
    return order(no, customer, day, amount, cost=amount * 0.6, ship=day[:8] + "10", due=due,
                 received=amount, received_on=due)


def _ledger() -> list[list[object]]:
    """Five would-be referrers, each but one failing exactly one condition."""
    rows = [
        _paid("V0", "Veteran", "2023-06-01", 20_000),  # two and a half years of orders
        _paid("V1", "Veteran", "2025-03-01", 100_000),
        _paid("V2", "Veteran", "2025-09-01", 100_000),
        _paid("Y1", "Young", "2024-06-01", 100_000),  # eighteen months: too young
        _paid("Y2", "Young", "2025-06-01", 100_000),
        _paid("L0", "Late Payer", "2023-03-01", 20_000),
        _paid("L1", "Late Payer", "2025-04-01", 100_000),
        order("L2", "Late Payer", "2025-11-01", 40_000, cost=24_000, ship="2025-11-05",
              due="2025-12-01"),  # thirty days late: grade C, no list
        _paid("P0", "Listed", "2023-02-01", 20_000),
        _paid("P1", "Listed", "2025-02-01", 100_000),
        _paid("P2", "Listed", "2025-08-01", 100_000),
        _paid("C0", "Core Vet", "2023-01-01", 20_000),
        _paid("C1", "Core Vet", "2025-01-01", 30_000),  # under the M bar: not strategic
        _paid("C2", "Core Vet", "2025-07-01", 30_000),
        _paid("S1", "Small One", "2025-05-01", 5_000),
        _paid("S2", "Small Two", "2025-10-01", 4_000),
    ]
    return [[*row, SALES[row[1]]] for row in rows]


def _build(tmp_path: Path) -> Path:
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [[*COLUMNS, "业务员"], *_ledger()]})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message
    conn = connect(db)
    for key, value in {"receipts_date": AS_OF.isoformat(), "tier_caps": "count",
                       "strategic_count": 4, "core_count": 2,
                       "m_benchmark_usd": 20_000}.items():
        settings_store.put(conn, key, value)
    override_changes.pin(conn, "Listed", "watch")
    conn.close()
    return db


@pytest.fixture
def firm(tmp_path: Path) -> Path:
    return _build(tmp_path)


def _customers(db: Path) -> dict[str, dict]:
    code, out, err = cli("customers", "--db", str(db), "--as-of", AS_OF.isoformat(), "--json")
    assert code == 0, err
    return {c["customer"]: c for c in json.loads(out)["customers"]}


def _first_orders() -> dict[str, date]:
    found: dict[str, date] = {}
    for row in _ledger():
        found[row[1]] = min(found.get(row[1], row[2]), row[2])
    return found


def _eligible(db: Path, months: int = 24) -> set[str]:
    """Worked out here: strategic, grade A/B, on neither stop-loss list, old enough."""
    first, bar = _first_orders(), months_before(AS_OF, months)
    return {n for n, c in _customers(db).items()
            if c["tier"] == "strategic" and c["risk_grade"] in ("A", "B")
            and c["list"] not in ("black", "watch") and first[n] <= bar}


def test_candidates_meet_every_condition_and_each_failure_is_named(firm: Path):
    rows = _customers(firm)
    conn = connect(firm)
    found = {r.customer.customer: r for r in leap.referrals(analyse(conn, AS_OF))}
    conn.close()
    assert {n for n, r in found.items() if r.candidate} == _eligible(firm) == {"Veteran"}
    # each of the others fails exactly the condition the ledger gave it
    assert [m.code for m in found["Young"].failed] == ["leap_history"]
    assert [m.code for m in found["Late Payer"].failed] == ["leap_grade"]
    assert rows["Late Payer"]["risk_grade"] not in ("A", "B")
    assert [m.code for m in found["Listed"].failed] == ["leap_listed"]
    assert "watch list" in found["Listed"].failed[0].text
    assert rows["Core Vet"]["tier"] != "strategic" and "Core Vet" not in found
    assert [m.code for m in leap.conditions_failed(
        _metrics(firm, "Core Vet"), _first_orders()["Core Vet"], AS_OF,
        _rules(firm))] == ["leap_not_strategic"]
    assert found["Veteran"].first_order == _first_orders()["Veteran"]


def _metrics(db: Path, name: str):
    conn = connect(db)
    try:
        return analyse(conn, AS_OF).customer(name)
    finally:
        conn.close()


def _rules(db: Path):
    conn = connect(db)
    try:
        return analyse(conn, AS_OF).rules
    finally:
        conn.close()


def test_the_months_of_history_are_a_setting(firm: Path):
    conn = connect(firm)
    settings_store.put(conn, "leap_min_history_months", 12)
    candidates = {c.customer for c in leap.candidates(analyse(conn, AS_OF))}
    conn.close()
    assert candidates == _eligible(firm, 12) == {"Veteran", "Young"}


def _sheet_rows(sheet) -> list[dict[str, object]]:
    """The rows under the header (which stands below the sheet's notes)."""
    head = header_row(sheet)
    header = [c.value for c in sheet[head]]
    rows = [dict(zip(header, row, strict=True))
            for row in sheet.iter_rows(min_row=head + 1, values_only=True)]
    return [] if rows and rows[0]["Customer"] == "No customers on this list." else rows


def test_the_leap_workbook(firm: Path, tmp_path: Path):
    target = tmp_path / "leap.xlsx"
    code, out, err = cli("export", "leap", "--db", str(firm), "--as-of", AS_OF.isoformat(),
                         "-o", str(target))
    assert code == 0, err
    assert out.strip() == str(target)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Overview", "Referral candidates", "Not yet eligible"]
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert setup.orientation == "landscape" and int(setup.paperSize) == 9
        assert int(setup.fitToWidth) == 1 and sheet.oddFooter.center.text
    candidates = _sheet_rows(book["Referral candidates"])
    rows, conn = _customers(firm), connect(firm)
    rules = analyse(conn, AS_OF).rules
    conn.close()
    factor = rules.referral_peers_per_year * rules.referral_conversion_pct / 100
    assert [r["Customer"] for r in candidates] == sorted(_eligible(firm))
    for row in candidates:
        revenue = rows[row["Customer"]]["revenue_12m"]
        assert row["Revenue in the window (USD)"] == revenue
        assert row["Assumed referred revenue a year (USD)"] == round(revenue * factor, 2)
        assert row["Assumed commission a year (USD)"] == round(
            revenue * factor * rules.referral_commission_pct / 100, 2)
    invitation = book["Referral candidates"]["A1"].value  # said once, above the table
    assert "15% commission" in invitation and "Recommended action" not in candidates[0]
    assert book["Referral candidates"].print_title_rows == "$3:$3"
    blocked = {r["Customer"]: r["What stands in the way"]
               for r in _sheet_rows(book["Not yet eligible"])}
    assert set(blocked) == {n for n, c in rows.items() if c["tier"] == "strategic"} - _eligible(
        firm)
    assert "24 months" in blocked["Young"] and "grade" in blocked["Late Payer"]
    overview = " ".join(str(c.value) for row in book["Overview"].iter_rows() for c in row
                        if c.value)
    assert "illustration, not a forecast" in overview and "15%" in overview


def test_one_copy_per_salesperson_without_cost(firm: Path, tmp_path: Path):
    code, out, err = cli("export", "leap", "--db", str(firm), "--as-of", AS_OF.isoformat(),
                         "-o", str(tmp_path / "leap.xlsx"), "--by-salesperson")
    assert code == 0, err
    paths = [Path(line) for line in out.splitlines() if line.endswith(".xlsx")]
    assert {p.name for p in paths} == {f"leap_{name}.xlsx" for name in set(SALES.values())}
    for path in paths:
        book = openpyxl.load_workbook(path)
        owner = path.stem.split("_", 1)[1]
        for sheet in ("Referral candidates", "Not yet eligible"):
            header = [c.value for c in book[sheet][header_row(book[sheet])]]
            assert not any("Gross" in str(h) for h in header)
            names = {r["Customer"] for r in _sheet_rows(book[sheet])}
            assert all(SALES[n] == owner for n in names)
    veteran = next(p for p in paths if SALES["Veteran"] in p.name)
    assert [r["Customer"] for r in _sheet_rows(
        openpyxl.load_workbook(veteran)["Referral candidates"])] == ["Veteran"]


def test_the_restructuring_overview_names_the_same_candidates(firm: Path, tmp_path: Path):
    target = tmp_path / "plan.xlsx"
    assert cli("export", "restructuring", "--db", str(firm), "--as-of", AS_OF.isoformat(),
               "-o", str(target))[0] == 0
    notes = [str(r[0]) for r in openpyxl.load_workbook(target)["Overview"].iter_rows(
        values_only=True) if r[0]]
    line = next(n for n in notes if n.startswith("Referral candidates:"))
    assert line == "Referral candidates: " + ", ".join(sorted(_eligible(firm)))
