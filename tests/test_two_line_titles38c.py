"""The movements table's Chinese titles on two lines (ui.columns.two_lines): broken where a
word ends, never with a particle starting the second line."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core import i18n
from ui.movements.model import COLUMN_INDEX, MoveModel


def test_a_chinese_title_never_breaks_before_its_particle(qapp) -> None:
    """变化的指标 (Criteria changed) read 变化 / 的指标 over its column: the 的 that ends 变化的
    began the second line. Now 变化的 / 指标; the titles without one break as before."""
    i18n.set_language("zh_CN")
    try:
        model = MoveModel()
        titles = {key: model.headerData(COLUMN_INDEX[key], Qt.Orientation.Horizontal)
                  for key in ("changed", "revenue_before", "days", "why")}
    finally:
        i18n.set_language("en")
    assert titles == {"changed": "变化的\n指标", "revenue_before": "此前\n销售额",
                      "days": "逾期\n天数", "why": "原因"}
