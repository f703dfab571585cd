#!/usr/bin/env bash
# Runs a test that needs pwsh-host (the real PowerShell engine, built by ./dev with the .NET SDK), or
# says why it cannot: skipped (exit 77, CTest's SKIP_RETURN_CODE) on a machine without it, failed on CI.
#   run-pwsh.sh PWSH_HOST COMMAND [ARGS...]
host=$1
shift
if [ ! -x "$host" ]; then
    if [ "${CI:-}" = true ]; then
        echo "pwsh-host is missing ($host): CI must run the PowerShell tests (./dev builds it with dotnet)" >&2
        exit 1
    fi
    echo "skipped, because pwsh-host is not built ($host): install the .NET SDK and run ./dev build"
    exit 77
fi
export AKS_PWSH_HOST=$host
exec "$@"
