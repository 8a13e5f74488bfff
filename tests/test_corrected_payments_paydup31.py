"""A payment re-sent with its sum or date corrected (paydup31).

A payment is known by its sum and day (core.ledger.keys.paid_part), so a clerk's cumulative
ledger re-sent next month repeats each payment once. But the one whose sum the clerk corrected
(a typo: 6,000 → 6,500) had another key and was stored beside the old one: 12,500 received
where the bank had 6,500, an open invoice shown paid. The place of the row (sheet, customer,
order, rank among the payments re-sent) now tells a correction within a file re-sent whole;
elsewhere both are counted and the pair named (core.ledger.corrected_payments).
"""

from __future__ import annotations

from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d, imported
from test_lists_audit29 import HEADER, PAYER, RECEIPTS_HEADER, owed, row

from core import i18n
from core.ledger import importer
from core.ledger.importer import import_files
from core.ledger.report import import_report

NUMBERED_HEADER = ["合同号", "客户", "收款日期", "收款金额"]
ORDERS = [HEADER,
          row("N-1", "Nairobi Deco", "2025-03-01", 10_000, "2025-03-10"),
          row("N-2", "Nairobi Deco", "2025-03-02", 3_000, "2025-03-10"),
          PAYER]


def _numbered(sum_: float, day: str = "2025-04-20") -> list[list[object]]:
    return [NUMBERED_HEADER, ["N-1", "Nairobi Deco", d(day), sum_],
            ["N-2", "Nairobi Deco", d("2025-04-22"), 3_000]]


def _unnumbered(sum_: float, day: str = "2025-04-20") -> list[list[object]]:
    return [RECEIPTS_HEADER, ["Nairobi Deco", d(day), sum_, None],
            ["Nairobi Deco", d("2025-04-22"), 3_000, None]]


def _cumulative(folder: Path, april: list[list[object]], may: list[list[object]]
                ) -> list[Path]:
    """April's cumulative ledger and May's, the same re-sent with its 收款 tab corrected."""
    folder.mkdir(parents=True, exist_ok=True)
    return [write_xlsx(folder / "台账 2025-04.xlsx", {"台账": ORDERS, "收款": april}),
            write_xlsx(folder / "台账 2025-05.xlsx", {"台账": ORDERS, "收款": may})]


def test_a_payment_on_an_invoice_re_sent_with_its_sum_corrected_counts_once(tmp_path):
    """Hand count: 13,000 sold (N-1 10,000, N-2 3,000, due 04-09), 6,500 (the corrected
    figure) + 3,000 paid: 3,500 open 82 days. Before: 6,000 + 6,500 + 3,000 paid: 2,500 in
    credit. June's bank slips then pay 500 more: 3,000 open."""
    db = tmp_path / "firm.sqlite"
    april, may = _cumulative(tmp_path / "files", _numbered(6_000), _numbered(6_500))
    imported(db, april)
    report = imported(db, may)
    assert ("Sheet “收款”: 1 payment re-sent with its sum or date corrected replaces the one "
            "stored from the earlier file at its place, row 2 (台账 2025-04.xlsx “收款” row 2: "
            "6,000.00 2025-04-20 → 6,500.00 2025-04-20): counted once, as now written."
            in report), report
    assert "stored from another file" not in report  # April's file re-sent whole
    nairobi = by_name(at(db))["Nairobi Deco"]
    assert sum(open_ for open_, _ in owed(nairobi).values()) == nairobi.open_amount == 3_500
    # June's bank slips, a list started anew: 500 on N-1 where the 6,500 stands is new money
    report = imported(db, write_xlsx(tmp_path / "slips 06.xlsx", {"收款": [
        NUMBERED_HEADER, ["N-1", "Nairobi Deco", d("2025-06-20"), 500]]}))
    assert "corrected" not in report and "earlier file" not in report
    assert by_name(at(db))["Nairobi Deco"].open_amount == 3_000


def test_a_payment_without_a_number_re_sent_with_its_sum_corrected_counts_once(tmp_path):
    """Hand count: 13,000 sold, 6,500 + 3,000 paid: 3,500 open. Before: 15,500 paid, the
    buyer 2,500 in credit."""
    db = tmp_path / "firm.sqlite"
    for path in _cumulative(tmp_path / "files", _unnumbered(6_000), _unnumbered(6_500)):
        imported(db, path)
    nairobi = by_name(at(db))["Nairobi Deco"]
    assert (nairobi.open_amount, nairobi.credit_on_account) == (3_500, 0)


def test_a_payment_re_sent_with_its_date_corrected_counts_once(tmp_path):
    """The clerk fixes 04-20 to 04-21 (same 6,000). Hand count: 4,000 open. Before: the
    6,000 twice, 12,000 + 3,000 paid: 2,000 in credit."""
    db = tmp_path / "firm.sqlite"
    for path in _cumulative(tmp_path / "files", _unnumbered(6_000),
                            _unnumbered(6_000, "2025-04-21")):
        imported(db, path)
    nairobi = by_name(at(db))["Nairobi Deco"]
    assert (nairobi.open_amount, nairobi.credit_on_account) == (4_000, 0)


