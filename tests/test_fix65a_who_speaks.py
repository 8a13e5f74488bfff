"""fix65a: rv64d's findings in owed_said mended — who speaks, who owes (issue 11).

Balance rows as tests.test_fix56b_balance_clause_ours_part writes them: an order of 10,000 USD
(03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 received 03-02, the 尾款70% row 7,000
received 04-20 with the note. Hand: a note saying the buyer has not paid leaves the 7,000 owed
since 04-19, 72 days on 06-30, black; a note of the firm's own supplier bill leaves the row
paid, nothing owed.

1. 他 right after one of the firm's suppliers is that supplier (工厂他们说我们还没付, 工厂那边他说
   我们还没付, 供应商他们说我们还没付): its "we" is the firm, the bill the firm's own. main took
   any 他 for the buyer speaking, his "we": 7,000, 72 days, black → nothing owed. 他 alone or
   the buyer's (他说我们还没付, 客户他们说还没付, 他们工厂他说我们还没付) stays his: 7,000 black.
2. A supplier telling the firm of its bill by name (货代通知我们运费还没付, 供应商通知我们货款还没
   付, 工厂通知我们尾款还没付): main read the named money as the buyer's (or, 运费, missed the
   telling): 7,000 black → nothing. A carrier's bill is a fee: 货代通知我们货款还没付 (the
   forwarder holding the bill of lading till the buyer pays) stays 7,000 black, as do the
   buyer or his side telling (客户通知我们货款还没付, 他们的工厂通知我们货款还没付) and the
   buyer named in what is told (工厂通知我们客户货款还没付); freight so told (客户通知我们运费
   还没付, 货代通知我们客户运费还没付) is a fee, not the balance: nothing owed since fix66d.
3. Beside goods short (还差2000的货，…), the clause part_said asks owed_said.firms_bill of:
   the supplier's telling or speaking is no money of his to come (7,000 or 2,000 black →
   nothing); money short beside it (还差2000，…; 客户还差2000，…) stays 2,000, 72 days, black.
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix59d_part_sums import _late
from test_fix64e_rv64b_mends import by_command_line, typed_balances

# 1. the supplier speaking by 他 and 2. telling of its bill by name: nothing owed
# (main: 7,000, 72 days, black)
SUPPLIERS_WORD = ["工厂他们说我们还没付", "工厂那边他说我们还没付", "供应商他们说我们还没付",
                  "供应商那边他们说我们还没付", "供应商通知我们货款还没付",
                  "工厂通知我们尾款还没付"]
# ... the buyer's speaking, denied, told or named: 7,000, 72 days, black (as main)
HIS_WORD = ["他说我们还没付", "他欠我们还没付", "客户他们说还没付", "他们说工厂还没发货所以还没付",
            "他们工厂他说我们还没付", "客户说工厂他们说我们还没付", "工厂他们说客户还没付",
            "工厂他们说尾款还没付", "工厂他们说还没付", "工厂通知我们客户货款还没付",
            "他们的工厂通知我们货款还没付", "客户通知我们货款还没付"]


def test_the_suppliers_he_and_its_bill_told_are_the_firms(tmp_path: Path) -> None:
    """Each supplier's word: nothing owed (main: 7,000, 72 days, black); each of the buyer's:
    7,000, 72 days, black (as main)."""
    assert _balances(tmp_path, [*SUPPLIERS_WORD, *HIS_WORD]) == {
        **dict.fromkeys(SUPPLIERS_WORD, PAID), **dict.fromkeys(HIS_WORD, OWED)}


def test_a_carriers_freight_told_or_said_is_the_firms(tmp_path: Path) -> None:
    """Imported once by the command line: the import reads 代…付 as a payer's name, the
    reference import not (as tests.test_fix64e_rv64b_mends.test_the_forwarders_freight_is_the_
    firms_bill). The forwarder or shipping line telling the firm of its freight, or speaking by
    他 of the firm's not paying: nothing owed (main: 7,000, 72 days, black; 货代他们说运费我们还
    没付 was paid on main too). Goods money told by a carrier: 7,000, 72 days, black (as main).
    Freight unpaid told by the buyer or his side's carrier, or the buyer's (客户通知我们运费还没付,
    货代通知我们客户运费还没付) is a fee, not the balance received: nothing owed since fix66d
    (7,000, 72 days, black before; tests.test_fix66d_agent_fee_hearsay)."""
    cases = {"C 货代通知我们运费还没付": PAID, "C 船公司通知我们运费还没付": PAID,
             "C 货代他们说我们还没付": PAID, "C 货代他们说运费我们还没付": PAID,
             "C 客户通知我们运费还没付": PAID, "C 货代通知我们货款还没付": OWED,
             "C 货代通知我们客户运费还没付": PAID, "C 他们的货代通知我们运费还没付": PAID}
    assert by_command_line(tmp_path, cases) == cases


def test_the_same_words_on_a_typed_balance_row(tmp_path: Path) -> None:
    """The balance row typing its order's number and buyer again (fix63b) reads them as the
    blank-buyer row does: the supplier's nothing owed (main: 7,000, 72 days, black), the
    buyer's 7,000, 72 days, black (as main)."""
    cases = {"T 工厂他们说我们还没付": PAID, "T 工厂那边他说我们还没付": PAID,
             "T 供应商通知我们货款还没付": PAID, "T 他说我们还没付": OWED,
             "T 客户他们说还没付": OWED, "T 客户通知我们货款还没付": OWED}
    assert typed_balances(tmp_path, cases) == {name: (*owed, 0.0) for name, owed in cases.items()}


def test_goods_short_beside_the_suppliers_word(tmp_path: Path) -> None:
    """Goods short 2,000 beside the supplier speaking or telling of its bill: nothing owed
    (main: 7,000 and 2,000, 72 days, black); money short beside it: 2,000, 72 days, black
    (as main)."""
    firms = ["还差2000的货，工厂他们说我们还没付", "还差2000的货，供应商通知我们货款还没付",
             "还差2000的货，工厂通知我们还没付", "还差2000的货，工厂货款还没付"]
    his = ["客户还差2000，工厂通知我们还没付", "还差2000，工厂他们说我们还没付",
           "还差2000，工厂货款还没付", "还差2000没付，工厂货款也还没付"]
    assert _balances(tmp_path, [*firms, *his]) == {**dict.fromkeys(firms, PAID),
                                                   **dict.fromkeys(his, _late(2_000))}


def test_goods_short_beside_a_carriers_freight_told(tmp_path: Path) -> None:
    """还差2000的货，货代通知我们运费还没付: nothing owed (main: 7,000, 72 days, black); the
    carrier telling of goods money: 2,000, 72 days, black (as main)."""
    cases = {"S 还差2000的货，货代通知我们运费还没付": PAID,
             "S 还差2000的货，货代通知我们货款还没付": _late(2_000)}
    assert by_command_line(tmp_path, cases) == cases
