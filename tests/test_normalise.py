"""Cells as real ledgers hold them -> values: names, headers, text, amounts, dates, flags."""

from __future__ import annotations

import math
from datetime import date, datetime, time

import pytest
from openpyxl.utils.datetime import from_excel

from core.ledger.normalise import (
    cell_text,
    customer_key,
    fold,
    fold_header,
    infer_date_order,
    parse_amount,
    parse_currency,
    parse_date,
    parse_flag,
    parse_number,
    parse_status,
)

# --- names and headers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ABC Trading", "abc trading"),
        ("  ABC   Trading  ", "abc trading"),
        ("ＡＢＣ　Ｔｒａｄｉｎｇ", "abc trading"),  # full-width letters and U+3000
        ("ABC\u00a0Trading", "abc trading"),  # NBSP
        ("ABC\t\nTrading", "abc trading"),
        ("ABC\u200bTrading", "abctrading"),  # zero-width space vanishes
        ("ABC Co., Ltd.", "abc co., ltd."),  # punctuation is kept
        ("客户　名称", "客户 名称"),
        ("Straße", "strasse"),
        ("", ""),
    ],
)
def test_fold(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Order No.", "orderno"),
        ("order_no", "orderno"),
        ("ORDER-NO", "orderno"),
        ("ｏｒｄｅｒ ｎｏ", "orderno"),
        ("金额(USD)", "金额usd"),
        ("金额（ＵＳＤ）", "金额usd"),
        (" 客户 名称：", "客户名称"),
        ("PI号#", "pi号"),
        ("Amount ($)", "amount"),
    ],
)
def test_fold_header(text, expected):
    assert fold_header(text) == expected


def test_customer_key_ignores_only_typing_differences():
    assert customer_key("ＡＢＣ  Co.,\u3000Ltd.") == customer_key("abc co., ltd.")
    assert customer_key("ABC Co., Ltd.") != customer_key("ABC Company Limited")
    assert customer_key("ABC Co., Ltd.") != customer_key("ABC Co Ltd")


# --- display text ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("   ", None),
        ("\u3000", None),
        ("  PO  123 ", "PO 123"),
        ("ＡＢＣ  Ltd", "ＡＢＣ Ltd"),  # width and case kept for display
        ("00123", "00123"),
        (12346.0, "12346"),
        (1e20, "100000000000000000000"),
        (-5.0, "-5"),
        (0.1, "0.1"),
        (1234.56, "1234.56"),
        (12, "12"),
        (True, "TRUE"),
        (float("nan"), None),
        (date(2025, 10, 3), "2025-10-03"),
        (datetime(2025, 10, 3), "2025-10-03"),
        (datetime(2025, 10, 3, 14, 22), "2025-10-03 14:22:00"),
        (time(14, 22), "14:22:00"),
    ],
)
def test_cell_text(value, expected):
    assert cell_text(value) == expected


