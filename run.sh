#!/usr/bin/env bash
# Starts Sarapshy (the demo round when no round is given), setting everything up first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$root/tools/bootstrap.sh" run
exec "$root/.venv/bin/python" -m app "$@"
