"""Who sees what: a salesperson's copy of every list names their customers, all of them, and
nobody else's (audit 14d).

The brief: "Each salesperson owns their customers and should see only those; lists travel by
WeChat as often as on paper." tests/test_sales_copy_audit.py checked the words of a
salesperson's copy; this checks its scope. Two monthly files give two salespeople customers on
every list and in every tier, and the ways a ledger blurs who owns whom: a customer handed to
another salesperson next month, two salespeople on one customer's rows in one month, a
salesperson written on an order's first product line only, one salesperson spelled with another
case and in full-width letters, merged names of different salespeople, credit groups spanning
both salespeople, an excluded customer and one nobody owns. Every workbook is exported through
core and through `main.py export`, and read back whole (every sheet and cell), with the
printed document the PDFs are painted from and the chat lines. Each copy must name exactly the
customers of its salesperson that the owner's copy names.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from ledgers import write_xlsx
from test_cli import cli
from test_sales_copy_audit import (  # the same as-of date, languages and reading
    _analysis,
    language,  # noqa: F401 - a fixture
)
from test_sales_copy_audit import texts_of as workbook_texts

from core import credit_terms, override_changes, settings_store
from core.actions import export, leap, plans, stop_loss
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import LISTS, TIERS, customer_label
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.ledger.normalise import fold
from core.store import connect

AS_OF = date(2025, 12, 31)
LI, WANG = "Li Lei", "Wang Fang"
KINDS = ("stop-loss", "restructuring", "leap")
BOOKS = {"stop-loss": "stop_loss", "restructuring": "restructuring", "leap": "leap"}
HEADER = ["合同号", "客户名称", "业务员", "下单日期", "产品名称", "金额", "成本", "币种",
          "贸易条款", "付款方式", "出货日期", "应收日期", "已收金额", "收款日期", "信用额度"]
EXCLUDED = "Juliet Secret Ltd"
MERGED_AWAY = "Indigo Limited"  # merged into "Indigo Ltd"
CHANGED = "Alpha Trading Co"  # Li Lei's in October, Wang Fang's in December
SHARED = "Bravo Imports"  # Li Lei's row, then Wang Fang's later row, in one month
ONCE = "Charlie Goods"  # the salesperson written on its order's first product line only
OVER_LIMIT, SISTER = "Gamma Corp", "Hotel Inc"  # group "Sisters": Li Lei's, Wang Fang's
BROTHERS = ("Lima Works", "Mike Supply")  # group "Brothers": each 30,000 overdue


def _row(no: str, customer: str, salesperson: str | None, day: str, amount: float, *,
         product: str = "Lamp", paid: bool = True, ship: str | None = None,
         due: str | None = None, limit: float | None = None, terms: str = "OA 30 days",
         incoterm: str = "FOB") -> list[object]:
    """A ledger row: shipped four days after the order, due 30 days later, paid on the due
    date unless `paid` is False; the cost is 70 %."""
    ordered = date.fromisoformat(day)
    shipped = date.fromisoformat(ship) if ship else date.fromordinal(ordered.toordinal() + 4)
    falls_due = date.fromisoformat(due) if due else date.fromordinal(shipped.toordinal() + 30)
    return [no, customer, salesperson, ordered, product, amount, round(amount * 0.7, 2), "USD",
            incoterm, terms, shipped, falls_due, amount if paid else None,
            falls_due if paid else None, limit]


def _october() -> list[list[object]]:
    rows = [
        _row("A1", CHANGED, LI, "2025-10-02", 30_000),
        _row("B1", SHARED, LI, "2025-10-03", 20_000),
        _row("B2", SHARED, WANG, "2025-10-20", 20_000),
        _row("C1", ONCE, LI, "2025-10-10", 10_000, product="Lamp"),
        _row("C1", ONCE, None, "2025-10-10", 12_000, product="Shade"),
        _row("D1", "Delta Home", "li lei", "2025-10-04", 15_000),
        _row("E1", "Echo Living", "Ｌｉ Ｌｅｉ", "2025-10-04", 15_000),
        _row("F1", "Foxtrot Deco", " Li  Lei ", "2025-10-04", 15_000),
        _row("G1", OVER_LIMIT, LI, "2025-10-06", 40_000, due="2026-01-30", paid=False,
             limit=10_000),
        _row("H1", SISTER, WANG, "2025-10-06", 6_000),
        _row("I1", "Indigo Ltd", LI, "2025-10-06", 5_000),
        _row("I2", MERGED_AWAY, WANG, "2025-10-26", 5_000),
        _row("J1", EXCLUDED, WANG, "2025-10-06", 77_777, paid=False),
        _row("K1", "Kilo Nobody", None, "2025-10-06", 7_000),
        _row("L1", BROTHERS[0], LI, "2025-09-06", 30_000, due="2025-09-20", paid=False),
        _row("M1", BROTHERS[1], WANG, "2025-09-06", 30_000, due="2025-09-20", paid=False),
        _row("N1", "November Tools", WANG, "2025-10-06", 3_000),
        _row("S1", "Small Late Co", LI, "2025-07-01", 4_000, paid=False),  # the 60-day rule
        _row("T1", "Tardy Trade", WANG, "2025-07-01", 4_500, paid=False),
        _row("U1", "Trial Buyer", LI, "2025-10-01", 1_000),
        _row("V1", "Gone Dormant", WANG, "2024-03-01", 9_000),
    ]
    for year in (2022, 2023, 2024, 2025):  # long enough to be asked for referrals
        rows.append(_row(f"R{year}", "Romeo Stores", WANG, f"{year}-05-02", 200_000))
        rows.append(_row(f"Q{year}", "Sierra Mart", LI, f"{year}-05-03", 180_000))
    return rows


def _december() -> list[list[object]]:
    return [
        _row("A2", CHANGED, WANG, "2025-12-01", 30_000, due="2026-01-10", paid=False),
        _row("D2", "Delta Home", "li lei", "2025-12-04", 15_000, due="2026-01-10", paid=False),
        _row("P1", "Papa New", LI, "2025-12-05", 8_000, due="2026-01-10", paid=False),
        _row("Q1", "Quebec New", WANG, "2025-12-06", 9_000, due="2026-01-10", paid=False),
        _row("W1", "Whiskey Paid", WANG, "2025-11-01", 2_000, due="2025-12-20"),
    ]


def _with_trial(rows: list[list[object]]) -> list[list[object]]:
    """The trial buyer's row is a trial (试单 column at the end)."""
    return [[*r, "是" if r[1] == "Trial Buyer" else None] for r in rows]


