"""An English list prints a Chinese ledger's payment terms and countries in English (print34).

A firm's ledger names its buyers' terms and countries in Chinese (电汇, 前T/T, 30%定金，70%发货
前付清; 尼日利亚). The English PDF printed "电汇" and "30% 定金， 70% 发货 前付清" in its
Payment terms column, for a reader who reads no Chinese. Where a cell is made of the words the
app knows, the English list says them in English; any other text prints as written, and the
Chinese list prints every cell as written. The PDF is read back as a reader would; the country,
kept beside the print area, is read from the English workbook.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
from languages import in_chinese
from pdf_reading import pdf_text
from test_actions import make_analysis, table

from core.actions import export_stop_loss
from core.actions.ledger_words import country_text, terms_words
from core.analysis.model import Analysis

TERMS = {"Acme Trading": "电汇", "+86 138": "前T/T", "-Ltd": "30%定金，70%发货前付清",
         "Beta GmbH": "赊销60天", "Gamma LLC": "即期信用证", "@home": "凭客户确认放货"}
COUNTRIES = {"Acme Trading": "尼日利亚", "+86 138": "肯尼亚", "-Ltd": "火星共和国"}


def _chinese_ledger() -> Analysis:
    analysis = make_analysis()
    return replace(analysis, customers=[
        replace(c, payment_terms=TERMS.get(c.customer, c.payment_terms),
                country=COUNTRIES.get(c.customer, c.country)) for c in analysis.customers])


def test_the_english_pdf_prints_known_terms_in_english(qapp, tmp_path: Path):
    from ui.printing import pages as printing

    analysis = _chinese_ledger()
    english = pdf_text(printing.write_pdf(analysis, "stop_loss", tmp_path / "en.pdf"))
    for word in ("电汇", "前T/T", "定金", "赊销", "信用证"):
        assert word not in english, word  # before: each printed as the ledger wrote it
    for said in ("T/T", "T/T in advance", "30% deposit, 70% balance before shipment",
                 "O/A 60 days", "L/C at sight"):
        assert said in english, said
    assert "凭客户确认放货" in english  # a text the app does not know prints as written
    chinese = pdf_text(in_chinese(lambda: printing.write_pdf(
        analysis, "stop_loss", tmp_path / "zh.pdf")))
    for word in ("电汇", "前 T/T", "赊销60天", "即期信用证", "凭客户确认放货"):
        assert word in chinese, word  # (the PDF's text breaks where Latin meets Chinese)
    assert "T/T in advance" not in chinese and "balance before shipment" not in chinese


def test_the_english_workbook_names_known_countries_in_english(tmp_path: Path):
    analysis = _chinese_ledger()
    [path] = export_stop_loss(analysis, tmp_path / "stop-loss.xlsx")
    book = openpyxl.load_workbook(path)
    rows = {r["Customer"]: r for ws in book.worksheets[1:] for r in table(ws)}
    assert rows["Acme Trading"]["Country"] == "Nigeria"
    assert rows["+86 138"]["Country"] == "Kenya"
    assert rows["-Ltd"]["Country"] == "火星共和国"  # not a country the app knows
    assert rows["Gamma LLC"]["Country"] == "AE" and rows["Acme Trading"]["Payment terms"] == "T/T"
    [zh] = in_chinese(lambda: export_stop_loss(analysis, tmp_path / "zh.xlsx"))
    text = [str(v) for ws in openpyxl.load_workbook(zh).worksheets for row in ws.values
            for v in row if v is not None]
    assert "尼日利亚" in text and "肯尼亚" in text and "Nigeria" not in text


def test_only_whole_known_words_are_said_in_english():
    assert terms_words("T/T 100%预付") == "T/T 100% in advance"
    assert terms_words("30%定金，70%见提单复印件付款") == "30% deposit, 70% against B/L copy"
    assert terms_words("月结 30 天") == "Monthly statement 30 days"
    assert terms_words("承兑交单60天") == "D/A 60 days"
    assert terms_words("前 T/T") == "T/T in advance"
    # a word the table lacks leaves the whole text as written, never half translated
    assert terms_words("提单后30天电汇") == "提单后30天电汇"
    assert terms_words("OA 60 days") == "OA 60 days"
    assert country_text("尼日利亚 ") == "Nigeria" and country_text("阿联酋") == "UAE"
    assert country_text("Nigeria") == "Nigeria" and country_text("") == ""
    assert in_chinese(lambda: (terms_words("电汇"), country_text("肯尼亚"))) == ("电汇", "肯尼亚")
