"""The stop-loss what-if: every figure is the sum over the customers it names, as
`customers --json` shows them, and the stop-loss workbook carries the same figures."""

from __future__ import annotations

import json
import math
from pathlib import Path

import openpyxl
import pytest
from ledgers import build, order
from test_cli import cli

AS_OF = "2025-12-31"


def _ledger(cost: bool = True) -> list[list[object]]:
    """Two small late payers (black), one slow big one (watch), three who pay."""
    def r(no: str, customer: str, day: str, amount: float, margin: float, **kw: object):
        return order(no, customer, day, amount, cost=amount * (1 - margin) if cost else None,
                     **kw)

    return [
        r("SL1", "Small Late", "2025-07-01", 5_000, 0.10, ship="2025-07-10", due="2025-09-01"),
        r("SL2", "Small Late", "2025-03-01", 4_000, 0.12, ship="2025-03-10", due="2025-04-10",
          received=4_000, received_on="2025-04-10"),
        r("TL1", "tiny late", "2025-08-01", 3_000, 0.08, ship="2025-08-05", due="2025-10-01"),
        r("TL2", "tiny late", "2025-09-01", 3_000, 0.08, ship="2025-09-05", due="2025-10-01",
          received=1_000, received_on="2025-10-01"),
        r("WM1", "Watch Me", "2025-10-01", 30_000, 0.22, ship="2025-10-05", due="2025-11-15"),
        *[r(f"GB{n}", "Good Big", f"2025-{m:02d}-01", 100_000, 0.40, ship=f"2025-{m:02d}-10",
            due=f"2025-{m + 1:02d}-10", received=100_000, received_on=f"2025-{m + 1:02d}-08")
          for n, m in enumerate((2, 5, 8), start=1)],
        *[r(f"CF{n}", "Core Fine", f"2025-{m:02d}-01", 40_000, 0.28, ship=f"2025-{m:02d}-10",
            due=f"2025-{m + 1:02d}-10", received=40_000, received_on=f"2025-{m + 1:02d}-10")
          for n, m in enumerate((4, 9), start=1)],
        r("MD1", "Mid", "2025-06-01", 15_000, 0.18, ship="2025-06-10", due="2025-07-10",
          received=15_000, received_on="2025-07-10"),
    ]


@pytest.fixture
def firm(tmp_path: Path) -> Path:
    build(tmp_path, _ledger(), receipts_date=AS_OF).close()
    return tmp_path / "firm.sqlite"


def _run(db: Path, *args: str) -> tuple[int, dict, str]:
    code, out, err = cli(*args, "--db", str(db), "--as-of", AS_OF, "--json")
    return code, json.loads(out) if code == 0 else {}, err


def _customers(db: Path) -> dict[str, dict]:
    return {c["customer"]: c for c in _run(db, "customers")[1]["customers"]}


def _rate(db: Path) -> float:
    code, out, _ = cli("settings", "--db", str(db), "--json")
    return next(s["value"] for s in json.loads(out)["settings"] if s["key"] == "capital_rate_pct")


def _expected(db: Path, names: set[str]) -> dict[str, object]:
    """The what-if worked out here from the customer table."""
    rows = _customers(db)
    named = [rows[n] for n in names]
    revenue = math.fsum(c["revenue_12m"] for c in rows.values())
    profit = math.fsum(c["gross_profit_12m"] for c in rows.values())
    lost_revenue = math.fsum(c["revenue_12m"] for c in named)
    lost_profit = math.fsum(c["gross_profit_12m"] for c in named)
    overdue = math.fsum(c["overdue_amount"] for c in named)
    return {
        "customers": sorted(names, key=str.casefold),
        "revenue_given_up": round(lost_revenue, 2),
        "gross_profit_given_up": round(lost_profit, 2),
        "receivable_at_risk": round(math.fsum(c["open_amount"] for c in named), 2),
        "capital_cost_saved_per_year": round(overdue * _rate(db) / 100, 2),
        "orders_saved": sum(c["orders_12m"] for c in named),
        "margin_before": round(profit / revenue, 4),
        "margin_after": round((profit - lost_profit) / (revenue - lost_revenue), 4),
    }


def _listed(db: Path, code: str) -> set[str]:
    return {n for n, c in _customers(db).items() if c["list"] == code}


def test_the_black_list_by_default(firm: Path):
    black = _listed(firm, "black")
    assert black == {"Small Late", "tiny late"}  # the ledger's two small late payers
    code, found, err = _run(firm, "what-if")
    assert code == 0, err
    assert {k: found[k] for k in _expected(firm, black)} == _expected(firm, black)
    assert found["capital_tied_up"] == round(sum(_customers(firm)[n]["overdue_amount"]
                                                 for n in black), 2)
    assert found["firm"]["orders"] == sum(c["orders_12m"] for c in _customers(firm).values())
    assert found["receivable_at_risk"] > 0 and found["margin_after"] > found["margin_before"]
    texts = " ".join(m["text"] for m in found["article_comparison"])
    assert "Dongguan" in texts and "one firm's account" in texts


