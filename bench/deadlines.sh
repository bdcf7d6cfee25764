#!/usr/bin/env bash
# Every deadline for 30 years of trips (3,000 trips, 40 areas), as the Timeline recounts after each edit.
# No display needed. Usage: bench/deadlines.sh [trips]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.relocationplanner.bench.DeadlinesBench \
    -Dexec.args="${1:-3000}" 2>&1 | grep -v '^\[main\] INFO'
