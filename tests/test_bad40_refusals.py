"""Bad input refused before calamine builds it, every place named (bad40).

A hidden .xls/.ods tab whose header is a ledger's, stretched by one far entry, was refused only
after calamine had built its grid (559 MB for IV65536 in an .xls); and two hidden spare tabs
refused together by the cap on the cells calamine builds named only the second."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from test_fix39c_hidden_ledger import H, _ods, _xls
from test_fix39c_spare_tabs import _spares

from core import i18n
from core.ledger.importer import import_files
from core.ledger.readers import calamine


def _database(tmp_path: Path) -> tuple[Path, bytes]:
    """A database holding February's one order, and its bytes."""
    db, feb = tmp_path / "firm.sqlite", tmp_path / "2月.xlsx"
    book = openpyxl.Workbook()
    book.active.append(H)
    book.active.append(["PI-0", "Zulu", date(2025, 2, 3), 700, "USD", 0])
    book.save(feb)
    [first] = import_files(db, [feb])
    assert first.status == "imported"
    return db, db.read_bytes()


def _opened(monkeypatch) -> list[Path]:
    opened: list[Path] = []
    real = calamine._open_calamine
    monkeypatch.setattr(calamine, "_open_calamine",
                        lambda path, *rest: opened.append(path) or real(path, *rest))
    return opened


def test_a_hidden_ledger_tab_s_far_entry_is_refused_before_calamine_builds_it(
        tmp_path, monkeypatch) -> None:
    """Bravo's hidden 出口台账 (its header a ledger's) with "end" in IV65536: calamine opened
    the .xls and built the tab (2.2 s, 559 MB) before its header refused the file. Now the
    header is read from the file's own records and the file refused before calamine opens it
    (0.6 s, 34 MB), the tab named as hidden; the database byte for byte as it was."""
    opened = _opened(monkeypatch)
    db, before = _database(tmp_path)
    opened.clear()
    for write in (_xls, _ods):
        [result] = import_files(db, [write(tmp_path / f"f.{write.__name__[1:]}", H)])
        assert result.refused and result.message.code == "sheet_too_large", result
        assert "“出口台账” (hidden in the workbook" in result.message.text
        assert "IV65536" in result.message.text or "CV80995" in result.message.text
        assert opened == [], write.__name__
        assert db.read_bytes() == before


def test_a_hidden_spare_with_a_far_entry_is_still_built_and_passed_over(tmp_path,
                                                                       monkeypatch) -> None:
    """The same tab headed 备用 / 说明: no ledger's header, still passed over, 3月 read."""
    opened = _opened(monkeypatch)
    [result] = import_files(tmp_path / "s.sqlite", [_xls(tmp_path / "s.xls", ["备用", "说明"])])
    assert result.status == "imported" and result.counts.inserted == 1
    assert [p.name for p in result.passed] == ["出口台账"] and opened


def test_spare_tabs_refused_together_are_all_named(tmp_path, monkeypatch) -> None:
    """Two hidden 备用 each with "end" in IV65536: the cap counts their cells together
    (33,554,432 > 30,000,000) and the refusal named 备用2 alone, as if it were the one to
    clear. Now both are named with their far cell, and the message says they are counted
    together, in English and Chinese; calamine never opened; the database as it was."""
    opened = _opened(monkeypatch)
    db, before = _database(tmp_path)
    opened.clear()
    [result] = import_files(db, [_spares(tmp_path / "two.xls", 2)])
    assert result.refused and result.message.code == "sheet_too_large", result
    text = result.message.text
    assert "“备用1” (IV65536), “备用2” (IV65536)" in text, text
    assert "counts them together" in text and "33,554,432" in text and "Ctrl+End" in text
    i18n.set_language("zh_CN")
    try:
        text = result.message.text
    finally:
        i18n.set_language("en")
    assert "“备用1”（IV65536）、“备用2”（IV65536）" in text and "合并计数" in text, text
    assert opened == [] and db.read_bytes() == before


def test_an_xlsb_sheet_is_walked_for_a_far_entry_only_when_its_dimension_claims_one(
        tmp_path, monkeypatch) -> None:
    """Every .xlsb sheet was walked whole, record by record, before calamine read it, to look
    for a far entry (200,000 rows: 0.96 s, three times calamine's reading). Now its dimension
    (BrtWsDim, in its first records) is read first and only a sheet claiming a grid past
    STRAY_CELLS is walked for it, as an xlsx's; a far one is still found and named."""
    from xlsb_files import write_xlsb

    from core.ledger.readers import xlsb_parts

    walked: list[int] = []
    real = xlsb_parts._records
    monkeypatch.setattr(xlsb_parts, "_records",
                        lambda data, *months: walked.append(len(data)) or real(data, *months))
    rows = {1: H, **{n: [f"PI-{n}", "Alpha", date(2025, 3, 3), 10 * n, "USD", 0]
                     for n in range(2, 3002)}}
    far = {**rows, 100000: [None] * 200 + ["end"]}
    path = write_xlsb(tmp_path / "b.xlsb", {"3月": rows, "出口台账": far},
                      hidden_tabs=("出口台账",))
    parts = xlsb_parts.XlsbParts(path)
    assert parts.oversized("3月") is None and walked == []
    assert parts.oversized("出口台账") == ("GS100000", 100000, 201) and len(walked) == 1
    head = parts.head("出口台账")  # from the part's first records: 3,000 rows need more
    assert head is not None and head[0][:3] == H[:3]
    db, before = _database(tmp_path)
    [result] = import_files(db, [path])
    assert result.refused and "“出口台账” (hidden in the workbook" in result.message.text
    assert "GS100000" in result.message.text and db.read_bytes() == before
