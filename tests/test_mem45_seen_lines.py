"""mem45: the line keys a file's sheets met (core.ledger.seen_lines.SeenLines) are held
compactly — the peak of a million-row import — and read back exactly as they were written."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from ledgers import HEADER, write_xlsx

import core.ledger.held_sheets as held_sheets
from core.ledger.orders import OrderBook
from core.ledger.placeholder_rows import read_alone
from core.ledger.record import AMOUNT, CREDIT_NOTE, ORDER_NO
from core.ledger.seen_lines import SeenLines
from core.store import connect


def test_lines_read_back_as_written() -> None:
    seen = SeenLines()
    seen["a#0"] = (None, 1234.5, "", "2024-03-01")
    seen["a#1"] = ("cancelled", None, "第二批", None)
    seen["a#2"] = ("stands", 7, "", "2024-03-02")  # an amount not a float kept as it was
    seen["a#3"] = (None, -0.0, "", "2024-03-01")
    assert "a#0" in seen and "b#0" not in seen and len(seen) == 4
    assert seen["a#0"] == (None, 1234.5, "", "2024-03-01")
    assert seen["a#1"] == ("cancelled", None, "第二批", None)
    assert seen["a#2"] == ("stands", 7, "", "2024-03-02") and type(seen["a#2"][1]) is int
    assert str(seen["a#3"][1]) == "-0.0"
    assert seen.get("b#0") is None and seen.get("a#1") == ("cancelled", None, "第二批", None)
    seen["a#0"] = ("disputed", 99.25, "分批", "2024-04-01")  # a later tab's showing
    assert seen["a#0"] == ("disputed", 99.25, "分批", "2024-04-01") and len(seen) == 4
    assert seen.pop("a#1") == ("cancelled", None, "第二批", None)
    assert "a#1" not in seen and len(seen) == 3
    seen["a#1"] = ("credit_note", -50.0, "", None)  # a key moved back (tab_notes)
    assert seen["a#1"] == ("credit_note", -50.0, "", None)


def test_keys_held_as_bytes_once_the_sheets_are_packed() -> None:
    seen = SeenLines()
    seen["o:1|沙发\udc80#0"] = (None, 1.0, "", None)  # a lone surrogate a cell may hold
    seen["o:2|台灯#0"] = ("cancelled", 2.0, "", "2025-01-02")
    assert list(dict.keys(seen)) == ["o:1|沙发\udc80#0", "o:2|台灯#0"]  # a loose file's
    seen.as_bytes()
    assert all(isinstance(k, bytes) for k in dict.keys(seen))
    seen["o:3|台灯#0"] = (None, None, "", None)
    assert "o:1|沙发\udc80#0" in seen and "o:3|台灯#0" in seen and "o:4|台灯#0" not in seen
    assert b"o:3|" not in seen and 5 not in seen
    assert seen["o:2|台灯#0"] == ("cancelled", 2.0, "", "2025-01-02")
    assert seen.pop("o:1|沙发\udc80#0") == (None, 1.0, "", None) and len(seen) == 2
    assert seen.get("o:3|台灯#0") == (None, None, "", None)


def test_a_key_costs_a_quarter_less() -> None:
    """What a million-row file's reading held till its last sheet: a key made as a row is
    grouped (held by nothing else once its sheet is packed), with its line. As a str key
    (two bytes a character beside a Chinese product) and a 4-tuple with its own amount float,
    100,000 keys held 24 MB; as bytes with the line in arrays, under 19 MB."""
    amounts = [float(n) + 0.5 for n in range(100_000)]  # the records' floats, held anyway
    ships = [f"2024-{m:02}-01" for m in range(1, 13)]

    def held(seen: dict) -> int:
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            for n in range(100_000):
                seen[f"o:pi24{n:07}|玻璃调料瓶套装 红色小号#0"] = (None, amounts[n], "",
                                                          ships[n % 12])
            return tracemalloc.get_traced_memory()[0] - before
        finally:
            tracemalloc.stop()

    book = OrderBook()
    assert isinstance(book._seen, SeenLines)
    book.keys_as_bytes()  # as a big file's reading does once it packs its first sheet
    compact, plain = held(book._seen), held({})
    assert book._seen["o:pi240099999|玻璃调料瓶套装 红色小号#0"] == (None, 99999.5, "",
                                                                 "2024-04-01")
    assert compact < 0.8 * plain, (compact, plain)


def test_the_earlier_tabs_sales_are_let_go_once_every_sheet_is_taken(tmp_path: Path) -> None:
    """A 3月 tab selling PO-1 and PO-2 and a 4月 tab returning 1,000 of PO-1 (状态 退货): the
    return is read against 3月's sale (a credit note of -1,000), and the first sales the
    file kept for it (640,000 orders' at 1M, 66 MB held through the write) are gone once
    the file is read; the credit note stands."""
    path = write_xlsx(tmp_path / "台账.xlsx", {
        "3月": [HEADER, ["PO-1", "Acme Ltd", "US", "Li", "2025-03-01", "Lamp", 5_000, "USD",
                        "FOB", "T/T", "2025-03-05", None, None, None, None],
               ["PO-2", "Acme Ltd", "US", "Li", "2025-03-02", "Desk", 2_000, "USD", "FOB",
                "T/T", "2025-03-06", None, None, None, None]],
        "4月": [HEADER, ["PO-1", "Acme Ltd", "US", "Li", "2025-04-02", "Lamp", 1_000, "USD",
                        "FOB", "T/T", None, None, None, None, "退货"]]})
    conn = connect(tmp_path / "db.sqlite")
    found = read_alone(conn, path, None)
    records = [r for _, sheet, _ in found.ledger.held for r in sheet]
    assert [(r[ORDER_NO], r[AMOUNT], r[CREDIT_NOTE]) for r in records] == [
        ("PO-1", 5_000, 0), ("PO-2", 2_000, 0), ("PO-1", -1_000, 1)]
    assert found.returns._sold == {} and not found.noted._written


def test_a_big_file_s_reading_holds_its_keys_as_bytes(tmp_path: Path, monkeypatch) -> None:
    """Three tabs, the first packed once the third is in (held_sheets' budget lowered): the
    book's keys are bytes from then on, and the file reads as a loose one does (a later tab
    repeating PO-1's line is that line)."""
    tab = [HEADER, ["PO-1", "Acme Ltd", "US", "Li", "2025-03-01", "台灯", 5_000, "USD", "FOB",
                    "T/T", "2025-03-05", None, None, None, None]]
    path = write_xlsx(tmp_path / "台账.xlsx", {"1月": tab, "2月": tab, "3月": tab})
    conn = connect(tmp_path / "db.sqlite")
    loose = read_alone(conn, path, None)
    monkeypatch.setattr(held_sheets, "LOOSE_ROWS", 1)
    seen: list[type] = []
    done = OrderBook.sheets_done

    def kept(book: OrderBook) -> None:
        seen.append(type(book._seen))
        done(book)

    monkeypatch.setattr(OrderBook, "sheets_done", kept)
    packed = read_alone(conn, path, None)
    assert packed.ledger.held.sheets[0].packed is not None
    assert seen[0] is not SeenLines and issubclass(seen[0], SeenLines)
    for found in (loose, packed):
        groups = [g for _, _, g in found.ledger.held]
        assert [g.repeats for g in groups] == [[False], [True], [True]]
