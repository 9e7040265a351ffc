#!/usr/bin/env bash
# Refresh benchmark (issue 5): Oqy and newsboat against the same loopback farm in the same run.
#   bench/refresh.sh            (after tools/dev.sh build; installs newsboat from Debian if missing)
# The farm (bench/refresh_farm.py): 30 outlets on 127.0.0.2–.31, 10 feeds × 30 items each, every
# item with an article page and two photos, 50 ms latency per response.
# Prints, per run: wall time, CPU (user+sys), peak RSS, requests and bytes the farm served, and for
# Oqy the event-loop latency of the thread that is the GUI thread in the app.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${OQY_BUILD_DIR:-build}
CLI=$BUILD_DIR/app/cli/oqy-cli
[ -x "$CLI" ] || { echo "build first: tools/dev.sh build" >&2; exit 1; }
if ! dpkg-query -W -f='${Status}' newsboat 2>/dev/null | grep -q 'install ok installed'; then
  sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends newsboat
fi

WORK=$(mktemp -d /tmp/oqy-refresh-bench.XXXXXX)
python3 bench/refresh_farm.py --dir "$WORK/farm" > "$WORK/farm.log" 2>&1 &
FARM=$!
trap 'kill $FARM 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 600); do grep -q ready "$WORK/farm.log" 2>/dev/null && break; sleep 0.1; done
grep -q ready "$WORK/farm.log" || { cat "$WORK/farm.log"; exit 1; }
STATS=$(cat "$WORK/farm/stats_url")

farm() { python3 -c "import json,sys,urllib.request as u; print(u.urlopen(sys.argv[1]).read().decode())" "$1"; }
reset() { farm "${STATS%/_stats}/_reset" > /dev/null; }
# run LABEL command…: times the command and prints one line with the farm's counters.
run() {
  local label=$1; shift
  reset
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" "$@" > "$WORK/out" 2> "$WORK/err" || true
  read -r wall user sys rss < "$WORK/time"
  farm "$STATS" | python3 -c '
import json, sys
s = json.load(sys.stdin)
label, wall, user, system, rss = sys.argv[1:6]
print("%-34s %6.2f s wall %6.2f s CPU %5d MB RSS %6d requests %5d 304 %8.1f MB" % (
    label, float(wall), float(user) + float(system), int(rss) // 1024, s["requests"],
    s["not_modified"], s["total_bytes"] / 1e6))' "$label" "$wall" "$user" "$sys" "$rss"
  grep -h -E 'feeds:|offline:|event loop' "$WORK/out" "$WORK/err" | sed 's/^/    /' || true
}

echo "farm: 30 outlets × 10 feeds × 30 items, each item with a page and 2 photos, 50 ms latency"
echo "machine: $(nproc) cores; $(date -u +%F)"
echo
echo "== feeds only"
"$CLI" import --data-dir "$WORK/oqy-feeds" "$WORK/farm/feeds.opml" > /dev/null
run "Oqy first refresh" "$CLI" refresh --data-dir "$WORK/oqy-feeds" --feeds-only --report-latency
run "Oqy second refresh (all 304)" "$CLI" refresh --data-dir "$WORK/oqy-feeds" --feeds-only --report-latency

mkdir -p "$WORK/nb"
printf 'reload-threads 8\nshow-read-feeds yes\n' > "$WORK/nb/config"
run "newsboat 8 threads first" newsboat -C "$WORK/nb/config" -u "$WORK/farm/urls" -c "$WORK/nb/cache.db" -x reload
# newsboat 2.21 stores a feed's validators only from its second download on: its third reload is
# the first that can be all-304.
run "newsboat 8 threads second" newsboat -C "$WORK/nb/config" -u "$WORK/farm/urls" -c "$WORK/nb/cache.db" -x reload
run "newsboat 8 threads third (all 304)" newsboat -C "$WORK/nb/config" -u "$WORK/farm/urls" -c "$WORK/nb/cache.db" -x reload

echo
echo "== full job: feeds, every article page, every photo"
"$CLI" import --data-dir "$WORK/oqy-full" "$WORK/farm/feeds.opml" > /dev/null
run "Oqy first refresh" "$CLI" refresh --data-dir "$WORK/oqy-full" --report-latency
run "Oqy second refresh" "$CLI" refresh --data-dir "$WORK/oqy-full" --report-latency
du -sh "$WORK/oqy-full" | sed 's/^/    data folder after: /'