# --- amounts and currencies --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("$125,400.00", (125400.0, "USD")),
        ("US$ 1,200", (1200.0, "USD")),
        ("USD 5,000.50", (5000.5, "USD")),
        ("5,000 USD", (5000.0, "USD")),
        ("64,000", (64000.0, None)),
        ("€21,500.00", (21500.0, "EUR")),
        ("21.500,00 €", (21500.0, "EUR")),
        ("1.234.567,89", (1234567.89, None)),
        ("1 234,56", (1234.56, None)),
        ("12,5", (12.5, None)),
        ("12,50", (12.5, None)),
        ("1.234", (1.234, None)),  # a lone dot is a decimal point
        ("1,234", (1234.0, None)),  # a lone comma before three digits groups thousands
        ("1.234.567", (1234567.0, None)),
        ("¥8,800", (8800.0, "CNY")),
        ("￥8,800", (8800.0, "CNY")),
        ("RMB 3,000", (3000.0, "CNY")),
        ("3,000元", (3000.0, "CNY")),
        ("人民币 3000", (3000.0, "CNY")),
        ("JPY 1,000", (1000.0, "JPY")),
        ("1000円", (1000.0, "JPY")),
        ("1000日元", (1000.0, "JPY")),
        ("HK$ 2,000", (2000.0, "HKD")),
        ("A$500", (500.0, "AUD")),
        ("C$ 750", (750.0, "CAD")),
        ("£99.50", (99.5, "GBP")),
        ("(1,200.00)", (-1200.0, None)),
        ("($1,200)", (-1200.0, "USD")),
        ("-1,200", (-1200.0, None)),
        ("-$1,200", (-1200.0, "USD")),
        ("1,200-", (-1200.0, None)),
        ("１２３", (123.0, None)),
        ("１，２３４．５", (1234.5, None)),
        ("1.2万", (12000.0, None)),
        ("1.15万", (11500.0, None)),
        ("3万美元", (30000.0, "USD")),
        ("2亿", (200000000.0, None)),
        ("1 234 567.89", (1234567.89, None)),
        ("1'234.50 CHF", (1234.5, "CHF")),
        ("1200 (USD)", (1200.0, "USD")),
        ("美元 USD 100", (100.0, "USD")),
        ("5000 XYZ", (None, None)),  # no currency: unreadable, not 5,000 of "XYZ" (pay35a)
        ("5000 KES", (5000.0, "KES")),
        ("US$5,000", (5000.0, "USD")),
        ("USD$ 5,000", (5000.0, "USD")),
        ("5,000美金", (5000.0, "USD")),
        ("EUR€3,000", (3000.0, "EUR")),
        ("3000欧元", (3000.0, "EUR")),
        ("HKD$ 2,000", (2000.0, "HKD")),  # a dollar code beside $ (cur35b)
        ("2000港币", (2000.0, "HKD")),
        ("JPY¥1,000", (1000.0, "JPY")),
        ("5000 PCS", (None, None)),  # a count, no money
        ("5000 CTN", (None, None)),
        ("5000 SET", (None, None)),
        ("EUR$ 100", (None, None)),  # $ is no euro sign
        ("42", (42.0, None)),
        ("-3.5", (-3.5, None)),
        (".5", (0.5, None)),
    ],
)
def test_parse_amount_text(value, expected):
    assert parse_amount(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "n/a",
        "待定",
        "#N/A",
        "-",
        "",
        "  ",
        "USD",
        "2025-10-03",
        "2025.10.03",
        "1,2345",
        "1,234,56",
        "1200 - 1500",
        "(1200",
        "30%",
        "about 5000",
        "$100 €",
        "--100",
        None,
        True,
        False,
        float("nan"),
        float("inf"),
        date(2025, 1, 1),
    ],
)
def test_parse_amount_garbage(value):
    assert parse_amount(value) == (None, None)


