"""fix55c (rv55a s02, s13): a bad debt written off is read as one where its note gives the
reason in words that deny something else: 收回无望, 无法收回, "no payment", "not reachable".

Before (reader 78's denials anywhere earlier in the clause): 款项收回无望作坏账核销, 全额计提后坏账
核销, "No payment for 9 months - bad debt written off", "customer not reachable - written off",
对方公司已注销无法收回坏账核销, "Uncollectable no assets - bad debt" and 应收账款核销（冲坏账准备）
were credit notes: each buyer's 27,040 revenue gone, nothing written off, on no list. Now each
is a write-off: the sales stand, nothing open, watched. A denial governing the words themselves
(未核销坏账, 坏账未核销, "bad debt not written off", 收回已核销坏账) still says none.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_lists_audit28 import at, by_name
from test_write_offs_fix54g import _import, _row

from core.ledger.write_off_words import says_written_off

REASONED = [("五金工具", "款项收回无望作坏账核销"), ("五金工具", "全额计提后坏账核销"),
            ("五金工具", "No payment for 9 months - bad debt written off"),
            ("五金工具", "customer not reachable - written off"),
            ("五金工具", "对方公司已注销无法收回坏账核销"),
            ("五金工具", "Uncollectable no assets - bad debt"),
            ("核销", "应收账款核销（冲坏账准备）")]


def test_write_offs_giving_their_reason_keep_the_defaulters_watched(tmp_path: Path):
    """Seven defaulters of 27,040 each (9,000 + 8,540 + 9,500 unpaid), written off 12-20:
    before 0 revenue, no list; now 27,040 sold, 27,040 written off, 0 open, watched."""
    rows = []
    for i, (product, note) in enumerate(REASONED):
        buyer = f"Defaulter {i} Ltd"
        rows += [_row(f"D{i}-{no}", day, amount, day, buyer=buyer) for no, day, amount in (
            ("301", "2025-03-01", 9000), ("401", "2025-04-01", 8540), ("501", "2025-05-01", 9500))]
        rows.append(_row(f"D{i}-WO", "2025-12-20", -27040, "2025-12-20", note=note, buyer=buyer,
                         product=product))
    _import(tmp_path, rows)
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 12, 31)))
    for i, (_, note) in enumerate(REASONED):
        c = found[f"Defaulter {i} Ltd"]
        assert (c.revenue_12m, c.written_off, round(c.open_amount), c.list) == (
            27040, 27040, 0, "watch"), note


def test_a_denial_counts_where_it_governs_the_write_off_words():
    for text in ("五金工具 款项收回无望作坏账核销", "坏账核销 货款无法收回 坏账核销",
                 "五金工具 全额计提后坏账核销",
                 "No payment for 9 months - bad debt written off", "not reachable - written off",
                 "对方公司已注销无法收回坏账核销", "Uncollectable no assets - bad debt",
                 "核销 应收账款核销（冲坏账准备）", "坏账准备转销", "坏账，已计提坏账准备"):
        assert says_written_off(text), text
    for text in ("未核销坏账", "不核销坏账", "无需核销坏账", "坏账未核销",
                 "bad debt not written off", "has not been written off", "no write-off",
                 "收回已核销坏账", "坏账已收回", "冲回坏账准备", "质量折让，避免坏账",
                 "价格折让（非坏账核销）", "计提坏账", "坏账准备"):
        assert not says_written_off(text), text
