"""fix53j (rv53c 53d): only a note saying an export-credit insurer PAID (赔付, 理赔款到账,
中信保已赔, "claim paid", "indemnity received") makes a row's money the
insurer's, kept on its own invoice.

A note naming a claim applied for or under review in any order of its words (信保理赔申请中),
a denial (非信保), or the buyer's own payment (客户付款, "buyer paid") leaves the money the
buyer's, paying the oldest invoice first. Before: Lagos Power's own 5,000 on SZ-2's row
("客户付款；信保理赔申请中") stayed on SZ-2, SZ-1's 5,000 open 75 days at 06-15: black, and the
import said "paid by the credit insurer". Now SZ-1 is paid, SZ-2's 6,000 open (not yet due),
on no list, and nothing is said of an insurer.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, owed

from core.ledger.payment_kinds import claim_insurer
from core.ledger.report import import_report

HEAD = ["客户名称", "发票号", "发票日期", "金额", "币种", "付款方式", "到期日", "收款金额",
        "收款日期", "备注"]
LAGOS = "Lagos Power Ltd"
NOT_PAID_BY_INSURER = ("客户付款；信保理赔申请中", "buyer paid; Sinosure claim under review",
                       "客户付款5000，质量问题赔付客户200，非信保", "信保理赔审核中",
                       "中信保审批理赔", "Sinosure claim pending", "claim submitted to Coface",
                       "Sinosure rejected the claim", "中信保不赔", "信保申请理赔",
                       "信保理赔款未到账", "已申请中信保赔付",
                       "credit insurance claim")
PAID_BY_INSURER = ("中信保已赔", "信保理赔款到账", "中国信保赔付90%", "Sinosure claim paid",
                   "Sinosure indemnity received", "客户未付，中信保赔付",
                   "中信保审批通过，已赔付", "Sinosure claim filed 09-01, claim paid 11-20")


def _import(tmp_path: Path, note: str):
    d = datetime
    rows = [[LAGOS, "SZ-1", d(2025, 2, 1), 5000, "USD", "OA 60天", d(2025, 4, 1), None, None, None],
            [LAGOS, "SZ-2", d(2025, 5, 1), 6000, "USD", "OA 60天", d(2025, 7, 1), 5000,
             d(2025, 6, 14), note],
            ["Other Co", "O-1", d(2025, 6, 1), 1000, "USD", "T/T", d(2025, 6, 1), 1000,
             d(2025, 6, 15)]]
    file = write_xlsx(tmp_path / "2025年6月台账.xlsx", {"Sheet1": [HEAD, *rows]})
    (result,) = _same_import(tmp_path, [file])
    return result, by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 15)))[LAGOS]


@pytest.mark.parametrize("note", NOT_PAID_BY_INSURER[:3])
def test_the_buyer_s_own_money_pays_the_oldest_invoice(tmp_path: Path, note: str):
    result, lagos = _import(tmp_path, note)
    assert owed(lagos) == {"SZ-1": (0, 0), "SZ-2": (6000, 0)}
    assert (round(lagos.open_amount), lagos.max_days_overdue, lagos.list) == (6000, 0, None)
    assert not [w for w in result.warnings if w.code == "insurer_claim"]
    assert "insurer" not in import_report(result)
    assert "信用保险机构" not in in_chinese(lambda: import_report(result))


def test_the_insurer_s_money_still_pays_its_own_invoice(tmp_path: Path):
    """中信保已赔 on SZ-2's row: kept on SZ-2; SZ-1 5,000 open, 75 days: black, said so."""
    result, lagos = _import(tmp_path, "中信保已赔")
    assert owed(lagos) == {"SZ-1": (5000, 75), "SZ-2": (1000, 0)}
    assert lagos.list == "black"
    assert [w.code for w in result.warnings if w.code == "insurer_claim"] == ["insurer_claim"]


def test_the_words():
    assert [claim_insurer(n) for n in NOT_PAID_BY_INSURER] == [None] * len(NOT_PAID_BY_INSURER)
    assert [claim_insurer(n) for n in PAID_BY_INSURER] == [
        "中信保", "信保", "中国信保", "Sinosure", "Sinosure", "中信保", "中信保", "Sinosure"]