def test_parse_amount_numbers_pass_through():
    assert parse_amount(125400) == (125400.0, None)
    assert parse_amount(125400.5) == (125400.5, None)
    assert parse_amount(0.1 + 0.2) == (0.1 + 0.2, None)  # not rounded
    assert isinstance(parse_amount(7)[0], float)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("USD", "USD"),
        ("usd", "USD"),
        ("ＵＳＤ", "USD"),
        (" U S D ", "USD"),
        ("US$", "USD"),
        ("$", "USD"),
        ("美元", "USD"),
        ("美金", "USD"),
        ("美圆", "USD"),  # the formal spelling (rv49a: read as no currency, 8,372 black)
        ("日圆", "JPY"),
        ("US Dollar", "USD"),
        ("USD(美元)", "USD"),
        ("EUR", "EUR"),
        ("€", "EUR"),
        ("欧元", "EUR"),
        ("CNY", "CNY"),
        ("RMB", "CNY"),
        ("¥", "CNY"),
        ("￥", "CNY"),
        ("人民币", "CNY"),
        ("GBP", "GBP"),
        ("£", "GBP"),
        ("英镑", "GBP"),
        ("JPY", "JPY"),
        ("日元", "JPY"),
        ("HKD", "HKD"),
        ("港币", "HKD"),
        ("港元", "HKD"),
        ("AUD", "AUD"),
        ("澳元", "AUD"),
        ("CAD", "CAD"),
        ("加元", "CAD"),
        ("SGD", "SGD"),
        ("AED", "AED"),
        ("迪拉姆", "AED"),
        ("SAR", "SAR"),
        ("RUB", "RUB"),
        ("卢布", "RUB"),
        ("INR", "INR"),
        ("BRL", "BRL"),
        ("MXN", "MXN"),
        ("KRW", "KRW"),
        ("韩元", "KRW"),
        ("THB", "THB"),
        ("VND", "VND"),
        ("IDR", "IDR"),
        ("MYR", "MYR"),
        ("php", "PHP"),
        ("TRY", "TRY"),
        ("ZAR", "ZAR"),
        ("NZD", "NZD"),
        ("CHF", "CHF"),
        ("元", "CNY"),
        ("USD$", "USD"),
        ("EUR€", "EUR"),
        ("HK$", "HKD"),
        ("HKD$", "HKD"),  # a dollar code beside $ is that dollar (cur35b)
        ("AUD $", "AUD"),
        ("JPY¥", "JPY"),
        ("RMB￥", "CNY"),
        ("EUR$", None),
        ("xyz", "XYZ"),  # a cell's code the firm typed is its own (fix35a; in a note: none)
        ("kes", "KES"),  # a rare real code is one
        ("abcd", None),
        ("美", None),
        ("", None),
        ("12", None),
        (None, None),
        (840, None),
    ],
)
def test_parse_currency(value, expected):
    assert parse_currency(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("30%", 30.0),
        ("12.5 %", 12.5),
        ("1,200", 1200.0),
        ("1000pcs", 1000.0),
        ("500 件", 500.0),
        ("USD 2.35", 2.35),
        ("$2.35/pc", 2.35),
        ("2.35 USD/pc", 2.35),
        ("1.5万", 15000.0),
        ("(3)", -3.0),
        (7, 7.0),
        (2.5, 2.5),
        ("n/a", None),
        ("", None),
        (None, None),
        (True, None),
        ("2025-10-03", None),
    ],
)
def test_parse_number(value, expected):
    assert parse_number(value) == expected


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2025, 10, 3, 14, 22), date(2025, 10, 3)),
        (date(2025, 10, 3), date(2025, 10, 3)),
        ("2025-10-03", date(2025, 10, 3)),
        ("2025-10-03 14:22:00", date(2025, 10, 3)),
        ("2025-10-03T14:22", date(2025, 10, 3)),
        ("2025-10-03T14:22:00.000", date(2025, 10, 3)),
        ("2025-10-03T14:22:00+08:00", date(2025, 10, 3)),
        ("2025/10/03", date(2025, 10, 3)),
        ("2025/10/3 0:00:00", date(2025, 10, 3)),
        ("2025-10-9", date(2025, 10, 9)),
        ("2025.10.3", date(2025, 10, 3)),
        ("２０２５／１０／０３", date(2025, 10, 3)),
        ("2025年10月3日", date(2025, 10, 3)),
        ("2025年10月3号", date(2025, 10, 3)),
        ("2025 年 10 月 3 日", date(2025, 10, 3)),
        ("2025年10月", date(2025, 10, 1)),
        ("2025年10月3日（星期五） 下午2点30分", date(2025, 10, 3)),
        ("2025年10月3日 14:22", date(2025, 10, 3)),
        ("2025/10/3 下午2:22", date(2025, 10, 3)),
        ("20251003", date(2025, 10, 3)),
        ("10/14/2025", date(2025, 10, 14)),
        ("10/14/2025 3:05 PM", date(2025, 10, 14)),
        ("10-14-25", date(2025, 10, 14)),
        ("10/14/99", date(1999, 10, 14)),
        ("1/2/90", date(1990, 1, 2)),
        ("1/2/05", date(2005, 1, 2)),
        ("3-Oct-2025", date(2025, 10, 3)),
        ("03 Oct 2025", date(2025, 10, 3)),
        ("3-Oct-25", date(2025, 10, 3)),
        ("Oct 3, 2025", date(2025, 10, 3)),
        ("October 3 2025", date(2025, 10, 3)),
        ("Sept 3, 2025", date(2025, 9, 3)),
        ("3rd October 2025", date(2025, 10, 3)),
        ("Fri, 3 Oct 2025", date(2025, 10, 3)),
        ("2025-Oct-03", date(2025, 10, 3)),
        ("2024-02-29", date(2024, 2, 29)),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "2025-02-29",
        "2025-02-30",
        "2025-13-01",
        "13/13/2025",
        "02/30/2025",
        "20250230",
        "Foo 3, 2025",
        "garbage",
        "",
        "n/a",
        "2025年10月3日至10月5日",  # a range is no date, nor its first day
        "2025年10月3-5日",
        "2205-01-01",  # after next year: a typo, not a date
        "2052-03-01",
        "1925-03-01",  # before 1990: a typo, not a date
        "1/2/69",  # two-digit years from 28 to 89: 2069 and 1969 are both typos
        "1/2/70",
        61,  # 1900-03-01: a number of days or a year typed into a date cell, no serial
        2025,
        date(2205, 1, 2),  # the same typo in a real Excel date cell
        datetime(1805, 3, 4, 10, 30),
        time(14, 22),
        None,
        True,
        60,  # Excel's fictitious 1900-02-29 and before
        0,
        -5,
        10_000_000,
        float("nan"),
    ],
)
def test_parse_date_rejects(value):
    assert parse_date(value) is None


