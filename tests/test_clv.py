"""Lifetime value: the fits held to the papers' CDNOW results, the formulas to independent
computations, the retention fallback, and the ``clv`` command on ledgers."""

from __future__ import annotations

import json
import math
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import ROOT
from ledgers import write_xlsx
from scipy.integrate import quad  # test-only: the app has no scipy
from test_cli import cli

from core.analysis import clv_models
from core.analysis.clv import FITTED, RETENTION, Assumptions, lifetime_values
from core.analysis.clv_likelihood import BgNbdCustomers
from core.analysis.clv_models import BgNbd, GammaGamma, fit_bg_nbd, simulate
from core.analysis.value import model_detail, put_on
from core.cli import selftest
from core.messages import Cancelled

CDNOW = ROOT / "tests" / "data" / "cdnow" / "CDNOW_sample.txt"
CALIBRATION_END = date(1997, 9, 30)  # end of week 39
# Fader, Hardie & Lee (2005a), table/notes: α per week; (2005b): Gamma-Gamma on 946 repeat buyers
PAPER_BG_NBD = {"r": 0.243, "alpha_week": 4.414, "a": 0.793, "b": 2.426}
PAPER_LOG_LIKELIHOOD = -9582.4
PAPER_GAMMA_GAMMA = {"p": 6.25, "q": 3.74, "gamma": 15.44}


def cdnow_rows() -> list[tuple[str, date, float]]:
    """(customer, day, dollars), every row of the sample, the holdout period included."""
    rows = []
    for line in CDNOW.read_text(encoding="ascii").splitlines():
        _master, customer, day, _cds, dollars = line.split()
        rows.append((customer, date(int(day[:4]), int(day[4:6]), int(day[6:])), float(dollars)))
    return rows


def close(got: float, want: float, within: float = 0.01) -> bool:
    return abs(got / want - 1) <= within


def assert_paper_parameters(params: dict, log_likelihood: float, repeats: int) -> None:
    assert params["time_unit"] == "day"
    assert close(params["r"], PAPER_BG_NBD["r"])
    assert close(params["alpha"] / 7, PAPER_BG_NBD["alpha_week"])  # λ per week = 7 λ per day
    assert close(params["a"], PAPER_BG_NBD["a"]) and close(params["b"], PAPER_BG_NBD["b"])
    for key, want in PAPER_GAMMA_GAMMA.items():
        assert close(params[key], want), key
    # In days the likelihood's λ^x carries 7^-x against weeks: ln L_week = ln L_day + x ln 7
    assert close(log_likelihood + repeats * math.log(7), PAPER_LOG_LIKELIHOOD)


@pytest.fixture(scope="module")
def cdnow():
    rows = cdnow_rows()
    return rows, lifetime_values(rows, CALIBRATION_END)


def test_cdnow_is_the_papers_sample():
    rows = cdnow_rows()
    assert len(rows) == 6919 and len({r[0] for r in rows}) == 2357
    assert (min(r[1] for r in rows), max(r[1] for r in rows)) == (date(1997, 1, 1),
                                                                   date(1998, 6, 30))


def test_cdnow_fit_matches_the_published_estimates(cdnow):
    rows, result = cdnow
    assert result.model == FITTED and result.reason.code == "fitted"
    assert len(result.customers) == 2357 and result.repeat_buyers == 946
    occasions = {(c, d) for c, d, _ in rows if d <= CALIBRATION_END}
    assert sum(c.orders for c in result.customers) == len(occasions)  # same-day rows summed
    repeats = sum(c.orders - 1 for c in result.customers)
    assert_paper_parameters(result.params, result.log_likelihood, repeats)
    assert all(c.last_order <= CALIBRATION_END for c in result.customers)  # the holdout unseen


