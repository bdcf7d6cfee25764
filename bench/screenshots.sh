#!/usr/bin/env bash
# Takes docs/screenshots/*.png from the running app, in Russian and English, under Xvfb
# (Debian packages xvfb, xauth, libgtk-3-0) unless DISPLAY is set.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ]; then
  # the whole script again inside a private X server (an exported function does not survive xvfb-run's shell)
  exec xvfb-run -a -s '-screen 0 1400x900x24' bash bench/screenshots.sh "$@"
fi
mvn -B -q test-compile
cp="target/test-classes:target/classes:$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
tour() {
  for lang in ru en; do
    java -Dprism.order=sw -Dtour.lang="$lang" -cp "$cp" 'org.relocationplanner.bench.ScreenshotTour$Main' docs/screenshots
  done
}
tour
ls -l docs/screenshots
