#!/usr/bin/env bash
# Runs the whole test suite, setting everything up first: the offscreen part, the part that needs a
# real X display under Xvfb, then (with no arguments) the Windows setup built, installed and
# self-tested under Wine. Extra arguments go to the first two pytest runs and leave the Windows one out.
# Before the tests, with no arguments: ruff's lint and format checks and mypy (settings in pyproject.toml:
# the Qt-free core strictly), as tools/check_code.sh runs them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
tools/bootstrap.sh test
export SARAPSHY_TESTING=1
py=.venv/bin/python
status=0
if [ $# = 0 ]; then
  "$py" -m ruff check --no-fix . || status=$?
  "$py" -m ruff format --check . || status=$?
  "$py" -m mypy || status=$?
fi
pstatus=0
QT_QPA_PLATFORM=offscreen "$py" -m pytest -n 2 -m "not xvfb and not installer and not windows" "$@" || pstatus=$?
[ "$pstatus" = 5 ] && pstatus=0   # "no tests collected" in a filtered run is not a failure
[ "$status" = 0 ] && status=$pstatus
if [ -n "${DISPLAY:-}" ] && [ -z "${CI:-}" ]; then runner=(); else runner=(xvfb-run -a -s "-screen 0 1600x1000x24"); fi
xstatus=0
QT_QPA_PLATFORM=xcb "${runner[@]}" "$py" -m pytest -m "xvfb and not installer and not windows" "$@" || xstatus=$?
[ "$xstatus" = 5 ] && xstatus=0
wstatus=0
if [ $# = 0 ] && [ -z "${SARAPSHY_SKIP_WINDOWS:-}" ]; then
  "$py" -m pytest -m windows tests/test_windows_installer.py || wstatus=$?
fi
[ "$status" = 0 ] && [ "$xstatus" = 0 ] && [ "$wstatus" = 0 ]
