"""acct53d (rv53b f2): money an export-credit insurer's claim paid (中国信保赔付90%), written on
the invoice's own row, pays that invoice, as a letter of credit's money does; the 10 % the buyer
still owes stays open and overdue on it. Named once in the import report.

Lagos Power defaulted on two insured OA 90 invoices; 中国信保 paid 16,200 of SZ2503039's 18,000
and 14,400 of SZ2504040's 16,000, both on 11-20, each on its own row. Before: the money pooled
oldest-due first, SZ2503039 showed paid and the reason read "SZ2504040: 3,400 USD open, 114
days" where 1,800 stays on SZ2503039, 150 days past due, and 1,600 on SZ2504040, 114 days.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_analysis import _compare
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, owed

from core.analysis.model import CustomerMetrics
from core.ledger.import_result import FileResult
from core.ledger.payment_kinds import claim_insurer
from core.ledger.report import import_report

HEAD = ["合同号", "客户名称", "订单日期", "品名", "原币币种", "原币金额", "付款方式", "出货日期",
        "收款金额", "收款日期", "备注"]
LAGOS, OTHER = "Lagos Power Accessories Ltd", "Other Buyer Ltd"
CLAIM = "买家违约，中国信保赔付90%（付款方：中国信保）"
Row = list[object]


def _row(no: str, day: str, amount: float, ship: str, paid: float | None, on: str | None,
         note: str | None, buyer: str = LAGOS) -> Row:
    return [no, buyer, datetime.fromisoformat(day), "充电宝", "USD", amount, "OA 90天（信保）",
            datetime.fromisoformat(ship), paid, on and datetime.fromisoformat(on), note]


def _lagos(note_39: str | None = CLAIM, note_40: str | None = CLAIM) -> list[Row]:
    return [_row("SZ2501038", "2025-01-09", 15000, "2025-02-01", 15000, "2025-05-02", None),
            _row("SZ2503039", "2025-03-11", 18000, "2025-04-02", 16200, "2025-11-20", note_39),
            _row("SZ2504040", "2025-04-15", 16000, "2025-05-08", 14400, "2025-11-20", note_40),
            _row("SZ2511001", "2025-11-03", 1000, "2025-11-05", 1000, "2025-11-28", None, OTHER)]


def _december() -> list[Row]:
    """December's copy: another buyer paid on 12-30 (receipts are recorded up to it)."""
    return [*_lagos(), _row("SZ2512001", "2025-12-01", 1000, "2025-12-03", 1000, "2025-12-30",
                            None, OTHER)]


def _import(tmp_path: Path, *months: tuple[int, list[Row]]) -> list[FileResult]:
    """Each month's file (a copy of the last, receipts filled in), imported at its month end."""
    files = [write_xlsx(tmp_path / f"2025年{m}月出口台账.xlsx", {"出口台账": [HEAD, *rows]})
             for m, rows in months]
    return _same_import(tmp_path, *[[file] for file in files])


def _customer(tmp_path: Path, as_of: date) -> CustomerMetrics:
    return by_name(at(tmp_path / "fast.sqlite", as_of))[LAGOS]


def test_each_claim_pays_its_own_invoice(tmp_path: Path):
    """At 11-30: 1,800 open on SZ2503039 (152 days) and 1,600 on SZ2504040 (116 days: December's
    file books money after 11-30, so days run to 11-30, fix68f/fix68n; 150 and 114 before); black,
    the reason naming SZ2503039 in both languages; 182 days at 12-31. Before: SZ2503039 0
    open, the reason SZ2504040's 3,400 and 114 days (146 at 12-31)."""
    _import(tmp_path, (11, _lagos()), (12, _december()))
    lagos = _customer(tmp_path, date(2025, 11, 30))
    assert owed(lagos) == {"SZ2501038": (0, 0), "SZ2503039": (1800, 152),
                           "SZ2504040": (1600, 116)}
    assert (round(lagos.open_amount), lagos.max_days_overdue, lagos.list) == (3400, 152, "black")
    assert lagos.list_reason is not None
    assert lagos.list_reason.text.startswith("SZ2503039: 1,800 USD open, 152 days past due")
    assert in_chinese(lambda: lagos.list_reason.text if lagos.list_reason else "").startswith(
        "SZ2503039：")
    assert _customer(tmp_path, date(2025, 12, 31)).max_days_overdue == 182


