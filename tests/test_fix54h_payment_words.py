"""The payment-row and insurer words narrowed where fix54b and acct54a overreached (rv54c).

A 10,000 order (03-01, OA 30天), its 定金30% row 3,000 received 03-02 and its 尾款70% row 7,000
dated 04-20 carrying the note; as of 06-30 an unpaid balance is due 04-19, 72 days late, black.

- R1, s16: a paid balance row noting something else denied (美元没有结汇, 没有回单, 美元没结汇,
  没有付手续费, "bank charges not paid by buyer", "bank fee to be paid by buyer", "commission not
  paid yet", 美元未结汇) was 7,000 open, 72 days, black: paid.
- R4: 尾款70% noted 二期款未到 was paid (7,000 debt hidden); status 未收 noted 二期款已到账 /
  第二笔已收 was 7,000 black: 二期款 and 第二笔 may be the balance itself.
- R5: 原计划5月付 4月20日到账, 计划4月付 已按时到账 were 7,000 black: paid.
- s12: 客户已付款待到账, 客户已付款，待到账, 收到50%，余款未到 were paid: 7,000 owed (收到50%
  3,500 since fix59d: half came).
- R3, s3: Lagos Power's SZ-2 noted 中信保赔付（赔付比例90%） and five more notes saying the insurer
  paid, or 中信保赔付（理赔申请书2025-3）, left the 5,000 on SZ-1: nothing overdue; the insurer's
  money is SZ-2's and SZ-1 is 5,000 open, 75 days late, black (in test_fix54b_payment_words's
  lists, through its import; the import report's words for 客户已付款待到账 in both languages
  there too).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from account_cli import customers, imported
from ledgers import write_xlsx

HEAD = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "品名", "出货日期",
        "收款", "收款日期", "状态", "备注"]
# (the balance row's status, its note)
PAID = [("", "美元没有结汇"), ("", "没有回单"), ("", "美元没结汇"), ("", "没有付手续费"),
        ("", "bank charges not paid by buyer"), ("", "bank fee to be paid by buyer"),
        ("", "commission not paid yet"), ("", "美元未结汇"), ("未收", "二期款已到账"),
        ("未收", "第二笔已收"), ("", "原计划5月付 4月20日到账"), ("", "计划4月付 已按时到账"),
        ("", "原计划5月付 2025-04-20到账"),
        # innocent neighbours
        ("", "已到账"), ("", "按计划到账"), ("", "已收尾款"), ("", "received"),
        ("", "paid in full"), ("", "客户已付款"), ("", "客户已付款，已到账"), ("", "收到30%尾款"),
        ("", "客户已付，货未到")]
OWED = [("", "二期款未到"), ("", "客户已付款待到账"), ("", "客户已付款，待到账"),
        # true debtors beside the mends
        ("", "尾款未收"), ("", "没有收到"), ("", "balance not paid, bank charges by buyer"),
        ("", "预计 5月底到账"), ("", "计划4月20日到账"), ("", "未付款及手续费"),
        # a month or a week ahead after a space is no day the money came (lead)
        ("", "计划收款 5月到账"), ("", "客户计划付款 下周到账"),
        # a plan naming its day; an unpaid balance naming its invoice or tax (rv54e)
        ("", "预计付款 5月30日到账"), ("", "计划收款 5月15日到账"),
        ("", "客户答应付款 5月10日到账"), ("", "客户计划付款 2025-07-15到账"),
        ("", "未付 发票号INV-5"), ("", "余款未付（含税）"), ("", "客户未付佣金和货款")]


def _balance_rows(number: str, buyer: str, status: str, note: str) -> list[list[object]]:
    return [[number, buyer, date(2025, 3, 1), 10_000, "USD", "OA 30天", "LED灯",
             date(2025, 3, 20), None, None, "", ""],
            [None, None, None, None, None, None, "定金30%", None, 3_000, date(2025, 3, 2), "",
             "已收"],
            [None, None, None, None, None, None, "尾款70%", None, 7_000, date(2025, 4, 20),
             status, note]]

# half of the balance came, the rest is owed (fix59d: core.ledger.part_said; 7,000 before)
HALF = [("", "收到50%，余款未到")]


def _accounts(db: Path, as_of: date) -> dict[str, tuple[float, int, object]]:
    return {name: (c["open_amount"], c["max_days_overdue"], c["list"])
            for name, c in customers(db, as_of)["by_name"].items()}


def test_a_balance_row_s_note_owes_its_money_only_where_it_denies_the_payment(
        tmp_path: Path) -> None:
    """Hand count at 06-30: each PAID buyer nothing open, on no list (main: the first twelve
    7,000 open, 72 days, black); each OWED buyer 7,000 open, 72 days late, black (main: the
    first four 0, on no list)."""
    rows: list[list[object]] = []
    cases = [*PAID, *OWED, *HALF]
    for i, (status, note) in enumerate(cases):
        rows += _balance_rows(f"2025-2{i:02d}", f"B{i:02d} {note}", status, note)
    rows.append(["2025-299", "Other Co", date(2025, 6, 30), 1_000, "USD", "T/T", "LED灯",
                 date(2025, 6, 30), 1_000, date(2025, 6, 30), "", ""])
    db = imported(tmp_path / "firm.sqlite",
                  write_xlsx(tmp_path / "出口台账2025.xlsx", {"台账": [HEAD, *rows]}))
    accounts = _accounts(db, date(2025, 6, 30))
    for i, (_status, note) in enumerate(PAID):
        assert accounts[f"B{i:02d} {note}"] == (0, 0, None), note
    for i, (_status, note) in enumerate(OWED, start=len(PAID)):
        assert accounts[f"B{i:02d} {note}"] == (7_000, 72, "black"), note
    for i, (_status, note) in enumerate(HALF, start=len(PAID) + len(OWED)):
        assert accounts[f"B{i:02d} {note}"] == (3_500, 72, "black"), note
