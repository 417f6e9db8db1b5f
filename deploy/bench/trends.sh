#!/usr/bin/env bash
# Trends benchmark: deploy/bench/trends.sh [N]   (N statements, default 5000000)
# Bulk-loads N statements into the database stancewatch_trends (kept between runs: a second run with the
# same N reuses them), rebuilds the rollups with src/main/resources/sql/rebuild_trend_rollups.sql, then
# runs a dashboard mix of trend queries with wrk at 16 concurrent connections for 30 s against the service
# (cache off, then on) and times the equivalent raw GROUP BY queries. Prints one SUMMARY line at the end.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N="${1:-5000000}"
command -v wrk >/dev/null || { echo "installing wrk (the HTTP load generator)" >&2; apt-get install -y -q wrk >/dev/null; }
machine
bench_infra
bench_database stancewatch_trends
bench_build
java -Xmx2g -cp "$BENCH_CP" org.stancewatch.bench.TrendBenchmark --n="$N" --repo="$ROOT" \
  --jdbc="jdbc:postgresql://127.0.0.1:${STANCEWATCH_DB_PORT:-5432}/stancewatch_trends" \
  --user="${STANCEWATCH_DB_USER:-stancewatch}" --password="${STANCEWATCH_DB_PASSWORD:-stancewatch}" \
  --bootstrap="127.0.0.1:${KAFKA_PORT:-9092}" --clients="${CLIENTS:-16}" --seconds="${BENCH_SECONDS:-30}"
