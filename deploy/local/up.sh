#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# up.sh - run Stancewatch locally without Docker: PostgreSQL (system service), a single-node
# KRaft Kafka broker from Maven Central jars, and the service jar with the "local" profile.
# Run deploy/local/up.sh --help for the options. Stop with Ctrl-C (foreground) or down.sh.
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
Usage: deploy/local/up.sh [--detach] [--demo] [--rebuild] [--no-service] [--help]

Starts Stancewatch on this machine (Debian/Ubuntu, JDK 17, root or sudo):
  1. PostgreSQL: installed with apt-get if missing, cluster started, role and database created
  2. Kafka $KAFKA_VERSION_EXPECTED (KRaft, single node) on $KAFKA_BOOTSTRAP, jars from Maven Central
  3. topics statements, statements-dlq, stance-changes
  4. the service (built with mvn package -DskipTests when sources changed) on $BASE_URL

Options:
  --detach      start everything in the background and return once /q/health/ready is UP
                (stop later with deploy/local/down.sh)
  --demo        after startup, produce deploy/local/demo/statements.jsonl to topic 'statements'
                and wait until the API shows them (also works against an already running instance)
  --rebuild     always rebuild the service jar
  --no-service  only PostgreSQL, Kafka and the topics (e.g. for ./mvnw quarkus:dev)
  -h, --help    this help

Without --detach, up.sh stays in the foreground and follows the service log; Ctrl-C stops the
service and the Kafka broker it started. PostgreSQL keeps running as a system service.

Environment (defaults in brackets):
  STANCEWATCH_HOME [~/.stancewatch]  state: Kafka jars and data, logs, pid files
  STANCEWATCH_HTTP_PORT [8080]       KAFKA_PORT [9092]   KAFKA_CONTROLLER_PORT [9093]
  STANCEWATCH_DB_NAME / _DB_USER / _DB_PASSWORD [stancewatch]   STANCEWATCH_DB_PORT [5432]
  STANCEWATCH_PARTITIONS [6]         partitions of topic 'statements' when it is created
  STANCEWATCH_ANALYST_PASSWORD [analyst]  STANCEWATCH_VIEWER_PASSWORD [viewer]
  STANCEWATCH_ADMIN_PASSWORD [admin]
  STANCEWATCH_JAVA_OPTS [-Xmx512m]   KAFKA_HEAP_OPTS [-Xms256m -Xmx512m]
EOF
}

DETACH=0 DEMO=0 REBUILD=0 NO_SERVICE=0
while (($#)); do
  case "$1" in
    --detach|-d) DETACH=1 ;;
    --demo) DEMO=1 ;;
    --rebuild) REBUILD=1 ;;
    --no-service) NO_SERVICE=1 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
  shift
done

need_cmd java "install a JDK 17"
need_cmd setsid "package util-linux"
need_cmd flock "package util-linux"
if ! command -v curl >/dev/null 2>&1; then
  info "installing curl"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q curl >/dev/null 2>&1 \
    || { as_root apt-get update -q >/dev/null 2>&1 && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q curl >/dev/null; } \
    || die "curl is required (apt-get install curl)"
fi

# cred USER VAR: "user / password", or a pointer to the variable that overrides the default.
cred() {
  local var="STANCEWATCH_$2_PASSWORD"
  if [[ -n "${!var:-}" ]]; then echo "$1 / (\$$var)"; else echo "$1 / $1"; fi
}

print_summary() {
  cat <<EOF

Stancewatch is running.
  Swagger UI   $BASE_URL/q/swagger-ui
  Health       $BASE_URL/q/health
  API          $BASE_URL/api/v1
  Credentials  $(cred analyst ANALYST)   $(cred viewer VIEWER)   $(cred admin ADMIN)
  Kafka        $KAFKA_BOOTSTRAP (topics statements, statements-dlq, stance-changes)
  PostgreSQL   127.0.0.1:$DB_PORT database $DB_NAME user $DB_USER (password $DB_PASSWORD)
  Logs         $SERVICE_LOG, $KAFKA_LOG
EOF
}

