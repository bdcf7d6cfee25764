#!/usr/bin/env bash
# Cold start to first frame of the packaged app against an empty JavaFX stage, same machine, same run.
# Needs a display: runs under Xvfb when DISPLAY is not set (Debian package xvfb).
# Usage: bench/startup.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-10}"
mvn -B -q package -DskipTests
mvn -B -q dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib
mvn -B -q test-compile
cp="$(ls target/relocation-planner-*.jar | head -1):target/lib/*:target/test-classes"
run() { java -cp "$cp:$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)" \
        org.relocationplanner.bench.StartupBench "$cp" "$rounds"; }
if [ -z "${DISPLAY:-}" ]; then
  export -f run; export cp rounds
  xvfb-run -a -s '-screen 0 1400x900x24' bash -c run
else
  run
fi
