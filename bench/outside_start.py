#!/usr/bin/env python3
"""Start-up timed from outside the process (issue 20), as a user's click: the clock starts when the command is
launched and stops when the X server maps the process's first top-level window, seen by `xev` on the root window
(x11-utils; it does not depend on JavaFX), and when the app's log says its screens are ready.

Usage: outside_start.py DISPLAY ROUNDS NAME=COMMAND [NAME=COMMAND ...]
Each round runs every command once, in the order given (alternating). A command is run with /bin/sh -c, with
RELOCATION_PLANNER_BENCHMARK=1 so that the app (and the empty stage) exits on its own once ready. Prints every
run, then the median, min and max per command and the ratio of each median to the first command's.
"""
import os
import statistics
import subprocess
import sys
import threading
import time


def run_once(display, command, env):
    xev = subprocess.Popen(["xev", "-display", display, "-root", "-event", "substructure"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1)
    time.sleep(0.4)  # xev has selected its events on the root window
    seen = {}

    def watch_x():
        pending = False
        for line in xev.stdout:
            if line.startswith("MapNotify"):
                pending = True
            elif pending:
                pending = False
                if "override NO" in line and "mapped" not in seen:
                    seen["mapped"] = time.monotonic()

    threading.Thread(target=watch_x, daemon=True).start()
    start = time.monotonic()
    proc = subprocess.Popen(["/bin/sh", "-c", command], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, bufsize=1)
    for line in proc.stdout:
        now = time.monotonic()
        if "BENCH ready" in line and "ready" not in seen:
            seen["ready"] = now
    proc.wait(timeout=120)
    time.sleep(0.1)
    xev.kill()
    xev.wait()
    return {k: (v - start) * 1000 for k, v in seen.items()}


def main():
    display = sys.argv[1]
    rounds = int(sys.argv[2])
    commands = [a.split("=", 1) for a in sys.argv[3:]]
    env = dict(os.environ, DISPLAY=display, RELOCATION_PLANNER_BENCHMARK="1")
    results = {name: [] for name, _ in commands}
    for r in range(rounds):
        for name, command in commands:
            t = run_once(display, command, env)
            results[name].append(t)
            print(f"round {r + 1} {name}: mapped {t.get('mapped', float('nan')):.0f} ms, "
                  f"ready {t.get('ready', float('nan')):.0f} ms", flush=True)
    first = None
    print()
    print("| | window mapped: median | min | max | ratio | screens ready: median |")
    print("|---|---|---|---|---|---|")
    for name, _ in commands:
        mapped = [t["mapped"] for t in results[name] if "mapped" in t]
        ready = [t["ready"] for t in results[name] if "ready" in t]
        med = statistics.median(mapped)
        first = first or med
        print(f"| {name} | {med:.0f} ms | {min(mapped):.0f} ms | {max(mapped):.0f} ms | {med / first:.2f} | "
              + (f"{statistics.median(ready):.0f} ms |" if ready else "— |"))


if __name__ == "__main__":
    main()
