"""The summary counts orders by the analysis's rule: an order its credit notes take wholly
(goods returned) is none, as a cancelled one is none, and the report says how many it left
out. Before, the summary said 14 orders where the customers' own counts add up to 11: the
three returned ones were counted as business."""

from __future__ import annotations

from pathlib import Path

from test_credited_orders_audit20 import customers, imported

from core import i18n
from core.cli.summary import summarise, summary_report
from core.store import connect


def test_the_summary_counts_no_returned_order(tmp_path: Path) -> None:
    db = imported(tmp_path)
    conn = connect(db)
    try:
        summary = summarise(conn)
    finally:
        conn.close()
    counted = sum(c.orders_12m for c in customers(db).values())  # every order is in the window
    assert summary.orders == counted == 11
    assert (summary.returned_orders, summary.cancelled_orders) == (3, 0)
    i18n.set_language("en")
    assert summary_report(summary).startswith(
        "Orders: 11 (0 cancelled and 3 returned in full, not counted)\n")
    i18n.set_language("zh_CN")
    assert summary_report(summary).startswith(
        "订单：11 笔（另有 0 笔已取消、3 笔已全额退货冲减，不计入）\n")
    i18n.set_language("en")
