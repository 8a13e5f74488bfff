"""fix59b (rv58a s227 o3/o5, rv58c s231, s242): a 代X付款 wire of an agent or a changer.

- A changer's note naming the buyer by the first word of its name (代Alpha付款 for Alpha
  Haushalt GmbH, the one customer whose name begins so) is that buyer's and pays its oldest
  open first: Alpha 16,000 open, 119 days, black, and the changer 5,000 on account read before.
  A word two customers' names begin with moves nothing.
- An agent's wire for more than his own open is the buyer's whole (s231 a: the script's hand
  answer, Hassan's 5,000 paid, was wrong); his own open first only where the note says so
  (代Khartoum Star付款及本司货款: Hassan's 5,000 paid, 7,000 Khartoum's on account).
- An agent's wire of just his own open, the buyer owing nothing on the wire's day, is his own
  whether the buyer's next order, placed after the wire, was read before it or not (its file
  imported first, or in the wire's own book): Hassan 8,000 black read before, Khartoum's
  INV-K2 paid by his wire.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ledgers import write_xlsx
from test_fix54p_payer_fits import LATE
from test_fix55g_agent_notes import HASSAN, KHARTOUM, _sale
from test_fix57j_payers_no_buyers import ALPHA, BETA, CHANGER, PAID_TO, SALES
from test_fix58i_narrow_fix58b import KHARTOUM_PAID, agent_and_buyer
from test_payer_named_fix54e import GULF, GULF_PAID, SHIP_HEAD, _account, _book

from core.ledger.importer import import_files

ALPHA_HOME = "Alpha Home Decor Ltd"


def _changer(where: Path, note: str, amount: int = 5_000, more: tuple[str, ...] = (),
             apart: bool = False) -> None:
    """Alpha's INV-100 4,000 (B/L 02-01), INV-101 5,000, INV-102 7,000, Beta's INV-103 3,000
    (B/L 03-03), each OA 30; `more` customers' INV-2xx 1,000; 收款登记 (日期, 付款人, 金额, 币种,
    备注: no 对应发票) with the changer's `amount` of 04-01 noted `note`; `apart`: the 收款登记
    a workbook of its own, imported before the sales book."""
    def sale(number: str, buyer: str, amount: int, day: str = "2025-03-03") -> list[object]:
        on = datetime.fromisoformat(day)
        return [number, buyer, "五金工具", amount, "USD", on, on, "OA 30 days", None, None, None]
    sales = {"出货明细": [SALES, sale("INV-100", ALPHA, 4_000, "2025-02-01"),
                      sale("INV-101", ALPHA, 5_000), sale("INV-102", ALPHA, 7_000),
                      sale("INV-103", BETA, 3_000),
                      *(sale(f"INV-2{n}", buyer, 1_000) for n, buyer in enumerate(more))]}
    register = {"收款登记": [["日期", "付款人", "金额", "币种", "备注"],
                         [datetime(2025, 4, 1), CHANGER, amount, "USD", note],
                         [datetime(2025, 6, 30), BETA, 100, "USD", "货款"]]}
    books = [write_xlsx(where / "2025收款.xlsx", register),
             write_xlsx(where / "2025外贸台账.xlsx", sales)] if apart else [
        write_xlsx(where / "2025外贸台账.xlsx", {**sales, **register})]
    for book in books:
        [result] = import_files(where / "fast.sqlite", [book])
        assert result.status == "imported"


def test_a_changers_note_naming_the_buyer_by_its_first_word_pays_its_oldest_open(
        tmp_path: Path) -> None:
    """s227 o3, o5 and the note alone: the changer's 5,000 pays Alpha's INV-100 4,000 and
    1,000 of INV-101: Alpha 11,000 open, 89 days (INV-101, INV-102), black; the changer no
    customer; Beta's INV-103, named aside, still owed (main: Alpha 16,000, 119 days, the
    changer 5,000 on account), the receipts book imported before the sales book too. A word
    two customers' names begin with moves nothing."""
    notes = ("代Alpha付款，INV-103不在内", "代Alpha付款，不含INV-103", "代Alpha付款")
    for n, (note, apart) in enumerate([*((note, False) for note in notes), (notes[2], True)]):
        where = tmp_path / str(n)
        _changer(where, note, apart=apart)
        assert _account(where, ALPHA, PAID_TO) == (11_000, 11_000, 89, 0, "black"), note
        assert _account(where, BETA, PAID_TO) == (2_900, 2_900, 89, 0, "black"), note
        assert _account(where, CHANGER, PAID_TO) is None, note
    # beside Alpha Home Decor Ltd, 代Alpha付款 names neither: the changer's 5,000 on account,
    # as before; the first two words of a name still name Alpha Haushalt GmbH
    _changer(tmp_path / "one", "代Alpha付款", more=(ALPHA_HOME,))
    assert _account(tmp_path / "one", ALPHA, PAID_TO) == (16_000, 16_000, 119, 0, "black")
    assert _account(tmp_path / "one", CHANGER, PAID_TO) == (0, 0, 0, 5_000, None)
    _changer(tmp_path / "two", "代Alpha Haushalt付款", more=(ALPHA_HOME,))
    assert _account(tmp_path / "two", ALPHA, PAID_TO) == (11_000, 11_000, 89, 0, "black")


