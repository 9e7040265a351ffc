#!/usr/bin/env bash
# Article extraction: Oqy against Mozilla Readability (npm @mozilla/readability + jsdom, installed
# here into the build folder, never committed) on ../shared/corpus/readability-pages, same run,
# both pinned to one core, both as warm long-running processes (the evaluator's --serve mode).
#   bench/extract.sh              prints F1 and pages/s of both and the speed ratio
# Needs ../shared/corpus, node and npm (for the peer; without them only Oqy is measured).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${OQY_SHARED:-../shared}
build=${OQY_BUILD_DIR:-build}
eval_py="$shared/corpus/extract_eval.py"
[ -f "$eval_py" ] || { echo "no $eval_py: nothing to measure" >&2; exit 77; }
cmake --build "$build" --target oqy-cli >/dev/null
pin="taskset -c 0"
command -v taskset >/dev/null || pin=""
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

/usr/bin/python3 "$eval_py" run --serve --name oqy --json-out "$out/oqy.json" \
    --cmd "$pin $build/app/cli/oqy-cli extract --serve" | grep -E '^(==|   )'

peer="$build/bench-readability"
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [ ! -d "$peer/node_modules/@mozilla/readability" ]; then
    /usr/bin/python3 "$eval_py" write-readability-js "$peer" >/dev/null
    (cd "$peer" && npm install --no-audit --no-fund @mozilla/readability jsdom >/dev/null)
  fi
  /usr/bin/python3 "$eval_py" run --serve --name readability.js --json-out "$out/rjs.json" \
      --cmd "$pin node $peer/rdr.js --serve" | grep -E '^(==|   )'
  /usr/bin/python3 - "$out/oqy.json" "$out/rjs.json" <<'PY'
import json, sys
def speed(path):
    s = json.load(open(path))["summary"]
    for key in ("pages_per_s", "pages_per_second", "speed_pages_s"):
        if key in s:
            return s[key]
    raise SystemExit("no pages/s in %s: %s" % (path, sorted(s)))
oqy, rjs = speed(sys.argv[1]), speed(sys.argv[2])
print("ratio: Oqy %.1f pages/s, Readability.js %.2f pages/s -> Oqy is %.0fx Readability.js" % (oqy, rjs, oqy / rjs))
PY
else
  echo "node/npm not found: no peer figure (apt-get install nodejs npm)"
fi
