"""A list's rule line counts the customers put on it by hand (fig51, after rv51b): the printed
white list's "Strategic and core customers with risk grade A/B" stood above a customer pinned
there with grade E, whose reason column said so; the line now says it too, in the owner's PDF
and the workbook's summary, in both languages. A salesperson's copy keeps its own line."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import openpyxl
from ledgers import build, receivables_ledger
from pdf_reading import pdf_text

from core import i18n
from core.analysis.run import analyse
from core.cli.main import run
from core.override_changes import pin
from core.store import connect

AS_OF = "2025-12-31"
EN = "Also 1 customer put on this list by hand (the reason column says so)."
ZH = "另有 1 个客户为手动列入此名单（见原因栏）。"


def _db(tmp_path: Path) -> Path:
    conn = build(tmp_path, receivables_ledger(), receipts_date=AS_OF)
    pin(conn, "Day SixtyOne", "white")  # 61 days late: the rule puts it on the black list
    conn.commit()
    conn.close()
    return tmp_path / "firm.sqlite"


def _pdf(db: Path, path: Path, lang: str, salesperson: str | None = None) -> str:
    from ui.printing import pages as printing

    conn = connect(db)
    try:
        analysis = analyse(conn, date.fromisoformat(AS_OF))
    finally:
        conn.close()
    i18n.set_language(lang)
    try:
        return "".join(pdf_text(printing.write_pdf(analysis, "white", path,
                                                   salesperson=salesperson)).split())
    finally:
        i18n.set_language("en")


def test_the_white_list_line_counts_the_customer_pinned_there(qapp, tmp_path: Path):
    db = _db(tmp_path)
    assert "".join(EN.split()) in _pdf(db, tmp_path / "white.pdf", "en")
    assert "".join(ZH.split()) in _pdf(db, tmp_path / "white-zh.pdf", "zh_CN")
    assert "byhand(thereason" not in _pdf(db, tmp_path / "white-s.pdf", "en", "")
    for lang, line in (("en", EN), ("zh_CN", ZH)):
        target = tmp_path / f"stop-loss-{lang}.xlsx"
        out, err = io.StringIO(), io.StringIO()
        assert run(["--lang", lang, "export", "--db", str(db), "--as-of", AS_OF, "-o",
                    str(target), "stop-loss"], out, err) == 0, err.getvalue()
        cells = [str(cell.value) for ws in openpyxl.load_workbook(target).worksheets
                 for row in ws.iter_rows() for cell in row if cell.value]
        assert any(line in c for c in cells), lang
