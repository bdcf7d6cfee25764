#!/usr/bin/env bash
# Issue 14's timings below the window: unlocking a protected data folder, and the first opening of Budget.
# No display needed.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.relocationplanner.bench.SessionBench \
    2>&1 | grep -v 'INFO'
