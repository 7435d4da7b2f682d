#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package from BUILD_DIR (default build/) with `cpack -G DEB` and checks it as
# a user's machine would see it: the control fields (Depends computed by dpkg-shlibdeps naming
# the Qt 6 runtime libraries), every file in its standard place, the desktop entry and AppStream
# metadata valid, the man page in step with --help, and the unpacked programs running from a
# temporary root. Called by scripts/test.sh; exits non-zero with a message on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
repo="$PWD"

fail() {
    echo "check-package: FAILED: $*" >&2
    exit 1
}

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[[ -n "$version" ]] || fail "no project version in $build/CMakeCache.txt"
arch=$(dpkg --print-architecture)
out="$build/package"
rm -rf "$out"
(cd "$build" && cpack -G DEB -B "$repo/$out" >/dev/null) || fail "cpack -G DEB failed"
deb="$out/picklescope_${version}_${arch}.deb"
[[ -f "$deb" ]] || fail "expected $deb; cpack wrote: $(ls "$out")"

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == picklescope ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', expected $version"
[[ $(field Architecture) == "$arch" ]] || fail "Architecture is '$(field Architecture)'"
for f in Maintainer Section Description Installed-Size; do
    [[ -n $(field "$f") ]] || fail "control field $f is empty"
done
field Description | grep -q "License: MIT" || fail "the description does not state the licence"
depends=$(field Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6 libc6 libstdc++6 \
    zlib1g libbz2-1.0 liblzma5 liblz4-1; do
    sed 's/, */\n/g' <<<"$depends" | awk '{print $1}' | grep -qxF "$lib" ||
        fail "Depends does not name $lib: $depends"
done

# Contents: every file in its standard place.
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
expected=(
    ./usr/bin/picklescope
    ./usr/bin/picklescope-cli
    ./usr/share/applications/picklescope.desktop
    ./usr/share/mime/packages/picklescope.xml
    ./usr/share/metainfo/org.picklescope.PickleScope.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/picklescope.svg
    ./usr/share/man/man1/picklescope-cli.1
    ./usr/share/man/man1/picklescope.1
    ./usr/share/doc/picklescope/copyright
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/picklescope.png")
done
for ts in translations/*.ts; do
    expected+=("./usr/share/picklescope/translations/$(basename "${ts%.ts}").qm")
done
for f in "${expected[@]}"; do
    grep -qxF "$f" <<<"$contents" || fail "the package lacks $f"
done

# Unpacked into a temporary root, the programs run from there.
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
cli="$root/usr/bin/picklescope-cli"
[[ $("$cli" --version) == "picklescope-cli $version" ]] || fail "picklescope-cli --version: $("$cli" --version)"
info=$("$cli" info resources/examples/spam_classifier.joblib) || fail "unpacked picklescope-cli info failed"
grep -q "joblib" <<<"$info" || fail "unpacked picklescope-cli info printed: $info"
gui_version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/picklescope" --version)
[[ "$gui_version" == "PickleScope $version" || "$gui_version" == "picklescope $version" ]] ||
    fail "picklescope --version: $gui_version"
# The window reads the installed catalogues (before the embedded ones): with the French
# catalogue installed under the German name, a German locale gets French.
tr_dir="$root/usr/share/picklescope/translations"
help_de=$(LC_ALL=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen "$root/usr/bin/picklescope" --help 2>/dev/null)
grep -q "ohne sie auszuführen" <<<"$help_de" || fail "no German --help from the package: $help_de"
cp "$tr_dir/picklescope_fr.qm" "$tr_dir/picklescope_de.qm"
help_de=$(LC_ALL=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen "$root/usr/bin/picklescope" --help 2>/dev/null)
grep -q "sans les exécuter" <<<"$help_de" ||
    fail "the window does not read share/picklescope/translations: $help_de"
rm "$tr_dir/picklescope_de.qm"
help_de=$(LC_ALL=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen "$root/usr/bin/picklescope" --help 2>/dev/null)
grep -q "ohne sie auszuführen" <<<"$help_de" ||
    fail "without an installed German catalogue the embedded one is not used: $help_de"

for size in 16 48 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/picklescope.png"
    # PNG: 8-byte signature, then the IHDR chunk with big-endian width and height.
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $2*65536+$3*256+$4 "x" $6*65536+$7*256+$8}')
    [[ "$dims" == "${size}x${size}" ]] || fail "the ${size}x${size} icon is ${dims}"
done

# Validators.
desktop-file-validate "$root/usr/share/applications/picklescope.desktop" ||
    fail "desktop-file-validate"
grep -q "application/x-python-pickle" "$root/usr/share/applications/picklescope.desktop" ||
    fail "the desktop entry does not claim the pickle MIME type"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.picklescope.PickleScope.metainfo.xml" \
    >/dev/null || fail "appstreamcli validate"

# The man page and --help have one source: every command of --help is in the man page.
man="$root/usr/share/man/man1/picklescope-cli.1"
for cmd in $("$cli" --help | sed -n 's/^  \([a-z]\+\) .*/\1/p'); do
    grep -q "$cmd" "$man" || fail "the man page lacks the command '$cmd' of --help"
done
grep -q "$version" "$man" || fail "the man page does not carry version $version"

echo "check-package: OK — $(basename "$deb"), $(wc -l <<<"$contents") entries, Depends: $depends"
