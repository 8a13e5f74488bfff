"""rv57c's findings on this pass's mends, narrowed by the lead: a cancelled line is not brought
back by a question or by another order's money (fix57i's two later words); a chase said ended
alone is no plan (fix57g had it only after a forecast day).

fix57i brings a cancelled line back where a later listing says its goods went or pays it in
full after the cancel. Asked or unsure (已出货吗, 是否已出货, 已装船？待确认, 已出货（待核实）) the
listing says nothing went: eight cancelled lines read 10,000 owed, 95 days, black (rv57c s211b).
Money whose note names another order (PO-R2货款 on PO-R1's row) pays that order, not the
cancelled one: PO-R1 was brought back and paid while PO-R2 stood 10,000 open, 60 days, watch
(rv57c s211 c3).
"""

from __future__ import annotations

from pathlib import Path

from ledgers import write_xlsx
from test_acct56c_note_cancel_deduction_apart import _said
from test_fix56b_balance_clause_ours_part import OWED
from test_fix56k_narrow_fix56b import _read
from test_fix57i_cancel_went_ahead import BLACK, HEAD, NONE, OTHER, _po, _state, _tabs, d

from core.ledger.importer import import_files
from core.ledger.noted_orders import loose_number, named_numbers


def test_a_listing_asking_whether_the_goods_went_brings_nothing_back(tmp_path: Path) -> None:
    asked = ["已出货吗", "是否已出货", "客户问是否已发货", "已装船？待确认", "已出货?", "已发货？",
             "已出货（待核实）", "已出货？客户问"]
    got, named = {}, {}
    for number, words in enumerate(asked):
        for where, later in (("status", _po(status=words)), ("note", _po(words))):
            folder = tmp_path / f"{number}{where}"
            result = _tabs(folder, {"3月": _po("已取消"), "4月": later})
            got[words, where] = _state(folder)
            named[words, where] = _said(result, "cancelled_shipped_back")
    assert got == {key: NONE for key in got}
    assert not any(named.values())
    # the word said outright still brings it back (fix57i)
    result = _tabs(tmp_path / "said", {"3月": _po("已取消"), "4月": _po(status="已出货")})
    assert _state(tmp_path / "said") == BLACK and _said(result, "cancelled_shipped_back")


def test_money_naming_another_order_does_not_bring_the_cancelled_one_back(
        tmp_path: Path) -> None:
    """PO-R1 cancelled in March; PO-R2 10,000 shipped 04-01 (OA 30); May's PO-R1 row shows
    10,000 received 05-10 noted PO-R2货款: the money is PO-R2's, nothing owed, PO-R1 stays
    cancelled. Noted PO-R1货款 or nothing, it is PO-R1's payment in full (fix57i): PO-R1 back
    and paid, PO-R2 open (10,000, 60 days, watch)."""
    r2 = ["PO-R2", "Rio Casa Ltda", d("2025-03-20"), "灯罩", 1_000, 10, 10_000, "USD",
          "OA 30 days", d("2025-04-01"), d("2025-04-01"), None, None, None, None]
    got, named = {}, {}
    for note in ("PO-R2货款", "客户付的是PO-R2的款", "PO-R1货款", None):
        folder = tmp_path / str(len(got))
        paid = _po(note, paid=10_000, on="2025-05-10")
        result = import_files(folder / "fast.sqlite", [write_xlsx(folder / "2025台账.xlsx", {
            "3月": [HEAD, _po("已取消")], "4月": [HEAD, r2], "5月": [HEAD, paid],
            "6月": [HEAD, OTHER]})])[0]
        got[note], named[note] = _state(folder), bool(_said(result, "cancelled_paid_back"))
    assert got == {"PO-R2货款": NONE, "客户付的是PO-R2的款": NONE,
                   "PO-R1货款": (10_000, 60, "watch", 0), None: (10_000, 60, "watch", 0)}
    assert named == {"PO-R2货款": False, "客户付的是PO-R2的款": False, "PO-R1货款": True,
                     None: True}


def test_a_chase_said_ended_alone_leaves_the_balance_paid(tmp_path: Path) -> None:
    """A 尾款 row of 7,000 received 04-20 noted only that the chase ended (催款成功, 催款完毕,
    停止催款, 不需要催款了): nothing open (rv57c s212: 7,000, 72 days, black — fix57g mended
    these after a forecast day only). Still chased or failed: owed, as before."""
    paid = ["催款成功", "催款完毕", "停止催款", "不需要催款了", "催款成功，已到账"]
    owed = ["催款中", "催款", "催款未成功", "催款无果"]
    _read(tmp_path, paid, dict.fromkeys(owed, OWED))


def test_a_contracts_years_written_with_zhi_are_no_range() -> None:
    """A changer's note "SC-2025至2026年度合同" (Alpha's SC-2025, Beta's SC-2026) read as the range
    SC-2025…SC-2026 split the 5,000 between both buyers, both black (rv57c s214 m2): two years
    are a contract's term, not invoices; INV-101至103 is still three."""
    assert loose_number("SC-2026") not in named_numbers("SC-2025至2026年度合同")
    assert loose_number("SC-2026") not in named_numbers("SC-2025~2026年")
    assert {loose_number(f"INV-{n}") for n in (101, 102, 103)} <= named_numbers("INV-101至103")
