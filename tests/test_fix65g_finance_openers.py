"""fix65g: rv65a's findings on fix65b's paid_said mended — the firm's finance after any words
naming no other party (issue 11).

Deposit cells (fix61j's layout, tests.test_fix65b_finance_report._deposits): each buyer's old
order of 4,000 (due 05-20) unpaid; a new order of 10,000 (30% deposit, not shipped) with 7,000
received 06-05 noted 定金3000，…上批欠款4000已付; the ledger's last day 06-28. Hand: the cell
paying the old 4,000 on the firm's own finance's word leaves nothing owed, 3,000 held for the
new order; the debt reported by another party, denied, asked, doubted or refunded leaves 4,000
owed, 39 days, watch, the whole 7,000 held.

1. fix65b let only openers (但, 后来, 经, 据) or the debt's figure before the firm's finance:
   另外, 并且, 而且, 所以, 今天, 刚才 before 财务说 and the debt then a comma (上批欠款4000，
   财务说已付) were read as another's finance: nothing owed → 4,000, 39 days, watch. Now the
   finance is another's only where the words before it in its clause or the clause before name
   another party: the buyer (客户说，财务说…: nothing owed on main → 4,000 watch), 他, his
   side (收货人, 他的代理, 经销商, 进口商; a bare 代理 the firm's export agent since fix66d), a
   Latin company name, an email.
2. Older, the same reading: 财务那边说, 财务也说, 老板说财务确认 (4,000 watch → nothing owed).

Wires (tests.test_fix65b_finance_report._wires: X-1 5,000 84 days late on 06-30, X-2 6,000 not
due, 5,975 wired 06-25 noted 上次欠款X-1，…): the firm's finance says the wire paid X-1, 5,025
open, not due (另外财务说, 今天财务说, 财务那边说: X-1 5,000, 84 days, black on main); another's
report, a denial or a question leaves X-1 5,000, 84 days, black. On main 收货人 (its 货 read as
goods of the clause's own) and a 已付 asked (已付？: the clause split dropped the ？) were read
as the wire paying X-1, 5,025 open: now X-1 5,000, 84 days, black; a debt paid now and asked
(补上次欠款X-1，已付？) stays paid, as main.
"""

from __future__ import annotations

from pathlib import Path

from test_fix65b_finance_report import OLD_BLACK, OWED, PAID, PAID_OLD, _deposits, _wires

# 1., 2.: the firm's finance: nothing owed, 3,000 held (main: 4,000, 39 days, watch)
OURS_NOW = ["定金3000，另外财务说上批欠款4000已付", "定金3000，并且财务说上批欠款4000已付",
            "定金3000，而且财务说上批欠款4000已付", "定金3000，所以财务说上批欠款4000已付",
            "定金3000，今天财务说上批欠款4000已付", "定金3000，刚才财务说上批欠款4000已付",
            "定金3000，上批欠款4000，财务说已付", "定金3000，财务那边说上批欠款4000已付",
            "定金3000，财务也说上批欠款4000已付", "定金3000，老板说财务确认上批欠款4000已付",
            "定金3000，上批欠款4000 USD财务说已付"]
# ... the buyer speaking in the clause before: 4,000, 39 days, watch (main: nothing owed)
THEIRS_NOW = ["定金3000，客户说，财务说上批欠款4000已付", "定金3000，他说，财务说上批欠款4000已付",
              "定金3000，收货人回复，财务说上批欠款4000已付",
              "定金3000，上批欠款4000，收货人财务说已付"]
# ... another's finance after an opener or the debt, the firm's denied, asked, doubted or
# refunded: 4,000, 39 days, watch (as main)
THEIRS_STILL = ["定金3000，另外客户财务说上批欠款4000已付",
                "定金3000，今天对方财务说上批欠款4000已付",
                "定金3000，上批欠款4000，他们财务说已付",
                "定金3000，上批欠款4000，Cedar财务说已付",
                "定金3000，上批欠款4000，经销商财务说已付",
                "定金3000，另外他的代理财务说上批欠款4000已付",
                "定金3000，今天邮件里财务说上批欠款4000已付",
                "定金3000，客户老板说财务确认上批欠款4000已付",
                "定金3000，客户邮件：财务说上批欠款4000已付",
                "定金3000，客户财务那边也说上批欠款4000已付",
                "定金3000，财务没说上批欠款4000已付",
                "定金3000，今天财务说上批欠款4000已付？",
                "定金3000，另外财务说上批欠款4000已付，待查",
                "定金3000，是否财务说上批欠款4000已付",
                "定金3000，另外财务说上批欠款4000可能已付",
                "定金3000，今天财务说上批欠款4000已付，已退回客户"]


# ... the firm's finance, the buyer only named in the clause before (not speaking): nothing
# owed, 3,000 held (as main)
OURS_STILL = ["定金3000，客户下单，财务说上批欠款4000已付", "定金3000，财务说上批欠款4000已付",
              "定金3000，但财务说上批欠款4000已付"]


def test_the_firms_finance_after_any_words_of_its_own(tmp_path: Path) -> None:
    """Each note's account: the firm's finance nothing owed, 3,000 held; another's, denied,
    asked, doubted or refunded 4,000, 39 days, watch, 7,000 held (before → after in the
    module's docstring)."""
    assert _deposits(tmp_path, [*OURS_NOW, *OURS_STILL, *THEIRS_NOW, *THEIRS_STILL]) == {
        **dict.fromkeys([*OURS_NOW, *OURS_STILL], PAID),
        **dict.fromkeys([*THEIRS_NOW, *THEIRS_STILL], OWED)}


# the firm's finance after an opener: X-1 paid, 5,025 open, 0 days (main: X-1 5,000, 84 days,
# black)
WIRE_OURS_NOW = ["上次欠款X-1，另外财务说已付", "上次欠款X-1，今天财务说已付",
                 "上次欠款X-1，并且财务说已付", "上次欠款X-1，财务那边说已付"]
# ... another's, denied or asked: X-1 5,000, 84 days, black (as main)
WIRE_THEIRS = ["上次欠款X-1，另外客户财务说已付", "上次欠款X-1，今天他们财务说已付",
               "上次欠款X-1，财务没说已付", "上次欠款X-1，今天财务说已付？",
               # (main: 5,025 open, 0 days — 收货人's 货 read as goods of the clause's own, the
               # ？ dropped by the clause split)
               "上次欠款X-1，收货人财务说已付", "上次欠款X-1，收货人说已付",
               "上次欠款X-1，已付？", "上次欠款X-1，财务说已付？"]
# ... the debt paid now, or nothing asked of it paid: 5,025 open, 0 days (as main)
WIRE_PAID_STILL = ["补上次欠款X-1，已付？", "上次欠款X-1，财务说已付", "上次欠款X-1，谢谢"]


def test_a_wires_debt_reported_by_the_firms_finance(tmp_path: Path) -> None:
    """The firm's finance: the wire pays X-1, 5,025 open, 0 days; another's, denied or asked:
    X-1 5,000, 84 days, black."""
    assert _wires(tmp_path, [*WIRE_OURS_NOW, *WIRE_THEIRS, *WIRE_PAID_STILL]) == {
        **dict.fromkeys([*WIRE_OURS_NOW, *WIRE_PAID_STILL], PAID_OLD),
        **dict.fromkeys(WIRE_THEIRS, OLD_BLACK)}
