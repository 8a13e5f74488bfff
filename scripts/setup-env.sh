#!/usr/bin/env bash
# Creates .venv with the pinned dependencies and compiles the translations.
# Sourced by run-app.sh and run-tests.sh; idempotent and quick when nothing changed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3
"$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "TradeTier needs Python 3.11 or newer (found $("$PY" --version 2>&1))." >&2; exit 1; }
VENV="$ROOT/.venv"
EXTRAS="${1:-}"
STAMP="$VENV/.installed$EXTRAS"
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
if [ ! -f "$STAMP" ] || [ "$ROOT/pyproject.toml" -nt "$STAMP" ] || [ "$ROOT/constraints.txt" -nt "$STAMP" ]; then
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet -c "$ROOT/constraints.txt" -e "$ROOT$EXTRAS"
  touch "$STAMP"
fi
"$VENV/bin/python" "$ROOT/build_scripts/compile_translations.py" >/dev/null
