"""Issue 8 checked from outside: ledgers booked the way clerks book money, built here
independently of tests/account_ledgers.py, run through the command line (import, customers,
report, export), with what an owner must see. Each case is one way money really moves; the
expected figures follow from the dates and amounts written in the case itself."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from test_cli import cli

AS_OF = date(2025, 6, 30)
H = ["订单号", "客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期", "实收金额",
     "收款日期", "状态"]


def days_before(n: int) -> date:
    return AS_OF - timedelta(days=n)


def book(path: Path, rows: list[list[object]], header: list[str] = H, sheet: str = "台账",
         control: bool = True) -> Path:
    """`control` adds a paid order of another customer received on AS_OF, so the receipts date
    (receipts known up to) is AS_OF, as in a month whose bank slips are all booked."""
    if control and "实收金额" in header:
        row: list[object] = [None] * len(header)
        values = {"订单号": "CTRL-1", "客户名称": "Control Ltd", "下单日期": days_before(40),
                  "金额": 1000, "币种": "USD", "付款方式": "T/T in advance",
                  "出货日期": days_before(30), "实收金额": 1000, "收款日期": AS_OF}
        for k, v in values.items():
            if k in header:
                row[header.index(k)] = v
        rows = [*rows, row]
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    for r in rows:
        ws.append(r)
    for col in ws.iter_cols():
        for c in col:
            if isinstance(c.value, date):
                c.number_format = "yyyy-mm-dd"
    wb.save(path)
    return path


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def run(*args: str) -> Ran:
    code, out, err = cli(*args, "--lang", "en")
    return Ran(code, out, err)


def load(files: list[Path], as_of: date = AS_OF) -> tuple[dict, dict, Path]:
    db = files[0].parent / "firm.sqlite"
    for f in files:
        out = run("import", str(f), "--db", str(db))
        assert out.returncode == 0, out.stderr
    customers = json.loads(run("customers", "--db", str(db), "--as-of", as_of.isoformat(),
                               "--json").stdout)
    report = json.loads(run("report", "--db", str(db), "--as-of", as_of.isoformat(),
                            "--json").stdout)
    return {c["customer"]: c for c in customers["customers"]}, {**report, "_c": customers}, db


def check(name: str, ok: bool, detail: object) -> None:
    assert ok, f"{name}: {detail}"


def ship(n_days_late: int, credit: int = 30) -> tuple[date, date]:
    """Ship date such that the invoice on OA `credit` is n days late at AS_OF."""
    due = days_before(n_days_late)
    return due - timedelta(days=credit), due


def case_wire(tmp: Path, where: str) -> None:
    rows = []
    for no, late in (("INV-1", 75), ("INV-2", 40), ("INV-3", 10)):
        s, _ = ship(late)
        rows.append([no, "Alpha GmbH", s - timedelta(days=20), 10000, "USD", "OA 30 days", s,
                     None, None, None])
    wire = (25000, AS_OF)
    target = {"newest": [2], "oldest": [0], "each": [0, 1, 2]}[where]
    for i in target:
        rows[i][7], rows[i][8] = wire
    c, _, _ = load([book(tmp / f"wire_{where}.xlsx", rows)])
    a = c["Alpha GmbH"]
    check(f"wire booked on {where} row: 5,000 open, 10 days late, not black",
          abs(a["open_amount"] - 5000) < 1 and a["max_days_overdue"] == 10
          and a["list"] != "black", {k: a[k] for k in ("open_amount", "max_days_overdue", "list")})


def case_credit_note(tmp: Path) -> None:
    s, _ = ship(91)
    rows = [["CI-9", "Beta Ltd", s - timedelta(days=10), 10000, "USD", "OA 30 days", s, 8000,
             days_before(50), None],
            ["CN-9", "Beta Ltd", days_before(60), -2000, "USD", None, None, None, None, None]]
    c, _, _ = load([book(tmp / "cn.xlsx", rows)])
    b = c["Beta Ltd"]
    check("credit note -2,000 after 8,000 paid on 10,000: nothing open, not black",
          b["open_amount"] < 1 and b["list"] != "black" and abs(b["revenue_12m"] - 8000) < 1,
          {k: b[k] for k in ("open_amount", "list", "revenue_12m", "orders_12m")})


def case_cancelled_line(tmp: Path) -> None:
    s, _ = ship(70)
    rows = [["PO-1", "Gamma SA", s - timedelta(days=10), 8000, "USD", "OA 30 days", s, None,
             None, None],
            ["PO-1", "Gamma SA", s - timedelta(days=10), 12000, "USD", "OA 30 days", s, None,
             None, "取消"]]
    s2, _ = ship(100)
    rows += [["PO-2", "Delta Inc", s2 - timedelta(days=10), 25000, "USD", "OA 30 days", s2, 25000,
              days_before(90), None],
             ["PO-2", "Delta Inc", s2 - timedelta(days=10), 5000, "USD", "OA 30 days", s2, None,
              None, "已取消"]]
    c, _, _ = load([book(tmp / "cancel.xlsx", rows)])
    g, d = c["Gamma SA"], c["Delta Inc"]
    check("cancelled line hides no black-listing: average 8,000, black",
          abs(g["avg_order_12m"] - 8000) < 1 and g["list"] == "black"
          and abs(g["open_amount"] - 8000) < 1,
          {k: g[k] for k in ("avg_order_12m", "open_amount", "list", "revenue_12m")})
    check("cancelled unpaid line creates no debt: nothing open, not black",
          d["open_amount"] < 1 and d["list"] != "black" and abs(d["revenue_12m"] - 25000) < 1,
          {k: d[k] for k in ("avg_order_12m", "open_amount", "list", "revenue_12m")})


def case_wire_on_unshipped(tmp: Path) -> None:
    s, _ = ship(45)
    rows = [["S-1", "Epsilon Co", s - timedelta(days=30), 110000, "USD", "OA 30 days", s, None,
             None, None],
            ["S-2", "Epsilon Co", days_before(10), 30000, "USD", "OA 30 days", None, 55000,
             days_before(3), None]]
    c, _, _ = load([book(tmp / "unshipped.xlsx", rows)])
    e = c["Epsilon Co"]
    check("wire on new unshipped order pays the old invoice: 55,000 open 45 days, black by "
          "exposure", abs(e["open_amount"] - 55000) < 1 and e["list"] == "black",
          {k: e[k] for k in ("open_amount", "overdue_amount", "list", "list_reason")})


def case_one_day(tmp: Path) -> None:
    s, _ = ship(1)
    rows = [["B-1", "Zeta Corp", s - timedelta(days=30), 80000, "USD", "OA 30 days", s, None,
             None, None],
            ["B-0", "Zeta Corp", days_before(200), 90000, "USD", "OA 30 days",
             days_before(190), 90000, days_before(150), None]]
    c, _, _ = load([book(tmp / "oneday.xlsx", rows)])
    z = c["Zeta Corp"]
    check("80,000 one day late: not suspended", z["list"] != "black" and not z["stop_loss"],
          {k: z[k] for k in ("max_days_overdue", "list", "list_reason")})


def case_remainder(tmp: Path) -> None:
    s, _ = ship(90)
    rows = [["R-1", "Eta LLC", s - timedelta(days=10), 10000, "USD", "OA 30 days", s, 9949.99,
             days_before(85), None]]
    c, _, _ = load([book(tmp / "remainder.xlsx", rows)])
    e = c["Eta LLC"]
    check("50.01 remainder 90 days: not graded D, not listed",
          e["list"] not in ("black", "watch") and e["risk_grade"] in ("A", "B"),
          {k: e[k] for k in ("open_amount", "max_days_overdue", "risk_grade", "list")})


def case_dp(tmp: Path) -> None:
    s = days_before(29)
    rows = [["D-1", "Theta SpA", s - timedelta(days=20), 10000, "USD", "D/P at sight", s, None,
             None, None],
            ["D-0", "Theta SpA", days_before(300), 9000, "USD", "D/P at sight",
             days_before(280), 9000, days_before(250), None]]
    c, _, _ = load([book(tmp / "dp.xlsx", rows)])
    t = c["Theta SpA"]
    check("D/P shipped 29 days ago: documents not yet due long, not black",
          t["list"] != "black" and t["max_days_overdue"] <= 14,
          {k: t[k] for k in ("max_days_overdue", "list", "list_reason")})


def case_rmb_cost(tmp: Path) -> None:
    header = ["订单号", "客户名称", "下单日期", "金额", "币种", "出货日期", "实收金额", "收款日期",
              "成本(人民币)"]
    rows = []
    for i in range(4):
        s = days_before(100 + i * 20)
        rows.append([f"M-{i}", "Iota BV", s - timedelta(days=10), 10000, "USD", s, 10000,
                     s + timedelta(days=20), round(10000 * 0.7 / 0.1389, 2)])
    c, _, _ = load([book(tmp / "rmb.xlsx", rows, header)])
    i = c["Iota BV"]
    check("cost kept in RMB: margin about 30 %",
          i["gross_margin"] is not None and abs(i["gross_margin"] - 0.30) < 0.03,
          {k: i[k] for k in ("gross_margin", "gross_profit_12m")})


def case_kzt(tmp: Path) -> None:
    s, _ = ship(100)
    rows = [["K-1", "Kappa TOO", s - timedelta(days=10), 5000000, "KZT", "OA 30 days", s, None,
             None, None],
            ["K-0", "Lambda Ltd", days_before(50), 10000, "USD", "OA 30 days", days_before(40),
             10000, days_before(20), None]]
    c, r, _ = load([book(tmp / "kzt.xlsx", rows)])
    k = c["Kappa TOO"]
    check("KZT without a rate: missing_rates on customer and report, 100 days not grade A",
          k.get("missing_rates") == ["KZT"] and "KZT" in (r.get("missing_rates") or [])
          and k["risk_grade"] != "A" and k["max_days_overdue"] == 100,
          {"c": {x: k.get(x) for x in ("missing_rates", "risk_grade", "max_days_overdue")},
           "r": r.get("missing_rates")})


def case_no_order_numbers(tmp: Path) -> None:
    header = ["客户名称", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期", "实收金额",
              "收款日期"]
    s = days_before(100)
    m1 = [["Mu Trading", s - timedelta(days=5), "LED panel", 10000, "USD", "OA 30 days", s, None,
           None],
          ["Mu Trading", s - timedelta(days=5), "LED bulb", 3000, "USD", "OA 30 days", s, None,
           None]]
    m2 = [["Mu Trading", s - timedelta(days=5), "LED panel", 10500, "USD", "OA 30 days", s, 10500,
           days_before(40)],
          ["Mu Trading", s - timedelta(days=5), "LED bulb", 3000, "USD", "OA 30 days", s, None,
           None]]
    f1 = book(tmp / "noorder_2025-04.xlsx", m1, header, "4月")
    f2 = book(tmp / "noorder_2025-05.xlsx", m2, header, "5月")
    c, _, _ = load([f1, f2])
    m = c["Mu Trading"]
    check("no order numbers, amount corrected next month: revenue 13,500, open 3,000",
          abs(m["revenue_12m"] - 13500) < 1 and abs(m["open_amount"] - 3000) < 1,
          {k: m[k] for k in ("revenue_12m", "open_amount", "orders_12m")})


def case_no_receipts(tmp: Path) -> None:
    header = ["订单号", "客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期"]
    rows = [["N-1", "Nu Pty", days_before(240), 9000, "USD", "OA 30 days", days_before(230)],
            ["N-2", "Xi Ltd", days_before(20), 300000, "USD", "OA 30 days", days_before(10)],
            ["N-3", "Xi Ltd", days_before(100), 300000, "USD", "OA 30 days", days_before(90)]]
    c, r, db = load([book(tmp / "noreceipts.xlsx", rows, header)])
    n, x = c["Nu Pty"], c["Xi Ltd"]
    out = tmp / "stop.xlsx"
    exp = run("export", "stop-loss", "--db", str(db), "--as-of", AS_OF.isoformat(), "-o",
              str(out))
    from openpyxl import load_workbook

    text = ""
    if out.exists():
        wb = load_workbook(out)
        for ws in wb.worksheets:
            for row in ws.iter_rows(min_row=1, max_row=6, values_only=True):
                text += " ".join(str(v) for v in row if v) + "\n"
    texts = json.dumps(r["_c"].get("notes"), ensure_ascii=False)
    check("no receipts: grade null, confirm list, not black, nobody white 'paying reliably'",
          n["risk_grade"] is None and n["list"] == "confirm" and x["list"] != "white",
          {"n": {k: n[k] for k in ("risk_grade", "list")}, "x": {k: x[k] for k in
                                                                 ("risk_grade", "list")}})
    check("no receipts: export says so at the top", exp.returncode == 0 and (
        "receipt" in text.lower()), text[:300] + " | notes " + texts[:200])


def case_one_voice(tmp: Path) -> None:
    rows = []
    # Strategic big customer, 90 days late on 120,000 (exposure) with good history otherwise
    for i in range(4):
        s = days_before(300 - i * 50)
        rows.append([f"OM-{i}", "Omega Group", s - timedelta(days=10), 150000, "USD",
                     "OA 30 days", s, 150000, s + timedelta(days=30), None])
    s, _ = ship(90)
    rows.append(["OM-9", "Omega Group", s - timedelta(days=10), 120000, "USD", "OA 30 days", s,
                 None, None, None])
    for j in range(9):
        s = days_before(200 - j * 10)
        rows.append([f"SM-{j}", f"Small {j}", s - timedelta(days=5), 5000 + j * 100, "USD",
                     "T/T in advance", s, 5000 + j * 100, s - timedelta(days=1), None])
    c, r, db = load([book(tmp / "voice.xlsx", rows)])
    o = c["Omega Group"]
    detail = {k: o.get(k) for k in ("tier", "list", "list_reason", "upgrade_candidate")}
    check("strategic on black list: owner decides, upgrade flag off",
          o["tier"] in ("strategic", "core") and o["list"] == "black"
          and not o.get("upgrade_candidate")
          and "owner" in json.dumps(o["list_reason"]).lower(), detail)
    out = tmp / "restr.xlsx"
    run("export", "restructuring", "--db", str(db), "--as-of", AS_OF.isoformat(), "-o", str(out))
    from openpyxl import load_workbook

    found = []
    if out.exists():
        for ws in load_workbook(out).worksheets:
            for row in ws.iter_rows(values_only=True):
                if any(v == "Omega Group" for v in row):
                    found.append((ws.title, [v for v in row if v]))
    check("restructuring workbook: black-listed strategic customer's plan/referral suspended",
          bool(found) and all("suspend" in json.dumps(f, ensure_ascii=False).lower()
                              or "暂停" in json.dumps(f, ensure_ascii=False) for f in found),
          found[:3])


def case_deposit_held(tmp: Path) -> None:
    """A deposit on an unshipped deposit-terms order stays with that order: the old invoice
    stays open, and the deposit is netted from the exposure once."""
    s, _ = ship(90)
    rows = [["DH-1", "Sigma AG", s - timedelta(days=20), 70000, "USD", "OA 30 days", s, None,
             None, None],
            ["DH-2", "Sigma AG", days_before(15), 100000, "USD",
             "T/T 30% deposit, balance before shipment", None, 30000, days_before(10), None]]
    c, _, _ = load([book(tmp / "deposit.xlsx", rows)])
    g = c["Sigma AG"]
    check("deposit on an unshipped deposit order: old 70,000 stays open; exposure 40,000 net "
          "of the deposit, under 50,000: not black by exposure",
          abs(g["open_amount"] - 70000) < 1 and g["list"] != "black",
          {k: g.get(k) for k in ("open_amount", "overdue_amount", "list", "list_reason",
                                 "deposits_held")})


def case_lump_wire_short(tmp: Path) -> None:
    """A lump wire a little short (bank charges) settles the three invoices."""
    rows = []
    for no, late in (("LW-1", 75), ("LW-2", 60), ("LW-3", 45)):
        s, _ = ship(late)
        rows.append([no, "Tau Srl", s - timedelta(days=10), 10000, "USD", "OA 30 days", s,
                     None, None, None])
    rows[0][7], rows[0][8] = 29960, days_before(2)
    c, _, _ = load([book(tmp / "short.xlsx", rows)])
    t = c["Tau Srl"]
    check("lump wire 40 short of 30,000 for three invoices: nothing open",
          t["open_amount"] < 1 and t["list"] is None,
          {k: t.get(k) for k in ("open_amount", "max_days_overdue", "list")})


def case_two_lots(tmp: Path) -> None:
    """One order in two lots (two invoices): the shipped lot is due, the unshipped one is not;
    the receipt written on the order's first row pays the shipped lot."""
    header = ["订单号", "发票号", "客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期",
              "实收金额", "收款日期"]
    s, _ = ship(70)
    rows = [["PO-7", "INV-7A", "Upsilon Oy", s - timedelta(days=30), 6000, "USD", "OA 30 days",
             s, 6000, days_before(1)],
            ["PO-7", None, "Upsilon Oy", s - timedelta(days=30), 6000, "USD", "OA 30 days", None,
             None, None]]
    c, _, _ = load([book(tmp / "lots.xlsx", rows, header)])
    u = c["Upsilon Oy"]
    check("two lots: shipped lot paid, unshipped lot not receivable: nothing overdue, not black",
          u["overdue_amount"] < 1 and u["list"] != "black",
          {k: u.get(k) for k in ("open_amount", "overdue_amount", "list")})


