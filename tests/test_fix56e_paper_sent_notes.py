"""fix56e (rv56c s130): fix56c's paper words narrowed back where the paper itself went.

Before (reader 105): on a planned row (10,000 OA 30 unpaid, planned 03-20, no B/L, at 06-30) a
paper sent with anything between it and 已发 read as the goods sent: a day (图纸3/10已发: 82
days black), a time word (箱唛昨天已发), a channel (图纸微信已发) or a kind of the paper
(箱唛照片已发, 报价表已发): 10,000 72 days black where nothing is due; a paper clause outvoted
a clause of the goods not gone (大货未出，图纸3/10已发), and a sailing rolled after ("not loaded
until 3/20, then rolled") stood.
"""

from __future__ import annotations

from pathlib import Path

from test_fix55q_last_narrowing import _planned

BLACK = (10000, 72, "black")
NONE = (0, 0, None)


def test_a_paper_sent_with_a_day_a_channel_or_a_kind_is_no_goods(tmp_path: Path) -> None:
    """图纸3/10已发, 报价单3月5日已发, 箱唛昨天已发, 图纸今天已发, 图纸微信已发, 箱唛照片已发,
    报价表已发, 图纸 已发, 报价单 3/10 已发, 唛头已发: before 10,000 72-87 days black; now
    nothing due. The goods made to a paper (箱唛贴好已发, 按图纸做好已发, 报价确认后已发) still
    ship: 10,000 72 days black."""
    papers = ["图纸3/10已发", "报价单3月5日已发", "箱唛昨天已发", "图纸今天已发", "图纸微信已发",
              "箱唛照片已发", "报价表已发", "图纸 已发", "报价单 3/10 已发", "唛头已发"]
    made = ["箱唛贴好已发", "按图纸做好已发", "报价确认后已发"]
    found = _planned(tmp_path, [*papers, *made])
    assert found == [NONE] * len(papers) + [BLACK] * len(made), found


def test_a_paper_clause_never_outvotes_the_goods(tmp_path: Path) -> None:
    """大货未出，图纸3/10已发 and 未出货，箱唛贴好已发: before 10,000 82 / 72 days black; now
    nothing due. 未出货，3/25已发 (nothing named but the sending) and 报价单已确认，已发 still
    ship (67 / 72 days black); 图纸3/10已发，货3/20已走 ships on the goods' day, not the
    drawings': before 82 days, now 72."""
    notes = ["大货未出，图纸3/10已发", "未出货，箱唛贴好已发", "未出货，3/25已发",
             "报价单已确认，已发", "图纸3/10已发，货3/20已走"]
    found = _planned(tmp_path, notes)
    assert found == [NONE, NONE, (10000, 67, "black"), BLACK, BLACK], found


def test_a_sailing_rolled_after_is_none(tmp_path: Path) -> None:
    """"not loaded until 3/20, then rolled", "not loaded until 3/20, rolled to next vessel",
    3/20已发，被甩柜: before 10,000 72 days black; now nothing due. A roll before the sailing
    ("rolled, not loaded 3/18, sailed 3/20") or one it came from ("sailed 3/20 (rolled from 3/13
    vessel)") still ships: 10,000 72 days black."""
    rolled = ["not loaded until 3/20, then rolled", "not loaded until 3/20, rolled to next vessel",
              "3/20已发，被甩柜"]
    sailed = ["rolled, not loaded 3/18, sailed 3/20", "sailed 3/20 (rolled from 3/13 vessel)"]
    found = _planned(tmp_path, [*rolled, *sailed])
    assert found == [NONE] * len(rolled) + [BLACK] * len(sailed), found
