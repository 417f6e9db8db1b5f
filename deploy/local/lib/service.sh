# shellcheck shell=bash disable=SC2034
# service.sh - build and run the Stancewatch service jar (sourced after common.sh).

# service_build [force]: ./mvnw -B -q package -DskipTests unless quarkus-run.jar is newer than
# pom.xml and every file under src/ (or "force" was given).
service_build() {
  local force="${1:-}" newer
  if [[ "$force" != force && -f "$SERVICE_JAR" ]]; then
    newer="$(find "$SW_REPO/src" "$SW_REPO/pom.xml" -newer "$SERVICE_JAR" -type f -print -quit 2>/dev/null || true)"
    if [[ -z "$newer" ]]; then
      info "service jar is up to date ($SERVICE_JAR)"
      return 0
    fi
    info "rebuilding: $newer is newer than the jar"
  fi
  [[ -f "$SW_REPO/pom.xml" ]] || die "no pom.xml in $SW_REPO"
  mkdir -p "$SW_LOGS"
  info "building the service (mvn package -DskipTests; log: $SW_LOGS/build.log)"
  if ! (cd "$SW_REPO" && maven -B -q package -DskipTests) >"$SW_LOGS/build.log" 2>&1 9>&-; then
    tail -n 40 "$SW_LOGS/build.log" >&2
    die "build failed (full log: $SW_LOGS/build.log)"
  fi
  [[ -f "$SERVICE_JAR" ]] || die "build succeeded but $SERVICE_JAR is missing"
  touch "$SERVICE_JAR"
}

# service_start: starts the jar in its own session with the local profile; pid in $SERVICE_PID_FILE.
SERVICE_STARTED=0
service_start() {
  local pid
  if port_open "$HTTP_PORT"; then
    die "port $HTTP_PORT is in use by another process; stop it or set STANCEWATCH_HTTP_PORT"
  fi
  mkdir -p "$SW_RUN" "$SW_LOGS"
  info "starting the service on $BASE_URL (profile local; log: $SERVICE_LOG)"
  rotate_log "$SERVICE_LOG"
  printf '\n===== %s service start =====\n' "$(date -Is)" >>"$SERVICE_LOG"
  local -a env_vars=(
    "QUARKUS_PROFILE=local"
    "QUARKUS_HTTP_PORT=$HTTP_PORT"
    "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:$DB_PORT/$DB_NAME"
    "QUARKUS_DATASOURCE_USERNAME=$DB_USER"
    "QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD"
    "KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP"
  )
  [[ -n "${STANCEWATCH_ANALYST_PASSWORD:-}" ]] && env_vars+=("STANCEWATCH_ANALYST_PASSWORD=$STANCEWATCH_ANALYST_PASSWORD")
  [[ -n "${STANCEWATCH_VIEWER_PASSWORD:-}" ]] && env_vars+=("STANCEWATCH_VIEWER_PASSWORD=$STANCEWATCH_VIEWER_PASSWORD")
  [[ -n "${STANCEWATCH_ADMIN_PASSWORD:-}" ]] && env_vars+=("STANCEWATCH_ADMIN_PASSWORD=$STANCEWATCH_ADMIN_PASSWORD")
  # shellcheck disable=SC2086 # STANCEWATCH_JAVA_OPTS is a list of JVM flags
  (cd "$SW_REPO" && exec env "${env_vars[@]}" setsid java ${STANCEWATCH_JAVA_OPTS:--Xmx512m} \
      -Dquarkus.profile=local -jar "$SERVICE_JAR") </dev/null >>"$SERVICE_LOG" 2>&1 9>&- &
  pid=$!
  echo "$pid" >"$SERVICE_PID_FILE"
  SERVICE_STARTED=1
}

# service_wait_ready TIMEOUT: polls /q/health/ready until it reports UP.
service_wait_ready() {
  local timeout="${1:-180}" pid body="" start=$SECONDS
  pid="$(<"$SERVICE_PID_FILE")"
  while ((SECONDS - start < timeout)); do
    if ! is_running "$pid"; then
      tail -n 60 "$SERVICE_LOG" >&2
      die "the service exited during startup (log: $SERVICE_LOG)"
    fi
    body="$(curl -fsS --max-time 3 "$BASE_URL/q/health/ready" 2>/dev/null || true)"
    if [[ "$body" =~ \"status\"[[:space:]]*:[[:space:]]*\"UP\" ]]; then
      info "service ready after $((SECONDS - start)) s"
      return 0
    fi
    sleep 1
  done
  tail -n 60 "$SERVICE_LOG" >&2
  [[ -n "$body" ]] && printf 'last /q/health/ready answer: %s\n' "$body" >&2
  die "the service was not ready within ${timeout}s (log: $SERVICE_LOG)"
}

service_stop() {
  stop_pid "service" "$SERVICE_PID_FILE" "quarkus-run.jar" 30
}

# statements_total: prints the "total" of GET /api/v1/statements?size=1 (viewer credentials), or "".
statements_total() {
  local body
  body="$(curl -fsS --max-time 5 -u "viewer:$VIEWER_PASSWORD" "$BASE_URL/api/v1/statements?size=1" 2>/dev/null || true)"
  if [[ "$body" =~ \"total\"[[:space:]]*:[[:space:]]*([0-9]+) ]]; then
    echo "${BASH_REMATCH[1]}"
  fi
}

# load_demo: produces deploy/local/demo/statements.jsonl to topic "statements" (key = state)
# through the Kafka console producer, then waits up to 60 s for the API total to grow.
# Returns 1 when the expected total is not reached.
load_demo() {
  local file="$SW_LOCAL/demo/statements.jsonl" n before target now i
  [[ -f "$file" ]] || die "demo file $file not found"
  n="$(grep -c '[^[:space:]]' "$file")"
  before="$(statements_total)"; before="${before:-0}"
  info "loading $n demo statements into topic 'statements' (API total before: $before)"
  local line state
  while IFS= read -r line || [[ -n "$line" ]]; do
    [[ "$line" =~ [^[:space:]] ]] || continue
    if [[ "$line" =~ \"state\"[[:space:]]*:[[:space:]]*\"([^\"]*)\" ]]; then
      state="${BASH_REMATCH[1]}"
    else
      state=""
    fi
    printf '%s\t%s\n' "$state" "$line"
  done <"$file" | kafka_tool org.apache.kafka.tools.ConsoleProducer --bootstrap-server "$KAFKA_BOOTSTRAP" \
      --topic statements --reader-property parse.key=true --reader-property key.separator=$'\t' \
      --producer-property acks=all >/dev/null \
    || die "console producer failed"
  # Statements whose id is already stored are not counted twice, so the total may grow by less:
  # then accept a total >= n that has not changed for 10 s.
  target=$((before + n))
  local last="" stable=0
  for ((i = 0; i < 60; i++)); do
    now="$(statements_total)"
    if [[ -n "$now" ]] && (( now >= target )); then
      info "demo loaded: the API reports $now statements"
      return 0
    fi
    if [[ -n "$now" && "$now" == "$last" ]]; then stable=$((stable + 1)); else stable=0; fi
    last="$now"
    if (( before > 0 && stable >= 10 )) && [[ -n "$now" ]] && (( now >= n )); then
      info "demo produced; the API reports $now statements (some demo ids were already stored)"
      return 0
    fi
    sleep 1
  done
  warn "after 60 s the API reports ${now:-no} total (expected $target); see $SERVICE_LOG and the statements-dlq topic"
  return 1
}
