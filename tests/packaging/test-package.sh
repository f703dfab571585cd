#!/usr/bin/env bash
# test-package.sh BUILD_DIR: cpack's .deb has the app, the simulators, desktop integration and
# declared dependencies, and the app runs from a scratch root made with dpkg -x.
set -euo pipefail
build=$1
root=$(mktemp -d)
out=$(mktemp -d)
trap 'rm -rf "$root" "$out"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; fail "cpack failed"; }
deb=$(ls "$out"/*.deb | head -n 1)
[ -f "$deb" ] || fail "no .deb produced"
echo "built $(basename "$deb")"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6widgets6 libqt6network6 libqt6keychain1 libarchive13 libspdlog1; do
    grep -q "$lib" <<<"$depends" || fail "the package does not depend on $lib"
done

dpkg -x "$deb" "$root"
for f in usr/bin/aks-recovery usr/libexec/aks-recovery/aks-sim-powershell usr/libexec/aks-recovery/aks-sim-velero \
    usr/libexec/aks-recovery/aks-sim-kubectl usr/share/applications/io.github.aks_recovery.Console.desktop \
    usr/share/metainfo/io.github.aks_recovery.Console.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/aks-recovery.svg; do
    [ -e "$root/$f" ] || fail "$f is missing from the package"
done

version=$("$root/usr/bin/aks-recovery" --version)
echo "$version"
[[ "$version" == "aks-recovery "* ]] || fail "unexpected --version output: $version"

# The installed app finds its simulators in libexec and runs the demo environment headless.
"$root/usr/bin/aks-recovery" --demo env --json >"$out/env.json" || { cat "$out/env.json"; fail "--demo env failed"; }
grep -q '"demo": true' "$out/env.json" || fail "--demo env did not select the demo environment"
grep -q "$root/usr/libexec/aks-recovery/aks-sim-velero" "$out/env.json" || fail "the demo does not use the installed simulators"

# Both validators are in ./dev's APT_PACKAGES: a missing one is a broken setup, never a pass.
for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || fail "$tool is missing; ./dev installs it"
done
desktop-file-validate "$root/usr/share/applications/io.github.aks_recovery.Console.desktop" ||
    fail "desktop-file-validate rejects the desktop file"
# Pedantic, as software centres judge it; no fallback to the lenient mode.
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.github.aks_recovery.Console.metainfo.xml" ||
    fail "appstreamcli validate --pedantic rejects the metainfo"
echo "package ok"
