"""The printed action lists against the method, on a firm's realistic year (list43).

tests/firm_year43.py writes a Ningbo LED exporter's 订单台账 (October 2024 – December 2025, a tab
a month, a 收款 tab of 代付 slips); the app imports it, the owner merges the third spelling of
Bright Star and sets Kyiv's credit limit by hand (the commands a user runs), and the lists are
exported (`main.py export`), printed to PDF and listed (`customers --json`), then read back.

Hand count, defaults, A = 2025-12-31; receipts booked to A (Oslo's prepayment of 12-31), so days
run to A. W = 2025. 22 active customers → 4 strategic, 7 core, 11 long tail (round(4.4),
round(11) − 4). Benchmark: 63 valid orders in W worth 2,051,600 USD (LM at 1.08 EUR; Perth's P-02
net of its 4,000 credit note; Riga's cancelled RN-02, the trials and 2024's orders out): 32,565
average, M needs 65,130 — Atlas alone (126,667; Dubai's 65,000 falls short). T fails on CFR
(Tunis, Dhaka) and EXW (Dubai); F on Accra's one order. Ranked by criteria, then gross profit
(every row has a cost): strategic Atlas 167,200, Sydney 83,300, Nordic 40,500, São Paulo 30,000;
core Lagos 18,000, Lyon 12,150, Bright Star 10,200, Orbit 9,800, Kyiv 8,600, Harbor 8,400, Santos
6,600; then the long tail.

Black (article: > 60 days past due, 14 on D/P from presentation, average order < 20,000; or the
exposure trigger: > 50,000 overdue more than 30 days): Dhaka DL-02 149 days (avg 8,000); Santos
SA-03 72 (avg 11,000; paid 2026-01-06, after A); Lyon LM-03 9,000 EUR 77 (avg 16,200 USD); Bright
Star BS-03 67 (merged avg 17,000: unmerged, its 25,000 single order spared it); Vienna V-02 D/P
51 > 14; Lima's trial 174 (no valid order); Dubai 70,000 overdue 47 days (exposure). Core
customers among them (Lyon, Bright Star, Santos): the owner decides.
Watch: Lagos 91 days but average 30,000 and 25,000 < 50,000 (spared); São Paulo 78 days, average
60,000, 80,000 insured 90 % → 8,000 (spared); Quito exactly 60 (the rule wants more); Bogota 45;
Kyiv 28,000 owed over its 20,000 limit (only 17 days late).
White (strategic/core, grade A/B): Sydney (L/C, paid a week after shipment), Nordic (定金/尾款
before shipment, 15,000 deposit held on N-03), Orbit (every invoice paid on time by Orbit HK
Ltd, 代付), Atlas (6 of 6 paid 25–29 days late, grade B: 15 risky terms + 14.5 history = 29) and
Harbor (3 of 3 late after the lump wire, grade B 33): "watch the payments".
No list: Perth (credit note settles P-02), Riga (cancelled order), Manila (150 short: a small
remainder), Oslo (credit on account), Accra (not due), Tunis (paid in advance; sold at a loss:
reprice), Casa (trial paid), Milan (dormant, all paid).
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from firm_year43 import firm_year
from languages import in_chinese
from pdf_reading import pdf_text
from test_actions import table

from core.analysis.run import analyse
from core.cli.main import run
from core.ledger.importer import import_files
from core.store import connect

A = date(2025, 12, 31)
BRIGHT = "BRIGHT STAR TRADING CO., LTD."  # the kept name, as its latest row spells it

# customer: (tier, criteria, list, list reason's code, open USD, max days past due)
EXPECTED: dict[str, tuple[str, int, str | None, str | None, float, int]] = {
    "Atlas Retail Inc": ("strategic", 4, "white", "white_late_history", 140_000, 0),
    "Sydney Kitchen Pty": ("strategic", 3, "white", "white_reliable", 0, 0),
    "Nordic Living AB": ("strategic", 3, "white", "white_reliable", 0, 0),
    "Sao Paulo Casa Ltda": ("strategic", 3, "watch", "watch_overdue", 80_000, 78),
    "Lagos Fresh Ltd": ("core", 3, "watch", "watch_overdue", 25_000, 91),
    "Lyon Maison SARL": ("core", 3, "black", "stop_loss_rule", 9_720, 77),
    BRIGHT: ("core", 3, "black", "stop_loss_rule", 25_000, 67),
    "Orbit Tech LLC": ("core", 3, "white", "white_reliable", 0, 0),
    "Kyiv Goods LLC": ("core", 3, "watch", "over_credit_limit", 28_000, 17),
    "Harbor Lights Inc": ("core", 3, "white", "white_late_history", 12_000, 0),
    "Santos Importadora": ("core", 3, "black", "stop_loss_rule", 12_000, 72),
    "Riga Nams SIA": ("long_tail", 3, None, None, 0, 0),
    "Oslo Prepaid AS": ("long_tail", 3, None, None, 0, 0),
    "Bogota Brillo SAS": ("long_tail", 3, "watch", "watch_overdue", 12_000, 45),
    "Perth Outdoor Ltd": ("long_tail", 3, None, None, 0, 0),
    "Vienna Gifts GmbH": ("long_tail", 3, "black", "stop_loss_rule", 11_000, 51),
    "Manila Home Corp": ("long_tail", 3, None, None, 0, 0),
    "Quito Luz SA": ("long_tail", 3, "watch", "watch_overdue", 10_000, 60),
    "Dubai Star LLC": ("long_tail", 2, "black", "stop_loss_exposure", 70_000, 47),
    "Dhaka Lights Ltd": ("long_tail", 2, "black", "stop_loss_rule", 16_000, 149),
    "Accra New Co": ("long_tail", 2, None, None, 18_000, 0),
    "Tunis Bazaar SARL": ("long_tail", 2, None, None, 0, 0),
    "Casa Bonita SA de CV": ("prospect", 0, None, None, 0, 0),
    "Lima Trial Co": ("prospect", 0, "black", "stop_loss_rule", 2_500, 174),
    "Milan Design Srl": ("dormant", 0, None, None, 0, 0),
}
LISTS = ("black", "confirm", "watch", "white")  # the stop-loss workbook's sheets after Overview
ON = {code: {n for n, e in EXPECTED.items() if e[2] == code} for code in LISTS}
KEY_BLACK = {"Lyon Maison SARL", BRIGHT, "Santos Importadora"}  # the owner decides

# Each reason's figures, in both languages: the invoice to chase, its money and days, the limit
REASONS = {
    "Dhaka Lights Ltd": (
        "DL-02: 9,000 USD open, 149 days past due (limit 60 days) and an average order of "
        "8,000 USD, under 20,000 USD",
        "DL-02：未收 9,000 USD，逾期 149 天（上限 60 天），平均订单 8,000 USD，低于 20,000 USD"),
    "Lyon Maison SARL": (
        "LM-03: 9,000 EUR open, 77 days past due (limit 60 days) and an average order of "
        "16,200 USD, under 20,000 USD; a core customer: the owner decides – secure or suspend",
        "LM-03：未收 9,000 EUR，逾期 77 天（上限 60 天），平均订单 16,200 USD，低于 20,000 USD；"
        "核心客户：由老板决定——保住还是暂停"),
    "Santos Importadora": (
        "SA-03: 12,000 USD open, 72 days past due (limit 60 days) and an average order of "
        "11,000 USD, under 20,000 USD; a core customer",
        "SA-03：未收 12,000 USD，逾期 72 天（上限 60 天），平均订单 11,000 USD，低于 20,000 USD"),
    "Vienna Gifts GmbH": (
        "V-02: 11,000 USD open, 51 days past due (limit 14 days on D/P, counted from the "
        "documents' presentation) and an average order of 10,000 USD, under 20,000 USD",
        "V-02：未收 11,000 USD，逾期 51 天（D/P 上限 14 天，自交单起算），平均订单 10,000 USD"),
    "Lima Trial Co": (
        "TR-01: 2,500 USD open, 174 days past due (limit 60 days) and no valid order yet "
        "(trials do not count)",
        "TR-01：未收 2,500 USD，逾期 174 天（上限 60 天），且尚无有效订单"),
    "Dubai Star LLC": (
        "70,000 USD overdue more than 30 days net of deposits held, above the limit of 50,000 "
        "USD; the oldest: DS-03, 70,000 USD open, 47 days past due",
        "逾期超过 30 天的款项 70,000 USD，超过上限 50,000 USD；最久的一笔：DS-03，未收 70,000 USD"),
    "Quito Luz SA": ("QL-02: 10,000 USD open, 60 days past due (on watch after 30 days)",
                     "QL-02：未收 10,000 USD，逾期 60 天（超过 30 天即观察）"),
    # before: "… above its credit limit of 20,000" and "超过信用额度 20,000", no currency
    "Kyiv Goods LLC": ("owes 28,000 USD, above its credit limit of 20,000 USD",
                       "欠款 28,000 USD，超过信用额度 20,000 USD"),
    "Atlas Retail Inc": ("strategic customer, grade B; 6 of 6 invoices were paid late: protect "
                         "supply and watch the payments",
                         "战略客户，等级 B；已结清的 6 张发票中 6 张付款晚了："
                         "保障供货，同时关注回款"),
    "Orbit Tech LLC": ("core customer paying reliably (grade A)", "核心客户，回款可靠（等级 A）"),
}


def _cli(*args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert run(list(args), out, err) == 0, err.getvalue()
    return out.getvalue()


def _imported(folder: Path, merged: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "firm.sqlite"
    [result] = import_files(db, [firm_year(folder)])
    assert result.status == "imported", result.message
    if merged:
        _cli("--lang", "en", "customer", "merge", "--db", str(db),
             "Bright Star Trading Co., Ltd.", "Brightstar Trading Co Ltd")
        _cli("--lang", "en", "customer", "limit", "--db", str(db), "Kyiv Goods LLC", "20000")
    return db


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _imported(tmp_path_factory.mktemp("firm"))


def _analysis(db: Path, as_of: date = A):
    with connect(db) as conn:
        return analyse(conn, as_of=as_of)


def test_every_customer_is_where_the_hand_count_puts_it(db: Path):
    analysis = _analysis(db)
    assert (analysis.as_of, analysis.receipts_date) == (A, A)
    found = {c.customer: (c.tier, c.criteria_passed, c.list,
                          c.list_reason.code if c.list_reason else None,
                          round(c.open_amount, 2), c.max_days_overdue)
             for c in analysis.customers}
    assert found == EXPECTED  # 25: Orbit HK Ltd, who only wired Orbit's money, is no customer
    owner = {c.customer for c in analysis.customers if c.owner_decides}
    assert owner == KEY_BLACK
    by = {c.customer: c for c in analysis.customers}
    m = by["Dubai Star LLC"].rfmt["m"]  # 2 × 2,051,600 / 63: Dubai's 65,000 just short
    assert (m.passed, m.value, round(m.threshold, 2)) == (False, 65_000, 65_130.16)
    # the money each one holds apart, which keeps it off a list
    assert by["Nordic Living AB"].deposits_held == 15_000
    assert by["Oslo Prepaid AS"].credit_on_account == 11_000
    assert by["Manila Home Corp"].small_remainders == 150
    assert [round(r.open, 2) for r in by["Perth Outdoor Ltd"].receivables] == [0, 0, 0]


def test_the_spared_say_why_a_late_customer_is_not_black(db: Path):
    """Lagos and São Paulo are past 60 days: their average order and exposure say why not."""
    people = json.loads(_cli("--lang", "en", "customers", "--db", str(db), "--as-of",
                             A.isoformat(), "--json"))["customers"]
    spared = {c["customer"]: c["spared"]["text"] for c in people if c["spared"]}
    assert spared == {
        "Lagos Fresh Ltd": "not on the black list, though 91 days past due: its average order "
        "of 30,000 USD is not under 20,000 USD, and 25,000 USD overdue more than 30 days is "
        "under the 50,000 USD limit",
        "Sao Paulo Casa Ltda": "not on the black list, though 78 days past due: its average "
        "order of 60,000 USD is not under 20,000 USD, and of the 80,000 USD it owes overdue "
        "more than 30 days, 8,000 USD net of deposits held and its 90% insured share is under "
        "the 50,000 USD limit"}
    for lang, index in (("en", 0), ("zh_CN", 1)):
        listed = json.loads(_cli("--lang", lang, "customers", "--db", str(db), "--as-of",
                                 A.isoformat(), "--json"))["customers"]
        reasons = {c["customer"]: c["list_reason"]["text"] for c in listed if c["list_reason"]}
        for name, texts in REASONS.items():
            assert texts[index] in reasons[name], (lang, name, reasons[name])
        terms = {c["customer"]: c["payment_terms"] for c in listed}
        assert terms["Orbit Tech LLC"] == "T/T 30 days"  # before: None (its 代付 slip's row)


def _sheets(path: Path) -> dict[str, list[dict[str, object]]]:
    """Each list's rows by the list's code, the customer in the first column (an empty list's
    one line, "No customers on this list." in either language, is no row)."""
    book = openpyxl.load_workbook(path)
    return {code: [r for r in table(ws) if next(iter(r.values())) != "此名单中没有客户。"]
            for code, ws in zip(LISTS, book.worksheets[1:5], strict=True)}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_stop_loss_workbook_names_each_customer_on_its_list_only(
        db: Path, tmp_path: Path, lang: str):
    target = tmp_path / f"stop-loss-{lang}.xlsx"
    _cli("--lang", lang, "export", "--db", str(db), "--as-of", A.isoformat(), "-o",
         str(target), "stop-loss")
    sheets = _sheets(target)
    named = {code: {str(next(iter(r.values()))) for r in rows} for code, rows in sheets.items()}
    assert named == ON  # and nobody else: not Perth, Orbit, Riga, Manila, Milan, Casa …
    rows = {str(next(iter(r.values()))): list(r.values()) for rs in sheets.values() for r in rs}
    index = 0 if lang == "en" else 1
    for name, texts in REASONS.items():
        assert any(texts[index] in str(v) for v in rows[name]), (name, rows[name])
    # the terms as the clerk wrote them; before: Orbit's "Open account / credit" (its latest
    # row was a 代付 payment booked from the 收款 tab, with no terms)
    assert "T/T 30 days" in rows["Orbit Tech LLC"]
    # the overdue to collect: Dhaka both invoices, Lyon's 9,000 EUR at 1.08
    assert 16_000 in rows["Dhaka Lights Ltd"] and 9_720 in rows["Lyon Maison SARL"]


def test_the_restructuring_workbook_places_every_customer(db: Path, tmp_path: Path):
    target = tmp_path / "restructuring.xlsx"
    _cli("--lang", "en", "export", "--db", str(db), "--as-of", A.isoformat(), "-o",
         str(target), "restructuring")
    book = openpyxl.load_workbook(target)
    tiers = {ws.title: [str(r["Customer"]) for r in table(ws)]
             for ws in book.worksheets[1:5]}
    assert tiers == {
        "Strategic customers": ["Atlas Retail Inc", "Sydney Kitchen Pty", "Nordic Living AB",
                                "Sao Paulo Casa Ltda"],
        "Core customers": ["Lagos Fresh Ltd", "Lyon Maison SARL", BRIGHT, "Orbit Tech LLC",
                           "Kyiv Goods LLC", "Harbor Lights Inc", "Santos Importadora"],
        "Long-tail customers": ["Riga Nams SIA", "Oslo Prepaid AS", "Bogota Brillo SAS",
                                "Perth Outdoor Ltd", "Vienna Gifts GmbH", "Manila Home Corp",
                                "Quito Luz SA", "Dubai Star LLC", "Dhaka Lights Ltd",
                                "Accra New Co", "Tunis Bazaar SARL"],
        "Prospects (value package)": ["Casa Bonita SA de CV", "Lima Trial Co"]}
    rows = {str(r["Customer"]): r for ws in book.worksheets[1:5] for r in table(ws)}
    assert rows["Tunis Bazaar SARL"]["Price check"] == (
        "Margin -8.0% is below the 15–20% band: reprice.")
    assert rows["Casa Bonita SA de CV"]["Value package"] == "To offer"
    assert str(rows["Lima Trial Co"]["Value package"]).startswith(
        "Suspended while on the black list (TR-01: 2,500 USD open, 174 days past due")
    suspended = {n for n, r in rows.items()
                 if str(r.get("Upgrade chance") or "").startswith("Suspended")}
    assert suspended == ON["black"] - {"Lima Trial Co"}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_printed_lists_name_each_customer_on_its_list_only(
        qapp, db: Path, tmp_path: Path, lang: str):
    from ui.printing import pages

    analysis = _analysis(db)
    index = 0 if lang == "en" else 1
    for code in ("black", "watch", "white"):
        def printed(code: str = code) -> str:
            return pdf_text(pages.write_pdf(analysis, code, tmp_path / f"{code}-{lang}.pdf"))
        text = printed() if lang == "en" else in_chinese(printed)
        assert {n for n in EXPECTED if n in text} == ON[code], code
        # Qt's PDF breaks a piece of text where the font changes (Latin beside CJK) and where
        # a cell wraps: the words are compared without the spaces the reading puts there
        bare = "".join(text.split())
        for name in ON[code] & REASONS.keys():
            assert "".join(REASONS[name][index].split()) in bare, (code, name)


def test_a_salesperson_s_copy_names_only_their_customers(db: Path, tmp_path: Path):
    _cli("--lang", "en", "export", "--db", str(db), "--as-of", A.isoformat(), "-o",
         str(tmp_path / "sales.xlsx"), "--by-salesperson", "stop-loss")
    [zhang] = [p for p in tmp_path.glob("sales_*.xlsx") if "张伟" in p.name]
    named = {code: {str(next(iter(r.values()))) for r in rows}
             for code, rows in _sheets(zhang).items()}
    assert named == {"black": {"Dhaka Lights Ltd", "Santos Importadora", "Lima Trial Co"},
                     "confirm": set(), "watch": {"Sao Paulo Casa Ltda", "Bogota Brillo SAS"},
                     "white": set()}


def test_money_paid_after_the_as_of_date_counts_from_its_day(db: Path):
    """Santos's 12,000 came on 2026-01-06: black as of 2025-12-31; as of that day paid, a core
    customer of grade A (risky terms 7.5 + history 20 × (½ × 1/3 + ½ × 26/60) = 7.7 → 15) with
    one of three invoices 78 days late: white, "watch the payments"."""
    late = {c.customer: c for c in _analysis(db).customers}["Santos Importadora"]
    paid = {c.customer: c for c in _analysis(db, date(2026, 1, 6)).customers}[
        "Santos Importadora"]
    assert (late.list, late.overdue_amount) == ("black", 12_000)
    assert (paid.list, paid.list_reason and paid.list_reason.code, paid.risk_grade,
            paid.open_amount) == ("white", "white_late_history", "A", 0)


def test_unmerged_the_third_spelling_hides_a_small_buyer_s_late_invoice(tmp_path: Path):
    """Before the merge, "Brightstar Trading Co Ltd" is a buyer of one 25,000 order: spared by
    its average, on the watch list; the other spelling's 12,000 and 14,000 make it a small buyer
    (17,000), black-listed. The merge is the user's (the names differ by more than case)."""
    people = {c.customer: c for c in _analysis(_imported(tmp_path, merged=False)).customers}
    alone, rest = people["Brightstar Trading Co Ltd"], people[BRIGHT]
    assert (alone.list, alone.average_order, alone.spared and alone.spared.code) == (
        "watch", 25_000, "spared")
    # 23 active: 5 strategic (Lagos climbs), core to Oslo's 6,000; its 5,200 is long tail's
    assert (rest.tier, rest.list, rest.open_amount) == ("long_tail", None, 0)
    assert people["Kyiv Goods LLC"].list == "white"  # no limit set by hand: 17 days late only
