"""fix66i (rv66c): a rest said on a balance row (还差2000) stays this order's 2,000 owed unless
the firm itself, surely, says the rest itself is another order's, the bank's charge or wrong
(core.ledger.deduction_rest._disowned, _firms_no): not the buyer's claim (客户坚持/回复/声明是
另一单的, 还差2000？客户说不差), a hedge (可能/应该/估计是…, 待确认是…, 算不算…, 我们说不差吧，
待核实), another figure or thing (另1000/定金/运费是另一单的), the disowning withdrawn
(是另一单的说法不对), another thing wrong (的日期写错了), the rest of the money come (其余已全付:
rest_came.came_later), a later lot it is paid with or the order placed (算到下批货款里, 是下单时
约定的), another product (是新款的). A part disowned leaves the rest of it (其中200是银行手续费:
1,500) and the firm's correction its figure (不是2000是3000: 3,000: deduction_rest.rest_sum).

Hand counts (as tests.test_fix66a_rest_disowned): each order 10,000 USD ordered 03-01, shipped
03-20, OA 30天 (due 04-19), 定金30% 3,000 received 03-02; the balance row 尾款70% received 7,000
on 04-20 with the note. As of 06-30 an unpaid sum is 72 days late (11 + 31 + 30), black. A rest
owed of R leaves R open (3,000 + 7,000 − R came), 72 days, black; a rest not this order's
leaves nothing open. Main (fix66a) read every wording of the first list as nothing open.
Every ledger a real .xlsx imported into a real SQLite file, under its order, typed on the
order's tab, on a 收款 tab and in a later file alike.
"""

from __future__ import annotations

from pathlib import Path

from test_fix62f_repeated_cells import PAID
from test_fix65e_typed_apart import _black
from test_fix66a_rest_disowned import SHAPES, Account, _read

OWES = _black(2_000)

# note -> (收款, hand account); main (fix66a): nothing open for each of these
CLEARED: dict[str, tuple[float, Account]] = {
    # 1. the buyer's own claim, not the firm's finding
    "还差2000，客户坚持是另一单的": (7_000, OWES),
    "还差2000，客户反馈是另一单的": (7_000, OWES),
    "还差2000，客户回复是另一单的": (7_000, OWES),
    "还差2000，客户的意思是另一单的": (7_000, OWES),
    "还差2000，客户一口咬定是另一单的": (7_000, OWES),
    "还差2000，客户声明是银行手续费": (7_000, OWES),
    "还差2000（客户坚持是另一单的）": (7_000, OWES),
    "还差2000？客户说不差": (7_000, OWES),
    "还差2000？客户回复不差": (7_000, OWES),
    "还差2000？他说不差": (7_000, OWES),
    # 2. hedged or unconfirmed
    "还差2000，可能是另一单的": (7_000, OWES),
    "还差2000，应该是另一单的": (7_000, OWES),
    "还差2000，估计是上一单的": (7_000, OWES),
    "还差2000，好像是银行手续费": (7_000, OWES),
    "还差2000，大概是手续费": (7_000, OWES),
    "还差2000，要确认是另一单的": (7_000, OWES),
    "还差2000，待确认是另一单的": (7_000, OWES),
    "还差2000是另一单的，待核实": (7_000, OWES),
    "还差2000算不算另一单的": (7_000, OWES),
    "客户问还差2000吗？我们说不差吧，待核实": (7_000, OWES),
    "客户问还差2000吗？我们说不差，待核对": (7_000, OWES),
    # 3. a part or another thing disowned
    "还差2000，其中200是银行手续费": (7_000, _black(1_800)),
    "还差2000，其中1000是另一单的": (7_000, _black(1_000)),
    "还差2000，有1000是上一单的": (7_000, _black(1_000)),
    "还差2000，另1000是另一单的": (7_000, OWES),
    "还差2000，定金是另一单的": (7_000, OWES),
    "还差2000，运费算另一单的": (7_000, OWES),
    "还差2000，样品费是另一单的": (7_000, OWES),
    "还差2000，那笔1000属于上一单": (7_000, OWES),
    # 4. the firm's correction
    "客户问还差2000吗？我们说不是2000，是3000": (7_000, _black(3_000)),
    "还差2000吗？不是2000是3000": (7_000, _black(3_000)),
    # 5. the other money come
    "还差2000，其余已全付": (7_000, OWES),
    "还差2000，其他已全付": (7_000, OWES),
    "还差2000，其他都已全部收到": (7_000, OWES),
    "余款2000未付，其余已全收": (7_000, OWES),
    "还差2000，其余已付": (7_000, OWES),
    # 6. a later lot it is paid with, the order placed
    "还差2000，算到下批货款里": (7_000, OWES),
    "还差2000，算在下一单付": (7_000, OWES),
    "还差2000是下批发货前付的": (7_000, OWES),
    "还差2000是下单时约定的尾款": (7_000, OWES),
    "还差2000是下单时说好的": (7_000, OWES),
    # 7.-9. withdrawn, another thing wrong, another product
    "还差2000，是另一单的说法不对": (7_000, OWES),
    "还差2000的日期写错了": (7_000, OWES),
    "还差2000，是新款的": (7_000, OWES),
    "还差2000，是其他产品的": (7_000, OWES),
}

