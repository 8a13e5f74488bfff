"""Overrides the user makes by hand: merges, pins, exclusions, project tags, undo, the CLI.

They must outlive re-imports (keyed by customer key, not id), refuse cleanly (the database
identical afterwards), and undo must walk back to exactly the earlier state.
"""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import PLAIN_HEADER, write_xlsx

from core import backups, i18n
from core.cli import main as cli
from core.ledger.importer import import_files
from core.messages import Refusal
from core.override_changes import exclude, include, merge, pin, set_project, undo, unmerge, unpin
from core.overrides import list_overrides, load_overrides
from core.store import MIGRATIONS, SCHEMA_VERSION, connect, dump

MAY = [PLAIN_HEADER,
       ["A-1", "ABC Co., Ltd.", date(2025, 5, 1), 1000, "USD"],
       ["A-2", "ABC Company Limited", date(2025, 5, 3), 2000, "USD"],
       ["A-3", "ABC Trading", date(2025, 5, 5), 300, "USD"],
       ["A-4", "Beta GmbH", date(2025, 5, 9), 500, "EUR"],
       ["A-5", "Gamma LLC", date(2025, 5, 12), 700, "USD"]]
JUNE = [PLAIN_HEADER,
        ["B-1", "abc company  limited", date(2025, 6, 2), 400, "USD"],
        ["B-2", "ＢＥＴＡ ＧＭＢＨ", date(2025, 6, 4), 800, "EUR"],
        ["B-3", "Delta SA", date(2025, 6, 9), 900, "USD"]]


@pytest.fixture
def conn(tmp_path: Path, db_path: Path) -> sqlite3.Connection:
    [result] = import_files(db_path, [write_xlsx(tmp_path / "2025-05.xlsx", {"5月": MAY})])
    assert result.status == "imported", result.message
    connection = connect(db_path)
    yield connection
    connection.close()


def ids(conn: sqlite3.Connection) -> dict[str, int]:
    return {r["name"]: r["id"] for r in conn.execute("SELECT id, name FROM customers")}


def tables(conn: sqlite3.Connection) -> list[str]:
    """The overrides and their log as SQL, to prove a state came back exactly."""
    return [line for line in dump(conn) if "override" in line]


# --- merging ---------------------------------------------------------------------------------

def test_merge_counts_other_as_keep(conn: sqlite3.Connection):
    c = ids(conn)
    message = merge(conn, "ABC Co., Ltd.", "  abc COMPANY limited ", note="same firm")
    assert message.code == "merge"
    assert message.text == "“ABC Company Limited” now counts as “ABC Co., Ltd.”."
    found = load_overrides(conn)
    assert found.merged_into == {c["ABC Company Limited"]: c["ABC Co., Ltd."]}
    assert found.canonical(c["ABC Company Limited"]) == c["ABC Co., Ltd."]
    assert found.canonical(c["Beta GmbH"]) == c["Beta GmbH"]
    [row] = list_overrides(conn)
    assert (row.kind, row.customer, row.customer_key, row.target, row.note) == (
        "merge", "ABC Company Limited", "abc company limited", "ABC Co., Ltd.", "same firm")
    assert row.created_at[:4] == str(date.today().year)


def test_customer_by_hash_id(conn: sqlite3.Connection):
    c = ids(conn)
    merge(conn, f"#{c['ABC Co., Ltd.']}", f"#{c['ABC Trading']}")
    assert load_overrides(conn).merged_into == {c["ABC Trading"]: c["ABC Co., Ltd."]}


def test_chains_resolve_to_the_last_name(conn: sqlite3.Connection):
    c = ids(conn)
    merge(conn, "ABC Co., Ltd.", "ABC Company Limited")
    message = merge(conn, "ABC Company Limited", "ABC Trading")
    assert message.text == "“ABC Trading” now counts as “ABC Co., Ltd.”."
    assert load_overrides(conn).merged_into == {c["ABC Company Limited"]: c["ABC Co., Ltd."],
                                                c["ABC Trading"]: c["ABC Co., Ltd."]}
    # the same merge again changes nothing and logs nothing
    before = tables(conn)
    assert merge(conn, "ABC Company Limited", "ABC Trading").code == "unchanged"
    assert tables(conn) == before
    # re-pointing a merged name is a change of its own, and unmerge separates it again
    merge(conn, "Gamma LLC", "ABC Trading")
    assert load_overrides(conn).merged_into[c["ABC Trading"]] == c["Gamma LLC"]
    assert unmerge(conn, "ABC Trading").code == "unmerge"
    assert c["ABC Trading"] not in load_overrides(conn).merged_into


