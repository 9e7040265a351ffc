#!/usr/bin/env bash
# Click on an article -> reader pane painted, warm, in the real window under Xvfb (issue 7's
# "≤ 50 ms" figure). Builds bench_reader in build/.
#   bench/reader.sh [ARTICLES] [CLICKS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${OQY_BUILD_DIR:-build}
cmake --build "$build" --target bench_reader >/dev/null
# The reader pane's library, loaded the way oqy loads it (bench_reader does not link it).
export OQY_READER_DIR="$(cd "$build" && pwd)/app/ui"
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:-} --disable-gpu"
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_CHROMIUM_FLAGS="$QTWEBENGINE_CHROMIUM_FLAGS --no-sandbox"
exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build/bench/bench_reader" "$@"
