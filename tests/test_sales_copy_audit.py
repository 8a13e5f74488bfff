"""Everything a salesperson may receive, read back whole: it never calls a customer
black-listed, and never shows cost, gross profit, margin or the stop-loss thresholds.

A salesperson's copy travels by WeChat and is sometimes forwarded to the customer's side. The
ledger gives each salesperson a customer on every list (black by the article's rule and by
exposure, confirm, watch by days and by credit limit, white) and in every tier, with costs so
that margins exist. Every workbook is exported per salesperson in both languages and every
cell, sheet name, page header and footer is read; the PDFs too. The owner's copies are read
the same way and must show what the salespeople's leave out, so each check can fail.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from ledgers import write_xlsx
from pdf_reading import pdf_text
from test_cli import cli

from core import i18n, override_changes
from core.actions import export
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import LISTS, TIERS, list_heading, list_name
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.store import connect

AS_OF = date(2025, 12, 31)
PEOPLE = {"张伟": "ZW", "李娜": "LN"}
KINDS = ("stop-loss", "restructuring", "leap")
HEADER = ["合同号", "客户名称", "业务员", "下单日期", "金额", "成本", "币种", "贸易条款",
          "付款方式", "出货日期", "应收日期", "已收金额", "收款日期", "试单", "信用额度"]
# The owner's words, in both languages: each is in an owner's copy (checked below).
OWNER_WORDS = {"en": ("black list", "Black list", "Gross profit", "margin"),
               "zh_CN": ("黑名单", "毛利")}
NEVER_FOR_SALES = ("black list", "Black list", "black nor", "blacklist", "Gross profit",
                   "gross profit", "margin", "Margin", "Cost", "cost", "reprice",
                   "黑名单", "毛利", "成本", "利润")
# Reasons whose words carry the firm's own stop-loss and watch thresholds
THRESHOLD_REASONS = ("stop_loss_rule", "stop_loss_exposure", "stop_loss_group", "watch_overdue")


def _order(no: str, customer: str, salesperson: str, day: str, amount: float, cost: float,
           *, incoterm: str = "FOB", terms: str = "L/C at sight", ship: str | None = None,
           due: str | None = None, paid: float | None = None, trial: str | None = None,
           limit: float | None = None) -> list[object]:
    """One ledger row; a paid invoice is paid the day before it falls due."""
    when = (date.fromisoformat(due).toordinal() - 1) if paid and due else None
    return [no, customer, salesperson, date.fromisoformat(day), amount, cost, "USD", incoterm,
            terms, date.fromisoformat(ship) if ship else None,
            date.fromisoformat(due) if due else None, paid,
            date.fromordinal(when) if when else None, trial, limit]


def _rows(salesperson: str, tag: str) -> list[list[object]]:
    """One salesperson's customers: every list and tier, a prospect and a dormant one. The
    costs end in odd halves so that no gross profit equals any other figure in the files."""
    rows: list[list[object]] = []

    def add(name: str, day: str, amount: float, cost: float, **more: object) -> None:
        rows.append(_order(f"{tag}{len(rows) + 1}", f"{name} {tag}", salesperson, day,
                           amount, cost, **more))  # type: ignore[arg-type]

    for year in (2022, 2023, 2024):  # long enough to be asked for referrals
        for name in ("Star", "Held Star"):
            add(name, f"{year}-03-01", 150_000, 90_000, ship=f"{year}-03-10",
                due=f"{year}-04-10", paid=150_000)
    for month in ("02", "05", "08", "11"):
        day, ship, due = f"2025-{month}-01", f"2025-{month}-05", f"2025-{month}-25"
        add("Star", day, 150_000, 91_234.5, ship=ship, due=due, paid=150_000)
        late = month in ("08", "11")  # 150,000 overdue: black on exposure, a key account
        add("Held Star", day, 150_000, 90_321.5, ship=ship, due=due,
            paid=None if late else 150_000)
    for month in ("03", "06", "09"):
        ship, due = f"2025-{month}-05", f"2025-{month}-25"
        add("Core Co", f"2025-{month}-01", 60_000, 44_111.5, incoterm="CIP", ship=ship,
            due=due, paid=60_000)
        add("Watcher", f"2025-{month}-02", 25_000, 19_222.5, ship=ship, due=due,
            paid=None if month == "09" else 25_000)  # 97 days late: watch, not the rule
    for month in ("04", "07"):
        ship, due = f"2025-{month}-05", f"2025-{month}-30"
        add("Small Late", f"2025-{month}-01", 5_000, 4_333.5, terms="OA 30 days", ship=ship,
            due=due, paid=None if month == "07" else 5_000)  # black by the article's rule
        add("Tail", f"2025-{month}-03", 8_000, 7_777.5, terms="OA 60 days", ship=ship,
            due=due, paid=8_000)  # a margin under its band: reprice
        add("Confirm Me", f"2025-{month}-03", 6_000, 4_444.5, ship=ship, due=due, paid=6_000)
    add("Over Limit", "2025-06-01", 30_000, 21_555.5, terms="OA 60 days", ship="2025-06-05",
        due="2025-08-05", paid=30_000, limit=10_000)
    add("Over Limit", "2025-12-01", 30_000, 21_555.5, terms="OA 60 days", ship="2025-12-05",
        due="2026-02-05", limit=10_000)
    add("Trial", "2025-11-01", 2_000, 1_500.5, trial="是")
    add("Gone", "2024-05-01", 9_000, 7_000.5, ship="2024-05-05", due="2024-06-05", paid=9_000)
    add("Newbie", "2025-12-10", 40_000, 28_888.5, ship="2025-12-15", due="2026-01-15")
    return rows


@pytest.fixture(scope="module")
def firm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sales_copy")
    rows = [row for name, tag in PEOPLE.items() for row in _rows(name, tag)]
    ledger = write_xlsx(folder / "ledger.xlsx", {"台账": [HEADER, *rows]})
    db = folder / "firm.sqlite"
    [result] = import_files(db, [ledger])
    assert result.status == "imported", result.message
    conn = connect(db)
    try:
        for tag in PEOPLE.values():  # no receipts is firm-wide: confirm is pinned by hand
            override_changes.pin(conn, f"Confirm Me {tag}", "confirm")
    finally:
        conn.close()
    return db


def _analysis(firm: Path) -> Analysis:
    conn = connect(firm)
    try:
        return analyse(conn, as_of=AS_OF)
    finally:
        conn.close()


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("en")


def test_every_salesperson_has_a_customer_on_every_list_and_in_every_tier(firm: Path):
    """The ledger's promise, so the checks below see every kind of row."""
    analysis = _analysis(firm)
    for name in PEOPLE:
        mine = [c for c in analysis.customers if c.salesperson == name]
        assert {c.list for c in mine} >= set(LISTS)
        assert {c.tier for c in mine} >= {*TIERS, "prospect", "dormant"}
        codes = {c.list_reason.code for c in mine if c.list_reason}
        assert {"stop_loss_rule", "stop_loss_exposure", "watch_overdue",
                "over_credit_limit"} <= codes
        assert any(c.suspended and c.tier == "strategic" for c in mine)
        assert any(c.reprice for c in mine)
        assert all(c.gross_profit_12m for c in mine if c.active)


