"""Late money the customer's own deposits cover does not put a small customer on the black list.

The article's rule suspends supply to a small customer (average order under 20,000 USD) with an
invoice more than 60 days past due. Lima Deco owes 1,500 USD 153 days late on an old invoice,
and has paid a 3,000 USD deposit (定金) on a new order not shipped yet: the firm holds twice
what it owes late. Before, the black list said "suspend supply" – the very order it had paid a
deposit on – while the exposure trigger already nets deposits held. A sales meeting collects
the 1,500 before that order ships (or from its deposit): no loss to stop. Now Lima Deco is on
the watch list, still late, and its list card and the printed lists say the deposits cover it.
Quito Casa, the same with a 1,000 deposit that does not cover its 1,500, stays black.

The same in a group the exposure trigger catches: Cusco Hogar owes 1,500 USD 45 days late and
holds a 3,000 deposit; its sister Cusco Import owes 60,000 USD 51 days late. Before, both were
black-listed (every member owing anything overdue); now Cusco Hogar, which adds nothing to the
group's exposure, is watched like a member owing nothing: ship only against payment.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from ledgers import write_xlsx

from core import credit_terms, i18n
from core.actions.export import export_stop_loss
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.run import analyse
from core.cli.main import run
from core.ledger.importer import import_files
from core.store import connect

HEADER = ["合同号", "客户名称", "业务员", "下单日期", "金额", "币种", "贸易条款", "付款方式",
          "出货日期", "应收日期", "定金", "定金日期", "已收金额", "收款日期"]
DEP = "T/T 30% deposit, balance before shipment"
LIMA, QUITO = "Lima Deco SAC", "Quito Casa SA"
HOGAR, IMPORT = "Cusco Hogar SAC", "Cusco Import SAC"
GRANDE = "Bogota Grande SAS"


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _row(no: str, customer: str, day: str, amount: float, terms: str, *,
         ship: str | None = None, due: str | None = None, dep: float | None = None,
         dep_on: str | None = None, got: float | None = None, got_on: str | None = None
         ) -> list[object]:
    return [no, customer, "李雷", _d(day), amount, "USD", "FOB Ningbo", terms, _d(ship),
            _d(due), dep, _d(dep_on), got, _d(got_on)]


def _late_and_deposit(prefix: str, customer: str, deposit: float) -> list[list[object]]:
    """A 4,000 invoice due 2025-07-31 paid 2,500 (1,500 open, 153 days past due at the end of
    2025) and a 10,000 order of December, not shipped, with `deposit` paid on it."""
    return [_row(f"{prefix}-1", customer, "2025-06-01", 4_000, "OA 30 days", ship="2025-07-01",
                 due="2025-07-31", got=2_500, got_on="2025-08-10"),
            _row(f"{prefix}-2", customer, "2025-12-01", 10_000, DEP, dep=deposit,
                 dep_on="2025-12-05")]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    rows = [*_late_and_deposit("LD", LIMA, 3_000), *_late_and_deposit("QC", QUITO, 1_000),
            *_late_and_deposit("BG", GRANDE, 3_000),  # and a 50,000 order: not small
            _row("BG-0", GRANDE, "2025-03-01", 50_000, "OA 30 days", ship="2025-03-20",
                 due="2025-04-19", got=50_000, got_on="2025-04-18"),
            _row("PY-1", "Payer Ltd", "2025-11-01", 8_000, "OA 30 days", ship="2025-11-10",
                 due="2025-12-10", got=8_000, got_on="2025-12-31"),
            # sisters: 1,500 open 45 days past due beside a 3,000 deposit; 60,000 51 days
            _row("CH-1", HOGAR, "2025-09-01", 4_000, "OA 30 days", ship="2025-10-01",
                 due="2025-11-16", got=2_500, got_on="2025-11-20"),
            _row("CH-2", HOGAR, "2025-12-01", 10_000, DEP, dep=3_000, dep_on="2025-12-05"),
            _row("CI-1", IMPORT, "2025-09-01", 60_000, "OA 30 days", ship="2025-10-10",
                 due="2025-11-10")]
    path = write_xlsx(tmp_path / "台账2025.xlsx", {"12月": [HEADER, *rows]})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message
    conn = connect(db)
    try:
        credit_terms.group(conn, [HOGAR, IMPORT], "Cusco")
    finally:
        conn.close()
    return db


@pytest.fixture
def firm(db: Path) -> Analysis:
    conn = connect(db)
    try:
        return analyse(conn)
    finally:
        conn.close()


def _one(analysis: Analysis, name: str) -> CustomerMetrics:
    return next(c for c in analysis.customers if c.customer == name)


SPARED = {"en": "not on the black list, though 153 days past due: 3,000 USD of deposits held on "
                "orders not shipped yet cover the 1,500 USD it owes overdue",
          "zh_CN": "虽已逾期 153 天，但未列入黑名单：尚未出货订单上所持定金 3,000 USD，"
                   "足以抵付其逾期欠款 1,500 USD"}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_deposits_that_cover_the_late_money_keep_a_small_customer_off_the_black_list(
        firm: Analysis, language: str) -> None:
    i18n.set_language(language)
    lima, quito = _one(firm, LIMA), _one(firm, QUITO)
    assert firm.as_of == date(2025, 12, 31)
    for c, held in ((lima, 3_000), (quito, 1_000)):  # the same late invoice, both small
        assert (c.overdue_amount, c.max_days_overdue, c.deposits_held) == (1_500, 153, held)
        assert c.average_order < 20_000
    assert (lima.list, lima.stop_loss) == ("watch", False)
    assert not any(i.stop_loss for i in lima.receivables)
    assert lima.list_reason is not None and lima.list_reason.code == "watch_overdue"
    assert lima.spared is not None and lima.spared.code == "spared_deposits"
    assert lima.spared.text == SPARED[language]
    # not small, it was spared already: now by what the meeting acts on, the deposits
    grande = _one(firm, GRANDE)
    assert (grande.list, grande.average_order) == ("watch", 21_333.33)
    assert grande.spared is not None and grande.spared.code == "spared_deposits"
    # a deposit smaller than the late money secures only part of it: the rule stands
    assert (quito.list, quito.stop_loss, quito.spared) == ("black", True, None)


def test_customers_json_says_the_same(db: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(["customers", "--db", str(db), "--json", "--lang", "en"], out, err) == 0
    found = {c["customer"]: c for c in json.loads(out.getvalue())["customers"]}
    assert found[LIMA]["list"] == "watch" and found[LIMA]["stop_loss"] is False
    assert found[LIMA]["spared"] == {"code": "spared_deposits", "text": SPARED["en"]}
    assert found[QUITO]["list"] == "black"


def _reasons(path: Path) -> dict[str, tuple[str, str]]:
    """Each customer's (sheet, reason cell) in a stop-loss workbook read back."""
    found = {}
    for sheet in openpyxl.load_workbook(path).worksheets:
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        header = next((r for r in rows if "Reason for the list" in r), None)
        if header is None:
            continue
        column = header.index("Reason for the list")
        for values in rows[rows.index(header) + 1:]:
            if values[0] in (LIMA, QUITO, HOGAR):
                found[values[0]] = (sheet.title, values[column])
    return found


