#!/usr/bin/env bash
# Shared by the benchmark scripts: brings up PostgreSQL and Kafka with deploy/local/up.sh (no service),
# builds the jar and the test classes, and writes the benchmark classpath.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

bench_infra() {
  deploy/local/up.sh --detach --no-service >/dev/null
}

# bench_database NAME [fresh]: makes sure database NAME exists, owned by the stancewatch role.
bench_database() {
  local name="$1" fresh="${2:-}"
  if [[ "$fresh" == fresh ]]; then
    runuser -u postgres -- psql -q -c "DROP DATABASE IF EXISTS $name" >/dev/null
  fi
  if ! runuser -u postgres -- psql -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
    runuser -u postgres -- psql -q -c "CREATE DATABASE $name OWNER ${STANCEWATCH_DB_USER:-stancewatch}" >/dev/null
  fi
}

bench_build() {
  ./mvnw -B -q package -DskipTests
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
  BENCH_CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
  export BENCH_CP
}

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%FT%TZ)"
}
