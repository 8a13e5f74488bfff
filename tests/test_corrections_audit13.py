"""An audit of the owner's corrections against the stop-loss lists and the what-if: merge
chains, merges into pinned or excluded names, undo after an import, a pin the figures have
outgrown, and the what-if fed by a corrected analysis, each on a ledger written here with
openpyxl, imported and corrected through core (the functions the dialogs and the CLI call).

Expectations are worked by hand with the defaults (see tests/test_lists_audit.py): watch from
more than 30 days past due; black from the exposure trigger (money overdue more than 30 days
above 50,000 USD) or the article's rule (more than 60 days, average order under 20,000).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from ledgers import write_xlsx
from test_lists_audit import HEADER, A, at, books, by_name, due_days_ago, row

from core import override_changes, overrides
from core.actions import stop_loss
from core.analysis.names import LISTS
from core.cli import main as cli
from core.ledger.importer import import_files
from core.store import connect

NAMES = ("Acme", "ACME Co", "Acme Trading Co")  # three spellings of one buyer


def run(db: Path, *argv: str) -> tuple[int, dict, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run([*argv, "--db", str(db), "--json"], out, err)
    return code, json.loads(out.getvalue()) if code == 0 else {}, err.getvalue()


def lists_of(db: Path) -> dict[str, str | None]:
    return {c.customer: c.list for c in at(db).customers}


def sheets(db: Path) -> dict[str, set[str]]:
    """Each list's sheet of the stop-loss workbook: the customers it names."""
    document = stop_loss.document(at(db))
    return {code: {str(r["customer"]) for r in table.rows}
            for code, table in zip(LISTS, document.tables, strict=True)}


def spelled(tmp_path: Path) -> Path:
    """Each spelling owes 20,000 USD 46 days overdue: alone each is watched (46 > 30 days,
    20,000 under the exposure limit, average order not under 20,000); as one customer it owes
    60,000 overdue more than 30 days, above 50,000: black."""
    due = due_days_ago(46)
    return books(tmp_path, [row(f"C{n}", name, 20_000, due) for n, name in enumerate(NAMES)])


def test_a_chain_of_merges_names_the_last_name_everywhere(tmp_path):
    db = spelled(tmp_path)
    assert [lists_of(db)[n] for n in NAMES] == ["watch"] * 3
    with connect(db) as conn:
        override_changes.merge(conn, "ACME Co", "Acme")
        # Acme -> ACME Co -> Acme Trading Co
        override_changes.merge(conn, "Acme Trading Co", "ACME Co")
    found = by_name(at(db))
    assert not set(NAMES[:2]) & set(found)
    kept = found["Acme Trading Co"]
    assert (kept.overdue_amount, kept.exposure, kept.list) == (60_000, 60_000, "black")
    assert sorted(i.order_no for i in kept.receivables) == ["C0", "C1", "C2"]
    assert sheets(db)["black"] == {"Acme Trading Co"}
    assert not set(NAMES[:2]) & set().union(*sheets(db).values())
    # the what-if for the first spelling is the kept customer's, once
    code, found_json, err = run(db, "what-if", "--customers", "acme", "ACME Co",
                                "--as-of", A.isoformat())
    assert code == 0, err
    assert found_json["customers"] == ["Acme Trading Co"]
    assert found_json["capital_tied_up"] == 60_000 and found_json["orders_saved"] == 3
    # the CLI's customer table agrees with the analysis
    code, table, err = run(db, "customers", "--as-of", A.isoformat())
    assert code == 0, err
    assert {c["customer"]: c["list"] for c in table["customers"]}["Acme Trading Co"] == "black"
    # unmerging the middle link leaves Acme counted as ACME Co: 40,000, watch; the last 20,000
    with connect(db) as conn:
        override_changes.unmerge(conn, "ACME Co")
    found = by_name(at(db))
    assert "Acme" not in found
    assert (found["ACME Co"].overdue_amount, found["ACME Co"].list) == (40_000, "watch")
    assert (found["Acme Trading Co"].overdue_amount,
            found["Acme Trading Co"].list) == (20_000, "watch")


