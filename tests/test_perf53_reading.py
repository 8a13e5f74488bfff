"""perf53's cuts of the reading's CPU keep what each step gives: a header's "contains" words
found through their first characters, a customer's facts settled past its latest row, a line
put without its tuple, and the other process's reading with the collector held off."""

from __future__ import annotations

import gc
import multiprocessing
from typing import Any

import pytest

from core.ledger import tabs_apart
from core.ledger.customer_facts import ALL_LEADS, Customer, settle
from core.ledger.header_fields import _CONTAINS, _contained, header_keys
from core.ledger.record import COUNTRY, FIELDS, ORDER_DATE, SALESPERSON
from core.ledger.seen_lines import SeenLines


def test_a_header_holds_the_contains_words_every_word_tried_finds() -> None:
    words = [word for word, _ in _CONTAINS]
    texts = [*words, *(f"{a} / {b}" for a, b in zip(words, reversed(words), strict=True)),
             "已收金额(usd)", "客户名称", "customer name", "order no.", "amount (usd)", "备注",
             "acme trading co., ltd", "pi-240001", "2025-03-01", "", "合计", "balance due"]
    for text in map(lambda t: header_keys(t)[0] if t else t, texts):
        expected = frozenset(k for k, (word, _) in enumerate(_CONTAINS) if word in text) \
            if any(c.isalpha() for c in text) else frozenset()
        assert _contained.__wrapped__(text) == expected, text
    assert any(_contained(header_keys(word)[0]) for word in words)


def _row(day: str, country: str | None, salesperson: str | None) -> tuple:
    row: list[Any] = [None] * len(FIELDS)
    row[ORDER_DATE], row[COUNTRY], row[SALESPERSON] = day, country, salesperson
    return tuple(row)


def test_a_customer_s_facts_are_its_latest_rows_filling_them_in_any_order() -> None:
    rows = [(_row("2025-03-01", "CN", None), 0, 0), (_row("2025-04-01", None, "Li"), 1, 0),
            (_row("2025-02-01", "US", "Wang"), 2, 0), (_row("2025-04-01", "DE", None), 1, 1),
            (_row("2025-01-15", None, "Zhao"), 3, 0), (_row("2025-05-02", "FR", None), 4, 0)]
    first, rank, index = rows[0]
    customer = Customer("k", (rank, index), (first[ORDER_DATE], rank, index), first)
    facts: dict = {}
    for record, rank, index in rows:
        customer.saw(record, rank, index)
        settle(facts, record, (record[ORDER_DATE], rank, index), ALL_LEADS)  # every fact asked
    assert customer.facts == facts
    assert customer.latest == ("2025-05-02", 4, 0) and customer.first == (0, 0)
    assert {n: place for n, (place, _) in customer.facts.items()} == {
        0: ("2025-05-02", 4, 0), 1: ("2025-04-01", 1, 0)}  # FR; Li, not Wang's or Zhao's


def test_a_line_put_reads_back_as_one_written_whole() -> None:
    put, set_ = SeenLines(), SeenLines()
    lines = [("k1", (None, 100.0, "", "2025-03-01")), ("k2", ("cancelled", None, "lot2", None)),
             ("k1", ("disputed", 80.5, "lot1", None)), ("k3", ("credit_note", 0, "", "x"))]
    for key, line in lines:
        put.put(key, *line)
        set_[key] = line
    assert [put[k] for k in ("k1", "k2", "k3")] == [set_[k] for k in ("k1", "k2", "k3")] == [
        ("disputed", 80.5, "lot1", None), ("cancelled", None, "lot2", None),
        ("credit_note", 0, "", "x")]
    put.as_bytes()
    put.put("k2", None, 5.0, "", None)
    assert put["k2"] == (None, 5.0, "", None) and "k1" in put and len(put) == 3


def test_the_other_process_reads_its_tabs_with_the_collector_held_off(
        monkeypatch: pytest.MonkeyPatch) -> None:
    enabled: list[bool] = []

    class Stream:
        count = 0

        def close(self) -> None:
            enabled.append(gc.isenabled())

    monkeypatch.setattr(tabs_apart, "leave_after", lambda work: work())
    monkeypatch.setattr(tabs_apart, "_read_each", lambda *_: enabled.append(gc.isenabled()))
    out, told = multiprocessing.Pipe()
    assert gc.isenabled()
    tabs_apart.read_tabs(out, told, lambda tabs: Stream(), (1, 2), None, {}, {}, "USD", "mdy")
    assert enabled == [False, True] and gc.isenabled()  # held off while it reads, then given back
    assert told.recv_bytes()  # the tab count, sent as before
