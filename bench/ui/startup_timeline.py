#!/usr/bin/env python3
"""Where Oqy's start-up time goes, from inside the process: the figures in docs/BENCHMARKS.md
("Where the time goes", and the alternating comparisons of two builds in milliseconds).

Needs builds that print marks (not kept in the code): at the steps to time, write to stderr

    timespec ts; clock_gettime(CLOCK_MONOTONIC, &ts);
    fprintf(stderr, "TMARK %.4f %s\\n", ts.tv_sec + ts.tv_nsec / 1e9, "qapp");

(e.g. first thing in main(), after the QApplication, after window.show()). This script notes
CLOCK_MONOTONIC (Python's time.monotonic()) just before starting each binary, so every mark is in
milliseconds since the process was started. Binaries are run in turn, RUNS rounds, each on a
fresh copy of TEMPLATE with an empty backups/ (a settled data folder), 2 s apart, and stopped after
1.2 s; medians and ranges per mark are printed per binary.

  DISPLAY=:99 python3 bench/ui/startup_timeline.py TEMPLATE RUNS BINARY [BINARY ...]

A binary loads its liboqy*.so from its own folder: copy them along.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    template, runs, binaries = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    env = dict(os.environ, QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox")
    marks = {b: {} for b in binaries}
    scratch = tempfile.mkdtemp(prefix="oqy-timeline-")
    data = os.path.join(scratch, "data")
    try:
        for _ in range(runs):
            for binary in binaries:
                shutil.rmtree(data, ignore_errors=True)
                shutil.copytree(template, data)
                os.makedirs(os.path.join(data, "backups"), exist_ok=True)
                time.sleep(2)
                start = time.monotonic()
                proc = subprocess.Popen([binary, "--data-dir", data], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                time.sleep(1.2)
                proc.terminate()
                for line in proc.communicate()[1].splitlines():
                    m = re.match(r"TMARK (\S+) (.*)", line)
                    if m:
                        marks[binary].setdefault(m[2], []).append((float(m[1]) - start) * 1000)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for binary in binaries:
        print("==", binary)
        by_median = sorted(marks[binary].items(), key=lambda kv: sorted(kv[1])[len(kv[1]) // 2])
        for name, values in by_median:
            values.sort()
            print(f"  {name:20s} median {values[len(values) // 2]:6.1f} ms"
                  f"  [{values[0]:.1f}–{values[-1]:.1f}]  n={len(values)}")


if __name__ == "__main__":
    main()
