"""list43b: what the printed stop-loss lists show, on the audit's firm year (list43).

The ledger is tests/firm_year43.py's, written with openpyxl and imported into SQLite as the
audit's test does (test_action_lists_firm_year), as of 2025-12-31.

- The English stop-loss PDF printed a page 2 titled "Black list (continued)" holding the
  footnote alone ("Revenue is converted …"): the footnote goes with the table's last rows now.
- The watch list said "LF-03: 25,000 USD open, 91 days past due (on watch after 30 days)" for
  Lagos and not why a customer past 60 days is not black; the customer panel and JSON said
  it. The xlsx and PDF reason line says it now, in the same words, in both languages.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from languages import in_chinese
from pdf_reading import pdf_text
from pypdf import PdfReader
from test_action_lists_firm_year import A, _analysis, _cli, _imported
from test_actions import table

from core.actions.stop_loss import members

SPARED = ("Lagos Fresh Ltd", "Sao Paulo Casa Ltda")  # past 60 days, on the watch list


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _imported(tmp_path_factory.mktemp("firm"))


def _pages(path: Path) -> list[str]:
    return [pdf_text(path, page) for page in range(1, len(PdfReader(path).pages) + 1)]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_page_of_the_stop_loss_pdf_holds_only_the_footnote(
        qapp, db: Path, tmp_path: Path, lang: str):
    from ui.printing import pages

    analysis = _analysis(db)

    def printed() -> list[str]:
        return _pages(pages.write_pdf(analysis, "stop_loss", tmp_path / f"sl-{lang}.pdf"))

    texts = printed() if lang == "en" else in_chinese(printed)
    footnote = "Revenue is converted" if lang == "en" else "销售额按设置中"
    names = {c.customer for c in analysis.customers}
    for number, text in enumerate(texts, 1):
        # here the footnote alone would go over: the table's last row goes with it. Before,
        # the English page 2 was "Black list (continued) Revenue is converted at the rate …"
        assert any(name in text for name in names) or "No customers" in text or (
            "此名单中没有客户" in text), (number, text)
    # the black list's footnote stands beside its last row (the smallest overdue)
    last = members(analysis, "black")[-1].customer
    [with_footnote] = [text for text in texts if footnote in text and "Black" in text
                       or footnote in text and "黑名单" in text]
    assert last in with_footnote


def _spared(db: Path, lang: str) -> dict[str, str]:
    """Why each customer past the stop-loss days is not black, as the JSON (and the customer
    panel) says it: the text the lists reuse."""
    people = json.loads(_cli("--lang", lang, "customers", "--db", str(db), "--as-of",
                             A.isoformat(), "--json"))["customers"]
    return {c["customer"]: c["spared"]["text"] for c in people if c["spared"]}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_watch_list_says_why_a_late_customer_is_not_black(
        qapp, db: Path, tmp_path: Path, lang: str):
    from ui.printing import pages

    spared = _spared(db, lang)
    assert set(spared) == set(SPARED)
    opening = {"en": "not on the black list, though 91 days past due: its average order of "
                     "30,000 USD is not under 20,000 USD",
               "zh_CN": "虽已逾期 91 天，但未列入黑名单：平均订单 30,000 USD，不低于 20,000 USD"}
    assert spared["Lagos Fresh Ltd"].startswith(opening[lang])
    # the workbook's watch sheet: the reason cell holds the list's reason, then the text
    target = tmp_path / f"stop-loss-{lang}.xlsx"
    _cli("--lang", lang, "export", "--db", str(db), "--as-of", A.isoformat(), "-o",
         str(target), "stop-loss")
    watch = openpyxl.load_workbook(target).worksheets[3]
    column = "Reason for the list" if lang == "en" else "列入原因"
    reasons = {str(next(iter(r.values()))): str(r[column]) for r in table(watch)}
    for name, text in spared.items():
        lines = reasons[name].split("\n")
        assert lines[1] == text, (name, lines)
    # the printed watch list (Qt's PDF spaces a cell's wrapped words: compared without spaces)
    analysis = _analysis(db)

    def printed() -> str:
        return pdf_text(pages.write_pdf(analysis, "watch", tmp_path / f"watch-{lang}.pdf"))

    bare = "".join((printed() if lang == "en" else in_chinese(printed)).split())
    for text in spared.values():
        assert "".join(text.split()) in bare


def test_a_salesperson_s_copy_quotes_no_threshold(db: Path, tmp_path: Path):
    """A salesperson's copy says how late, not the owner's rules (plans.THRESHOLD_REASONS):
    Lagos's line names no average-order floor there."""
    _cli("--lang", "en", "export", "--db", str(db), "--as-of", A.isoformat(), "-o",
         str(tmp_path / "sales.xlsx"), "--by-salesperson", "stop-loss")
    [li] = [p for p in tmp_path.glob("sales_*.xlsx") if "李雷" in p.name]
    text = "\n".join(str(v) for ws in openpyxl.load_workbook(li) for r in ws.iter_rows(
        values_only=True) for v in r if v is not None)
    assert "Lagos Fresh Ltd" in text and "not under 20,000 USD" not in text


def pushed_down(analysis, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The black list pushed down its first page line by line (40 to 59 lines above it, as
    print36c's test of the notes' title does): (lines, page, the page's text after its
    "(continued)" title, spaces gone) of each page after the first."""
    from core.analysis.names import list_heading
    from core.i18n import tr
    from ui.printing.pages import list_document, pdf_bytes
    from ui.printing.paging import CONTINUED

    title = "".join(tr(CONTINUED, title=list_heading("black")).split())
    for extra in range(40, 60):  # the notes and footnote at the foot of page 1 and beyond
        lines = [f"Line {n} on top of the list." for n in range(extra)]
        data, count = pdf_bytes(list_document(analysis, "black", extra=lines))
        path = tmp_path / f"{extra}.pdf"
        path.write_bytes(data)
        for page in range(2, count + 1):
            yield extra, page, "".join(pdf_text(path, page).split()).split(title, 1)[1]


def test_the_footnote_never_goes_over_alone_wherever_the_list_stands(
        qapp, db: Path, tmp_path: Path):
    """Wherever the page breaks, no page begins with the footnote, the list's last paragraph
    (nor, win44, among the other notes: tests/test_win44_print_notes.py)."""
    from core.actions import plans

    analysis = _analysis(db)
    footnote = "".join(plans.other_notes(analysis)[-1].split())
    went_over = 0
    for extra, page, body in pushed_down(analysis, tmp_path):
        assert not body.startswith(footnote[:40]), (extra, page)
        went_over += 1
    assert went_over  # the list ran onto a second page
