"""fix54e (rv54b f5, f6, F3): a receipt whose payer buys nothing, booked to the customer it names.

rv54b kept a firm's one workbook 2025外贸台账.xlsx: a shipment book 出货明细 (a row per invoice
line) and a receipts book 收款登记 (日期, 付款人, 金额, 币种, 银行扣费, 对应发票, 备注), the
second imported with its payer as the customer. Each test writes the workbook with openpyxl,
imports its two tabs in turn (the import alone, as the 代付 tests do: the reference import
books every payment to its payer) and reads the account a user sees.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_lists_audit28 import at, by_name

from core.ledger.importer import import_files
from core.ledger.report import import_report

SHIP_HEAD = ["发票号", "合同号", "客户", "国家", "品名", "数量", "单价", "金额", "币种", "出货日期",
             "提单日期", "付款方式", "业务员", "备注"]
REC_HEAD = ["日期", "付款人", "金额", "币种", "银行扣费", "对应发票", "备注"]
REGISTER = {"customer": "付款人", "received_amount": "金额", "received_date": "日期",
            "ref": "对应发票"}
GULF = ("INV2501-99", "Gulf Star Hardware LLC", 5_000, "2025-01-03", "2025-01-06",
        "100% T/T before shipment")
GULF_PAID = ("2025-01-02", "Gulf Star Hardware LLC", 5_000, None, "INV2501-99", "货款")


def _day(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _book(path: Path, ships: list[tuple], receipts: list[tuple]) -> Path:
    """ships: (invoice, customer, amount, shipped, B/L, terms[, currency]); receipts: (day,
    payer, amount, charge, 对应发票, 备注[, currency]); USD where none is given."""
    rows = [[inv, f"HT-{n}", cust, "阿联酋", "五金工具", 100, amt / 100, amt, (*cur, "USD")[0],
             _day(ship), _day(bl), terms, "王芳", None]
            for n, (inv, cust, amt, ship, bl, terms, *cur) in enumerate(ships, 1)]
    paid = [[_day(on), payer, amt, (*cur, "USD")[0], charge, ref, note]
            for on, payer, amt, charge, ref, note, *cur in receipts]
    return write_xlsx(path, {"出货明细": [SHIP_HEAD, *rows], "收款登记": [REC_HEAD, *paid]})


def _import(tmp_path: Path, ships: list[tuple], receipts: list[tuple], month: int = 1,
            refmap: str = "ref") -> tuple[str, str]:
    """The workbook's shipment tab, then its receipts tab (对应发票 read as `refmap`): the
    receipts' import report, in English and in Chinese."""
    path = _book(tmp_path / f"m{month:02d}" / "2025外贸台账.xlsx", ships, receipts)
    db = tmp_path / "fast.sqlite"
    import_files(db, [path], sheet="出货明细",
                 overrides={"order_date": "出货日期", "ship_date": "提单日期"})
    mapping = {**{k: v for k, v in REGISTER.items() if k != "ref"}, refmap: "对应发票"}
    [result] = import_files(db, [path], sheet="收款登记", overrides=mapping)
    assert result.status == "imported"
    return import_report(result), in_chinese(lambda: import_report(result))


def _account(tmp_path: Path, name: str, as_of: date
             ) -> tuple[float, float, int, float, str | None] | None:
    """open, overdue, days overdue, credit on account, list; None: no such customer."""
    c = by_name(at(tmp_path / "fast.sqlite", as_of)).get(name)
    if c is None:
        return None
    return (round(c.open_amount, 2), round(c.overdue_amount, 2), c.max_days_overdue,
            round(c.credit_on_account, 2), c.list)


# --- f5. an agent pays, the buyer named in 对应发票 -------------------------------------------

KHARTOUM = ("INV2501-06", "Khartoum Star Trading", 8_430.8, "2025-01-19", "2025-01-23",
            "100% T/T before shipment")
HASSAN = ("2025-01-16", "Hassan Ali Mohamed", 8_415.8, 15, "Khartoum Star", "客户代理付款")


def test_an_agents_wire_naming_the_buyer_pays_the_buyer(tmp_path: Path):
    """Khartoum Star Trading's 8,430.80 (100 % T/T before shipment, shipped 01-19) is paid on
    01-16 by its agent Hassan Ali Mohamed, who buys nothing: 8,415.80 + 15 bank charge, 对应发票
    "Khartoum Star". At 04-30 Khartoum owes nothing and is on no list; Hassan is no customer;
    the report names the payment in both languages. Before: Khartoum 8,431 open, 97 days,
    black; Hassan 8,431 on account."""
    for refmap in ("ref", "order_no"):  # 对应发票 read as the app's reference, or as order no.
        where = tmp_path / refmap
        english, chinese = _import(where, [GULF, KHARTOUM], [GULF_PAID, HASSAN], refmap=refmap)
        assert _account(where, "Khartoum Star Trading", date(2025, 4, 30)) == (0, 0, 0, 0, None)
        assert _account(where, "Hassan Ali Mohamed", date(2025, 4, 30)) is None
        assert ("8,430.80 USD paid by Hassan Ali Mohamed, who buys nothing, naming Khartoum "
                "Star Trading («Khartoum Star»)") in english
        assert "not sold in any file" not in english
        assert "计为 Khartoum Star Trading 的货款（由 Hassan Ali Mohamed 代" in chinese


