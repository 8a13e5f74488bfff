"""acct52h: money naming an invoice number, another customer's invoice, or an order not sold yet.

rv52b kept a Ningbo auto-parts exporter's year as the ERP's monthly order export (合同号 =
order no., 发票号 = invoice no.) and the finance clerk's 收款登记 (到账日期, 付款单位, 收款金额,
币种, 银行扣费, 发票号, 备注), imported month by month. Each test writes both with openpyxl,
imports them in turn through both imports (tests.test_fast_import._same_import; the import
alone where a payment is booked to another customer than its payer, as the 代付 tests do) and
reads the account.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.importer import import_files
from core.ledger.preview import preview_file
from core.ledger.report import import_report
from core.store import connect

ERP_HEAD = ["合同号", "发票号", "客户编码", "客户名称", "国家", "订单日期", "出运日期",
            "产品名称", "数量", "单价", "金额", "币种", "付款方式", "状态"]
REG_HEAD = ["序号", "到账日期", "付款单位", "收款金额", "币种", "银行扣费", "发票号", "备注"]
PAYER = {"customer": "付款单位"}  # the register's payer read as the customer, as rv52b's clerk


def _erp(path: Path, *rows: tuple) -> Path:
    """rows: (合同号, 发票号, code, customer, ordered, shipped or None, amount, terms)."""
    out = [[no, inv, code, cust, "Chile", date.fromisoformat(od),
            date.fromisoformat(sd) if sd else None, "刹车片 Brake pad", 1000, amt / 1000, amt,
            "USD", terms, "正常"] for no, inv, code, cust, od, sd, amt, terms in rows]
    return write_xlsx(path, {"销售出运明细": [ERP_HEAD, *out]})


def _register(path: Path, *rows: tuple) -> Path:
    """rows: (date, payer, net, charge, 发票号, 备注)."""
    out = [[i, date.fromisoformat(on), payer, net, "USD", charge, number, note]
           for i, (on, payer, net, charge, number, note) in enumerate(rows, 1)]
    return write_xlsx(path, {"收款登记": [["2025年收款登记"], REG_HEAD, *out]})


def _months(tmp_path: Path, *files: tuple[Path, bool]) -> list[str]:
    """Each file imported in turn by both imports (a register with its payer as the customer):
    their reports."""
    reports = []
    for path, register in files:
        [result] = _same_import(tmp_path, [path], **({"overrides": PAYER} if register else {}))
        assert result.status == "imported"
        reports.append(import_report(result))
    return reports


def _account(tmp_path: Path, name: str, as_of: date) -> tuple[float, float, int, float, float,
                                                              str | None]:
    """open, overdue, days overdue, credit on account, deposits held, list."""
    c = by_name(at(tmp_path / "fast.sqlite", as_of))[name]
    return (round(c.open_amount, 2), round(c.overdue_amount, 2), c.max_days_overdue,
            round(c.credit_on_account, 2), round(c.deposits_held, 2), c.list)


# --- f1. the register's 发票号 names the invoice, not the order --------------------------------

def test_a_payment_naming_the_invoice_number_pays_it_and_says_nothing_false(tmp_path: Path):
    """January's export sells HX-1 (invoice HXI-1, 10,000 O/A 30, shipped 01-10, due 02-09);
    February's register: 9,975 + 25 bank charge on 02-09 naming HXI-1. Hand count at 05-31:
    nothing open, nothing held or on account, on no list; the import says nothing of an order
    sold nowhere. Before: "money received for order HXI-1, which is not sold in any file
    imported so far", false (176 of rv52b's year's 255 such notes)."""
    santiago = "Santiago Frenos Ltda"
    reports = _months(
        tmp_path,
        (_erp(tmp_path / "erp01.xlsx", ("HX-1", "HXI-1", "C1", santiago, "2025-01-02",
                                        "2025-01-10", 10_000, "O/A 30 days")), False),
        (_register(tmp_path / "reg02.xlsx", ("2025-02-09", santiago, 9_975, 25, "HXI-1", None)),
         True))
    assert "not sold in any file" not in reports[1]
    assert _account(tmp_path, santiago, date(2025, 5, 31)) == (0, 0, 0, 0, 0, None)


