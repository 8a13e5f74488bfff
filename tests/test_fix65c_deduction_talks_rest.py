"""fix65c (rv64d s3, s4a): beside a deduction, talks of another order, product or season leave
it taken, and a rest said come, once owed, another order's, a fee's or only asked is no rest
owed — its figure the deduction's sum, as before fix64c.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19): 定金30% 3,000 paid 03-02 and
a 尾款70% row received on 04-20 with the note; as of 06-30 an unpaid sum is 72 days late,
black. The sale-row shape (FS-1 10,000, OA 45 days shipped 03-05, due 04-19, paid 9,500 on
04-15) leaves an unpaid 500 71 days late at 06-29, black. Each ledger is imported by both
imports (tests.test_fast_import._same_import), a real .xlsx into a real SQLite file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_acct52d_noted_deductions import NORDHAUS, _customer, _months
from test_acct55a_three_payments import _accounts, _order, _paid
from test_deduction_words_fix52m import JUNE, _short
from test_fix56b_balance_clause_ours_part import PAID, _balances
from test_fix59d_part_sums import _late

# 1. talks of another order, product or season beside a deduction (main: 500, black)
ELSEWHERE = ["扣款500，另一单差价在谈", "扣款500，新款降价在谈", "扣款500，明年降价在谈",
             "扣款500，下季度降价还在谈", "扣款500，其他产品差价在谈",
             "扣款500，此单已定，新产品差价还在谈", "扣款500，本订单之外的差价在谈",
             "扣款500，另一批差价在谈", "扣款500，上一单差价在谈"]
# ... the deduction's own talks, this order's, denied another's or another thing's price:
# 500 owed still (as main)
OWN_TALKS = ["扣款500，差价在谈", "扣款500，该订单的差价还在谈", "扣款500，汇率差价在谈",
             "扣款500，运费差价在谈", "扣差价500在谈", "扣款500，不是另一单的差价在谈",
             "扣款500，这单差价在谈", "扣款500，其他差价在谈", "扣款500，另一单已定，差价在谈",
             "扣款500，新的差价在谈"]


def test_talks_of_another_order_beside_a_deduction_leave_it_taken(tmp_path: Path) -> None:
    """The 尾款70% row received 6,500 of 7,000 with the note. Hand count: the 500 short is the
    deduction taken where the talks are another order's, product's or season's (nothing open;
    main: 500, 72 days, black); the deduction's own talks, this order's, another thing's price
    (汇率, 运费) or another order denied leave the 500 owed since 04-19: 72 days, black."""
    cases = {**{f"E{i} {note}": PAID for i, note in enumerate(ELSEWHERE)},
             **{f"O{i} {note}": _late(500) for i, note in enumerate(OWN_TALKS)}}
    rows: list[list[object]] = []
    for i, name in enumerate(cases):
        rows += [_order(f"2025-6{i:02d}", name), _paid("定金30%", 3_000, date(2025, 3, 2)),
                 _paid("尾款70%", 6_500, date(2025, 4, 20), note=name.split(" ", 1)[1])]
    assert _accounts(tmp_path, rows, list(cases)) == cases


@pytest.mark.parametrize(("note", "owed"), [("扣款500，新款降价在谈", (0, 0, None)),
                                            ("扣款500，差价在谈", (500, 71, "black"))])
def test_talks_beside_a_deduction_on_a_sale_row(tmp_path: Path, note: str,
                                                owed: tuple[int, int, str | None]) -> None:
    """FS-1 paid 9,500 of 10,000 with the note: a new model's price talks leave the 500
    claim taken (main: 500, 71 days, black); the deduction's own talks leave it owed."""
    _months(tmp_path, _short(note), 6)
    nordhaus = _customer(tmp_path, NORDHAUS, JUNE)
    assert (round(nordhaus.open_amount), nordhaus.max_days_overdue, nordhaus.list) == owed


# 2. a rest beside a deduction writing no sum, 5,000 of 7,000 received (main: 2,000 black,
# 样品费尚欠2000 7,000 black)
NO_REST = ["佣金已扣，尚欠2000于5月收讫", "佣金已扣，原尚欠2000", "佣金已扣，另一单尚欠2000",
           "佣金已扣，2025-699尚欠2000", "佣金已扣，尚欠2000?", "佣金已扣，尚欠2000吗",
           "佣金已扣，样品费尚欠2000", "佣金已扣，运费尚欠2000",
           "佣金已扣，新订单尚欠2000"]