@pytest.mark.parametrize(("keep", "other", "code", "words"), [
    ("ABC Co., Ltd.", "abc co., ltd.", "merge_self",
     "“ABC Co., Ltd.” cannot be merged with itself."),
    ("ABC Trading", "ABC Co., Ltd.", "merge_cycle",
     "“ABC Co., Ltd.” cannot be merged into “ABC Trading”: “ABC Trading” already counts as "
     "“ABC Co., Ltd.”."),
    ("Gamma LLC", "ABC Co., Ltd.", "merge_cycle",  # through the chain Gamma -> ABC Company
     "“ABC Co., Ltd.” cannot be merged into “Gamma LLC”: “Gamma LLC” already counts as "
     "“ABC Co., Ltd.”."),
    ("ABC Co., Ltd.", "ABC Compnay Ltd", "unknown_customer",
     "No customer is called “ABC Compnay Ltd”. Did you mean: “ABC Company Limited”"),
    ("Nobody at all", "ABC Co., Ltd.", "unknown_customer",
     "No customer is called “Nobody at all”."),
    ("#999", "ABC Co., Ltd.", "unknown_customer", "No customer is called “#999”."),
])
def test_refused_merges_leave_the_database_identical(conn, keep, other, code, words):
    merge(conn, "ABC Co., Ltd.", "ABC Trading")
    merge(conn, "ABC Co., Ltd.", "ABC Company Limited")
    merge(conn, "ABC Company Limited", "Gamma LLC")
    before = dump(conn)
    with pytest.raises(Refusal) as refused:
        merge(conn, keep, other)
    assert refused.value.code == code
    assert refused.value.text.startswith(words), refused.value.text
    assert dump(conn) == before


def test_unknown_name_suggests_close_ones(conn: sqlite3.Connection):
    with pytest.raises(Refusal) as refused:
        pin(conn, "abc", "black")
    assert refused.value.code == "unknown_customer"
    for name in ("ABC Co., Ltd.", "ABC Company Limited", "ABC Trading"):
        assert f"“{name}”" in refused.value.text
    assert "Beta" not in refused.value.text


# --- pins, exclusions, project tags ----------------------------------------------------------

def test_pin_and_unpin_lists_and_tiers(conn: sqlite3.Connection):
    c = ids(conn)
    assert pin(conn, "Beta GmbH", "black").text == "“Beta GmbH” is pinned to the black list."
    assert pin(conn, "Beta GmbH", "战略").text == "“Beta GmbH” is pinned to the strategic tier."
    pin(conn, "Gamma LLC", "Long-Tail")
    found = load_overrides(conn)
    assert found.pinned_list == {c["Beta GmbH"]: "black"}
    assert found.pinned_tier == {c["Beta GmbH"]: "strategic", c["Gamma LLC"]: "long_tail"}
    pin(conn, "Beta GmbH", "watch")  # a new pin replaces the old
    assert load_overrides(conn).pinned_list == {c["Beta GmbH"]: "watch"}
    assert pin(conn, "Beta GmbH", "watch").code == "unchanged"
    assert unpin(conn, "Beta GmbH", "list").text == "“Beta GmbH” is no longer pinned to a list."
    found = load_overrides(conn)
    assert found.pinned_list == {} and found.pinned_tier[c["Beta GmbH"]] == "strategic"
    unpin(conn, "Gamma LLC", "tier")
    unpin(conn, "Beta GmbH")
    assert load_overrides(conn).pinned_tier == {}
    assert unpin(conn, "Beta GmbH").code == "unchanged"
    before = dump(conn)
    with pytest.raises(Refusal) as refused:
        pin(conn, "Beta GmbH", "gold")
    assert refused.value.code == "unknown_target"
    assert "black, confirm, watch, white" in refused.value.text
    assert dump(conn) == before


