#!/bin/sh
# Debian/Ubuntu libraries Qt 6.5+ needs to open a window (the xcb platform plugin). Without
# them the application aborts at start with "Could not load the Qt platform plugin xcb".
PACKAGES="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3"
[ "$(uname -s)" = "Linux" ] || exit 0
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for package in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
echo "Bibliothèques système nécessaires à l'affichage Qt manquantes :$missing"
if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
elif command -v sudo >/dev/null 2>&1; then
    echo "Installation avec sudo (votre mot de passe peut être demandé)…"
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
else
    echo "Installez-les puis relancez : apt-get install$missing"
    exit 1
fi
