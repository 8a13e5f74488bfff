"""rv59c's findings on fix59f's paid revivals, fix59a's cut amounts and the lead's 147,
narrowed (reader 154).

- A field of the order changed (数量改为1000pcs, 交期改为20250601) or a year (改为2026年再下)
  names no order that replaced the cancelled one: the wire naming PO-R1 revives it, and
  PO-R2's 6,000 stays owed, 91 days, black (read as successors, the wire was credit and hid it,
  rv59c s260 g2/g3).
- A wire whose note says the cancelled order went ahead (PO-R1客户又要了，照常出货) revives it
  though another open order is of its sum (s260 g7: PO-R2's 10,000, 91 days, black, was
  hidden).
- 现10 beside 原价12 is a unit's price, not the amount now: the share is cut (10,000 → 5,000,
  s262 S4); 现5000 at 5,000 still says the amount is cut already.
- A deduction agreed on a condition (客户同意后再扣, 等客户同意, 如客户同意则扣) is not taken:
  500 owed, black (s263).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix57i_cancel_went_ahead import _po, _state, _tabs
from test_fix59f_paid_revival_elsewhere import RIO, _book, _line, _wire
from test_lead58d_deduction_asked import _open

R2_OWED = (6_000, 91, "black", 0)


@pytest.mark.parametrize("note", ["客户取消，数量改为1000pcs再议", "已取消，交期改为20250601后再定",
                                  "客户取消，改为2026年再下"])
def test_a_field_changed_names_no_successor(tmp_path: Path, note: str) -> None:
    got, _ = _book(tmp_path, [_line("PO-R1", 10_000, note),
                              _line("PO-R2", 6_000, product="灯罩")], [_wire("PO-R1", 10_000)])
    assert got == {RIO: R2_OWED}


def test_a_wire_saying_the_order_went_ahead_revives_it(tmp_path: Path) -> None:
    got, revived = _book(tmp_path, [_line("PO-R1", 10_000, "已取消"),
                                    _line("PO-R2", 10_000, product="灯罩")],
                         [_wire("PO-R1", 10_000, "PO-R1客户又要了，照常出货")])
    assert got == {RIO: (10_000, 91, "black", 0)} and revived
    got, _ = _book(tmp_path / "plain", [_line("PO-R1", 10_000, "已取消"),
                                        _line("PO-R2", 10_000, product="灯罩")],
                   [_wire("PO-R1", 10_000)])
    assert got == {RIO: (0, 0, None, 0)}  # fix59f: the open order the money fits


@pytest.mark.parametrize(("note", "amount", "open_"), [("原价12，现10，1/2取消", 10_000, 5_000),
                                                       ("取消一半，现5000", 5_000, 5_000)])
def test_the_amount_now_is_compared_with_the_cell(tmp_path: Path, note: str, amount: float,
                                                  open_: float) -> None:
    row = _po(note)
    row[6] = amount
    _tabs(tmp_path, {"3月": row})
    assert _state(tmp_path)[0] == open_


def test_a_deduction_agreed_on_a_condition_is_not_taken(tmp_path: Path) -> None:
    notes = ["扣款500？客户同意后再扣", "扣款500？等客户同意", "扣款500？同意的话就扣",
             "扣款500？如客户同意则扣"]
    got = {note: _open(tmp_path / str(n), note)[0] for n, note in enumerate(notes)}
    assert got == dict.fromkeys(notes, 500)
    assert _open(tmp_path / "agreed", "扣款500？客户同意") == (0, 0, None)
