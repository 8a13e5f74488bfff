"""fix58h (rv58b s11): a cancelled PI's deposit the clerk moved to another PI (已取消，定金转
YW25-0050) is held for that PI, not credit paying an old invoice.

Odessa cancelled YW25-0040 (10,000) after its 3,000 deposit came on 04-03; the clerk kept the
money for YW25-0050, not shipped by 05-10. Odessa still owes the O/A invoice YW25-0010 (2,800,
due 02-24). Before: the 3,000 paid YW25-0010 (0 open, no list, 200 credit); now YW25-0010 is
2,800 open, 75 days, on the watch list (3,000 held for YW25-0050 covers it, so not black).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from account_cli import customers, invoice, ledger

HEAD = ["订单号", "客户名称", "下单日期", "品名", "数量", "单价", "金额", "币种", "付款方式",
        "出货日期", "提单日期", "收款金额", "收款日期", "备注"]
ODESSA = "Odessa Market LLC"
DEP, OA = "30%定金，70%见提单复印件付款", "OA 30天"
AS_OF = date(2025, 5, 10)


def _odessa(tmp_path: Path, note: str, shipped: date | None = None,
            target: str = "YW25-0050") -> dict[str, Any]:
    rows: list[list[object]] = [
        ["YW25-0010", ODESSA, date(2025, 1, 10), "雨伞", 1000, 2.8, 2800, "USD", OA,
         date(2025, 1, 25), date(2025, 1, 25), None, None, None],
        ["YW25-0040", ODESSA, date(2025, 4, 1), "毛绒玩具", 2500, 4.0, 10000, "USD", DEP,
         None, None, 3000, date(2025, 4, 3), note],
        [target, ODESSA, date(2025, 4, 20), "瑜伽垫", 2000, 5.0, 10000, "USD", DEP,
         shipped, shipped, None, None, None],
        ["YW25-0055", "Doha Party Supplies", date(2025, 4, 2), "雨伞", 1000, 3.0, 3000, "USD",
         OA, date(2025, 4, 8), date(2025, 4, 8), 3000, date(2025, 5, 10), None]]
    c: dict[str, Any] = customers(ledger(tmp_path, HEAD, rows), AS_OF)["by_name"][ODESSA]
    return c


@pytest.mark.parametrize("note", ["已取消，定金转YW25-0050", "客户取消，定金已转入YW25-0050",
                                  "订单取消，定金抵YW25-0050货款",
                                  "cancelled, deposit moved to PI YW25-0050"])
def test_a_moved_deposit_is_held_for_the_pi_it_moved_to(tmp_path: Path, note: str) -> None:
    c = _odessa(tmp_path, note)
    assert (c["open_amount"], c["max_days_overdue"], c["list"]) == (2800, 75, "watch")
    assert (c["credit_on_account"], c["deposits_held"]) == (0, 3000)
    assert invoice(c, "YW25-0050")["deposit_held"] == 3000


def test_moved_to_a_pi_no_file_sells_yet_is_held_for_its_number(tmp_path: Path) -> None:
    """The PI the note names is not written yet (a later tab, a later file): held for that
    number as a deposit for an unsold number is (90 days), not paying YW25-0010."""
    c = _odessa(tmp_path, "已取消，定金转YW25-0099", target="YW25-0050")
    assert (c["open_amount"], c["max_days_overdue"], c["list"]) == (2800, 75, "watch")
    assert c["credit_on_account"] == 0


def test_controls_refund_and_shipped_stand(tmp_path: Path) -> None:
    """定金已退: nothing held, black (as before). YW25-0050 shipped 05-05: its deposit is money
    on a shipped order and pays the oldest due first: YW25-0010 paid, 9,800 open on 0050."""
    (tmp_path / "r").mkdir()
    (tmp_path / "s").mkdir()
    refund = _odessa(tmp_path / "r", "已取消，定金已退")
    assert (refund["open_amount"], refund["max_days_overdue"], refund["list"]) == (
        2800, 75, "black")
    shipped = _odessa(tmp_path / "s", "已取消，定金转YW25-0050", date(2025, 5, 5))
    assert (shipped["open_amount"], shipped["max_days_overdue"]) == (9800, 0)
    assert invoice(shipped, "YW25-0010")["open"] == 0
