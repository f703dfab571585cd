#!/usr/bin/env bash
# psLiteral and PsCommand against PowerShell's parser: the regressions, then COUNT random inputs.
#   fuzz-literals.sh GENERATOR REGRESSIONS COUNT [SEED]
set -euo pipefail
gen=$1 regressions=$2 count=$3
seed=()
[ $# -ge 4 ] && seed=(--seed "$4")
"$gen" --count "$count" --regressions "$regressions" "${seed[@]}" | "$AKS_PWSH_HOST" --check-literals
