"""Audit 29: the stop-loss list against a clerk's hand count, ledgers as small Chinese exporters
type them, each written here with openpyxl, imported into a real SQLite file by the app's import
and analysed as the app does at a stated as-of date.

1. Receipts kept on a sheet of their own (收款: 客户, 收款日期, 收款金额), no order amount on
   it. The sheet was passed over ("has no column for Order date, Amount"): a buyer who paid
   every invoice owed all of them and was black-listed. Its rows are now money received, as
   rows typed 收款 are (core.ledger.layout.receipts_sheet). The fault this audit fixes.
2. The same 收款 sheet where the clerk also filled the invoice row's 已收金额 for one wire:
   read as two payments, the wire would pay the buyer's next invoice too and take a late
   payer off the black list. A payment row repeating a sale row's received figure on its day
   is one wire (core.ledger.booked_twice.booked_twice), said in the report.
3.–6. Ledgers the app already counts as the clerk does, kept as guards: 100 % T/T in advance
   then one order shipped unpaid; D/A 60 with the due date written; a credit note typed as a
   negative amount on a row of its own (no 退货 word) and a totals row in the middle of the
   tab; 月结60天; one order shipped in two parts, paid part in CNY and part in USD, its rows
   booked by two salespeople; amounts in 万元 and text dates written 2025.3.5.

Hand counts, with the defaults: OA 30 (due = ship + 30); watch from more than 30 days past
due; black for more than 60 days past due with an average valid order in W under 20,000 USD;
the pool pays the oldest due first; receipts are booked up to A (a payer paid on A).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from reference_import import reference_import_files
from test_fast_import import _same_import
from test_lists_audit28 import A, at, by_name, d, imported

from core import override_changes
from core.analysis.model import CustomerMetrics
from core.ledger.importer import import_files
from core.ledger.report import import_report
from core.store import connect

HEADER = ["合同号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
          "收款日期"]
PAYER = ["P-1", "Payer", date(2025, 5, 1), 1_000, "USD", "OA 30 days", date(2025, 5, 2), 1_000,
         A]


def row(no: str, customer: str, ordered: str, amount: float, ship: str | None,
        received: float | None = None, on: str | None = None, terms: str = "OA 30 days",
        currency: str = "USD") -> list[object]:
    return [no, customer, d(ordered), amount, currency, terms, d(ship), received, d(on)]


def firm(tmp_path: Path, sheets: dict[str, list[list[object]]]
         ) -> tuple[dict[str, CustomerMetrics], str]:
    db = tmp_path / "firm.sqlite"
    report = imported(db, write_xlsx(tmp_path / "2025.xlsx", sheets))
    return by_name(at(db)), report


def owed(c: CustomerMetrics) -> dict[str, tuple[float, int]]:
    """Per receivable (order, part): (open in its currency, days past due)."""
    return {f"{r.order_no}@{r.due_date}": (round(r.open, 2), r.days_overdue)
            for r in c.receivables}


# --- 1. and 2. a 收款 sheet ------------------------------------------------------------------

RECEIPTS_HEADER = ["客户", "收款日期", "收款金额", "备注"]
ORDERS = [HEADER,
          row("K-1", "Kyiv Home LLC", "2025-02-01", 12_000, "2025-02-10"),
          row("K-2", "Kyiv Home LLC", "2025-03-01", 9_000, "2025-03-10"),
          PAYER]
RECEIPTS = [RECEIPTS_HEADER,
            ["Kyiv Home LLC", d("2025-03-15"), 12_000, "K-1 水单"],
            ["Kyiv Home LLC", d("2025-04-20"), 9_000, "K-2"]]


def test_receipts_kept_on_a_sheet_of_their_own_pay_the_invoices(tmp_path):
    """Hand count: K-1 12,000 due 03-12, paid 03-15; K-2 9,000 due 04-09, paid 04-20. Nothing
    open; paid 3 and 11 days late. On no list. Before: the 收款 sheet passed over, 21,000 open,
    110 days past due, average order 10,500: black."""
    found, report = firm(tmp_path, {"台账": ORDERS, "收款": RECEIPTS})
    assert "Passed over" not in report
    assert "Sheet “收款” is a sheet of payments: its 2 rows were read as money received" in report
    assert "no ship-date column" not in report  # a sheet of money received needs none
    kyiv = found["Kyiv Home LLC"]
    assert owed(kyiv) == {"K-1@2025-03-12": (0, 0), "K-2@2025-04-09": (0, 0)}
    assert (kyiv.open_amount, kyiv.credit_on_account, kyiv.list) == (0, 0, None)
    assert kyiv.orders_all == 2  # the payments are no orders
    assert round(kyiv.revenue_12m) == 21_000


def test_a_receipt_on_the_sheet_and_on_the_invoice_row_is_one_wire(tmp_path):
    """The clerk also wrote K-1's 12,000 of 03-15 in its 已收金额; K-3 9,000 (due 04-09) is
    unpaid. Hand count: K-1 paid by the one wire, K-2 by the 04-20 wire, K-3 9,000 open 82
    days, average order 10,000: black. Counted twice the 12,000 would pay K-3 and leave 3,000
    of credit: on no list."""
    orders = [HEADER,
              row("K-1", "Kyiv Home LLC", "2025-02-01", 12_000, "2025-02-10", 12_000,
                  "2025-03-15"),
              row("K-2", "Kyiv Home LLC", "2025-03-01", 9_000, "2025-03-10"),
              row("K-3", "Kyiv Home LLC", "2025-03-05", 9_000, "2025-03-10"),
              PAYER]
    found, report = firm(tmp_path, {"台账": orders, "收款": RECEIPTS})
    assert ("Kyiv Home LLC: one wire of 12,000.00 USD dated 2025-03-15 written on 2 rows "
            "(“台账” row 2, “收款” row 2), counted once, on “台账” row 2") in report
    kyiv = found["Kyiv Home LLC"]
    assert owed(kyiv) == {"K-1@2025-03-12": (0, 0), "K-2@2025-04-09": (0, 0),
                          "K-3@2025-04-09": (9_000, 82)}
    assert (kyiv.credit_on_account, kyiv.list) == (0, "black")
    assert kyiv.list_reason is not None and kyiv.list_reason.code == "stop_loss_rule"


def test_two_payments_of_one_sum_on_one_day_stay_two_where_one_invoice_row_names_it(tmp_path):
    """Two 5,000 wires on 04-20 on the 收款 sheet, one of them also written on N-1's row: two
    payments, not one (and not three). N-1 and N-2, 5,000 each, both paid: on no list."""
    orders = [HEADER,
              row("N-1", "Nairobi Deco", "2025-03-01", 5_000, "2025-03-10", 5_000,
                  "2025-04-20"),
              row("N-2", "Nairobi Deco", "2025-03-02", 5_000, "2025-03-10"),
              row("N-3", "Nairobi Deco", "2025-03-03", 5_000, "2025-03-10"),
              PAYER]
    receipts = [RECEIPTS_HEADER, ["Nairobi Deco", d("2025-04-20"), 5_000, None],
                ["Nairobi Deco", d("2025-04-20"), 5_000, None]]
    found, _ = firm(tmp_path, {"台账": orders, "收款": receipts})
    nairobi = found["Nairobi Deco"]
    assert owed(nairobi) == {"N-1@2025-04-09": (0, 0), "N-2@2025-04-09": (0, 0),
                             "N-3@2025-04-09": (5_000, 82)}
    assert nairobi.credit_on_account == 0 and nairobi.list == "black"


def test_the_reference_import_reads_the_receipts_sheet_alike(tmp_path):
    orders = [*ORDERS, row("K-3", "Kyiv Home LLC", "2025-03-05", 9_000, "2025-03-10", 9_000,
                           "2025-04-20")]
    # the slip names K-3, whose row wrote it (one naming K-2 is K-2's money: break33c)
    receipts = [*RECEIPTS[:2], [*RECEIPTS[2][:3], "K-3"]]
    path = write_xlsx(tmp_path / "2025.xlsx", {"台账": orders, "收款": receipts})
    [result] = _same_import(tmp_path, [path])
    assert "one wire of 9,000.00 USD dated 2025-04-20" in import_report(result)


# --- 3.–6. guards: the app agrees with the clerk ---------------------------------------------

def test_a_prepaying_buyer_late_once_and_d_a_with_its_due_date_written(tmp_path):
    """Advance Co paid T-1 (15,000) before shipment; T-2 (12,000, "100% T/T in advance") was
    shipped 03-20 without the money: due on shipment, 102 days past due; average order
    13,500: black. DA Buyer: D/A 60 days, shipped 02-10 (+ 60 = 04-11), the ledger writes the
    due date 04-16, which governs: 75 days past due, average order 10,000: black."""
    due_header = [*HEADER, "应收日期"]
    found, _ = firm(tmp_path, {"台账": [
        due_header,
        [*row("T-1", "Advance Co", "2025-01-05", 15_000, "2025-01-20", 15_000, "2025-01-15",
              terms="T/T in advance"), None],
        [*row("T-2", "Advance Co", "2025-03-01", 12_000, "2025-03-20",
              terms="100% T/T in advance"), None],
        [*row("DA-1", "DA Buyer", "2025-02-01", 10_000, "2025-02-10", terms="D/A 60 days"),
         d("2025-04-16")],
        [*PAYER, None]]})
    advance, da = found["Advance Co"], found["DA Buyer"]
    assert owed(advance) == {"T-1@2025-01-20": (0, 0), "T-2@2025-03-20": (12_000, 102)}
    assert advance.list == "black"
    assert owed(da) == {"DA-1@2025-04-16": (10_000, 75)} and da.list == "black"


def test_a_negative_row_a_totals_row_mid_tab_and_month_end_terms(tmp_path):
    """Neg Co: N-1 10,000, 7,000 received 03-20; a row of its own, same number, -3,000 (no
    word saying why): a credit note on N-1, nothing open. The 合计 row under it is no order.
    Month End: 6,000 on 月结60天 shipped 03-15: due end of March + 60 = 05-30, 31 days late:
    watch (more than 30), not black (not more than 60)."""
    found, report = firm(tmp_path, {"台账": [
        HEADER,
        row("N-1", "Neg Co", "2025-02-01", 10_000, "2025-02-05", 7_000, "2025-03-20"),
        row("N-1", "Neg Co", "2025-03-25", -3_000, None, terms=""),
        ["合计", None, None, 7_000, None, None, None, 7_000, None],
        row("M-1", "Month End", "2025-03-10", 6_000, "2025-03-15", terms="月结60天"),
        PAYER]})
    assert "Totals row agrees with the rows above it in: “台账” row 4" in report
    neg, month_end = found["Neg Co"], found["Month End"]
    assert (neg.open_amount, neg.credit_on_account, neg.list) == (0, 0, None)
    assert round(neg.revenue_12m) == 7_000
    assert owed(month_end) == {"M-1@2025-05-30": (6_000, 31)} and month_end.list == "watch"


def test_an_order_shipped_in_two_parts_paid_in_two_currencies_by_two_salespeople(tmp_path):
    """PS-1 18,000 USD: INV-1 10,000 shipped 02-20 (due 03-22), paid 72,000 CNY on 04-10
    (about 10,000 USD: paid); INV-2 8,000 shipped 03-25 (due 04-24), 3,000 USD paid 05-10:
    about 5,000 open, 67 days past due; one order of 18,000, under 20,000: black. The rows name
    张三 then 李四: the list goes to the salesperson of its latest row."""
    header = ["合同号", "发票号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期",
              "已收金额", "收款币种", "收款日期", "业务员"]
    found, _ = firm(tmp_path, {"台账": [
        header,
        ["PS-1", "INV-1", "Pune Home", d("2025-02-01"), 10_000, "USD", "OA 30 days",
         d("2025-02-20"), 72_000, "CNY", d("2025-04-10"), "张三"],
        ["PS-1", "INV-2", "Pune Home", d("2025-02-01"), 8_000, "USD", "OA 30 days",
         d("2025-03-25"), 3_000, "USD", d("2025-05-10"), "李四"],
        ["P-1", "P-1", "Payer", d("2025-05-01"), 1_000, "USD", "OA 30 days", d("2025-05-02"),
         1_000, "USD", A, "张三"]]})
    pune = found["Pune Home"]
    [first, second] = sorted(pune.receivables, key=lambda r: r.due_date)
    assert (first.due_date, first.open) == (d("2025-03-22"), 0)
    assert (second.due_date, second.days_overdue) == (d("2025-04-24"), 67)
    assert abs(second.open - 5_000) < 10  # 72,000 CNY at the stored rate is about 10,000 USD
    assert pune.orders_all == 1 and pune.list == "black"
    assert pune.salesperson == "李四"


def test_amounts_in_ten_thousands_of_yuan_and_dotted_text_dates(tmp_path):
    """金额(万元): W-1 85,000 CNY paid; W-2 60,000 CNY shipped 02-20, due 03-22, 100 days
    late; average order 72,500 CNY (about 10,000 USD): black. Dot Date: 8,000 USD ordered
    "2025.3.5", shipped "2025.3.10", due 04-09: 82 days, black."""
    header = ["合同号", "客户", "下单日期", "金额(万元)", "付款方式", "出货日期",
              "已收金额(万元)", "收款日期"]
    found, report = firm(tmp_path, {"台账": [
        header,
        ["W-1", "Wuhan Buyer", d("2025-01-10"), 8.5, "OA 30 days", d("2025-01-20"), 8.5,
         d("2025-03-01")],
        ["W-2", "Wuhan Buyer", d("2025-02-10"), 6, "OA 30 days", d("2025-02-20"), None, None],
        ["D-1", "Dot Date", "2025.3.5", 0.8, "OA 30 days", "2025.3.10", None, None],
        ["P-1", "Payer", d("2025-05-01"), 0.7, "OA 30 days", d("2025-05-02"), 0.7, A]]})
    assert "“金额(万元)” gives its unit" in report
    wuhan, dot = found["Wuhan Buyer"], found["Dot Date"]
    assert owed(wuhan) == {"W-1@2025-02-19": (0, 0), "W-2@2025-03-22": (60_000, 100)}
    assert wuhan.list == "black"
    assert owed(dot) == {"D-1@2025-04-09": (8_000, 82)} and dot.list == "black"


# --- 7. a buyer renamed mid-year under the same customer code ---------------------------------

CODE_HEADER = ["客户编号", "客户名称", "合同号", "下单日期", "金额", "币种", "付款方式",
               "出货日期", "已收金额", "收款日期"]
RENAMED = {"1月": [CODE_HEADER,
                   ["C-018", "Sunrise Trading LLC", "SR-01", d("2025-01-05"), 8_000, "USD",
                    "OA 30 days", d("2025-01-10"), None, None],
                   ["C-020", "Payer", "P-1", d("2025-01-06"), 1_000, "USD", "OA 30 days",
                    d("2025-01-10"), 1_000, d("2025-02-09")]],
           "4月": [CODE_HEADER,
                   ["C-018", "Sunrise Home LLC", "SR-02", d("2025-03-20"), 9_000, "USD",
                    "OA 30 days", d("2025-04-01"), 17_000, d("2025-05-20")],
                   ["同上", "同上", "SR-03", d("2025-04-02"), 3_000, "USD", "OA 30 days",
                    d("2025-04-10"), None, None],
                   ["C-020", "Payer", "P-2", d("2025-05-01"), 1_000, "USD", "OA 30 days",
                    d("2025-05-02"), 1_000, A]]}


def test_a_buyer_renamed_under_the_same_customer_code_is_named_for_merging(tmp_path):
    """Hand count for customer C-018: SR-01 8,000 (due 02-09) and SR-02 9,000 (due 05-01) paid
    by the 17,000 wire of 05-20; SR-03 3,000 due 05-10, 51 days past due: watch, not black.
    The app keys customers by name: Sunrise Trading LLC owes 8,000, 141 days, black-listed,
    beside Sunrise Home LLC holding 5,000 of credit (17,000 − 9,000 − 3,000). It cannot tell
    a rename from two buyers sharing a code by mistake, and the store keeps no code for next
    month: the report names the code and both names (before: nothing), and merged the
    account is the clerk's."""
    db = tmp_path / "firm.sqlite"
    report = imported(db, write_xlsx(tmp_path / "2025.xlsx", RENAMED))
    assert ("Customer code “C-018” is written beside 2 names: Sunrise Trading LLC, Sunrise Home "
            "LLC.") in report
    assert "“C-020”" not in report
    apart = by_name(at(db))
    assert apart["Sunrise Trading LLC"].list == "black"
    assert apart["Sunrise Home LLC"].credit_on_account == 5_000
    with connect(db) as conn:
        override_changes.merge(conn, "Sunrise Home LLC", "Sunrise Trading LLC")
    sunrise = by_name(at(db))["Sunrise Home LLC"]
    assert owed(sunrise) == {"SR-01@2025-02-09": (0, 0), "SR-02@2025-05-01": (0, 0),
                             "SR-03@2025-05-10": (3_000, 51)}
    assert (sunrise.credit_on_account, sunrise.list) == (0, "watch")


