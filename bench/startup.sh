#!/usr/bin/env bash
# Cold start to first frame of the packaged app (its own launcher, jlink'ed runtime and AppCDS archive) against
# an empty JavaFX stage on the same runtime, same machine, same run; and the resident memory after opening every
# screen. Needs a display: runs under Xvfb when DISPLAY is not set (Debian package xvfb).
# Usage: bench/startup.sh [rounds]
set -euo pipefail
if [ -z "${DISPLAY:-}" ]; then
  # xvfb-run starts its command through /bin/sh, which drops exported bash functions: run this script again
  exec xvfb-run -a -s '-screen 0 1400x900x24' bash "$0" "$@"
fi
cd "$(dirname "$0")/.."
rounds="${1:-10}"
mvn -B -q package -DskipTests          # the app image, with its AppCDS archive
mvn -B -q test-compile
image=target/package/image/relocation-planner
seeded=$(mktemp -d)
run() {
  "$image/lib/runtime/bin/java" -cp "target/test-classes:$image/lib/app/*" \
      org.relocationplanner.bench.StartupBench "$image" target/test-classes "$rounds"
  # memory: a data folder with a user's story (11 trips, documents, a budget plan), every screen opened once
  "$image/lib/runtime/bin/java" -cp "target/test-classes:$image/lib/app/*" org.relocationplanner.bench.SeedData "$seeded"
  # a cache folder of its own (issue 20): the first start probes the graphics card and, finding none JavaFX can use,
  # writes relocation-planner/software-drawing there; the five starts after it are spared the probe
  export XDG_CACHE_HOME="$seeded/cache"
  for i in 0 1 2 3 4 5; do
    [ "$i" = 0 ] && echo "(first start on this computer: the graphics card is probed)"
    RELOCATION_PLANNER_BENCHMARK=screens "$image/bin/relocation-planner" --data-dir "$seeded" 2>&1 \
      | grep "BENCH memory after every screen" | sed 's/.*BENCH/BENCH/'
  done
  unset XDG_CACHE_HOME
  # the baseline: an empty stage of the same size on the same runtime (default JVM settings), as long open
  for i in 1 2 3; do
    RELOCATION_PLANNER_BENCHMARK=screens "$image/lib/runtime/bin/java" -cp "target/test-classes:$image/lib/app/*" \
      'org.relocationplanner.bench.EmptyStage$Main' 2>&1 | grep "BENCH memory"
  done
}
run
rm -rf "$seeded"
