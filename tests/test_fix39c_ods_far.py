"""An .ods's hidden spare tab with an entry at CV1000000 (a 100 M-cell grid): calamine builds
every tab of an .ods as it opens it, so the file was refused whole while its xlsx imported its
five orders (rv39c F5). The tab is now emptied in a copy calamine opens, and passed over, named;
a hidden tab whose header is a ledger's with an order under it, or a shown one, still refuses
the file."""

from __future__ import annotations

from pathlib import Path

from ods_files import ods_row, write_ods

from core.ledger.importer import import_files

H = ["合同号", "客户名称", "下单日期", "金额", "币种", "已收金额"]


def _ods(path: Path, head: list[str], hidden: bool) -> Path:
    orders = [[f"PI-{n}", f"Buyer {n}", f"2025-03-0{n}", 1000 * n, "USD", 0] for n in range(1, 6)]
    under = [["PI-9", "Bravo", "2025-02-03", 5000, "USD", 0]] if head == H else []
    far = ("".join(map(ods_row, [head, *under])) + '<table:table-row table:number-rows-'
           f'repeated="{999998 - len(under)}"><table:table-cell/></table:table-row>'
           '<table:table-row><table:table-cell table:number-columns-'
           'repeated="99"/><table:table-cell office:value-type="string"><text:p>end</text:p>'
           "</table:table-cell></table:table-row>")
    return write_ods(path, {"3月": "".join(map(ods_row, [H, *orders])), "备用": far},
                     ("备用",) if hidden else ())


def test_a_hidden_spare_tab_beyond_the_cap_is_passed_over_in_an_ods(tmp_path) -> None:
    [result] = import_files(tmp_path / "a.sqlite", [_ods(tmp_path / "a.ods", ["备用"], True)])
    assert result.status == "imported" and result.counts.inserted == 5, result.message
    [passed] = result.passed
    assert passed.name == "备用" and "CV1000000" in passed.reason.text
    for head, hidden in ((H, True), (["备用"], False)):
        [refused] = import_files(tmp_path / f"{hidden}.sqlite",
                                 [_ods(tmp_path / f"{hidden}.ods", head, hidden)])
        assert refused.refused and refused.message.code == "sheet_too_large"
        assert "“备用”" in refused.message.text and "CV1000000" in refused.message.text
        assert ("Unhide" in refused.message.text) is hidden
