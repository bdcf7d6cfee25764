#!/usr/bin/env bash
# Every deadline for 30 years of trips (3,000 trips, 40 areas), as the Timeline recounts after each edit: once on
# the JDK's defaults (server compiler) and once with the packaged launcher's own JVM options (serial collector,
# 8 MB young generation, client compiler only: packaging/Package.java, MEMORY), as installed users run it.
# No display needed. Usage: bench/deadlines.sh [trips]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
echo "== JDK defaults (server compiler)"
java -cp "$cp" org.relocationplanner.bench.DeadlinesBench "${1:-3000}" 2>&1 | grep -v '^\[main\] INFO'
echo "== the packaged launcher's options: $(java packaging/Package.java jvm-options)"
# shellcheck disable=SC2046
java $(java packaging/Package.java jvm-options) -cp "$cp" org.relocationplanner.bench.DeadlinesBench "${1:-3000}" 2>&1 \
    | grep -v '^\[main\] INFO'
