"""An unnamed wire that fits two readings, and a payer's wire noting his own order (fix60m).

Muscat Home's 8月 tab: YW25-0222 10,000 noted 质量扣款500, OA 30 shipped 09-05 (due 10-05: 87
days at 12-31), with other orders; its 收款登记 wire of 11-11 names no invoice, 合并付款 (rv60c
s325). Rio Casa's PO-R1 10,000 and Kobe Trading's PO-K1 10,000, shipped 03-01 (91 days at
06-30); Rio's row received 10,000 on 05-10 and the 收款明细 tab books Kobe's wire of that day
under Rio's PO-R1 (rv60c s322).
"""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_acct56c_note_cancel_deduction_apart import HEAD, OA, _buyer, _row, _state
from test_fix57h_deduction_money_placed import DOHA, REGISTER
from test_fix57i_cancel_went_ahead import HEAD as MONTH
from test_fix57i_cancel_went_ahead import OTHER
from test_fix59f_paid_revival_elsewhere import KOBE, NONE, PAYMENTS, RIO, _line, _wire
from test_fix59k_payer_own_first import _states

from core.ledger.importer import import_files
from core.ledger.paid_for import paid_for
from core.ledger.repaid_deductions import payers_firm

MUSCAT = "Muscat Home LLC"
NOTED = ("YW25-0222", 10_000, "2025-09-05", "质量扣款500")


def _muscat(tmp_path: Path, orders: list[tuple[str, int, str, str | None]], wire: int
            ) -> tuple[int, int, str | None]:
    rows = [_row(no, MUSCAT, "2025-08-20", "瑜伽垫", amount, OA, shipped, None, None, note)
            for no, amount, shipped, note in orders]
    later = _row("YW25-0390", DOHA, "2025-12-01", "雨伞", 3000, OA, "2025-12-08", 3000,
                 "2025-12-31", None)
    sheets = {"8月": [HEAD, *rows], "12月": [HEAD, later],
              "收款登记": [REGISTER, [date(2025, 11, 11), MUSCAT, wire, "USD", None, None,
                                  "合并付款"]]}
    import_files(tmp_path / "fast.sqlite", [write_xlsx(tmp_path / "b" / "2025外贸台账.xlsx",
                                                       sheets)])
    return tuple(json.loads(json.dumps(_state(_buyer(tmp_path, MUSCAT, "2025-12-31")))))


@pytest.mark.parametrize(("others", "wire", "hand"), [
    ([("YW25-0227", 4500, "2025-09-05", None), ("YW25-0230", 14_000, "2025-10-20", None)],
     14_000, (14_500, 87, "black")),
    ([("YW25-0227", 5000, "2025-09-05", None), ("YW25-0230", 14_500, "2025-10-20", None)],
     14_500, (15_000, 87, "black"))])
def test_a_wire_that_is_also_a_later_orders_whole_reads_no_deduction(
        tmp_path: Path, others: list[tuple[str, int, str, str | None]], wire: int,
        hand: tuple[int, int, str]) -> None:
    """The wire is YW25-0222 less its 500 and YW25-0227, and as well the later order whole:
    which it paid the clerk did not say, so it pays the oldest first and the 500 stays owed
    (before: the deduction read, the buyer 14,000 (14,500) open, 42 days, watch)."""
    assert _muscat(tmp_path, [NOTED, *others], wire) == hand


def test_one_reading_alone_still_reads_the_deduction(tmp_path: Path) -> None:
    """A control: no later order of 14,500, the wire is only YW25-0222 less its 500 and
    YW25-0227 (fix60f): the 500 read, nothing owed."""
    assert _muscat(tmp_path, [NOTED, ("YW25-0227", 5000, "2025-09-05", None)], 14_500) \
        == (0, 0, None)


def _rio_and_kobe(note: str | None) -> dict[str, tuple[int, int, str | None, int]]:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        rio = _line("PO-R1", 10_000)
        rio[11], rio[12] = 10_000, date(2025, 5, 10)
        book = write_xlsx(tmp / "book" / "2025外贸台账.xlsx", {
            "3月": [MONTH, rio, _line("PO-K1", 10_000, buyer=KOBE, product="灯罩")],
            "收款明细": [PAYMENTS, _wire("PO-R1", 10_000, note, KOBE, "2025-05-10")],
            "6月": [MONTH, OTHER]})
        import_files(tmp / "fast.sqlite", [book])
        return _states(tmp / "fast.sqlite")


@pytest.mark.parametrize("note", ["付PO-K1货款", "Kobe自己的货款"])
def test_a_wire_noting_the_payers_own_order_is_no_copy_of_the_rows_receipt(note: str) -> None:
    """Booked to Rio's PO-R1, paid on its row the same day, but noted as Kobe's own: his wire
    pays his PO-K1 (before: cleared as Rio's receipt booked again, Kobe 10,000, 91 days,
    black)."""
    assert _rio_and_kobe(note) == {RIO: NONE, KOBE: NONE}


@pytest.mark.parametrize("note", [None, "代付", "付PO-R1货款"])
def test_a_wire_noting_nothing_of_his_is_still_the_rows_copy(note: str | None) -> None:
    """Controls: no note, 代付, or the booked order's own number: Rio's receipt booked again,
    counted once (fix60j), Kobe 10,000 black."""
    assert _rio_and_kobe(note) == {RIO: NONE, KOBE: (10_000, 91, "black", 0)}


@pytest.mark.parametrize("note", ["尾款香港公司代付", "货款由香港公司代付", "定金由子公司代付",
                                  "PO-K1货款香港公司代付"])
def test_a_payment_word_or_order_number_is_no_payer(note: str) -> None:
    """Before: 尾款, 货款由, 定金由, PO-K1货款 read as the payer's name."""
    assert paid_for(note) is None


def test_a_kin_firms_name_is_still_read() -> None:
    assert paid_for("ABC香港公司代付") == "ABC"
    assert paid_for("代华美5月货款付款") == "华美5月"


def test_one_word_in_common_is_no_firm() -> None:
    """Before: Star Co was Star Lighting LLC's firm, its first word alike."""
    assert not payers_firm("Star Co", ["Star Lighting LLC"])
    assert payers_firm("Hamburg Licht GmbH", ["Hamburg Licht Handel KG"])
    assert payers_firm("Acme", ["Acme LLC"])
