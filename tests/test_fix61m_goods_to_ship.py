"""fix61m (rv59e s282): goods still to ship or shipped short, said on a paid balance row.

A clerk types the balance asked (尾款70% 7,000, received 04-20) and notes 到账5000，还差2000的货
下月补发: 5,000 came and 2,000 worth of goods is still to ship. Read as a part come and the rest
owed, the buyer was 2,000 open, 72 days, black. The goods to come are billed when they ship and
goods shipped short (少发2000的货, 短装2000) never: the row owes nothing now. The rest of the money
(还差2000, 还差2000货款, 还差2000的货钱) or the goods' money said still to come (…，款下周付)
stays owed.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02; as of
06-30 an unpaid sum is 72 days late. Each ledger goes through both imports
(tests.test_fast_import._same_import).
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import PAID, _balances
from test_fix59d_part_sums import _late


def test_goods_still_to_ship_or_shipped_short_leave_nothing_owed(tmp_path: Path) -> None:
    """Each note: paid (main: 2,000 open, 72 days, black). The money short, the goods' money
    or the goods' money said still to come: 2,000 open, 72 days, black, as main (差2000的货钱:
    main 0, read as goods short)."""
    paid = ["到账5000，还差2000的货下月补发", "到账5000，还差2000的货没发",
            "已到5000，尚差2000的货未发", "实收5000，还差2000货下月发",
            "到账5000，还差2000pcs下月补发", "到账5000，少发2000的货", "到账5000，短装2000",
            "到账5000，还差200箱未发", "到账5000，还差2000件下月补发"]
    owed = ["到账5000，还差2000", "到账5000，还差2000货款", "到账5000，还差2000的货钱",
            "到账5000，还差2000的货，款下周付", "到账5000，差2000的货钱"]
    assert _balances(tmp_path, paid + owed) == {**dict.fromkeys(paid, PAID),
                                                **dict.fromkeys(owed, _late(2_000))}