@pytest.mark.parametrize("serial", [45930, 45930.0, 45930.75, 32874, 36526, 46022])
def test_parse_date_excel_serials_match_openpyxl(serial):
    assert parse_date(serial) == from_excel(serial).date()
    assert parse_date(str(serial)) == from_excel(serial).date()


def test_serial_45930_is_the_last_of_september():
    assert parse_date(45930) == from_excel(45930).date() == date(2025, 9, 30)


def test_yyyymmdd_number_cell():
    assert parse_date(20251003) == date(2025, 10, 3)


@pytest.mark.parametrize(
    ("value", "order", "expected"),
    [
        ("03/10/2025", "mdy", date(2025, 3, 10)),
        ("03/10/2025", "dmy", date(2025, 10, 3)),
        ("03/10/2025", "ymd", date(2025, 3, 10)),  # year last: ymd cannot apply
        ("14/10/2025", "dmy", date(2025, 10, 14)),
        ("14/10/2025", "mdy", date(2025, 10, 14)),  # only one reading exists
        ("10/14/2025", "dmy", date(2025, 10, 14)),
        ("3.10.2025", "dmy", date(2025, 10, 3)),
        ("3 10 2025", "dmy", date(2025, 10, 3)),
        ("25/10/03", "ymd", date(2025, 10, 3)),
        ("10-14-25", "ymd", date(2025, 10, 14)),
        ("2025/10/03", "dmy", date(2025, 10, 3)),  # year-first ignores the order
        ("2025/10/03", "mdy", date(2025, 10, 3)),
        ("2025年10月3日", "dmy", date(2025, 10, 3)),
        ("20251003", "dmy", date(2025, 10, 3)),
    ],
)
def test_parse_date_with_order(value, order, expected):
    assert parse_date(value, order) == expected