def test_pins_and_flags_on_a_merged_name_apply_to_the_canonical_one(conn):
    c = ids(conn)
    abc, other = c["ABC Co., Ltd."], c["ABC Company Limited"]
    pin(conn, "ABC Company Limited", "watch")  # before the merge: kept on its own name
    exclude(conn, "ABC Trading")
    merge(conn, "ABC Co., Ltd.", "ABC Company Limited")
    merge(conn, "ABC Co., Ltd.", "ABC Trading")
    found = load_overrides(conn)
    assert found.pinned_list == {abc: "watch"} and found.excluded == {abc}
    pin(conn, "ABC Co., Ltd.", "white")  # the canonical name's own pin wins ...
    assert load_overrides(conn).pinned_list == {abc: "white"}
    # ... and pinning through the group moves the pin onto the canonical name
    assert [(r.customer, r.target) for r in list_overrides(conn) if r.kind == "pin_list"] == [
        ("ABC Co., Ltd.", "white")]
    set_project(conn, "abc company limited", True)
    assert load_overrides(conn).project == {abc}
    # include and unpin on any name of the group clear the whole group
    include(conn, "ABC Company Limited")
    unpin(conn, "ABC Trading")
    found = load_overrides(conn)
    assert (found.excluded, found.pinned_list) == (set(), {})
    assert other in found.merged_into


def test_exclude_include_and_project(conn: sqlite3.Connection):
    c = ids(conn)
    assert exclude(conn, "Gamma LLC", note="our own agent").text == (
        "“Gamma LLC” is left out of the analysis.")
    assert exclude(conn, "gamma llc").code == "unchanged"
    assert load_overrides(conn).excluded == {c["Gamma LLC"]}
    assert include(conn, "Gamma LLC").text == "“Gamma LLC” is in the analysis again."
    assert include(conn, "Gamma LLC").code == "unchanged"
    assert load_overrides(conn).excluded == set()
    assert set_project(conn, "Beta GmbH", True).text == (
        "“Beta GmbH” is judged as a project buyer, on a 24-month window.")
    assert load_overrides(conn).project == {c["Beta GmbH"]}
    assert set_project(conn, "Beta GmbH", False).code == "project_off"
    assert load_overrides(conn).project == set()


# --- undo ------------------------------------------------------------------------------------

def test_undo_walks_back_to_the_original_state(conn: sqlite3.Connection):
    states = [tables(conn)]
    steps = [lambda: merge(conn, "ABC Co., Ltd.", "ABC Company Limited", note="one firm"),
             lambda: pin(conn, "ABC Company Limited", "black"),
             lambda: pin(conn, "ABC Co., Ltd.", "watch"),
             lambda: exclude(conn, "Gamma LLC"),
             lambda: set_project(conn, "Beta GmbH", True),
             lambda: merge(conn, "ABC Co., Ltd.", "ABC Trading"),
             lambda: unpin(conn, "ABC Trading"),
             lambda: unmerge(conn, "ABC Company Limited"),
             lambda: include(conn, "Gamma LLC")]
    for step in steps:
        step()
        states.append(tables(conn))
    assert len(set(map(tuple, states))) == len(states)  # every step changed something
    undone = []
    for expected in reversed(states[:-1]):
        message = undo(conn)
        assert message is not None and message.code == "undone"
        undone.append(message.text)
        assert tables(conn) == expected
    assert undo(conn) is None
    assert tables(conn) == states[0]
    assert undone[0] == "Undone: “Gamma LLC” is in the analysis again."
    assert undone[-1] == "Undone: “ABC Company Limited” now counts as “ABC Co., Ltd.”."
    assert load_overrides(conn) == load_overrides(conn).__class__()


def test_undo_then_a_new_change(conn: sqlite3.Connection):
    pin(conn, "Beta GmbH", "black")
    exclude(conn, "Gamma LLC")
    undo(conn)
    pin(conn, "Gamma LLC", "core")
    undo(conn)
    assert [(r.kind, r.customer) for r in list_overrides(conn)] == [("pin_list", "Beta GmbH")]


# --- surviving imports -----------------------------------------------------------------------

def test_overrides_survive_next_months_import(conn, tmp_path: Path, db_path: Path):
    merge(conn, "ABC Co., Ltd.", "ABC Company Limited")
    pin(conn, "Beta GmbH", "white")
    exclude(conn, "Gamma LLC")
    before = load_overrides(conn)
    [result] = import_files(db_path, [write_xlsx(tmp_path / "2025-06.xlsx", {"6月": JUNE})])
    assert result.status == "imported"
    c = ids(conn)
    after = load_overrides(conn)
    assert after == before
    assert after.merged_into == {c["abc company limited"]: c["ABC Co., Ltd."]}
    assert after.pinned_list == {c["ＢＥＴＡ ＧＭＢＨ"]: "white"}