def test_a_carried_row_s_claim(tmp_path: Path):
    """rv53b's year: June's file holds the invoices unpaid; November's carries them forward
    (上半年结转；买家违约，中国信保赔付90%) with the claims: the line keeps the claim's words beside
    its own notes, and each claim pays its own invoice. Before: 114 days, SZ2504040 named."""
    june = [_row("SZ2501038", "2025-01-09", 15000, "2025-02-01", 15000, "2025-05-02", None),
            _row("SZ2503039", "2025-03-11", 18000, "2025-04-02", None, None, "首单"),
            _row("SZ2504040", "2025-04-15", 16000, "2025-05-08", None, None, None)]
    carried = [[*row[:-1], "上半年结转；" + CLAIM] for row in _lagos()[1:3]]
    results = _import(tmp_path, (6, june), (11, [*carried, *_lagos()[3:]]))
    lagos = _customer(tmp_path, date(2025, 11, 30))
    assert owed(lagos)["SZ2503039"] == (1800, 150)
    assert owed(lagos)["SZ2504040"] == (1600, 114)
    assert lagos.list_reason is not None and lagos.list_reason.text.startswith("SZ2503039: 1,800")
    assert len([w for w in results[1].warnings if w.code == "insurer_claim"]) == 2


def test_the_reference_analysis_agrees(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The straightforward analysis (tests/reference_analysis.py) says the same, both languages."""
    _import(tmp_path / "db", (11, _lagos()), (12, _december()))
    _compare(tmp_path / "db" / "fast.sqlite", tmp_path, monkeypatch,
             [date(2025, 11, 30), date(2025, 12, 31)], ("en", "zh_CN"))


def test_the_report_names_each_claim_once(tmp_path: Path):
    """November's import names both claims; December's copy of the file names none again."""
    results = _import(tmp_path, (11, _lagos()), (12, _december()))
    said = [w.text for w in results[0].warnings if w.code == "insurer_claim"]
    assert said == [
        "SZ2503039: 16,200.00 USD paid by the credit insurer (中国信保) on 2025-11-20 (sheet "
        "“出口台账” row 3) — kept on its own invoice; what it leaves open stays the buyer's debt "
        "there.",
        "SZ2504040: 14,400.00 USD paid by the credit insurer (中国信保) on 2025-11-20 (sheet "
        "“出口台账” row 4) — kept on its own invoice; what it leaves open stays the buyer's debt "
        "there."], said
    assert "SZ2503039：信用保险机构（中国信保）于 2025-11-20 赔付 16,200.00 USD" in in_chinese(
        lambda: import_report(results[0]))
    assert not [w for w in results[1].warnings if w.code == "insurer_claim"]
    assert owed(_customer(tmp_path, date(2025, 12, 31)))["SZ2503039"] == (1800, 182)


def test_a_claim_not_paid_yet_or_no_insurer_s_pools_as_before(tmp_path: Path):
    """待中信保赔付 (waiting for the claim) and 质量理赔 (a quality claim) say no insurer paid:
    the money is the buyer's, spent oldest-due first: SZ2503039 paid, 3,400 on SZ2504040."""
    _import(tmp_path, (11, _lagos("已报损，待中信保赔付", "质量理赔")))
    lagos = _customer(tmp_path, date(2025, 11, 30))
    assert owed(lagos)["SZ2503039"] == (0, 0)
    assert owed(lagos)["SZ2504040"] == (3400, 114)


def test_the_words():
    """An insurer and its claim paid, in Chinese or English; not "信保" alone (the invoice is
    insured), a buyer's claim, a claim filed or waited for, nor a claim not said paid."""
    assert [claim_insurer(n) for n in (
        CLAIM, "信保理赔", "Sinosure claim paid 90%", "中信保赔款", "Coface indemnity",
        "credit insurance claim paid")] == ["中国信保", "信保", "Sinosure", "中信保", "Coface",
                                            "credit insurance"]
    assert [claim_insurer(n) for n in (
        "信保", "OA 90天（信保）", "质量理赔", "quality claim 500", "待中信保赔付",
        "已向中信保报损", "claim filed with Sinosure", "客户赔偿", None, "",
        "credit insurance claim")] == [None] * 11  # a claim, not said paid (fix53j)
