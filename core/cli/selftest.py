"""``main.py self-test``: prove an installed copy works end to end, without a screen.

A frozen bundle fails in ways the source tree never does: a hidden import, a resource or a Qt
plugin left out, a path with Chinese characters and spaces (C:\\Users\\张三\\…). This runs what a
user's month runs — import the bundled sample ledgers into a fresh database, analyse, write both
action lists, print a list to PDF, render the window — plus the checks nobody sees until they
fail (openpyxl's XML-bomb guard, Qt's and our Chinese translations). A windowed Windows exe has
no console, so the same report goes to a file and the exit code tells: 0 only if every check
passed. The report says what to do the command line's way (``tradetier restore COPY``, not a
menu: messages.on_command_line), as `main.py` commands do: it is read by whoever ran the
command; the window a Qt step renders keeps the window's words.

This module stays free of Qt (core never imports it, tests/test_architecture.py checks): the
steps that need Qt live in ``ui/selftest_gui.py`` and are handed in by main.py, so a bundle
whose Qt is broken still reports every core check and names the Qt failure.
"""

from __future__ import annotations

import argparse
import math
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from core import APP_NAME, __version__
from core.messages import on_command_line
from core.paths import data_dir
from core.selftest_steps import Context, Step, StepFailed, StepFn, needs

WORK_SUBFOLDER = ("测试 数据", "张三")  # Chinese characters and a space, like C:\Users\张三
REPORT_NAME = "self-test-report.txt"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass
class Result:
    name: str
    ok: bool
    seconds: float
    detail: str


# --- the core steps ----------------------------------------------------------------------------
# Each step imports what it checks: in a bundle with a module left out, that step fails with
# the missing import named and every other step still runs and reports.


def step_folder(ctx: Context) -> str:
    ctx.work.mkdir(parents=True, exist_ok=True)
    probe = ctx.work / "写入测试 probe.txt"
    probe.write_text("外贸客户分层", encoding="utf-8")
    if probe.read_text(encoding="utf-8") != "外贸客户分层":
        raise StepFailed(f"could not read back {probe}")
    probe.unlink()
    return str(ctx.work)


def _naming_file(name: str, text: str) -> str:
    """A refusal's message mostly names its file already: "a.xlsx: a.xlsx: …" read as two."""
    return text if name in text else f"{name}: {text}"


def step_import(ctx: Context) -> str:
    from core.ledger.importer import import_files
    from core.paths import resource_dir

    samples = sorted((resource_dir() / "sample").glob("*.xlsx"))
    if not samples:
        raise StepFailed(f"no sample ledgers in {resource_dir() / 'sample'}")
    results = import_files(ctx.db, samples)
    refused = [_naming_file(r.path.name, r.message.text if r.message else r.status)
               for r in results if r.status != "imported"]
    if refused:
        raise StepFailed("; ".join(refused))
    rows = sum(r.counts.inserted for r in results)
    orders = sum(r.counts.orders_inserted for r in results)
    if not orders:
        raise StepFailed("the samples imported no orders")
    return f"{len(samples)} ledgers, {rows} rows, {orders} orders"


def step_tabs_apart(_ctx: Context) -> str:
    """A big workbook's tabs are read in a second copy of the program (core/ledger/
    tabs_apart.py). A frozen copy started so must read them and end, not open the app:
    main.py's freeze_support. Only a bundle can prove it: the December sample is read so,
    whatever its size."""
    from core.ledger.readers import open_workbook
    from core.ledger.tabs_apart import ReadTab, TabsLost, tabs_apart
    from core.paths import resource_dir

    sample = sorted((resource_dir() / "sample").glob("*.xlsx"))[-1]
    with closing(open_workbook(sample)) as stream:
        try:
            with closing(tabs_apart(stream, None, {}, {}, "USD", "mdy", lambda: "",
                                    lambda _: None)) as tabs:
                read = [t.records for t in tabs if isinstance(t, ReadTab) and t.records]
        except TabsLost as exc:
            raise StepFailed("the second process ended before its last tab") from exc
    if not read:
        raise StepFailed(f"no tab of {sample.name} was read by the second process")
    rows = sum(len(records.records) for records in read)
    return f"{len(read)} tabs of {sample.name} ({rows} rows) read by a second process"


