from pathlib import Path
import pytest
from test_payments_pay33 import _files, _tab
from test_corrected_payments_pay32 import _pay
from test_payments_pay35b import BIG_SALES, BIG
from core.ledger.report import import_report

@pytest.mark.parametrize("notes", [("INV-3", "FT2604123456"), ("FT2604123456", "INV-3")])
@pytest.mark.parametrize("how", ["tabs", "bankfirst", "bankfirst_led", "same"])
def test_s(tmp_path: Path, notes, how):
    s0, s1 = 60_000, 60_000
    if how == "tabs":
        files = [("台账 2025-04.xlsx", {"台账": BIG_SALES, "收款": _tab(_pay(BIG, "2025-04-20", s0, notes[0])), "银行": _tab(_pay(BIG, "2025-04-20", s1, notes[1]))})]
    elif how == "bankfirst":
        files = [("台账 2025-03.xlsx", {"台账": BIG_SALES}), ("银行水单 2025-04.xlsx", {"收款": _tab(_pay(BIG, "2025-04-20", s1, notes[1]))}),
                 ("台账 2025-04.xlsx", {"台账": BIG_SALES, "收款": _tab(_pay(BIG, "2025-04-20", s0, notes[0]))})]
    elif how == "bankfirst_led":
        files = [("银行水单 2025-04.xlsx", {"收款": _tab(_pay(BIG, "2025-04-20", s1, notes[1]))}),
                 ("台账 2025-04.xlsx", {"台账": BIG_SALES, "收款": _tab(_pay(BIG, "2025-04-20", s0, notes[0]))})]
    else:
        files = [("台账 2025-04.xlsx", {"台账": BIG_SALES, "收款": _tab(_pay(BIG, "2025-04-20", s0, notes[0]))}),
        ("银行水单 2025-04.xlsx", {"收款": _tab(_pay(BIG, "2025-04-20", s1, notes[1]))})]
    owed, results = _files(tmp_path, *files)
    print(import_report(results[-1]))
    assert owed[BIG][0] >= 90_000
