"""customers, report and settings from the command line: JSON keys, filters, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ledgers import build, receivables_ledger, ten_customers
from test_cli import cli

CUSTOMER_KEYS = {"customer", "tier", "orders_12m", "revenue_12m", "avg_order_12m",
                 "gross_profit_12m", "recency_days", "rfmt", "open_amount", "overdue_amount",
                 "max_days_overdue", "risk_score", "risk_grade", "stop_loss", "list", "reasons"}


@pytest.fixture
def ten_db(tmp_path: Path) -> Path:
    build(tmp_path, ten_customers()).close()
    return tmp_path / "firm.sqlite"


def test_customers_json_has_every_documented_key(ten_db: Path):
    code, out, err = cli("customers", "--db", str(ten_db), "--as-of", "2025-12-31", "--json")
    assert code == 0, err
    payload = json.loads(out)
    assert (payload["as_of"], payload["base_currency"]) == ("2025-12-31", "USD")
    rows = {c["customer"]: c for c in payload["customers"]}
    assert all(set(c) >= CUSTOMER_KEYS for c in rows.values())
    assert rows["C1"]["tier"] == "strategic" and rows["C11"]["tier"] == "prospect"
    assert rows["C6"]["rfmt"] == {"r": True, "f": False, "m": False, "t": None}
    assert rows["C1"]["revenue_12m"] == 270_000 and rows["C1"]["gross_profit_12m"] == 54_000
    assert all({"code", "text"} <= set(r) for c in rows.values() for r in c["reasons"])


def test_customers_tier_filter_and_text_table(ten_db: Path):
    code, out, _ = cli("customers", "--db", str(ten_db), "--as-of", "2025-12-31", "--tier",
                       "core", "--json")
    assert [c["customer"] for c in json.loads(out)["customers"]] == ["C2", "C10", "C5"]
    code, out, _ = cli("--lang", "zh_CN", "customers", "--db", str(ten_db), "--as-of",
                       "2025-12-31")
    assert code == 0 and "战略" in out and "C1" in out and "截至 2025-12-31" in out


def test_risk_list_in_json(tmp_path: Path):
    build(tmp_path, receivables_ledger(), receipts_date="2025-12-31").close()
    code, out, _ = cli("customers", "--db", str(tmp_path / "firm.sqlite"), "--json", "--as-of",
                       "2025-12-31")
    rows = {c["customer"]: c for c in json.loads(out)["customers"]}
    assert (rows["Day SixtyOne"]["list"], rows["Day SixtyOne"]["stop_loss"]) == ("black", True)
    assert rows["Day SixtyOne"]["max_days_overdue"] == 61
    assert rows["Day SixtyOne"]["risk_grade"] == "C"


def test_report_json_and_text(ten_db: Path):
    code, out, _ = cli("report", "--db", str(ten_db), "--as-of", "2025-12-31", "--json")
    found = json.loads(out)
    assert code == 0 and found["active_customers"] == 10 and found["prospects"] == 1
    assert found["benchmarks"]["top20_profit_share"] == 0.83
    assert [t["count"] for t in found["tiers"]] == [2, 3, 5]
    code, out, _ = cli("--lang", "en", "report", "--db", str(ten_db))
    assert code == 0 and "Top 20% of customers give" in out


def test_settings_list_set_and_refuse(ten_db: Path):
    code, out, _ = cli("settings", "--db", str(ten_db), "--json")
    values = {s["key"]: s for s in json.loads(out)["settings"]}
    assert values["stop_loss_days"]["value"] == 60 and values["stop_loss_days"]["explanation"]
    assert cli("settings", "set", "stop_loss_days", "45", "--db", str(ten_db))[0] == 0
    code, out, _ = cli("settings", "--db", str(ten_db), "--json")
    assert {s["key"]: s["value"] for s in json.loads(out)["settings"]}["stop_loss_days"] == 45
    code, _, err = cli("settings", "set", "stop_loss_days", "soon", "--db", str(ten_db))
    assert code == 1 and "soon" in err
    code, _, err = cli("settings", "set", "no_such_thing", "1", "--db", str(ten_db))
    assert code == 1 and "no_such_thing" in err
    code, _, err = cli("settings", "set", "core_expected_rung", "cash", "--db", str(ten_db))
    assert code == 1
    for endless in ("nan", "inf", "Infinity"):  # floats, but no threshold: refused, not kept
        code, _, err = cli("settings", "set", "stop_loss_avg_order_usd", endless,
                           "--db", str(ten_db))
        assert code == 1 and endless in err
    code, out, _ = cli("settings", "--db", str(ten_db), "--json")
    assert {s["key"]: s["value"] for s in json.loads(out)["settings"]}[
        "stop_loss_avg_order_usd"] == 20_000


def test_bad_as_of_is_a_usage_error(ten_db: Path):
    code, _, err = cli("customers", "--db", str(ten_db), "--as-of", "31/12/2025")
    assert code == 2 and "31/12/2025" in err