def step_analyse(ctx: Context) -> str:
    from core.analysis.run import analyse
    from core.store import connect

    needs(ctx.db.exists() or None, "the import")
    conn = connect(ctx.db)
    try:
        ctx.analysis = analyse(conn)
    finally:
        conn.close()
    tiers = {t: len(ctx.analysis.by_tier(t)) for t in ("strategic", "core", "long_tail")}
    if not any(tiers.values()):
        raise StepFailed("no customer landed in the pyramid")
    return (f"as of {ctx.analysis.as_of}, {len(ctx.analysis.customers)} customers, "
            + ", ".join(f"{k} {v}" for k, v in tiers.items()))


def step_firm_report(ctx: Context) -> str:
    from core.analysis.firm import report

    firm = report(needs(ctx.analysis, "the analysis"))
    if firm.active_customers <= 0:
        raise StepFailed("the firm report counts no active customer")
    return f"{firm.active_customers} active, revenue {firm.revenue_12m:,.0f} {firm.base_currency}"


def _export(ctx: Context, kind: str) -> str:
    import openpyxl

    from core.actions import export_restructuring, export_stop_loss

    writer = export_stop_loss if kind == "stop-loss" else export_restructuring
    target = ctx.work / f"{kind} 名单.xlsx"
    written = writer(needs(ctx.analysis, "the analysis"), target)
    book = openpyxl.load_workbook(written[0], read_only=True)
    try:
        sheets = book.sheetnames
    finally:
        book.close()
    if not sheets:
        raise StepFailed(f"{written[0].name} has no sheet")
    ctx.files[kind] = written[0]
    return f"{written[0].name}: {len(sheets)} sheets ({', '.join(sheets[:4])})"


def step_stop_loss(ctx: Context) -> str:
    return _export(ctx, "stop-loss")


def step_restructuring(ctx: Context) -> str:
    return _export(ctx, "restructuring")


def step_last_month_beside(ctx: Context) -> str:
    """The restructuring export checks last month's snapshot in a second copy of the program
    (core/analysis/last_month_beside.py). A frozen copy started so must run that check and end,
    not open the app: main.py's freeze_support. Only a bundle can prove it."""
    from core.analysis import snapshots
    from core.analysis.last_month_beside import started
    from core.store import connect

    as_of = needs(ctx.analysis, "the analysis").as_of
    conn = connect(ctx.db)
    try:
        with started(ctx.db, conn, as_of, as_of) as beside:
            if beside is None:
                raise StepFailed("no second process was started")
            last = beside.finish(conn)
            if not beside.succeeded:
                raise StepFailed(f"the second process ended with exit code "
                                 f"{beside.process.exitcode}")
        stored = snapshots.stored_fingerprints(conn)
    finally:
        conn.close()
    if last.month_end not in stored:
        raise StepFailed(f"no snapshot of {last.month_end} was stored")
    return f"the snapshot of {last.month_end} checked and stored by a second process"