def test_an_agents_wire_naming_the_buyers_invoice_pays_it(tmp_path: Path):
    """The agent writes Khartoum's invoice INV2501-06 in 对应发票 (read as the app's reference,
    which paid_numbers does not weigh) and 8,000 only: Khartoum's money, 430.80 left open,
    named in the report. Before: 8,430.80 open, black; Hassan 8,000 on account."""
    wire = ("2025-01-16", "Hassan Ali Mohamed", 8_000, None, "INV2501-06", "客户代理付款")
    english, _ = _import(tmp_path, [GULF, KHARTOUM], [GULF_PAID, wire])
    assert _account(tmp_path, "Khartoum Star Trading", date(2025, 4, 30))[0] == 430.8
    assert _account(tmp_path, "Hassan Ali Mohamed", date(2025, 4, 30)) is None
    assert "paid by Hassan Ali Mohamed, who buys nothing, naming Khartoum Star Trading " \
           "(«INV2501-06»)" in english


def test_a_payer_who_buys_keeps_a_wire_naming_another(tmp_path: Path):
    """The nearest innocent case: Hassan Ali Mohamed buys in his own right (INV2501-07, 9,000,
    paid) and writes "Khartoum Star" beside a wire: his money stays his (paid_numbers weighs a
    buyer paying another's invoice), Khartoum 8,430.80 open and black as written."""
    hassan_sale = ("INV2501-07", "Hassan Ali Mohamed", 9_000, "2025-01-05", "2025-01-08",
                   "100% T/T before shipment")
    own = ("2025-01-04", "Hassan Ali Mohamed", 9_000, None, "INV2501-07", "货款")
    english, _ = _import(tmp_path, [GULF, KHARTOUM, hassan_sale], [GULF_PAID, own, HASSAN])
    assert _account(tmp_path, "Khartoum Star Trading", date(2025, 4, 30))[0] == 8_430.8
    assert _account(tmp_path, "Hassan Ali Mohamed", date(2025, 4, 30))[3] == 8_430.8
    assert "who buys nothing" not in english


def test_a_name_two_customers_begin_with_moves_nothing(tmp_path: Path):
    """"Khartoum Star" begins both Khartoum Star Trading and Khartoum Star Foods: the agent's
    wire names neither for sure and stays the agent's, Khartoum Star Trading still owing."""
    foods = ("INV2501-08", "Khartoum Star Foods", 4_000, "2025-01-20", "2025-01-24",
             "100% T/T before shipment")
    _import(tmp_path, [GULF, KHARTOUM, foods], [GULF_PAID, HASSAN])
    assert _account(tmp_path, "Hassan Ali Mohamed", date(2025, 4, 30))[3] == 8_430.8
    assert _account(tmp_path, "Khartoum Star Trading", date(2025, 4, 30))[0] == 8_430.8


# --- f6. a money-changer's one wire for two buyers --------------------------------------------

SAMARKAND = ("INV2505-11", "Samarkand Silk Road Trade", 6_357, "2025-05-12", "2025-05-19",
             "D/P at sight")
TASHKENT = ("INV2507-21", "Tashkent Bazaar LLC", 7_248.5, "2025-07-29", "2025-07-31",
            "D/P at sight")
ORIENT = ("2025-09-02", "ORIENT EXCHANGE FZE", 13_565.5, 40, "INV2507-21, INV2505-11",
          "代Tashkent Bazaar及Samarkand Silk Road付款")


def test_a_changers_wire_for_two_buyers_is_split_by_their_invoices(tmp_path: Path):
    """ORIENT EXCHANGE FZE wires 13,565.50 + 40 charge on 09-02 naming INV2507-21 (Tashkent,
    7,248.50 open) and INV2505-11 (Samarkand, 6,357 open): split by what each had open, both
    buyers paid and on no list at 09-30, the changer no customer, the split named in both
    languages; the note's two names no longer read as one name no customer has. Before:
    both black (40 and 113 days), ORIENT 13,606 on account."""
    for refmap in ("ref", "order_no"):
        where = tmp_path / refmap
        english, chinese = _import(where, [GULF, SAMARKAND, TASHKENT], [GULF_PAID, ORIENT],
                                   refmap=refmap)
        for buyer in ("Tashkent Bazaar LLC", "Samarkand Silk Road Trade"):
            assert _account(where, buyer, date(2025, 9, 30)) == (0, 0, 0, 0, None)
        assert _account(where, "ORIENT EXCHANGE FZE", date(2025, 9, 30)) is None
        assert ("13,605.50 USD paid by ORIENT EXCHANGE FZE, who buys nothing, for papers of "
                "several customers: split by what each had open: Tashkent Bazaar LLC "
                "(7,248.50 USD for INV2507-21), Samarkand Silk Road Trade (6,357.00 USD for "
                "INV2505-11)") in english
        assert "a name no customer has" not in english
        assert "按各单据未收金额分摊" in chinese


