# shellcheck shell=bash disable=SC2034
# common.sh - settings and helpers shared by deploy/local/up.sh and down.sh (sourced, not run).
#
# Everything the local deployment writes lives in the state dir (default ~/.stancewatch):
#   kafka/libs/        Kafka jars copied from Maven Central (cache, reused)
#   kafka/config/      server.properties, log4j2 configs
#   kafka/data/        KRaft metadata + topic logs (formatted once)
#   logs/              kafka.log, service.log, build.log
#   run/               kafka.pid, service.pid
#   up.lock            flock(1) lock held while up.sh starts or down.sh stops things

# Repository root (deploy/local/lib/../../..)
SW_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
SW_LOCAL="$SW_REPO/deploy/local"

SW_HOME="${STANCEWATCH_HOME:-$HOME/.stancewatch}"
SW_RUN="$SW_HOME/run"
SW_LOGS="$SW_HOME/logs"
SW_LOCK="$SW_HOME/up.lock"

KAFKA_HOME_DIR="$SW_HOME/kafka"
KAFKA_LIBS="$KAFKA_HOME_DIR/libs"
KAFKA_CONFIG_DIR="$KAFKA_HOME_DIR/config"
KAFKA_DATA="$KAFKA_HOME_DIR/data"
KAFKA_PID_FILE="$SW_RUN/kafka.pid"
KAFKA_LOG="$SW_LOGS/kafka.log"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"

SERVICE_PID_FILE="$SW_RUN/service.pid"
SERVICE_LOG="$SW_LOGS/service.log"
SERVICE_JAR="$SW_REPO/target/quarkus-app/quarkus-run.jar"
HTTP_PORT="${STANCEWATCH_HTTP_PORT:-8080}"
BASE_URL="http://localhost:$HTTP_PORT"

DB_NAME="${STANCEWATCH_DB_NAME:-stancewatch}"
DB_USER="${STANCEWATCH_DB_USER:-stancewatch}"
DB_PASSWORD="${STANCEWATCH_DB_PASSWORD:-stancewatch}"
DB_PORT="${STANCEWATCH_DB_PORT:-5432}"

ANALYST_PASSWORD="${STANCEWATCH_ANALYST_PASSWORD:-analyst}"
VIEWER_PASSWORD="${STANCEWATCH_VIEWER_PASSWORD:-viewer}"

# JVM flags for the short-lived Kafka command-line tools: small heap, fast start.
TOOL_JAVA_OPTS=(-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)

if [[ -t 2 ]]; then
  _c_info=$'\e[1;34m' _c_warn=$'\e[1;33m' _c_err=$'\e[1;31m' _c_off=$'\e[0m'
else
  _c_info='' _c_warn='' _c_err='' _c_off=''
fi
info() { printf '%s==>%s %s\n' "$_c_info" "$_c_off" "$*" >&2; }
warn() { printf '%swarning:%s %s\n' "$_c_warn" "$_c_off" "$*" >&2; }
die()  { printf '%serror:%s %s\n' "$_c_err" "$_c_off" "$*" >&2; exit 1; }

# Run a command as root (directly when we are root, else through sudo).
as_root() {
  if [[ "$(id -u)" -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root (or sudo) for: $*"
  fi
}

# Run a command as the postgres OS user, from / so that it can read its cwd.
as_postgres() {
  if [[ "$(id -u)" -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && sudo -u postgres -- "$@")
  fi
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# True when process $1 exists and is not a zombie (a dead child of this shell stays in /proc
# as a zombie until it is reaped).
is_running() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  [[ -n "$stat" && "${stat:0:1}" != Z ]]
}

# pid_alive PIDFILE PATTERN: true when PIDFILE names a live process whose command line
# contains PATTERN (guards against a recycled pid). Prints the pid.
pid_alive() {
  local file="$1" pattern="$2" pid
  [[ -s "$file" ]] || return 1
  pid="$(<"$file")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  is_running "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$pattern" || return 1
  echo "$pid"
}

kafka_pid()   { pid_alive "$KAFKA_PID_FILE" "kafka.Kafka"; }
service_pid() { pid_alive "$SERVICE_PID_FILE" "quarkus-run.jar"; }

# stop_pid NAME PIDFILE PATTERN TIMEOUT: SIGTERM, wait up to TIMEOUT s, then SIGKILL.
# Idempotent: a missing or stale pid file is only removed.
stop_pid() {
  local name="$1" file="$2" pattern="$3" timeout="$4" pid i
  if ! pid="$(pid_alive "$file" "$pattern")"; then
    rm -f "$file"
    return 0
  fi
  info "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < timeout * 2; i++)); do
    is_running "$pid" || break
    sleep 0.5
  done
  if is_running "$pid"; then
    warn "$name did not stop within ${timeout}s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$file"
}

# Take the state-dir lock on fd 9. With "wait N" waits up to N seconds; returns 1 if not taken.
take_lock() {
  mkdir -p "$SW_HOME"
  exec 9>"$SW_LOCK"
  if [[ "${1:-}" == wait ]]; then
    flock -w "${2:-30}" 9
  else
    flock -n 9
  fi
}
release_lock() { exec 9>&-; }

# Maven: the project's wrapper if present, else the system mvn.
maven() {
  if [[ -x "$SW_REPO/mvnw" ]]; then
    "$SW_REPO/mvnw" "$@"
  elif command -v mvn >/dev/null 2>&1; then
    mvn "$@"
  else
    die "neither $SW_REPO/mvnw nor mvn found (apt-get install maven)"
  fi
}

# rotate_log FILE: keeps one old generation once FILE exceeds 50 MB.
rotate_log() {
  local size
  size="$(stat -c %s "$1" 2>/dev/null || echo 0)"
  if ((size > 50 * 1024 * 1024)); then mv -f "$1" "$1.1"; fi
}

need_cmd() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is required${2:+ ($2)}"
}
