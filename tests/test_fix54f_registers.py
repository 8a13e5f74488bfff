"""fix54f: a clerk's receipts register in the workbook beside the shipment book (rv54b).

rv54b's firm keeps one workbook: 出货明细 (a row per product line) and 收款登记 (日期, 付款人,
金额, 币种, 银行扣费, 对应发票, 备注: a row per bank credit), re-saved each month. Each test writes
it with openpyxl, imports it through both imports (tests.test_fast_import._same_import) and
reads the account a user sees.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.importer import import_files
from core.ledger.report import import_report

SHIP_HEAD = ["发票号", "合同号", "客户", "国家", "品名", "数量", "单价", "金额", "币种", "出货日期",
             "提单日期", "付款方式", "业务员", "备注"]
REC_HEAD = ["日期", "付款人", "金额", "币种", "银行扣费", "对应发票", "备注"]
GULF = ("INV2501-99", "HT25-099", "Gulf Star Hardware LLC", 5000, "2025-01-03", "2025-01-06",
        "100% T/T before shipment")
GULF_PAID = ("2025-01-02", "Gulf Star Hardware LLC", 5000, None, "INV2501-99", "货款")


def _day(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _book(path: Path, ships: list[tuple], recs: list[tuple], tab: str = "收款登记",
          head: list[str] = REC_HEAD) -> Path:
    """ships: (invoice, contract, customer, amount, shipped, B/L, terms); recs: (day, payer,
    amount, charge, 对应发票, 备注)."""
    out = [[inv, con, cust, "阿联酋", "五金工具", 100, round(amt / 100, 2), amt, "USD", _day(ship),
            _day(bl), terms, "王芳", None] for inv, con, cust, amt, ship, bl, terms in ships]
    paid = [[_day(on), payer, amt, "USD", charge, ref, note][:len(head)]
            for on, payer, amt, charge, ref, note in recs]
    return write_xlsx(path, {"出货明细": [SHIP_HEAD, *out], tab: [head, *paid]})


def _account(tmp_path: Path, name: str, as_of: date) -> tuple[float, float, str | None, float,
                                                              float]:
    """open, overdue, list, revenue (12 months), credit on account."""
    c = by_name(at(tmp_path / "fast.sqlite", as_of))[name]
    return (round(c.open_amount, 2), round(c.overdue_amount, 2), c.list,
            round(c.revenue_12m, 2), round(c.credit_on_account, 2))


# --- f10. the register read as orders ---------------------------------------------------------

MOSCOW = "Moscow Prazdnik OOO"
MOSCOW_SALE = ("INV2501-03", "HT25-110", MOSCOW, 8000, "2025-01-08", "2025-01-15",
               "T/T 30% deposit + 70% against B/L copy")
MOSCOW_PAID = [("2025-01-03", MOSCOW, 2400, None, "HT25-110定金", "30%定金"),
               ("2025-01-25", MOSCOW, 5570, 30, "INV2501-03", "70%尾款")]


def test_a_receipts_register_in_the_workbook_is_read_as_money_not_orders(tmp_path: Path):
    """The whole workbook imported as it is, then (a second firm) with customer=付款人 as the
    note once asked: Moscow sold 8,000 (30% 2,400 on 01-03, 70% 5,570 + 30 charge on 01-25).
    Hand count at 03-31: revenue 8,000, nothing open, on no list; the report says the tab is
    a sheet of payments, in both languages. Before: passed over for "no customer column", and
    mapped, its rows read as orders: revenue 15,970, 15,970 open, the confirm list."""
    for run, options in (("bare", {}), ("mapped", {"overrides": {"customer": "付款人"}})):
        path = _book(tmp_path / run / "2025外贸台账.xlsx", [GULF, MOSCOW_SALE],
                     [GULF_PAID, *MOSCOW_PAID])
        [result] = _same_import(tmp_path / run, [path], **options)  # type: ignore[arg-type]
        assert _account(tmp_path / run, MOSCOW, date(2025, 3, 31)) == (0, 0, None, 8000, 0)
        assert ("Sheet “收款登记” is a sheet of payments: its 3 rows were read as money received"
                in import_report(result)) and "Order no. ← 对应发票" in import_report(result)
        assert "工作表“收款登记”是收款表：其中 3 行已作为所列客户的收款读入" in in_chinese(
            partial(import_report, result))


def test_a_sheet_with_a_payer_and_no_register_word_is_read_as_before(tmp_path: Path):
    """The nearest innocent sheets stay as they were: a tab 4月 (日期, 付款人, 金额, 币种, 备注: no
    register's name, no bank charge) is still refused for its customer column; a 收款登记 that
    lists products (品名, 数量) is a sale's sheet and is not read as money."""
    head = ["日期", "付款人", "金额", "币种", "备注"]
    path = _book(tmp_path / "a" / "book.xlsx", [GULF], [(*GULF_PAID[:3], None, None, "货款")],
                 tab="4月", head=head)
    [result] = _same_import(tmp_path / "a", [path])
    assert "4月" in import_report(result) and "Customer (customer)" in import_report(result)
    assert _account(tmp_path / "a", "Gulf Star Hardware LLC", date(2025, 3, 31))[0] == 5000
    sold = ["日期", "付款人", "品名", "数量", "金额", "银行扣费"]
    path = write_xlsx(tmp_path / "b" / "book.xlsx", {"收款登记": [
        sold, [datetime(2025, 1, 3), "Gulf Star Hardware LLC", "五金工具", 10, 5000, None]]})
    [result] = _same_import(tmp_path / "b", [path])
    assert "sheet of payments" not in import_report(result)


# --- f8. the buyer's name in 对应发票 -----------------------------------------------------------

LUANDA = "Luanda Comercial Lda"
REGISTER_AS_ORDERS = {"customer": "付款人", "received_amount": "金额", "received_date": "日期",
                      "order_no": "对应发票"}  # rv54b's mode D: 对应发票 the order number


def _register_months(tmp_path: Path, *books: tuple[list[tuple], list[tuple]]) -> list[str]:
    """Each month's workbook at one path: 出货明细 imported, then 收款登记 with its columns
    mapped in the first month (remembered after); the registers' reports. The import alone:
    a payment's number read as what it says is its own (paid_numbers, as acct52h's tests)."""
    path, said, db = tmp_path / "2025外贸台账.xlsx", [], tmp_path / "fast.sqlite"
    for month, (ships, recs) in enumerate(books):
        _book(path, ships, recs)
        import_files(db, [path], sheet="出货明细")
        options = {} if month else {"overrides": REGISTER_AS_ORDERS}
        [result] = import_files(db, [path], sheet="收款登记", **options)  # type: ignore[arg-type]
        said.append(import_report(result))
    return said


def test_a_register_naming_the_buyer_where_the_invoice_goes_names_no_order(tmp_path: Path):
    """Luanda wires 6,160 + 35 charge on 01-28, 对应发票 "Luanda Comercial Lda"; its 6,195
    shipment (INV2502-01, 100% T/T before shipment) is in February's book. January's and
    April's files imported in turn; hand count at 04-30: nothing open, nothing on account, on
    no list, no order "Luanda Comercial Lda" said unsold. Before: 6,195 overdue 78 days beside
    6,195 credit, black; "money received for order Luanda Comercial Lda"."""
    sale = ("INV2502-01", "HT25-109", LUANDA, 6195, "2025-02-03", "2025-02-11",
            "100% T/T before shipment")
    recs = [GULF_PAID, ("2025-01-28", LUANDA, 6160, 35, LUANDA, "货款"),
            ("2025-04-30", "Gulf Star Hardware LLC", 100, None, None, "货款")]
    said = _register_months(tmp_path, ([GULF], recs[:2]), ([GULF, sale], recs))
    assert _account(tmp_path, LUANDA, date(2025, 4, 30)) == (0, 0, None, 6195, 0)
    assert not any(LUANDA in text and "not sold" in text for text in said)


def test_a_real_number_or_another_word_stays_an_order_number():
    """The nearest innocent cells: an order number (INV2502-01, "PO 1001", HT25-110定金) names
    no customer, and stays the order the money is for."""
    from core.ledger.buyer_numbers import names_buyer
    known = {"luanda comercial lda": LUANDA}
    assert names_buyer(LUANDA, LUANDA, {}) and names_buyer("LUANDA COMERCIAL LDA", "X", known)
    assert not any(names_buyer(number, LUANDA, known)
                   for number in ("INV2502-01", "PO 1001", "HT25-110定金", "HT25-110 定金"))


# --- f7. a prepayment booked before its invoice is in the shipment book -----------------------

BARAKA, BANK_SPELLING = "Al Baraka General Trading", "AL BARAKA GENERAL TRADING LLC"
BARAKA_SALE = ("INV2506-03", "HT25-108", BARAKA, 18000, "2025-06-04", "2025-06-12",
               "100% T/T before shipment")


def _two_months(tmp_path: Path, prepaid: tuple) -> tuple[dict[str, tuple], list[str]]:
    """May's book (the prepayment `prepaid` registered, no sale yet), then August's (the sale
    in 出货明细): accounts at 08-31 by name, and August's shipment import's report (en, zh)."""
    may = [GULF_PAID, prepaid]
    august = [*may, ("2025-08-31", "Gulf Star Hardware LLC", 100, None, None, "货款")]
    path, db = tmp_path / "2025外贸台账.xlsx", tmp_path / "fast.sqlite"
    _register_months(tmp_path, ([GULF], may))
    _book(path, [GULF, BARAKA_SALE], august)
    [shipped] = import_files(db, [path], sheet="出货明细")
    import_files(db, [path], sheet="收款登记")
    accounts = {c.customer: (round(c.open_amount, 2), c.list, round(c.credit_on_account, 2))
                for c in at(db, date(2025, 8, 31)).customers}
    return accounts, [import_report(shipped), in_chinese(partial(import_report, shipped))]


def test_a_prepayment_is_placed_on_its_invoice_when_a_later_file_sells_it(tmp_path: Path):
    """AL BARAKA GENERAL TRADING LLC (the bank's spelling) wires 17,965 + 35 on 05-27 naming
    INV2506-03; August's book sells INV2506-03 (18,000, 100% T/T before shipment) to Al Baraka
    General Trading. May's then August's file, month by month; hand count at 08-31: Al Baraka
    paid in advance, nothing open, on no list; no payer left holding the money; the shipment
    import says so in both languages. Before: 18,000 open 80 days, black; the payer 18,000
    credit (rv54b: 57,370 open, black, in December)."""
    accounts, said = _two_months(tmp_path, ("2025-05-27", BANK_SPELLING, 17965, 35, "INV2506-03",
                                            "货款"))
    assert accounts[BARAKA] == (0, None, 0) and BANK_SPELLING not in accounts
    assert (f"18,000.00 USD received from {BANK_SPELLING} for INV2506-03, which no file sold "
            f"when it came, is now counted as {BARAKA}'s money") in said[0]
    assert f"从 {BANK_SPELLING} 收到的 18,000.00 USD，付的是 INV2506-03" in said[1]


def test_money_of_another_sum_stays_held_and_the_buyer_owes(tmp_path: Path):
    """The nearest innocent case: a payer of another name wiring 5,000 for INV2506-03 (a sum
    the 18,000 sale is not open for) is not placed: Al Baraka owes its 18,000 (a true debtor,
    black as before), the payer holds its 5,000, nothing is said."""
    accounts, said = _two_months(tmp_path, ("2025-05-27", "Orient Exchange FZE", 5000, None,
                                            "INV2506-03", "货款"))
    assert accounts[BARAKA] == (18000, "black", 0)
    assert accounts["Orient Exchange FZE"][2] == 5000
    assert "no file sold when it came" not in said[0]
