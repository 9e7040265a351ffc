#!/usr/bin/env python3
"""Hostile web pages, scored: every page case of ../shared/corpus/hostile (CI size) goes through
`oqy-cli extract --json` and `oqy-cli sanitize` in bounded time and memory and ends with a result or
a clear error, never a crash or a hang; the reader HTML never carries scripts, handlers, local or
own-scheme addresses; pages in windows-1251 (declared or not) read as Cyrillic, not mojibake.
   hostile_pages.py OQY_CLI SHARED_DIR"""
import json, os, re, subprocess, sys, tempfile, time

cli, shared = sys.argv[1], sys.argv[2]
gen = os.path.join(shared, "corpus", "hostile", "gen_hostile.py")
if not os.path.exists(gen):
    print("SKIP: %s is missing (no ../shared corpus in this clone)" % gen)
    sys.exit(77)
TIME_LIMIT = 20          # seconds per run
MEMORY_KB = 2_000_000    # address space per run
work = tempfile.mkdtemp(prefix="oqy-hostile-pages-")
subprocess.run([sys.executable, gen, "--out", work, "--small"], check=True, capture_output=True)
manifest = json.load(open(os.path.join(work, "manifest.json")))
DANGEROUS = re.compile(r"<script|\bon[a-z]+\s*=|javascript:|(?<![a-z])file:|oqy-cache:|(?<![a-z])qrc:|<iframe|<base|http-equiv", re.I)
MOJIBAKE = re.compile("[ÐÑÂÃ][\u0080-\u00ff]")


def run(command):
    started = time.time()
    try:
        r = subprocess.run(["bash", "-c", 'ulimit -v %d; exec "$@"' % MEMORY_KB, "bash"] + command,
                           capture_output=True, timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        return None, TIME_LIMIT
    return r, time.time() - started


failures, checked = [], 0
for case in manifest:
    if case["kind"] != "page":
        continue
    path = os.path.join(work, case["path"])
    url = "http://127.0.0.1:8000/" + case["path"]
    checked += 1
    problem = None
    r, elapsed = run([cli, "extract", path, "--url", url, "--json"])
    if r is None:
        problem = "extract: no answer within %d s" % TIME_LIMIT
    elif r.returncode < 0:
        problem = "extract: killed by signal %d" % -r.returncode
    else:
        try:
            result = json.loads(r.stdout)
        except ValueError:
            result = None
        if not isinstance(result, dict):
            problem = "extract: no JSON answer (exit %d): %s" % (r.returncode, r.stderr[-200:])
        elif "error" in result:
            if not result["error"]:
                problem = "extract: an empty error"
        elif DANGEROUS.search(result.get("html", "")):
            problem = "extract: dangerous markup kept: %s" % DANGEROUS.search(result["html"]).group(0)
        elif any(not u.startswith(("http://", "https://")) for u in result.get("images", [])):
            problem = "extract: a non-web image to cache"
        elif "cp1251" in case["name"] or "charset" in case["name"]:
            text = result.get("title", "") + result.get("text", "")
            if MOJIBAKE.search(text) or not re.search("[А-Яа-я]", text):
                problem = "extract: Cyrillic read wrongly: %r" % text[:80]
    if not problem:
        s, _ = run([cli, "sanitize", path, "--url", url])
        if s is None:
            problem = "sanitize: no answer within %d s" % TIME_LIMIT
        elif s.returncode < 0:
            problem = "sanitize: killed by signal %d" % -s.returncode
        elif s.returncode == 0 and DANGEROUS.search(s.stdout.decode("utf-8", "replace")):
            problem = "sanitize: dangerous markup kept"
    print("%-42s %-10s %5.2fs %s" % (case["name"], case["expect"], elapsed, problem or "ok"))
    if problem:
        failures.append("%s: %s" % (case["name"], problem))
print("%d page cases checked, %d failed" % (checked, len(failures)))
for f in failures:
    print("FAIL " + f)
sys.exit(1 if failures or checked < 8 else 0)