def test_cdnow_through_a_ledger_import_and_the_command(cdnow, tmp_path: Path):
    rows, direct = cdnow
    ledger = write_xlsx(tmp_path / "cdnow.xlsx", {"orders": [
        ["Customer", "Order Date", "Amount"], *[[f"C{c}", d, v] for c, d, v in rows]]})
    db = tmp_path / "cdnow.sqlite"
    code, out, err = cli("import", str(ledger), "--db", str(db), "--json")
    assert code == 0, err
    assert json.loads(out)["files"][0]["inserted"] == len(rows)  # the $0 rows too
    code, out, err = cli("clv", "--db", str(db), "--as-of", CALIBRATION_END.isoformat(),
                         "--json")
    assert code == 0, err
    payload = json.loads(out)
    assert payload["model"] == "bg_nbd_gamma_gamma" and payload["repeat_buyers"] == 946
    assert payload["currency"] == "USD" and payload["value_basis"] == "revenue"
    customers = {c["customer"]: c for c in payload["customers"]}
    assert len(customers) == 2357
    repeats = sum(c["order_days"] - 1 for c in customers.values())
    assert_paper_parameters(payload["params"], payload["log_likelihood"], repeats)
    for key in ("r", "alpha", "a", "b", "p", "q", "gamma"):
        assert payload["params"][key] == pytest.approx(direct.params[key], rel=1e-9)
    # A $0 first purchase is a purchase occasion, as the papers count it
    for customer, day, dollars in rows:
        if dollars == 0:
            assert customers[f"C{customer}"]["first_order"] <= day.isoformat()
    first_zero = min((d, c) for c, d, v in rows if v == 0)
    assert customers[f"C{first_zero[1]}"]["first_order"] == first_zero[0].isoformat()
    by_id = direct.by_customer()
    for name, entry in list(customers.items())[:50]:
        mine = by_id[name[1:]]
        assert entry["p_alive"] == pytest.approx(mine.p_alive, abs=1e-6)
        assert entry["expected_orders_12m"] == pytest.approx(mine.expected_orders_12m, abs=1e-6)
        assert entry["clv"] == pytest.approx(mine.clv, abs=0.01)


CASES = [(0, 0.0, 140.0), (2, 213.0, 272.0), (26, 216.0, 217.0), (5, 30.0, 400.0),
         (150, 700.0, 720.0)]


@pytest.mark.parametrize(("x", "t_x", "T"), CASES)
def test_expected_orders_equal_the_integral_over_the_posterior(x, t_x, T):
    """Alive at T, a customer with λ, p makes (1 - e^(-λpt)) / p purchases in t; λ and p
    posterior Gamma(r+x, α+T) and Beta(a, b+x); integrated over λ in closed form, over p here."""
    model = BgNbd(0.25, 30.0, 0.8, 2.4)
    t = 365.25
    r, alpha, a, b = model.r, model.alpha, model.a, model.b

    def integrand(p: float) -> float:
        density = math.exp((a - 1) * math.log(p) + (b + x - 1) * math.log1p(-p)
                           - (math.lgamma(a) + math.lgamma(b + x) - math.lgamma(a + b + x)))
        return (1 - ((alpha + T) / (alpha + T + p * t)) ** (r + x)) / p * density

    expected = quad(integrand, 0, 1, limit=400)[0] * model.p_alive(x, t_x, T)
    assert model.expected_orders(t, x, t_x, T) == pytest.approx(expected, rel=1e-6)


@pytest.mark.parametrize(("x", "t_x", "T"), CASES)
def test_p_alive_is_bayes_rule_on_the_two_likelihood_terms(x, t_x, T):
    r, alpha, a, b = 0.25, 30.0, 0.8, 2.4
    model = BgNbd(r, alpha, a, b)

    def log_beta(u: float, v: float) -> float:
        return math.lgamma(u) + math.lgamma(v) - math.lgamma(u + v)

    # logarithms: (α+T)^-(r+x) underflows for a customer with 150 orders
    alive = log_beta(a, b + x) - log_beta(a, b) - (r + x) * math.log(alpha + T)
    gone = -math.inf if x == 0 else (log_beta(a + 1, b + x - 1) - log_beta(a, b)
                                     - (r + x) * math.log(alpha + t_x))
    assert model.p_alive(x, t_x, T) == pytest.approx(1 / (1 + math.exp(gone - alive)), rel=1e-9)
    total = model.log_likelihood(x, t_x, T)
    head = math.lgamma(r + x) - math.lgamma(r) + r * math.log(alpha)
    assert total == pytest.approx(head + alive + math.log1p(math.exp(gone - alive)), rel=1e-12)


