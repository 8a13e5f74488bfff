"""fix59l (rv59c s261, s264, s265): a part said of something else than the balance's money.

- A share of the goods (一半已到港，另一半下月出; 球阀三分之一已到，余下5月发), of the
  freight (付了一半运费) or of the means the whole came by (汇了一半美金一半人民币; 收到一半是
  电汇，一半是支票), the other half said come (收到一半，4/28收到另一半): no part, the balance paid.
- The last order's rest (上单还差2000; 已到账7000（含上单还差2000）), goods short (还差2000的货下月
  补发) and the deposit's wire named after its figure (3/2已到账3000（定金），今收尾款): paid.
- The buyer's word that nothing is left (客户说没有尾款了), or his refusal (…，拒付): owed.
- Goods, papers or samples come, or freight paid, after the rest owed (尚欠2000，货已到齐 /
  单据已收到 / 货已到港 / 样品已收到 / 已付运费): the rest still owed.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02 and a
尾款70% row of 7,000 received 04-20 with the note; as of 06-30 an unpaid sum is 72 days late.
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix59d_part_sums import _late


def test_a_share_of_goods_freight_or_means_is_no_part_of_the_money(tmp_path: Path) -> None:
    """Each note: paid (main: 3,500 or 4,667 open, 72 days, black). Controls as main: half
    said come, the other half to come (收到一半，另一半下月付; …另一半下月发货前付) or after
    shipping (发货后付了一半): 3,500 open."""
    paid = ["一半已到港，另一半下月出", "付了一半运费", "球阀三分之一已到，余下5月发",
            "汇了一半美金一半人民币", "收到一半是电汇，一半是支票", "收到一半，4/28收到另一半",
            "收到一半，另一半4/30到账"]
    controls = {"收到一半，另一半下月付": _late(3_500), "发货后付了一半": _late(3_500),
                "一半已到，另一半下月发货前付": _late(3_500),
                "客户付了一半的运费，尾款已收": PAID}
    assert _balances(tmp_path, [*paid, *controls]) == {**dict.fromkeys(paid, PAID), **controls}


def test_a_rest_of_an_earlier_order_or_of_goods_is_no_part(tmp_path: Path) -> None:
    """Each note: paid (main: 2,000 or 4,000 open, 72 days, black). Controls: this order's rest
    (还差2000, 余款2000下单时一起付): 2,000 open, as main."""
    paid = ["上单还差2000", "已到账7000（含上单还差2000）", "还差2000的货下月补发",
            "3/2已到账3000（定金），今收尾款", "上个订单尚欠1500，本单已付清"]
    controls = {"还差2000": _late(2_000), "余款2000下单时一起付": _late(2_000)}
    assert _balances(tmp_path, [*paid, *controls]) == {**dict.fromkeys(paid, PAID), **controls}


def test_the_buyers_word_that_nothing_is_left_is_owed(tmp_path: Path) -> None:
    """客户说没有尾款了, 客户认为没有尾款了，拒付: 7,000 open, 72 days, black (main: 0). 没有尾款了
    alone, or beside freight refused (不付运费): paid, as main."""
    owed = ["客户说没有尾款了", "客户认为没有尾款了，拒付", "客户声称没有欠款了"]
    paid = ["没有尾款了", "没有尾款了，不付运费"]
    assert _balances(tmp_path, owed + paid) == {**dict.fromkeys(owed, OWED),
                                                **dict.fromkeys(paid, PAID)}


def test_goods_papers_or_samples_come_leave_the_rest_owed(tmp_path: Path) -> None:
    """After 到账5000，尚欠2000: 货已到齐, 单据已收到, 货已到港, 样品已收到, 已付运费: 2,000 open,
    72 days, black (main: 0, or 2,000 for 已付运费 before fix59d). The money said come after
    (余款4/30到账, 5/6已收, 4/30货款已到齐, 已付运费和尾款): paid, as main."""
    head = "到账5000，尚欠2000，"
    owed = [head + tail
            for tail in ("货已到齐", "单据已收到", "货已到港", "样品已收到", "已付运费")]
    paid = [head + tail for tail in ("余款4/30到账", "5/6已收", "4/30货款已到齐", "已付运费和尾款")]
    assert _balances(tmp_path, owed + paid) == {**dict.fromkeys(owed, _late(2_000)),
                                                **dict.fromkeys(paid, PAID)}