def test_undoing_a_merge_after_the_next_import_separates_them_again(tmp_path):
    db = spelled(tmp_path)
    with connect(db) as conn:
        override_changes.merge(conn, "Acme", "ACME Co")
        override_changes.merge(conn, "Acme", "Acme Trading Co")
    assert lists_of(db)["Acme"] == "black"
    # next month's ledger holds everything again, and one more order of ACME Co, not due
    later = [*[row(f"C{n}", name, 20_000, due_days_ago(46)) for n, name in enumerate(NAMES)],
             row("C9", "ACME Co", 1_000, "2025-07-30"),  # not due yet
             row("P-0", "Payer", 1_000, "2025-06-30", received=1_000, received_on="2025-06-30")]
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, *later]})
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message
    found = by_name(at(db))
    assert set(NAMES[1:]).isdisjoint(found) and found["Acme"].orders_12m == 4
    with connect(db) as conn:
        message = override_changes.undo(conn)
    assert message is not None and "Acme Trading Co" in message.text
    found = by_name(at(db))
    assert (found["Acme"].open_amount, found["Acme"].overdue_amount) == (41_000, 40_000)
    assert found["Acme"].list == "watch"
    assert (found["Acme Trading Co"].overdue_amount,
            found["Acme Trading Co"].list) == (20_000, "watch")
    assert sheets(db)["watch"] >= {"Acme", "Acme Trading Co"} and not sheets(db)["black"]


def test_a_name_merged_into_an_excluded_customer_is_left_out_with_it(tmp_path):
    """Excluding Acme then merging ACME Co into it: ACME Co's money counts as Acme's, which is
    left out; the what-if refuses it by its own name, and include brings both back as one."""
    db = spelled(tmp_path)
    with connect(db) as conn:
        override_changes.exclude(conn, "Acme")
        override_changes.merge(conn, "Acme", "ACME Co")
    assert set(lists_of(db)) == {"Acme Trading Co", "Payer"}
    code, _, err = run(db, "what-if", "--customers", "ACME Co", "--as-of", A.isoformat())
    assert code == 1 and "ACME Co" in err and "left out" in err
    with connect(db) as conn:
        override_changes.include(conn, "ACME Co")  # any name of the group
    found = by_name(at(db))
    assert "ACME Co" not in found
    assert (found["Acme"].overdue_amount, found["Acme"].list) == (40_000, "watch")


def test_a_pin_the_figures_have_outgrown_says_what_the_rules_would_say(tmp_path):
    """Pinned white when it paid; now it owes 100,000 USD 200 days overdue (the exposure
    trigger). The pin wins, but its reason must not hide that the rules say black."""
    db = books(tmp_path, [row("K1", "Old Friend", 100_000, due_days_ago(200))])
    assert lists_of(db)["Old Friend"] == "black"
    with connect(db) as conn:
        override_changes.pin(conn, "Old Friend", "white")
    friend = by_name(at(db))["Old Friend"]
    assert friend.list == "white" and friend.stop_loss
    reason = friend.list_reason
    assert reason is not None and reason.code == "pinned_list"
    assert "put on this list by hand" in reason.text
    assert "black" in reason.text and "100,000" in reason.text, reason.text
    document = stop_loss.document(at(db))
    [sheet_row] = [r for r in document.tables[LISTS.index("white")].rows
                   if r["customer"] == "Old Friend"]
    assert "black" in str(sheet_row["reason"])


def test_a_pin_the_rules_agree_with_says_only_by_hand(tmp_path):
    """Pinned black while the rules also say black: nothing to add to "by hand"."""
    db = books(tmp_path, [row("K1", "Old Foe", 100_000, due_days_ago(200))])
    with connect(db) as conn:
        override_changes.pin(conn, "Old Foe", "black")
    foe = by_name(at(db))["Old Foe"]
    assert foe.list == "black" and foe.list_reason is not None
    assert foe.list_reason.text == "put on this list by hand"


def test_merging_into_a_pinned_customer_brings_its_money_under_the_pin_and_says_so(tmp_path):
    """Acme pinned white; ACME Co and Acme Trading Co merged into it: 60,000 overdue, black by
    the rules, white by the pin, and the reason says both."""
    db = spelled(tmp_path)
    with connect(db) as conn:
        override_changes.pin(conn, "Acme", "white")
        override_changes.merge(conn, "Acme", "ACME Co")
        override_changes.merge(conn, "Acme", "Acme Trading Co")
    acme = by_name(at(db))["Acme"]
    assert acme.list == "white" and acme.overdue_amount == 60_000
    assert acme.list_reason is not None and "black" in acme.list_reason.text


def test_the_what_if_follows_the_as_of_date(tmp_path):
    """As of A the three spellings, merged, are black; as of 40 days earlier they were 6 days
    overdue (on no list): the black list's what-if then names nobody."""
    db = spelled(tmp_path)
    with connect(db) as conn:
        override_changes.merge(conn, "Acme", "ACME Co")
        override_changes.merge(conn, "Acme", "Acme Trading Co")
    code, now, err = run(db, "what-if", "--as-of", A.isoformat())
    assert code == 0, err
    assert now["customers"] == ["Acme"] and now["capital_tied_up"] == 60_000
    earlier = date_before(40)
    code, then, err = run(db, "what-if", "--as-of", earlier)
    assert code == 0, err
    assert then["as_of"] == earlier and then["customers"] == []


