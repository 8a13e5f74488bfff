"""代付 slips that hold their invoice numbers (发票号), imported before the orders' file (ui38c).

The slips' rows name SZ260508 and SZ260908, so the store keeps them as those orders, under the
payer; the orders' file then gives both numbers to Orbit Tech LLC, the customer the slips' notes
say they were paid for, and the account comes out right (nothing open). Its report said twice
"Order SZ260508 was stored under 'Orbit Trading (HK) Ltd' … If these are two orders that share
a number, undo this import…": wrong advice, the slips are that customer's money. It now says
the two payments are counted as Orbit Tech LLC's, as for slips without a number (acct38b)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from account_cli import customers
from languages import in_chinese
from ledgers import write_xlsx
from test_stop38_paid_for_stored import ORBIT, PAYER

from core.i18n import tr
from core.ledger.importer import import_files
from core.ledger.report import import_report

SHARE = ("If these are two orders that share a number, undo this import, give one of them "
         "another number and import again.")
MOVED = ("now counted as those customers' money: Orbit Tech LLC (Orbit Trading (HK) Ltd, "
         "收款11月.xlsx “收款” row 2), Orbit Tech LLC (Orbit Trading (HK) Ltd, 收款11月.xlsx "
         "“收款” row 3)")


def _slips_then_orders(tmp_path: Path, note: str) -> tuple[Path, str, str]:
    """The slips with their invoice numbers, then the orders' file, by import_files: the
    database and the orders' file's report in English and in Chinese."""
    slips = write_xlsx(tmp_path / "收款11月.xlsx", {"收款": [
        ["收款日期", "发票号", "客户名称", "收款金额", "币种", "备注"],
        [date(2026, 6, 15), "SZ260508", PAYER, 8_800, "USD", note],
        [date(2026, 10, 15), "SZ260908", PAYER, 9_100, "USD", note]]})
    orders = write_xlsx(tmp_path / "订单.xlsx", {"订单": ORBIT})
    db = tmp_path / "firm.sqlite"
    results = import_files(db, [slips, orders])
    assert [r.status for r in results] == ["imported", "imported"]
    return db, import_report(results[1]), in_chinese(lambda: import_report(results[1]))


def _chinese_share() -> str:
    """The Chinese of the shared-number advice's last sentence, from the catalog."""
    return in_chinese(lambda: tr(
        "Order {order} was stored under “{stored}”; this file gives the same number to "
        "“{customer}” (sheet “{sheet}” row {row}). The stored order now belongs to "
        "“{customer}” and “{stored}” loses it. If these are two orders that share a number, "
        "undo this import, give one of them another number and import again.",
        order="", stored="", customer="", sheet="", row=0)).rsplit("。", 2)[-2]


def test_numbered_paid_for_slips_moved_to_their_customer_get_no_shared_number_advice(
        tmp_path: Path) -> None:
    """Hand count: 17,900 sold to Orbit Tech, 17,900 paid for it by its HK arm: nothing open,
    no payer customer (as before). Before: the report said "share a number … undo this
    import" for SZ260508 and SZ260908; now it names the two slips counted as Orbit Tech's."""
    db, english, chinese = _slips_then_orders(tmp_path, "代Orbit Tech LLC付款")
    found = customers(db, date(2026, 11, 6))["by_name"]
    assert (found["Orbit Tech LLC"]["open_amount"], found["Orbit Tech LLC"]["list"]) == (0.0, None)
    assert PAYER not in found
    assert "share a number" not in english, english
    assert "SZ260508 was stored under" not in english
    assert MOVED in english, english
    share = _chinese_share()
    assert share and "共用" in share
    assert share not in chinese, chinese
    assert "代付" in chinese  # the payer, then the place in Chinese words (win40)
    assert "付款人 Orbit Trading (HK) Ltd，收款11月.xlsx 的“收款”表第 3 行" in chinese


def test_numbered_slips_whose_note_names_no_one_keep_the_shared_number_advice(
        tmp_path: Path) -> None:
    """The same slips with a plain note (货款): the store cannot tell they were paid for Orbit
    Tech, so the two numbers may be two firms' orders: the advice stays, in both languages."""
    _db, english, chinese = _slips_then_orders(tmp_path, "货款")
    assert english.count(SHARE) == 2, english
    assert "now counted as" not in english
    assert chinese.count(_chinese_share()) == 2, chinese

