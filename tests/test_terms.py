"""Incoterms and payment terms from free text, the risk ladder, and when payment falls due."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from core import i18n
from core.ledger.terms import (
    INCOTERMS_2020,
    RUNG_LABELS,
    RUNG_RANK,
    RUNGS,
    PaymentTerms,
    due_date,
    is_advance,
    parse_incoterm,
    parse_payment_terms,
    rung_label,
)

# --- Incoterms ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FOB Ningbo", "FOB"),
        ("fob shanghai port", "FOB"),
        ("F.O.B. Xiamen", "FOB"),
        ("FOB宁波", "FOB"),
        ("ＦＯＢ　Ｎｉｎｇｂｏ", "FOB"),
        ("C&F", "CFR"),
        ("C & F Lagos", "CFR"),
        ("CNF", "CFR"),
        ("C and F", "CFR"),
        ("CFR Hamburg", "CFR"),
        ("cost and freight", "CFR"),
        ("C.I.F.", "CIF"),
        ("CIF Rotterdam", "CIF"),
        ("CIFC5 Lagos", "CIF"),
        ("DAT", "DPU"),
        ("DPU Warsaw", "DPU"),
        ("DDU", "DAP"),
        ("DAP Moscow", "DAP"),
        ("DDP Los Angeles", "DDP"),
        ("Ex Works", "EXW"),
        ("ex-works", "EXW"),
        ("EXW factory", "EXW"),
        ("工厂交货", "EXW"),
        ("出厂价", "EXW"),
        ("离岸价", "FOB"),
        ("船上交货", "FOB"),
        ("到岸价", "CIF"),
        ("成本加运费", "CFR"),
        ("成本加保险费加运费", "CIF"),
        ("完税后交货", "DDP"),
        ("双清包税", "DDP"),
        ("FCA Shenzhen", "FCA"),
        ("CPT Almaty", "CPT"),
        ("CIP Paris", "CIP"),
        ("FAS Qingdao", "FAS"),
        ("EXW or FOB", "EXW"),  # the first term named
        ("price FOB, CIF on request", "FOB"),
    ],
)
def test_parse_incoterm(text, expected):
    assert parse_incoterm(text) == expected


@pytest.mark.parametrize(
    "text", ["门到门", "CIFRA", "FOBX", "Shanghai", "", "DDPX", "confob", None, 42]
)
def test_parse_incoterm_none(text):
    assert parse_incoterm(text) is None


def test_incoterms_2020_list():
    assert INCOTERMS_2020 == (
        "EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"
    )  # fmt: skip
    assert all(parse_incoterm(code) == code for code in INCOTERMS_2020)


# --- the ladder --------------------------------------------------------------------------------


def test_rungs_safest_first_and_ranks():
    assert RUNGS == (
        "tt_advance", "lc_sight", "deposit_before_shipment", "lc_usance",
        "deposit_against_documents", "dp", "da", "oa",
    )  # fmt: skip
    assert RUNG_RANK == {
        "tt_advance": 0, "lc_sight": 1, "deposit_before_shipment": 2, "lc_usance": 3,
        "deposit_against_documents": 4, "dp": 4, "da": 5, "oa": 6,
    }  # fmt: skip
    ranks = [RUNG_RANK[code] for code in RUNGS]
    assert ranks == sorted(ranks)


def test_rung_labels_in_english_and_chinese():
    assert set(RUNG_LABELS) == set(RUNGS)
    assert rung_label("tt_advance") == "T/T in advance"
    assert rung_label("oa") == "Open account / credit"
    assert rung_label("unknown_code") == "unknown_code"
    expected = {
        "tt_advance": "电汇预付",
        "lc_sight": "即期信用证",
        "deposit_before_shipment": "定金+发货前付清尾款",
        "lc_usance": "远期信用证",
        "deposit_against_documents": "定金+见单付尾款",
        "dp": "付款交单",
        "da": "承兑交单",
        "oa": "赊销/账期",
    }
    i18n.set_language("zh_CN")
    assert {code: i18n.tr(rung_label(code)) for code in RUNGS} == expected
    i18n.set_language("en")
    assert i18n.tr(rung_label("dp")) == "D/P"


# --- payment terms -----------------------------------------------------------------------------

T = PaymentTerms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deposits: a percentage is never a number of days
        ("T/T 30% deposit, balance before shipment", T("deposit_before_shipment", None, 30.0)),
        ("T/T 30% deposit", T("deposit_before_shipment", None, 30.0)),
        ("deposit 30%, balance T/T before shipment", T("deposit_before_shipment", None, 30.0)),
        ("50% deposit 50% before shipment", T("deposit_before_shipment", None, 50.0)),
        ("30%定金70%发货前付清", T("deposit_before_shipment", None, 30.0)),
        ("T/T 30%定金，见提单前付清", T("deposit_before_shipment", None, 30.0)),
        ("T/T 30/70", T("deposit_before_shipment", None, 30.0)),
        ("预付30%", T("deposit_before_shipment", None, 30.0)),
        ("30% T/T in advance, 70% against B/L copy", T("deposit_against_documents", None, 30.0)),
        ("30% deposit, balance against copy of B/L", T("deposit_against_documents", None, 30.0)),
        ("T/T 50/50 against B/L copy", T("deposit_against_documents", None, 50.0)),
        ("见提单复印件付款", T("deposit_against_documents")),
        ("balance against copy of documents", T("deposit_against_documents")),
        ("CAD", T("deposit_against_documents")),
        ("cash against documents", T("deposit_against_documents")),
        # two instruments: the riskier one (the balance) decides
        ("30% T/T deposit, 70% L/C at sight", T("lc_sight", None, 30.0)),
        ("30% deposit, balance 60 days after B/L", T("oa", 60, 30.0)),
        ("30% TT deposit, 70% TT 30 days", T("oa", 30, 30.0)),
        # advance
        ("100% T/T in advance", T("tt_advance")),
        ("100%TT before production", T("tt_advance")),
        ("款到发货", T("tt_advance")),
        ("预付全款", T("tt_advance")),
        ("全款预付", T("tt_advance")),
        ("Cash in advance", T("tt_advance")),
        ("CIA", T("tt_advance")),
        ("PayPal", T("tt_advance")),
        ("Western Union", T("tt_advance")),
        ("T/T", T("tt_advance")),  # bare T/T: read as the safest rung
        ("TT", T("tt_advance")),
        ("电汇", T("tt_advance")),
        # letters of credit
        ("L/C at sight", T("lc_sight")),
        ("irrevocable L/C at sight", T("lc_sight")),
        ("即期信用证", T("lc_sight")),
        ("L/C", T("lc_sight")),
        ("LC", T("lc_sight")),
        ("L/C 90 days after sight", T("lc_usance", 90, from_sight=True)),
        ("L/C 60 days after B/L", T("lc_usance", 60)),
        ("信用证90天", T("lc_usance", 90)),
        ("Usance L/C", T("lc_usance")),
        ("远期信用证", T("lc_usance")),
        # collections
        ("D/P", T("dp")),
        ("D/P at sight", T("dp")),
        ("付款交单", T("dp")),
        ("D/P 30 days", T("dp", 30)),
        ("D/A 90 days", T("da", 90)),
        ("D/A 60 days", T("da", 60)),
        ("承兑交单", T("da")),
        # open account and credit
        ("T/T 30 days", T("oa", 30)),
        ("TT 30 days after B/L", T("oa", 30)),
        ("T/T 60 days after B/L date", T("oa", 60)),
        ("T/T 60 days after shipment", T("oa", 60)),
        ("T/T 60 days after arrival", T("oa", 60)),
        ("OA 60 days", T("oa", 60)),
        ("O/A 60", T("oa", 60)),
        ("net 60", T("oa", 60)),
        ("Net30", T("oa", 30)),
        ("credit 30 days", T("oa", 30)),
        ("30 days credit", T("oa", 30)),
        ("OA", T("oa")),
        ("open account", T("oa")),
        ("赊销", T("oa")),
        ("货到付款", T("oa")),
        ("月结30天", T("oa", 30, None, True)),
        ("月结 60 天", T("oa", 60, None, True)),
        ("monthly statement 30 days", T("oa", 30, None, True)),
        ("月结", T("oa", 0, None, True)),
        ("ＯＡ　６０　ｄａｙｓ", T("oa", 60)),
    ],
)
def test_parse_payment_terms(text, expected):
    assert parse_payment_terms(text) == expected


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("T/T 30% deposit", None),  # 30 is a percentage
        ("T/T 30 days", 30),  # 30 is days
        ("30% deposit, 70% 45 days after B/L", 45),
        ("balance 7 days before shipment", None),  # lead time, not credit
    ],
)
def test_percentages_are_not_days(text, days):
    assert parse_payment_terms(text).credit_days == days


@pytest.mark.parametrize("text", ["待定", "n/a", "", "see contract", "DDP", None, 30])
def test_parse_payment_terms_unrecognised(text):
    assert parse_payment_terms(text) is None


# --- due dates ---------------------------------------------------------------------------------

SHIP = date(2025, 3, 5)
ORDER = date(2025, 2, 10)


@pytest.mark.parametrize(
    ("terms", "shipped", "ordered", "expected"),
    [
        (T("tt_advance"), SHIP, ORDER, SHIP),
        (T("lc_sight"), SHIP, ORDER, SHIP),
        (T("deposit_before_shipment", None, 30.0), SHIP, ORDER, SHIP),
        (T("deposit_against_documents", None, 30.0), SHIP, ORDER, SHIP),
        (T("dp"), SHIP, ORDER, SHIP),
        (T("dp", 30), SHIP, ORDER, date(2025, 4, 4)),
        (T("lc_usance", 90), SHIP, ORDER, date(2025, 6, 3)),
        (T("lc_usance"), SHIP, ORDER, SHIP),
        (T("da", 60), SHIP, ORDER, date(2025, 5, 4)),
        (T("oa", 30), SHIP, ORDER, date(2025, 4, 4)),
        (T("oa"), SHIP, ORDER, SHIP),
        (T("oa", 30), None, ORDER, date(2025, 3, 12)),  # no ship date: from the order date
        (T("oa", 30, None, True), SHIP, ORDER, date(2025, 4, 30)),  # 31 Mar + 30 days
        (T("oa", 0, None, True), SHIP, ORDER, date(2025, 3, 31)),
        (T("oa", 30, None, True), date(2024, 2, 10), None, date(2024, 3, 30)),  # leap February
        (T("oa", 30), None, None, None),
        (None, SHIP, ORDER, None),
    ],
)
def test_due_date(terms, shipped, ordered, expected):
    assert due_date(terms, shipped, ordered) == expected


def test_due_date_from_parsed_monthly_statement():
    assert due_date(parse_payment_terms("月结30天"), SHIP, ORDER) == date(2025, 4, 30)


def test_due_dates_beyond_the_calendar_are_unknown_again_and_again():
    """The credit periods are remembered (made once each): an overflow must not leave a
    period behind that later due dates would use."""
    late = date(9999, 12, 1)
    for _ in range(2):
        assert due_date(T("oa", 60), late, None) is None
        assert due_date(T("oa", 10 ** 9), SHIP, ORDER) is None  # too many days for any date
    assert due_date(T("oa", 60), SHIP, ORDER) == SHIP + timedelta(days=60)
    assert due_date(T("oa", 61), SHIP, ORDER) == SHIP + timedelta(days=61)


@pytest.mark.parametrize(
    ("rung", "expected"),
    [
        ("tt_advance", True),
        ("deposit_before_shipment", True),
        ("lc_sight", False),
        ("lc_usance", False),
        ("deposit_against_documents", False),
        ("dp", False),
        ("da", False),
        ("oa", False),
    ],
)
def test_is_advance(rung, expected):
    assert is_advance(T(rung)) is expected


def test_is_advance_without_terms():
    assert is_advance(None) is False


def test_payment_terms_are_frozen_and_cached_safely():
    terms = parse_payment_terms("OA 60 days")
    with pytest.raises(AttributeError):
        terms.credit_days = 90  # type: ignore[misc]
    assert parse_payment_terms("OA 60 days") == T("oa", 60)
