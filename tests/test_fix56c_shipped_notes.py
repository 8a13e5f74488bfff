"""fix56c (rv56a s121, s127): fix55q's words of no goods and "not … yet", narrowed.

Before (reader 102): on a planned row (10,000 OA 30 unpaid, planned 03-20, no B/L, at 06-30)
a paper word before 已发 read the goods unsent where the paper was the goods' making, not what
went (箱唛贴好已发, 报价确认后已发, 按报价单已发, 按图纸做好已发: 0 where the hand has 10,000
72 days black), and an English "not" beside a later sailing alike ("not loaded on first
vessel, sailed next vessel"; "customs hold, not on board till 3/20"; "not sailed until 3/20
(vessel delay)").
"""

from __future__ import annotations

from pathlib import Path

from test_fix55q_last_narrowing import _planned

BLACK = (10000, 72, "black")


def test_the_goods_made_to_a_paper_and_sent_shipped(tmp_path: Path) -> None:
    """箱唛贴好已发, 箱唛贴好后已发, 报价确认后已发, 按报价单已发, 图纸确认后已发, 按图纸做好已发:
    before nothing due; now 10,000 72 days black. The paper itself sent (图纸已发, 箱唛已发,
    报价已发, 报价单已发, 箱唛图已发) stays nothing due; 箱唛已改，已发 still ships."""
    made = ["箱唛贴好已发", "箱唛贴好后已发", "报价确认后已发", "按报价单已发", "图纸确认后已发",
            "按图纸做好已发"]
    papers = ["图纸已发", "箱唛已发", "报价已发", "报价单已发", "箱唛图已发"]
    found = _planned(tmp_path, [*made, *papers, "箱唛已改，已发"])
    assert found == [BLACK] * len(made) + [(0, 0, None)] * len(papers) + [BLACK], found


def test_a_sailing_after_not_loaded_shipped(tmp_path: Path) -> None:
    """"not loaded on first vessel, sailed next vessel", "rolled, not loaded 3/18, sailed 3/20",
    "customs hold, not on board till 3/20", "not sailed until 3/20 (vessel delay)": before
    nothing due; now 10,000 72 days black. "not on board till 4/9" sails 04-09: 10,000 52 days.
    "not sailed yet", "ready, not on board yet", "won't ship until paid" stay nothing due."""
    sailed = ["not loaded on first vessel, sailed next vessel",
              "rolled, not loaded 3/18, sailed 3/20", "customs hold, not on board till 3/20",
              "not sailed until 3/20 (vessel delay)"]
    unsailed = ["not sailed yet", "ready, not on board yet", "won't ship until paid"]
    found = _planned(tmp_path, [*sailed, "not on board till 4/9", *unsailed])
    assert found[:len(sailed)] == [BLACK] * len(sailed), found
    assert found[len(sailed)][:2] == (10000, 52), found
    assert found[len(sailed) + 1:] == [(0, 0, None)] * len(unsailed), found
