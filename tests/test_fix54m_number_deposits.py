"""fix54m: a deposit naming a contract no file sells yet is held for it (rv54b f9).

rv54b's workbook: 出货明细 (the shipment book) and 收款登记 (日期, 付款人, 金额, 币种, 银行扣费,
对应发票, 备注). Lima Importaciones owes INV2503-08 (contract HT25-035, 3,967 on 30 % deposit +
70 % against the B/L copy, B/L 03-23: due 03-30), its 1,190.10 deposit paid; in April it wires
30 % deposits on HT25-073 (2,138.28, 04-14) and HT25-064 (2,120.10, 04-17), contracts no book
sells yet. Hand count at 04-30: INV2503-08 2,776.90 open, 31 days overdue (watch), 4,258.38
held, none on account. Before: the deposits paid INV2503-08: Lima shown paid, 1,481 on
account, nothing held. Each test imports the register both ways a firm does (mapped by hand:
customer=付款人, received_amount=金额, received_date=日期, ref=对应发票; and as it is) through
both imports (tests.test_fast_import._same_import; mapped, the import alone).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from languages import in_chinese
from test_fast_import import _same_import
from test_fix54f_registers import GULF, GULF_PAID, _book
from test_lists_audit28 import at, by_name

from core.ledger.importer import import_files
from core.ledger.report import import_report

LIMA = "Lima Importaciones SAC"
TERMS = "T/T 30% deposit + 70% against B/L copy"
OLD = ("INV2503-08", "HT25-035", LIMA, 3967, "2025-03-16", "2025-03-23", TERMS)
NEW = ("INV2505-02", "HT25-073", LIMA, 7127.6, "2025-05-20", "2025-05-26", TERMS)
OLD_DEPOSIT = ("2025-02-25", LIMA, 1190.1, None, "HT25-035定金", "30%定金")
DEPOSITS = [("2025-04-14", LIMA, 2138.28, None, "HT25-073定金", "30%定金"),
            ("2025-04-17", LIMA, 2120.1, None, "HT25-064定金", "30%定金")]
# the receipts date: 04-30 (another buyer's 100 that day)
GULF_LATE = ("2025-04-30", "Gulf Star Hardware LLC", 100, None, None, "货款")
MAP = {"customer": "付款人", "received_amount": "金额", "received_date": "日期", "ref": "对应发票"}


def _imported(tmp_path: Path, ships: list[tuple], recs: list[tuple], mapped: bool) -> str:
    """The workbook imported, the register mapped by hand or as it is: the last report."""
    path = _book(tmp_path / "2025外贸台账.xlsx", [GULF, *ships], [GULF_PAID, *recs, GULF_LATE])
    if not mapped:
        [result] = _same_import(tmp_path, [path])
    else:  # the import alone: the reference import moves no payer's money (payer_named)
        import_files(tmp_path / "fast.sqlite", [path], sheet="出货明细")
        [result] = import_files(tmp_path / "fast.sqlite", [path], sheet="收款登记", overrides=MAP)
    return import_report(result) + in_chinese(partial(import_report, result))


def _lima(tmp_path: Path, as_of: date) -> tuple[float, int, str | None, float, float]:
    """open, days overdue, list, credit on account, deposits held."""
    c = by_name(at(tmp_path / "fast.sqlite", as_of))[LIMA]
    return (round(c.open_amount, 2), c.max_days_overdue, c.list, round(c.credit_on_account, 2),
            round(c.deposits_held, 2))


def test_a_deposit_on_a_contract_not_sold_yet_is_held_not_spent(tmp_path: Path):
    """At 04-30 both ways: 2,776.90 open, 31 days, watch, 4,258.38 held, none on account; the
    report says each deposit is held for its number in both languages (the row naming the
    sold HT25-035 is its own invoice's, said nothing of)."""
    for run, mapped in (("mapped", True), ("bare", False)):
        said = _imported(tmp_path / run, [OLD], [OLD_DEPOSIT, *DEPOSITS], mapped)
        assert _lima(tmp_path / run, date(2025, 4, 30)) == (2776.9, 31, "watch", 0, 4258.38)
        assert "row 4: a deposit held for HT25-073定金, which no file sells yet" in said
        assert "row 5: a deposit held for HT25-064定金" in said
        assert "第 4 行：一笔定金为 HT25-073定金 保留，目前还没有任何文件销售该单号" in said
        assert "HT25-035定金" not in said


def test_the_held_deposit_is_its_contracts_once_a_book_sells_it(tmp_path: Path):
    """May's book sells HT25-073 (7,127.60, shipping 05-20, B/L 05-26): at 05-15 its deposit is
    HT25-073's, held for it, HT25-064's still held, INV2503-08 still open (31 days at the
    receipts date, 04-30)."""
    for run, mapped in (("mapped", True), ("bare", False)):
        _imported(tmp_path / run, [OLD], [OLD_DEPOSIT, *DEPOSITS], mapped)
        _imported(tmp_path / run, [OLD, NEW], [OLD_DEPOSIT, *DEPOSITS], mapped)
        assert _lima(tmp_path / run, date(2025, 5, 15)) == (2776.9, 31, "watch", 0, 4258.38)


def test_a_deposit_no_book_sells_within_ninety_days_pays_the_oldest(tmp_path: Path):
    """A number never sold (mistyped): 90 days after it came (the setting
    number_deposit_days), at 07-31, the deposits are Lima's money as any: INV2503-08 paid,
    1,481.48 on account, nothing held, as before the mend."""
    for run, mapped in (("mapped", True), ("bare", False)):
        _imported(tmp_path / run, [OLD], [OLD_DEPOSIT, *DEPOSITS], mapped)
        assert _lima(tmp_path / run, date(2025, 7, 31)) == (0, 0, None, 1481.48, 0)


def test_money_saying_no_deposit_on_a_number_sold_nowhere_pays_the_oldest(tmp_path: Path):
    """The nearest innocent case: Lima pays 2,776.90 on 04-14 naming PO-LIMA-77, its own PO
    number no book sells, 备注 货款: it pays INV2503-08 as before: nothing open, on no list,
    nothing held."""
    for run, mapped in (("mapped", True), ("bare", False)):
        _imported(tmp_path / run, [OLD], [OLD_DEPOSIT, ("2025-04-14", LIMA, 2776.9, None,
                                                        "PO-LIMA-77", "货款")], mapped)
        assert _lima(tmp_path / run, date(2025, 4, 30)) == (0, 0, None, 0, 0)
