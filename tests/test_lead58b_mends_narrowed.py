"""rv58c's findings on this session's mends, narrowed by the lead (fix58d, reader 134).

- fix58d read money named before a denial closing its clause (尾款还没有) as still out even
  where a later clause says it came: 上次尾款还没有，这次一起付清, 之前钱还没有，现在付清了,
  月初款还没有，月中到了 — four paid balances 0 → 7,000, 72 days, black (s232d).
- The lead's 134 read any note naming the row's own order as its own money: 这笔是PO-R2的款，
  不是PO-R1的, PO-R1取消，款转PO-R2, 客户把PO-R1的款付到PO-R2 brought the cancelled PO-R1
  back, paid by PO-R2's money, PO-R2 10,000, 60 days, watch (s233 p2).
- The lead's 134 skipped a changer's whole clause leaving a number out, the paid number in it
  too: INV-101/INV-102货款 INV-103下周付, 付INV-101/INV-102不含INV-103 left Alpha owing and the
  changer a customer holding the money (s234b c2, c3).
"""

from __future__ import annotations

from pathlib import Path

from ledgers import write_xlsx
from test_fix56b_balance_clause_ours_part import OWED
from test_fix56k_narrow_fix56b import _read
from test_fix57i_cancel_went_ahead import HEAD, NONE, OTHER, _po, _state, d
from test_fix57j_payers_no_buyers import ALPHA, BETA, CHANGER, PAID_TO, _changer
from test_payer_named_fix54e import _account

from core.ledger.importer import import_files


def test_a_balance_denied_then_said_come_is_paid(tmp_path: Path) -> None:
    paid = ["之前钱还没有，现在付清了", "月初款还没有，月中到了", "上次尾款还没有，这次一起付清",
            "上次尾款还没有，这次一起付了", "尾款还没有，4月20日全部到账"]
    owed = ["尾款还没有", "尾款还没有，下周付清", "尾款还没有，已催"]
    _read(tmp_path, paid, dict.fromkeys(owed, OWED))


def test_money_said_moved_to_another_order_does_not_bring_the_cancelled_one_back(
        tmp_path: Path) -> None:
    """PO-R1 cancelled in March, PO-R2 10,000 shipped 04-01 (OA 30); May's PO-R1 row shows
    10,000 received 05-10 whose note gives it to PO-R2: PO-R2 paid, PO-R1 cancelled, nothing
    owed. Noted PO-R1货款（PO-R2下月付）, the money is PO-R1's: PO-R2 owed."""
    r2 = ["PO-R2", "Rio Casa Ltda", d("2025-03-20"), "灯罩", 1_000, 10, 10_000, "USD",
          "OA 30 days", d("2025-04-01"), d("2025-04-01"), None, None, None, None]
    moved = ["这笔是PO-R2的款，不是PO-R1的", "PO-R2货款（原PO-R1已取消）", "PO-R1取消，款转PO-R2",
             "客户把PO-R1的款付到PO-R2"]
    got = {}
    for note in (*moved, "PO-R1货款（PO-R2下月付）"):
        folder = tmp_path / str(len(got))
        import_files(folder / "fast.sqlite", [write_xlsx(folder / "2025台账.xlsx", {
            "3月": [HEAD, _po("已取消")], "4月": [HEAD, r2],
            "5月": [HEAD, _po(note, paid=10_000, on="2025-05-10")], "6月": [HEAD, OTHER]})])
        got[note] = _state(folder)
    assert got == {**dict.fromkeys(moved, NONE),
                   "PO-R1货款（PO-R2下月付）": (10_000, 60, "watch", 0)}


def test_a_changers_clause_paying_one_number_and_leaving_another_pays_the_first(
        tmp_path: Path) -> None:
    _changer(tmp_path / "plain", "合并付款 INV-101/INV-102")
    plain = {who: _account(tmp_path / "plain", who, PAID_TO) for who in (ALPHA, BETA, CHANGER)}
    for n, note in enumerate(("INV-101/INV-102货款 INV-103下周付", "付INV-101/INV-102不含INV-103",
                              "INV-101/INV-102 ~ 26号前再付INV-103")):
        where = tmp_path / str(n)
        _changer(where, note)
        assert {who: _account(where, who, PAID_TO) for who in plain} == plain, note