@pytest.mark.parametrize(
    ("values", "default", "expected"),
    [
        (["13/10/2025", "01/02/2025"], "mdy", "dmy"),  # a day of 13 first settles dmy
        (["10/13/2025", "01/02/2025"], "dmy", "mdy"),  # a day of 13 second settles mdy
        (["12/10/2025", "01/02/2025"], "mdy", "mdy"),  # nothing above 12: the default
        (["12/10/2025", "01/02/2025"], "dmy", "dmy"),
        (["13/10/2025", "10/13/2025"], "mdy", "mdy"),  # contradiction: the default
        (["13/10/2025", "10/13/2025"], "dmy", "dmy"),
        (["2025/10/13", "2025-10-31", "01/02/2025"], "dmy", "dmy"),  # year-first never counts
        (["2025/10/13", "2025-10-31"], "mdy", "mdy"),
        (["31.12.2025"], "mdy", "dmy"),
        (["31 12 2025"], "mdy", "dmy"),
        (["１３／１０／２０２５"], "mdy", "dmy"),
        (["12/31/25"], "dmy", "mdy"),
        # two-digit years first: a last part of one digit is no year; 25/03/01, 25/03/15 and
        # 25/04/02 are days of 2025, not of 2001, 2015 and 2002
        (["25/3/1", "25/3/15"], "mdy", "ymd"),
        (["25/03/01", "25/03/15", "25/04/02"], "mdy", "ymd"),
        (["２５。３。１"], "dmy", "ymd"),
        ([datetime(2025, 10, 13), 45930, None, "13th", "n/a"], "dmy", "dmy"),
        ([], "mdy", "mdy"),
        (iter(["13/1/2025"]), "mdy", "dmy"),
    ],
)
def test_infer_date_order(values, default, expected):
    assert infer_date_order(values, default=default) == expected


def test_infer_date_order_default_is_mdy():
    assert infer_date_order(["01/02/2025"]) == "mdy"


# --- flags and statuses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["是", "Y", "y", "Yes", "TRUE", "true", "1", "√", "✓", "✔", "x", "X", "试单", "Trial",
     "sample", "Ｙｅｓ", " 是 ", 1, 1.0, True],
)  # fmt: skip
def test_parse_flag_true(value):
    assert parse_flag(value) is True


@pytest.mark.parametrize(
    "value",
    ["否", "N", "n", "No", "FALSE", "false", "0", "", "  ", "-", "无", 0, 0.0, False],
)
def test_parse_flag_false(value):
    assert parse_flag(value) is False


@pytest.mark.parametrize("value", [None, "maybe", 2, date(2025, 1, 1)])
def test_parse_flag_unknown(value):
    assert parse_flag(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("取消", "cancelled"),
        ("已取消", "cancelled"),
        ("作废", "cancelled"),
        ("已作废", "cancelled"),
        ("撤销", "cancelled"),
        ("客户已取消订单", "cancelled"),
        ("cancelled", "cancelled"),
        ("Canceled", "cancelled"),
        ("CANCEL", "cancelled"),
        ("order cancelled by buyer", "cancelled"),
        ("void", "cancelled"),
        ("Voided", "cancelled"),
        ("ＣＡＮＣＥＬＬＥＤ", "cancelled"),
        ("未取消", None),
        ("不取消", None),
        ("not cancelled", None),
        ("avoid", None),
        ("争议", "disputed"),
        ("质量纠纷", "disputed"),
        ("索赔", "disputed"),
        ("客诉", "disputed"),
        ("claim", "disputed"),
        ("Dispute", "disputed"),
        ("disputed", "disputed"),
        ("无争议", None),
        ("no claim", None),
        ("已取消（争议）", "cancelled"),
        ("trial", None),
        ("试单", None),
        ("正常", None),
        ("已发货", None),
        ("", None),
        (None, None),
        (1, None),
    ],
)
def test_parse_status(value, expected):
    assert parse_status(value) == expected


def test_amount_results_are_finite_floats():
    amount, _ = parse_amount("$1,000,000,000.01")
    assert isinstance(amount, float) and math.isfinite(amount)
