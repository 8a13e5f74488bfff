"""Credit limits, credit insurance and customer groups (issue 13 part 5), on hand-made ledgers.

Every expectation is worked out from the rows below with the rules' defaults: the stop-loss
exposure limit of 50,000 USD, exposure counted after 30 days overdue, the watch list from 30
days, the risk weights 35/20/15/20/10 with full days at 120.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from account_cli import cli, customers, imported
from ledgers import write_xlsx

from core.analysis.run import analyse
from core.analysis.snapshots import stale
from core.credit_terms import group, set_limit
from core.ledger.cover import Cover, cover
from core.rates import Rates
from core.rules import Rules
from core.store import MIGRATIONS, opened

A = date(2025, 12, 31)
HEADER = ["合同号", "客户", "下单日期", "金额", "付款方式", "出货日期", "应收日期", "已收金额",
          "收款日期", "信用额度", "信保", "赔付比例"]
RULES = Rules.defaults()
LIMIT = RULES.stop_loss_exposure_usd  # base currency USD


def row(no: str, customer: str, day: str, amount: float, *, ship: str, due: str,
        received: float | None = None, received_on: str | None = None,
        limit: object = None, insured: object = None, share: object = None) -> list[object]:
    d = date.fromisoformat
    return [no, customer, d(day), amount, "OA 30 days", d(ship), d(due), received,
            d(received_on) if received_on else None, limit, insured, share]


def late(no: str, customer: str, amount: float, due: str, **cells: object) -> list[object]:
    """An invoice shipped and unpaid, due on `due`."""
    return row(no, customer, "2025-09-01", amount, ship="2025-09-15", due=due, **cells)


ROWS = [
    row("P1", "Payer", "2025-10-01", 30_000, ship="2025-10-05", due="2025-11-05",
        received=30_000, received_on="2025-11-05"),
    row("P2", "Payer", "2025-12-01", 30_000, ship="2025-12-05", due="2026-01-05",
        received=30_000, received_on="2025-12-31"),  # receipts are booked up to A
    late("L1", "Lone Debtor", 60_000, "2025-11-01"),  # 60 days: exposure 60,000
    late("I1", "Insured Debtor", 60_000, "2025-11-01", insured="中信保 90%"),
    row("O1", "Over Limit", "2025-11-20", 40_000, ship="2025-12-01", due="2026-01-30",
        limit=30_000),
    row("K1", "Limit Ok", "2025-11-20", 20_000, ship="2025-12-01", due="2026-01-30",
        limit="30,000"),
    *(late(f"S{n}", f"Sister {n}", 20_000, "2025-11-10") for n in "ABC"),  # 51 days each
    row("SD", "Sister D", "2025-10-01", 25_000, ship="2025-10-05", due="2025-11-05",
        received=25_000, received_on="2025-11-05"),
]
DAYS = {"Lone Debtor": 60, "Sister A": 51}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, *ROWS]})
    return imported(tmp_path / "firm.sqlite", path)


def by_name(db: Path) -> dict[str, dict]:
    return customers(db, A)["by_name"]


def change(db: Path, *args: str) -> str:
    return cli("customer", *args, "--db", str(db))


def score(days: int, overdue: float, risky_left: float, exposure_left: float) -> int:
    """The risk score of an account whose every open invoice is overdue on OA terms, with no
    settled invoice: what the insurance leaves counts in the terms and exposure components."""
    return round(min(days / RULES.risk_days_full, 1) * RULES.risk_weight_days
                 + RULES.risk_weight_overdue_share + risky_left * RULES.risk_weight_terms
                 + min(overdue * exposure_left / LIMIT, 1) * RULES.risk_weight_capital)


# --- the ledger -------------------------------------------------------------------------------

def test_insurance_cells_as_clerks_write_them():
    assert cover("中信保 90%") == Cover(True, "Sinosure", 90.0)
    assert cover("是", "中国出口信用保险公司", "85%") == Cover(True, "Sinosure", 85.0)
    assert cover(None, "Coface", 0.8) == Cover(True, "Coface", 80.0)  # Excel's 80 %
    assert cover("Allianz Trade 75%") == Cover(True, "Allianz Trade", 75.0)
    assert cover("否", "Sinosure", 90) == Cover(False)  # "no" wins over the other cells
    assert cover("未投保") == Cover(False)
    assert cover(None) == Cover(None)
    assert cover("是") == Cover(True)  # the share comes from the setting


def test_limit_and_insurance_from_ledger_columns(db: Path):
    c = by_name(db)
    assert c["Over Limit"]["credit_limit"] == 30_000
    assert c["Over Limit"]["credit_limit_set"] == {"amount": 30_000, "currency": "USD",
                                                  "source": "ledger"}
    assert c["Over Limit"]["over_credit_limit"] and not c["Limit Ok"]["over_credit_limit"]
    assert c["Limit Ok"]["credit_limit"] == 30_000  # "30,000" written as text
    assert c["Insured Debtor"]["insured"] == {"insurer": "Sinosure", "percent": 90.0,
                                              "source": "ledger"}
    assert c["Lone Debtor"]["insured"] is None and c["Lone Debtor"]["credit_limit"] is None


def test_other_headers_and_a_limit_in_its_own_currency(tmp_path: Path):
    header = ["客户", "日期", "金额", "信用额度(EUR)", "保险公司", "投保比例"]
    rows = [["Euro Buyer", date(2025, 6, 1), 10_000, 40_000, "中国信保", "85%"],
            ["Coface Buyer", date(2025, 6, 2), 10_000, None, "Coface", 0.8],
            ["Plain Buyer", date(2025, 6, 3), 10_000, None, None, None]]
    db = imported(tmp_path / "f.sqlite", write_xlsx(tmp_path / "l.xlsx", {"S": [header, *rows]}))
    c = by_name(db)
    with opened(db) as conn:
        eur = Rates(conn, "USD").factor("EUR", A)
    assert eur is not None and eur != 1
    assert c["Euro Buyer"]["credit_limit"] == round(40_000 * eur, 2)
    assert c["Euro Buyer"]["credit_limit_set"]["currency"] == "EUR"
    assert c["Euro Buyer"]["insured"]["insurer"] == "Sinosure"
    assert c["Euro Buyer"]["insured"]["percent"] == 85
    assert c["Coface Buyer"]["insured"] == {"insurer": "Coface", "percent": 80.0,
                                            "source": "ledger"}
    assert c["Plain Buyer"]["insured"] is None


# --- limits -----------------------------------------------------------------------------------

def test_over_the_limit_is_a_reason_and_the_watch_list(db: Path):
    c = by_name(db)["Over Limit"]
    assert c["max_days_overdue"] == 0 and c["list"] == "watch"
    assert c["list_reason"]["code"] == "over_credit_limit"
    assert "over_credit_limit" in [m["code"] for m in c["reasons"]]
    assert "over_credit_limit" in [m["code"] for m in c["red_flags"]]


def test_a_limit_set_by_hand_wins_survives_a_reimport_and_clears(db: Path, tmp_path: Path):
    said = change(db, "limit", "Over Limit", "50,000", "--note", "Sinosure approval")
    assert "50,000 USD" in said
    c = by_name(db)["Over Limit"]
    assert c["credit_limit_set"]["source"] == "hand" and not c["over_credit_limit"]
    assert c["list"] != "watch"
    # next month's ledger says the old limit again: the hand-set one still wins
    again = write_xlsx(tmp_path / "again.xlsx", {"台账": [HEADER, *ROWS, row(
        "O2", "Over Limit", "2025-12-20", 1_000, ship="2025-12-22", due="2026-02-20",
        limit=30_000)]})
    imported(db, again)
    assert by_name(db)["Over Limit"]["credit_limit"] == 50_000
    change(db, "limit", "Over Limit", "0")  # no limit at all, whatever the ledger says
    c = by_name(db)["Over Limit"]
    assert c["credit_limit"] is None and c["credit_limit_set"]["amount"] == 0
    change(db, "limit", "Over Limit", "--clear")
    c = by_name(db)["Over Limit"]
    assert c["credit_limit_set"]["source"] == "ledger" and c["list"] == "watch"


def test_a_limit_in_another_currency_and_refusals(db: Path):
    change(db, "limit", "Lone Debtor", "10000", "--currency", "eur")
    with opened(db) as conn:
        eur = Rates(conn, "USD").factor("EUR", A)
    assert eur is not None
    assert by_name(db)["Lone Debtor"]["credit_limit"] == round(10_000 * eur, 2)
    for args in (("limit", "Lone Debtor", "lots"), ("limit", "Lone Debtor", "5", "--currency",
                                                    "XYZ"), ("limit", "Lone Debtor"),
                 ("insure", "Lone Debtor", "--percent", "140"), ("limit", "Nobody", "5")):
        with pytest.raises(AssertionError):
            change(db, *args)


# --- insurance --------------------------------------------------------------------------------

def test_insurance_lowers_the_score_and_keeps_a_customer_off_the_black_list(db: Path):
    c = by_name(db)
    lone, insured = c["Lone Debtor"], c["Insured Debtor"]
    days = DAYS["Lone Debtor"]
    assert lone["max_days_overdue"] == insured["max_days_overdue"] == days
    assert lone["risk_score"] == score(days, 60_000, 1.0, 1.0)
    assert insured["risk_score"] == score(days, 60_000, 0.1, 0.1) < lone["risk_score"]
    # only the money-at-risk components change; how it pays is its own
    for part in ("days", "overdue_share", "history"):
        assert lone["risk_points"][part] == insured["risk_points"][part]
    assert lone["list"] == "black" and lone["list_reason"]["code"] == "stop_loss_exposure"
    assert insured["exposure"] == 60_000
    assert insured["uninsured_exposure"] == pytest.approx(6_000)
    assert insured["insured_open"] == 54_000
    assert insured["list"] == "watch" and not insured["stop_loss"]
    assert "insured" in [m["code"] for m in insured["reasons"]]


def test_insurance_by_hand_wins_and_the_limit_caps_the_cover(db: Path):
    change(db, "insure", "Insured Debtor", "--percent", "0")  # not insured after all
    assert by_name(db)["Insured Debtor"]["list"] == "black"
    change(db, "insure", "Insured Debtor", "--clear")
    change(db, "limit", "Insured Debtor", "40000")  # Sinosure pays only within the limit
    c = by_name(db)["Insured Debtor"]
    assert c["insured_open"] == 0.9 * min(60_000, 40_000)
    assert c["uninsured_exposure"] == pytest.approx(60_000 * (1 - 0.9 * 40_000 / 60_000))
    assert c["list"] == "watch"  # 24,000 left to the firm: under the limit
    change(db, "insure", "Lone Debtor", "--insurer", "Coface", "--percent", "80%")
    lone = by_name(db)["Lone Debtor"]
    assert lone["insured"] == {"insurer": "Coface", "percent": 80.0, "source": "hand"}
    assert lone["list"] == "watch"  # 12,000 uninsured
    change(db, "insure", "Lone Debtor", "--insurer", "中国信保")  # another insurer, same share
    assert by_name(db)["Lone Debtor"]["insured"]["insurer"] == "Sinosure"
    assert by_name(db)["Lone Debtor"]["insured"]["percent"] == 80.0
    change(db, "insure", "Payer")  # no share given anywhere: the setting's
    assert by_name(db)["Payer"]["insured"]["percent"] == RULES.insured_default_pct


# --- groups -----------------------------------------------------------------------------------

def lists(db: Path) -> dict[str, str | None]:
    return {name: c["list"] for name, c in by_name(db).items()}


def test_three_small_sisters_trip_the_exposure_limit_together(db: Path):
    before = lists(db)
    sisters = [f"Sister {n}" for n in "ABC"]
    for name in sisters:  # each alone: 20,000, under the limit; on the watch list for its days
        assert before[name] == "watch"
    said = change(db, "group", *sisters, "Sister D", "--as", "Lin family")
    assert "Lin family" in said and "“Sister A”" in said
    c = by_name(db)
    total = 3 * 20_000
    assert total > LIMIT > 20_000
    for name in sisters:
        assert c[name]["group"] == "Lin family"
        assert c[name]["group_exposure"] == total
        assert c[name]["list"] == "black" and c[name]["stop_loss"]
        assert c[name]["list_reason"]["code"] == "stop_loss_group"
        assert "Lin family" in c[name]["list_reason"]["text"]
    assert c["Sister D"]["group_members"] == [*sisters, "Sister D"]
    assert c["Sister D"]["list"] == "watch"  # owes nothing overdue: watched with its group
    assert c["Sister D"]["list_reason"]["code"] == "group_black"
    # undo takes the whole group back: the lists are as before
    assert "Undone" in change(db, "undo")
    assert lists(db) == before


def test_ungroup_and_an_insured_sister_bring_the_group_under_the_limit(db: Path):
    before = lists(db)
    change(db, "group", "Sister A", "Sister B", "Sister C", "--as", "Lin")
    change(db, "insure", "Sister C", "--percent", "90")
    c = by_name(db)
    assert c["Sister A"]["group_exposure"] == pytest.approx(20_000 + 20_000 + 2_000)
    assert c["Sister A"]["list"] == "watch"  # 42,000: under the limit
    change(db, "insure", "Sister C", "--clear")
    assert by_name(db)["Sister A"]["list"] == "black"
    change(db, "ungroup", "Sister C")
    c = by_name(db)
    assert c["Sister A"]["group_exposure"] == 40_000 and c["Sister C"]["group"] is None
    assert c["Sister A"]["list"] == "watch"
    change(db, "ungroup", "Sister A", "Sister B")
    assert lists(db) == before
    # a group joined under another spelling is the same group
    change(db, "group", "Sister A", "--as", "LIN")
    change(db, "group", "Sister B", "--as", "lin")
    assert by_name(db)["Sister B"]["group"] == "LIN"


def test_over_the_limit_puts_the_whole_group_on_the_watch_list(db: Path):
    assert by_name(db)["Limit Ok"]["list"] != "watch"
    change(db, "group", "Over Limit", "Limit Ok", "--as", "Twins")
    c = by_name(db)["Limit Ok"]
    assert c["list"] == "watch" and c["list_reason"]["code"] == "group_over_limit"
    assert "Over Limit" in c["list_reason"]["text"]


def test_overrides_list_and_a_correction_makes_snapshots_stale(db: Path):
    with opened(db) as conn:
        assert stale(conn) != []  # nothing computed yet
    cli("movements", "--db", str(db), "--json")
    with opened(db) as conn:
        assert stale(conn) == []
    change(db, "limit", "Payer", "1000")
    change(db, "group", "Payer", "Sister D", "--as", "Pair")
    with opened(db) as conn:
        assert stale(conn) != []  # the month ends are judged with the new limit
    listed = json.loads(cli("customer", "overrides", "--db", str(db), "--json"))["overrides"]
    assert sorted(r["kind"] for r in listed) == ["credit_limit", "group", "group"]
    text = cli("customer", "overrides", "--db", str(db))
    assert "1,000 USD" in text and "Pair" in text


def test_the_analysis_object_carries_what_the_json_shows(db: Path):
    change(db, "group", "Sister A", "Sister B", "--as", "Pair")
    with opened(db) as conn:
        analysis = analyse(conn, A)
    [a] = [c for c in analysis.customers if c.customer == "Sister A"]
    assert a.credit_group == "Pair" and a.credit_group_members == ["Sister A", "Sister B"]
    assert a.credit_group_exposure == 40_000


def test_a_schema_5_database_keeps_its_corrections_and_takes_the_new_ones(tmp_path: Path):
    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path)
    for script in MIGRATIONS[:5]:
        old.executescript(script)
    old.execute("INSERT INTO customers(key, name, credit_limit, insured) "
                "VALUES ('acme', 'ACME', 5000, 1)")
    old.execute("INSERT INTO overrides(kind, customer_key, target, created_at) "
                "VALUES ('pin_list', 'acme', 'watch', '2025-01-01T00:00:00')")
    old.execute("PRAGMA user_version = 5")
    old.commit()
    old.close()
    with opened(path) as conn:
        assert [tuple(r) for r in conn.execute("SELECT kind, customer_key, target FROM "
                                               "overrides")] == [("pin_list", "acme", "watch")]
        row = conn.execute("SELECT credit_limit, insured, credit_limit_currency, insurer, "
                           "insured_pct FROM customers").fetchone()
        assert tuple(row) == (5000, 1, None, None, None)
        set_limit(conn, "ACME", "7000")
        group(conn, ["ACME"], "Acme group")
        kinds = {r[0] for r in conn.execute("SELECT kind FROM overrides")}
        assert kinds == {"pin_list", "credit_limit", "group"}


def test_the_corrections_view_takes_each_back(db: Path):
    from ui import operations  # the view's own way back, without a screen

    change(db, "limit", "Over Limit", "50000")
    change(db, "insure", "Lone Debtor", "--percent", "85")
    change(db, "group", "Sister A", "Sister B", "--as", "Pair")
    with opened(db) as conn:
        rows = {(r["kind"], r["customer_key"]) for r in conn.execute(
            "SELECT kind, customer_key FROM overrides")}
    assert {kind for kind, _ in rows} == {"credit_limit", "insure", "group"}
    for kind, key in sorted(rows):
        said = operations.revert_override(db, kind, key)
        assert said.code == {"credit_limit": "limit_clear", "insure": "insure_clear",
                             "group": "ungroup"}[kind], (kind, key)
    with opened(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM overrides").fetchone()[0] == 0
    c = by_name(db)
    assert c["Over Limit"]["credit_limit_set"]["source"] == "ledger"
    assert c["Lone Debtor"]["insured"] is None and c["Sister A"]["group"] is None
