#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring and an X server,
# the way the tests need them: dbus-run-session -- tests/run-session.sh --inner CMD...
set -euo pipefail
if [ "${1:-}" != "--inner" ]; then
    exec dbus-run-session -- "$0" --inner "$@"
fi
shift
# A keyring with a throwaway password, in a throwaway home for the keyring's files.
export XDG_DATA_HOME="${AKS_KEYRING_HOME:-$(mktemp -d)}"
eval "$(printf 'test-keyring-password' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
unset XDG_DATA_HOME
exec xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
