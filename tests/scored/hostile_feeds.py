#!/usr/bin/env python3
"""Hostile inputs, scored: every feed and OPML case of ../shared/corpus/hostile (CI size) goes
through `oqy-cli parse-feed` / `oqy-cli import --dry-run` in bounded time and memory, never
crashes, never reads a local file or expands entities without bound, and rejects what is not a
feed with a clear error.   hostile_feeds.py OQY_CLI SHARED_DIR"""
import json, os, subprocess, sys, tempfile, time

cli, shared = sys.argv[1], sys.argv[2]
gen = os.path.join(shared, "corpus", "hostile", "gen_hostile.py")
if not os.path.exists(gen):
    print("SKIP: %s is missing (no ../shared corpus in this clone)" % gen)
    sys.exit(77)
TIME_LIMIT = 20          # seconds per file
MEMORY_KB = 2_000_000    # address space per run
work = tempfile.mkdtemp(prefix="oqy-hostile-")
subprocess.run([sys.executable, gen, "--out", work, "--small"], check=True, capture_output=True)
manifest = json.load(open(os.path.join(work, "manifest.json")))
failures = []
checked = 0
for case in manifest:
    if case["kind"] not in ("feed", "opml"):
        continue
    path = os.path.join(work, case["path"])
    command = [cli, "parse-feed", path, "--json"] if case["kind"] == "feed" else \
              [cli, "import", path, "--dry-run", "--json", "--data-dir", os.path.join(work, "data")]
    started = time.time()
    try:
        r = subprocess.run(["bash", "-c", 'ulimit -v %d; exec "$@"' % MEMORY_KB, "bash"] + command,
                           capture_output=True, timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        failures.append("%s: no answer within %d s" % (case["name"], TIME_LIMIT))
        continue
    elapsed = time.time() - started
    checked += 1
    out = r.stdout
    problem = None
    if r.returncode < 0:
        problem = "killed by signal %d" % -r.returncode
    elif case["kind"] == "feed" and r.returncode != 0:
        problem = "exit %d: %s" % (r.returncode, r.stderr[-200:])
    elif case["kind"] == "opml" and r.returncode not in (0, 1):
        problem = "exit %d" % r.returncode
    elif b"root:x:0:0" in out or b"root:x:0:0" in r.stderr:
        problem = "the output holds /etc/passwd"
    elif case["expect"] == "no-expansion" and len(out) > 8 * 1024 * 1024:
        problem = "entities expanded to %d bytes" % len(out)
    elif case["expect"] == "reject" and case["kind"] == "feed" and b'"error"' not in out:
        problem = "not rejected with an error"
    elif case["kind"] == "opml" and r.returncode == 0 and \
            any(not a["url"].startswith(("http://", "https://")) for a in json.loads(out).get("added", [])):
        problem = "a non-web address was imported"
    print("%-42s %-12s %5.2fs %s" % (case["name"], case["expect"], elapsed, problem or "ok"))
    if problem:
        failures.append("%s: %s" % (case["name"], problem))
print("%d cases checked, %d failed" % (checked, len(failures)))
for f in failures:
    print("FAIL " + f)
sys.exit(1 if failures or checked < 30 else 0)
