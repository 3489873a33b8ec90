#!/bin/sh
# Adds Sarapshy to this user's applications menu and lets round and sheet files open with it.
# Run it from the unpacked folder (again after moving the folder); nothing outside your home
# folder is changed. To undo: ./install-desktop-entry.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share="${XDG_DATA_HOME:-$HOME/.local/share}"
desktop="$share/applications/sarapshy.desktop"
icon="$share/icons/hicolor/256x256/apps/sarapshy.png"
mime="$share/mime/packages/sarapshy.xml"

action=installed
if [ "${1:-}" = "--remove" ]; then
    action=removed
    rm -f "$desktop" "$icon" "$mime"
else
    mkdir -p "$(dirname "$desktop")" "$(dirname "$icon")" "$(dirname "$mime")"
    sed "s|^Exec=[^ ]*|Exec=\"$here/Sarapshy\"|; s|^Icon=.*|Icon=sarapshy|" "$here/sarapshy.desktop" > "$desktop"
    cp "$here/sarapshy.png" "$icon"
    cp "$here/sarapshy-mime.xml" "$mime"
fi
command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "Sarapshy: menu entry $action ($desktop)"
