"""wire40: one wire on an invoice's row and on a payment row counted twice (core.ledger.
listed_twice, lump_wires, payment_lines.value_days).

Each test writes Kobe's files with openpyxl and imports them by both imports (the app's and the
reference one: test_payments_pay33._files), in every order of the tabs and files, then checks
Kobe's (open, credit). Kobe bought K-7 5,000 and K-8 3,000 USD (8,000); K-7's row on the 台账
tab has 实收 5,000 of 04-20 (a Sunday), the 收款 tab (or the bank's list) the wire's slip.
Each docstring gives the hand count and what the user saw before.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from test_payments_pay33 import _files

from core.ledger.report import import_report
from core.ledger.value_days import value_days

KOBE = "Kobe Trading"
SALE_HEADER = ["合同号", "客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期", "实收",
               "收款日期", "备注"]
SLIP_HEADER = ["客户", "收款日期", "收款金额", "发票号", "币种", "备注"]
LEDGER, BANK = "台账 2025-04.xlsx", "银行水单 2025-04.xlsx"
K8 = ["K-8", KOBE, date(2025, 4, 2), 3_000, "USD", "T/T 30 days", date(2025, 4, 6), None, None,
      None]


def _sales(note: str | None, received: bool = True, day: str = "2025-04-20"
           ) -> list[list[object]]:
    """K-7 (实收 5,000 on `day` noted `note`, or nothing received) and K-8 (nothing received)."""
    k7 = ["K-7", KOBE, date(2025, 4, 1), 5_000, "USD", "T/T 30 days", date(2025, 4, 5),
          5_000 if received else None, date.fromisoformat(day) if received else None, note]
    return [SALE_HEADER, k7, K8]


def _slip(day: str, sum_: float, note: str | None, invoice: str | None = None) -> list[object]:
    return [KOBE, date.fromisoformat(day), sum_, invoice, "USD", note]


# one file, its tabs either way round; the ledger and the bank's list, either first; the
# ledger holding the slip too and the bank's list of it, before or after
ORDERS = ("tabs", "tabs_reversed", "ledger_first", "bank_first", "both_bank_first",
          "both_bank_after")


def _kobe(tmp_path: Path, order: str, sales: list[list[object]], *slips: list[object]
          ) -> tuple[tuple[float, float], str]:
    """Kobe's (open, credit) after importing in `order`, and every report (English and
    Chinese)."""
    tab = [SLIP_HEADER, *slips]
    ledger, bank = (LEDGER, {"台账": sales}), (BANK, {"收款": tab})
    both = (LEDGER, {"台账": sales, "收款": tab})
    files = {"tabs": [both], "tabs_reversed": [(LEDGER, {"收款": tab, "台账": sales})],
             "ledger_first": [ledger, bank], "bank_first": [bank, ledger],
             "both_bank_first": [bank, both], "both_bank_after": [both, bank]}[order]
    owed, results = _files(tmp_path, *files)
    said = [*map(import_report, results),
            *in_chinese(lambda: [import_report(result) for result in results])]
    return owed[KOBE], "\n".join(said)


# --- 1. the bank's net figure noted with the order's own number -------------------------------

@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize(("sale_note", "slip"), [
    ("K-7", _slip("2025-04-20", 4_985, "K-7")),
    ("K-7", _slip("2025-04-20", 4_985, "K-7", "K-7")),
    (None, _slip("2025-04-20", 4_985, None, "K-7")),
    (None, _slip("2025-04-20", 4_985, "TT-881", "K-7")),
], ids=["noted", "noted_and_filed", "filed", "filed_bank_ref"])
def test_the_slip_noted_with_its_order_is_that_order_s_received_wire(tmp_path: Path, order,
                                                                     sale_note, slip):
    """K-7's 实收 5,000 of 04-20 and the bank's slip of that wire, 4,985 (a 15 charge off) of
    the same day, noted "K-7" or filed under K-7. Hand count: one wire, K-7 paid: 3,000 open
    (K-8), nothing on account, in every order. Before: in one file (either tab first) the
    money counted twice, (0, 1,985): the file's own rows were tied only by a wire reference
    none of the customer's numbers; across two files once, (3,000, 0)."""
    owed, report = _kobe(tmp_path, order, _sales(sale_note), slip)
    assert owed == (3_000, 0), "was (0, 1,985) in one file"
    if order.startswith("tabs"):  # named as one wire the file lists twice, in both languages
        assert "is, less the bank's charge, the wire this file's" in report
        assert "扣除银行手续费后就是本文件" in report


@pytest.mark.parametrize("order", ORDERS)
def test_the_slip_of_an_order_nothing_received_on_pays_it(tmp_path: Path, order):
    """K-7 with no 实收, the slip 4,985 "K-7" of 04-20. Hand count: K-7 paid, the 15 the
    bank's charge: 3,000 open. Unchanged."""
    owed, report = _kobe(tmp_path, order, _sales(None, received=False),
                         _slip("2025-04-20", 4_985, "K-7"))
    assert owed == (3_000, 0)
    assert "listed twice" not in report and "near day" not in report


# --- 2. the bank's value day a day after the clerk's -------------------------------------------

