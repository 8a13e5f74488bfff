"""break33c: late33's refund and invoice-note rules tried on what a clerk writes. A good
customer who paid must show nothing open and stand on no list; each test imports by the app's
path and the reference's (both orders where two files meet)."""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_break32 import _owed
from test_fast_import import _same_import
from test_late33 import PAYMENTS, RIO, _analysed_alike, _rounds
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row

from core.ledger.report import import_report

# --- 1. a receipt's note that speaks of a fee, a tax or a wire sent again is no refund -----

LIMA = [HEADER, row("L-1", "Lima Linen", "2025-03-01", 10_000, "2025-03-05", 10_000, "2025-03-10"),
        row("L-2", "Lima Linen", "2025-04-10", 5_000, "2025-04-12"),
        row("P-1", "Payer", "2025-06-01", 1_000, "2025-06-02", 1_000, "2025-06-30")]


def _lima(tmp_path: Path, note: str, files: str) -> tuple[str, tuple[object, ...]]:
    """Lima's ledger and its 收款 sheet's 5,000 of 05-10 with `note` (one file, or the bank's
    imported after): the last import's report and Lima's figures at 06-30."""
    tab = [PAYMENTS, ["Lima Linen", d("2025-05-10"), 5_000, note]]
    results = _same_import(tmp_path, *_rounds(tmp_path, "2025-05", LIMA, tab, files))
    lima = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Lima Linen"]
    return import_report(results[-1]), (*_owed(lima), lima.credit_on_account)


@pytest.mark.parametrize("files", ["one", "two"])
@pytest.mark.parametrize("note", [
    "L-2 货款 扣退汇手续费", "退汇手续费已扣", "已退汇重发", "退汇后重新发送 L-2", "未退汇",
    "refund of bank charges", "L-2 balance + bank charges refunded", "出口退税", "退货",
    "L-2 退税款", "退还增值税款", "L-2 定金 不可退款", "deposit, non refund",
    "L-2 deposit not refunded", "L-2 货款，已扣退款500",
    "L-2 balance, refund of L-1 deposit deducted", "余款（客户要求退款，已拒绝）",
    "抵扣上月退款后余额", "L-2 payment less refund"])
def test_a_payment_whose_note_only_mentions_a_refund_is_money_in(tmp_path: Path, monkeypatch,
                                                                   note, files):
    """Lima paid L-1 on its row and L-2's 5,000 on 05-10, booked on the 收款 sheet with a note
    that speaks of a returned wire's bank fee, a wire sent again, a customer's refund of bank
    charges (money to us), an export tax rebate or goods returned. Hand count at 06-30: 15,000
    sold, 15,000 received: nothing open, Lima on no list."""
    report, figures = _lima(tmp_path, note, files)
    assert figures == (0, None, {}, 0)
    assert "refund" not in report
    if files == "two":
        _analysed_alike(tmp_path, monkeypatch)


# --- 2. the bank's slip without a number whose note names an invoice not of the tab's wire ---

RECEIPTS = ["客户", "合同号", "收款日期", "收款金额", "备注"]
SLIPS = ["客户", "到账日期", "收款金额", "备注"]
KYIV = [HEADER, row("K-1", "Kiev Kitchen", "2025-03-01", 5_000, "2025-03-05"),
        row("PI-2025-031", "Kiev Kitchen", "2025-04-03", 5_000, "2025-04-05"),
        row("PI-2025-017", "Minsk Mills", "2025-04-01", 5_000, "2025-04-02", 5_000, "2025-04-20")]


def _two_lists(tmp_path: Path, note: str, order: str, sums: tuple[float, float] = (5_000, 5_000)
               ) -> tuple[str, tuple[object, ...]]:
    """April's ledger, its 收款 tab booking Kiev's 04-28 wire under K-1, and the bank's list
    with a wire of Kiev's that day without a number and with `note` (both ending 04-28, in
    either order): the later import's report and Kiev's figures at 06-30."""
    folder = tmp_path / "ledgers"
    ledger = write_xlsx(folder / "台账 2025-04.xlsx", {"台账": KYIV, "收款": [
        RECEIPTS, ["Kiev Kitchen", "K-1", d("2025-04-28"), sums[0], None]]})
    bank = write_xlsx(folder / "银行水单 2025-04.xlsx", {"水单": [
        SLIPS, ["Kiev Kitchen", d("2025-04-28"), sums[1], note]]})
    rounds = [[ledger], [bank]] if order == "ledger_first" else [[bank], [ledger]]
    results = _same_import(tmp_path, *rounds)
    kiev = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Kiev Kitchen"]
    return import_report(results[1]), (*_owed(kiev), kiev.credit_on_account)


