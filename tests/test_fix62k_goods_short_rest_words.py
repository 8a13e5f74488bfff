"""fix62k (rv62d s581–s588): the goods-short money rule, a paid buyer black and a bad payer missed.

A paid 7,000 balance row (尾款70%, 04-20, of a 10,000 order due 04-19) whose note says the
money was not short (货款没少付, 客户没少付, 尾款没少付一分: a double negation, paid in
full) owes nothing; read as 没…付, each was 7,000 open, 72 days, black, beside goods short
or alone, on the order's sheet or on another tab. Goods short (还差2000的货, 少发2000的货,
短装2000, 漏发2000) with the money denied, put off or left unsettled (货款未清, 没付清,
货款待定, 以后再说, 款推迟到下月, 钱过两天到, 货款暂缓; 还差2000的货值，客户下周付) owes
the rest, 2,000, not the row's 7,000 and not nothing; a rest named with its money word
(还差货款2000, 尚欠货款2000, 货值少付2000, 少付货款2000) is that rest.

Orders as tests.test_fix56b_balance_clause_ours_part (each ledger through both imports); the
other tab as tests.test_fix62f_repeated_cells.
"""

from __future__ import annotations

from pathlib import Path

from test_acct55a_three_payments import LAST, _order
from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix59d_part_sums import _late
from test_fix62f_repeated_cells import APRIL, DEPOSIT, _accounts, _typed

# the money said not short: 7,000, 72 days, black on main
_NOT_SHORT = ["还差2000的货，货款没少付", "还差2000的货，货款没少收", "货款没少付", "客户没少付",
              "尾款没少付一分", "还差2000的货，货款一分没少付", "还差2000的货，货款没有少付",
              "少发2000的货，货款没少付", "短装2000，钱没少收", "客户没少付一分钱"]
# goods short, the money denied in words the rest rule did not read: 7,000 black on main
_DENIED = ["还差2000的货，货款未清", "还差2000的货，没付清", "还差2000的货，这2000客户还没付",
           "还差2000的货值，客户说月底给", "少发2000的货，款没收齐", "短装2000，货款还没付",
           "漏发2000的货，钱没到", "还差2000的货，尾款延期"]
# goods short, the money put off or left unsettled: paid on main
_PUT_OFF = ["还差2000的货，货款待定", "还差2000的货，货款以后再说", "还差2000的货，货款再议",
            "还差2000的货，货款到时候再说", "还差2000的货，款推迟到下月",
            "还差2000的货，钱过两天到",
            "还差2000的货，剩下的钱下批一起付", "还差2000的货，货款暂缓", "还差2000的货，款拖着",
            "还差2000的货，货款改期", "少发2000的货，货款待定", "还差2000的货值，客户下周付",
            "还差2000的货值，下周付", "还差2000的货值，月底前付"]
# the rest named with its money word: paid (or 7,000 black, 尚欠货款2000) on main
_NAMED_REST = ["还差货款2000", "尚欠货款2000", "还差尾款2000", "还差货值2000", "货值少付2000",
               "客户少付2000货款", "少付货款2000"]


def test_money_said_not_short_is_paid(tmp_path: Path) -> None:
    """Paid: 0 open, no list (main: 7,000, 72 days, black)."""
    assert _balances(tmp_path, _NOT_SHORT) == dict.fromkeys(_NOT_SHORT, PAID)


def test_goods_short_beside_money_denied_owes_the_rest(tmp_path: Path) -> None:
    """2,000 open, 72 days, black (main: the row's 7,000)."""
    assert _balances(tmp_path, _DENIED) == dict.fromkeys(_DENIED, _late(2_000))


def test_goods_short_beside_money_put_off_owes_the_rest(tmp_path: Path) -> None:
    """2,000 open, 72 days, black (main: 0, read as goods short alone)."""
    assert _balances(tmp_path, _PUT_OFF) == dict.fromkeys(_PUT_OFF, _late(2_000))


def test_a_rest_named_with_its_money_word_is_owed(tmp_path: Path) -> None:
    """2,000 open, 72 days, black (main: 0, or 7,000 for 尚欠货款2000)."""
    assert _balances(tmp_path, _NAMED_REST) == dict.fromkeys(_NAMED_REST, _late(2_000))


def test_money_said_not_short_on_another_tab_is_paid(tmp_path: Path) -> None:
    """The balance row typing its number and buyer on April's tab, noted 货款没少付 or
    还差2000的货，货款没少付: paid (main: 7,000, 72 days, black, since fix62f). Control:
    尾款还没收到 there stays 7,000 owed."""
    march = [_order("2025-701", "S1 tab"), DEPOSIT, _order("2025-702", "S2 tab"), DEPOSIT,
             _order("2025-703", "K owed"), DEPOSIT]
    april = [_typed("2025-701", "S1 tab", "尾款70%", 7_000, APRIL, "货款没少付"),
             _typed("2025-702", "S2 tab", "尾款70%", 7_000, APRIL, "还差2000的货，货款没少付"),
             _typed("2025-703", "K owed", "尾款70%", 7_000, APRIL, "尾款还没收到"), LAST]
    got = _accounts(tmp_path, [{"3月": march, "4月": april}], ["S1 tab", "S2 tab", "K owed"])
    assert got == {"S1 tab": (0.0, 0, None, 0.0), "S2 tab": (0.0, 0, None, 0.0),
                   "K owed": (7_000.0, 72, "black", 0.0)}


def test_controls_read_as_before(tmp_path: Path) -> None:
    """As main: paid where the money is said fine, a deferral denied, goods only to ship, or a
    cost borne; the whole 7,000 owed where the money is denied and no goods are short."""
    paid = ["还差2000的货，货款不拖欠", "还差2000的货，付款不用推迟", "还差2000的货，货款没有延期",
            "还差2000的货，货款不必再议", "还差2000的货，下批补发", "还差2000的货，过两天发",
            "少发2000的货，下批补上", "短装2000", "漏发2000的货", "少付2000运费", "少收2000手续费",
            "少付2000运费客户承担", "还差2000的货，钱下批扣", "钱一分不少", "货款不欠",
            "还差2000的货，货款不用再付", "还差2000的货值，下月补发"]
    owed = ["货款未付", "尾款没收到"]
    assert _balances(tmp_path, paid + owed) == {
        **dict.fromkeys(paid, PAID), **dict.fromkeys(owed, OWED)}
