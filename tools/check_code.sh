#!/usr/bin/env bash
# Checks style and types the way CI does, before the tests: ruff's lint rules, ruff's formatting
# (nothing is rewritten here) and mypy (settings in pyproject.toml). Every check runs; the exit status
# fails when any of them found something.
# Usage: tools/check_code.sh   (after tools/bootstrap.sh test)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
py=.venv/bin/python
status=0
step() {
  printf 'check_code: %s\n' "$*" >&2
  "$py" -m "$@" || status=1
}
step ruff check --no-fix .
step ruff format --check .
step mypy
[ "$status" = 0 ] && printf 'check_code: all clean\n' >&2
exit "$status"
