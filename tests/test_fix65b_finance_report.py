"""fix65b: rv64d's findings on paid_said (the earlier debt said paid beside a deposit) mended.

Deposit cells (fix61j's layout): each buyer's old order of 4,000 (OA 30天, B/L 04-20: due
05-20) unpaid; a new order of 10,000 (30% deposit, not shipped) with 7,000 received 06-05 noted
定金3000，…上批欠款4000已付. The ledger's last day is 06-28 (another buyer's money), so the old
order is 39 days late. Hand: the cell paying the old 4,000 (the firm's own word of it) leaves
nothing owed and 3,000 held for the new order; the old debt only reported by another party or
doubted leaves it owed, 4,000, 39 days, watch, the whole 7,000 held.

1. The finance of another party (fix64e's _FINANCE_SAYS read any 财务说 as the firm's): the
   buyer's own company name (Alder财务说, Birch Home财务说), his consignee, agent, dealer or
   importer (收货人, 客户的代理, 经销商, 进口商; a bare 代理 the firm's export agent since fix66d:
   tests.test_fix66d_agent_fee_hearsay), the finance in an email (邮件里财务说): 0, 3,000 held
   → 4,000, 39 days, watch, 7,000 held. Only the firm's own finance opening the clause (财务说,
   公司财务说, 我司财务说, 会计反馈, 经财务确认, 但财务说) or after the debt it reports (上批欠款
   4000财务说已付) clears it (公司的财务说: 4,000 watch → 0, as 公司财务说).
2. A report by 回复 (对方会计回复, 客户回复上批欠款4000已付): 0 → 4,000, 39 days, watch (older);
   the firm's finance replying (财务回复) clears it.
3. A doubt after the debt's clause (，待查; ，待核实; ，还没查到; ，尚未核实; 上批欠款4000，待查):
   0, 3,000 held → 4,000, 39 days, watch (财务说…已付，待核实 since fix64e; …已付，待查 older), as
   待确认 already was. A doubt of something else (，定金待核实) or the check done (，已核实,
   ，已查到, ，财务已核实) leaves it paid.

Wires (rv60d's: X-1 5,000 shipped 03-08 OA 30 days, 84 days late on 06-30; X-2 6,000 due
07-01; 5,975 wired 06-25 noted 上次欠款X-1，…已付): the report doubted (another's finance, 客户
回复) is no word that the wire paid X-1, as 客户说已付 (fix64b): the wire pays X-2 and X-1 stands
5,000, 84 days, black (before: X-1 paid, 5,025 open, not due). The firm's finance (财务说,
财务回复) and the debt paid now (补上次欠款X-1，客户回复已付) leave X-1 paid.

Cancelled lines: 还没查到 / 尚未核实 join the words of doubt (unsure_words.UNSURE), so a later
listing of a cancelled line 已出货，还没查到 brings nothing back (before: 10,000, 91 days,
black), as 已出货（待核实） did; 已出货，已查到 still does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from account_cli import customers, imported
from ledgers import write_xlsx
from test_fix57i_cancel_went_ahead import BLACK, NONE, _po, _state, _tabs

d = date.fromisoformat
HEAD = ["订单号", "客户名称", "下单日期", "品名", "数量", "单价", "金额", "币种", "付款方式",
        "出货日期", "提单日期", "收款金额", "收款日期", "备注"]
OWED = (4000, 39, "watch", 7000)
PAID = (0, 0, None, 3000)
WORDS = ["Alder", "Birch", "Cedar", "Dahlia", "Elm", "Fern", "Gorse", "Hazel", "Iris",
         "Juniper", "Kelp", "Laurel", "Maple", "Nettle", "Oak", "Poplar", "Quince", "Rowan",
         "Sorrel", "Tansy", "Umber", "Violet", "Willow", "Yarrow", "Zinnia", "Acacia",
         "Bramble", "Clover", "Daisy", "Ember", "Flint", "Garnet", "Heath", "Indigo",
         "Jasper", "Kestrel", "Lupin", "Myrtle", "Nutmeg", "Olive", "Pepper", "Quartz",
         "Russet", "Saffron", "Thistle", "Upland"]
KINDS = ["Trading LLC", "Imports GmbH", "Ltda", "Pty Ltd", "SARL", "S.A.", "Co., Ltd", "Inc"]


def _name(i: int) -> str:
    return f"{WORDS[i]} Home {KINDS[i % len(KINDS)]}"


def _seen(c: dict) -> tuple[object, ...]:
    return (round(c["open_amount"] or 0), c["max_days_overdue"],
            c["list"] if c["list"] in ("black", "watch") else None,
            round(c.get("deposits_held") or 0))


def _deposits(tmp_path: Path, notes: list[str]) -> dict[str, tuple[object, ...]]:
    """Each note on its own buyer's 7,000 deposit cell beside his unpaid old 4,000, by note
    (buyer i is _name(i): the first Alder Home Trading LLC, the second Birch Home Imports)."""
    rows: list[list[object]] = [HEAD]
    for i, note in enumerate(notes):
        rows += [[f"YW{i:02d}-0010", _name(i), d("2025-03-20"), "雨伞", 1000, 4.0, 4000, "USD",
                  "OA 30天", d("2025-04-20"), d("2025-04-20"), None, None, None],
                 [f"YW{i:02d}-0100", _name(i), d("2025-06-01"), "瑜伽垫", 1000, 10.0, 10000,
                  "USD", "30%定金，70%见提单复印件付款", None, None, 7000, d("2025-06-05"),
                  note]]
    rows.append(["YW99-0090", "Lima Regalos SAC", d("2025-05-01"), "雨伞", 500, 3.0, 1500, "USD",
                 "O/A 60 days", d("2025-05-10"), d("2025-05-10"), 1500, d("2025-06-28"), None])
    db = imported(tmp_path / "firm.sqlite", write_xlsx(tmp_path / "2025外贸台账.xlsx",
                                                       {"6月": rows}))
    by_name = customers(db, d("2025-06-30"))["by_name"]
    return {note: _seen(by_name[_name(i)]) for i, note in enumerate(notes)}


# the buyer's own name first: Alder's note on Alder's row, Birch's on Birch's
THEIRS = ["定金3000，Alder财务说上批欠款4000已付", "定金3000，Birch Home财务说上批欠款4000已付",
          "定金3000，收货人财务说上批欠款4000已付", "定金3000，客户的代理财务说上批欠款4000已付",
          "定金3000，经销商财务说上批欠款4000已付", "定金3000，进口商财务说上批欠款4000已付",
          "定金3000，邮件里财务说上批欠款4000已付", "定金3000，对方会计回复上批欠款4000已付",
          "定金3000，客户回复上批欠款4000已付",
          # doubted after
          "定金3000，财务说上批欠款4000已付，待核实", "定金3000，财务说上批欠款4000已付，还没查到",
          "定金3000，财务说上批欠款4000已付，待查", "定金3000，上批欠款4000已付，待查",
          "定金3000，上批欠款4000已付，尚未核实", "定金3000，上批欠款4000，待查",
          # as main: his side's finance, his word, a doubt in the clause
          "定金3000，客户方财务说上批欠款4000已付", "定金3000，对方公司财务说上批欠款4000已付",
          "定金3000，他们公司财务说上批欠款4000已付", "定金3000，客户的财务说上批欠款4000已付",
          "定金3000，客户公司财务说上批欠款4000已付", "定金3000，客户上批欠款4000财务说已付",
          "定金3000，代理说上批欠款4000已付", "定金3000，上批欠款4000已付待核实"]
# the firm's own report, or the check done: the cell pays the old debt
OURS = ["定金3000，财务说上批欠款4000已付", "定金3000，公司财务说上批欠款4000已付",
        "定金3000，我司财务说上批欠款4000已付", "定金3000，会计反馈上批欠款4000已付",
        "定金3000，我们财务说上批欠款4000已付", "定金3000，经财务确认上批欠款4000已付",
        "定金3000，但财务说上批欠款4000已付", "定金3000，财务回复上批欠款4000已付",
        "定金3000，上批欠款4000财务说已付", "定金3000，公司的财务说上批欠款4000已付",
        "定金3000，上批欠款4000已付，已核实", "定金3000，上批欠款4000已付，已查到",
        "定金3000，上批欠款4000已付，财务已核实", "定金3000，上批欠款4000已付，定金待核实",
        "定金3000，上批欠款4000已付，谢谢"]


def test_only_the_firms_finance_clears_the_earlier_debt(tmp_path: Path) -> None:
    """Another party's report or a doubt: 4,000 owed, 39 days, watch, 7,000 held (main: the
    first fifteen nothing owed, 3,000 held); the firm's own or the check done: nothing owed,
    3,000 held (as main, but 公司的财务说: main 4,000 watch)."""
    assert _deposits(tmp_path, [*THEIRS, *OURS]) == {**dict.fromkeys(THEIRS, OWED),
                                                     **dict.fromkeys(OURS, PAID)}


REG_HEAD = ["发票号", "客户", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期",
            "已收金额", "收款日期", "状态", "备注"]
REG = ["收款日期", "付款人", "收款金额", "币种", "备注"]
OLD_BLACK = (5000, 84, "black")
PAID_OLD = (5025, 0, None)


def _wires(tmp_path: Path, notes: list[str]) -> dict[str, tuple[object, ...]]:
    """Each buyer's X-1 5,000 (03-01, shipped 03-08, OA 30 days) and X-2 6,000 (05-25, shipped
    06-01), and his register wire of 5,975 on 06-25 noted `note`."""
    rows: list[list[object]] = [REG_HEAD]
    reg: list[list[object]] = [REG]
    for i, note in enumerate(notes):
        rows += [[f"X{i:02d}-1", _name(i), d("2025-03-01"), "Cotton towels", 5000, "USD",
                  "OA 30 days", d("2025-03-08"), None, None, None, None],
                 [f"X{i:02d}-2", _name(i), d("2025-05-25"), "Cotton towels", 6000, "USD",
                  "OA 30 days", d("2025-06-01"), None, None, None, None]]
        reg.append([d("2025-06-25"), _name(i), 5975, "USD", note])
    rows.append(["INV-999", "Other Co", d("2025-06-20"), "x", 1000, "USD", "T/T",
                 d("2025-06-27"), 1000, d("2025-06-30"), None, None])
    db = imported(tmp_path / "firm.sqlite", write_xlsx(tmp_path / "台账.xlsx",
                                                       {"台账": rows, "收款登记": reg}))
    by_name = customers(db, d("2025-06-30"))["by_name"]
    return {note: _seen(by_name[_name(i)])[:3] for i, note in enumerate(notes)}


WIRE_DOUBTED = ["上次欠款X-1，Alder财务说已付", "上次欠款X-1，客户回复已付",
                # as main
                "上次欠款X-1，客户说已付", "上次欠款X-1已付，还没查到"]
WIRE_PAID = ["上次欠款X-1，财务说已付", "上次欠款X-1，财务回复已付",
             "补上次欠款X-1，客户回复已付", "补上次欠款X-1，Alder财务说已付"]


def test_a_wires_earlier_debt_reported_by_another_is_doubted(tmp_path: Path) -> None:
    """Doubted: X-1 5,000, 84 days, black (main: the first two 5,025 open, not due); the
    firm's report or the debt paid now: 5,025 open, 0 days (as main)."""
    assert _wires(tmp_path, [*WIRE_DOUBTED, *WIRE_PAID]) == {
        **dict.fromkeys(WIRE_DOUBTED, OLD_BLACK), **dict.fromkeys(WIRE_PAID, PAID_OLD)}


def test_a_cancelled_line_shipped_but_not_found_yet_stays_cancelled(tmp_path: Path) -> None:
    """PO-R1 cancelled in March; April's listing of it 已出货，还没查到 (status or note): nothing
    owed (main: 10,000, 91 days, black); 已出货，已查到 brings it back (as main)."""
    got = {}
    for number, (words, cell) in enumerate([("已出货，还没查到", "status"),
                                            ("已出货，还没查到", "note"),
                                            ("已出货，尚未核实", "status"),
                                            ("已出货，已查到", "status")]):
        folder = tmp_path / str(number)
        later = _po(status=words) if cell == "status" else _po(words)
        _tabs(folder, {"3月": _po("已取消"), "4月": later})
        got[words, cell] = _state(folder)
    assert got == {("已出货，还没查到", "status"): NONE, ("已出货，还没查到", "note"): NONE,
                   ("已出货，尚未核实", "status"): NONE, ("已出货，已查到", "status"): BLACK}
