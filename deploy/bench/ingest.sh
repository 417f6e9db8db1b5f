#!/usr/bin/env bash
# Ingest benchmark: deploy/bench/ingest.sh [N]   (N statements, default 200000)
# Generates N statements (six languages, 200-3,000 chars, all states and blocs, all forums, 20 years,
# ~1% duplicates, ~0.5% malformed), pre-loads them into a fresh topic, then measures on the same rows,
# broker and PostgreSQL: the service end to end (ours), a plain COPY (limit), and a per-message consumer
# (baseline). Prints one SUMMARY line at the end.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N="${1:-200000}"
machine
bench_infra
bench_database stancewatch_bench fresh
bench_build
java -Xmx6g -cp "$BENCH_CP" org.stancewatch.bench.IngestBenchmark --n="$N" --repo="$ROOT" \
  --jdbc="jdbc:postgresql://127.0.0.1:${STANCEWATCH_DB_PORT:-5432}/stancewatch_bench" \
  --user="${STANCEWATCH_DB_USER:-stancewatch}" --password="${STANCEWATCH_DB_PASSWORD:-stancewatch}" \
  --bootstrap="127.0.0.1:${KAFKA_PORT:-9092}"
