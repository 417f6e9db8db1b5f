#!/usr/bin/env bash
# install-postgres.sh - make sure the PostgreSQL server binaries are installed (Debian/Ubuntu).
#
# Idempotent and standalone: used by deploy/local/up.sh and by the test suite.
#   - does nothing (and prints nothing) when /usr/lib/postgresql/<ver>/bin/postgres exists;
#   - otherwise runs `apt-get update` and `apt-get install -y postgresql` non-interactively.
# It only installs: starting a cluster, roles and databases are the caller's business
# (deploy/local/lib/postgres.sh does that for up.sh).
#
# Exit codes: 0 installed (or already was), 1 cannot install (not root and no sudo, no apt-get,
# or apt-get failed - its output is shown then).
set -euo pipefail

have_postgres() {
  local bin
  for bin in /usr/lib/postgresql/*/bin/postgres; do
    [[ -x "$bin" ]] && return 0
  done
  return 1
}

if have_postgres; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-postgres: PostgreSQL is not installed and apt-get is not available;" \
       "install a PostgreSQL server (15 or newer) by hand." >&2
  exit 1
fi

SUDO=()
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "install-postgres: PostgreSQL is not installed; run as root (or install sudo) to install it." >&2
    exit 1
  fi
fi

echo "install-postgres: installing PostgreSQL with apt-get (this takes a minute)..." >&2
log="$(mktemp -t install-postgres.XXXXXX)"
trap 'rm -f "$log"' EXIT
if ! { "${SUDO[@]}" apt-get update -q \
       && "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
            postgresql postgresql-client; } >"$log" 2>&1; then
  echo "install-postgres: apt-get failed:" >&2
  tail -n 40 "$log" >&2
  exit 1
fi

if ! have_postgres; then
  echo "install-postgres: apt-get succeeded but no /usr/lib/postgresql/*/bin/postgres was found." >&2
  exit 1
fi
installed=(/usr/lib/postgresql/*/bin/postgres)
echo "install-postgres: installed ${installed[*]}" >&2
