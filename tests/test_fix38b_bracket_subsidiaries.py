"""fix38b: a bracket holding a country, a region or a group word is the firm's own subsidiary,
not an agent's end customer (core.similarity.outside_brackets, core.ledger.alike_customers).

Before, "Apex (UK) Ltd", "Apex (Europe) Ltd" and "Apex (Holdings) Ltd" imported together drew
3 "Possibly one customer … differ only in brackets (an agent's end customers?) … merge them"
notes: a clerk following them lets the UK subsidiary's wire pay the European one's invoices.
Names wholly in brackets, "(A)" and "(B)", paired too. Each test writes one ledger with
openpyxl and imports it through main.py (account_cli.cli), reading the import's warnings.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from account_cli import cli
from ledgers import write_xlsx

HEADER = ["订单号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "实收金额",
          "收款日期"]


def _bracketed(tmp_path: Path, names: list[str]) -> list[str]:
    """Each name's one paid order imported: the texts of the "differ only in brackets" notes."""
    rows = [[f"X-{n}", name, date(2026, 1, 5), date(2026, 1, 10), 1_000 * n, "USD",
             "T/T in advance", 1_000 * n, date(2026, 1, 5)] for n, name in enumerate(names, 1)]
    book = write_xlsx(tmp_path / "台账.xlsx", {"台账": [HEADER, *rows]})
    [report] = json.loads(cli("import", "--db", str(tmp_path / "firm.sqlite"), str(book),
                              "--json"))["files"]
    assert report["status"] == "imported", report
    return [w["text"] for w in report["warnings"] if w["code"] == "customer_bracketed"]


@pytest.mark.parametrize("names", [
    ["Apex (UK) Ltd", "Apex (Europe) Ltd", "Apex (Holdings) Ltd"],
    ["Apex (USA) Inc", "Apex Inc", "Apex (Asia Pacific) Inc"],
    ["Apex (Germany) Ltd", "Apex (Vietnam) Ltd", "Apex (Singapore) Ltd"],
    ["Apex (US)", "Apex (EU)", "Apex (Group)", "Apex (International)", "Apex"],
    ["华美（美国）有限公司", "华美（英国）有限公司", "华美（欧洲）有限公司", "华美（集团）有限公司",
     "华美（控股）有限公司"],
    ["Apex (Pty) Ltd", "Apex Ltd"],
    ["(A)", "(B)"],
    ["(Lidl)", "(Aldi)"],
])
def test_subsidiaries_and_bare_brackets_are_not_an_agent_s_end_customers(tmp_path: Path,
                                                                         names):
    """Separate firms of one group (a country, region, group or legal form in brackets), and
    names with nothing outside their brackets: no note to merge them (was one a pair)."""
    assert _bracketed(tmp_path, names) == []


@pytest.mark.parametrize(("one", "other"), [
    ("ABC Agency (for Lidl)", "ABC Agency（Aldi）"),
    ("ABC Agency (für Aldi)", "ABC Agency (Lidl UK)"),
    ("ABC Agency（代 Lidl）", "ABC Agency"),
    ("华美贸易（给 Aldi）", "华美贸易（Lidl）"),
])
def test_an_agent_s_end_customers_are_still_pointed_out(tmp_path: Path, one, other):
    """An end customer in brackets (for/für/代/给, or a bare brand, a country beside it or
    not): one note naming both, as stop38 says. Unchanged."""
    [said] = _bracketed(tmp_path, [one, other])
    assert one in said and other in said
