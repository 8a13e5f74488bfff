"""The HTML reader's fast paths (core.ledger.readers.html): plain rows taken a block at a
time and plain tags a run at a time give exactly what the standard library's parser alone
gives, on exports as ERP systems write them and on any mix of markup."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from core.ledger.readers import html, read_workbook

TOKENS = [
    "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "</th>", "<TD>", "</Td>",
    "<TR>", "</tR>", "<td colspan=2>", "<td rowspan=0>", "<td rowspan=2>", "<th colspan=3>",
    "<td class=x>", "<br>", "<p>", "<b>", "</b>", "<!-- <td>x</td> -->", "<!DOCTYPE html>",
    "<script>if (a<b) {'<td>'}</script>", "<style>td{}</style>", "<td title='a<b'>",
    "&amp;", "&lt;", "&nbsp;", "&#32;", "&#x3000;", "&", "&am", "x&y", "<", ">", "</",
    "text", "中文 名", "12,345.60", " ", "  ", "\n", "\t", "\u3000", "\xa0", "\r\n",
]


def _parser_alone(text: str) -> list[tuple[list, list]]:
    parser = html._TableParser()
    parser.feed(text)
    parser.close()
    return [table.grid() for table in parser.tables]


def _fast(text: str) -> list[tuple[list, list]]:
    return [table.grid() for table in html._parse(text, None).tables]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=120), st.integers(1, 64))
def test_any_markup_reads_as_the_parser_alone_reads_it(tokens, block):
    text = "".join(tokens)
    real = html.BLOCK
    html.BLOCK = block  # pieces fed while the parser waits, cut anywhere
    try:
        assert _fast(text) == _parser_alone(text)
    finally:
        html.BLOCK = real


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.lists(st.sampled_from(
    ["A", "b c", " d", "e ", "f  g", "\n", "\t", "&amp;", "&nbsp;", "中", "\u3000", ">"]),
    max_size=4), max_size=6), min_size=1, max_size=8),
    st.sampled_from(["", "\n", "\n  ", " "]), st.sampled_from(["td", "th"]))
def test_plain_rows_read_as_the_parser_alone_reads_them(rows, gap, cell):
    """Rows as exports write them, with the spacing and references they carry."""
    text = "<table>" + "".join(
        f"{gap}<tr>" + "".join(f"{gap}<{cell}>{''.join(parts)}</{cell}>" for parts in row)
        + f"{gap}</tr>" for row in rows) + "</table>"
    assert _fast(text) == _parser_alone(text)


def test_an_erp_export_with_spans_entities_and_indents(tmp_path: Path):
    rows = "\n".join(
        f"  <tr>\n    <td>PI{n:05d}</td><td> Acme &amp; Sons  Ltd </td><td>2025-10-0{n % 9 + 1}"
        f"</td><td>1,2{n}.50</td><th>&nbsp;</th>\n  </tr>" for n in range(300))
    text = ("<html><head><meta charset='utf-8'><style>td { color: red }</style></head><body>"
            "<table border=1><tr><td colspan=5>宁波某某进出口有限公司 订单明细</td></tr>\n"
            f"<tr><td rowspan=3>合并</td><td>x</td></tr>\n{rows}\n"
            "<TR><TD>upper</TD><td>a<br>b</td></TR></table></body></html>")
    path = tmp_path / "export.xls"
    path.write_text(text, encoding="utf-8")
    book = read_workbook(path)
    expected = [grid for grid in _parser_alone(text)
                if any(v is not None for row in grid[0] for v in row)]
    assert [(sheet.rows, sheet.merged) for sheet in book.sheets] == expected
    sheet = book.sheets[0]
    assert sheet.rows[2] == [None, "PI00000", "Acme & Sons Ltd", "2025-10-01", "1,20.50", None]
    assert sheet.rows[-1] == ["upper", "a b"]
    assert sheet.merged == [(0, 0, 0, 4), (1, 0, 3, 0)]


def test_progress_inside_a_table_and_no_look_ahead_past_a_block():
    """Progress a block at a time inside one big table, closed rows or not (old exports
    leave out </tr> and </td>): each step looks no further than a block ahead."""
    for row in ("<tr><td>a</td><td>b</td></tr>", "<tr><td>a<td>b", "<tr><td>a&amp;b</td></tr>"):
        text = "<table>" + row * (3 * html.BLOCK // len(row)) + "</table>"
        seen: list[float] = []
        tables = html._parse(text, seen.append).tables
        assert len(tables[0].rows) == 3 * html.BLOCK // len(row)
        assert seen[-1] == 1.0 and len(seen) >= 3 and seen == sorted(seen)
