"""Hand-made ledgers that book money the ways clerks really do (issue 8), one case each.

Every builder writes its workbook(s) into `folder` with openpyxl and returns a :class:`Ledger`:
the files to import in order, the as-of date the story is told at, and what the correct
customer account is, in words (`account`) and as figures a test can compare (`expect`).
Amounts are in USD unless a row says otherwise. The ledger-side tests (test_account_ledger.py)
check what the import stores; the analysis-side tests can check the account itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ledgers import write_xlsx

AS_OF = date(2025, 6, 30)


@dataclass(frozen=True)
class Ledger:
    files: tuple[Path, ...]  # import in this order
    account: str  # the correct account, in words
    as_of: date = AS_OF
    expect: dict[str, Any] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        """The (last) file: the one whose import a test looks at."""
        return self.files[-1]

    def import_into(self, db: Path) -> Path:
        """Every file imported into db, in order, each accepted; db."""
        from core.ledger.importer import import_files

        for path in self.files:
            [result] = import_files(db, [path])
            assert result.status == "imported", result.message
        return db


def d(text: str) -> date:
    return date.fromisoformat(text)


# --- wires -------------------------------------------------------------------------------------

WIRE_HEADER = ["发票号", "客户", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期",
               "已收金额", "收款日期"]
WIRE_CUSTOMER = "Harbor Lights Ltd"


def _three_invoices(received: list[float | None]) -> list[list[object]]:
    """Three 10,000 invoices on OA 30, due 2025-04-16, 05-20 and 06-20 (75, 41 and 10 days
    before the as-of date); `received` is what each row's received cell says."""
    ships = ("2025-03-17", "2025-04-20", "2025-05-21")
    orders = ("2025-03-10", "2025-04-12", "2025-05-14")
    return [WIRE_HEADER] + [
        [f"INV-10{n + 1}", WIRE_CUSTOMER, d(orders[n]), "LED panel", 10_000, "USD", "OA 30 days",
         d(ships[n]), got, d("2025-06-25") if got else None]
        for n, got in enumerate(received)]


WIRE_ACCOUNT = ("One wire of 25,000 on 2025-06-25 pays three 10,000 invoices oldest first: "
                "INV-101 and INV-102 are paid, INV-103 stays open for 5,000, 10 days past due "
                "(due 2025-06-20). Nothing is 60 days late: no stop-loss.")
WIRE_EXPECT = {"customer": WIRE_CUSTOMER, "open": {"INV-103": 5_000.0},
               "days_overdue": {"INV-103": 10}, "received_total": 25_000.0}


def wire_on_newest_row(folder: Path) -> Ledger:
    """The clerk books the wire on the invoice the bank slip names: the newest."""
    path = write_xlsx(folder / "wire_newest.xlsx",
                      {"6月": _three_invoices([None, None, 25_000])})
    return Ledger((path,), WIRE_ACCOUNT, expect={**WIRE_EXPECT, "stored_on": "INV-103"})


def wire_on_every_row(folder: Path) -> Ledger:
    """The clerk writes the wire's total on each of the three rows it covers."""
    path = write_xlsx(folder / "wire_copied.xlsx",
                      {"6月": _three_invoices([25_000, 25_000, 25_000])})
    return Ledger((path,), WIRE_ACCOUNT + " The wire is written on rows 2–4 and counted once.",
                  expect={**WIRE_EXPECT, "stored_on": "INV-101", "rows": [2, 3, 4]})


# --- bank charges, wire by wire ----------------------------------------------------------------

CHARGED_CUSTOMER = "Porto Casa Lda"
# twelve invoices, each paid by its own wire less the bank's 25, but INV-303 once 80 short
CHARGED = (8_640.00, 12_375.50, 6_912.00, 15_288.00, 9_450.00, 11_025.60, 7_380.00, 13_860.00,
           5_616.00, 10_080.00, 8_964.00, 14_220.00)
CHARGED_ORDERED = ("01-03", "01-13", "01-23", "02-03", "02-13", "02-24", "03-05", "03-14",
                   "03-24", "04-02", "04-09", "04-14")


