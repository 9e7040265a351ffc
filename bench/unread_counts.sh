#!/usr/bin/env bash
# What the unread-count triggers (migration 0011) cost when articles are stored: 50,000 articles
# with 75,000 region tags and their statuses inserted into a fresh Oqy database, with the
# triggers and with them dropped, three times each (sqlite3 shell; Oqy's own storing adds bodies
# and the search index, about 1 ms per article).
#   bench/unread_counts.sh        (after tools/dev.sh build; needs the sqlite3 shell)
set -euo pipefail
cd "$(dirname "$0")/.."
CLI=${OQY_BUILD_DIR:-build}/app/cli/oqy-cli
[ -x "$CLI" ] || { echo "build first: tools/dev.sh build" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 1; }
WORK=$(mktemp -d /tmp/oqy-unread-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
"$CLI" feeds --data-dir "$WORK/data" >/dev/null   # a fresh database at the newest schema
cp "$WORK/data/oqy.sqlite" "$WORK/with.sqlite"
cp "$WORK/data/oqy.sqlite" "$WORK/without.sqlite"
sqlite3 "$WORK/without.sqlite" "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_schema
    WHERE type = 'trigger' AND name LIKE 'unread_counts%'" | sqlite3 "$WORK/without.sqlite"
cat > "$WORK/insert.sql" <<'SQL'
PRAGMA foreign_keys = ON;
INSERT INTO feeds (id, url, added_at) VALUES (1, 'http://a/1', 0), (2, 'http://a/2', 0);
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
INSERT INTO articles (id, feed_id, guid, published, fetched_at)
    SELECT i, 1 + (i % 2), 'g' || i, i, i FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
INSERT INTO article_regions (article_id, region, published)
    SELECT i, CASE i % 3 WHEN 0 THEN 'karaganda' WHEN 1 THEN 'aktobe' ELSE 'pavlodar' END, i FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
INSERT INTO article_regions (article_id, region, published) SELECT i, 'astana', i FROM n WHERE i % 2 = 0;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
INSERT INTO statuses (article_id, changed_at) SELECT i, 0 FROM n;
COMMIT;
SQL
for run in 1 2 3; do
  for kind in with without; do
    cp "$WORK/$kind.sqlite" "$WORK/run.sqlite"
    start=$(date +%s.%N)
    sqlite3 "$WORK/run.sqlite" < "$WORK/insert.sql"
    end=$(date +%s.%N)
    printf 'run %d, %-7s triggers: %.2f s\n' "$run" "$kind" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')"
  done
done
echo "counts kept (with triggers, last run):"
cp "$WORK/with.sqlite" "$WORK/run.sqlite"
sqlite3 "$WORK/run.sqlite" < "$WORK/insert.sql"
sqlite3 "$WORK/run.sqlite" "SELECT 'feed ' || feed_id || ': ' || n FROM unread_by_feed;
    SELECT region || ': ' || n FROM unread_by_region"
