#!/usr/bin/env bash
# Sets up TradeTier in .venv and starts it; extra arguments go to main.py.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup-env.sh"
if [ "$(uname -s)" = "Linux" ] && { [ $# -eq 0 ] || [[ "$1" == --* ]]; }; then  # the window
  bash "$ROOT/scripts/linux-desktop-deps.sh"
fi
if [ $# -eq 0 ] && ! "$ROOT/.venv/bin/python" -c 'import sys; sys.path.insert(0, sys.argv[1])
from core.paths import default_db_path; sys.exit(not default_db_path().exists())' "$ROOT"; then
  set -- --demo   # no data of your own yet: start on the bundled sample ledgers
fi
exec "$ROOT/.venv/bin/python" "$ROOT/main.py" "$@"
