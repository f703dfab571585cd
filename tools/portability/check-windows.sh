#!/usr/bin/env bash
# Compiles the portable sources for Windows in syntax-only mode with Debian's mingw-w64 headers, so
# POSIX-only calls (setpgid, kill, fork, <unistd.h>) and GNU extensions (-Wpedantic) outside a
# platform guard fail here, on Linux, before they reach the admins' Windows build.
#   tools/portability/check-windows.sh BUILD_DIR       every source of backend/ models/ ui/ app/, through
#                                                      the build's unity batches (one parse of the Qt
#                                                      headers per batch, not per file) when it has them
#   tools/portability/check-windows.sh --files FILE... those files alone
#   tools/portability/check-windows.sh --self-test     proves a planted setpgid is caught
# Exit 0 clean, 1 a file does not compile for Windows, 77 skipped (no mingw-w64 and not on CI).
set -uo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
ROOT=$PWD

CXX=""
for c in x86_64-w64-mingw32-g++-posix x86_64-w64-mingw32-g++; do
    command -v "$c" >/dev/null && { CXX=$c; break; }
done
if [ -z "$CXX" ]; then
    if [ "${CI:-}" = true ]; then
        echo "check-windows: FAILED, because x86_64-w64-mingw32-g++ is missing on CI (./dev installs g++-mingw-w64-x86-64-posix)" >&2
        exit 1
    fi
    echo "check-windows: skipped, because x86_64-w64-mingw32-g++ is not installed (apt-get install g++-mingw-w64-x86-64-posix)"
    exit 77
fi

QT=$(qtpaths6 --query QT_INSTALL_HEADERS 2>/dev/null || echo /usr/include/x86_64-linux-gnu/qt6)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# Only the third-party headers the sources use; the rest of /usr/include is Linux's and would hide
# exactly the mistakes this check is for.
mkdir -p "$WORK/inc"
for h in nlohmann spdlog fmt qt6keychain isa-l isa-l.h simdjson.h; do
    [ -e "/usr/include/$h" ] && ln -s "/usr/include/$h" "$WORK/inc/$h"
done
# OpenSSL splits its headers between the common folder and the multiarch one (opensslconf.h).
mkdir -p "$WORK/inc/openssl"
for h in /usr/include/openssl/* /usr/include/*-linux-gnu/openssl/*; do
    [ -e "$h" ] && ln -sf "$h" "$WORK/inc/openssl/"
done

FLAGS=(-std=c++20 -fsyntax-only -Wpedantic -Werror=pedantic -Wno-attributes
    -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_NO_URL_CAST_FROM_STRING -DQT_USE_QSTRINGBUILDER
    -DQT_NO_FOREACH -DQT_CORE_LIB -DQT_NETWORK_LIB -DQT_GUI_LIB -DQT_WIDGETS_LIB -DAKS_VERSION=\"0\"
    -DSPDLOG_FMT_EXTERNAL -DSPDLOG_COMPILED_LIB
    -I"$QT" -I"$QT/QtCore" -I"$QT/QtNetwork" -I"$QT/QtGui" -I"$QT/QtWidgets"
    -Ibackend -Imodels -Iui -Iapp -I"$WORK/inc")
# The generated ui_/moc headers are not needed: the sources include none.

if [ "${1:-}" = --self-test ]; then
    planted="$WORK/planted.cpp"
    { echo '#include "jobs/ProcessRunner.h"'; echo 'void aksPlanted() { ::setpgid(0, 0); }'; } >"$planted"
    if "$CXX" "${FLAGS[@]}" "$planted" 2>"$WORK/planted.err"; then
        echo "check-windows self-test: FAILED, a planted ::setpgid compiled for Windows" >&2
        exit 1
    fi
    grep -q setpgid "$WORK/planted.err" || { cat "$WORK/planted.err" >&2; exit 1; }
    echo "check-windows self-test: a planted ::setpgid is refused"
    exit 0
fi

if [ "${1:-}" = --files ]; then
    shift
    files=("$@")
else
    build=${1:?usage: check-windows.sh BUILD_DIR | --files FILE... | --self-test}
    files=()
    for t in backend/CMakeFiles/aks_backend.dir models/CMakeFiles/aks_models.dir ui/CMakeFiles/aks_ui.dir \
        app/CMakeFiles/aks_cli.dir app/CMakeFiles/aks-recovery.dir; do
        for u in "$build/$t"/Unity/unity_*_cxx.cxx; do [ -f "$u" ] && files+=("$u"); done
    done
    # Sources the unity batches leave out (or every source, in a build without unity batches).
    mapfile -t all < <(find backend models ui app -name '*.cpp' | sort)
    for f in "${all[@]}"; do
        grep -qsF "$ROOT/$f\"" "${files[@]}" /dev/null || files+=("$f")
    done
    for d in ui/aks_ui_autogen app/aks_cli_autogen app/aks-recovery_autogen models/aks_models_autogen; do
        [ -d "$build/$d/include" ] && FLAGS+=(-I"$build/$d/include")
    done
fi
printf '%s\0' "${FLAGS[@]}" >"$WORK/flags"
export CXX WORK
check_one() { # FILE: compiles it, prints FAIL and its first errors when it does not compile
    local out flags
    out="$WORK/out.$(echo "$1" | tr / _)"
    mapfile -d '' flags <"$WORK/flags"
    "$CXX" "${flags[@]}" "$1" >"$out" 2>&1 || { echo "FAIL $1"; grep -E 'error' "$out" | head -5; }
}
export -f check_one
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -I{} bash -c 'check_one "$1"' _ {} >"$WORK/report"
if grep -q '^FAIL ' "$WORK/report"; then
    cat "$WORK/report" >&2
    echo "check-windows: $(grep -c '^FAIL ' "$WORK/report") of ${#files[@]} files do not compile for Windows" >&2
    exit 1
fi
echo "check-windows: ${#files[@]} files compile for Windows (syntax only, $CXX)"
