#!/usr/bin/env bash
# Starts Sarapshy (no round given: the round opened last, or the demo round on the first run), setting everything up first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$root/tools/bootstrap.sh" run
exec "$root/.venv/bin/python" -m app "$@"