def test_gamma_gamma_weighs_the_customers_average_by_their_orders():
    spend = GammaGamma(6.0, 4.0, 150.0)
    population = spend.p * spend.gamma / (spend.q - 1)
    values = [spend.expected_value(x, 80.0) for x in (0.0, 1.0, 10.0, 1000.0)]
    assert values[0] == pytest.approx(population)
    assert population > values[1] > values[2] > values[3] > 80.0
    assert values[3] == pytest.approx(80.0, rel=0.01)


def _simulated(customers: int, seed: int, start: date = date(2024, 1, 1)):
    drawn = simulate(BgNbd(0.8, 40.0, 0.8, 3.0), GammaGamma(6.0, 4.0, 150.0), customers, 365,
                     seed)
    return [(c, start + timedelta(days=d), v) for c, d, v in drawn], start + timedelta(days=365)


def test_a_fit_recovers_the_parameters_customers_were_drawn_from():
    rows, as_of = _simulated(3000, seed=11)
    result = lifetime_values(rows, as_of)
    p = result.params
    assert result.model == FITTED
    assert close(p["r"] / p["alpha"], 0.8 / 40.0, 0.1)  # mean purchase rate per day
    assert close(p["a"] / (p["a"] + p["b"]), 0.8 / 3.8, 0.15)  # mean drop-out probability
    assert close(p["p"] * p["gamma"] / (p["q"] - 1), 6.0 * 150.0 / 3.0, 0.1)  # mean spend


def test_only_orders_up_to_the_as_of_date_count():
    rows, as_of = _simulated(400, seed=3)
    later = [(c, as_of + timedelta(days=10), 999.0) for c in range(0, 400, 3)]
    later.append((10_000, as_of + timedelta(days=1), 5.0))  # a customer who starts after A
    alone, with_later = lifetime_values(rows, as_of), lifetime_values(rows + later, as_of)
    assert with_later.params == alone.params
    assert [(c.customer, c.clv) for c in with_later.customers] == [
        (c.customer, c.clv) for c in alone.customers]


def test_a_fit_stops_when_asked_and_runs_unchanged_when_not():
    """The window stops the valuation of a date the user has left: the cancel check is
    asked at every pass of the fit, and a check that never says stop changes nothing."""
    rows, as_of = _simulated(400, seed=3)
    asked = []

    def stop_after(passes):
        def cancel():
            asked.append(True)
            return len(asked) > passes
        return cancel

    with pytest.raises(Cancelled):
        lifetime_values(rows, as_of, cancel=stop_after(5))
    assert len(asked) == 6  # the histories, then a pass at a time: stopped at the fifth
    asked.clear()
    unchanged = lifetime_values(rows, as_of, cancel=stop_after(10**6))
    plain = lifetime_values(rows, as_of)
    assert unchanged.model == FITTED and unchanged.params == plain.params
    assert len(asked) > 10  # asked through both fits, not once
    assert [(c.customer, c.clv) for c in unchanged.customers] == [
        (c.customer, c.clv) for c in plain.customers]


def test_monthly_discounting_adds_up_to_the_horizons_expected_orders():
    rows, as_of = _simulated(600, seed=5)
    flat = lifetime_values(rows, as_of, Assumptions(discount_rate=0.0, horizon_years=3))
    one_year = lifetime_values(rows, as_of, Assumptions(discount_rate=0.0, horizon_years=1))
    discounted = lifetime_values(rows, as_of, Assumptions(discount_rate=0.12, horizon_years=3))
    p = flat.params
    model = BgNbd(p["r"], p["alpha"], p["a"], p["b"])
    by_year = one_year.by_customer()
    by_rate = discounted.by_customer()
    for c in flat.customers[:40]:
        summary = (c.orders - 1.0, float((c.last_order - c.first_order).days),
                   float((as_of - c.first_order).days))
        three_years = model.expected_orders(3 * 365.25, *summary)
        assert c.clv_revenue == pytest.approx(c.expected_order_value * three_years, rel=1e-9)
        assert by_year[c.customer].clv == pytest.approx(
            c.expected_order_value * c.expected_orders_12m, rel=1e-9)
        assert 0 < by_rate[c.customer].clv < c.clv


