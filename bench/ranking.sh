#!/usr/bin/env bash
# Filter and re-rank 250 destinations: domain ranking and the Compare ViewModel. No display needed.
# Usage: bench/ranking.sh [destinations]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.relocationplanner.bench.RankingBench \
    -Dexec.args="${1:-250}" 2>&1 | grep -v '^\[main\] INFO'