def _charged_rows() -> list[list[object]]:
    """Porto's twelve sales (shipped six days after the order, OA 30 days) and each one's wire
    in its own row, two days after it fell due; Lisbon's one sale, paid 06-28 (the receipts
    date)."""
    rows: list[list[object]] = [WIRE_HEADER]
    for n, (amount, ordered) in enumerate(zip(CHARGED, CHARGED_ORDERED, strict=True)):
        day = d(f"2025-{ordered}")
        ship = date.fromordinal(day.toordinal() + 6)
        rows.append([f"INV-3{n + 1:02d}", CHARGED_CUSTOMER, day, "Ceramic tableware", amount,
                     "USD", "OA 30 days", ship, round(amount - (80 if n == 2 else 25), 2),
                     date.fromordinal(ship.toordinal() + 32)])
    rows.append(["INV-401", "Lisbon Mesa Lda", d("2025-05-20"), "Glassware", 4_000, "USD",
                 "OA 30 days", d("2025-05-26"), 4_000, d("2025-06-28")])
    return rows


def bank_charges_wire_by_wire(folder: Path) -> Ledger:
    """A buyer whose bank takes 25 off every wire, one wire 80 short (fix60h)."""
    path = write_xlsx(folder / "bank_charges.xlsx", {"2025": _charged_rows()})
    return Ledger((path,), (
        "Porto paid each of its twelve invoices with its own wire, less the bank's 25, except "
        "INV-303, paid 80 short. Each wire is the sum of its invoice less a charge within the "
        "tolerance (50 USD or 0.5 %), so it pays that invoice: eleven invoices paid, INV-303 "
        "80 open, a small remainder (under 200 USD): never overdue, no list. Spent oldest "
        "first, each wire filled the older gap and left its own invoice the gap and its charge "
        "short: 305 open on INV-312, due 05-20, 39 days to the receipts date 06-28, watch."),
        expect={"customer": CHARGED_CUSTOMER, "open": {"INV-303": 80.0},
                "received_total": round(sum(CHARGED) - 11 * 25 - 80, 2)})


# --- credit notes ------------------------------------------------------------------------------

CREDIT_HEADER = ["发票号", "客户", "下单日期", "金额", "付款方式", "出货日期", "已收金额",
                 "收款日期"]


def credit_note_negative_row(folder: Path) -> Ledger:
    """A 2,000 credit note on its own row, written negative, under its own number."""
    rows = [CREDIT_HEADER,
            ["INV-201", "Nordic Table AB", d("2025-02-20"), 10_000, "OA 30 days",
             d("2025-03-01"), 8_000, d("2025-04-10")],
            ["CN-201", "Nordic Table AB", d("2025-04-05"), -2_000, None, None, None, None]]
    path = write_xlsx(folder / "credit_negative.xlsx", {"台账": rows})
    return Ledger((path,), (
        "INV-201 (10,000, due 2025-03-31) is settled by 8,000 received and the 2,000 credit "
        "note CN-201, which names no invoice of the customer and so joins its pool: nothing "
        "is open, nobody is listed although the invoice is 91 days past due. Revenue 8,000; "
        "CN-201 is no order."),
        expect={"customer": "Nordic Table AB", "open": {}, "revenue": 8_000.0, "orders": 1,
                "credit_ref": None})


def credit_note_typed_positive(folder: Path) -> Ledger:
    """A 折让 typed in the type column and written as a positive 2,000, under its own number."""
    header = ["发票号", "类型", "客户", "下单日期", "金额", "付款方式", "出货日期", "已收金额",
              "收款日期"]
    rows = [header,
            ["INV-301", "发票", "Lima Casa SAC", d("2025-02-20"), 10_000, "OA 30 days",
             d("2025-03-01"), 8_000, d("2025-04-10")],
            ["ZR-301", "折让", "Lima Casa SAC", d("2025-04-05"), 2_000, None, None, None, None]]
    path = write_xlsx(folder / "credit_typed.xlsx", {"台账": rows})
    return Ledger((path,), (
        "ZR-301 is a 2,000 allowance (折让) written positive: it is stored as −2,000 and, "
        "with the 8,000 received, settles INV-301 (10,000): nothing is open. Revenue 8,000."),
        expect={"customer": "Lima Casa SAC", "open": {}, "revenue": 8_000.0, "orders": 1,
                "stored_amount": -2_000.0, "credit_ref": None})