def test_margins_turn_revenue_into_gross_profit():
    rows, as_of = _simulated(300, seed=9)
    margins = {c: 0.2 + (c % 5) / 20 for c in range(0, 300, 2)}  # half the customers
    result = lifetime_values(rows, as_of, margins=margins)
    assert result.value_basis == "mixed"
    for c in result.customers:
        if c.customer in margins:
            assert c.margin == margins[c.customer]
            assert c.clv == pytest.approx(c.clv_revenue * margins[c.customer])
        else:
            assert c.margin is None and c.clv == c.clv_revenue
    assert lifetime_values(rows, as_of).value_basis == "revenue"


def _few(as_of: date) -> list[tuple[str, date, float]]:
    """Three customers, one buying again: far too few to fit."""
    return [("A", as_of - timedelta(days=400), 100.0), ("A", as_of - timedelta(days=200), 300.0),
            ("A", as_of - timedelta(days=200), 100.0), ("A", as_of - timedelta(days=30), 200.0),
            ("B", as_of - timedelta(days=100), 50.0), ("C", as_of, 80.0)]


def test_too_few_repeat_buyers_take_the_retention_model():
    as_of = date(2025, 6, 30)
    s, d = 0.62, 0.12
    result = lifetime_values(_few(as_of), as_of, Assumptions(discount_rate=d, survival_rate=s))
    assert result.model == RETENTION and result.reason.code == "too_few_repeat_buyers"
    assert result.repeat_buyers == 1 and result.params == {"survival_rate": s}
    assert "Only 1 customer has" in result.reason.text and "62%" in result.reason.text
    a = result.by_customer()["A"]
    assert (a.orders, a.expected_order_value) == (3, pytest.approx(700.0 / 3))
    rate = 3 / (400 / 365.25)  # order days a year over the customer's time with the firm
    alive = s ** (30 / 365.25)
    assert a.p_alive == pytest.approx(alive)
    assert a.expected_orders_12m == pytest.approx(rate * alive * (s - 1) / math.log(s))
    value = sum(rate / 12 * alive * s ** (m / 12) * (700 / 3) * (1 + d) ** (-m / 12)
                for m in range(1, 37))
    assert a.clv == pytest.approx(value)
    c = result.by_customer()["C"]  # new today: a year's rate at least, alive for sure
    assert c.p_alive == 1.0 and c.clv == pytest.approx(sum(
        1 / 12 * s ** (m / 12) * 80 * (1 + d) ** (-m / 12) for m in range(1, 37)))


def test_a_fit_that_fails_falls_back_and_says_why(monkeypatch):
    rows, as_of = _simulated(300, seed=2)

    def flat(*_args):
        raise clv_models.FitFailed("BG/NBD", "the optimiser did not converge")

    monkeypatch.setattr("core.analysis.clv.fit_bg_nbd", flat)
    result = lifetime_values(rows, as_of)
    assert result.model == RETENTION and result.reason.code == "fit_failed"
    assert "rough guide" in result.reason.text and "BG/NBD" not in result.reason.text
    detail = model_detail(put_on([], result)).text
    assert "BG/NBD" in detail and "did not converge" in detail
    assert all(math.isfinite(c.clv) for c in result.customers)


def test_customers_who_never_leave_make_the_likelihood_flat(monkeypatch):
    """Sixty customers ordering every month without fail: nothing tells how they leave, so the
    drop-out parameters run off to a bound and the fit is refused rather than trusted."""
    start = date(2024, 1, 1)
    rows = [(c, start + timedelta(days=c % 20 + 30 * k), 100.0) for c in range(60)
            for k in range(12)]
    x = [11.0] * 60
    t_x = [330.0] * 60
    T = [364.0 - c % 20 for c in range(60)]
    passes = []
    likelihood = BgNbdCustomers.with_gradient
    monkeypatch.setattr(BgNbdCustomers, "with_gradient",
                        lambda data, *params: passes.append(params) or likelihood(data, *params))
    with pytest.raises(clv_models.FitFailed) as refused:
        fit_bg_nbd(x, t_x, T)
    # held on its bounds at once, not 1,000 passes of Nelder-Mead at the rounding noise
    assert "bound" in refused.value.reason and len(passes) < 100
    result = lifetime_values(rows, start + timedelta(days=364))
    assert result.model == RETENTION and result.reason.code == "fit_failed"


