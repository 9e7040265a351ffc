#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build/fuzz) and runs each for SECONDS (default 60)
# from seeds in tests/data (plus ../shared's corpora when present). Exit 1 on any crash, leak or
# hang; the reproducer is left in the seed folder and named in the output.
#   tools/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "fuzz: clang or its libFuzzer runtime is not installed; fuzzing skipped"
  exit 0
fi
cmake --preset fuzz >/dev/null
cmake --build build/fuzz --target fuzz_feedparser fuzz_subscriptions fuzz_sanitizer fuzz_extract
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
mkdir -p "$seeds/feeds" "$seeds/opml" "$seeds/html"
cp tests/data/feeds/* "$seeds/feeds/"
cp tests/data/opml/* "$seeds/opml/"
# Pages share the name page.html: each gets its folder's name.
find tests/data -name '*.html' -size -200k | while read -r f; do
  cp "$f" "$seeds/html/$(echo "$f" | tr '/' '_')"
done
if [ -d ../shared/corpus/feeds/cases ]; then
  find ../shared/corpus/feeds/cases -name '*.xml' | head -400 | xargs -I{} cp {} "$seeds/feeds/" 2>/dev/null || true
fi
status=0
for target in feedparser:feeds subscriptions:opml sanitizer:html extract:html; do
  name=${target%%:*}
  corpus=$seeds/${target##*:}
  echo "fuzz: fuzz_$name for $seconds s"
  if ! build/fuzz/tests/fuzz/fuzz_$name "$corpus" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
       -artifact_prefix="$PWD/build/fuzz/crash-$name-" -print_final_stats=1 >"build/fuzz/fuzz_$name.log" 2>&1; then
    echo "fuzz: fuzz_$name FAILED (see build/fuzz/fuzz_$name.log)"
    tail -30 "build/fuzz/fuzz_$name.log"
    status=1
  else
    grep -E "stat::number_of_executed_units" "build/fuzz/fuzz_$name.log" || true
  fi
done
exit $status
