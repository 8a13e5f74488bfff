"""late33: receipts arriving late or in lumps, tried on a buyer's wires as its clerk books them
on a 收款 sheet (each test imports by the app's path and the reference's, and the two-file
cases are analysed by the reference analysis too). Each test's docstring gives the hand count."""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_break32 import _owed
from test_fast_analysis import _compare
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row

from core.ledger.report import import_report

PAYMENTS = ["客户", "收款日期", "收款金额", "备注"]

# --- 3. a wire whose note names its one invoice is no lump sum over the day's invoices ------

CAIRO = [HEADER, row("C-1", "Cairo Bazaar", "2025-03-20", 5_000, "2025-03-25", 5_000, "2025-04-20"),
         row("C-2", "Cairo Bazaar", "2025-03-22", 3_000, "2025-03-28", 3_000, "2025-04-20"),
         row("C-3", "Cairo Bazaar", "2025-03-15", 8_000, "2025-03-20")]


def _rounds(tmp_path: Path, month: str, ledger: list[list[object]],
            payments: list[list[object]], files: str) -> list[list[Path]]:
    """The ledger with its 收款 tab (`files` "one"), or the ledger, then the bank's file."""
    folder = tmp_path / "ledgers"
    name = folder / f"台账 {month}.xlsx"
    if files == "one":
        return [[write_xlsx(name, {"台账": ledger, "收款": payments})]]
    return [[write_xlsx(name, {"台账": ledger})],
            [write_xlsx(folder / f"银行水单 {month}.xlsx", {"收款": payments})]]


def _cairo(tmp_path: Path, note: str | None, files: str) -> tuple[str, tuple[object, ...]]:
    """Cairo's ledger and its 收款 sheet's 8,000 of 04-20 (one file, or the bank's of its own
    imported after): the first import's report and Cairo's figures at 06-30."""
    slip = [PAYMENTS, ["Cairo Bazaar", d("2025-04-20"), 8_000, note],
            ["Payer", d("2025-06-30"), 100, None]]
    results = _same_import(tmp_path, *_rounds(tmp_path, "2025-04", CAIRO, slip, files))
    cairo = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Cairo Bazaar"]
    return import_report(results[0]), (*_owed(cairo), cairo.credit_on_account)


def _analysed_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reference analysis says what the app's says of the imported files."""
    (tmp_path / "analysed").mkdir()
    _compare(tmp_path / "fast.sqlite", tmp_path / "analysed", monkeypatch, [d("2025-06-30")])


@pytest.mark.parametrize("files", ["one", "two"])
@pytest.mark.parametrize("note", ["C-3", "货款C-3 余款"])
def test_a_wire_whose_note_names_one_invoice_pays_it(tmp_path: Path, monkeypatch, note, files):
    """C-1 (5,000) and C-2 (3,000) are written received on 04-20 on their rows; the 收款
    sheet books Cairo's 8,000 of that day, its note naming C-3 (8,000, due 04-19). Hand count
    at 06-30: 16,000 sold, 16,000 received: Cairo owes nothing. Before: the 8,000, the sum of
    C-1's and C-2's figures of its day, was read as their lump-sum slip and cleared: 8,000
    open (C-1 67 days, C-2 64 days past due, paying the oldest first), Cairo black."""
    report, figures = _cairo(tmp_path, note, files)
    assert figures == (0, None, {}, 0)
    assert "is the money written received on rows" not in report
    if files == "two":
        _analysed_alike(tmp_path, monkeypatch)


@pytest.mark.parametrize("files", ["one", "two"])
@pytest.mark.parametrize("note", ["C-1 + C-2", None, "货款", "C-1"])
def test_a_lump_sum_naming_no_single_other_invoice_stays_one_wire(tmp_path: Path, monkeypatch,
                                                                  note, files):
    """The same 8,000, its note naming both invoices it pays, none, or C-1 (one of the two
    whose figures make it): the slip of C-1 and C-2, counted once, as break32 has it. Hand
    count at 06-30: 16,000 sold, 8,000 received, paying the oldest first: C-1 5,000 (67
    days) and C-2 3,000 (64 days) open: Cairo black."""
    report, figures = _cairo(tmp_path, note, files)
    assert figures == (8_000, "black", {"C-1": (5_000, 67), "C-2": (3_000, 64)}, 0)
    if files == "one":
        assert "(“收款” row 2) is the money written received on “台账” rows 2–3" in report
    else:
        _analysed_alike(tmp_path, monkeypatch)


