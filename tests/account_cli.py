"""The command line as the issue-8 checks use it: import ledgers, set rules, read the JSON."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

from ledgers import write_xlsx

from core.cli.main import run


def cli(*args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--lang", "en", *args], out, err)
    assert code == 0, err.getvalue()
    return out.getvalue()


def imported(db: Path, *files: Path, **rules: object) -> Path:
    """`import` each file, then `settings set` each rule; the database."""
    for path in files:
        report = json.loads(cli("import", "--db", str(db), str(path), "--json"))
        assert [f["status"] for f in report["files"]] == ["imported"], report
    for key, value in rules.items():
        cli("settings", "set", key, str(value), "--db", str(db))
    return db


def ledger(tmp_path: Path, header: list[str], rows: list[list[object]], **rules: object
           ) -> Path:
    """One sheet written with openpyxl and imported; the database."""
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [header, *rows]})
    return imported(tmp_path / "firm.sqlite", path, **rules)


def customers(db: Path, as_of: date) -> dict[str, Any]:
    """`customers --json`: the payload, with the customers by name under "by_name"."""
    payload = json.loads(cli("customers", "--db", str(db), "--as-of", as_of.isoformat(),
                             "--json"))
    payload["by_name"] = {c["customer"]: c for c in payload["customers"]}
    return payload


def firm(db: Path, as_of: date) -> dict[str, Any]:
    return json.loads(cli("report", "--db", str(db), "--as-of", as_of.isoformat(), "--json"))


def invoice(c: dict[str, Any], number: str) -> dict[str, Any]:
    """One receivable of a customer by its invoice or order number."""
    [found] = [r for r in c["receivables"] if number in (r["invoice_no"], r["order_no"])]
    return found


def open_invoices(c: dict[str, Any]) -> dict[str, float]:
    return {r["invoice_no"] or r["order_no"]: r["open"] for r in c["receivables"] if r["open"]}


def d(text: str) -> date:
    return date.fromisoformat(text)
