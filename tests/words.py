"""Words a writer reaches for that the screens do not use, in one place: the guide's check
(test_words_and_marks) and the catalog's (test_i18n) read this list. Each has its one word:
the groups and lists in core.analysis.names, Incoterms as the ledger's own header 贸易条款,
the chance a customer is still buying as core.analysis.value.STILL_BUYING says it, revenue
as 销售额 (the table's column, the overview, the lists)."""

from __future__ import annotations

OTHER_WORDS = {"zh_CN": ("沉睡", "睡眠客户", "不活跃客户", "重点催收", "灰名单", "贸易术语",
                         "仍活跃概率", "收入"),  # revenue is 销售额 (the what-if said 放弃的收入)
               "en": ("sleeping customer", "inactive customer", "lapsed customer",
                      "grey list", "collection priority", "p(alive)")}