# --- 1. a ledger re-sent whole, its one late payment given its invoice ---------------------

RECEIPTS = ["客户", "合同号", "收款日期", "收款金额", "备注"]
KIEV = [HEADER, row("K-1", "Kiev Kitchen", "2025-03-01", 5_000, "2025-03-05"),
        row("K-2", "Kiev Kitchen", "2025-04-03", 5_000, "2025-04-05")]


def _kiev(tmp_path: Path, first: list[object], then: list[object], order: str = "in_order"
          ) -> tuple[str, tuple[object, ...]]:
    """April's ledger, its 收款 tab booking `first` for Kiev, then the same ledger re-sent
    (both ending 04-28, Alpha's wire the last date) with `then`: the later import's report
    and Kiev's figures at 06-30."""
    folder = tmp_path / "ledgers"
    alpha = row("A-1", "Alpha Home", "2025-04-20", 100, "2025-04-21", 100, "2025-04-28")
    april = write_xlsx(folder / "台账 2025-04.xlsx", {"台账": [*KIEV, alpha],
                                                     "收款": [RECEIPTS, first]})
    again = write_xlsx(folder / "台账 2025-04 修订.xlsx", {"台账": [*KIEV, alpha],
                                                        "收款": [RECEIPTS, then]})
    rounds = [[april], [again]] if order == "in_order" else [[again], [april]]
    results = _same_import(tmp_path, *rounds)
    kiev = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Kiev Kitchen"]
    return import_report(results[1]), (*_owed(kiev), kiev.credit_on_account)


LATE = ["Kiev Kitchen", None, d("2025-04-28"), 5_000, "K-1"]  # March's K-1 paid late
NUMBERED = ["Kiev Kitchen", "K-1", d("2025-04-28"), 5_000, None]


@pytest.mark.parametrize("order", ["in_order", "re_sent_first"])
@pytest.mark.parametrize("note", ["K-1", None])
def test_a_late_payment_re_sent_with_its_invoice_written_in_counts_once(tmp_path: Path,
                                                                        note, order):
    """April's 收款 tab books Kiev's 5,000 of 04-28 for March's K-1 with K-1 in its note (or
    nothing); the ledger re-sent whole, ending on the same day, writes K-1 in its number
    column. Hand count at 06-30: 10,000 sold, 5,000 received (K-1): K-2 5,000 open. Before:
    the re-sent file re-sent no payment unchanged, so the moved one was not looked for: 5,000
    counted twice, K-2 shown paid, and the report said nothing."""
    first = LATE if note else [*LATE[:4], None]
    report, figures = _kiev(tmp_path, first, NUMBERED, order)
    assert figures[0] == 5_000 and figures[2].keys() == {"K-2"} and figures[3] == 0
    # the 修订 file is the later one (repro33): imported first, its place (K-1) is kept
    assert ("counted once, where now written" if order == "in_order"
            else "the later file's place is kept, counted once") in report


def test_a_payment_whose_note_names_another_invoice_is_named_not_dropped(tmp_path: Path):
    """The first file's 5,000 of 04-28 says K-2 in its note; the re-sent file has a 5,000 of
    that day under K-1. They may be two wires: both counted (10,000 received: nothing open)
    and the pair named for the clerk."""
    report, figures = _kiev(tmp_path, [*LATE[:4], "K-2"], NUMBERED)
    assert figures == (0, None, {}, 0)
    assert "both are counted, as that file is not re-sent whole or the notes differ" in report


def test_two_wires_of_one_day_and_sum_each_listed_in_both_files_stay_two(tmp_path: Path):
    """Kiev paid K-1 and K-2 5,000 each on 04-28; both files list both (numbered): 10,000
    received, nothing open, nothing named."""
    both = [[RECEIPTS, NUMBERED, ["Kiev Kitchen", "K-2", d("2025-04-28"), 5_000, None]]] * 2
    folder = tmp_path / "ledgers"
    files = [write_xlsx(folder / name, {"台账": KIEV, "收款": tab}) for name, tab in zip(
        ("台账 2025-04.xlsx", "台账 2025-04 修订.xlsx"), both, strict=True)]
    results = _same_import(tmp_path, [files[0]], [files[1]])
    kiev = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Kiev Kitchen"]
    assert (kiev.open_amount, kiev.credit_on_account) == (0, 0)
    assert "counted" not in import_report(results[1])


