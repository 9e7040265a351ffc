#!/usr/bin/env python3
"""Article extraction, scored: ../shared/corpus/extract_eval.py runs `oqy-cli extract --serve` over
the readability test pages and must report F1 >= 0.95 with no crash, timeout or bad output.
Speed is not asserted here (bench/extract.sh measures it against Readability.js).
   extract_quality.py OQY_CLI SHARED_DIR"""
import json, os, subprocess, sys, tempfile

cli, shared = sys.argv[1], sys.argv[2]
evaluator = os.path.join(shared, "corpus", "extract_eval.py")
if not os.path.exists(evaluator):
    print("SKIP: %s is missing (no ../shared corpus in this clone)" % evaluator)
    sys.exit(77)
TARGET_F1 = 0.95
out = os.path.join(tempfile.mkdtemp(prefix="oqy-extract-"), "oqy.json")
run = subprocess.run([sys.executable, evaluator, "run", "--serve", "--name", "oqy", "--json-out", out,
                      "--cmd", "%s extract --serve" % cli], capture_output=True, text=True, timeout=600)
print(run.stdout)
if run.returncode != 0:
    print(run.stderr)
    sys.exit(1)
summary = json.load(open(out))["summary"]
problems = []
if summary["f1"] < TARGET_F1:
    problems.append("F1 %.3f is below %.2f" % (summary["f1"], TARGET_F1))
for key in ("crashes", "timeouts", "bad_output", "errors"):
    if summary.get(key):
        problems.append("%d pages: %s" % (summary[key], key))
if summary["ok"] < summary["pages"]:
    problems.append("only %d of %d pages answered" % (summary["ok"], summary["pages"]))
for p in problems:
    print("FAIL " + p)
print("F1 %.3f over %d pages (target %.2f)" % (summary["f1"], summary["pages"], TARGET_F1))
sys.exit(1 if problems else 0)