def test_the_printed_lists_say_the_deposits_cover_it(firm: Analysis, tmp_path: Path) -> None:
    i18n.set_language("en")
    [owner] = export_stop_loss(firm, tmp_path / "stop-loss.xlsx")
    found = _reasons(owner)
    sheet, reason = found[LIMA]
    assert sheet == "Watch list"
    assert reason.splitlines() == ["LD-1: 1,500 USD open, 153 days past due (on watch after 30 "
                                   "days)", SPARED["en"]]
    assert found[QUITO][0] == "Black list"
    [sales] = export_stop_loss(firm, tmp_path / "sales" / "stop-loss.xlsx", by_salesperson=True)
    sheet, reason = _reasons(sales)[LIMA]
    assert reason.splitlines() == ["153 days past due", "3,000 USD of deposits held on orders "
                                   "not shipped yet cover the 1,500 USD it owes overdue"]


def test_in_a_group_over_the_limit_a_member_its_deposits_cover_is_watched(
        firm: Analysis, tmp_path: Path) -> None:
    i18n.set_language("en")
    hogar, sister = _one(firm, HOGAR), _one(firm, IMPORT)
    assert (hogar.overdue_amount, hogar.max_days_overdue, hogar.deposits_held) == (1_500, 45,
                                                                                   3_000)
    assert hogar.credit_group_exposure == 60_000  # it adds nothing: its deposits cover it
    assert (sister.list, sister.list_reason and sister.list_reason.code) == (
        "black", "stop_loss_group")
    assert (hogar.list, hogar.stop_loss) == ("watch", False)
    assert not any(i.stop_loss for i in hogar.receivables)
    assert hogar.list_reason is not None and hogar.list_reason.code == "group_black"
    [owner] = export_stop_loss(firm, tmp_path / "stop-loss.xlsx")
    sheet, reason = _reasons(owner)[HOGAR]
    assert (sheet, reason.splitlines()[0]) == ("Watch list", "in the group “Cusco”, whose "
                                               "exposure is above the stop-loss limit: ship "
                                               "only against payment")
