#!/usr/bin/env python3
"""XSS safety, scored: every payload of ../shared/corpus/xss must come out of `oqy-cli sanitize-dir`
neutralised, in the checker's strict mode.   xss_sanitizer.py OQY_CLI SHARED_DIR"""
import os, subprocess, sys
cli, shared = sys.argv[1], sys.argv[2]
checker = os.path.join(shared, "corpus", "xss", "check_sanitized.py")
if not os.path.exists(checker):
    print("SKIP: %s is missing (no ../shared corpus in this clone)" % checker)
    sys.exit(77)
r = subprocess.run([sys.executable, checker, "--strict", "-j", "2", cli + " sanitize-dir {in} {out}"])
sys.exit(r.returncode)
