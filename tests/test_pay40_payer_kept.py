"""pay40 (1): a payer kept without orders for what was set on it by hand is a customer the
analysis shows (core.overrides.Overrides.kept, core.analysis.run).

pay39's books: the bank slips' workbook first (Orbit Trading (HK) Ltd's 8,800 and 9,100,
"代Orbit Tech LLC付款"), the payer's credit limit (insurance, a group) set by hand, then the
orders' file selling Orbit Tech: the slips move to it and the payer is kept, without orders.
Hand count: Orbit Tech 0 open; the payer a prospect, nothing open, nothing on account, its
50,000 limit in view. Before: the payer in no `customers` list, its limit in force out of
sight (only `customer overrides` said it).
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from account_cli import cli, customers
from test_pay39_payer_kept import _imported
from test_stop38_paid_for_stored import PAYER

from core.cli.main import run

A = date(2026, 11, 6)


def _shown(db: Path) -> tuple[dict[str, object], str, str]:
    """The payer in `customers --json`, and its line of the list in English and Chinese."""
    payer = customers(db, A)["by_name"].get(PAYER)
    assert payer is not None, "was left out: the payer and its hand-set terms out of sight"
    lines = []
    for language in ("en", "zh_CN"):
        out, err = io.StringIO(), io.StringIO()
        assert run(["--lang", language, "customers", "--db", str(db), "--as-of", A.isoformat()],
                   out, err) == 0, err.getvalue()
        lines.append(next(line for line in out.getvalue().splitlines() if PAYER in line))
    return payer, lines[0], lines[1]


def test_a_payer_kept_for_its_credit_limit_is_listed_with_it(tmp_path: Path):
    db, _report = _imported(tmp_path, "limit", PAYER, "50000")
    payer, english, chinese = _shown(db)
    assert (payer["credit_limit"], payer["open_amount"], payer["credit_on_account"],
            payer["tier"], payer["list"]) == (50_000.0, 0.0, 0.0, "prospect", None)
    assert english.startswith("prospect") and chinese.startswith("潜在客户"), (english, chinese)
    orbit = customers(db, A)["by_name"]["Orbit Tech LLC"]
    assert (orbit["open_amount"], orbit["list"]) == (0.0, None)


@pytest.mark.parametrize("terms", [("insure", PAYER),
                                   ("group", PAYER, "Oslo Living", "--as", "Orbit")])
def test_a_payer_kept_for_insurance_or_a_group_is_listed(tmp_path: Path, terms):
    db, _report = _imported(tmp_path, *terms)
    payer, _english, _chinese = _shown(db)
    assert (payer["open_amount"], payer["credit_on_account"]) == (0.0, 0.0)


def test_a_payer_with_nothing_set_by_hand_is_still_no_customer(tmp_path: Path):
    """Nothing set on it: the payer is gone, in no list (stop38, unchanged)."""
    db, _report = _imported(tmp_path)
    assert PAYER not in customers(db, A)["by_name"]
    assert PAYER not in json.dumps(json.loads(cli("report", "--db", str(db), "--as-of",
                                                  A.isoformat(), "--json")))
