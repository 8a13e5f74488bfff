"""fix67k: rv67g's review of fix67a — a rest's own day of arrival (尚欠2000，5/10到账) kept on its
row's own line, a rest's room never past the order's amount, a day-first sheet's note day.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02, the
尾款70% row received on 04-20 (7,000 typed, the note's rest 2,000 of it) with the note; the
sheet's last row another buyer's 1,000 received 06-30. Hand count as of 06-30: the rest come on
its day leaves 10,000 − 3,000 − 5,000 − 2,000 = 0; the rest owed is 2,000 open since 04-19, 72
days, black. Each ledger is a real .xlsx imported into a real SQLite file by both imports.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _order, _paid
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD
from test_fix62f_repeated_cells import APRIL, DEPOSIT, PAID
from test_fix66f_another_rest import REST

NOTE = "尚欠2000，5/10到账"


def _book(note: str, *more: list[object]) -> dict[str, list[list[object]]]:
    return {"台账": [HEAD, _order("2025-701", "Alder Co"), DEPOSIT,
                    _paid("尾款70%", 7_000, APRIL, note=note), *more, LAST]}


def _account(db: Path, name: str, on: date = END) -> tuple[float, int, str | None, float]:
    c = customer(db, name, on)
    return (round(c.open_amount, 2), c.max_days_overdue,
            c.list if c.list in ("black", "watch") else None, round(c.credit_on_account, 2))


def test_the_rest_is_kept_on_the_row_s_own_line(tmp_path: Path) -> None:
    """One line of the balance row: 7,000 on 05-10, 5,000 of 04-20 its earlier step (fix67a: a
    second line of 2,000, 5 inserted for 4 rows); as of 05-01 the 2,000 owed (as the note
    without its day reads), 06-30 nothing."""
    path = write_xlsx(tmp_path / "a.xlsx", _book(NOTE))
    result, = _same_import(tmp_path, [path])
    assert result.counts.inserted == 4
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        lines = conn.execute("SELECT received_amount, received_date, received_history FROM "
                             "order_lines WHERE product = '尾款70%'").fetchall()
    assert lines == [(7_000.0, "2025-05-10", '[["2025-04-20", 5000.0, "a.xlsx"]]')]
    db = tmp_path / "fast.sqlite"
    assert _account(db, "Alder Co") == PAID
    plain = write_xlsx(tmp_path / "plain" / "a.xlsx", _book("尚欠2000"))
    _same_import(tmp_path / "plain", [plain])  # as of 05-01 as the rest owed alone
    assert _account(db, "Alder Co", date(2025, 5, 1)) == _account(
        tmp_path / "plain" / "fast.sqlite", "Alder Co", date(2025, 5, 1))
    assert _account(db, "Alder Co", date(2025, 5, 1))[0] == 2_000.0


def test_a_corrected_note_owes_the_rest_again(tmp_path: Path) -> None:
    """The file imported again with its note corrected (the day cut, a forecast, a doubt): 2,000,
    72 days, black (fix67a: the rest's own line stayed live, nothing owed). Imported again with
    the note kept and another row added: nothing owed still, the rest counted once."""
    for i, note in enumerate(["尚欠2000", "尚欠2000，7/10到账", "尚欠2000，5/10到账?"]):
        folder = tmp_path / str(i)
        path = write_xlsx(folder / "a.xlsx", _book(NOTE))
        _same_import(folder, [path])
        assert _account(folder / "fast.sqlite", "Alder Co") == PAID
        write_xlsx(path, _book(note))
        _same_import(folder, [path])
        assert _account(folder / "fast.sqlite", "Alder Co") == REST, note
    folder = tmp_path / "kept"
    path = write_xlsx(folder / "a.xlsx", _book(NOTE))
    _same_import(folder, [path])
    write_xlsx(path, _book(NOTE, ["2025-702", "Birch Co", date(2025, 6, 1), 500, "USD", "T/T",
                                  "LED灯", date(2025, 6, 1), 500, date(2025, 6, 2), "", ""]))
    _same_import(folder, [path])
    assert _account(folder / "fast.sqlite", "Alder Co") == PAID
    with sqlite3.connect(folder / "fast.sqlite") as conn:
        assert conn.execute("SELECT received_amount, received_date FROM order_lines WHERE "
                            "product = '尾款70%'").fetchall() == [(7_000.0, "2025-05-10")]


def test_two_rests_never_past_the_amount(tmp_path: Path) -> None:
    """3,000 noted 尚欠4000，5/10到账 and below it 2,000 of 05-10 noted 尚欠2000，6/10到账,
    the buyer's other order of 2,000 unpaid (due 04-19): the order paid in full (3,000 +
    3,000 + 2,000 + the second rest 2,000), the other order owed, 2,000, 72 days, black
    (fix67a: both rests, 12,000 on the order, its surplus paying the other: nothing). 尚欠4000
    plain above: nothing open, no credit. The rest's own row typed below (2,000 on 05-12):
    counted once, the other order owed."""
    def unpaid(number: str, buyer: str) -> list[object]:
        return [number, buyer, date(2025, 3, 1), 2_000, "USD", "OA 30天", "LED灯",
                date(2025, 3, 20), None, None, "", ""]
    rows = [_order("2025-702", "Cedar Co"), DEPOSIT,
            _paid("尾款70%", 3_000, APRIL, note="尚欠4000，5/10到账"),
            _paid("尾款70%", 2_000, date(2025, 5, 10), note="尚欠2000，6/10到账"),
            unpaid("2025-7021", "Cedar Co"),
            _order("2025-700", "Alder Co"), DEPOSIT,
            _paid("尾款70%", 3_000, APRIL, note="尚欠4000"),
            _paid("尾款70%", 2_000, date(2025, 5, 10), note="尚欠2000，6/10到账"),
            _order("2025-703", "Dahlia Co"), DEPOSIT,
            _paid("尾款70%", 5_000, APRIL, note=NOTE),
            _paid("尾款70%", 2_000, date(2025, 5, 12)), unpaid("2025-7031", "Dahlia Co")]
    path = write_xlsx(tmp_path / "a.xlsx", {"台账": [HEAD, *rows, LAST]})
    _same_import(tmp_path, [path])
    db = tmp_path / "fast.sqlite"
    assert _account(db, "Cedar Co") == REST
    assert _account(db, "Alder Co") == PAID
    assert _account(db, "Dahlia Co") == REST


def test_a_day_first_sheet_reads_the_note_s_day_so(tmp_path: Path) -> None:
    """Dates typed as text day first (20/04/2025): 5/6到账 is 5 June, as of 05-20 the 2,000 owed
    (fix67a: 6 May, nothing); 10/5到账 is 10 May, nothing owed; 5月6日到账 is 6 May, written with
    its month: nothing owed. As of 06-30 all three nothing."""
    def dm(day: date) -> str:
        return day.strftime("%d/%m/%Y")
    rows: list[list[object]] = []
    for buyer, note in (("June Co", "尚欠2000，5/6到账"), ("May Co", "尚欠2000，10/5到账"),
                        ("Month Co", "尚欠2000，5月6日到账")):
        number = f"2025-7{len(rows):02d}"
        rows += [[number, buyer, dm(date(2025, 3, 1)), 10_000, "USD", "OA 30天", "LED灯",
                  dm(date(2025, 3, 20)), None, None, "", ""],
                 _paid("定金30%", 3_000, dm(date(2025, 3, 2))),  # type: ignore[arg-type]
                 _paid("尾款70%", 5_000, dm(APRIL), note=note)]  # type: ignore[arg-type]
    rows.append(["2025-299", "Other Co", dm(date(2025, 6, 13)), 1_000, "USD", "T/T", "LED灯",
                 dm(date(2025, 6, 13)), 1_000, dm(END), "", ""])
    path = write_xlsx(tmp_path / "a.xlsx", {"台账": [HEAD, *rows]})
    _same_import(tmp_path, [path])
    db = tmp_path / "fast.sqlite"
    may = date(2025, 5, 20)
    assert _account(db, "June Co", may)[0] == 2_000.0
    assert _account(db, "May Co", may) == PAID
    assert _account(db, "Month Co", may) == PAID
    for name in ("June Co", "May Co", "Month Co"):
        assert _account(db, name) == PAID, name


def test_a_bare_arrival_or_paid_is_no_receipt(tmp_path: Path) -> None:
    """尚欠2000，5/10到 and "balance 2000 paid 5/10" may be a deadline (到 by 5/10, to be paid
    5/10): 2,000, 72 days, black (fix67a: nothing); 尚欠2000，5/10收 and "balance 2000 received
    5/10" stay the rest's receipt, nothing owed."""
    rows: list[list[object]] = []
    cases = {"Bare Co": ("尚欠2000，5/10到", 7_000, REST), "Paid Co": ("balance 2000 paid 5/10",
             5_000, REST), "Shou Co": ("尚欠2000，5/10收", 7_000, PAID),
             "Received Co": ("balance 2000 received 5/10", 5_000, PAID)}
    for i, (buyer, (note, got, _)) in enumerate(cases.items()):
        rows += [_order(f"2025-71{i}", buyer), DEPOSIT, _paid("尾款70%", got, APRIL, note=note)]
    path = write_xlsx(tmp_path / "a.xlsx", {"台账": [HEAD, *rows, LAST]})
    _same_import(tmp_path, [path])
    got_all = {buyer: _account(tmp_path / "fast.sqlite", buyer) for buyer in cases}
    assert got_all == {buyer: hand for buyer, (_, _, hand) in cases.items()}