def date_before(days: int) -> str:
    return due_days_ago(days)


def test_a_salesperson_s_copy_of_an_outgrown_pin_names_no_list_and_no_threshold(tmp_path):
    """The owner's reason says the figures would black-list Old Friend; the salesperson's
    copy (it reaches phones) says only that the list was set by hand."""
    db = books(tmp_path, [row("K1", "Old Friend", 100_000, due_days_ago(200), sales="王")])
    with connect(db) as conn:
        override_changes.pin(conn, "Old Friend", "white")
    friend = by_name(at(db))["Old Friend"]
    owner, sales = stop_loss.reason_text(friend), stop_loss.reason_text(friend, sales=True)
    assert "black list" in owner
    assert sales.splitlines()[0] == "put on this list by hand"
    assert "black" not in sales and "50,000" not in sales


def test_excluding_a_customer_does_not_move_everyone_s_receipts_date(tmp_path):
    """The ledger books receipts up to 30 June: the latest is the Agent's (the firm's own
    agent, left out of the analysis). Excluding it leaves out its orders and money, not the
    fact that the ledger records receipts to 30 June: Slow stays 46 days past due (watch),
    not 16 days (to 31 May, the latest receipt of a customer analysed)."""
    db = books(tmp_path, [
        row("G1", "Agent", 5_000, "2025-06-15", received=5_000, received_on="2025-06-30"),
        row("S1", "Slow", 25_000, "2025-05-15"),
        row("P1", "Payer", 1_000, "2025-05-31", received=1_000, received_on="2025-05-31")],
        payer=False)
    before = at(db)
    assert before.receipts_date == A and by_name(before)["Slow"].max_days_overdue == 46
    assert by_name(before)["Slow"].list == "watch"
    with connect(db) as conn:
        override_changes.exclude(conn, "Agent", note="our own agent")
    after = at(db)
    assert "Agent" not in by_name(after)
    assert after.receipts_date == A
    slow = by_name(after)["Slow"]
    assert (slow.max_days_overdue, slow.list) == (46, "watch")


def test_excluding_the_only_customer_with_receipts_does_not_make_the_ledger_receipt_less(
        tmp_path):
    """Only the Agent's row records a receipt; the others have not paid. Excluded, the ledger
    still records receipts: Slow is 46 days past due and watched, not sent to confirm."""
    db = books(tmp_path, [
        row("G1", "Agent", 5_000, "2025-06-15", received=5_000, received_on="2025-06-30"),
        row("S1", "Slow", 25_000, "2025-05-15")], payer=False)
    with connect(db) as conn:
        override_changes.exclude(conn, "Agent")
    after = at(db)
    assert after.receipts_known
    assert by_name(after)["Slow"].list == "watch"


def test_the_reference_loops_date_the_receipts_as_the_fast_ones(tmp_path):
    """tests/reference_analysis.py (what the fast reading is compared with) keeps the same
    rule: an excluded customer's receipt still dates R."""
    import reference_analysis

    from core.analysis.customer_rows import read_customers
    from core.analysis.fetch import fetch
    from core.analysis.reading import build
    from core.rates import Rates
    from core.rules import load_rules

    db = books(tmp_path, [
        row("G1", "Agent", 5_000, "2025-06-15", received=5_000, received_on="2025-06-30"),
        row("S1", "Slow", 25_000, "2025-05-15"),
        row("P1", "Payer", 1_000, "2025-05-31", received=1_000, received_on="2025-05-31")],
        payer=False)
    with connect(db) as conn:
        override_changes.exclude(conn, "Agent")
        found = overrides.load_overrides(conn)
        rules = load_rules(conn)
        fast = build(fetch(conn, A), A, rules, Rates(conn, rules.base_currency),
                     read_customers(conn, found.merged_into, found.excluded),
                     found.merged_into, found.excluded)
        slow = reference_analysis.load(conn, A, rules, found.merged_into, found.excluded)
    assert (fast.latest_receipt, fast.has_receipts) == (slow.latest_receipt,
                                                        slow.has_receipts) == (A, True)
    assert sorted(o.order_no for o in fast.orders) == sorted(
        o.order_no for o in slow.orders) == ["P1", "S1"]