# K-3 定金: a deposit for K-3, which no file sells yet, is held for it and pays no older invoice
# (the guide; fix56a, rv55e s61e7): counted, PI-2025-031 still open, not yet due at 06-30
HELD_FOR_K3 = (5_000, None, {"PI-2025-031": (5_000, 0)}, 0)


def _counted(note: str) -> tuple[object, ...]:
    return HELD_FOR_K3 if note == "K-3 定金" else (0, None, {}, 0)


@pytest.mark.parametrize("order", ["ledger_first", "bank_first"])
@pytest.mark.parametrize("note", ["PI-2025-031 balance", "K-3 定金", "PI-2025-017",
                                  "货款 PI-2025-017 代付"])
def test_a_slip_naming_an_invoice_not_the_tab_s_is_money_of_its_own(tmp_path: Path, note,
                                                                      order):
    """The tab's 5,000 of 04-28 is K-1's; the bank's 5,000 of that day names PI-2025-031
    (Kiev's other invoice, in a longer note), K-3 (an order the ledger does not list yet) or
    PI-2025-017 (Minsk's invoice, paid by Kiev): two wires maybe, both counted. Hand count at
    06-30: 10,000 received: nothing open (K-3's deposit held for it: HELD_FOR_K3). Dropped as
    one wire, Kiev showed PI-2025-031 5,000 open."""
    report, figures = _two_lists(tmp_path, note, order)
    assert figures == _counted(note)
    assert "counted once, under its invoice" not in report


def _written_on_rows(tmp_path: Path, note: str, files: str) -> tuple[str, tuple[object, ...]]:
    """Kiev's K-1 written received 5,000 on 04-28 on its row; the 收款 sheet (the ledger's tab,
    or the bank's file imported after) has a 5,000 of Kiev's that day with `note`."""
    ledger = [HEADER, row("K-1", "Kiev Kitchen", "2025-03-01", 5_000, "2025-03-05", 5_000,
                          "2025-04-28"), *KYIV[2:]]
    tab = [PAYMENTS, ["Kiev Kitchen", d("2025-04-28"), 5_000, note]]
    results = _same_import(tmp_path, *_rounds(tmp_path, "2025-04", ledger, tab, files))
    kiev = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Kiev Kitchen"]
    return import_report(results[-1]), (*_owed(kiev), kiev.credit_on_account)


@pytest.mark.parametrize("files", ["one", "two"])
@pytest.mark.parametrize("note", ["PI-2025-031 balance", "K-3 定金", "PI-2025-017"])
def test_a_wire_naming_an_invoice_not_the_row_s_is_no_copy_of_it(tmp_path: Path, monkeypatch,
                                                                  note, files):
    """K-1's row says 5,000 received on 04-28; the 收款 sheet's 5,000 of that day names
    PI-2025-031, K-3 (not listed yet) or PI-2025-017 (Minsk's): money of its own. Hand count
    at 06-30: 10,000 received: nothing open (K-3's deposit held for it: HELD_FOR_K3). Before:
    cleared as K-1's figure written twice, Kiev showed PI-2025-031 5,000 open."""
    _report, figures = _written_on_rows(tmp_path, note, files)
    assert figures == _counted(note)
    if files == "two" and note != "K-3 定金":  # the reference holds no deposit (fix52o, fix54m)
        _analysed_alike(tmp_path, monkeypatch)


# --- 3. the bank's list says whose invoice a slip pays in its 摘要 column ----------------------

