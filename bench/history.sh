#!/usr/bin/env bash
# Issue 18: trips from a generated Records.json of 2,000,000 positions with at most 300 MB of heap, and from 10,000
# photos' metadata; each read three times with the packaged launcher's JVM options. No display needed.
# Usage: bench/history.sh [positions] [photos]   (files go to target/history-bench, some 600 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
opts="$(java packaging/Package.java jvm-options) -Xmx300m"
echo "== Records.json, ${1:-2000000} positions; options: $opts"
# shellcheck disable=SC2086
java $opts -cp "$cp" org.relocationplanner.bench.HistoryBench records target/history-bench/records "${1:-2000000}" 2>&1 \
    | grep -v '^\[main\] INFO'
echo "== ${2:-10000} photos; options: $opts"
rm -rf target/history-bench/photos
# shellcheck disable=SC2086
java $opts -cp "$cp" org.relocationplanner.bench.HistoryBench photos target/history-bench/photos "${2:-10000}" 2>&1 \
    | grep -v '^\[main\] INFO'