def _firm_ledger(path: Path) -> Path:
    rows = [["客户名称", "下单日期", "金额", "成本", "试单", "状态"]]
    day = date(2024, 1, 5)
    for k in range(8):  # Alpha: every 45 days, 40 % margin
        rows.append(["Alpha Ltd", day + timedelta(days=45 * k), 10_000, 6_000, "", ""])
    rows += [["Alpha Limited", date(2024, 12, 1), 5_000, 3_000, "", ""],  # merged into Alpha below
             ["Beta GmbH", date(2024, 3, 1), 8_000, 6_000, "", ""],
             ["Beta GmbH", date(2024, 3, 1), 2_000, 1_500, "", ""],  # same day: one occasion
             ["Beta GmbH", date(2024, 6, 1), 0, 0, "", ""],  # $0: still a purchase occasion
             ["Beta GmbH", date(2024, 7, 1), -1_000, -800, "", ""],  # credit note: not one
             ["Beta GmbH", date(2024, 8, 1), 9_000, 7_000, "是", ""],  # trial: not counted
             ["Beta GmbH", date(2024, 9, 1), 9_000, 7_000, "", "已取消"],  # cancelled
             ["Gamma Co", date(2024, 5, 1), 4_000, 3_000, "", ""],
             ["Delta SA", date(2024, 2, 1), 7_000, 5_000, "", ""],
             ["Delta SA", date(2025, 3, 1), 7_000, 5_000, "", ""]]  # after the as-of date
    return write_xlsx(path, {"2024": rows})


def test_the_command_counts_purchases_as_the_firm_corrected_them(tmp_path: Path):
    db = tmp_path / "firm.sqlite"
    assert cli("import", str(_firm_ledger(tmp_path / "l.xlsx")), "--db", str(db))[0] == 0
    assert cli("customer", "merge", "Alpha Ltd", "Alpha Limited", "--db", str(db))[0] == 0
    assert cli("customer", "exclude", "Gamma Co", "--db", str(db))[0] == 0
    code, out, err = cli("clv", "--db", str(db), "--as-of", "2024-12-31", "--json")
    assert code == 0, err
    payload = json.loads(out)
    customers = {c["customer"]: c for c in payload["customers"]}
    assert set(customers) == {"Alpha Ltd", "Beta GmbH", "Delta SA"}
    assert "simple retention model" in payload["detail"]["text"]
    assert payload["model"] == "retention" and payload["reason"]["code"] == (
        "too_few_repeat_buyers")
    assert payload["params"] == {"survival_rate": 0.62} and payload["value_basis"] == (
        "gross_profit")
    assert (payload["discount_rate"], payload["horizon_years"]) == (0.12, 3)
    alpha, beta, delta = customers["Alpha Ltd"], customers["Beta GmbH"], customers["Delta SA"]
    assert alpha["order_days"] == 9 and alpha["last_order"] == "2024-12-01"
    assert alpha["margin"] == pytest.approx((8 * 4_000 + 2_000) / 85_000)
    assert alpha["clv"] == pytest.approx(alpha["clv_revenue"] * alpha["margin"], abs=0.02)
    assert beta["order_days"] == 2 and beta["expected_order_value"] == pytest.approx(5_000)
    assert beta["margin"] == pytest.approx(2_500 / 10_000)
    assert delta["order_days"] == 1 and delta["last_order"] == "2024-02-01"
    assert [c["customer"] for c in payload["customers"]] == sorted(
        customers, key=lambda n: -customers[n]["clv"])


def test_the_settings_drive_the_valuation(tmp_path: Path):
    db = tmp_path / "firm.sqlite"
    cli("import", str(_firm_ledger(tmp_path / "l.xlsx")), "--db", str(db))
    for key, value in (("clv_survival_pct", "80"), ("capital_rate_pct", "6"),
                       ("clv_horizon_years", "5")):
        assert cli("settings", "set", key, value, "--db", str(db))[0] == 0
    payload = json.loads(cli("clv", "--db", str(db), "--as-of", "2024-12-31", "--json")[1])
    assert (payload["survival_rate"], payload["discount_rate"], payload["horizon_years"]) == (
        0.8, 0.06, 5)
    assert cli("settings", "set", "clv_min_repeat_buyers", "2", "--db", str(db))[0] == 1


