#!/usr/bin/env bash
# CI stage for the frozen app: builds the Linux onedir bundle (dist/TradeTier) from .venv with
# the documented command, copies it to a folder whose path has Chinese characters and spaces,
# and runs its self-test there (import, analysis, lists, PDF, window, translations). A hidden
# import, resource or Qt plugin missing from the spec fails here. Exit non-zero on any failure.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup-env.sh" "[dev]"   # idempotent; PyInstaller is a dev dependency
cd "$ROOT"
PY=.venv/bin/python

echo "== building the bundle: python build_scripts/build.py"
"$PY" build_scripts/build.py --no-installer

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
INSTALLED="$WORK/安装 目录/TradeTier"        # like C:\Users\张三\AppData\Local\Programs
USER_HOME="$WORK/用户 张三"
TEMP_DIR="$WORK/临时 文件"
mkdir -p "$(dirname "$INSTALLED")" "$TEMP_DIR"
cp -a dist/TradeTier "$INSTALLED"

echo "== self-test of the bundle in $INSTALLED"
REPORT="$USER_HOME/self-test-report.txt"
set +e
env QT_QPA_PLATFORM=offscreen TRADETIER_HOME="$USER_HOME" TMPDIR="$TEMP_DIR" \
  "$INSTALLED/TradeTier" self-test --report "$REPORT"
status=$?
set -e
if [ ! -s "$REPORT" ]; then
  echo "The self-test wrote no report at $REPORT (exit $status)." >&2
  exit 1
fi
if [ $status -ne 0 ]; then
  echo "The bundle's self-test failed (exit $status); report above." >&2
  exit $status
fi

echo "== desktop platform plugin (xcb) present and loadable"
XCB="$INSTALLED/_internal/PySide6/Qt/plugins/platforms/libqxcb.so"
[ -f "$XCB" ] || { echo "missing: $XCB" >&2; exit 1; }
missing="$(LD_LIBRARY_PATH="$INSTALLED/_internal" ldd "$XCB" | grep "not found" || true)"
if [ -n "$missing" ]; then
  echo "The xcb plugin's libraries are missing from the bundle:" >&2
  echo "$missing" >&2
  exit 1
fi
if command -v xvfb-run >/dev/null 2>&1; then
  env -u QT_QPA_PLATFORM TRADETIER_HOME="$USER_HOME" TRADETIER_EXIT_AFTER_SHOW=1 \
    xvfb-run -a "$INSTALLED/TradeTier" 2>/dev/null | grep "TRADETIER_FIRST_WINDOW" \
    || { echo "The bundle did not show its window on X11 (xcb)." >&2; exit 1; }
else
  echo "(xvfb-run not installed: the window was not started on X11, only offscreen)"
fi

echo "== size and start-up"
"$PY" bench/bench_bundle.py --bundle "$INSTALLED" --runs 3 --quick
size_mb=$(du -sm "$INSTALLED" | cut -f1)
if [ "$size_mb" -ge 200 ]; then
  echo "The bundle is ${size_mb} MB; the limit is 200 MB on Linux (see build_scripts/tradetier.spec)." >&2
  exit 1
fi
echo "Bundle OK: ${size_mb} MB."
