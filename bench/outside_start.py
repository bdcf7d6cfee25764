#!/usr/bin/env python3
"""Start-up timed from outside the process (issue 20), as a user's click: the clock starts when the command is
launched and stops when the X server maps the process's first top-level window, seen by `xev` on the root window
(x11-utils; it does not depend on JavaFX), and when the app's log says its screens are ready.

Usage:
  outside_start.py start DISPLAY ROUNDS NAME=COMMAND [NAME=COMMAND ...]
      Each round runs every command once, in the order given (alternating). A command is run with /bin/sh -c, with
      RELOCATION_PLANNER_BENCHMARK=1 so that the app (and the empty stage) exits on its own once ready. Prints
      every run, then the median, min and max per command and the ratio of each median to the first command's.
  outside_start.py unlock DISPLAY ROUNDS PASSWORD COMMAND
      A protected data folder: once the window is mapped and the lock screen drawn, the password is typed with
      xdotool (Debian package xdotool) and Enter pressed; the clock runs from Enter to the screens being ready.
  outside_start.py budget DISPLAY ROUNDS COMMAND
      Once the screens are ready, Ctrl+3 is pressed with xdotool (the Budget screen); the clock runs from the key
      to the Budget screen showing its first answer.
"""
import os
import statistics
import subprocess
import sys
import threading
import time


def xdotool(display, *args):
    return subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=display), check=True,
                          stdout=subprocess.PIPE, text=True).stdout


def focus(display):
    window = xdotool(display, "search", "--sync", "--onlyvisible", "--name", ".+").split()[0]
    xdotool(display, "windowfocus", "--sync", window)


def driven(display, command, env, action, until):
    """Starts the command; when its output says `action[0]`, runs action[1] and starts the clock; stops it at the
    line that says `until`. Returns milliseconds, or None."""
    proc = subprocess.Popen(["/bin/sh", "-c", command], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, bufsize=1)
    start = None
    took = None
    for line in proc.stdout:
        if start is None and action[0] in line:
            action[1]()
            start = time.monotonic()
        elif start is not None and until in line and took is None:
            took = (time.monotonic() - start) * 1000
    proc.wait(timeout=120)
    return took


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
    mode = sys.argv[1]
    if mode == "start":
        start(sys.argv[2:])
    elif mode in ("unlock", "budget"):
        display, rounds = sys.argv[2], int(sys.argv[3])
        times = []
        for r in range(rounds):
            if mode == "unlock":
                password, command = sys.argv[4], sys.argv[5]
                env = dict(os.environ, DISPLAY=display, RELOCATION_PLANNER_BENCHMARK="1")

                def type_password():
                    focus(display)
                    xdotool(display, "type", "--delay", "5", password)
                    xdotool(display, "key", "Return")

                t = driven(display, command, env, ("BENCH step lock-shown", type_password), "BENCH ready")
            else:
                command = sys.argv[4]
                env = dict(os.environ, DISPLAY=display, RELOCATION_PLANNER_BENCHMARK="budget")

                def budget_key():
                    focus(display)
                    xdotool(display, "key", "ctrl+3")

                t = driven(display, command, env, ("BENCH ready", budget_key), "BENCH budget-ready")
            times.append(t)
            print(f"round {r + 1} {mode}: {t:.0f} ms" if t is not None else f"round {r + 1} {mode}: no answer",
                  flush=True)
        ok = [t for t in times if t is not None]
        print(f"{mode}: median {statistics.median(ok):.0f} ms, min {min(ok):.0f} ms, max {max(ok):.0f} ms "
              f"({len(ok)} of {rounds} runs)")


def start(args):
    display = args[0]
    rounds = int(args[1])
    commands = [a.split("=", 1) for a in args[2:]]
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