def test_the_watch_list_and_named_customers(firm: Path):
    watch = _listed(firm, "watch")
    assert watch == {"Watch Me"}  # 30,000 USD 46 days past due: past watch_days, no black
    code, found, _ = _run(firm, "what-if", "--list", "watch")
    assert {k: found[k] for k in _expected(firm, watch)} == _expected(firm, watch)
    # names as a clerk types them, alone or with a list
    code, found, _ = _run(firm, "what-if", "--customers", "good big", " MID ")
    assert code == 0
    assert {k: found[k] for k in _expected(firm, {"Good Big", "Mid"})} == _expected(
        firm, {"Good Big", "Mid"})
    assert found["margin_after"] < found["margin_before"]  # the best margins given up
    code, found, _ = _run(firm, "what-if", "--list", "black", "--customers", "Mid")
    assert set(found["customers"]) == _listed(firm, "black") | {"Mid"}


def test_an_unknown_name_is_refused_with_suggestions(firm: Path):
    code, _, err = _run(firm, "what-if", "--customers", "Good Bg")
    assert code == 1 and "Good Bg" in err and "Good Big" in err


def test_text_in_both_languages(firm: Path):
    code, out, _ = cli("what-if", "--db", str(firm), "--as-of", AS_OF)
    assert code == 0 and "Small Late" in out and "Revenue given up" in out
    assert "net profit grew 120%" in out
    code, out, _ = cli("--lang", "zh_CN", "what-if", "--db", str(firm), "--as-of", AS_OF)
    assert code == 0 and "东莞" in out and "放弃的销售额" in out


def test_without_cost_the_profit_is_unknown_and_said_so(tmp_path: Path):
    build(tmp_path, _ledger(cost=False), receipts_date=AS_OF).close()
    code, found, _ = _run(tmp_path / "firm.sqlite", "what-if")
    assert found["gross_profit_given_up"] is None and found["margin_after"] is None
    assert found["revenue_given_up"] == 5_000 + 4_000 + 3_000 + 3_000  # the black list's orders
    assert "what_if_no_cost" in [m["code"] for m in found["article_comparison"]]


def test_the_stop_loss_workbook_opens_with_the_same_figures(firm: Path, tmp_path: Path):
    target = tmp_path / "stop.xlsx"
    assert cli("export", "stop-loss", "--db", str(firm), "--as-of", AS_OF, "-o",
               str(target))[0] == 0
    _, found, _ = _run(firm, "what-if")
    sheet = openpyxl.load_workbook(target)["Overview"]
    cells = {row[0].value: row[1] for row in sheet.iter_rows() if row[0].value}
    assert cells["Revenue given up (USD)"].value == found["revenue_given_up"]
    assert cells["Gross profit given up (USD)"].value == found["gross_profit_given_up"]
    assert cells["Receivable at risk (USD)"].value == found["receivable_at_risk"]
    assert cells["Orders no longer handled"].value == found["orders_saved"]
    assert cells["Orders no longer handled"].number_format == "0"
    assert cells["Gross margin after"].value == found["margin_after"]
    assert cells["Gross margin after"].number_format == "0.0%"
    assert cells["Revenue given up (USD)"].number_format == "#,##0"  # whole, as the window (pdf39)
    assert any("Dongguan" in str(v) for v in cells)
    # a salesperson's copy leaves the firm's figures out
    code, out, _ = cli("export", "stop-loss", "--db", str(firm), "--as-of", AS_OF, "-o",
                       str(tmp_path / "sales.xlsx"), "--by-salesperson")
    copy = openpyxl.load_workbook(out.splitlines()[0])["Overview"]
    assert not any("Revenue given up" in str(r[0].value) for r in copy.iter_rows())


def test_a_share_of_a_firm_losing_money_is_no_share():
    """Cutting a customer earning 100 from a firm losing 50 overall gave up "-200 %" of the
    firm's profit; the firm report's and the pyramid's shares read none there too."""
    from core.analysis.what_if import WhatIf

    def cut(firm_profit: float) -> WhatIf:
        return WhatIf("2025-06-30", "USD", ["Win"], 1000.0, 100.0, 0.0, 0.0, 0.0, 1, None,
                      None, 5000.0, firm_profit, 10, 2, 12.0)

    assert cut(-50.0).gross_profit_share is None
    assert cut(0.0).gross_profit_share is None
    assert cut(-50.0).as_json()["shares"]["gross_profit"] is None
    assert cut(400.0).gross_profit_share == 100.0 / 400.0
