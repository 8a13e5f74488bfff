"""The fast analysis says exactly what the straightforward one says (tests/reference_analysis.py:
the hot loops as they were before issue 11).

Each case runs `customers --json`, `report --json` and `movements --json` twice on copies of one
database: as the app runs them, then with the reference's reading, per-customer figures and
account, and with every month end analysed on its own (no ledger read once for all). The
outputs are compared as text, so a changed digit, order or rounding fails.
"""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import account_ledgers as books
import pytest
import reference_analysis as reference
from hypothesis import given
from hypothesis import strategies as st
from test_cli import cli

from core.analysis import run, snapshots
from core.analysis.serialise import (
    analysis_json,
    customer_json,
    write_analysis_json,
    write_json,
)
from core.ledger.importer import import_files
from core.store import connect

COMMANDS = ("customers", "report")


def _outputs(db: Path, dates: list[date | None], languages: tuple[str, ...] = ("en",)
             ) -> dict[str, str]:
    found = {}
    for language in languages:
        for day in dates:
            for command in COMMANDS:
                args = [command, "--json", "--db", str(db), "--lang", language]
                code, out, err = cli(*args, *(["--as-of", day.isoformat()] if day else []))
                assert code == 0, err
                found[f"{command} {day} {language}"] = out
    code, out, err = cli("movements", "--json", "--db", str(db))
    assert code == 0, err
    found["movements"] = out
    return found


def _reference(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Analyses from here on run the reference's loops; the list counts the customers it
    gathered (so a test knows the reference really ran)."""
    gathered: list[int] = []

    def gather(*args: Any) -> Any:
        gathered.append(1)
        return reference.gather(*args)

    def build(fetched: tuple[Any, date], as_of: date, rules: Any, rates: Any, customers: Any,
              canonical: Any = None, excluded: Any = None, cancel: Any = None,
              kept: Any = None) -> Any:  # what an earlier build made of kept lines: none
        return reference.load(fetched[0], as_of, rules, canonical, excluded)

    def every_month_on_its_own(conn: Any, last: date, keep: bool = True, kept: Any = None
                               ) -> Callable[[date, Any], Any]:
        return lambda end, steps: run.analyse(conn, as_of=end, steps=steps)

    monkeypatch.setattr(run, "fetch", lambda conn, as_of, keep=False: (conn, as_of))
    monkeypatch.setattr(run, "build", build)
    monkeypatch.setattr(run, "gather", gather)
    monkeypatch.setattr(snapshots, "analyser", every_month_on_its_own)
    return gathered


def _compare(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
             dates: list[date | None], languages: tuple[str, ...] = ("en",)) -> None:
    fast_db, slow_db = tmp_path / "fast.sqlite", tmp_path / "reference.sqlite"
    shutil.copyfile(db, fast_db)
    shutil.copyfile(db, slow_db)
    fast = _outputs(fast_db, dates, languages)
    with monkeypatch.context() as patched:
        gathered = _reference(patched)
        slow = _outputs(slow_db, dates, languages)
    assert gathered, "the reference did not run"
    assert fast.keys() == slow.keys()
    for key in fast:
        assert fast[key] == slow[key], key


@pytest.fixture(scope="module")
def sample_year(sample_ledgers: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The twelve sample ledgers imported month by month, as a firm would."""
    db = tmp_path_factory.mktemp("sample_year") / "firm.sqlite"
    for path in sample_ledgers.paths:
        [result] = import_files(db, [path])
        assert result.status == "imported"
    return db


def test_the_sample_year_at_several_dates(sample_year: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    ends = [date(2025, month, day) for month, day in ((3, 31), (6, 30), (9, 15))]
    _compare(sample_year, tmp_path, monkeypatch, [None, *ends], ("en", "zh_CN"))


@pytest.mark.parametrize("builder", books.BUILDERS, ids=[b.__name__ for b in books.BUILDERS])
def test_the_account_ledgers(builder: Callable[[Path], books.Ledger], tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ledgers"
    folder.mkdir()
    ledger = builder(folder)
    db = ledger.import_into(tmp_path / "firm.sqlite")
    _compare(db, tmp_path, monkeypatch, [None, ledger.as_of, date(2025, 4, 30)])


PLAIN = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text())
KEYS = st.one_of(st.text(), st.integers(), st.booleans(), st.none(),
                 st.floats(allow_nan=False))
JSON_LIKE = st.recursive(PLAIN, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.tuples(inner, inner),
    st.dictionaries(KEYS, inner, max_size=4)), max_leaves=20)


@given(JSON_LIKE)
def test_write_json_writes_what_json_dump_writes(value: Any) -> None:
    out = io.StringIO()
    write_json(value, out)
    assert out.getvalue() == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("tier", [None, "core", "prospect", "none"])
def test_customers_json_written_a_customer_at_a_time_is_json_dumps_text(sample_db: Path,
                                                                        tier: str | None):
    """`customers --json` writes each customer's part in turn (memory on a big firm): the text
    is still exactly json.dumps(indent=2) of the whole, whichever customers are chosen."""
    conn = connect(sample_db)
    analysis = run.analyse(conn)
    conn.close()
    chosen = [c for c in analysis.customers if tier is None or c.tier == tier]
    assert (len(chosen) > 0) == (tier != "none")
    out = io.StringIO()
    write_analysis_json(analysis, chosen, out)
    assert out.getvalue() == json.dumps(analysis_json(analysis, chosen), ensure_ascii=False,
                                        indent=2)
    assert json.loads(out.getvalue())["customers"] == json.loads(json.dumps(
        [customer_json(c) for c in chosen], ensure_ascii=False))