def test_a_changers_wire_naming_a_paid_invoice_is_not_split(tmp_path: Path):
    """The nearest innocent case: Samarkand's INV2505-11 was paid already (its own 6,357 on
    06-01): nothing of it is open, so the wire is not split and stays the changer's, as
    written; Tashkent still owes."""
    own = ("2025-06-01", "Samarkand Silk Road Trade", 6_357, None, "INV2505-11", "货款")
    english, _ = _import(tmp_path, [GULF, SAMARKAND, TASHKENT], [GULF_PAID, own, ORIENT])
    assert "split by what each had open" not in english
    assert _account(tmp_path, "Samarkand Silk Road Trade", date(2025, 9, 30))[0] == 0
    assert _account(tmp_path, "Tashkent Bazaar LLC", date(2025, 9, 30))[0] == 7_248.5


# --- F3. the bank's spelling of the buyer -----------------------------------------------------

BARAKA = ("INV2506-03", "Al Baraka General Trading", 18_000, "2025-06-04", "2025-06-12",
          "100% T/T before shipment")
BARAKA_PAID = ("2025-05-27", "AL BARAKA GENERAL TRADING LLC", 17_965, 35, "INV2506-03", "货款")
AUGUST = ("2025-08-31", "Gulf Star Hardware LLC", 100, None, None, "货款")


def test_the_banks_spelling_of_a_buyer_is_the_buyer_month_by_month(tmp_path: Path):
    """May's book holds the 17,965 + 35 prepayment under AL BARAKA GENERAL TRADING LLC, the
    invoice not shipped yet; August's book ships INV2506-03 (18,000) to Al Baraka General
    Trading. At 08-31 Al Baraka owes nothing, on no list; the LLC name is no customer; the
    report names the payer once. Before: Al Baraka 18,000 open, 80 days, black; the LLC
    18,000 on account."""
    _import(tmp_path, [GULF], [GULF_PAID, BARAKA_PAID], month=5)
    english, chinese = _import(tmp_path, [GULF, BARAKA], [GULF_PAID, BARAKA_PAID, AUGUST],
                               month=8)
    assert _account(tmp_path, "Al Baraka General Trading", date(2025, 8, 31)) == (
        0, 0, 0, 0, None)
    assert _account(tmp_path, "AL BARAKA GENERAL TRADING LLC", date(2025, 8, 31)) is None
    assert english.count("AL BARAKA GENERAL TRADING LLC, who buys nothing, is Al Baraka "
                         "General Trading written otherwise") == 1
    assert "是 Al Baraka General Trading 的另一种写法" in chinese


def test_a_payer_who_buys_under_its_own_name_is_never_folded(tmp_path: Path):
    """The nearest innocent case: AL BARAKA GENERAL TRADING LLC buys in its own right
    (INV2506-09, 5,000): two customers, never folded into one. Its 17,965 + 35 names Al
    Baraka General Trading's INV2506-03, open 18,000: said outright to be that invoice's, it
    pays it (acct55b, rv54d e4/e11: it was the LLC's, paying its 5,000 and 13,000 on account
    while Al Baraka owed 18,000, black), the LLC's own 5,000 left open; the pair named as
    likely one firm for the clerk to merge."""
    llc_sale = ("INV2506-09", "AL BARAKA GENERAL TRADING LLC", 5_000, "2025-06-05", "2025-06-10",
                "100% T/T before shipment")
    english, _ = _import(tmp_path, [GULF, BARAKA, llc_sale], [GULF_PAID, BARAKA_PAID, AUGUST],
                         month=8)
    assert "who buys nothing, is" not in english
    assert "likely one firm" in english
    assert _account(tmp_path, "Al Baraka General Trading", date(2025, 8, 31))[0] == 0
    assert _account(tmp_path, "AL BARAKA GENERAL TRADING LLC", date(2025, 8, 31))[:2] == (
        5_000, 5_000)


def test_another_company_form_is_another_firm(tmp_path: Path):
    """AL BARAKA GENERAL TRADING LTD (a Ltd, not the buyer's form-less name's LLC family)
    against a buyer written Al Baraka General Trading LLC, its wire naming no invoice: another
    firm, never folded."""
    llc = (*BARAKA[:1], "Al Baraka General Trading LLC", *BARAKA[2:])
    ltd = (BARAKA_PAID[0], "AL BARAKA GENERAL TRADING LTD", *BARAKA_PAID[2:4], None, "货款")
    english, _ = _import(tmp_path, [GULF, llc], [GULF_PAID, ltd, AUGUST], month=8)
    assert "written otherwise" not in english
    assert _account(tmp_path, "Al Baraka General Trading LLC", date(2025, 8, 31))[0] == 18_000