@pytest.fixture(scope="module")
def firm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sales_scope")
    header = [*HEADER, "试单"]
    db = folder / "firm.sqlite"
    for name, sheet, rows in (("oct.xlsx", "10月", _october()), ("dec.xlsx", "12月",
                                                                  _december())):
        path = write_xlsx(folder / name, {sheet: [header, *_with_trial(rows)]})
        [result] = import_files(db, [path])
        assert result.status == "imported", result.message
    conn = connect(db)
    try:
        override_changes.merge(conn, "Indigo Ltd", MERGED_AWAY)
        override_changes.exclude(conn, EXCLUDED)
        credit_terms.group(conn, [OVER_LIMIT, SISTER], "Sisters")
        credit_terms.group(conn, list(BROTHERS), "Brothers")
        conn.commit()
    finally:
        conn.close()
    return db


def names_in(texts: list[str], analysis: Analysis) -> set[str]:
    """The customers (shown, merged away or excluded) a copy names anywhere."""
    everyone = [c.customer for c in analysis.customers] + [EXCLUDED, MERGED_AWAY]
    return {name for name in everyone if any(name in text for text in texts)}


def texts_of(path: Path) -> list[str]:
    """Every text a workbook shows or keeps: sheet names, page headers, every cell."""
    return workbook_texts(path)[0]


def owned(analysis: Analysis, salesperson: str) -> list[CustomerMetrics]:
    """The customers a salesperson owns: theirs however the ledger spells their name."""
    return [c for c in analysis.customers if fold(c.salesperson or "") == fold(salesperson)]


# --- the faults -------------------------------------------------------------------------------

def test_a_salesperson_written_on_an_order_s_first_line_only_owns_the_customer(firm: Path):
    """The clerk writes the salesperson once per order, on its first product line. The
    customer is Li Lei's: the latest row that fills the column gives it (docs/analysis.md),
    not the last row whatever it holds, so it is in Li Lei's copies, not an "Unassigned" one."""
    analysis = _analysis(firm)
    [charlie] = [c for c in analysis.customers if c.customer == ONCE]
    assert charlie.salesperson == LI
    assert charlie in export.for_salesperson(analysis, LI).customers
    assert ONCE not in names_in(export.chat_summary(analysis, "").splitlines() + [
        c.customer for c in export.for_salesperson(analysis, "").customers], analysis)