def texts_of(path: Path) -> tuple[list[str], list[float]]:
    """Every text a workbook shows or keeps (sheet names, cells beside the print area too,
    page headers and footers, the file's title) and every number in its cells."""
    book = openpyxl.load_workbook(path)
    texts, numbers = [book.properties.title or ""], []
    for sheet in book.worksheets:
        texts.append(sheet.title)
        for part in (sheet.oddHeader, sheet.oddFooter):
            texts += [side.text or "" for side in (part.left, part.center, part.right)]
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, int | float):
                    numbers.append(float(value))
                elif value is not None:
                    texts.append(str(value))
    return texts, numbers


def owner_only(analysis: Analysis) -> tuple[list[str], set[float]]:
    """The texts and figures only the owner may read: the reasons that quote the firm's
    thresholds, and each customer's gross profit."""
    reasons = [c.list_reason.text for c in analysis.customers
               if c.list_reason and c.list_reason.code in THRESHOLD_REASONS]
    profits = {round(c.gross_profit_12m, 2) for c in analysis.customers
               if c.gross_profit_12m}
    return reasons, profits


def leaks(texts: list[str], numbers: list[float], analysis: Analysis) -> list[str]:
    """What of the owner's a copy shows: words, threshold reasons, gross-profit figures."""
    reasons, profits = owner_only(analysis)
    found = [f"{word!r} in {text!r}" for text in texts for word in NEVER_FOR_SALES
             if word in text]
    found += [f"reason {reason!r}" for reason in reasons if any(reason in t for t in texts)]
    found += [f"gross profit {n}" for n in numbers if round(n, 2) in profits]
    return found


def _customers(analysis: Analysis, name: str) -> list[CustomerMetrics]:
    return [c for c in analysis.customers if c.salesperson == name]


def test_no_workbook_of_a_salesperson_says_black_list_or_shows_cost(firm: Path, tmp_path: Path,
                                                                   language: str):
    analysis = _analysis(firm)
    for kind in KINDS:
        owner = export.export_from(firm, analysis, kind, tmp_path / "owner" / f"{kind}.xlsx")
        owner_texts, owner_numbers = texts_of(owner[0])
        joined = "\n".join(owner_texts)
        assert any(word in joined for word in OWNER_WORDS[language]), kind  # the control
        if kind == "stop-loss":  # no list shows cost or margin, the owner's either
            assert all(any(r in t for t in owner_texts) for r in owner_only(analysis)[0])
        else:
            assert {round(n, 2) for n in owner_numbers} & owner_only(analysis)[1], kind
        paths = export.export_from(firm, analysis, kind, tmp_path / "sales" / f"{kind}.xlsx",
                                   by_salesperson=True)
        assert len(paths) == len(PEOPLE)
        for path, name in zip(paths, sorted(PEOPLE, key=str.casefold), strict=True):
            texts, numbers = texts_of(path)
            assert name in path.name and any(
                c.customer in texts for c in _customers(analysis, name))
            assert leaks(texts, numbers, analysis) == [], (kind, name)


