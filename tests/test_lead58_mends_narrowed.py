"""rv58a's findings on the last pass's mends, narrowed by the lead (readers 131–133, fix57j).

- A chase stopped (停止催款, 催款结束) is a chase ended, the balance paid, only alone or beside
  the money come: stopped for a lawyer, a refusal, a bankruptcy or an insurer, or paused, the
  balance is owed (s220, s226: ten rows 7,000, 72 days, black read 0).
- A cancelled line's later listing asking whether the goods went and answering yes (已出货吗？
  客户回复已出货, 是否已出货：是), or sure of the goods and unsure of something else (已出货，
  尾款待确认; 已装船，提单待确认), brings it back (s221: eight lines 10,000 owed read 0).
- Money in full on a cancelled line's row whose note names its own order beside another
  (PO-R1货款（PO-R2下月付）) or a reference naming no order (TT REF FT25130XK7, 合同SC25-001全款)
  is that line's payment (s221: 10,000 owed read 0, or 10,000 on account).
- INV-2025~2026 is a range of a firm's running numbers past 2000; a term is written with 年
  (SC-2025至2026年度合同) (s222: Alpha 12,000, 89 days, black; the changer 12,000 on account).
- A changer's note leaving a number out or putting it off (不含INV-103, INV-103另付, Beta的
  INV-103下次付, 参照INV-103单价) does not pay it (s223: Beta 3,000 owed read 600 or 2,000 on
  account).
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED
from test_fix56k_narrow_fix56b import _read
from test_fix57i_cancel_went_ahead import BLACK, NONE, _po, _state, _tabs
from test_fix57j_payers_no_buyers import ALPHA, BETA, CHANGER, PAID_TO, _changer
from test_payer_named_fix54e import _account

from core.ledger.noted_orders import loose_number, named_numbers


def test_a_chase_stopped_for_a_refusal_or_paused_leaves_the_balance_owed(
        tmp_path: Path) -> None:
    owed = ["停止催款，转法务", "已停止催款，客户拒付", "暂时停止催款", "停止催款，客户破产",
            "停止催款，走信保理赔", "停止催款，已申请仲裁", "已停止催款，等客户回复",
            "停止催款（客户投诉质量问题）", "催款结束，转坏账"]
    paid = ["停止催款", "已停止催款", "催款结束", "停止催款，款已到", "催款成功",
            "催款完毕，款已到"]
    _read(tmp_path, paid, dict.fromkeys(owed, OWED))


def test_a_question_answered_yes_or_unsure_of_another_thing_brings_the_line_back(
        tmp_path: Path) -> None:
    went = ["已出货吗？客户回复已出货", "已出货吗？已出货", "是否已出货：是", "已出货，尾款待确认",
            "已出货，付款日期待定", "已出货，不确定客户何时付款", "已出货，是否开票？",
            "已装船，提单待确认"]
    asked = ["已出货吗？还没", "已出货待确认", "已装船？待确认", "已出货（待核实）"]
    got = {}
    for number, words in enumerate(went + asked):
        folder = tmp_path / str(number)
        _tabs(folder, {"3月": _po("已取消"), "4月": _po(words)})
        got[words] = _state(folder)
    assert got == {**dict.fromkeys(went, BLACK), **dict.fromkeys(asked, NONE)}


def test_a_full_payment_naming_its_own_order_or_no_order_brings_the_line_back(
        tmp_path: Path) -> None:
    """PO-R1 cancelled in March; May's row pays it 10,000 on 05-10: its own line's payment,
    nothing owed, nothing on account, whatever else the note names but another order's money."""
    notes = ["PO-R1货款（PO-R2下月付）", "TT REF FT25130XK7", "水单号HSBC2505103",
             "合同SC25-001全款"]
    got = {}
    for number, note in enumerate(notes):
        folder = tmp_path / str(number)
        _tabs(folder, {"3月": _po("已取消"), "5月": _po(note, paid=10_000, on="2025-05-10")})
        got[note] = _state(folder)
    assert got == dict.fromkeys(notes, NONE)


def test_year_like_running_numbers_are_a_range_and_a_term_is_not() -> None:
    both = {loose_number("INV-2025"), loose_number("INV-2026")}
    for written in ("INV-2025~2026", "INV-2025～INV-2026", "INV-2025至2026", "INV-2025~26"):
        assert both <= named_numbers(written), written
    for term in ("SC-2025至2026年度合同", "SC-2025~2026年", "2025~26年"):
        assert loose_number("SC-2026") not in named_numbers(term), term


def test_a_changers_note_leaving_an_invoice_out_does_not_pay_it(tmp_path: Path) -> None:
    """The changer's 12,000 for Alpha's INV-101 and INV-102: Beta's INV-103 named aside is
    Beta's still, as with a note naming only Alpha's two (fix57j)."""
    _changer(tmp_path / "plain", "合并付款 INV-101/INV-102")
    plain = {who: _account(tmp_path / "plain", who, PAID_TO) for who in (ALPHA, BETA, CHANGER)}
    assert plain[BETA][0] > 0 and plain[CHANGER] is None
    for n, note in enumerate(("合并付款INV-101/INV-102（INV-103另付）",
                              "INV-101/INV-102货款，不含INV-103",
                              "代Alpha付INV-101/INV-102，Beta的INV-103下次付",
                              "INV-101/INV-102货款，参照INV-103单价")):
        where = tmp_path / str(n)
        _changer(where, note)
        assert {who: _account(where, who, PAID_TO) for who in plain} == plain, note
