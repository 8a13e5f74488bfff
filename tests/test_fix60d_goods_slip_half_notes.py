"""fix60d (rv59g s290, rv59e s283): bad payers read as paid by what their notes say came
beside the balance — a port or a container (尾款还没有，已到港; 尾款未收，柜子已到), a sample's
money (样品款已付，尾款未付), a bank slip with the money promised (尾款已收（水单），钱下周到 on
an undated row) — and a half come said on an undated row read as nothing come (已收一半，另一单
定金下周付; 尾款已收一半，余款下周付: 7,000 open where 3,500).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02 and
a 尾款70% row of 7,000 (received 04-20, or with no date received); as of 06-30 an unpaid sum
is 72 days late, black. Each ledger is imported by both imports.
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix59j_balance_paid_beside_put_off import _undated

HALF = (3_500, 72, "black")


def test_a_port_a_container_or_a_samples_money_is_not_the_balance(tmp_path: Path) -> None:
    """Each owed note: 7,000 open, 72 days, black (main: 0, paid). The money named half come
    beside the goods' rest later is 3,500; the balance come beside a port, a slip beside the
    money come, and a sample's money paid alone on a row received are paid (controls)."""
    owed = ["尾款还没有，已到港", "尾款未收，柜子已到", "样品款已付，尾款未付",
            "尾款未付，船已到港"]
    paid = ["尾款已收，货已到港", "水单已收，款已到账", "样品款已付", "货柜已到，尾款已付"]
    got = _balances(tmp_path, [*owed, *paid, "款到了一半，其余货下月发"])
    assert got == {**dict.fromkeys(owed, OWED), **dict.fromkeys(paid, PAID),
                   "款到了一半，其余货下月发": HALF}


def test_an_undated_balance_half_come_or_only_its_slip(tmp_path: Path) -> None:
    """On a balance row with no date received: half said come is 3,500 open (main: 7,000, the
    row read as asked); only the slip come with the money promised, or a sample's money paid,
    is 7,000 owed (main: 0). Controls: the balance come, or the slip and the money, paid; the
    share beside the goods' rest naming no money (到了一半，另一半货下月发) stays asked, as on
    main."""
    half = ["已收一半，另一单定金下周付", "尾款已收一半，余款下周付"]
    owed = ["尾款已收（水单），钱下周到", "样品款已付", "到了一半，另一半货下月发",
            "尾款已收，款下周到"]
    paid = ["尾款已收", "水单已收，款已到账"]
    got = _undated(tmp_path, [*half, *owed, *paid])
    assert got == {**dict.fromkeys(half, HALF), **dict.fromkeys(owed, OWED),
                   **dict.fromkeys(paid, PAID)}