def credit_note_with_ref(folder: Path) -> Ledger:
    """A credit note naming the newer of two invoices in a reference column."""
    header = ["发票号", "原发票号", "客户", "下单日期", "金额", "付款方式", "出货日期",
              "已收金额", "收款日期"]
    rows = [header,
            ["INV-401", None, "Sunrise Imports LLC", d("2025-02-10"), 10_000, "OA 30 days",
             d("2025-02-20"), 5_000, d("2025-06-20")],
            ["INV-402", None, "Sunrise Imports LLC", d("2025-05-10"), 10_000, "OA 30 days",
             d("2025-05-20"), None, None],
            ["CN-401", "inv-402", "Sunrise Imports LLC", d("2025-06-01"), -2_000, None, None,
             None, None]]
    path = write_xlsx(folder / "credit_ref.xlsx", {"台账": rows})
    return Ledger((path,), (
        "CN-401 (−2,000) reduces the invoice it names, INV-402, not the oldest: the 5,000 "
        "received pays INV-401 (due 2025-03-22) first, so INV-401 stays open for 5,000 "
        "(100 days past due) and INV-402 (due 2025-06-19) for 8,000."),
        expect={"customer": "Sunrise Imports LLC", "open": {"INV-401": 5_000.0,
                                                            "INV-402": 8_000.0},
                "credit_ref": "INV-402"})


# --- cancelled lines ---------------------------------------------------------------------------

def cancelled_lines(folder: Path) -> Ledger:
    """A cancelled product line inside a live order, a status cell merged over two rows, and
    an order all of whose lines are cancelled."""
    header = ["合同号", "客户", "下单日期", "产品", "金额", "付款方式", "出货日期", "已收金额",
              "收款日期", "状态"]
    customer = "Coastal Home Goods"
    rows = [header,
            ["PI-502", customer, d("2025-03-01"), "Pan", 5_000, "OA 30 days", d("2025-03-10"),
             None, None, None],
            ["PI-502", customer, d("2025-03-01"), "Lid", 5_000, "OA 30 days", None, None, None,
             "已取消"],
            ["PI-502", customer, d("2025-03-01"), "Rack", 5_000, "OA 30 days", None, None, None,
             None],
            ["PI-501", customer, d("2025-02-01"), "Pot set", 8_000, "OA 30 days",
             d("2025-02-10"), 8_000, d("2025-06-28"), None],
            ["PI-501", customer, d("2025-02-01"), "Kettle", 32_000, "OA 30 days", None, None,
             None, "取消"],
            ["PI-503", customer, d("2025-05-01"), "Tray", 9_000, "OA 30 days", None, None, None,
             "作废"],
            ["PI-503", customer, d("2025-05-01"), "Cup", 1_000, "OA 30 days", None, None, None,
             "作废"]]
    path = write_xlsx(folder / "cancelled_lines.xlsx", {"台账": rows},
                      merges={"台账": ["J3:J4"]})  # 已取消 covers Lid and Rack
    return Ledger((path,), (
        "Lines Kettle (PI-501), Lid and Rack (PI-502) are cancelled; PI-503 is cancelled "
        "whole. Valid orders: PI-502 5,000 and PI-501 8,000, average 6,500 (not 27,500). "
        "The 8,000 received pays the older PI-501 (due 2025-03-12) first, so PI-502's Pan "
        "(5,000, due 2025-04-09) is open, 80 days past due at the receipts date 2025-06-28: "
        "black list (average order under 20,000)."),
        expect={"customer": customer, "open": {"PI-502": 5_000.0}, "avg_order": 6_500.0,
                "orders": 2, "cancelled_lines": ["Lid", "Rack", "Kettle"],
                "cancelled_orders": ["PI-503"]})


# --- a ledger without order numbers, corrected next month --------------------------------------

NO_NUMBER_HEADER = ["客户", "下单日期", "产品", "金额", "币种", "出货日期", "已收金额", "收款日期"]


