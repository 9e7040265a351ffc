#!/usr/bin/env bash
# Feed engine throughput, Oqy against Python feedparser on the same ~100 MB corpus in the same run.
#   bench/feeds.sh            (builds bench_feeds in build/, corpus in /tmp/oqy-bigfeeds)
# Needs ../shared/corpus/feeds (the corpus generator and feedparser's runner) and python3-feedparser.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${OQY_SHARED:-../shared}
corpus=${OQY_BENCH_CORPUS:-/tmp/oqy-bigfeeds}
build=${OQY_BUILD_DIR:-build}
[ -d "$shared/corpus/feeds" ] || { echo "no $shared/corpus/feeds: nothing to measure" >&2; exit 77; }
if [ ! -f "$corpus/manifest.json" ]; then
  /usr/bin/python3 "$shared/corpus/feeds/gen_big_feeds.py" --out "$corpus" --mb 100
fi
cmake --build "$build" --target bench_feeds >/dev/null
# Both on the same core, one after the other: single-threaded is what is measured, and this
# machine's speed drifts, so each takes its best of several passes.
pin=""
command -v taskset >/dev/null && pin="taskset -c 1"
oqy=$($pin "$build/bench/bench_feeds" "$corpus" --repeat 5)
echo "$oqy"
if /usr/bin/python3 -c 'import feedparser' 2>/dev/null; then
  peer=$($pin /usr/bin/python3 "$shared/corpus/feeds/bench/bench_feedparser.py" "$corpus")
  echo "$peer"
  ours=$(sed -E 's/.* -> ([0-9.]+) MB\/s.*/\1/' <<<"$oqy")
  theirs=$(sed -E 's/.* -> ([0-9.]+) MB\/s.*/\1/' <<<"$peer")
  /usr/bin/python3 -c "print('ratio: Oqy is %.1fx feedparser' % ($ours / $theirs))"
else
  echo "python3-feedparser is not installed: no peer figure (apt-get install python3-feedparser)"
fi
