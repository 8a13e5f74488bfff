"""A sale row's received figure that is the running total of the 收款 rows (twice30).

A clerk who keeps a 收款 tab writes each wire there and raises the order row's 已收金额 to the
total so far, dated the latest wire. The copied-wire check matched a payment row only to a sale
row's whole figure: the 9,000 running total and its 4,000 and 5,000 wires were all counted, a
late payer showed credit and left the black list. Payments that are all of the customer's up
to that date and add up to the figure are that figure, counted once; payments that do not
(another order's money in between) are money of their own.
"""

from __future__ import annotations

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d, imported
from test_lists_audit29 import HEADER, PAYER, RECEIPTS_HEADER, owed, row

from core.ledger.report import import_report

C1 = row("C-1", "Cairo Trade", "2025-03-01", 12_000, "2025-03-20", 9_000, "2025-04-28")
WIRES = [["Cairo Trade", d("2025-03-25"), 4_000, None],
         ["Cairo Trade", d("2025-04-28"), 5_000, None]]


def test_a_running_total_and_its_wires_are_one_money(tmp_path):
    """C-1 12,000 shipped 03-20, OA 30: due 04-19. Its row: 9,000 received 04-28; the 收款
    tab: 4,000 (03-25) and 5,000 (04-28). Hand count: 9,000 paid, 3,000 open 72 days at
    06-30, average order 12,000: black. Before: 18,000 paid, nothing open, 6,000 credit.
    The fast import and the reference agree."""
    path = write_xlsx(tmp_path / "orders.xlsx", {
        "台账": [HEADER, C1, PAYER], "收款": [RECEIPTS_HEADER, *WIRES]})
    [result] = _same_import(tmp_path, [path])
    assert "running total of the payments on “收款” rows 2–3" in import_report(result)
    cairo = by_name(at(tmp_path / "fast.sqlite"))["Cairo Trade"]
    assert owed(cairo) == {"C-1@2025-04-19": (3_000, 72)}
    assert (cairo.open_amount, cairo.credit_on_account, cairo.list) == (3_000, 0, "black")


def test_only_all_the_payments_up_to_the_day_make_a_running_total(tmp_path):
    """Delhi: D-1 12,000 due 04-19, its row 9,000 to 04-28, its wires 4,000 and 5,000: one
    money, 3,000 open. Cairo: C-2 4,000 (nothing written received) and C-3 5,000 whose row
    says 9,000 on 04-28, the 收款 tab the 4,000, the 5,000 and a 2,000 of 04-01: not all of
    its payments up to 04-28 add up to 9,000, none is taken for the total (real money is
    never dropped on a guess): 20,000 paid of 9,000, 11,000 credit. Lima: L-1 4,000 paid
    4,000 on 03-25, L-2 5,000 paid 5,000 on 04-28, the same two wires on the tab: each row's
    own wire, 9,000 paid, nothing open. Before: Delhi 6,000 credit, no list."""
    path = write_xlsx(tmp_path / "orders.xlsx", {
        "台账": [HEADER, row("D-1", "Delhi Home", "2025-03-01", 12_000, "2025-03-20", 9_000,
                             "2025-04-28"),
                 row("C-2", "Cairo Trade", "2025-03-01", 4_000, "2025-03-20"),
                 row("C-3", "Cairo Trade", "2025-03-02", 5_000, "2025-03-20", 9_000,
                     "2025-04-28"),
                 row("L-1", "Lima Casa", "2025-03-01", 4_000, "2025-03-20", 4_000,
                     "2025-03-25"),
                 row("L-2", "Lima Casa", "2025-03-02", 5_000, "2025-03-20", 5_000,
                     "2025-04-28"), PAYER],
        "收款": [RECEIPTS_HEADER, *([name, *wire[1:]] for name in ("Delhi Home", "Cairo Trade",
                                                                  "Lima Casa")
                                   for wire in WIRES),
                 ["Cairo Trade", d("2025-04-01"), 2_000, None]]})
    [result] = _same_import(tmp_path, [path])  # the fast import and the reference agree
    assert import_report(result).count("running total") == 1
    customers = by_name(at(tmp_path / "fast.sqlite"))
    delhi, cairo, lima = (customers[name] for name in ("Delhi Home", "Cairo Trade",
                                                       "Lima Casa"))
    assert (delhi.open_amount, delhi.credit_on_account, delhi.list) == (3_000, 0, "black")
    assert (cairo.open_amount, cairo.credit_on_account) == (0, 11_000)
    assert (lima.open_amount, lima.credit_on_account, lima.list) == (0, 0, None)