def test_one_salesperson_spelled_in_another_case_or_width_gets_one_copy(firm: Path,
                                                                       tmp_path: Path):
    """"li lei" and "Ｌｉ Ｌｅｉ" are how a clerk types Li Lei, as customer names are folded:
    one copy with all of their customers, not three files of which Li Lei sees one."""
    analysis = _analysis(firm)
    people = export.salespeople(analysis)
    assert [p for p in people if fold(p) == fold(LI)] == [LI]
    mine = {c.customer for c in export.for_salesperson(analysis, LI).customers}
    assert {"Delta Home", "Echo Living", "Foxtrot Deco", OVER_LIMIT} <= mine
    paths = export.export_from(firm, analysis, "restructuring", tmp_path / "r.xlsx",
                               by_salesperson=True)
    assert len(paths) == len(people)
    [li_file] = [p for p in paths if p.stem.endswith(LI)]
    assert {"Delta Home", "Echo Living"} <= names_in(texts_of(li_file), analysis)


@pytest.mark.usefixtures("language")
def test_a_group_s_reason_names_no_customer_of_another_salesperson(firm: Path):
    """Hotel (Wang Fang's) is watched because its group sister Gamma (Li Lei's) owes more than
    its credit limit. The owner reads Gamma's name; Wang Fang's copy says the group, not whose
    customer in it."""
    analysis = _analysis(firm)
    [sister] = [c for c in analysis.customers if c.customer == SISTER]
    assert sister.list == "watch" and sister.list_reason.code == "group_over_limit"
    assert OVER_LIMIT in stop_loss.reason_text(sister)  # the owner's copy: the control
    sales = stop_loss.reason_text(sister, sales=True)
    assert OVER_LIMIT not in sales and "Sisters" in sales
    mine = export.for_salesperson(analysis, WANG)
    rows = [r for code in LISTS for r in stop_loss.rows(mine, code, sales=True)]
    assert names_in([str(v) for r in rows for v in r.values()], analysis) == {
        c.customer for c in mine.customers if c.list}


# --- scope, read back whole ----------------------------------------------------------------

def _expected(owner_names: set[str], analysis: Analysis, salesperson: str) -> set[str]:
    return owner_names & {c.customer for c in owned(analysis, salesperson)}


@pytest.mark.usefixtures("language")
def test_every_copy_names_exactly_its_salesperson_s_customers(firm: Path, tmp_path: Path):
    """For each workbook: the owner's copy names a set of customers; each salesperson's copy
    names exactly theirs of that set, the unassigned copy the customers nobody owns."""
    analysis = _analysis(firm)
    people = export.salespeople(analysis)
    assert {LI, WANG, ""} <= set(people)
    for kind in KINDS:
        [owner] = export.export_from(firm, analysis, kind, tmp_path / "owner" / f"{kind}.xlsx")
        shown = names_in(texts_of(owner), analysis)
        assert EXCLUDED not in shown and MERGED_AWAY not in shown
        paths = export.export_from(firm, analysis, kind, tmp_path / "sales" / f"{kind}.xlsx",
                                   by_salesperson=True)
        assert len(paths) == len(people)
        for path, person in zip(paths, people, strict=True):
            assert names_in(texts_of(path), analysis) == _expected(shown, analysis, person), (
                kind, person)


def test_the_command_line_copies_and_chat_lines(firm: Path, tmp_path: Path):
    analysis = _analysis(firm)
    people = export.salespeople(analysis)
    for kind in KINDS:
        [owner] = export.export_from(firm, analysis, kind, tmp_path / "owner" / f"{kind}.xlsx")
        shown = names_in(texts_of(owner), analysis)
        code, out, err = cli("export", kind, "--db", str(firm), "--as-of", AS_OF.isoformat(),
                             "--by-salesperson", "-o", str(tmp_path / "cli" / f"{kind}.xlsx"))
        assert code == 0, err
        paths = [Path(line) for line in out.splitlines() if line.endswith(".xlsx")]
        assert len(paths) == len(people)
        for path, person in zip(paths, people, strict=True):
            assert names_in(texts_of(path), analysis) == _expected(shown, analysis, person)
    for person in people:
        lines = export.chat_summary(analysis, person).splitlines()
        assert names_in(lines, analysis) <= {c.customer for c in owned(analysis, person)}


@pytest.mark.usefixtures("language")
def test_the_printed_copies(qapp, firm: Path):
    """The document the PDFs and the printer are painted from (ui.printing.pages)."""
    from ui.printing import pages as printing

    analysis = _analysis(firm)
    for kind in KINDS:
        book = BOOKS[kind]
        shown = names_in([printing.list_document(analysis, book).toPlainText()], analysis)
        for person in export.salespeople(analysis):
            text = printing.list_document(analysis, book, salesperson=person).toPlainText()
            assert names_in([text], analysis) == _expected(shown, analysis, person), (
                kind, person)


