"""The copied-wire check's verdicts kept between the window's as-of changes (perf44a, issue 11).

An as-of change judged every customer of two files again for wires copied across files (1.3 s
of the 100k update store's 3.95 s under cProfile), finding what it found before. A customer
none of whose dates (a line read from, an order, a ship date) falls between the day it was
judged and the new A keeps its verdict; the analysis must be what a fresh one gives at every
date, back and forth, and the notes must name the customers found in the same order.
"""

from __future__ import annotations

import io
import sqlite3
from datetime import date

from account_cli import imported
from ledgers import write_xlsx
from test_mem42_wires_batched import two_files

import core.analysis.wires as wires
from core.analysis.kept_rows import KeptRows
from core.analysis.run import analyse, analyser
from core.analysis.serialise import analysis_json, write_json
from core.override_changes import merge
from core.progress import Steps
from core.rates import set_rate
from core.store import connect

# around the orders (03-01..05-03), their ship dates (5 days on) and the wires (06-01..06-25)
DATES = [date(2025, 6, 30), date(2025, 7, 31), date(2025, 5, 1), date(2025, 6, 22),
         date(2025, 3, 4), date(2025, 7, 31), date(2025, 5, 6), date(2025, 4, 30),
         date(2025, 6, 30)]


def _text(conn: sqlite3.Connection, as_of: date, kept: KeptRows | None = None) -> str:
    out = io.StringIO()
    write_json(analysis_json(analyse(conn, as_of, kept=kept)), out)
    return out.getvalue()


def _judged(monkeypatch) -> list[set[int]]:
    """The customers of each call of the check's rule."""
    calls: list[set[int]] = []
    rule = wires.drop_copied_wires

    def spy(lines, *args, **kwargs):
        calls.append({line.customer for line in lines})
        return rule(lines, *args, **kwargs)

    monkeypatch.setattr(wires, "drop_copied_wires", spy)
    return calls


def _asked(monkeypatch) -> list[int]:
    """The customers the check asked whether their lines could hold a copy at all (an47):
    those judged afresh, before the filter."""
    asked: list[int] = []
    rule = wires.may_hold_copies

    def spy(money, places):
        asked.extend({money[place][1] for place in places})
        return rule(money, places)

    monkeypatch.setattr(wires, "may_hold_copies", spy)
    return asked


def test_kept_verdicts_give_what_a_fresh_analysis_gives_at_every_date(tmp_path):
    db = two_files(tmp_path)
    conn = connect(db)
    kept = KeptRows(db)
    for day in DATES:
        assert _text(conn, day, kept) == _text(conn, day), day
    conn.close()


def test_a_customer_whose_dates_did_not_move_is_not_judged_again(tmp_path, monkeypatch):
    db = two_files(tmp_path)
    conn = connect(db)
    ids = dict(conn.execute("SELECT name, id FROM customers").fetchall())
    kept = KeptRows(db)
    calls, asked = _judged(monkeypatch), _asked(monkeypatch)
    analyse(conn, date(2025, 6, 30), kept=kept)
    # Gamma Co (two files, no figure twice, no payment row, no raised total) is asked, not
    # judged: it cannot hold a copy (an47)
    assert calls == [{ids["Alpha Co"], ids["Beta Co"]}]
    assert sorted(asked) == sorted(ids[name] for name in ("Alpha Co", "Beta Co", "Gamma Co"))
    calls.clear()
    asked.clear()
    # no order, ship date or line begins between 06-30 and 07-31: Gamma Co keeps its verdict,
    # not asked again; the two found are judged again together, for the notes' order
    later = _text(conn, date(2025, 7, 31), kept)
    assert calls == [{ids["Alpha Co"], ids["Beta Co"]}] and asked == []
    assert later == _text(conn, date(2025, 7, 31))  # the notes name them in the same order
    calls.clear()
    # back to 05-01: May's orders (05-01..05-03) lie between; Alpha Co's of 05-01 is read,
    # its money of two files judged again; Beta Co's and Gamma Co's are not yet: one file each
    assert _text(conn, date(2025, 5, 1), kept) == _text(conn, date(2025, 5, 1))
    assert calls[0] == {ids["Alpha Co"]}
    conn.close()


def test_verdicts_are_dropped_with_the_kept_lines(tmp_path, monkeypatch):
    db = two_files(tmp_path)
    conn = connect(db)
    kept = KeptRows(db)
    analyse(conn, date(2025, 6, 30), kept=kept)
    asked = _asked(monkeypatch)
    kept.forget()
    analyse(conn, date(2025, 7, 31), kept=kept)
    assert len(set(asked)) == 3  # every customer of two files judged afresh
    conn.close()