NEAR_SAID = "“台账” row 2: 5,000.00 2025-04-20 → {} 2025-04-21"


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize(("sale_day", "slip"), [
    ("2025-04-20", _slip("2025-04-21", 5_000, "TT-881", "K-7")),
    ("2025-04-20", _slip("2025-04-21", 4_985, "TT-881", "K-7")),
    ("2025-04-18", _slip("2025-04-23", 4_985, "TT881", "K-7")),
], ids=["same_sum", "charged", "friday_to_wednesday"])
def test_the_slip_on_the_bank_s_value_day_is_the_clerk_s_wire(tmp_path: Path, order, sale_day,
                                                              slip):
    """K-7's 实收 5,000 "TT-881" of 04-20 (or Friday 04-18) and the slip of TT-881 on the
    bank's value day 04-21 (or the next Wednesday, three banking days on), 5,000 or 4,985,
    under K-7. Hand count: one wire, K-7 paid: 3,000 open, nothing on account, in every
    order. Before: counted twice in every order, (0, 2,000) or (0, 1,985). Under no invoice
    the slip stays its own (fix40c: test_two_real_wires_stay_two)."""
    owed, report = _kobe(tmp_path, order, _sales("TT-881", day=sale_day), slip)
    assert owed == (3_000, 0), "was (0, 2,000) or (0, 1,985)"
    assert "the clerk's day and the bank's value day, at most 3 banking days apart" in report
    assert "记账日与银行起息日相差不超过 3 个银行工作日" in report


def test_the_near_day_note_names_both_rows_and_days(tmp_path: Path):
    """One file: the report names the slip's row, the invoice's row, its sum and day and the
    slip's sum and day, in both languages."""
    _owed, report = _kobe(tmp_path, "tabs", _sales("TT-881"),
                          _slip("2025-04-21", 4_985, "TT-881", "K-7"))
    said = f"{LEDGER} {NEAR_SAID.format('4,985.00')}"
    assert ("Sheet “收款”: 1 payment is the wire this file's invoice rows already show "
            "received under the same reference on a near day") in report
    assert f"row 2 ({said}): counted once, as the invoices' rows place it." in report
    # win41: was "（第 2（…） 行）", a place inside a row number (win40's notes say 行号 2（…）)
    assert (f"（行号 2（{LEDGER} 的“台账”表第 2 行：5,000.00 2025-04-20 → 4,985.00 2025-04-21）"
            f"）：只计一次，按发票行的分配计入。") in report


@pytest.mark.parametrize("order", ORDERS[:4])
@pytest.mark.parametrize(("slips", "owed_", "why"), [
    ([_slip("2025-04-21", 5_000, "TT-882", "K-7")], (0, 2_000), "another reference"),
    ([_slip("2025-04-28", 4_985, "TT-881", "K-7")], (0, 1_985), "the same reference a week on"),
    ([_slip("2025-04-21", 5_000, "K-7", "K-7")], (0, 2_000), "the invoice alone"),
    ([_slip("2025-04-20", 5_000, "TT-881"), _slip("2025-04-21", 5_000, "TT-881")], (0, 2_000),
     "two slips on the bank's list"),
    ([_slip("2025-04-20", 4_985, "TT-881"), _slip("2025-04-21", 4_985, "TT-881")], (0, 1_985),
     "two slips, the first the invoice's less its charge"),
    ([_slip("2025-04-21", 4_985, "TT-881")], (0, 1_985), "under no invoice (fix40c)"),
], ids=["other_ref", "week_on", "invoice_alone", "two_slips", "two_slips_charged",
        "under_no_invoice"])
def test_two_real_wires_stay_two(tmp_path: Path, order, slips, owed_, why):
    """K-7's 实收 5,000 "TT-881" of 04-20 beside a slip of another reference, of the same a
    week on (six banking days), one giving only the invoice both name (two instalments share
    it too), or two slips of TT-881 a day apart on one list (a list holds a wire once: two
    wires, the first of them K-7's row's), or one slip of TT-881 under no invoice on the next
    day (fix40c: a slip under no invoice pays whichever invoice, never a near day's row: under
    wire40 a buyer's own wire for K-8 was dropped as K-7's). Hand count: each wire counted,
    the invoice's row placing its own."""
    owed, report = _kobe(tmp_path, order, _sales("TT-881"), *slips)
    assert owed == owed_, why
    assert "near day" not in report


@pytest.mark.parametrize(("one", "other", "near"), [
    ("2025-04-20", "2025-04-21", True),   # Sunday, Monday
    ("2025-04-18", "2025-04-23", True),   # Friday, Wednesday: three banking days
    ("2025-04-23", "2025-04-18", True),   # either way round
    ("2025-04-18", "2025-04-24", False),  # Friday, Thursday: four
    ("2025-04-14", "2025-04-18", False),  # Monday, Friday: four
    ("2025-04-20", "2025-04-28", False),  # a week on
])
def test_the_value_day_window_counts_banking_days(one, other, near):
    """The one window (payment_lines.value_days): three banking days, a weekend not counted.
    Before: three calendar days, Friday to Wednesday (five) two wires."""
    assert value_days(one, other) is near