# ... the rest owed, its coming only said by the buyer, denied, planned, asked or due; once owed
# and owed still; this order's (its own number 2025-6xx, 本单); a question answered yes
OWED = ["佣金已扣，尚欠2000", "佣金已扣，尚欠2000，客户说已付", "佣金已扣，尚欠2000，不是已付",
        "佣金已扣，尚欠2000，还没收到", "佣金已扣，尚欠2000，客户说5月已付",
        "佣金已扣，尚欠2000，未收讫", "佣金已扣，尚欠2000，客户说5月收讫",
        "佣金已扣，尚欠2000，预计5/10到账", "佣金已扣，尚欠2000，5/10前到账",
        "佣金已扣，尚欠2000，最迟5/10到账", "佣金已扣，尚欠2000，5/10到账？",
        "佣金已扣，尚欠2000，客户说5/10到账", "佣金已扣，尚欠2000，5/10到期",
        "佣金已扣，尚欠2000，5/10收货", "佣金已扣，原尚欠2000，仍未付",
        "佣金已扣，原尚欠2000，现仍欠",
        "佣金已扣，本单尚欠2000", "佣金已扣，另一单已付，尚欠2000", "佣金已扣，尚欠2000吗？是的",
        # another product of the order, not another order (fix66j: rv66d)
        "佣金已扣，其他产品尚欠2000",
        "佣金已扣，USD尚欠2000", "佣金已扣，4/20尚欠2000",
        ]
# ... the rest's own day of arrival right after it, after the row's and within the sheet's
# dates (fix67a; fix65i had it owed): its receipt of 05-10, nothing open
ITS_DAY = ["佣金已扣，尚欠2000，5/10到账", "佣金已扣，尚欠2000（5/10收）",
           "佣金已扣，尚欠2000，5月10日到账"]


def test_a_rest_beside_a_deduction_come_another_s_or_asked_is_its_sum(tmp_path: Path) -> None:
    """Hand count: 5,000 came of the 7,000 balance; where the rest the note names came (收讫;
    a day alone after it no longer, fix65i), was once owed, is another order's, a fee's, or is
    only asked, its 2,000 is the commission taken: nothing open (main: 2,000, 72 days, black;
    样品费/运费尚欠2000 7,000). Opposites stay 2,000, 72 days, black."""
    own = f"佣金已扣，2025-6{len(NO_REST) + len(ITS_DAY) + len(OWED):02d}尚欠2000"
    got = _balances(tmp_path, [*NO_REST, *ITS_DAY, *OWED, own], 5_000)
    assert got == {**dict.fromkeys([*NO_REST, *ITS_DAY], PAID),
                   **dict.fromkeys([*OWED, own], _late(2_000))}


def test_a_fee_s_rest_is_no_plan_of_the_balance(tmp_path: Path) -> None:
    """Alone on the balance row, a fee's rest (样品费尚欠2000, 运费尚欠500) plans none of its
    money: 5,000 received leaves the 2,000 short open (main: 7,000, the row read a plan), all
    7,000 received nothing (main: 7,000); the balance's own rest (尾款尚欠2000, 尚欠2000) and a
    part's day (到账5000（4/20收），尚欠2000) stay owed, 72 days, black."""
    short = ["样品费尚欠2000", "运费尚欠500", "尚欠2000", "到账5000（4/20收），尚欠2000",
             "实收5000，4/20到账，尚欠2000", "到账5000，尚欠2000，预计5/10到账"]
    (tmp_path / "short").mkdir()
    (tmp_path / "whole").mkdir()
    assert _balances(tmp_path / "short", short, 5_000) == dict.fromkeys(short, _late(2_000))
    whole = {"样品费尚欠2000": PAID, "运费尚欠500": PAID, "尾款尚欠2000": _late(2_000)}
    assert _balances(tmp_path / "whole", [*whole], 7_000) == whole


def test_a_rest_s_day_alone_is_its_coming_on_a_whole_balance(tmp_path: Path) -> None:
    """All 7,000 received on the balance row: a rest said owed and then received (尚欠2000于5月
    收讫) leaves nothing open (main: 2,000, 72 days, black); its day forecast or a deadline
    (预计5/10到账, 5/10前到账) or the rest alone stays 2,000 owed; its own day of arrival right
    after it (5/10到账, （5/10收）: owed from fix65i) is its receipt of 05-10 since fix67a, nothing
    open. On 5,000 received the 2,000 short stays open but where its own day came (fix67a)."""
    # the rest's own day of arrival right after it: its receipt of 05-10 (fix67a)
    came = ["尚欠2000于5月收讫", "尚欠2000，5/10到账", "尚欠2000（5/10收）"]
    owed = ["尚欠2000，预计5/10到账", "尚欠2000，5/10前到账", "尚欠2000"]
    (tmp_path / "whole").mkdir()
    (tmp_path / "short").mkdir()
    assert _balances(tmp_path / "whole", [*came, *owed], 7_000) == {
        **dict.fromkeys(came, PAID), **dict.fromkeys(owed, _late(2_000))}
    assert _balances(tmp_path / "short", ["尚欠2000于5月收讫", "尚欠2000，5/10到账"], 5_000) == {
        "尚欠2000于5月收讫": _late(2_000), "尚欠2000，5/10到账": PAID}