def test_the_restructuring_exports_month_end_keeps_the_verdicts(tmp_path, monkeypatch):
    """The export's month end (snapshots, run.analyser with the window's kept lines) read its
    own rules, corrections and rates: another `Rates` than the kept reading's, which dropped
    every kept head and verdict, and the next as-of change judged every customer again."""
    db = two_files(tmp_path)
    conn = connect(db)
    ids = dict(conn.execute("SELECT name, id FROM customers").fetchall())
    kept = KeptRows(db)
    analyse(conn, date(2025, 6, 30), kept=kept)
    calls = _judged(monkeypatch)
    month_end = analyser(conn, date(2025, 7, 31), keep=False, kept=kept)(
        date(2025, 7, 31), Steps(None, None))
    assert calls == [{ids["Alpha Co"], ids["Beta Co"]}]  # Gamma Co kept its verdict
    assert analysis_json(month_end) == analysis_json(analyse(conn, date(2025, 7, 31)))
    calls.clear()
    back = _text(conn, date(2025, 6, 30), kept)
    assert calls == [{ids["Alpha Co"], ids["Beta Co"]}]  # the export's run dropped nothing
    assert back == _text(conn, date(2025, 6, 30))
    conn.close()


def test_a_merge_between_two_dates_gives_what_a_fresh_analysis_gives(tmp_path):
    db = two_files(tmp_path)
    conn = connect(db)
    kept = KeptRows(db)
    _text(conn, date(2025, 6, 30), kept)
    merge(conn, "Alpha Co", "Gamma Co")  # Gamma Co's lines now Alpha Co's: judged with them
    after = _text(conn, date(2025, 7, 31), kept)
    assert after == _text(conn, date(2025, 7, 31)) and '"Gamma Co"' not in after
    conn.close()


H = ["订单号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "状态", "定金",
     "定金日期", "实收金额", "收款日期", "备注"]


def _paid_back(tmp_path):
    """Delta Co's cancelled D-1 (April's file): its 100,000 HKD deposit noted paid back, and a
    refund of 99,000 booked. The refund is that paying back only within a bank's charge at A's
    rate: 600 HKD at 0.5 USD (to 07-15: the deposit left out), 1,500 at 0.2 (the deposit stays
    and meets the refund). May's file writes the same deposit of 03-10 on D-2: a copy then."""
    april = write_xlsx(tmp_path / "april.xlsx", {"S": [
        H, ["D-1", "Delta Co", date(2025, 3, 5), None, 200_000, "HKD", "30% deposit", "取消",
            100_000, date(2025, 3, 10), None, None, "客户取消，定金已退"],
        ["", "Delta Co", date(2025, 4, 1), None, None, "HKD", None, "收款", None, None, -99_000,
         date(2025, 4, 1), "退款"]]})
    may = write_xlsx(tmp_path / "may.xlsx", {"S": [
        H, ["D-2", "Delta Co", date(2025, 5, 4), date(2025, 5, 9), 100_000, "HKD",
            "30% deposit", None, 100_000, date(2025, 3, 10), None, None, None]]})
    db = imported(tmp_path / "firm.sqlite", april, may)
    conn = connect(db)
    set_rate(conn, "HKD", "2025-01-01", 0.5)
    set_rate(conn, "HKD", "2025-07-15", 0.2)
    return db, conn


def test_money_paid_back_is_judged_at_each_dates_rate(tmp_path):
    """None of Delta Co's dates lies between 06-30 and 07-31, but its deposit paid back is
    judged at A's rate: left out at 06-30 (no copy), kept at 07-31 (a copy of May's)."""
    db, conn = _paid_back(tmp_path)
    kept = KeptRows(db)
    first = _text(conn, date(2025, 6, 30), kept)
    assert first == _text(conn, date(2025, 6, 30)) and "wires_copied" not in first
    later = _text(conn, date(2025, 7, 31), kept)
    assert later == _text(conn, date(2025, 7, 31)) and "wires_copied" in later
    conn.close()


def test_a_rate_set_between_two_dates_gives_what_a_fresh_analysis_gives(tmp_path):
    db, conn = _paid_back(tmp_path)
    kept = KeptRows(db)
    _text(conn, date(2025, 6, 30), kept)
    set_rate(conn, "HKD", "2025-07-15", 0.4)  # 800 HKD: no tie, the deposit left out
    later = _text(conn, date(2025, 7, 31), kept)
    assert later == _text(conn, date(2025, 7, 31)) and "wires_copied" not in later
    conn.close()
