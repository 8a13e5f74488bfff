"""fix56h (rv56d s142, s146): fix56e's roll rule narrowed to a roll that took the goods off.

Before (reader 109): on a planned row (10,000 OA 30 unpaid, planned 03-20, no B/L, at 06-30)
甩柜, 被甩 or "rolled" anywhere after the sailing unshipped the goods: a roll denied or feared
(3/20已发，没有甩柜, 担心甩柜, "sailed 3/20, not rolled") and a roll followed by the sailing it
came to (3/20已发，甩柜后3/27开船) read nothing due where 10,000 is 72 (65) days black; a
roll told before a sailing of 3/20开船 read unsent too, and so did the goods named beside a
paper (货和箱唛3/20已发) and a B/L held from the buyer (3/20已出，提单未发客户).
"""

from __future__ import annotations

from pathlib import Path

from test_fix55q_last_narrowing import _planned

BLACK = (10000, 72, "black")
NONE = (0, 0, None)


def test_a_roll_denied_or_feared_took_nothing_off(tmp_path: Path) -> None:
    """3/20已发 beside 没有甩柜, 没甩柜, 未被甩柜, 差点被甩柜, 担心甩柜, 甩柜风险已解除, and "sailed
    3/20, not rolled": before nothing due; now 10,000 72 days black. 3/20已发，被甩柜 still
    ships nothing."""
    denied = ["3/20已发，没有甩柜", "3/20已发，没甩柜", "3/20已发，未被甩柜",
              "3/20已发，差点被甩柜", "3/20已发，担心甩柜", "3/20已发，甩柜风险已解除",
              "sailed 3/20, not rolled"]
    found = _planned(tmp_path, [*denied, "3/20已发，被甩柜"])
    assert found == [BLACK] * len(denied) + [NONE], found


def test_a_sailing_after_a_roll_ships_on_its_own_day(tmp_path: Path) -> None:
    """3/20已发，甩柜后3/27开船 and 3/20已发，甩柜改3/27船: before nothing due; now 10,000 65 days
    black (sailed 03-27). 3/13被甩柜，3/20开船 and 3/20开船，之前被甩柜一次: before nothing due;
    now 72 days black."""
    found = _planned(tmp_path, ["3/20已发，甩柜后3/27开船", "3/20已发，甩柜改3/27船",
                                "3/13被甩柜，3/20开船", "3/20开船，之前被甩柜一次"])
    assert found == [(10000, 65, "black")] * 2 + [BLACK] * 2, found


def test_a_roll_after_the_sailing_still_unships(tmp_path: Path) -> None:
    """fix56e's rows stand: "not loaded until 3/20, then rolled", "… rolled to next vessel",
    3/20已发，被甩柜 and 被甩柜，图纸已发 ship nothing; "rolled, not loaded 3/18, sailed 3/20",
    "sailed 3/20 (rolled from 3/13 vessel)" and 3/20已发，被甩柜，3/27开船 ship (72, 65 black).
    The last row is new: before nothing due."""
    found = _planned(tmp_path, [
        "not loaded until 3/20, then rolled", "not loaded until 3/20, rolled to next vessel",
        "3/20已发，被甩柜", "被甩柜，图纸已发", "rolled, not loaded 3/18, sailed 3/20",
        "sailed 3/20 (rolled from 3/13 vessel)", "3/20已发，被甩柜，3/27开船"])
    assert found == [NONE] * 4 + [BLACK] * 2 + [(10000, 65, "black")], found


def test_the_goods_gone_beside_a_paper_not(tmp_path: Path) -> None:
    """3/20已出，提单未发客户 (the B/L held from the buyer) and 货和箱唛3/20已发 (the goods named
    with the marks): before nothing due; now 10,000 72 days black. 提单3/20已发 still ships;
    图纸3/10已发, 箱唛和发票已发 and 大货未出，提单未发 still ship nothing."""
    found = _planned(tmp_path, ["3/20已出，提单未发客户", "货和箱唛3/20已发", "提单3/20已发",
                                "图纸3/10已发", "箱唛和发票已发", "大货未出，提单未发"])
    assert found == [BLACK] * 3 + [NONE] * 3, found
