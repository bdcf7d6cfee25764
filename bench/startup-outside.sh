#!/usr/bin/env bash
# Issue 20: start-up as the user feels it, timed from outside the process on a private X server: from launching
# the packaged command (as the desktop entry and a terminal do) until its first top-level window is mapped, seen by
# xev on the root window, and until the app's log says its screens are ready; against an empty JavaFX stage
# launched the same way (a shell script that starts the same runtime) on the same runtime; alternating runs.
# Then unlocking a protected data folder (password typed with xdotool, from Enter to the screens) and the first
# Budget open (Ctrl+3 as soon as the screens are ready, to the Budget screen's first answer).
# Needs: xvfb, x11-utils (xev), xdotool (apt-get install xvfb x11-utils xdotool). No window manager.
# Usage: bench/startup-outside.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-10}"
image=target/package/image/relocation-planner
[ -x "$image/bin/relocation-planner" ] || mvn -B -q package -DskipTests
mvn -B -q test-compile
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT
display=:97
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
sleep 1
cat > "$work/empty-stage" <<SCRIPT
#!/bin/sh
exec "$PWD/$image/lib/runtime/bin/java" -cp "$PWD/target/test-classes:$PWD/$image/lib/app/*" \
    'org.relocationplanner.bench.EmptyStage\$Main' "\$@"
SCRIPT
chmod +x "$work/empty-stage"
"$image/lib/runtime/bin/java" -cp "target/test-classes:$image/lib/app/*" org.relocationplanner.bench.SeedData \
    "$work/seeded" 2>/dev/null
# the same story in a folder whose Budget was never opened: no rates stored yet
"$image/lib/runtime/bin/java" -Dseed.rates=false -cp "target/test-classes:$image/lib/app/*" \
    org.relocationplanner.bench.SeedData "$work/unopened" 2>/dev/null
"$image/lib/runtime/bin/java" -cp "target/test-classes:$image/lib/app/*" org.relocationplanner.bench.SeedData \
    "$work/locked" "a long passphrase for the bench" 2>/dev/null
# The cache folder (issue 20): a later start has the one of the start before, where a computer without graphics
# acceleration JavaFX can use has relocation-planner/software-drawing (so GTK and JavaFX do not probe the graphics
# card again); "probing" has a new cache folder each time, as the first start on a computer and every 30 days after.
# One start beforehand writes the later starts' cache folder.
XDG_CACHE_HOME="$work/cache" RELOCATION_PLANNER_BENCHMARK=1 DISPLAY="$display" \
    "$image/bin/relocation-planner" --data-dir "$work/seeded" >/dev/null 2>&1
echo "software drawing remembered: $(ls "$work/cache/relocation-planner" 2>/dev/null || echo no)"
# The app opens on the screen it was closed on (java.util.prefs, per user): each part below has preferences of its
# own, so that every start opens on Compare, as a first start does, whatever the user's or an earlier run's were
prefs() { echo "JAVA_TOOL_OPTIONS=-Djava.util.prefs.userRoot=$work/prefs-$1"; }
echo "== start-up, $rounds rounds (the first start makes a new data folder each time)"
python3 bench/outside_start.py start "$display" "$rounds" \
    "empty stage=$work/empty-stage" \
    "app, later start=$(prefs start) XDG_CACHE_HOME=$work/cache $image/bin/relocation-planner --data-dir $work/seeded" \
    "app, later start, probing the graphics card=$(prefs start) XDG_CACHE_HOME=\$(mktemp -d -p $work) $image/bin/relocation-planner --data-dir $work/seeded" \
    "app, first start (new data folder, probing)=d=\$(mktemp -d -p $work); $(prefs start) XDG_CACHE_HOME=\$(mktemp -d -p $work) $image/bin/relocation-planner --data-dir \$d"
echo "== unlock"
python3 bench/outside_start.py unlock "$display" "$rounds" "a long passphrase for the bench" \
    "$(prefs unlock) XDG_CACHE_HOME=$work/cache $image/bin/relocation-planner --data-dir $work/locked"
echo "== first Budget open, data folder opened before"
python3 bench/outside_start.py budget "$display" "$rounds" "$(prefs budget) XDG_CACHE_HOME=$work/cache $image/bin/relocation-planner --data-dir $work/seeded"
echo "== first Budget open, the first time in a data folder (a copy of a folder with the same story and no rates stored: the shipped ones are stored then)"
python3 bench/outside_start.py budget "$display" "$rounds" \
    "d=\$(mktemp -d -p $work); cp -r $work/unopened/. \$d/; $(prefs budget) XDG_CACHE_HOME=$work/cache $image/bin/relocation-planner --data-dir \$d"
