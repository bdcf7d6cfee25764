#!/usr/bin/env bash
# Regenerates src/main/resources/org/relocationplanner/app/cds-classes.txt, the classes the packaged app's AppCDS
# training run loads: those a real first window loads (under Xvfb) that are not in the JDK's own archive.
# Needs the app image (mvn -B package -DskipTests) and Xvfb on :99 (see bench/screenshots.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
image=target/package/image/relocation-planner
cp=$(grep '^app.classpath=' $image/lib/app/relocation-planner.cfg | sed "s|^app.classpath=\\\$APPDIR|$PWD/$image/lib/app|" | paste -sd:)
data=$(mktemp -d); log=$(mktemp)
DISPLAY=${DISPLAY:-:99} timeout 20 $image/lib/runtime/bin/java -Dprism.order=sw \
  -Xlog:class+load=info:file="$log" -cp "$cp" org.relocationplanner.app.Launcher --data-dir "$data" >/dev/null 2>&1 || true
out=src/main/resources/org/relocationplanner/app/cds-classes.txt
{
  echo "# Classes the first window loads, for the AppCDS training run (bench/cds-classlist.sh made it)."
  grep -v 'shared objects file' "$log" | grep -E 'source: (jrt:/|file:)' | sed -E 's/^.*\] ([^ ]+) source: .*$/\1/' \
    | grep -v -E '\$\$Lambda|/0x' | sort -u
} > "$out"
rm -rf "$data" "$log"
echo "$(grep -vc '^#' "$out") classes in $out"