def step_lifetime_value(ctx: Context) -> str:
    """Fits BG/NBD and Gamma-Gamma on customers drawn from known parameters and values them:
    the whole pure-Python path (log-gamma, the hypergeometric function, the minimiser, random
    draws) runs in the frozen app, so a bundle lacking a piece of it fails here, not in a
    user's hands (the imports are inside, like every step's, so that failure stays this
    step's)."""
    from core.analysis.clv import FITTED, lifetime_values
    from core.analysis.clv_math import hyp2f1
    from core.analysis.clv_models import BgNbd, GammaGamma, simulate

    # ₂F₁ against closed forms, one per way it is computed: the series in z, the series in
    # 1 - z, and its digamma form (c - a - b an integer)
    for z in (0.3, 0.97):
        for (a, b, c), closed in (((0.5, 1.5, 1.5), (1 - z) ** -0.5),
                                  ((1.0, 1.0, 2.0), -math.log1p(-z) / z)):
            if not abs(hyp2f1(a, b, c, z) / closed - 1) < 1e-12:
                raise StepFailed(f"2F1({a}, {b}; {c}; {z}) = {hyp2f1(a, b, c, z)!r}, not "
                                 f"{closed!r}")
    truth, spend = BgNbd(0.8, 40.0, 0.8, 3.0), GammaGamma(6.0, 4.0, 150.0)
    start = date(2024, 1, 1)
    drawn = simulate(truth, spend, 500, 365, seed=7)
    found = lifetime_values([(c, start + timedelta(days=d), v) for c, d, v in drawn],
                            start + timedelta(days=365))
    if found.model != FITTED:
        raise StepFailed("the fit failed on 500 simulated customers: "
                         f"{found.reason.params.get('reason', found.reason.text)}")
    p = found.params
    rate, mean_spend = p["r"] / p["alpha"], p["p"] * p["gamma"] / (p["q"] - 1)
    wanted = (truth.r / truth.alpha, spend.p * spend.gamma / (spend.q - 1))
    if not all(abs(got / want - 1) < 0.25 for got, want in zip((rate, mean_spend), wanted,
                                                               strict=True)):
        raise StepFailed(f"fitted rate {rate:.4f}/day and spend {mean_spend:.0f} are far from "
                         f"the true {wanted[0]:.4f} and {wanted[1]:.0f}")
    total = sum(c.clv for c in found.customers)
    if not total > 0:
        raise StepFailed(f"the customers' lifetime values add up to {total}")
    detail = (f"r={p['r']:.3f} α={p['alpha']:.1f}/day a={p['a']:.3f} b={p['b']:.3f}, "
              f"p={p['p']:.2f} q={p['q']:.2f} γ={p['gamma']:.0f}")
    if not ctx.db.exists():
        return detail
    from core.analysis.clv_firm import firm_lifetime_values
    from core.rules import load_rules
    from core.store import connect

    conn = connect(ctx.db)
    try:
        firm = firm_lifetime_values(conn, None, load_rules(conn))
    finally:
        conn.close()
    return f"{detail}; samples: {len(firm.customers)} customers, model {firm.model}"


def step_xml_guard(_ctx: Context) -> str:
    import openpyxl.xml

    if not getattr(openpyxl.xml, "DEFUSEDXML", False):
        raise StepFailed("openpyxl.xml.DEFUSEDXML is False: defusedxml is missing from the build")
    import defusedxml

    return f"defusedxml {defusedxml.__version__} active"


def step_gettext(ctx: Context) -> str:
    from core import i18n

    previous = i18n.current_language()
    try:
        i18n.set_language(ctx.language)
        text = i18n.tr("strategic")
    finally:
        i18n.set_language(previous)
    if text != "战略":
        raise StepFailed(f"'strategic' in {ctx.language} reads {text!r}, expected '战略'")
    return f"'strategic' → {text}"


CORE_STEPS: list[Step] = [
    ("folder with Chinese characters and spaces", step_folder),
    ("import the bundled sample ledgers", step_import),
    ("a workbook's tabs, read in a second process", step_tabs_apart),
    ("analysis (tiers, risk, lists)", step_analyse),
    ("firm report", step_firm_report),
    ("stop-loss list (Excel, opens in openpyxl)", step_stop_loss),
    ("restructuring list (Excel, opens in openpyxl)", step_restructuring),
    ("last month's snapshot, in a second process", step_last_month_beside),
    ("lifetime value (BG/NBD fit, pure Python)", step_lifetime_value),
    ("openpyxl XML guard (defusedxml)", step_xml_guard),
    ("Chinese messages (gettext catalog)", step_gettext),
]


# --- running and reporting -------------------------------------------------------------------