def test_the_text_table_names_the_model_in_both_languages(tmp_path: Path):
    db = tmp_path / "firm.sqlite"
    cli("import", str(_firm_ledger(tmp_path / "l.xlsx")), "--db", str(db))
    code, out, _ = cli("clv", "--db", str(db), "--as-of", "2024-12-31")
    assert code == 0
    assert "Only 2 customers have ordered more than once" in out
    assert "Model: simple retention model; BG/NBD and Gamma-Gamma are fitted from" in out
    assert "gross profit in USD over 3 years" in out and "12.0% a year" in out
    assert "Alpha Ltd" in out and "Lifetime value" in out
    code, out, _ = cli("--lang", "zh_CN", "clv", "--db", str(db), "--as-of", "2024-12-31")
    assert code == 0 and "模型：简单留存模型" in out and "客户终身价值" in out


def test_clv_without_a_database_is_refused(tmp_path: Path):
    code, _, err = cli("clv", "--db", str(tmp_path / "none.sqlite"))
    assert code == 1 and "import a ledger first" in err


def test_the_self_test_step_fits_and_fails_when_the_numerics_do(tmp_path: Path, monkeypatch):
    ctx = selftest.Context(work=tmp_path, db=tmp_path / "none.sqlite")
    assert "γ=" in selftest.step_lifetime_value(ctx)

    def missing(*_args, **_kwargs):
        raise ImportError("No module named 'random'")  # a module the bundle left out

    monkeypatch.setattr(clv_models, "minimise", missing)
    [result] = selftest.run_steps([("lifetime value", selftest.step_lifetime_value)], ctx,
                                  echo=lambda _line: None)
    assert not result.ok and "No module named 'random'" in result.detail


def test_an_analysis_at_hand_values_the_same_customers_without_reading_again(tmp_path: Path):
    from core.analysis.clv_firm import firm_lifetime_values
    from core.analysis.run import analyse
    from core.rules import load_rules
    from core.store import connect

    db = tmp_path / "firm.sqlite"
    cli("import", str(_firm_ledger(tmp_path / "l.xlsx")), "--db", str(db))
    cli("customer", "exclude", "Gamma Co", "--db", str(db))
    conn = connect(db)
    try:
        analysis = analyse(conn, date(2024, 12, 31))
        at_hand = firm_lifetime_values(conn, analysis.as_of, analysis.rules, analysis.orders)
        alone = firm_lifetime_values(conn, date(2024, 12, 31), load_rules(conn))
    finally:
        conn.close()
    values = at_hand.by_customer()
    assert values.keys() == alone.by_customer().keys()
    assert {at_hand.names[c] for c in values} == {"Alpha Ltd", "Alpha Limited", "Beta GmbH",
                                                  "Delta SA"}
    assert [(c.customer, c.clv) for c in at_hand.customers] == [
        (c.customer, c.clv) for c in alone.customers]
    # the panel's lookup, by the analysis's customer id, finds every customer it shows
    assert {c.customer_id for c in analysis.customers} == set(values)


@pytest.mark.parametrize(("language", "column", "jargon"), [
    ("en", "Chance still buying", "P(alive)"), ("zh_CN", "仍在购买的概率", "仍活跃概率")])
def test_the_table_says_still_buying_in_plain_words(tmp_path: Path, language, column, jargon):
    """Before: the column read "P(alive)" (仍活跃概率), a statistician's symbol. The JSON key
    stays p_alive: scripts read it."""
    db = tmp_path / "firm.sqlite"
    cli("import", str(_firm_ledger(tmp_path / "l.xlsx")), "--db", str(db))
    code, out, _ = cli("--lang", language, "clv", "--db", str(db), "--as-of", "2024-12-31")
    header = next(line for line in out.splitlines() if line.lstrip().startswith("#"))
    assert code == 0 and column in header and jargon not in out
    payload = json.loads(cli("clv", "--db", str(db), "--as-of", "2024-12-31", "--json")[1])
    assert all("p_alive" in c for c in payload["customers"])