def test_a_number_no_sale_has_either_way_is_still_named(tmp_path: Path):
    """The register's HXI-9 is neither an order nor an invoice number of the buyer's: still
    named as money for an order no file sells, in both languages."""
    santiago = "Santiago Frenos Ltda"
    erp = _erp(tmp_path / "erp01.xlsx", ("HX-1", "HXI-1", "C1", santiago, "2025-01-02",
                                         "2025-01-10", 10_000, "O/A 30 days"))
    reg = _register(tmp_path / "reg02.xlsx", ("2025-02-09", santiago, 9_975, 25, "HXI-9", None))
    _months(tmp_path, (erp, False))
    [result] = _same_import(tmp_path, [reg], overrides=PAYER)
    assert "money received for order HXI-9, which is not sold" in import_report(result)
    assert "订单 HXI-9 的收款" in in_chinese(lambda: import_report(result))


def test_one_wire_naming_three_invoices_pays_them(tmp_path: Path):
    """Perth's register books one wire of 30,000 naming "HXI-1/HXI-2/HXI-3" (10,000 each, O/A
    30, shipped 01-10, due 02-09): it pays the three, is held for no order and no note says
    an order is sold nowhere. Read whole (rv52b, Perth Auto Parts' 203,166), it was held for
    an order no file sells while the three stood overdue."""
    perth = "Perth Auto Parts Pty Ltd"
    rows = [(f"HX-{n}", f"HXI-{n}", "C41", perth, "2025-01-02", "2025-01-10", 10_000,
             "O/A 30 days") for n in (1, 2, 3)]
    reports = _months(
        tmp_path, (_erp(tmp_path / "erp01.xlsx", *rows), False),
        (_register(tmp_path / "reg02.xlsx", ("2025-02-09", perth, 30_000, None,
                                             "HXI-1/HXI-2/HXI-3", None)), True))
    assert "not sold in any file" not in reports[1]
    assert _account(tmp_path, perth, date(2025, 3, 31)) == (0, 0, 0, 0, 0, None)


# --- f2. a deposit on a PI no export sells yet ------------------------------------------------

REPUESTOS = "Repuestos Andes SpA"
HX1 = ("HX-1", "HXI-1", "C7", REPUESTOS, "2025-01-02", "2025-01-10", 10_000, "O/A 30 days")


def test_a_deposit_on_an_order_not_exported_yet_is_held_for_it(tmp_path: Path):
    """HX-1 (10,000, due 02-09) unpaid; April's register books 3,000 "30%定金" on PI HX-2 of
    04-10, an order no export sells yet. A deposit on a number no file sells is held for it
    (core.analysis.advances.held_for_number, rv54b f9): HX-1 stays 10,000 open and overdue,
    3,000 held, none on account, the row named held in both languages. Before (rv52d, taken
    back for buyers paying an invoice under their own PO number, money saying no deposit,
    which still pays the oldest: see the fix54m tests) it paid HX-1: 7,000 open."""
    reports = _months(
        tmp_path, (_erp(tmp_path / "erp01.xlsx", HX1), False),
        (_register(tmp_path / "reg04.xlsx", ("2025-04-10", REPUESTOS, 3_000, None, "HX-2",
                                             "30%定金")), True))
    assert "a deposit held for HX-2, which no file sells yet" in reports[1]
    assert "money received for order HX-2" not in reports[1]
    assert _account(tmp_path, REPUESTOS, date(2025, 4, 30))[:5] == (10_000, 10_000, 60, 0,
                                                                      3_000)