def test_the_reference_import_names_the_code_alike(tmp_path):
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "2025.xlsx", RENAMED)])
    assert "Customer code “C-018” is written beside 2 names" in import_report(result)


def test_a_sales_sheet_whose_amount_header_is_not_understood_is_not_read_as_payments(tmp_path):
    """货款 is no amount the app knows: the sheet, with its ship dates and terms, stays passed
    over for the user to map, never read as 12,000 of payments."""
    sales = [["合同号", "客户", "下单日期", "货款", "付款方式", "出货日期", "已收金额", "收款日期"],
             ["X-1", "Kyiv Home LLC", d("2025-02-01"), 12_000, "OA 30 days", d("2025-02-10"),
              12_000, d("2025-03-15")]]
    found, report = firm(tmp_path, {"台账": ORDERS, "外销": sales})
    assert "Passed over: “外销” (row 1 looks like a header but has no column for" in report
    kyiv = found["Kyiv Home LLC"]
    assert (kyiv.open_amount, kyiv.list) == (21_000, "black")


def test_the_code_note_is_not_repeated_once_the_names_are_merged(tmp_path):
    """notes29: after the clerk merged Sunrise Home LLC into Sunrise Trading LLC, the next
    month's file (the same tabs and a 5月 one) still said "Customer code C-018 is written
    beside 2 names … merge the names": read as the merge not done. Merged, nothing is said;
    both imports (fast and reference) alike."""
    may = RENAMED | {"5月": [CODE_HEADER,
                             ["C-018", "Sunrise Home LLC", "SR-04", d("2025-05-03"), 2_000,
                              "USD", "OA 30 days", d("2025-05-08"), None, None]]}
    first = write_xlsx(tmp_path / "2025-04.xlsx", RENAMED)
    second = write_xlsx(tmp_path / "2025-05.xlsx", may)
    for db in (tmp_path / "fast.sqlite", tmp_path / "slow.sqlite"):
        importing = import_files if db.name == "fast.sqlite" else reference_import_files
        [before] = importing(db, [first])
        assert "Customer code “C-018” is written beside 2 names" in import_report(before)
        with connect(db) as conn:
            override_changes.merge(conn, "Sunrise Trading LLC", "Sunrise Home LLC")
        [after] = importing(db, [second])
        assert after.status == "imported", after.message
        assert "C-018" not in import_report(after), db.name


