#!/usr/bin/env bash
# Issue 4's targets: import 1,000,000 rate rows; a rate lookup for any day; 10,000 resampled paths of 120 months.
# No display needed.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.relocationplanner.bench.BudgetBench \
    2>&1 | grep -v 'INFO'