# the opposites: the firm's own sure word of the rest itself, another's, the bank's, wrong,
# answered no, a part paid apart, a part not less than it, after a part come 其余 is the rest
KEPT: dict[str, tuple[float, Account]] = {
    "还差2000是2025-799的": (7_000, PAID),
    "还差2000，是另一单的": (7_000, PAID),
    "还差2000，财务核实是另一单的": (7_000, PAID),
    "还差2000，经核对是另一单的": (7_000, PAID),
    "还差2000，我们核对后是另一单的": (7_000, PAID),
    "还差2000，财务说是另一单的": (7_000, PAID),
    "还差2000，这笔是另一单的": (7_000, PAID),
    "还差2000，这2000是上一单的": (7_000, PAID),
    "还差2000是下批的": (7_000, PAID),
    "还差2000是下一单的货款": (7_000, PAID),
    "还差2000，是新订单的": (7_000, PAID),
    "还差2000，算另一单的": (7_000, PAID),
    "还差2000，记录有误": (7_000, PAID),
    "余款2000未付的说法不对": (7_000, PAID),
    "还差2000吗？不是": (7_000, PAID),
    "还差2000吗？财务说不差": (7_000, PAID),
    "客户问还差2000吗？我们说不差": (7_000, PAID),
    "不是还差2000，是还差3000": (7_000, _black(3_000)),
    "还差2000是另一单的，本单还差1000": (7_000, _black(1_000)),
    "到账5000，其余已付清": (7_000, PAID),
    "还差2000，已全付": (7_000, PAID),
    # ... and the buyer's or a hedged part, one paid apart, one not less, asked: the whole
    "还差2000，客户财务说是另一单的": (7_000, OWES),
    "还差2000，客户说其中1000是另一单的": (7_000, OWES),
    "还差2000，其中1000可能是另一单的": (7_000, OWES),
    "还差2000，其中1000是另一单的吗？": (7_000, OWES),
    "还差2000，其中200是银行手续费，客户另付": (7_000, OWES),
    "还差2000，其中3000是另一单的": (7_000, OWES),
    "还差2000，其中1000是本单的": (7_000, OWES),
    "还差2000吗？客户说不是2000，是3000": (7_000, OWES),
    "还差3000吗？不是2000是1000": (7_000, _black(3_000)),
    "还差2000，金额有误": (7_000, OWES),
}


def test_a_rest_stays_owed_unless_the_firm_surely_disowns_it(tmp_path: Path) -> None:
    """Each wording's account by hand (CLEARED), the row under its order, typed on the order's
    tab, on a 收款 tab and in April's file alike."""
    want = {name: hand for name, (_, hand) in CLEARED.items()}
    for shape in SHAPES:
        place = tmp_path / shape.replace(" ", "_")
        place.mkdir()
        assert _read(place, shape, CLEARED) == want, shape


def test_the_firm_s_sure_word_still_disowns_it(tmp_path: Path) -> None:
    """The opposite wordings (KEPT) by hand, under the order and in a later file."""
    want = {name: hand for name, (_, hand) in KEPT.items()}
    for shape in ("blank row", "later file"):
        place = tmp_path / shape.replace(" ", "_")
        place.mkdir()
        assert _read(place, shape, KEPT) == want, shape


# beside a deduction of no sum (佣金已扣) on 5,000 received: the rest owed leaves the 2,000 open
# (3,000 + 5,000 came), 72 days, black; the other money come or the next lot it is paid with
# is no rest gone (main: the commission's 2,000, nothing open); said another order's by the
# firm it is no rest and the 2,000 the commission's: nothing open
BESIDE = {"佣金已扣，尚欠2000，其余已全付": OWES, "佣金已扣，尚欠2000，算到下批货款里": OWES,
          "佣金已扣，尚欠2000，客户坚持是另一单的": OWES,
          "佣金已扣，尚欠2000，可能是另一单的": OWES,
          "佣金已扣，尚欠2000，经核对是另一单的": PAID}


def test_a_rest_beside_a_deduction_read_alike(tmp_path: Path) -> None:
    cases = {name: (5_000.0, hand) for name, hand in BESIDE.items()}
    assert _read(tmp_path, "blank row", cases) == dict(BESIDE)
