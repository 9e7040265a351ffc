#!/usr/bin/env python3
"""Feed conformance, scored: runs ../shared/corpus/feeds/run_conformance.py against oqy-cli and
fails when the pass rate outside the `sanitize` category drops below the target (98 %).
Prints the per-category table, both figures and the remaining failures.

    feed_conformance.py OQY_CLI SHARED_DIR [--target 98]
Exit 77 (skipped) when SHARED_DIR has no corpus: a user's clone has no ../shared.
"""
import argparse, json, os, re, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("cli")
ap.add_argument("shared")
ap.add_argument("--target", type=float, default=98.0)
a = ap.parse_args()
runner = os.path.join(a.shared, "corpus", "feeds", "run_conformance.py")
if not os.path.exists(runner):
    print("SKIP: %s is missing (no ../shared corpus in this clone)" % runner)
    sys.exit(77)
with tempfile.NamedTemporaryFile(suffix=".json") as failures:
    out = subprocess.run([sys.executable, runner, "--jobs", "2", "--failures", failures.name,
                          "--cmd", a.cli + " parse-feed {file} --json {http_args}"],
                         capture_output=True, text=True).stdout
    failed = json.load(open(failures.name))
print(out)
totals = {}
for line in out.splitlines():
    m = re.match(r"^(\S+)\s+(\d+)/(\d+)\s+passed", line)
    if m:
        totals[m.group(1)] = (int(m.group(2)), int(m.group(3)))
passed = sum(p for c, (p, n) in totals.items() if c != "sanitize")
total = sum(n for c, (p, n) in totals.items() if c != "sanitize")
rate = 100.0 * passed / max(1, total)
sp, sn = totals.get("sanitize", (0, 0))
print("outside sanitize: %d/%d = %.2f%% (target %.1f%%)" % (passed, total, rate, a.target))
print("sanitize: %d/%d = %.2f%%" % (sp, sn, 100.0 * sp / max(1, sn)))
for f in failed:
    print("  remaining: %s [%s]" % (f["id"], f["category"]))
sys.exit(0 if total > 1000 and rate >= a.target else 1)
