#!/usr/bin/env bash
# Installs the .deb built by `mvn -Pinstaller package` with dpkg, checks that the installed app starts, then
# removes it. Run as root on Debian/Ubuntu: packaging/check-deb.sh [path/to/relocation-planner_*.deb]
# Checks: the files and the menu entry are in place; the AppCDS archive was made at the installed place and the
# JVM takes it; `--version` and a `stays` check answer; with a display (or xvfb-run) the window shows its first
# frame; `dpkg -r` leaves nothing of the app behind.
set -euo pipefail
cd "$(dirname "$0")/.."
deb="${1:-$(ls target/package/installer/relocation-planner_*.deb 2>/dev/null | head -n 1 || true)}"
[ -f "$deb" ] || { echo "no .deb: build it with mvn -B -Pinstaller package -DskipTests" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "run as root (dpkg -i)" >&2; exit 2; }
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

made=()
for d in /etc/xdg/menus /usr/share/desktop-directories; do
  # a desktop system has its menu folders; this one (a server, a container) gets them for the check, removed after
  [ -d "$d" ] || { mkdir -p "$d"; made+=("$d"); }
done
trap 'rm -rf "$tmp" "${made[@]}"' EXIT

echo "== dpkg -i $deb"
# dpkg does not fetch dependencies (libgtk-3-0, xdg-utils): when some are missing, apt completes the install
dpkg -i "$deb" || { echo "== apt-get -f install (the dependencies dpkg named)"; apt-get install -y -f --no-install-recommends; }
dpkg -s relocation-planner | grep -q '^Status: install ok installed' || fail "the package is not installed"
launcher=/opt/relocation-planner/bin/relocation-planner
[ -x "$launcher" ] || fail "no launcher at $launcher"
ls /usr/share/applications/*relocation-planner*.desktop >/dev/null 2>&1 || fail "no menu entry"
grep -q "Name\[ru\]=Планировщик переезда" /usr/share/applications/*relocation-planner*.desktop || fail "menu entry without its Russian name"
[ -f /opt/relocation-planner/lib/app/relocation-planner.jsa ] || fail "postinst made no AppCDS archive"

echo "== relocation-planner --version"
"$launcher" --version >"$tmp/out" 2>"$tmp/err" || fail "--version exited with $?"
cat "$tmp/out"
grep -q '^relocation-planner ' "$tmp/out" || fail "--version printed: $(cat "$tmp/out")"
# -Xshare:on turns an archive the JVM would quietly pass over (made elsewhere, or for other options) into an error
JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >"$tmp/out" 2>"$tmp/err" \
  || fail "the JVM does not take the AppCDS archive made by postinst: $(cat "$tmp/err")"

echo "== relocation-planner stays"
printf 'country,entry,exit,note\nKZ,2023-03-01,,\n' >"$tmp/trips.csv"
"$launcher" stays --trips "$tmp/trips.csv" --on 2023-05-10 --format json >"$tmp/out" || fail "stays exited with $?"
cat "$tmp/out"
grep -q '"area":"KZ"' "$tmp/out" && grep -q '"daysUsed":71' "$tmp/out" || fail "stays answered: $(cat "$tmp/out")"

echo "== the window"
cat >"$tmp/window.sh" <<WINDOW
RELOCATION_PLANNER_BENCHMARK=1 timeout 60 "$launcher" --data-dir "$tmp/data" >"$tmp/gui" 2>&1 || true
grep -q "BENCH first-frame" "$tmp/gui" && grep -q "BENCH ready" "$tmp/gui"
WINDOW
if [ -n "${DISPLAY:-}" ]; then
  bash "$tmp/window.sh" || fail "the window did not show: $(tail -5 "$tmp/gui")"
elif command -v xvfb-run >/dev/null; then
  # xvfb-run's own shell drops exported functions: the check is a script file
  xvfb-run -a -s '-screen 0 1400x900x24' bash "$tmp/window.sh" || fail "the window did not show: $(tail -5 "$tmp/gui")"
else
  echo "(no display and no xvfb-run: window not checked)"
fi
[ -f "$tmp/gui" ] && grep BENCH "$tmp/gui" || true

echo "== dpkg -r relocation-planner"
dpkg -r relocation-planner
[ ! -e /opt/relocation-planner ] || fail "files left in /opt/relocation-planner: $(find /opt/relocation-planner | head)"
echo "OK: the .deb installs, the installed app starts, and it uninstalls cleanly"