def test_next_months_payments_sheet_of_the_same_headers_is_payments_again(tmp_path):
    """Lead's review of audit29 (found by wires29): the first file's 收款 sheet was read as
    payments and its columns remembered as the rows' amount; the next file's 收款 sheet of the
    same headers was read by the remembered columns as sales: Kyiv Home's 9,000 wire became an
    order of 9,000 owed, and the buyer who paid both invoices owed 9,000 more. Both imports.
    The note naming rows typed as payments is a sales sheet's: here it named every row."""
    march = write_xlsx(tmp_path / "2025-03.xlsx", {"台账": ORDERS, "收款": RECEIPTS[:2]})
    april = write_xlsx(tmp_path / "2025-04.xlsx", {"收款": [RECEIPTS_HEADER, RECEIPTS[2]]})
    for db in (tmp_path / "fast.sqlite", tmp_path / "slow.sqlite"):
        importing = import_files if db.name == "fast.sqlite" else reference_import_files
        importing(db, [march])
        [after] = importing(db, [april])
        assert after.status == "imported", after.message
        report = import_report(after)
        assert "Amount received ← 收款金额" in report  # read as payments again
        assert "typed as a payment" not in report  # every row of a payments sheet is one
        assert "Sheet “收款” is a sheet of payments: its 1 row was read as money" in report
        kyiv = by_name(at(db))["Kyiv Home LLC"]
        assert owed(kyiv) == {"K-1@2025-03-12": (0, 0), "K-2@2025-04-09": (0, 0)}, db.name
        assert (kyiv.open_amount, kyiv.orders_all, kyiv.list) == (0, 2, None), db.name