def test_the_deposit_joins_its_order_once_exported(tmp_path: Path):
    """Then May's export sells HX-2 (10,000 on 30% deposit, balance against B/L copy, ordered
    04-08, shipping 06-20): at 05-31 the 3,000 is HX-2's deposit, held for it, HX-1's 10,000
    still open and overdue (60 days at the receipts date, 04-10), none on account; the
    import no longer names HX-2.
    Before: the register's row, money alone on the order, was read as shipped and paid HX-1
    (7,000 open), HX-2 holding nothing, as on main when the export came first."""
    reports = _months(
        tmp_path, (_erp(tmp_path / "erp01.xlsx", HX1), False),
        (_register(tmp_path / "reg04.xlsx", ("2025-04-10", REPUESTOS, 3_000, None, "HX-2",
                                             "30%定金")), True),
        (_erp(tmp_path / "erp05.xlsx", ("HX-2", "HXI-2", "C7", REPUESTOS, "2025-04-08",
                                        "2025-06-20", 10_000,
                                        "30% deposit, balance against B/L copy")), False))
    assert "HX-2" not in reports[2]
    c = by_name(at(tmp_path / "fast.sqlite", date(2025, 5, 31)))[REPUESTOS]
    held = {r.order_no: round(r.deposit, 2) for r in c.receivables}
    assert held == {"HX-1": 0, "HX-2": 3_000}
    assert _account(tmp_path, REPUESTOS, date(2025, 5, 31))[:5] == (10_000, 10_000, 60, 0,
                                                                     3_000)


# --- f3. a parent pays its subsidiary's invoice -----------------------------------------------

MEYER = "Meyer Autoteile"
HOLDING = "MEYER HOLDING AG"
HXI1 = ("HX-1", "HXI-1", "C0002", MEYER, "2025-07-30", "2025-09-11", 11_661, "O/A 60 days")


def _fast(tmp_path: Path, *files: tuple[Path, bool]) -> list[str]:
    """Each file imported in turn (the import; the reference import books no payment to
    another customer than its payer's, 代付 or numbered): their reports, en and zh_CN."""
    reports = []
    for path, register in files:
        [result] = import_files(tmp_path / "fast.sqlite", [path],
                                **({"overrides": PAYER} if register else {}))
        assert result.status == "imported"
        reports.append((import_report(result), in_chinese(partial(import_report, result))))
    return reports


def _names(tmp_path: Path) -> set[str]:
    with connect(tmp_path / "fast.sqlite") as conn:
        return {name for (name,) in conn.execute("SELECT name FROM customers")}


def test_a_parent_paying_its_subsidiarys_invoice_pays_it(tmp_path: Path):
    """September's export sells HX-1 (invoice HXI-1, 11,661, O/A 60, shipped 09-11, due
    11-10) to Meyer Autoteile; November's register: 11,636 + 25 charge of 11-15 from MEYER
    HOLDING AG naming HXI-1 in 发票号 and 备注. Hand count at 12-31: Meyer nothing open, on no
    list; no customer MEYER HOLDING AG, no credit anywhere; the import names the payment once,
    in both languages. Before: HXI-1 open 11,661 (watch, black by ~01-09), MEYER HOLDING AG a
    customer with 11,636 on account, nothing said."""
    reports = _fast(
        tmp_path, (_erp(tmp_path / "erp09.xlsx", HXI1), False),
        (_register(tmp_path / "reg11.xlsx", ("2025-11-15", HOLDING, 11_636, 25, "HXI-1",
                                             "HXI-1")), True))
    en, zh = reports[1]
    # 11,636 and its 25 charge (acct52g)
    assert en.count("11,661.00 USD paid by MEYER HOLDING AG for HXI-1 of Meyer Autoteile") == 1
    assert "counted as Meyer Autoteile's money" in en
    assert "MEYER HOLDING AG 支付的 11,661.00 USD，付的是 Meyer Autoteile 的 HXI-1" in zh
    assert "算作 Meyer Autoteile 的货款" in zh
    assert _names(tmp_path) == {MEYER}
    assert _account(tmp_path, MEYER, date(2025, 12, 31)) == (0, 0, 0, 0, 0, None)
    assert _account(tmp_path, MEYER, date(2026, 1, 31))[5] is None  # never black


