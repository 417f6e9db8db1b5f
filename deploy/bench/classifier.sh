#!/usr/bin/env bash
# Classifier benchmark: deploy/bench/classifier.sh
# JMH throughput of the stance classifier on a mixed-language corpus, in characters per second per thread.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
machine
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.stancewatch.classification.bench.ClassifierBenchmark "$@"
