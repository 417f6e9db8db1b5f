#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# down.sh - stop what deploy/local/up.sh started: the service, then the Kafka broker (pid files in
# the state dir). Idempotent: stale or missing pid files are fine. PostgreSQL is a system service
# and keeps running.
set -euo pipefail

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/postgres.sh
source "$SW_LOCAL/lib/postgres.sh"
# shellcheck source=lib/kafka.sh
source "$SW_LOCAL/lib/kafka.sh"
# shellcheck source=lib/service.sh
source "$SW_LOCAL/lib/service.sh"

usage() {
  cat <<EOF
Usage: deploy/local/down.sh [--purge] [--help]

Stops the Stancewatch service and the Kafka broker started by deploy/local/up.sh.
PostgreSQL keeps running as a system service.

  --purge    also delete the Kafka data (topics, offsets) and logs under $SW_HOME
             and drop the database '$DB_NAME' (the role and the Kafka jar cache are kept)
  -h, --help this help
EOF
}

PURGE=0
while (($#)); do
  case "$1" in
    --purge) PURGE=1 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
  shift
done

if [[ ! -d "$SW_HOME" ]]; then
  info "nothing to stop ($SW_HOME does not exist)"
  exit 0
fi

# Wait for an up.sh that is starting things, but do not hang on one that is stuck.
if ! take_lock wait 30; then
  warn "another up.sh/down.sh holds $SW_LOCK; stopping anyway"
fi

stopped=0
if service_pid >/dev/null; then service_stop; stopped=1; else rm -f "$SERVICE_PID_FILE"; fi
if kafka_pid >/dev/null; then kafka_stop; stopped=1; else rm -f "$KAFKA_PID_FILE"; fi
((stopped)) || info "Stancewatch is not running (no live service or Kafka pid in $SW_RUN)"

if ((PURGE)); then
  info "deleting Kafka data and logs under $SW_HOME"
  rm -rf "$KAFKA_DATA" "$KAFKA_HOME_DIR/formatted-controller-port" "$KAFKA_HOME_DIR/cluster-id" "$SW_LOGS"
  if command -v pg_lsclusters >/dev/null 2>&1; then
    drop_database
  fi
fi
info "done. PostgreSQL keeps running as a system service."