def test_a_payer_paying_its_own_number_keeps_it(tmp_path: Path):
    """Both buyers bought a number HX-1 (another's order): MEYER HOLDING AG's payment naming it
    is its own, not Meyer's, which stays open; nothing said of a payment made for another."""
    reports = _fast(
        tmp_path, (_erp(tmp_path / "erp09.xlsx", HXI1, ("HX-1", "HXI-9", "C0009", HOLDING,
                                                         "2025-07-30", "2025-09-11", 11_661,
                                                         "O/A 60 days")), False),
        (_register(tmp_path / "reg11.xlsx", ("2025-11-15", HOLDING, 11_636, 25, "HX-1",
                                             None)), True))
    assert "paid by MEYER HOLDING AG for" not in reports[1][0]
    assert _account(tmp_path, MEYER, date(2025, 12, 31))[0] == 11_661


def test_no_money_moves_on_a_number_two_buyers_share_or_on_another_sum(tmp_path: Path):
    """HXI-1 is Meyer's invoice and another buyer's order number: the parent's payment naming
    it moves to no one. A payment of 5,000 naming Meyer's HXI-1 alone (open 11,661) does not
    move either: both stay the payer's, as read."""
    other = ("HXI-1", "INV-77", "C0077", "Porto Pecas Lda", "2025-07-01", "2025-08-01", 4_000,
             "O/A 60 days")
    reports = _fast(
        tmp_path, (_erp(tmp_path / "erp09.xlsx", HXI1, other), False),
        (_register(tmp_path / "reg11.xlsx", ("2025-11-15", HOLDING, 11_636, 25, "HXI-1",
                                             None)), True))
    assert "paid by MEYER HOLDING AG" not in reports[1][0]
    assert HOLDING in _names(tmp_path)
    first = tmp_path / "one"
    first.mkdir()
    reports = _fast(
        first, (_erp(first / "erp09.xlsx", HXI1), False),
        (_register(first / "reg11.xlsx", ("2025-11-15", HOLDING, 5_000, None, "HXI-1", None)),
         True))
    assert "paid by MEYER HOLDING AG" not in reports[1][0]
    assert _account(first, MEYER, date(2025, 12, 31))[0] == 11_661


def test_the_preview_says_what_the_import_says(tmp_path: Path):
    """The import dialog's preview (core.ledger.preview) names the parent's payment as the
    import will, from the same source (paid_numbers.for_numbers)."""
    _fast(tmp_path, (_erp(tmp_path / "erp09.xlsx", HXI1), False))
    register = _register(tmp_path / "reg11.xlsx", ("2025-11-15", HOLDING, 11_636, 25, "HXI-1",
                                                   None))
    with connect(tmp_path / "fast.sqlite") as conn:
        [sheet] = preview_file(conn, register, overrides=PAYER).sheets
    assert [n.code for n in sheet.notes].count("paid_for_number") == 1


def test_the_buyers_name_written_otherwise_is_said_as_such(tmp_path: Path):
    """The register writes the buyer as the bank does, VAN DIJK ONDERDELEN BV, beside its
    invoice HXI25-0005 of Van Dijk Onderdelen B.V. (13,309.50 open): the buyer's money, said as
    its name written otherwise, not as a payment made for it; no second customer. Before (rv52b):
    a customer VAN DIJK ONDERDELEN BV holding it on account, the invoice open."""
    van_dijk = "Van Dijk Onderdelen B.V."
    reports = _fast(
        tmp_path, (_erp(tmp_path / "erp03.xlsx", ("HX25-0005", "HXI25-0005", "C0031", van_dijk,
                                                  "2025-02-03", "2025-03-01", 13_309.5,
                                                  "O/A 30 days")), False),
        (_register(tmp_path / "reg04.xlsx", ("2025-03-31", "VAN DIJK ONDERDELEN BV", 13_309.5,
                                             None, "HXI25-0005", None)), True))
    en, zh = reports[1]
    assert "paid by VAN DIJK ONDERDELEN BV for HXI25-0005 of Van Dijk Onderdelen B.V., the " \
           "same name written otherwise" in en and "代付" not in en
    assert "同一名称的不同写法" in zh
    assert _names(tmp_path) == {van_dijk}
    assert _account(tmp_path, van_dijk, date(2025, 4, 30))[:4] == (0, 0, 0, 0)
