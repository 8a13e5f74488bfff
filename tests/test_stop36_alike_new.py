"""Two spellings of one buyer that both first come in one file are pointed out.

A firm's first file, a year's book, writes Nordic Home AB (46,000 and 40,000 USD, paid) and on
one row NORDIC  HOME A.B. (8,000 on OA 30, shipped 2025-11-20, unpaid). Only a new name beside
a stored one was weighed, so the import said nothing: NORDIC HOME A.B. went on the black list
as a small customer (an average order of 8,000, 95 days past due) while Nordic Home AB was on
the white list. The import now says the two may be one; merged (as the clerk then does), the
buyer's average order is 31,333, its March wire pays the oldest invoice, and it is on no list.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx

from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.override_changes import merge
from core.store import connect

A = date(2026, 3, 25)
HEADER = ["合同号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "已收金额",
          "收款日期"]
ROWS = [
    HEADER,
    ["NH-1", "Nordic Home AB", date(2025, 10, 12), date(2025, 11, 2), 46_000, "USD",
     "OA 30 days", 46_000, date(2025, 12, 1)],
    ["NH-2", "NORDIC  HOME A.B.", date(2025, 11, 3), date(2025, 11, 20), 8_000, "USD",
     "OA 30 days", None, None],
    ["NH-3", "Nordic Home AB", date(2026, 1, 12), date(2026, 2, 2), 40_000, "USD",
     "OA 30 days", 40_000, date(2026, 3, 1)],
    ["X-1", "Other Co", A, A, 1_000, "USD", "T/T in advance", 1_000, A],
]


def test_two_new_spellings_in_one_file_are_said(tmp_path: Path) -> None:
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [write_xlsx(tmp_path / "2025.xlsx", {"台账": ROWS})])
    said = [w for w in result.warnings if w.code == "customer_alike_new"]
    assert [str(w) for w in said] == [
        "Possibly the same customer: «Nordic Home AB» and «NORDIC HOME A.B.», both new — "
        "merge them in Customers if so."]
    assert in_chinese(lambda: str(said[0])) == (
        "可能是同一客户：“Nordic Home AB”与“NORDIC HOME A.B.”（均为新客户）——"
        "如是，请在“客户”页合并。")
    with connect(db) as conn:
        lists = {c.customer: c.list for c in analyse(conn, as_of=A).customers}
        assert (lists["Nordic Home AB"], lists["NORDIC HOME A.B."]) == ("white", "black")
        merge(conn, "Nordic Home AB", "NORDIC  HOME A.B.")
        [nordic] = [c for c in analyse(conn, as_of=A).customers if c.customer == "Nordic Home AB"]
    # its later wire paid the oldest invoice first: 8,000 open on NH-3, 21 days
    assert (round(nordic.average_order), nordic.max_days_overdue, nordic.list) == (
        31_333, 21, None)



def test_among_many_new_names_sharing_words_the_pair_is_still_said(tmp_path: Path) -> None:
    """A first import of many buyers (a ten-year ledger) weighs two new names only where they
    share a word few of them hold (similarity.RARE_WORD): "Home Living Trading" beside forty
    "Home Living Trading 2" … "41", each close to it letter for letter but sharing only words
    all of them hold, is not weighed against each (forty notes were said), and Nordic Home AB
    beside NORDIC HOME A.B. still is."""
    many = [[f"M-{n}", f"Home Living Trading {n or ''}".strip(), A, A, 1_000, "USD",
             "T/T in advance", 1_000, A] for n in [0, *range(2, 42)]]
    [result] = import_files(tmp_path / "firm.sqlite",
                            [write_xlsx(tmp_path / "2025.xlsx", {"台账": [*ROWS, *many]})])
    said = [w.params for w in result.warnings if w.code == "customer_alike_new"]
    assert said == [{"new": "Nordic Home AB", "known": "NORDIC HOME A.B."}]