# ---- an instance already running? ------------------------------------------------------------
already_running() {
  local spid kpid
  kpid="$(kafka_pid)" || return 1
  if ((NO_SERVICE)); then
    info "already running: Kafka (pid $kpid) on $KAFKA_BOOTSTRAP; nothing to do"
    return 0
  fi
  spid="$(service_pid)" || return 1
  info "already running: service (pid $spid) on $BASE_URL, Kafka (pid $kpid); nothing started"
  print_summary
  if ((DEMO)); then
    service_wait_ready 180
    load_demo || exit 3
  fi
  echo "Stop it with deploy/local/down.sh (or Ctrl-C in the terminal that started it)."
  return 0
}

mkdir -p "$SW_HOME"
if ! take_lock; then
  # Another up.sh (or down.sh) is between start and ready; give it a moment, then decide.
  info "another up.sh/down.sh holds $SW_LOCK; waiting up to 10 s"
  if ! take_lock wait 10; then
    if already_running; then exit 0; fi
    die "another up.sh is still starting Stancewatch (lock $SW_LOCK); wait for it or run deploy/local/down.sh"
  fi
fi
# PostgreSQL first, even when the rest is already running: it is a system service that may have stopped
# (a reboot) while Kafka and the service kept their pid files, and ensure_postgres is idempotent.
ensure_postgres
if already_running; then
  exit 0
fi

# ---- cleanup for foreground mode and for failed starts --------------------------------------
TAIL_PID=""
# shellcheck disable=SC2317 # invoked through trap
cleanup() {
  local rc=$?
  trap - INT TERM EXIT
  if [[ -n "$TAIL_PID" ]]; then kill "$TAIL_PID" 2>/dev/null || true; fi
  if ((SERVICE_STARTED || KAFKA_STARTED)); then
    echo >&2
    ((SERVICE_STARTED)) && service_stop
    ((KAFKA_STARTED)) && kafka_stop
    info "stopped. PostgreSQL is still running as a system service (pg_lsclusters; stop it with pg_ctlcluster <ver> <name> stop)."
  fi
  exit "$rc"
}
# shellcheck disable=SC2317 # invoked through trap
on_signal() { info "interrupted, shutting down"; exit 130; }
trap cleanup EXIT
trap on_signal INT TERM

# ---- 1. PostgreSQL: started above ------------------------------------------------------------

# ---- 2./3. Kafka + topics --------------------------------------------------------------------
kafka_fetch
kafka_start
kafka_create_topics

# ---- 4. service ------------------------------------------------------------------------------
if ((NO_SERVICE)); then
  release_lock
  if ((DETACH)); then
    trap - INT TERM EXIT
    info "Kafka is running in the background on $KAFKA_BOOTSTRAP (pid $(<"$KAFKA_PID_FILE")); stop it with deploy/local/down.sh"
    echo "PostgreSQL: jdbc:postgresql://127.0.0.1:$DB_PORT/$DB_NAME (user $DB_USER, password $DB_PASSWORD)"
    exit 0
  fi
  info "Kafka running on $KAFKA_BOOTSTRAP; PostgreSQL on 127.0.0.1:$DB_PORT. Ctrl-C stops Kafka."
  kpid="$(<"$KAFKA_PID_FILE")"
  while is_running "$kpid"; do sleep 1 & wait $! || true; done
  die "Kafka exited (log: $KAFKA_LOG)"
fi

if ((REBUILD)); then service_build force; else service_build; fi
service_start
if ((!DETACH)); then
  # Follow the service log while it starts and runs.
  tail -n 0 -F "$SERVICE_LOG" 2>/dev/null 9>&- &
  TAIL_PID=$!
fi
service_wait_ready 180
release_lock
print_summary

demo_rc=0
if ((DEMO)); then
  load_demo || demo_rc=3
fi

if ((DETACH)); then
  trap - INT TERM EXIT
  echo "Running in the background (pids in $SW_RUN). Stop with deploy/local/down.sh."
  exit "$demo_rc"
fi

echo "Press Ctrl-C to stop the service and Kafka (PostgreSQL keeps running as a system service)."
spid="$(<"$SERVICE_PID_FILE")"
# Poll (not `wait`) so that a signal is handled at once.
while is_running "$spid"; do sleep 1 & wait $! || true; done
SERVICE_STARTED=0
tail -n 20 "$SERVICE_LOG" >&2
die "the service exited (log: $SERVICE_LOG)"
