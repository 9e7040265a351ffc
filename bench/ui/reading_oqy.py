#!/usr/bin/env python3
"""A reading session, measured like the peers' cold start (../shared/peers/coldstart.py), for the
figures coldstart.py ends too early to see: Oqy makes its reader pane (Qt WebEngine) only when
the first article is opened or after two seconds without input, so the start-up run never has
WebEngine's processes in it.

  DISPLAY=:99 OQY_BIN=build/app/ui/oqy python3 bench/ui/reading_oqy.py TEMPLATE \
      [--runs 3] [--articles 20] [--json results.jsonl] [--scratch DIR]

Per run: the template data folder is copied and Oqy started on it (as coldstart_oqy.py does);
after start-up idle the script waits until the reader pane's helper processes exist and the tree
is idle again (t_pane, from start), then presses j ARTICLES times, 0.3 s apart (the first j opens
the newest article), and waits for idle. Reported: window mapped, start-up idle, pane
ready, peak RSS of the tree over the whole session, PSS of the tree after start-up, after the
pane, and at the end (the peers' ProcTree: every process of the session, QtWebEngineProcess
included), the processes seen, and how many articles the database has marked read.
"""
import argparse
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import coldstart_oqy  # noqa: E402  (the Oqy preset; imports the peers' coldstart)
from coldstart_oqy import coldstart  # noqa: E402

def run_once(a, i):
    preset = coldstart.PRESETS["oqy"]
    run = os.path.join(a.scratch, "run%d" % i)
    shutil.rmtree(run, ignore_errors=True)
    shutil.copytree(a.template, run, symlinks=True)
    env = dict(os.environ)
    env.update({k: v.format(run=run) for k, v in preset["env"].items()})
    x = coldstart.XWin()
    log = open(os.path.join(a.scratch, "run%d.log" % i), "wb")
    t0 = time.monotonic()
    proc = subprocess.Popen([c.format(run=run) for c in preset["cmd"]], env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    tree = coldstart.ProcTree(proc.pid)
    res = {"app": "oqy", "label": a.label, "run": i}
    win = None
    while time.monotonic() - t0 < a.timeout and proc.poll() is None:
        win = x.find(preset["window"])
        if win:
            break
        time.sleep(0.01)
    res["t_window"] = round(time.monotonic() - t0, 3) if win else None
    peak = 0
    t_idle, p, _, _ = coldstart.wait_idle(tree, t0, time.monotonic(), a, t0 + a.timeout)
    peak = max(peak, p)
    res["t_idle"] = round(t_idle, 3) if t_idle is not None else None
    res["pss_start_mb"] = round(tree.pss() / 2**20, 1)
    # The pane: WebEngine's helper processes appear, then the tree settles again.
    while time.monotonic() - t0 < a.timeout:
        if any(n.startswith("QtWebEngine") for n in tree.names.values()):
            break
        _, rss, _ = tree.sample()
        peak = max(peak, rss)
        time.sleep(0.05)
    t_pane, p, _, _ = coldstart.wait_idle(tree, t0, time.monotonic(), a, t0 + a.timeout)
    peak = max(peak, p)
    res["t_pane"] = round(t_pane, 3) if t_pane is not None else None
    res["pss_pane_mb"] = round(tree.pss() / 2**20, 1)
    # Reading: j through the list, as the peers' preset sends keys (focus, then the key).
    database = "file:%s?mode=ro" % os.path.join(run, "oqy.sqlite")

    def read_count():
        db = sqlite3.connect(database, uri=True)
        try:
            return db.execute("SELECT count(*) FROM statuses WHERE read = 1").fetchone()[0]
        finally:
            db.close()

    if win:
        read_before = read_count()
        coldstart.xdo(["windowfocus", "--sync", str(win)])
        for _ in range(a.articles):
            coldstart.xdo(["key", "j"])
            time.sleep(0.3)
            _, rss, _ = tree.sample()
            peak = max(peak, rss)
        _, p, n, cpu = coldstart.wait_idle(tree, time.monotonic(), time.monotonic(), a,
                                           time.monotonic() + a.timeout)
        peak = max(peak, p)
        res["cpu_s"] = round(cpu, 2)
        # Evidence that the keys opened articles (marked read on opening, the default).
        res["articles_read"] = read_count() - read_before
    res["peak_rss_mb"] = round(peak / 2**20, 1)
    res["pss_end_mb"] = round(tree.pss() / 2**20, 1)
    res["procs"] = sorted(set(tree.names.values()))
    res["nprocs"] = len(tree.pids())
    for pid in [proc.pid] + [q for q in tree.pids() if q != proc.pid]:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
    time.sleep(0.5)
    for pid in tree.pids():
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    log.close()
    shutil.rmtree(run, ignore_errors=True)
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("template")
    ap.add_argument("--label", default="reading")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--articles", type=int, default=20)
    ap.add_argument("--scratch", default="/tmp/oqy-reading-scratch")
    ap.add_argument("--json")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--interval", type=float, default=0.05)
    ap.add_argument("--idle-window", type=float, default=1.0)
    ap.add_argument("--idle-ticks", type=int, default=2)
    a = ap.parse_args()
    os.makedirs(a.scratch, exist_ok=True)
    for i in range(a.runs):
        r = run_once(a, i)
        print(json.dumps(r, ensure_ascii=False), flush=True)
        if a.json:
            with open(a.json, "a") as f:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        time.sleep(2)


if __name__ == "__main__":
    main()