def test_a_salesperson_s_reason_says_how_late_not_the_firm_s_thresholds(firm: Path):
    """The owner reads the rule that caught a customer ("117 days past due (limit 60) and an
    average order of 5,000 USD, under 20,000"); the salesperson reads how late it is."""
    from core.actions import stop_loss

    analysis = _analysis(firm)
    for c in analysis.customers:
        if c.list_reason and c.list_reason.code in THRESHOLD_REASONS:
            owner, sales = stop_loss.reason_text(c), stop_loss.reason_text(c, sales=True)
            assert owner.startswith(c.list_reason.text)
            assert c.list_reason.text not in sales and str(c.max_days_overdue) in sales


def test_the_chat_lines_and_the_command_s_output(firm: Path, tmp_path: Path, language: str):
    analysis = _analysis(firm)
    for name in PEOPLE:
        assert leaks(export.chat_summary(analysis, name).splitlines(), [], analysis) == []
    for kind in KINDS:
        code, out, err = cli("export", kind, "--db", str(firm), "--as-of", AS_OF.isoformat(),
                             "--lang", language, "--by-salesperson", "-o",
                             str(tmp_path / f"{kind}.xlsx"))
        assert code == 0, err
        assert leaks(out.splitlines() + err.splitlines(), [], analysis) == [], kind
        if kind == "stop-loss":  # the chat lines follow the paths
            assert export.chat_summary(analysis, "张伟").splitlines()[0] in out


def test_a_salesperson_s_pdfs_keep_the_owner_s_words_out(qapp, firm: Path, tmp_path: Path,
                                                         language: str):
    from ui.printing import pages as printing

    analysis = _analysis(firm)
    for book in ("stop_loss", "restructuring", "leap"):
        owner = printing.write_pdf(analysis, book, tmp_path / f"owner_{book}.pdf")
        assert any(w in pdf_text(owner) for w in OWNER_WORDS[language])
        people = export.salespeople(analysis)
        written = printing.pdfs_per_salesperson(analysis, tmp_path / book, book)
        assert len(written) == len(people) >= 2
        for path, summary in written:
            text = pdf_text(path)
            assert leaks([text, summary], [], analysis) == [], path.name
            cut = [t for t in owner_only(analysis)[0] if t[:20] in text]
            assert cut == [], path.name  # a reason wrapped over lines still shows its start


def test_the_print_dialog_s_salesperson_copy(qtbot, firm: Path, tmp_path: Path,
                                             language: str):
    """The owner chooses a salesperson in the print dialog, as a person would."""
    from ui.printing.dialog import CHOICES, PrintDialog

    analysis = _analysis(firm)
    dialog = PrintDialog(analysis)
    qtbot.addWidget(dialog)
    dialog.choose_salesperson("李娜")
    for which in CHOICES:
        dialog.choose(which)
        assert list_name("black") not in dialog.default_name()
        text = dialog.document().toPlainText()
        assert leaks([text], [], analysis) == [], which
        if which == "black":
            assert list_heading("black", sales=True) in text
    path = dialog.save_pdf_to(tmp_path / "mine.pdf")
    assert path is not None and path.read_bytes().startswith(b"%PDF")
    assert leaks([pdf_text(path)], [], analysis) == []


def test_a_held_key_account_waits_under_the_copy_s_own_list_name(firm: Path, language: str):
    """A strategic customer on the black list: its upgrade, service plan and referral wait.
    The owner reads "black list" and the rule that caught it; the salesperson reads the name
    their stop-loss sheet gives the list, and no reason with the firm's thresholds."""
    from core.actions import leap, restructuring

    analysis = _analysis(firm)
    held = next(c for c in _customers(analysis, "张伟") if c.suspended and c.tier == "strategic")
    assert held.list_reason is not None
    mine = export.for_salesperson(analysis, "张伟")
    hold, black = list_heading("black", sales=True), list_name("black")
    for sales, view, label in ((False, analysis, None), (True, mine, "张伟")):
        plan = restructuring.document(view, label)
        [row] = [r for r in plan.tables[0].rows if r["customer"] == held.customer]
        referral = leap.document(view, label)
        [waiting] = [r for r in referral.tables[1].rows if r["customer"] == held.customer]
        notes = "\n".join(plan.summary.notes + referral.summary.notes)
        texts = [str(row["upgrade"]), str(row["plan"]), str(waiting["blocking"]), notes]
        assert all((hold if sales else black) in t for t in texts), texts
        assert not sales or not any(black in t for t in texts)
        assert (held.list_reason.text in row["plan"]) is not sales