# --- 2. a wire sent back to the customer lowers what it paid, on its own day ----------------

RIO = [HEADER, row("R-1", "Rio Rugs", "2025-03-01", 10_000, "2025-03-05", 10_000, "2025-03-10"),
       row("R-2", "Rio Rugs", "2025-04-10", 5_000, "2025-04-12", 5_000, "2025-05-10"),
       row("P-1", "Payer", "2025-06-01", 1_000, "2025-06-02", 1_000, "2025-06-30")]
CHARGE = ["Rio Rugs", d("2025-03-20"), -2_000, "退汇"]  # before every other row of the tab


def _rio(tmp_path: Path, tab: list[list[object]], files: str = "one") -> str:
    return import_report(_same_import(tmp_path, *_rounds(tmp_path, "2025-05", RIO, tab,
                                                         files))[-1])


@pytest.mark.parametrize("files", ["one", "two"])
@pytest.mark.parametrize("refund", [CHARGE, [*CHARGE[:2], 2_000, "退回货款 R-1"]])
def test_a_refund_lowers_what_the_customer_paid_from_its_day(tmp_path: Path, monkeypatch,
                                                             refund, files):
    """Rio paid R-1's 10,000 on 03-10 and R-2's 5,000 on 05-10; on 03-20 2,000 of it was sent
    back (退汇, written -2,000 or 2,000). Hand count: at 03-19 all paid; at 03-25 R-1 2,000
    open (due 04-04); at 06-30 15,000 sold, 13,000 kept, paying the oldest first: R-2 2,000
    open, 49 days past due (due 05-12): Rio watched. Before: the row was read as 2,000 more
    received: nothing open, 2,000 credit on account, Rio on no list."""
    report = _rio(tmp_path, [PAYMENTS, refund], files)
    assert "(row 2): read as a refund, lowering what the customer paid" in report
    assert "按退汇读取" in in_chinese(lambda: _rio(tmp_path / "zh", [PAYMENTS, refund], files))
    db = tmp_path / "fast.sqlite"
    rio = {day: by_name(at(db, d(day)))["Rio Rugs"] for day in
           ("2025-03-19", "2025-03-25", "2025-06-30")}
    assert [(r.open_amount, r.credit_on_account) for r in rio.values()] == [
        (0, 0), (2_000, 0), (2_000, 0)]
    assert _owed(rio["2025-06-30"])[1:] == ("watch", {"R-2": (2_000, 49)})
    if files == "two":
        _analysed_alike(tmp_path, monkeypatch)


@pytest.mark.parametrize("note", [None, "退汇后重汇", "R-2"])
def test_a_receipt_written_negative_without_a_refund_s_words_is_money_in(tmp_path: Path,
                                                                          note):
    """An ERP export writes every receipt negative; a wire sent again after one came back
    (退汇后重汇) is money in. Rio's 2,000 of 03-20 is then 2,000 more paid: nothing open,
    2,000 credit on account, and no refund named."""
    report = _rio(tmp_path, [PAYMENTS, [*CHARGE[:3], note]])
    assert "refund" not in report
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    assert (rio.open_amount, rio.credit_on_account) == (0, 2_000)


# --- 1b. the ledger's 收款 tab and the bank's list: one wire, its invoice in one of them -------

SLIPS = ["客户", "到账日期", "收款金额", "备注"]


def _lists(tmp_path: Path, slips: list[list[object]], tab: list[list[object]],
           order: str = "ledger_first") -> tuple[str, tuple[object, ...]]:
    """April's ledger with its 收款 tab (`tab`, ending 04-28) and the bank's list of slips
    (`slips`, ending 04-28 too): the later import's report and Kiev's figures at 06-30."""
    folder = tmp_path / "ledgers"
    ledger = write_xlsx(folder / "台账 2025-04.xlsx", {"台账": KIEV, "收款": [RECEIPTS, *tab]})
    bank = write_xlsx(folder / "银行水单 2025-04.xlsx", {"水单": [SLIPS, *slips]})
    rounds = [[ledger], [bank]] if order == "ledger_first" else [[bank], [ledger]]
    results = _same_import(tmp_path, *rounds)
    kiev = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Kiev Kitchen"]
    return import_report(results[1]), (*_owed(kiev), kiev.credit_on_account)


