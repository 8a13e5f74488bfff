"""Many hidden spare tabs each stretched by a far entry in one .xls (rv39c F2): calamine builds
every tab of an .xls as it opens the file, those passed over too, so eight hidden 备用 with
"end" in IV65536 took 4.2 GB (a process under a 4 GB limit was aborted). Their grids together
are capped: past it the file is refused with the Ctrl+End advice, before calamine opens it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core.ledger.importer import import_files
from core.ledger.readers import calamine


def _spares(path: Path, count: int) -> Path:
    import xlwt

    book, dated = xlwt.Workbook(encoding="utf-8"), xlwt.easyxf(num_format_str="yyyy-mm-dd")
    sheet = book.add_sheet("3月")
    rows = [["合同号", "客户名称", "下单日期", "金额", "币种", "已收金额"],
            *([f"PI-{n}", f"Buyer {n}", date(2025, 3, n), 1000 * n, "USD", 0] for n in range(1, 6))]
    for at, value in ((divmod(i, 6), v) for i, v in enumerate(v for r in rows for v in r)):
        sheet.write(*at, value, dated if isinstance(value, date) else xlwt.Style.default_style)
    for k in range(1, count + 1):
        spare = book.add_sheet(f"备用{k}")
        spare.write(0, 0, "备用")
        spare.write(65535, 255, "end")
        spare.visibility = 1
    book.save(str(path))
    return path


def test_many_far_spare_tabs_are_refused_before_calamine_builds_them(tmp_path,
                                                                        monkeypatch) -> None:
    opened: list[Path] = []
    real = calamine._open_calamine
    monkeypatch.setattr(calamine, "_open_calamine",
                        lambda path, *rest: opened.append(path) or real(path, *rest))
    [result] = import_files(tmp_path / "eight.sqlite", [_spares(tmp_path / "eight.xls", 8)])
    assert result.refused and result.message.code == "sheet_too_large"
    assert "“备用2”" in result.message.text and "IV65536" in result.message.text
    assert "Ctrl+End" in result.message.text and opened == []
    [one] = import_files(tmp_path / "one.sqlite", [_spares(tmp_path / "one.xls", 1)])
    assert one.status == "imported" and one.counts.inserted == 5
    assert [p.name for p in one.passed] == ["备用1"] and opened