def corrected_without_order_numbers(folder: Path) -> Ledger:
    """April's file, then May's: the same rows (no order numbers), the first Widget row's
    amount corrected 10,000 → 10,500 and its receipt filled in, one new row."""
    april = [NO_NUMBER_HEADER,
             ["Bolt & Nut GmbH", d("2025-03-05"), "Widget", 10_000, "USD", d("2025-03-20"),
              None, None],
             ["Bolt & Nut GmbH", d("2025-03-05"), "Widget", 3_000, "USD", d("2025-03-20"),
              None, None],  # a second lot of the same product on the same day
             ["Pacific Traders", d("2025-03-12"), "Gadget", 6_000, "USD", d("2025-03-25"),
              6_000, d("2025-04-15")]]
    may = [list(row) for row in april]
    may[1][3], may[1][6], may[1][7] = 10_500, 10_500, d("2025-05-10")
    may.append(["Pacific Traders", d("2025-04-20"), "Gadget", 7_000, "USD", None, None, None])
    files = (write_xlsx(folder / "台账_2025-04.xlsx", {"台账": april}),
             write_xlsx(folder / "台账_2025-05.xlsx", {"台账": may}))
    return Ledger(files, (
        "Bolt & Nut's first Widget row was corrected to 10,500 and paid: one line of 10,500, "
        "paid, not a second one beside a phantom 10,000. Its second Widget lot (3,000) stays "
        "open. Revenue 13,500 from Bolt & Nut, 13,000 from Pacific Traders."),
        expect={"lines": 4, "amount_change": ("Bolt & Nut GmbH", 10_000.0, 10_500.0),
                "revenue": {"Bolt & Nut GmbH": 13_500.0, "Pacific Traders": 13_000.0},
                "open": {"Bolt & Nut GmbH": 3_000.0}})


# --- currencies of cost and receipt columns ----------------------------------------------------

RMB_COST = 54_000  # 7,500 USD at the default 0.1389: a 25 % margin on 10,000
RMB_RECEIVED = 72_000  # 10,000 USD at 0.1389 is 71,994: within the bank-charge tolerance


def cost_in_rmb(folder: Path) -> Ledger:
    """USD sales with costs kept in RMB, said three ways, and a sheet whose costs are USD."""
    plain = ["合同号", "客户", "下单日期", "金额", "币种", "成本"]

    def sales(prefix: str, customer: str, cost: object, n: int = 3) -> list[list[object]]:
        return [[f"{prefix}-{i}", customer, d(f"2025-0{i + 2}-10"), 10_000, "USD", cost]
                for i in range(1, n + 1)]

    sheets = {
        "表头人民币": [["合同号", "客户", "下单日期", "金额", "币种", "成本(人民币)",
                    "已收金额(人民币)", "收款日期"]]
        + [[*row, RMB_RECEIVED, d("2025-06-20")] for row in sales("A", "Alpha Co", RMB_COST)],
        "单元格人民币": [plain, *sales("B", "Beta Co", f"¥{RMB_COST:,.2f}")],
        "未标币种": [plain, *sales("C", "Gamma Co", RMB_COST)],
        "美元成本": [plain, *sales("D", "Delta Co", 7_500)],
    }
    path = write_xlsx(folder / "cost_rmb.xlsx", sheets)
    return Ledger((path,), (
        "Alpha, Beta and Gamma sell at 10,000 USD with a cost of 54,000 RMB (7,500 USD): "
        "margins of 25 %, not −440 %. Alpha's 72,000 RMB received pays each invoice. "
        "Delta's cost is in USD (7,500): 25 % too."),
        expect={"margin": 0.25, "cost_currency": {"表头人民币": "CNY", "单元格人民币": "CNY",
                                                  "未标币种": "CNY", "美元成本": None},
                "how": {"表头人民币": "header", "单元格人民币": "cells", "未标币种": "guessed"}})


# --- no ship-date column -----------------------------------------------------------------------

def no_ship_date_column(folder: Path) -> Ledger:
    """A ledger with no ship-date (and no due-date) column at all."""
    rows = [["合同号", "客户", "下单日期", "金额", "付款方式", "已收金额", "收款日期"],
            ["QH-1", "Quiet Harbor SARL", d("2025-02-01"), 5_000, "OA 30 days", 5_000,
             d("2025-06-28")],
            ["QH-2", "Quiet Harbor SARL", d("2025-03-01"), 10_000, "OA 30 days", None, None]]
    path = write_xlsx(folder / "no_ship_date.xlsx", {"台账": rows})
    return Ledger((path,), (
        "The sheet has no ship-date column: QH-2's shipment is estimated at order date + the "
        "lead time (30 days, 2025-03-31), due 2025-04-30, so 59 days past due at the receipts "
        "date 2025-06-28, shown as estimated."),
        expect={"customer": "Quiet Harbor SARL", "open": {"QH-2": 10_000.0},
                "estimated_ship": {"QH-2": "2025-03-31"}})


BUILDERS = (wire_on_newest_row, wire_on_every_row, credit_note_negative_row,
            credit_note_typed_positive, credit_note_with_ref, cancelled_lines,
            corrected_without_order_numbers, cost_in_rmb, no_ship_date_column,
            bank_charges_wire_by_wire)
