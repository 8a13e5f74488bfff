"""lead64a: the firm's supplier telling it of its own bill (rv64d s1, issue 11).

Balance rows as tests.test_fix56b_balance_clause_ours_part writes them: an order of 10,000 USD
(due 04-19), 定金30% 3,000 received 03-02, the 尾款70% row 7,000 received 04-20 with the note.
fix64e made the firm no subject after 欠/告诉/回复/通知 (他欠我们还没付, 邮件回复我们还没付: his
object, the buyer's debt), whoever spoke: a supplier telling the firm it has not paid its bill
(工厂通知我们还没付, 船公司告诉我们还没付) was then read as the buyer's not-paid, a paid balance
7,000 owed, 72 days, black. Now where one of the firm's suppliers is the teller the bill is the
firm's: nothing owed. The buyer or his side telling (客户通知我们还没付, 他们的工厂通知我们还没付)
and the firm telling the buyer (我们通知客户还没付) stay his debt: 7,000, 72 days, black.
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances

SUPPLIER_TELLS = ["工厂通知我们还没付", "工厂告诉我们还没付", "工厂回复我们还没付",
                  "船公司通知我们还没付", "供应商邮件告诉我们还没付", "工厂昨天通知我们还没付"]
HIS_DEBT = ["客户通知我们还没付", "客户告诉我们还没付", "他欠我们还没付", "他说我们还没付",
            "我们通知客户还没付", "他们的工厂通知我们还没付"]


def test_a_supplier_telling_the_firm_of_its_bill_is_no_debt_of_the_buyers(
        tmp_path: Path) -> None:
    """Each supplier's telling: nothing owed (fix64e: 7,000, 72 days, black); each of his:
    7,000, 72 days, black (as fix64e)."""
    assert _balances(tmp_path, [*SUPPLIER_TELLS, *HIS_DEBT]) == {
        **dict.fromkeys(SUPPLIER_TELLS, PAID), **dict.fromkeys(HIS_DEBT, OWED)}