def test_a_customer_created_after_its_override(conn, tmp_path: Path, db_path: Path):
    """Gamma's rows go (as when its ledger is removed); its override waits for it."""
    exclude(conn, "Gamma LLC")
    merge(conn, "Gamma LLC", "Beta GmbH")
    with conn:
        conn.execute("DELETE FROM order_lines WHERE order_id IN (SELECT o.id FROM orders o "
                     "JOIN customers c ON c.id = o.customer_id WHERE c.key = 'gamma llc')")
        conn.execute("DELETE FROM orders WHERE customer_id = (SELECT id FROM customers "
                     "WHERE key = 'gamma llc')")
        conn.execute("DELETE FROM customers WHERE key = 'gamma llc'")
    assert load_overrides(conn) == load_overrides(conn).__class__()
    assert [(r.customer, r.known) for r in list_overrides(conn)] == [
        ("gamma llc", False), ("Beta GmbH", True)]
    later = [*JUNE, ["B-4", "GAMMA LLC", date(2025, 6, 20), 100, "USD"]]
    import_files(db_path, [write_xlsx(tmp_path / "2025-06.xlsx", {"6月": later})])
    c = ids(conn)
    found = load_overrides(conn)
    assert found.excluded == {c["GAMMA LLC"]}
    assert found.merged_into == {c["ＢＥＴＡ ＧＭＢＨ"]: c["GAMMA LLC"]}


# --- migration -------------------------------------------------------------------------------

def test_a_version_1_database_migrates_with_its_data(tmp_path: Path):
    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0])
    old.execute("INSERT INTO customers(key, name) VALUES ('acme', 'ACME')")
    old.execute("INSERT INTO settings(key, value) VALUES ('firm_name', '\"宁波\"')")
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()
    conn = connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 2
    assert [tuple(r) for r in conn.execute("SELECT key, name FROM customers")] == [
        ("acme", "ACME")]
    assert conn.execute("SELECT value FROM settings WHERE key = 'firm_name'").fetchone()[0] == (
        '"宁波"')
    exclude(conn, "Acme")
    assert load_overrides(conn).excluded == {1}
    conn.close()
    [copy] = backups.listing(path)
    assert copy.reason == "migration" and copy.path.parent == tmp_path / "backups"
    with sqlite3.connect(copy.path) as saved:
        assert saved.execute("PRAGMA user_version").fetchone()[0] == 1
        assert saved.execute("SELECT name FROM sqlite_master WHERE name = 'overrides'"
                             ).fetchone() is None


# --- the command line ------------------------------------------------------------------------

def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_cli_each_action(conn: sqlite3.Connection, db_path: Path):
    db = ["--db", str(db_path)]
    assert run("customer", "overrides", *db) == (
        0, "No overrides: every customer is analysed as the ledgers show it.\n", "")
    steps = [
        (["merge", "ABC Co., Ltd.", "ABC Company Limited", "--note", "王芳: same firm"],
         "“ABC Company Limited” now counts as “ABC Co., Ltd.”."),
        (["pin", "Beta GmbH", "black"], "“Beta GmbH” is pinned to the black list."),
        (["pin", "Beta GmbH", "core"], "“Beta GmbH” is pinned to the core tier."),
        (["unpin", "Beta GmbH", "--tier"], "“Beta GmbH” is no longer pinned to a tier."),
        (["exclude", "Gamma LLC"], "“Gamma LLC” is left out of the analysis."),
        (["project", "ABC Trading"], "“ABC Trading” is judged as a project buyer, on a "
                                     "24-month window."),
        (["include", "Gamma LLC"], "“Gamma LLC” is in the analysis again."),
        (["project", "ABC Trading", "--off"], "“ABC Trading” is judged on the usual 12-month "
                                              "window again."),
        (["exclude", "Gamma LLC"], "“Gamma LLC” is left out of the analysis."),
        (["unpin", "Beta GmbH", "--list"], "“Beta GmbH” is no longer pinned to a list."),
        (["unmerge", "ABC Company Limited"], "“ABC Company Limited” counts as a customer of "
                                             "its own again."),
        (["undo"], "Undone: “ABC Company Limited” counts as a customer of its own again."),
    ]
    for argv, text in steps:
        assert run("customer", *argv, *db) == (0, text + "\n", ""), argv
    code, out, _ = run("customer", "overrides", *db)
    assert code == 0
    assert out.startswith("Overrides in force (2):\n")
    assert "“ABC Company Limited” now counts as “ABC Co., Ltd.”." in out
    assert "Note: 王芳: same firm" in out
    code, out, _ = run("customer", "overrides", "--json", *db)
    payload = json.loads(out)
    assert [(o["kind"], o["customer"], o["target"], o["note"]) for o in payload["overrides"]] == [
        ("merge", "ABC Company Limited", "ABC Co., Ltd.", "王芳: same firm"),
        ("exclude", "Gamma LLC", None, None)]
    assert {"kind", "customer", "target", "created_at", "note"} <= set(payload["overrides"][0])


