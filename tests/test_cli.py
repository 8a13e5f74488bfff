"""The command line as a script or a clerk uses it: exit codes, JSON, languages."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT
from ledgers import PLAIN_HEADER, write_xlsx

from core.cli.main import run

ROWS = [PLAIN_HEADER,
        ["A-1", "Acme", date(2025, 5, 1), 1000, "USD"],
        ["A-2", "Beta GmbH", date(2025, 5, 9), 500, "EUR"],
        ["A-3", "Acme", date(2025, 6, 2), 250, "USD"]]


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "ledger.xlsx", {"5月": ROWS})


def test_import_then_summary_json(ledger: Path, db_path: Path):
    code, out, err = cli("import", str(ledger), "--db", str(db_path), "--json")
    assert code == 0, err
    payload = json.loads(out)
    [result] = payload["files"]
    assert result["status"] == "imported" and result["inserted"] == 3
    assert result["sheets"][0]["mapping"]["customer"] == "客户"
    code, out, _ = cli("summary", "--db", str(db_path), "--json")
    summary = json.loads(out)
    assert code == 0
    assert summary["orders"] == 3 and summary["customers"] == 2 and summary["imports"] == 1
    assert summary["amount_by_currency"] == {"EUR": 500.0, "USD": 1250.0}
    assert summary["base_currency"] == "USD"
    assert summary["amount_total_base"] == round(1250 + 500 * 1.08, 2)
    assert (summary["first_order_date"], summary["last_order_date"]) == ("2025-05-01",
                                                                         "2025-06-02")


def test_bad_file_among_good_ones(ledger: Path, db_path: Path, tmp_path: Path):
    bad = tmp_path / "notes.xlsx"
    bad.write_bytes(b"this is not a workbook at all")
    other = write_xlsx(tmp_path / "june.xlsx", {"6月": [ROWS[0], ["B-1", "Gamma", "2025-06-20",
                                                                  90, "USD"]]})
    code, out, err = cli("import", str(ledger), str(bad), str(other), "--db", str(db_path),
                         "--json")
    assert code == 1
    statuses = [(f["file"], f["status"]) for f in json.loads(out)["files"]]
    assert statuses == [("ledger.xlsx", "imported"), ("notes.xlsx", "refused"),
                        ("june.xlsx", "imported")]
    assert "notes.xlsx" in err and "Traceback" not in err
    refused = json.loads(out)["files"][1]["message"]
    assert refused["code"] == "not_a_workbook" and "notes.xlsx" in refused["text"]


def test_text_report_lists_skipped_rows_with_sheet_and_row(db_path: Path, tmp_path: Path):
    rows = [*ROWS, ["A-4", None, "2025-06-03", 1], ["A-5", None, "2025-06-04", 2],
            ["A-6", "Acme", "someday", 3]]
    path = write_xlsx(tmp_path / "skips.xlsx", {"6月": rows})
    code, out, _ = cli("import", str(path), "--db", str(db_path))
    assert code == 0
    assert "Skipped in “6月”, rows 5–6: no customer" in out
    assert "Skipped in “6月”, row 7: order date “someday” is not a date" in out


def test_messages_follow_lang(ledger: Path, db_path: Path):
    code, out, _ = cli("--lang", "zh_CN", "import", str(ledger), "--db", str(db_path))
    assert code == 0 and "工作表" in out
    code, _, err = cli("summary", "--db", str(db_path.with_name("none.sqlite")), "--lang",
                       "zh_CN")
    assert code == 1 and "数据库" in err


def test_wrong_usage_exits_2(db_path: Path):
    assert cli("import")[0] == 2
    assert cli("frobnicate")[0] == 2
    code, _, err = cli("import", "x.xlsx", "--map", "nonsense=Foo", "--db", str(db_path))
    assert code == 2 and "FIELD=HEADER" in err


def test_missing_file_is_refused_not_a_traceback(db_path: Path, tmp_path: Path):
    code, out, err = cli("import", str(tmp_path / "gone.xlsx"), "--db", str(db_path))
    assert code == 1 and "gone.xlsx" in err and "Traceback" not in err + out


def test_map_option(db_path: Path, tmp_path: Path):
    path = write_xlsx(tmp_path / "es.xlsx", {"S": [["Ref", "Cliente", "Fecha", "Importe"],
                                                   ["R-1", "Casa", "2025-07-01", 700]]})
    code, out, _ = cli("import", str(path), "--db", str(db_path), "--json", "--map",
                       "customer=Cliente", "--map", "order_date=Fecha", "--map",
                       "amount=Importe", "--map", "order_no=Ref")
    assert code == 0
    assert json.loads(out)["files"][0]["inserted"] == 1


def test_main_py_runs_as_a_process(ledger: Path, db_path: Path):
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "import", str(ledger),
                           "--db", str(db_path), "--json", "--lang", "en"],
                          capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["files"][0]["inserted"] == 3
    usage = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "--help"],
                           capture_output=True, text=True, encoding="utf-8")
    assert usage.returncode == 0 and "import" in usage.stdout and "summary" in usage.stdout