def test_a_file_re_sent_in_part_counts_both_and_names_the_pair(tmp_path):
    """April's file: 6,000 on N-1, 3,000 and 1,000 on N-2. May's re-sends the 3,000, lists
    6,500 on N-1 where the 6,000 stood, and drops the 1,000: not April's file re-sent whole,
    so it cannot be told. Hand count: both counted (never drop money): 6,000 + 6,500 +
    3,000 + 1,000 paid on 13,000 sold, 3,500 in credit; the pair named in both languages."""
    db = tmp_path / "firm.sqlite"
    extra = ["N-2", "Nairobi Deco", d("2025-04-25"), 1_000]
    april, may = _cumulative(tmp_path / "files", [*_numbered(6_000), extra], _numbered(6_500))
    imported(db, april)
    [result] = import_files(db, [may])
    said = ("Sheet “收款”: 1 payment stands where an earlier file had another sum or date for "
            "the same customer, row 2 (台账 2025-04.xlsx “收款” row 2: 6,000.00 2025-04-20 → "
            "6,500.00 2025-04-20): both are counted")
    assert said in import_report(result)
    i18n.set_language("zh_CN")
    chinese = import_report(result)
    i18n.set_language("en")
    assert "两笔都已计入" in chinese and "6,000.00" in chinese, chinese
    nairobi = by_name(at(db))["Nairobi Deco"]
    assert (nairobi.open_amount, nairobi.credit_on_account) == (0, 3_500)


def test_the_reference_import_corrects_alike(tmp_path):
    for name, april, may in (("numbered", _numbered(6_000), _numbered(6_500)),
                             ("unnumbered", _unnumbered(6_000), _unnumbered(6_500, "2025-04-21")),
                             ("in part", [*_numbered(6_000), ["N-2", "Nairobi Deco",
                                                             d("2025-04-25"), 1_000]],
                              _numbered(6_500))):
        folder = tmp_path / name
        rounds = [[path] for path in _cumulative(folder / "files", april, may)]
        results = _same_import(folder, *rounds)
        assert [r.status for r in results] == ["imported"] * 2
        assert any("earlier file" in str(w.params) or "6,500.00" in str(w.params)
                   for w in results[1].warnings), name


def test_a_double_stored_by_reader_8_is_put_right_by_importing_the_file_again(
        tmp_path, monkeypatch):
    """May's file imported by reader 8 stored the 6,500 beside April's 6,000 (15,500 paid on
    13,000: 2,500 in credit). The
    user guides say to import the last months again after an upgrade: May's file, imported
    again, replaces the 6,000. Hand count: 3,500 open."""
    db = tmp_path / "firm.sqlite"
    april, may = _cumulative(tmp_path / "files", _numbered(6_000), _numbered(6_500))
    imported(db, april)
    with monkeypatch.context() as reader_8:
        reader_8.setattr(importer, "READER_VERSION", 8)
        reader_8.setattr(importer, "corrected_payments", lambda *_: ([], set()))
        imported(db, may)
    nairobi = by_name(at(db))["Nairobi Deco"]
    assert (nairobi.open_amount, nairobi.credit_on_account) == (0, 2_500)
    assert "1 payment re-sent with its sum or date corrected" in imported(db, may)
    assert by_name(at(db))["Nairobi Deco"].open_amount == 3_500


def test_a_cumulative_sheet_newest_first_corrects_the_payment_that_kept_its_day(tmp_path):
    """May's sheet, newest first: a new 500 of 05-20, then April's 6,000 of 04-20 corrected to
    6,500, then the 3,000. Both new rows stand first among Nairobi's payments; the 6,500 kept
    the day: the correction. Hand count: 13,000 sold, 500 + 6,500 + 3,000 paid: 3,000 open.
    Before: 16,000 paid, 3,000 in credit."""
    db = tmp_path / "firm.sqlite"
    may = _unnumbered(6_500)
    may.insert(1, ["Nairobi Deco", d("2025-05-20"), 500, None])
    april, may_file = _cumulative(tmp_path / "files", _unnumbered(6_000), may)
    imported(db, april)
    assert "row 3 (台账 2025-04.xlsx “收款” row 2: 6,000.00" in imported(db, may_file)
    nairobi = by_name(at(db))["Nairobi Deco"]
    assert (nairobi.open_amount, nairobi.credit_on_account) == (3_000, 0)


def test_a_ledger_whose_one_payment_is_corrected_is_that_ledger_re_sent(tmp_path):
    """The brief's case: April's ledger, its 收款 tab one payment (6,000 on N-1, 04-20);
    May's the same with 6,500: every other line re-sent. Hand count: 13,000 sold, 6,500
    paid: 6,500 open. Before: 12,500 paid, 500 open."""
    db = tmp_path / "firm.sqlite"
    one = [NUMBERED_HEADER, ["N-1", "Nairobi Deco", d("2025-04-20"), 6_000]]
    april, may = _cumulative(tmp_path / "files", one, [one[0], [*one[1][:3], 6_500]])
    imported(db, april)
    assert "1 payment re-sent with its sum or date corrected" in imported(db, may)
    assert by_name(at(db))["Nairobi Deco"].open_amount == 6_500


def test_a_month_carrying_every_open_invoice_with_a_new_payment_counts_both(tmp_path):
    """April's ledger: N-1, N-2 and 6,000 on N-1 (04-20). May's file, started anew, carries
    both open invoices and its own 收款 tab: 4,000 on N-1 (05-20), where April's 6,000 stood.
    Another sum on another day: no correction. Hand count: 10,000 paid of 13,000: 3,000 open,
    the pair named. Before: the same, unnamed."""
    db = tmp_path / "firm.sqlite"
    one = [NUMBERED_HEADER, ["N-1", "Nairobi Deco", d("2025-04-20"), 6_000]]
    april, may = _cumulative(tmp_path / "files", one,
                             [one[0], ["N-1", "Nairobi Deco", d("2025-05-20"), 4_000]])
    imported(db, april)
    assert "1 payment stands where an earlier file had another sum" in imported(db, may)
    assert by_name(at(db))["Nairobi Deco"].open_amount == 3_000