def test_project_messages_name_the_firm_s_windows(conn: sqlite3.Connection, db_path: Path):
    db = ["--db", str(db_path)]
    assert run("settings", "set", "project_window_months", "36", *db)[0] == 0
    assert run("settings", "set", "window_months", "18", *db)[0] == 0
    assert run("customer", "project", "ABC Trading", *db)[1] == (
        "“ABC Trading” is judged as a project buyer, on a 36-month window.\n")
    code, out, _ = run("customer", "overrides", *db)
    assert "on a 36-month window" in out
    assert run("customer", "project", "ABC Trading", "--off", *db)[1] == (
        "“ABC Trading” is judged on the usual 18-month window again.\n")


def test_cli_in_chinese(conn: sqlite3.Connection, db_path: Path):
    db = ["--db", str(db_path)]
    assert run("--lang", "zh_CN", "customer", "pin", "Beta GmbH", "黑名单", *db) == (
        0, "“Beta GmbH”已固定在黑名单。\n", "")
    assert run("customer", "exclude", "Gamma LLC", "--lang", "zh_CN", *db) == (
        0, "“Gamma LLC”不参与分析。\n", "")
    code, out, _ = run("customer", "overrides", "--lang", "zh_CN", *db)
    assert code == 0 and out.startswith("当前生效的人工调整（2 项）：")
    assert run("customer", "undo", "--lang", "zh_CN", *db) == (
        0, "已撤销：“Gamma LLC”不参与分析。\n", "")
    code, _, err = run("customer", "merge", "ABC Co., Ltd.", "Nobody", "--lang", "zh_CN", *db)
    assert code == 1 and err.startswith("没有名为“Nobody”的客户。")
    i18n.set_language("en")


def test_cli_refusals_and_usage(conn: sqlite3.Connection, db_path: Path, tmp_path: Path):
    db = ["--db", str(db_path)]
    before = dump(conn)
    code, out, err = run("customer", "merge", "ABC Co., Ltd.", "abc co., ltd.", *db)
    assert (code, out) == (1, "") and "cannot be merged with itself" in err
    code, _, err = run("customer", "pin", "Beta GmbH", "gold", *db)
    assert code == 1 and "neither a list nor a tier" in err
    code, _, err = run("customer", "undo", *db)
    assert code == 1 and err == "Nothing to undo\n"
    code, _, err = run("customer", "exclude", "Beta", "--db", str(tmp_path / "none.sqlite"))
    assert code == 1 and "There is no database" in err
    assert not (tmp_path / "none.sqlite").exists()
    for argv in (["customer"], ["customer", "pin", "Beta GmbH"], ["customer", "shout"],
                 ["customer", "unpin", "Beta GmbH", "--list", "--tier"],
                 ["customer", "undo", "--note", "why"], ["customer", "merge", "A"]):
        code, out, err = run(*argv, *db)
        assert (code, out) == (2, ""), argv
        assert "Error:" in err and "Traceback" not in err
    assert dump(conn) == before


# --- what the analysis does with them --------------------------------------------------------

def test_the_analysis_applies_the_overrides(conn: sqlite3.Connection):
    from core.analysis.run import analyse

    merge(conn, "ABC Co., Ltd.", "ABC Company Limited")
    exclude(conn, "Gamma LLC")
    pin(conn, "Beta GmbH", "black")
    pin(conn, "ABC Trading", "strategic")
    found = {c.customer: c for c in analyse(conn, date(2025, 6, 30)).customers}
    assert set(found) == {"ABC Co., Ltd.", "ABC Trading", "Beta GmbH"}
    assert (found["ABC Co., Ltd."].orders_12m, found["ABC Co., Ltd."].revenue_12m) == (2, 3000)
    assert found["Beta GmbH"].list == "black"
    assert found["ABC Trading"].tier == "strategic"
