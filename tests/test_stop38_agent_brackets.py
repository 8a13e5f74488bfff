"""An agent writing the end customer it buys for in brackets is pointed out as one customer.

The brief's counterparty is the buyer the firm invoices and who pays: ABC Agency, which buys
for Lidl and Aldi, the clerk writing "ABC Agency (for Lidl)" and "ABC Agency（Aldi）". Lidl's
L-1, 8,000 USD on OA 30 days shipped 01-10, and Aldi's A-1, 9,000 shipped 05-10; the agent's
one 17,000 wire for both booked on A-1's row. Keyed by name, the two are two customers: before,
"ABC Agency (for Lidl)" stayed 8,000 open, 139 days past due, black-listed, beside "ABC Agency
（Aldi）" holding 8,000 credit on account, and the import said nothing (the names are not close
letter for letter). Now the import names the pair as one agent's; merged, nothing is open and
neither is on a list. A place in brackets is the registration's own: "ABC (HK) Ltd" and "ABC
(Shenzhen) Ltd" are two firms, not pointed out.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from account_cli import cli, customers
from ledgers import write_xlsx

HEADER = ["订单号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "实收金额",
          "收款日期"]
LIDL, ALDI = "ABC Agency (for Lidl)", "ABC Agency（Aldi）"


def _import(tmp_path: Path, rows: list[list[object]]) -> tuple[Path, list[dict[str, str]]]:
    book = write_xlsx(tmp_path / "台账.xlsx", {"台账": [HEADER, *rows]})
    db = tmp_path / "firm.sqlite"
    [report] = json.loads(cli("import", "--db", str(db), str(book), "--json"))["files"]
    assert report["status"] == "imported", report
    return db, report["warnings"]


def test_an_agents_end_customers_in_brackets_are_pointed_out(tmp_path: Path) -> None:
    db, warnings = _import(tmp_path, [
        ["L-1", LIDL, date(2026, 1, 5), date(2026, 1, 10), 8_000, "USD", "OA 30 days", None,
         None],
        ["A-1", ALDI, date(2026, 5, 5), date(2026, 5, 10), 9_000, "USD", "OA 30 days", 17_000,
         date(2026, 6, 28)]])
    said = [w for w in warnings if w["code"] == "customer_bracketed"]
    assert len(said) == 1 and LIDL in said[0]["text"] and ALDI in said[0]["text"]
    found = customers(db, date(2026, 6, 30))["by_name"]
    assert (found[LIDL]["open_amount"], found[LIDL]["max_days_overdue"], found[LIDL]["list"]) == (
        8_000.0, 139, "black")
    assert found[ALDI]["credit_on_account"] == 8_000.0
    cli("customer", "merge", ALDI, LIDL, "--db", str(db))
    agent = customers(db, date(2026, 6, 30))["by_name"][ALDI]
    assert (agent["open_amount"], agent["credit_on_account"], agent["list"]) == (0.0, 0.0, None)


def test_a_place_in_brackets_is_another_firm(tmp_path: Path) -> None:
    _, warnings = _import(tmp_path, [
        ["H-1", "ABC (HK) Ltd", date(2026, 1, 5), date(2026, 1, 10), 8_000, "USD",
         "T/T in advance", 8_000, date(2026, 1, 5)],
        ["S-1", "ABC (Shenzhen) Ltd", date(2026, 2, 5), date(2026, 2, 10), 9_000, "USD",
         "T/T in advance", 9_000, date(2026, 2, 5)]])
    assert "customer_bracketed" not in [w["code"] for w in warnings]