def run_steps(steps: Sequence[Step], ctx: Context,
              echo: Callable[[str], None] = print) -> list[Result]:
    """Every step runs, whatever failed before it; each prints its line as it finishes."""
    results = []
    for name, fn in steps:
        start = time.perf_counter()
        try:
            detail, ok = fn(ctx), True
        except StepFailed as error:
            detail, ok = str(error), False
        except Exception as error:  # noqa: BLE001 - a self-test reports, it never crashes
            last = traceback.extract_tb(error.__traceback__)[-1]
            with on_command_line():  # a Qt step's refusal too: the report is the command's
                detail = (f"{type(error).__name__}: {error} "
                          f"({Path(last.filename).name}:{last.lineno})")
            ok = False
        result = Result(name, ok, time.perf_counter() - start, detail)
        results.append(result)
        echo(format_result(result))
    return results


def format_result(result: Result) -> str:
    mark = "✓" if result.ok else "✗"
    return f"{mark} {result.name:<48} {result.seconds:6.2f} s  {result.detail}"


def header_lines(ctx: Context) -> list[str]:
    frozen = getattr(sys, "frozen", False)
    where = Path(sys.executable).parent if frozen else Path(__file__).resolve().parent.parent
    return [
        f"{APP_NAME} {__version__} self-test, {datetime.now():%Y-%m-%d %H:%M:%S}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Running from: {where} ({'bundle' if frozen else 'source'})",
        f"Work folder: {ctx.work}",
        "",
    ]


def summary_line(results: Sequence[Result], seconds: float) -> str:
    failed = [r for r in results if not r.ok]
    if not failed:
        return (f"All {len(results)} checks passed in {seconds:.1f} s. "
                f"全部 {len(results)} 项检查通过。")
    return (f"{len(failed)} of {len(results)} checks FAILED: "
            + "; ".join(r.name for r in failed) + f". {len(failed)} 项检查未通过。")


def default_report_path() -> Path:
    """<data folder>/self-test-report.txt, or the temp folder when the data folder can't be made."""
    try:
        return data_dir() / REPORT_NAME
    except OSError:
        return Path(tempfile.gettempdir()) / f"{APP_NAME}-{REPORT_NAME}"


def parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tradetier self-test", description=(
        "Check that this copy of TradeTier works: import, analysis, lists, PDF, window."))
    parser.add_argument("--report", type=Path, help=f"write the report here "
                        f"(default: the data folder's {REPORT_NAME})")
    parser.add_argument("--keep", action="store_true",
                        help="keep the work folder (database, lists, PDF, screenshot)")
    parser.add_argument("--core-only", action="store_true", help="skip the Qt checks")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str], gui_steps: Callable[[], list[Step]] | None = None) -> int:
    """Run every check, print and write the report, return 0 only if all passed."""
    try:
        args = parse(argv)
    except SystemExit as stop:
        return EXIT_OK if stop.code == 0 else EXIT_USAGE
    started = time.perf_counter()
    root = Path(tempfile.mkdtemp(prefix=f"{APP_NAME}-self-test-"))
    work = root.joinpath(*WORK_SUBFOLDER)
    ctx = Context(work=work, db=work / "tradetier.sqlite")
    lines = header_lines(ctx)
    for line in lines:
        print(line)
    steps: list[Step] = []
    if gui_steps is not None and not args.core_only:
        try:
            steps += gui_steps()
        except Exception as error:  # noqa: BLE001 - Qt failing to load is a finding
            steps.append(("Qt loads", _raiser(f"{type(error).__name__}: {error}")))
    def echo(line: str) -> None:
        lines.append(line)
        print(line)

    with on_command_line():  # the core steps are the commands' own work, said their way
        results = run_steps(list(CORE_STEPS), ctx, echo=echo)
    results += run_steps(steps, ctx, echo=echo)
    tail = ["", summary_line(results, time.perf_counter() - started)]
    if args.keep:
        tail.append(f"Work folder kept: {work}")
    else:
        shutil.rmtree(root, ignore_errors=True)
    for line in tail:
        print(line)
    lines += tail
    report = args.report or default_report_path()
    try:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"Report written to: {report}")
    except OSError as error:
        print(f"Could not write the report to {report}: {error}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED


def _raiser(message: str) -> StepFn:
    def fail(_ctx: Context) -> str:
        raise StepFailed(message)

    return fail
