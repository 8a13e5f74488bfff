"""A comma's spacing and a comma ending a name are typing too (key50b, from rv50k's probes).

key50 read "Co., Ltd." as "Co.,Ltd" and "Golden Bridge Co." as "Golden Bridge Co", but a space
typed before the comma ("Apex ,Ltd") and a comma left at the end ("ABC Co.,", the key beside the
full stop) still made a second customer: "ABC Co.," held its buyer's unpaid invoice while the
wire paying it sat as credit under "ABC Co.". Words and other punctuation still tell buyers
apart.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_customer_keys_audit22 import _customers
from test_key50_trailing_stop import CLOCK, NUMBERED, _imported

from core.analysis.run import analyse
from core.ledger.normalise import customer_key
from core.store import connect

A = date(2025, 12, 31)


@pytest.mark.parametrize(("typed", "other"), [
    ("A ,B", "A, B"),
    ("Apex ,Ltd", "Apex, Ltd"),
    ("Apex , Ltd.", "Apex,Ltd"),
    ("ABC Co.,", "ABC Co."),
    ("ABC Co.,", "ABC Co"),
    ("ABC Co. ,", "ABC Co"),
    ("Golden Bridge Co., Ltd.,", "Golden Bridge Co.,Ltd"),
    ("华美贸易有限公司，", "华美贸易有限公司"),  # a full-width comma: NFKC's ","
])
def test_one_key(typed: str, other: str) -> None:
    assert customer_key(typed) == customer_key(other)


@pytest.mark.parametrize(("one", "other"), [
    ("Apex, Ltd", "Apex Ltd"),  # a comma itself is punctuation: the clerk's merge
    ("A,B", "AB"),
    ("ABC Co.;", "ABC Co."),
    ("ABC Co. -", "ABC Co."),
    ("ABC, Trading", "ABC Trading"),
])
def test_other_punctuation_still_tells_buyers_apart(one: str, other: str) -> None:
    assert customer_key(one) != customer_key(other)


NAMES = ["A ,B", "A , B", " ,", ",", ".,", ". , .", "ABC Co.,", "ABC Co. ,", "ABC Co.,,",
         "Apex , Ltd.", "Apex ,(HK)", "Apex (HK) ,", "Apex ( HK ) , Ltd .", "华美 ，贸易",
         "华 , B", "B 华 ,", "深圳市 华美 ， 有限公司。", "Ａｐｅｘ ，Ｌｔｄ．，", "St. , Louis",
         "A.,B", "A ., B", ", A", " , A ,", "Co.,Ltd.,", "【ABC】 , Co.", "ABC\u200f ,Co"]


@pytest.mark.parametrize("name", NAMES)
def test_the_key_read_again_is_itself(name: str) -> None:
    """The re-key reads stored keys again (core.ledger.customer_rekey): key(key(x)) == key(x)."""
    key = customer_key(name)
    assert customer_key(key) == key


def test_a_trailing_comma_is_no_second_customer(tmp_path: Path) -> None:
    rows = [NUMBERED, CLOCK,
            ["AB-0601", date(2025, 6, 1), "ABC Co.,", 8_000, "USD", "OA 30 days",
             date(2025, 7, 1), None, None],
            ["AB-1120", date(2025, 11, 20), "ABC Co.", 20_000, "USD", "OA 30 days", None,
             8_000, date(2025, 12, 5)],
            ["AP-1", date(2025, 11, 2), "Apex ,Ltd", 3_000, "USD", "T/T in advance",
             date(2025, 11, 9), 3_000, date(2025, 11, 2)],
            ["AP-2", date(2025, 11, 3), "Apex, Ltd", 2_000, "USD", "T/T in advance",
             date(2025, 11, 9), 2_000, date(2025, 11, 3)]]
    db, said = _imported(tmp_path, rows)
    assert [(key, count) for key, _, count in _customers(db)] == [
        ("abc co", 2), ("apex,ltd", 2), ("clock co", 1)]
    with connect(db) as conn:
        [abc] = [c for c in analyse(conn, as_of=A).customers if c.customer.startswith("ABC")]
    # on main: "ABC Co.," black-listed, 8,000 open 153 days; "ABC Co." 8,000 credit
    assert (abc.open_amount, abc.max_days_overdue) == (0, 0)
    assert abc.list != "black" and not abc.credit_on_account
    assert "customer_alike_new" not in said