def _slip(note: str | None, day: str = "2025-04-28") -> list[object]:
    return ["Kiev Kitchen", d(day), 5_000, note]


@pytest.mark.parametrize("order", ["ledger_first", "bank_first"])
@pytest.mark.parametrize("note", ["K-1", None, "TT 货款"])
def test_one_wire_in_the_ledger_under_its_invoice_and_in_the_bank_s_list(tmp_path: Path,
                                                                        note, order):
    """The 收款 tab books Kiev's late 5,000 of 04-28 under March's K-1; the bank's list has the
    wire without a number (K-1 in its note, nothing, or the bank's words). Both files end on
    04-28. Hand count at 06-30: 5,000 received, K-2 5,000 open. Before: 10,000 received, K-2
    shown paid, and neither report said a word."""
    report, figures = _lists(tmp_path, [_slip(note)], [NUMBERED], order)
    assert figures[0] == 5_000 and figures[2].keys() == {"K-2"} and figures[3] == 0
    assert "taken as one payment, counted once, under its invoice" in report
    if note is None and order == "ledger_first":
        said = in_chinese(lambda: _lists(tmp_path / "zh", [_slip(note)], [NUMBERED], order))
        assert "视为同一笔收款，只计一次" in said[0]


def test_a_slip_whose_note_names_another_invoice_is_counted_and_named(tmp_path: Path):
    """The bank's 5,000 of 04-28 says K-2; the tab's 5,000 of that day is K-1's: two wires
    maybe. Both counted (nothing open) and the pair named."""
    report, figures = _lists(tmp_path, [_slip("K-2")], [NUMBERED])
    assert figures == (0, None, {}, 0)
    assert "one naming its invoice and the other's note another, row 2" in report
    assert "): both are counted. If they are one payment" in report


@pytest.mark.parametrize("tab", [[NUMBERED], [NUMBERED, ["Kiev Kitchen", "K-2", d("2025-04-28"),
                                                          5_000, None]]])
def test_two_wires_of_one_day_in_the_bank_s_list_stay_two(tmp_path: Path, tab):
    """Kiev wired 5,000 for K-1 and 5,000 for K-2 on 04-28: the bank's list has both (K-1 and
    K-2 in their notes), the tab one or both under their invoices. Hand count: 10,000
    received, nothing open, no credit."""
    _report, figures = _lists(tmp_path, [_slip("K-1"), _slip("K-2")], tab)
    assert figures == (0, None, {}, 0)


def test_another_day_s_wire_of_the_same_sum_is_money_of_its_own(tmp_path: Path):
    """The bank's list has K-2's 5,000 of 04-29, the tab K-1's of 04-28: 10,000 received,
    nothing named."""
    report, figures = _lists(tmp_path, [_slip(None, "2025-04-29")], [NUMBERED])
    assert figures == (0, None, {}, 0)
    assert "counted once" not in report and "both are counted" not in report


@pytest.mark.parametrize("amount", [-2_000, 2_000])
def test_a_row_typed_as_a_returned_wire_is_a_refund(tmp_path: Path, amount):
    """The ledger keeps its documents in one list with a 类型 column: R-1's 2,000 sent back on
    03-20 is typed 退汇 (written -2,000 or 2,000). Hand count at 06-30 as above: R-2 2,000
    open, 49 days past due, Rio watched. Before: -2,000 was a credit note (nothing open,
    2,000 credit on account), 2,000 a sale line of R-1's."""
    ledger = [[*HEADER, "类型"], *([*line, None] for line in RIO[1:]),
              [*row("R-1", "Rio Rugs", "2025-03-20", amount, None), "退汇"]]
    results = _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-05.xlsx",
                                                 {"台账": ledger})])
    assert "(row 5): read as a refund" in import_report(results[0])
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    assert (*_owed(rio), rio.credit_on_account) == (2_000, "watch", {"R-2": (2_000, 49)}, 0)
