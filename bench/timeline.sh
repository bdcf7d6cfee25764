#!/usr/bin/env bash
# The Timeline with 3,000 trips (30 years, 40 areas) scrolling at each zoom, pulses unthrottled.
# Needs a display: runs under Xvfb when DISPLAY is not set (Debian packages xvfb, xauth, libgtk-3-0).
set -euo pipefail
if [ -z "${DISPLAY:-}" ]; then
  # xvfb-run starts its command through /bin/sh, which drops exported bash functions: run this script again
  exec xvfb-run -a -s '-screen 0 1400x900x24' bash "$0" "$@"
fi
cd "$(dirname "$0")/.."
mvn -B -q test-compile
cp="target/test-classes:target/classes:$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
run() { java -Djavafx.animation.fullspeed=true -Dprism.order=sw -cp "$cp" \
        'org.relocationplanner.bench.TimelineFrameBench$Main' 2>&1 | grep -v 'INFO\|WARNING\|Unsupported JavaFX'; }
run