def test_a_running_total_and_its_wires_in_the_bank_s_file_are_one_money(tmp_path):
    """The orders workbook: C-1's row 9,000 received to 04-28; the bank's file of slips: the
    4,000 (03-25) and 5,000 (04-28). Hand count as in one workbook: 3,000 open 72 days,
    black. Before: 18,000 paid, 6,000 credit, no list."""
    db = tmp_path / "firm.sqlite"
    imported(db, write_xlsx(tmp_path / "orders.xlsx", {"台账": [HEADER, C1, PAYER]}))
    imported(db, write_xlsx(tmp_path / "bank slips.xlsx", {"收款": [RECEIPTS_HEADER, *WIRES]}))
    cairo = by_name(at(db))["Cairo Trade"]
    assert owed(cairo) == {"C-1@2025-04-19": (3_000, 72)}
    assert (cairo.open_amount, cairo.credit_on_account, cairo.list) == (3_000, 0, "black")


def test_payments_naming_the_order_make_its_running_total_and_others_never(tmp_path):
    """The 收款 tab names orders (合同号). Oslo: O-1 12,000 due 04-19, its row 9,000 to 04-28;
    the tab: 4,000 (03-25) and 5,000 (04-28) naming O-1, a 2,000 (04-01) naming nothing: O-1's
    own wires make its total, the 2,000 is money of its own: 12,000 - 9,000 - 2,000 = 1,000
    open 72 days. Riga: R-1 12,000 due 04-19, its row 9,000 to 04-28; the tab 4,000 naming
    R-1 and 5,000 naming R-2 (5,000): the 5,000 is R-2's, nothing is cleared: R-1 and R-2
    both read paid (9,000 + 9,000 = 18,000 of 17,000). Before: Oslo 1,000 credit."""
    header = ["合同号", "客户", "收款日期", "收款金额"]
    path = write_xlsx(tmp_path / "orders.xlsx", {
        "台账": [HEADER, row("O-1", "Oslo Mobler", "2025-03-01", 12_000, "2025-03-20", 9_000,
                             "2025-04-28"),
                 row("R-1", "Riga Wood", "2025-03-01", 12_000, "2025-03-20", 9_000,
                     "2025-04-28"),
                 row("R-2", "Riga Wood", "2025-03-02", 5_000, "2025-03-20"), PAYER],
        "收款": [header, ["O-1", "Oslo Mobler", d("2025-03-25"), 4_000],
                 [None, "Oslo Mobler", d("2025-04-01"), 2_000],
                 ["O-1", "Oslo Mobler", d("2025-04-28"), 5_000],
                 ["R-1", "Riga Wood", d("2025-03-25"), 4_000],
                 ["R-2", "Riga Wood", d("2025-04-28"), 5_000]]})
    [result] = _same_import(tmp_path, [path])
    assert import_report(result).count("running total") == 1
    customers = by_name(at(tmp_path / "fast.sqlite"))
    oslo, riga = customers["Oslo Mobler"], customers["Riga Wood"]
    assert owed(oslo) == {"O-1@2025-04-19": (1_000, 72)}
    assert (oslo.open_amount, oslo.credit_on_account) == (1_000, 0)
    assert (riga.open_amount, riga.credit_on_account) == (0, 1_000)
