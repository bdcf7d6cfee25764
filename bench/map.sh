#!/usr/bin/env bash
# The Compare screen's world map redrawn after a weight change (250 destinations re-ranked, the map recoloured and
# drawn at 860x320). No display needed: runs on Monocle's headless platform (a test dependency).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp "$cp" \
    'org.relocationplanner.bench.MapBench$Main' 2>&1 | grep -v 'INFO\|WARNING\|Unsupported JavaFX'