def test_the_overview_totals_count_only_the_salesperson_s_customers(firm: Path):
    analysis = _analysis(firm)
    for person in export.salespeople(analysis):
        mine = owned(analysis, person)
        view = export.for_salesperson(analysis, person)
        label = export.salesperson_label(person)
        table = stop_loss.document(view, label).summary.tables[0][1]
        for code, row in zip(LISTS, table, strict=True):
            on = [c for c in mine if c.list == code]
            assert row["count"] == len(on)
            assert row["overdue"] == round(sum(c.overdue_amount for c in on), 2)
            assert row["open"] == round(sum(c.open_amount for c in on), 2)
        from core.actions import restructuring

        tiers = restructuring.document(view, label).summary.tables[0][1]
        for tier, row in zip(TIERS, tiers, strict=True):
            assert row["tier"] == customer_label(tier)
            assert row["count"] == sum(c.tier == tier for c in mine)
        facts = dict(leap.document(view, label).summary.facts)
        strategic = [c for c in mine if c.tier == "strategic"]
        assert facts["Referral candidates"] + facts["Strategic customers not yet eligible"] \
            == len(strategic)


def test_the_moved_sheet_of_a_copy_holds_only_its_movers(firm: Path, tmp_path: Path):
    """Movers of both salespeople this month (two new customers in December, Delta up); each
    copy's sheet and its overview count hold only theirs, the owner's all of them."""
    analysis = _analysis(firm)
    [owner] = export.export_from(firm, analysis, "restructuring", tmp_path / "o.xlsx")
    moved_title = "Moved this month"

    def movers(path: Path) -> list[str]:
        sheet = openpyxl.load_workbook(path)[moved_title]
        rows = list(sheet.iter_rows(values_only=True))
        head = next(i for i, r in enumerate(rows) if r[0] == "Customer")
        return [r[0] for r in rows[head + 1:] if r[0] and r[1] is not None]

    everyone = movers(owner)
    assert {"Papa New", "Quebec New"} <= set(everyone)
    paths = export.export_from(firm, analysis, "restructuring", tmp_path / "s.xlsx",
                               by_salesperson=True)
    seen: list[str] = []
    for path, person in zip(paths, export.salespeople(analysis), strict=True):
        mine = {c.customer for c in owned(analysis, person)}
        found = movers(path)
        assert set(found) == set(everyone) & mine, person
        seen += found
        overview = openpyxl.load_workbook(path)["Overview"]
        [fact] = [r[1] for r in overview.iter_rows(values_only=True)
                  if r[0] and str(r[0]).startswith("Moves since")]
        assert sum(int(part.split()[0]) for part in fact.split(", ")) == len(found)
    assert sorted(seen) == sorted(everyone)


def test_who_owns_a_customer_is_one_answer_everywhere(firm: Path):
    """The latest row naming a salesperson decides (the brief is silent; see the report's
    questions): Alpha, handed to Wang Fang in December, and Bravo, whose later October row is
    Wang Fang's, are Wang Fang's in every copy and on the moved sheet; Indigo keeps the kept
    name's salesperson; the excluded customer is nowhere."""
    analysis = _analysis(firm)
    by_name = {c.customer: c for c in analysis.customers}
    assert by_name[CHANGED].salesperson == WANG and by_name[SHARED].salesperson == WANG
    assert by_name["Indigo Ltd"].salesperson == LI
    assert EXCLUDED not in by_name and MERGED_AWAY not in by_name
    for person in export.salespeople(analysis):
        view = {c.customer for c in export.for_salesperson(analysis, person).customers}
        assert (CHANGED in view) is (person == WANG)
        assert (SHARED in view) is (person == WANG)


def test_the_referral_commission_is_the_setting_s(firm: Path, tmp_path: Path):
    """The article's 15 % is a default: at 10 % every text and figure says 10 %."""
    db = tmp_path / "firm.sqlite"
    db.write_bytes(firm.read_bytes())
    conn = connect(db)
    try:
        settings_store.put(conn, "referral_commission_pct", 10.0)
        conn.commit()
        analysis = analyse(conn, as_of=AS_OF)
    finally:
        conn.close()
    doc = leap.document(analysis)
    texts = doc.summary.notes + [n for t in doc.tables for n in t.notes]
    assert all("15%" not in t for t in texts) and any("10%" in t for t in texts)
    rules = analysis.rules
    factor = rules.referral_peers_per_year * rules.referral_conversion_pct / 100
    for row in doc.tables[0].rows:
        assert row["commission"] == pytest.approx(row["revenue"] * factor * 0.10, abs=0.02)
    assert {r["customer"] for r in doc.tables[0].rows} <= {
        c.customer for c in analysis.customers if c.tier == "strategic"}
    assert plans.percent_text(rules.referral_commission_pct) == "10%"


