#!/usr/bin/env bash
# The layering rule, enforced: ui -> models -> backend, no arrow back up. A backend/ file includes no
# models/ or ui/ header, a models/ file no ui/ header, and a ui/ file includes a backend header only
# when it is a value type listed in ui-backend-value-types.txt (or an old include listed in
# ui-backend-debt.txt, which may only shrink). Includes are resolved the way the compiler does: the
# including file's folder first, then the roots of its layer, then the others (a header found only
# in a layer above is a violation, even when the build would not find it today).
#   tests/layering/check-layering.sh [ROOT]     checks ROOT (default: this checkout)
#   tests/layering/check-layering.sh --self-test  plants one violation of each kind in a copy and
#                                                 fails unless each is caught
set -uo pipefail
HERE=$(dirname "$(readlink -f "$0")")

# Sets LAYER to the layer of a path relative to the root.
layer_of() {
    case $1 in
    backend/*) LAYER=backend ;;
    models/*) LAYER=models ;;
    ui/*) LAYER=ui ;;
    *) LAYER=other ;;
    esac
}

# Sets RESOLVED to include $2 of file $1 (both relative to the current directory, the root) as a
# path relative to the root, or to nothing for a header outside the tree (Qt, system, third party).
# No subshells: this runs for every include of every file.
resolve() {
    local file=$1 inc=$2 cand root
    RESOLVED=
    layer_of "$file"
    case $LAYER in
    backend) ROOTS=(backend backend/velero models ui) ;;
    models) ROOTS=(models backend ui) ;;
    *) ROOTS=(ui models backend) ;;
    esac
    for cand in "${file%/*}/$inc" "${ROOTS[@]/%//$inc}"; do
        if [ -f "$cand" ]; then
            case $cand in
            *..*) RESOLVED=$(realpath -m --relative-to=. "$cand") ;;
            *) RESOLVED=$cand ;;
            esac
            return
        fi
    done
}

check() {
    local root=$1 fail=0 file inc target tlayer flayer header
    cd "$root" || return 2
    declare -A allowed=() debt=() seen=()
    while read -r header; do
        allowed[$header]=1
    done < <(grep -v '^#' "$HERE/ui-backend-value-types.txt" | sed '/^$/d')
    while read -r header; do
        debt[$header]=1
    done < <(grep -v '^#' "$HERE/ui-backend-debt.txt" | sed '/^$/d')

    while read -r file; do
        layer_of "$file"
        flayer=$LAYER
        while read -r inc; do
            resolve "$file" "$inc"
            target=$RESOLVED
            [ -n "$target" ] || continue
            layer_of "$target"
            tlayer=$LAYER
            case $flayer:$tlayer in
            backend:models | backend:ui | models:ui)
                echo "layering: $file includes $target: $flayer must not depend on $tlayer" >&2
                fail=1
                ;;
            ui:backend)
                header=${target#backend/}
                header=${header#velero/}
                [ "$target" = "backend/velero/$header" ] && header=velero/$header
                if [ -n "${allowed[$header]:-}" ]; then
                    :
                elif [ -n "${debt["$file: $header"]:-}" ]; then
                    seen["$file: $header"]=1
                else
                    echo "layering: $file includes the backend header $header, which is not a value type:" \
                        "reach the backend through a model, or add a value type to" \
                        "tests/layering/ui-backend-value-types.txt" >&2
                    fail=1
                fi
                ;;
            esac
        done < <(sed -nE 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"([^"]+)".*/\1/p' "$file")
    done < <(find backend models ui -type f \( -name '*.h' -o -name '*.cpp' \) | sort)

    for header in "${!debt[@]}"; do
        [ -n "${seen[$header]:-}" ] ||
            echo "layering: note: '$header' no longer occurs; delete it from tests/layering/ui-backend-debt.txt"
    done
    return $fail
}

if [ "${1:-}" = --self-test ]; then
    ROOT=$(readlink -f "$HERE/../..")
    WORK=$(mktemp -d)
    trap 'rm -rf "$WORK"' EXIT
    cp -r "$ROOT/backend" "$ROOT/models" "$ROOT/ui" "$WORK/"
    if ! (check "$WORK" >/dev/null); then
        echo "layering self-test: FAILED, the unplanted tree does not pass" >&2
        exit 1
    fi
    # Each plant: the file, the include, and what the report must name.
    plants=(
        'backend/jobs/Planted.cpp|ModelRoles.h|backend must not depend on models'
        'backend/store/Planted.h|../../ui/common/MessageBanner.h|backend must not depend on ui'
        'models/Planted.cpp|common/MessageBanner.h|models must not depend on ui'
        'ui/Planted.cpp|store/StoreFactory.h|store/StoreFactory.h, which is not a value type'
        'ui/inspector/Planted.cpp|jobs/ProcessRunner.h|jobs/ProcessRunner.h, which is not a value type'
    )
    for p in "${plants[@]}"; do
        IFS='|' read -r file inc expect <<<"$p"
        printf '#include "%s"\n' "$inc" >"$WORK/$file"
        if (check "$WORK" >/dev/null 2>"$WORK/err"); then
            echo "layering self-test: FAILED, '#include \"$inc\"' in $file was not caught" >&2
            exit 1
        fi
        if ! grep -qF "$expect" "$WORK/err"; then
            echo "layering self-test: FAILED, '#include \"$inc\"' in $file was reported as:" >&2
            cat "$WORK/err" >&2
            exit 1
        fi
        rm "$WORK/$file"
        echo "layering self-test: '#include \"$inc\"' in $file is refused"
    done
    exit 0
fi

ROOT=$(readlink -f "${1:-$HERE/../..}")
if check "$ROOT"; then
    echo "layering: ui -> models -> backend holds"
else
    exit 1
fi
