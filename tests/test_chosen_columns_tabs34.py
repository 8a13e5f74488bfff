"""A column chosen for a workbook whose tabs differ in shape (tabs34).

A firm's workbook holds monthly order tabs ("1月", "2月") headed 成交额 for the amount, which
the app does not know, and a payments tab ("收款") with its own columns. The clerk chose
成交额 as the amount; the choice was applied to every tab, and as 收款 has no 成交额 the import
refused the whole file ("No column is headed “成交额” …"): the workbook could not be imported
at all, by the dialog, by `main.py import --map`, nor previewed. A chosen header now applies to
the tabs that have it; a tab without it keeps its own columns, or is passed over by itself,
named, when it lacks a required one.
"""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from account_cli import customers
from ledgers import write_xlsx
from reference_import import reference_import_files

from core.cli.main import run
from core.ledger.chosen_columns import chosen_mapping
from core.ledger.importer import import_files
from core.ledger.preview import preview_file
from core.store import connect

ORDERS = ["订单号", "客户", "下单日期", "成交额", "币种"]
JANUARY = [ORDERS, ["PO-1", "Acme Trading", date(2025, 1, 10), 10000, "USD"],
           ["PO-2", "Bolt Industrial", date(2025, 1, 20), 5000, "USD"]]
FEBRUARY = [ORDERS, ["PO-3", "Acme Trading", date(2025, 2, 5), 8000, "USD"]]
PAYMENTS = [["客户", "收款日期", "收款金额"], ["Acme Trading", date(2025, 2, 15), 6000],
            ["Bolt Industrial", date(2025, 2, 20), 5000]]
# a tab lacking both the chosen header and an amount of its own: passed over by itself
MARCH = [["订单号", "客户", "下单日期", "合同价"], ["PO-9", "Acme Trading", date(2025, 3, 1), 999]]
CHOICE = {"amount": "成交额"}
Import = Callable[..., list]
BOTH: list[Import] = [import_files, reference_import_files]


def _workbook(tmp_path: Path, **more: list[list[object]]) -> Path:
    return write_xlsx(tmp_path / "台账2025.xlsx",
                      {"1月": JANUARY, "2月": FEBRUARY, "收款": PAYMENTS, **more})


def _figures(db: Path) -> dict[str, tuple[float, float, int]]:
    """Each customer's sales, what is open of them, and how many orders."""
    found = customers(db, date(2025, 3, 31))["by_name"]
    return {name: (c["revenue_12m"], c["open_amount"], c["orders_12m"])
            for name, c in sorted(found.items())}


EXPECTED = {"Acme Trading": (18000, 12000, 2), "Bolt Industrial": (5000, 0, 1)}


@pytest.mark.parametrize("run_import", BOTH)
def test_a_chosen_amount_imports_every_tab(tmp_path: Path, run_import: Import) -> None:
    """Before: refused whole, "No column is headed “成交额”", nothing imported."""
    db = tmp_path / "firm.sqlite"
    [result] = run_import(db, [_workbook(tmp_path)], overrides=CHOICE)
    assert result.status == "imported", result.message
    assert [s.name for s in result.sheets] == ["1月", "2月", "收款"]
    assert _figures(db) == EXPECTED


@pytest.mark.parametrize("run_import", BOTH)
def test_a_tab_without_the_chosen_header_nor_an_amount_is_passed_alone(
        tmp_path: Path, run_import: Import) -> None:
    db = tmp_path / "firm.sqlite"
    [result] = run_import(db, [_workbook(tmp_path, **{"3月": MARCH})], overrides=CHOICE)
    assert result.status == "imported", result.message
    [passed] = result.passed
    assert passed.name == "3月" and passed.reason.params["missing"] == ["amount"]
    assert "“合同价”" in passed.reason.text
    assert _figures(db) == EXPECTED  # PO-9 not read; the other tabs are


@pytest.mark.parametrize("run_import", BOTH)
def test_a_header_no_tab_has_still_refuses_the_file(tmp_path: Path, run_import: Import
                                                    ) -> None:
    """A typed --map naming no column of any tab is a mistake the clerk must hear of."""
    db = tmp_path / "firm.sqlite"
    [result] = run_import(db, [_workbook(tmp_path)], overrides={**CHOICE, "currency": "货币"})
    assert result.status == "refused" and result.message.code == "header_not_found"
    assert "货币" in result.message.text and "“成交额”" in result.message.text  # 1月's headers
    assert not customers(db, date(2025, 3, 31))["customers"]


def test_the_command_line_map_imports_every_tab(tmp_path: Path) -> None:
    db, out, err = tmp_path / "firm.sqlite", io.StringIO(), io.StringIO()
    code = run(["--lang", "en", "import", str(_workbook(tmp_path)), "--db", str(db), "--json",
                "--map", "amount=成交额"], out, err)
    assert code == 0, err.getvalue()
    [file] = json.loads(out.getvalue())["files"]
    assert file["status"] == "imported" and file["inserted"] == 5
    assert _figures(db) == EXPECTED


def test_the_preview_counts_each_tab_as_the_import_takes_it(tmp_path: Path) -> None:
    path = _workbook(tmp_path, **{"3月": MARCH})
    db = tmp_path / "firm.sqlite"
    with closing(connect(db)) as conn:
        preview = preview_file(conn, path, overrides=CHOICE)
    assert preview.refusal is None, preview.refusal
    counts = {s.name: s.counts.taken for s in preview.sheets}
    assert counts == {"1月": 2, "2月": 1, "收款": 2}
    assert [p.name for p in preview.passed] == ["3月"]
    payments = preview.sheets[2]
    assert chosen_mapping(payments, CHOICE) == payments.mapping  # its own columns, unchanged
    assert chosen_mapping(preview.sheets[0], CHOICE)["amount"] == "成交额"
    [result] = import_files(db, [path], overrides=CHOICE)
    assert {s.name: s.rows for s in result.sheets} == counts
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0] >= 3


@pytest.mark.parametrize("run_import", BOTH)
def test_a_header_holding_another_field_on_every_tab_refuses_the_file(
        tmp_path: Path, run_import: Import) -> None:
    """`--map amount=客户`: the customer's column on every tab, so the choice could be used
    nowhere. It was imported with the choice quietly unused (exit 0, one hint); before tabs34
    it was refused. Refused, naming both fields, the database as it was."""
    db = tmp_path / "firm.sqlite"
    [result] = run_import(db, [_workbook(tmp_path)], overrides={"amount": "客户"})
    assert result.status == "refused" and result.message.code == "chosen_held"
    assert "“客户”" in result.message.text and "Customer" in result.message.text
    assert not customers(db, date(2025, 3, 31))["customers"]


def test_the_command_line_says_so_in_chinese_and_writes_nothing(tmp_path: Path) -> None:
    db, out, err = tmp_path / "firm.sqlite", io.StringIO(), io.StringIO()
    assert run(["--lang", "en", "import", str(_workbook(tmp_path)), "--db", str(db),
                "--map", "amount=成交额"], io.StringIO(), io.StringIO()) == 0
    before = _figures(db)
    other = write_xlsx(tmp_path / "台账2025-02.xlsx", {"2月": FEBRUARY, "收款": PAYMENTS})
    code = run(["--lang", "zh_CN", "import", str(other), "--db", str(db),
                "--map", "amount=客户"], out, err)
    said = out.getvalue() + err.getvalue()
    assert code != 0 and "为金额选定的列“客户”" in said and "Traceback" not in said
    assert _figures(db) == before
