#!/bin/sh
# Pack the one-folder bundle (make bundle) into a Debian/Ubuntu package.
#
#   sh installer/build-deb.sh [BUNDLE_DIR [OUT_DIR]]    (defaults: dist/cabinet-desktop dist)
#
# The package installs the bundle in /opt/cabinet-desktop, the command /usr/bin/cabinet-desktop
# (a relative link into /opt, so it also works in a tree unpacked with dpkg -x), the menu entry
# « Cabinet du Ministre » with its icon, and the type of backup files (*.cabinet-backup), which
# opens « cabinet-desktop restore FILE » in a terminal (it shows the backup and asks first).
# It depends only on the system's display libraries: Python and Qt are inside the bundle.
# The user's data (~/.local/share/CabinetDesktop) is never touched by installing or removing.
# Compression: DEB_COMPRESSION (gzip by default, quick; xz gives a smaller file, slowly).
set -eu

HERE="$(cd "$(dirname "$0")" && pwd)"
BUNDLE="${1:-dist/cabinet-desktop}"
OUT="${2:-dist}"
NAME=cabinet-desktop
COMPRESSION="${DEB_COMPRESSION:-gzip}"

if [ ! -x "$BUNDLE/$NAME" ]; then
    echo "Bundle introuvable : $BUNDLE/$NAME (lancez d'abord « make bundle »)." >&2
    exit 1
fi
command -v dpkg-deb >/dev/null 2>&1 || { echo "dpkg-deb est nécessaire (paquet dpkg)." >&2; exit 1; }

# The version the bundle itself reports (« cabinet-desktop 0.1.0 »): the package cannot lie.
VERSION="$("$BUNDLE/$NAME" --version | awk '{print $2}')"
[ -n "$VERSION" ] || { echo "Le bundle ne donne pas sa version." >&2; exit 1; }
ARCH="$(dpkg --print-architecture)"

STAGE="$(mktemp -d "${TMPDIR:-/tmp}/cabinet-deb.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT INT TERM
ROOT="$STAGE/root"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
         "$ROOT/usr/share/icons/hicolor/scalable/apps" "$ROOT/usr/share/mime/packages" \
         "$ROOT/usr/share/doc/$NAME"
cp -a "$BUNDLE" "$ROOT/opt/$NAME"
ln -s "../../opt/$NAME/$NAME" "$ROOT/usr/bin/$NAME"
install -m 0644 "$HERE/linux/$NAME.desktop" "$HERE/linux/$NAME-restore.desktop" \
    "$ROOT/usr/share/applications/"
install -m 0644 "$HERE/linux/$NAME.svg" "$ROOT/usr/share/icons/hicolor/scalable/apps/$NAME.svg"
install -m 0644 "$HERE/linux/$NAME-mime.xml" "$ROOT/usr/share/mime/packages/$NAME.xml"
cat > "$ROOT/usr/share/doc/$NAME/copyright" <<'EOF'
Cabinet Desktop. Bundled: Python (PSF licence), Qt for Python / PySide6 (LGPLv3),
Noto Sans (SIL OFL 1.1), Tabler Icons (MIT); see /opt/cabinet-desktop/_internal.
EOF
find "$ROOT" -type d -exec chmod 0755 {} +

SIZE_KB="$(du -sk "$ROOT/opt" | cut -f1)"
cat > "$ROOT/DEBIAN/control" <<EOF
Package: $NAME
Version: $VERSION
Section: misc
Priority: optional
Architecture: $ARCH
Installed-Size: $SIZE_KB
Maintainer: Cabinet Desktop <cabinet-desktop@localhost>
Depends: libc6, libgl1, libegl1, libfontconfig1, libfreetype6, libdbus-1-3, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-randr0, libxcb-shape0, libxcb-xfixes0, libxcb-xkb1, libxkbcommon0, libxkbcommon-x11-0
Description: Cabinet du Ministre (Cabinet Desktop)
 Missions, dossiers, partenaires et indicateurs du cabinet d'un ministre :
 registre du courrier, notes au Ministre en PDF, échanges Excel, journal
 d'audit chaîné, sauvegardes vérifiées. Python et Qt sont inclus.
EOF
# Menus and file types are refreshed when the tools exist (a desktop); never an error.
cat > "$ROOT/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
command -v update-mime-database >/dev/null 2>&1 && update-mime-database /usr/share/mime || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
exit 0
EOF
cp "$ROOT/DEBIAN/postinst" "$ROOT/DEBIAN/postrm"
chmod 0755 "$ROOT/DEBIAN/postinst" "$ROOT/DEBIAN/postrm"

mkdir -p "$OUT"
PACKAGE="$OUT/${NAME}_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Z"$COMPRESSION" --build "$ROOT" "$PACKAGE" >/dev/null
echo "$PACKAGE"
