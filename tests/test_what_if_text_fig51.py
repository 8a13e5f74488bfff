"""`what-if` as text names and counts as the print dialog, the printed lists and the workbook
(fig51, after rv51b): "Ｐａｃｉｆｉｃｏ Comercial Ltda." in full-width letters and "637,538.31"
were this text's alone; every other place printed "Pacifico Comercial Ltda." and 637,538."""

from __future__ import annotations

from pathlib import Path

from ledgers import build, order
from test_cli import cli

AS_OF = "2025-12-31"
NAME = "Ｐａｃｉｆｉｃｏ Comercial Ltda."  # as a Chinese input method typed it


def _firm(tmp_path: Path) -> Path:
    rows = [
        order("PC1", NAME, "2025-07-01", 5_000.49, cost=4_000, ship="2025-07-10",
              due="2025-09-01"),
        order("SL1", "Small Late", "2025-07-01", 4_000.25, cost=3_500, ship="2025-07-10",
              due="2025-09-01"),
        *[order(f"GB{n}", "Good Big", f"2025-{m:02d}-01", 100_000, cost=60_000,
                ship=f"2025-{m:02d}-10", due=f"2025-{m + 1:02d}-10", received=100_000,
                received_on=f"2025-{m + 1:02d}-08") for n, m in enumerate((2, 5, 8), start=1)],
    ]
    build(tmp_path, rows, receipts_date=AS_OF).close()
    return tmp_path / "firm.sqlite"


def test_names_and_money_as_the_printed_lists_show_them(tmp_path: Path):
    db = _firm(tmp_path)
    code, out, _ = cli("what-if", "--db", str(db), "--as-of", AS_OF)
    assert code == 0
    names = out.splitlines()[1]
    assert sorted(names.split(", ")) == ["Pacifico Comercial Ltda.", "Small Late"]
    assert "Ｐａｃｉｆｉｃｏ" not in out
    revenue = next(line for line in out.splitlines() if line.startswith("Revenue given up"))
    assert revenue.split()[-1] == "9,001"  # 5,000.49 + 4,000.25, in whole units
    assert "9,000.74" not in out
    code, out, _ = cli("--lang", "zh_CN", "what-if", "--db", str(db), "--as-of", AS_OF)
    assert code == 0
    names = out.splitlines()[1]
    assert sorted(names.split("、")) == ["Pacifico Comercial Ltda.", "Small Late"]
    assert "Ｐａｃｉｆｉｃｏ" not in out
    assert "9,001" in out and "9,000.74" not in out