def case_eur(tmp: Path) -> None:
    """An EUR invoice paid in EUR is settled whatever the rates; a half-paid one owes half."""
    s, _ = ship(80)
    rows = [["E-1", "Phi SARL", s - timedelta(days=10), 10000, "EUR", "OA 30 days", s, 10000,
             days_before(20), None],
            ["E-2", "Phi SARL", s - timedelta(days=10), 10000, "EUR", "OA 30 days", s, 5000,
             days_before(20), None]]
    c, r, _ = load([book(tmp / "eur.xlsx", rows)])
    f = c["Phi SARL"]
    rate = f["open_by_currency"].get("EUR")
    check("EUR: 5,000 EUR open on one invoice, 80 days, black (average under 20,000 USD)",
          rate is not None and abs(rate - 5000) < 1 and f["list"] == "black",
          {k: f.get(k) for k in ("open_amount", "open_by_currency", "list")})


CASES = [lambda t: case_wire(t, "newest"), lambda t: case_wire(t, "oldest"),
         lambda t: case_wire(t, "each"), case_credit_note, case_cancelled_line,
         case_wire_on_unshipped, case_one_day, case_remainder, case_dp, case_rmb_cost, case_kzt,
         case_no_order_numbers, case_no_receipts, case_one_voice, case_deposit_held,
         case_lump_wire_short, case_two_lots, case_eur]
IDS = ["wire_newest", "wire_oldest", "wire_each", *(c.__name__[5:] for c in CASES[3:])]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_money_as_clerks_book_it(case, tmp_path: Path) -> None:
    case(tmp_path)
