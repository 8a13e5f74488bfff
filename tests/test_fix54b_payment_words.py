"""A payment row's note and an insurer's note read as the clerk means them (rv54a R2, U1, R5).

- A 尾款70% row of 7,000 under a 10,000 order (OA 30天, the 定金30% 3,000 received 03-02) noted
  未到账，客户说已付, 已收定金，尾款未到账, 预计5月底到账, 收到客户水单（未到账）,
  客户说已付款，我司未收到, 计划6月到账, 客户承诺下周到账 (R2), 没有收到,
  "payment not received yet", "to be received",
  尚未全部到账 (U1) was read as paid: each buyer 0 open where 7,000 was, due 04-19, 72 days late at
  06-30, black. A word saying the money came counts only in a clause where nothing before it
  denies, defers or reports it, and not where it names the deposit on a balance row.
- Lagos Power: SZ-1 5,000 due 04-01 unpaid; SZ-2 6,000 due 07-01 with 5,000 received 06-14 noted
  中信保赔偿中, 中信保赔偿待定, 信保赔偿比例90%, 可赔偿90%, 赔偿金额尚未确定 (R5) was read as the
  insurer's on SZ-2: SZ-1 75 days late, black. The buyer's money pays SZ-1: nothing overdue.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from account_cli import customers, imported
from ledgers import write_xlsx

from core.cli.main import run
from core.ledger.owed_said import still_owed
from core.ledger.payment_kinds import insurer_paid
from core.ledger.payment_row_money import planned

OWED = ["未到账，客户说已付", "已收定金，尾款未到账", "预计5月底到账", "收到客户水单（未到账）",
        "客户说已付款，我司未收到", "计划6月到账", "客户承诺下周到账", "没有收到",
        "payment not received yet", "to be received", "尚未全部到账", "待到账"]
PAID = ["已到账", "按计划到账", "催款后已付", "已收", "received", "尾款已收到", "客户已付款",
        "水单已收，款已到账", "paid in full", "已收尾款", "收到", "未开票，已收"]
HEAD = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "品名", "出货日期",
        "收款", "收款日期", "状态", "备注"]


def _balance_rows(number: str, buyer: str, note: str) -> list[list[object]]:
    return [[number, buyer, date(2025, 3, 1), 10_000, "USD", "OA 30天", "LED灯",
             date(2025, 3, 20), None, None, "", ""],
            [None, None, None, None, None, None, "定金30%", None, 3_000, date(2025, 3, 2), "",
             "已收"],
            [None, None, None, None, None, None, "尾款70%", None, 7_000, date(2025, 4, 20), "",
             note]]


def _accounts(db: Path, as_of: date) -> dict[str, tuple[float, int, object]]:
    return {name: (c["open_amount"], c["max_days_overdue"], c["list"])
            for name, c in customers(db, as_of)["by_name"].items()}


def test_balance_rows_whose_notes_say_the_money_has_not_come_stay_open(tmp_path: Path) -> None:
    """Hand count at 06-30: each OWED buyer 7,000 open (10,000 less the 3,000 deposit), due
    04-19 (03-20 + 30), 72 days late, black; each PAID buyer nothing open, on no list."""
    rows: list[list[object]] = []
    for i, note in enumerate([*OWED, *PAID]):
        rows += _balance_rows(f"2025-2{i:02d}", f"B{i:02d} {note}", note)
    rows.append(["2025-299", "Other Co", date(2025, 6, 30), 1_000, "USD", "T/T", "LED灯",
                 date(2025, 6, 30), 1_000, date(2025, 6, 30), "", ""])
    path = write_xlsx(tmp_path / "出口台账2025.xlsx", {"台账": [HEAD, *rows]})
    db = imported(tmp_path / "firm.sqlite", path)
    accounts = _accounts(db, date(2025, 6, 30))
    for i, note in enumerate(OWED):
        assert accounts[f"B{i:02d} {note}"] == (7_000, 72, "black"), note
    for i, note in enumerate(PAID, start=len(OWED)):
        assert accounts[f"B{i:02d} {note}"] == (0, 0, None), note


# fix54h (rv54c s12): the buyer's word that he paid, the money not in, is named so too
@pytest.mark.parametrize("note", ["已收定金，尾款未到账", "客户已付款待到账"])
def test_the_import_report_names_the_balance_row_as_a_note_in_both_languages(
        tmp_path: Path, note: str) -> None:
    path = write_xlsx(tmp_path / "出口台账2025.xlsx", {"台账": [
        HEAD, *_balance_rows("2025-201", "Beta Homeware Ltd", note)]})
    said = {}
    for lang in ("en", "zh_CN"):
        out, err = io.StringIO(), io.StringIO()
        db = str(tmp_path / f"{lang}.sqlite")
        assert run(["--lang", lang, "import", "--db", db, str(path), "--json"], out, err) == 0
        said[lang] = out.getvalue()
    assert "its note says is not received yet" in said["en"]
    assert "备注写明尚未收到" in said["zh_CN"]


@pytest.mark.parametrize("note", OWED)
def test_a_balance_row_saying_not_come_is_a_plan(note: str) -> None:
    assert planned([note], "尾款70%")


@pytest.mark.parametrize("note", PAID)
def test_a_balance_row_saying_it_came_is_no_plan(note: str) -> None:
    assert not planned([note], "尾款70%")


def test_the_deposit_s_words_speak_of_the_deposit_row_only() -> None:
    """定金已收，尾款预计3月付: the deposit row came; on the balance row the balance is planned.
    A cell naming only the deposit (客户承诺的定金已到账) says nothing of the balance row's money
    (acct54a's rule: its own 收款 and date stand)."""
    assert not planned(["定金已收，尾款预计3月付"], "定金30%")
    assert planned(["定金已收，尾款预计3月付"], "尾款70%")
    assert not planned(["客户承诺的定金已到账"], "尾款70%")
    assert not planned(["客户承诺的定金已到账"])
    assert planned(["客户承诺的定金已到账，尾款未到账"], "尾款70%")


@pytest.mark.parametrize("note", ["没有收到", "payment not received yet", "to be received",
                                  "尚未全部到账", "balance not yet paid"])
def test_still_owed_reads_the_clerk_s_other_ways_of_saying_not_come(note: str) -> None:
    assert still_owed(note)


@pytest.mark.parametrize("note", ["已收到", "received in full", "货未到港，款已收", "未开票"])
def test_still_owed_leaves_money_that_came(note: str) -> None:
    assert not still_owed(note)


PENDING = ["中信保赔偿中", "SZ-1已报中信保，赔偿中", "中信保赔偿待定", "信保赔偿比例90%",
           "中信保承保，可赔偿90%", "中信保赔偿金额尚未确定", "中信保审核通过待赔付",
           "claim approved, payment pending", "质量问题我司赔偿客户500，已报保险",
           # fix54h: the same words with no word that the insurer paid, an application handed in
           "中信保赔付比例90%", "中信保赔付申请书已提交"]
CLAIMS_PAID = ["中信保理赔审核通过", "中信保赔偿5000", "中国信保赔付90%", "信保理赔款到账",
               "中信保已赔偿", "中信保赔偿款已到账", "Sinosure claim paid",
               "中国信保赔付比例90%，已赔付",
               # fix54h (rv54c R3, s3): the insurer paid, whatever the note says of the rest;
               # main before it: 0 days, on no list
               "中信保赔付（赔付比例90%）", "中信保理赔款，赔偿比例90%", "中信保赔付90%，余款待定",
               "信保赔付，剩余部分尚未确定", "中信保赔款（赔偿比例90%已确定）",
               "中信保赔付 确定中的余额另付", "中信保赔付（理赔申请书2025-3）"]


@pytest.mark.parametrize(("note", "paid"), [*((n, False) for n in PENDING),
                                            *((n, True) for n in CLAIMS_PAID)])
def test_an_insurer_paid_only_where_its_claim_paid(note: str, paid: bool) -> None:
    assert insurer_paid(note) is paid


def test_an_insurer_s_claim_not_paid_leaves_the_buyer_s_money_on_the_oldest(
        tmp_path: Path) -> None:
    """Hand count at 06-15: each buyer's 5,000 of 06-14 pays SZ-1 (due 04-01) where the note
    says no claim paid: 6,000 open on SZ-2, due 07-01, nothing overdue, not black. Where the
    insurer paid, the 5,000 is SZ-2's: SZ-1 5,000 open 75 days late, black."""
    head = ["客户名称", "发票号", "发票日期", "金额", "币种", "付款方式", "到期日", "收款金额",
            "收款日期", "备注"]
    rows: list[list[object]] = []
    for i, note in enumerate([*PENDING, *CLAIMS_PAID]):
        buyer = f"L{i:02d} {note}"
        rows += [[buyer, f"SZ-1{i:02d}", date(2025, 2, 1), 5_000, "USD", "OA 60天",
                  date(2025, 4, 1), None, None, None],
                 [buyer, f"SZ-2{i:02d}", date(2025, 5, 1), 6_000, "USD", "OA 60天",
                  date(2025, 7, 1), 5_000, date(2025, 6, 14), note]]
    rows.append(["Other Co", "O-1", date(2025, 6, 1), 1_000, "USD", "T/T", date(2025, 6, 1),
                 1_000, date(2025, 6, 15), None])
    db = imported(tmp_path / "firm.sqlite",
                  write_xlsx(tmp_path / "出口台账2025.xlsx", {"台账": [head, *rows]}))
    accounts = _accounts(db, date(2025, 6, 15))
    for i, note in enumerate(PENDING):
        open_, days, listed = accounts[f"L{i:02d} {note}"]
        assert (open_, days) == (6_000, 0) and listed != "black", note
    for i, note in enumerate(CLAIMS_PAID, start=len(PENDING)):
        assert accounts[f"L{i:02d} {note}"] == (6_000, 75, "black"), note
