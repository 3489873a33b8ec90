#!/usr/bin/env bash
# Prepares a machine to run or test Sarapshy: Debian packages (when allowed), the virtual
# environment in .venv with the pinned Python packages, and the compiled translations.
# Safe to run again: every step is skipped when already done.
# Usage: tools/bootstrap.sh [run|test]
set -euo pipefail
purpose="${1:-run}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

say() { printf 'sarapshy setup: %s\n' "$*" >&2; }

# --- system packages (Debian/Ubuntu) ---------------------------------------------------------
run_pkgs=(python3-venv libvlc5 vlc-plugin-base vlc-plugin-video-output libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0 libxcb-xkb1 libxcb-shape0
  libxcb-randr0 libxcb-xinerama0 libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
test_pkgs=(xvfb xauth poppler-utils ffmpeg libreoffice-calc-nogui gcc binutils)
if [ -r /etc/debian_version ] && command -v dpkg-query >/dev/null; then
  wanted=("${run_pkgs[@]}")
  [ "$purpose" = test ] && wanted+=("${test_pkgs[@]}")
  missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"; else sudo="none"; fi
    if [ "$sudo" = none ]; then
      say "these Debian packages are missing: ${missing[*]}"
      say "install them with: sudo apt-get install ${missing[*]}   (then run this command again)"
      [ "$purpose" = test ] && exit 1
    else
      say "installing Debian packages: ${missing[*]}"
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
  fi
elif [ "$(uname -s)" = Linux ]; then
  say "not a Debian system: install libvlc, Xvfb and poppler-utils with your package manager (see README)"
fi

# --- Python virtual environment ----------------------------------------------------------------
py="${PYTHON:-}"
if [ -z "$py" ]; then
  for c in python3.13 python3.12 python3.11 python3; do
    if command -v "$c" >/dev/null && "$c" -c 'import sys; sys.exit(not (3,11) <= sys.version_info[:2] < (3,14))' 2>/dev/null; then py="$c"; break; fi
  done
fi
[ -n "$py" ] || { say "Python 3.11 to 3.13 is needed (install python3 and python3-venv)"; exit 1; }
if [ ! -x .venv/bin/python ]; then
  say "creating the virtual environment in .venv"
  "$py" -m venv .venv || { say "could not create .venv: on Debian install python3-venv"; exit 1; }
fi
stamp=.venv/.sarapshy-installed
deps="$(cat pyproject.toml constraints.txt | sha256sum | cut -c1-16)"
installed="$(cat "$stamp" 2>/dev/null || true)"
# A test install includes everything a run needs.
if [ "$installed" != "$deps-test" ] && { [ "$purpose" = test ] || [ "$installed" != "$deps-run" ]; }; then
  say "installing Python packages (pinned in constraints.txt)"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  extra=""; [ "$purpose" = test ] && extra="[test]"
  .venv/bin/python -m pip install -q -c constraints.txt -e ".$extra"
  echo "$deps-$purpose" > "$stamp"
fi

# --- translations ------------------------------------------------------------------------------
.venv/bin/python tools/build_translations.py --quiet