INV_K2 = ("INV-K2", KHARTOUM, 8_000, "2025-06-01", "2025-06-01", "OA 30 days")  # after the wire


def _june(where: Path) -> Path:
    """June's book: Khartoum's INV-K2 8,000 (contract HT-K2), placed and shipped 06-01."""
    on = datetime(2025, 6, 1)
    return write_xlsx(where / "2025外贸台账-6月.xlsx", {"出货明细": [SHIP_HEAD, [
        "INV-K2", "HT-K2", KHARTOUM, "苏丹", "五金工具", 100, 80, 8_000, "USD", on, on,
        "OA 30 days", "王芳", None]]})


def _agent(where: Path, hassan: int, wire: int, note: str, in_book: tuple[tuple, ...] = (),
           june: str = "") -> tuple[tuple, tuple]:
    """The book: Hassan's INV-H1 `hassan`, Khartoum's INV-K1 8,000 paid 04-01, `in_book`;
    Hassan's `wire` of 05-01 noted `note`; June's book (_june) imported "after" or "first".
    Hassan's and Khartoum's (open, overdue, days, credit) at 06-30."""
    book = _book(where / "2025外贸台账.xlsx", [
        GULF, _sale("INV-H1", HASSAN, hassan), _sale("INV-K1", KHARTOUM, 8_000), *in_book],
        [GULF_PAID, KHARTOUM_PAID, ("2025-05-01", HASSAN, wire, None, None, note), LATE])
    files = {"": [book], "after": [book, _june(where)], "first": [_june(where), book]}[june]
    return agent_and_buyer(where / "fast.sqlite", files)


def test_an_agents_wire_over_his_own_open_is_the_buyers_but_where_the_note_says_his_own(
        tmp_path: Path) -> None:
    """s231 a: Hassan owing 5,000 wires 12,000 代Khartoum Star付款, Khartoum owing nothing:
    Khartoum's whole, on account, Hassan 5,000 black as before (the script's hand, Hassan's
    5,000 paid, corrected). 代Khartoum Star付款及本司货款 (or 含我司货款) says his own too: his
    5,000 paid first, 7,000 Khartoum's (main: Hassan 5,000, 89 days; Khartoum 12,000 on
    account).
    代付本司货款 names no other buyer: all his own, 7,000 on account, as before."""
    assert _agent(tmp_path / "x", 5_000, 12_000, "代Khartoum Star付款") == (
        (5_000, 5_000, 89, 0), (0, 0, 0, 12_000))
    for n, note in enumerate(("代Khartoum Star付款及本司货款", "代Khartoum Star付款，含我司货款")):
        assert _agent(tmp_path / str(n), 5_000, 12_000, note) == (
            (0, 0, 0, 0), (0, 0, 0, 7_000)), note
    assert _agent(tmp_path / "own", 5_000, 12_000, "代付本司货款") == (
        (0, 0, 0, 7_000), (0, 0, 0, 0))


def test_the_buyers_order_placed_after_the_wire_is_nothing_it_owed_then(tmp_path: Path) -> None:
    """Hassan owing 12,000 wires 12,000 代Khartoum Star付款 on 05-01, Khartoum owing nothing
    then; its INV-K2 8,000 placed 06-01: Hassan's own, Khartoum 8,000 open (not yet due),
    whether June's book comes after (as before), first, or the wire's book lists INV-K2
    (main: Hassan 8,000, 89 days, black; INV-K2 paid by his wire)."""
    mine = ((0, 0, 0, 0), (8_000, 0, 0, 0))
    note = "代Khartoum Star付款"
    for june in ("after", "first"):
        assert _agent(tmp_path / june, 12_000, 12_000, note, june=june) == mine
    assert _agent(tmp_path / "book", 12_000, 12_000, note, in_book=(INV_K2,)) == mine
    # for less than his own open it waits for Khartoum's next invoice, as fix58i reads it
    assert _agent(tmp_path / "less", 12_000, 8_000, note, in_book=(INV_K2,)) == (
        (12_000, 12_000, 89, 0), (0, 0, 0, 0))