@pytest.mark.usefixtures("language")
def test_a_prospect_on_hold_is_not_offered_the_value_package_without_a_word(tmp_path: Path):
    """A trial buyer whose trial invoice is 61 days past due is on the black list (the
    article's rule: no valid order, so under the 20,000 average). The restructuring workbook's
    prospects sheet offers the value package (sample testing, trial-order subsidy) to every
    prospect: one voice with the black list says, on its row, that the offer waits — in the
    owner's words with the reason, in the salesperson's by their list's name."""
    from core.actions import restructuring
    from core.analysis.names import list_heading, list_name

    header = ["合同号", "客户名称", "业务员", "下单日期", "金额", "币种", "出货日期", "应收日期",
              "已收金额", "收款日期", "试单"]
    rows = [["1", "Trial Late", WANG, date(2025, 8, 1), 3_000, "USD", date(2025, 8, 3),
             date(2025, 9, 1), None, None, "是"],
            ["2", "Trial Fine", WANG, date(2025, 11, 1), 2_000, "USD", date(2025, 11, 3),
             date(2025, 12, 1), 2_000, date(2025, 12, 1), "是"],
            ["3", "Berlin Haus", LI, date(2025, 10, 1), 50_000, "USD", date(2025, 10, 3),
             date(2025, 11, 1), 50_000, date(2025, 11, 1), None]]
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [header, *rows]})
    [result] = import_files(tmp_path / "firm.sqlite", [path])
    assert result.status == "imported", result.message
    analysis = _analysis(tmp_path / "firm.sqlite")
    by_name = {c.customer: c for c in analysis.customers}
    late = by_name["Trial Late"]
    assert late.tier == "prospect" and late.list == "black" and late.suspended
    for sales, view, label in ((False, analysis, None),
                               (True, export.for_salesperson(analysis, WANG), WANG)):
        doc = restructuring.document(view, label)
        [table] = [t for t in doc.tables if t.rows and t.rows[0].get("trials") is not None]
        printed = {c.key for c in table.printed()}
        said = {r["customer"]: " ".join(str(r[k]) for k in printed if r.get(k))
                for r in table.rows}
        assert set(said) == {"Trial Late", "Trial Fine"}
        held = list_heading("black", sales=True) if sales else list_name("black")
        assert held in said["Trial Late"] and held not in said["Trial Fine"]
        assert (late.list_reason.text in said["Trial Late"]) is not sales


def test_an_older_salesperson_in_a_later_import_does_not_take_the_customer_back(tmp_path: Path):
    """December's file (imported first) gives the customer to Wang Fang on 1 December. A file
    imported later names Li Lei on 5 November and nobody on a 10 December row: Li Lei's row is
    older than Wang Fang's, so the customer stays Wang Fang's — and a new customer of that
    file still takes the salesperson its latest naming row gives."""
    header = ["合同号", "客户名称", "业务员", "下单日期", "产品名称", "金额", "币种"]
    dec = write_xlsx(tmp_path / "dec.xlsx", {"12月": [
        header, ["X1", CHANGED, WANG, date(2025, 12, 1), "Lamp", 1_000, "USD"]]})
    late = write_xlsx(tmp_path / "more.xlsx", {"台账": [
        header, ["X2", CHANGED, LI, date(2025, 11, 5), "Lamp", 1_000, "USD"],
        ["X3", CHANGED, None, date(2025, 12, 10), "Lamp", 1_000, "USD"],
        ["X4", "Yankee New", LI, date(2025, 12, 2), "Lamp", 1_000, "USD"],
        ["X4", "Yankee New", None, date(2025, 12, 2), "Shade", 1_000, "USD"]]})
    db = tmp_path / "firm.sqlite"
    for path in (dec, late):
        [result] = import_files(db, [path])
        assert result.status == "imported", result.message
    conn = connect(db)
    try:
        owners = dict(conn.execute("SELECT name, salesperson FROM customers").fetchall())
    finally:
        conn.close()
    assert owners == {CHANGED: WANG, "Yankee New": LI}