@pytest.mark.parametrize("order", ["ledger_first", "bank_first"])
def test_a_bank_list_s_摘要_names_the_slip_s_invoice(tmp_path: Path, order):
    """The bank's list heads its note column 摘要: Kiev's 5,000 of 04-28 there says
    PI-2025-031, the ledger's tab books K-1's 5,000 of that day. Two wires maybe: both
    counted, the pair named. Hand count at 06-30: 10,000 received, nothing open. Before: 摘要
    was not read, the slip was taken for the tab's K-1 wire and dropped: PI-2025-031 5,000
    open."""
    folder = tmp_path / "ledgers"
    ledger = write_xlsx(folder / "台账 2025-04.xlsx", {"台账": KYIV, "收款": [
        RECEIPTS, ["Kiev Kitchen", "K-1", d("2025-04-28"), 5_000, None]]})
    bank = write_xlsx(folder / "银行水单 2025-04.xlsx", {"水单": [
        ["客户", "到账日期", "收款金额", "摘要"], ["Kiev Kitchen", d("2025-04-28"), 5_000,
                                             "PI-2025-031"]]})
    results = _same_import(tmp_path, *([[ledger], [bank]] if order == "ledger_first"
                                       else [[bank], [ledger]]))
    kiev = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Kiev Kitchen"]
    assert (*_owed(kiev), kiev.credit_on_account) == (0, None, {}, 0)
    assert "both are counted" in import_report(results[1])


# --- 4. a refund written only in 已收金额 ------------------------------------------------------

@pytest.mark.parametrize("said", ["note", "type"])
def test_a_refund_written_only_as_received_lowers_what_was_paid(tmp_path: Path, said):
    """Rio's ledger writes R-1's 2,000 sent back on 03-20 as a row of its own: 已收金额 -2,000,
    金额 blank, 退汇 in its note or its 类型. Hand count at 06-30 (as late33's): R-2 2,000 open,
    49 days past due, Rio watched. Before: skipped as "no 金额, only -2,000.00 received": all
    paid, on no list."""
    header = [*HEADER, "备注", "类型"]
    refund = [*row("R-1", "Rio Rugs", "2025-03-20", 0, None, -2_000, "2025-03-20"),
              *(("退汇", None) if said == "note" else (None, "退汇"))]
    refund[1 + 2], refund[3] = None, None  # no order date, 金额 blank
    ledger = [header, *([*line, None, None] for line in RIO[1:]), refund]
    results = _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-05.xlsx",
                                                 {"台账": ledger})])
    report = import_report(results[0])
    assert "(row 5): read as a refund" in report and "only -2,000.00 received" not in report
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    assert (*_owed(rio), rio.credit_on_account) == (2_000, "watch", {"R-2": (2_000, 49)}, 0)


# --- 5. a refund larger than all the customer paid ---------------------------------------

@pytest.mark.parametrize("files", ["one", "two"])
def test_a_refund_larger_than_all_the_customer_paid_is_named(tmp_path: Path, files):
    """Rio paid 15,000 (R-1 10,000 on 03-10, R-2 5,000 on 05-10); the 收款 sheet books 30,000
    sent back on 03-20 (a slip of 3,000 typed with a zero too many, or another buyer's). The
    account takes back all 15,000 (R-1 and R-2 open); the 15,000 beyond cannot be taken from
    anything. Before: dropped without a word; now the report names the row and the sums."""
    tab = [PAYMENTS, ["Rio Rugs", d("2025-03-20"), -30_000, "退汇"]]
    report = import_report(_same_import(tmp_path, *_rounds(tmp_path, "2025-05", RIO, tab,
                                                           files))[-1])
    assert ("“收款”: 1 refund is more than its customer paid less the refunds before it (row 2: "
            "30,000.00 > 15,000.00 USD): the part beyond is taken from nothing") in report
    if files == "one":
        said = in_chinese(lambda: import_report(_same_import(tmp_path / "zh", *_rounds(
            tmp_path / "zh", "2025-05", RIO, tab, files))[-1]))
        assert "有 1 笔退汇超过该客户已付款减去此前退汇" in said
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    assert (rio.open_amount, rio.credit_on_account) == (15_000, 0)


def test_a_refund_within_what_was_paid_is_not_named_so(tmp_path: Path):
    """late33's 2,000 sent back of Rio's 15,000: no such note."""
    tab = [PAYMENTS, ["Rio Rugs", d("2025-03-20"), -2_000, "退汇"]]
    report = import_report(_same_import(tmp_path, *_rounds(tmp_path, "2025-05", RIO, tab,
                                                           "one"))[-1])
    assert "more than its customer paid less" not in report
