#!/usr/bin/env python3
"""Builds an Oqy data folder holding N Russian articles (default 100,000), through Oqy's real path.

  python3 bench/ui/fill_oqy.py DIR [--cli build/app/cli/oqy-cli] [--count 100000] [--feeds 20]

The articles come from ../shared/peers/rutext.py (override with PEERS=...), drawn in the same
order as the peers' fill_rssguard.py draws them (title, body, author per article, seed 1), so both
readers hold the same texts. They are served as N/FEEDS RSS 2.0 items per feed (title, link,
guid, pubDate, dc:creator, the HTML body in content:encoded) by a loopback HTTP server on
127.0.0.1 started here; then, for each feed, `oqy-cli add URL --data-dir DIR`, and one
`oqy-cli refresh --feeds-only --data-dir DIR` stores the articles (no article pages or photos are
fetched). pubDates spread over the last --days days (default 80: inside Oqy's default retention of
90 days, so nothing is pruned later). Finally DIR/oqy.ini gets [network] refreshMinutes=0, so the
desktop app never refreshes on its own (the loopback server is gone after this script), and the
script prints `oqy-cli list --limit 5`, the article count and the database size.

DIR must not exist or be empty. Standard library only; needs sqlite3 (the Python module) for the count.
"""
import argparse
import configparser
import email.utils
import os
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
PEERS = os.environ.get("PEERS", os.path.join(HERE, "..", "..", "..", "shared", "peers"))
sys.path.insert(0, PEERS)
import rutext  # noqa: E402  (the peers' generator, imported from its place)


def build_feeds(count, nfeeds, days, seed):
    """-> list of RSS documents (bytes); article i goes to feed i // (count / nfeeds)."""
    rng = rutext.make_rng(seed)
    now = time.time()
    span = days * 24 * 3600
    per = (count + nfeeds - 1) // nfeeds
    items = [[] for _ in range(nfeeds)]
    for i in range(count):
        # Same draw order as fill_rssguard.py: title, (url), body, author.
        title = rutext.title(rng)
        url = "https://news.example.kz/article/%d" % i
        body = rutext.html_body(rng)
        author = rutext.author(rng)
        date = email.utils.formatdate(now - span * (count - i) / count, usegmt=True)
        items[i // per].append(
            "<item><title>%s</title><link>%s</link><guid isPermaLink=\"true\">%s</guid>"
            "<pubDate>%s</pubDate><dc:creator>%s</dc:creator>"
            "<content:encoded><![CDATA[%s]]></content:encoded></item>\n"
            % (escape(title), url, url, date, escape(author), body.replace("]]>", "]]&gt;")))
    docs = []
    for f, its in enumerate(items):
        head = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
                ' xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
                "<title>Новости региона %d (тест)</title><link>https://news.example.kz/%d/</link>"
                "<description>Синтетическая лента для замера</description><language>ru</language>\n"
                % (f, f))
        docs.append((head + "".join(reversed(its)) + "</channel>\n</rss>\n").encode("utf-8"))
    return docs


def serve(docs):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            try:
                n = int(self.path.rsplit("/", 1)[-1].split(".")[0])
                body = docs[n]
            except (ValueError, IndexError):
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def run(cmd, **kw):
    print("+ " + " ".join(cmd), flush=True)
    return subprocess.run(cmd, check=True, **kw)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--cli", default=os.environ.get("OQY_CLI", os.path.join(HERE, "..", "..", "build", "app", "cli", "oqy-cli")))
    ap.add_argument("--count", type=int, default=100000)
    ap.add_argument("--feeds", type=int, default=20)
    ap.add_argument("--days", type=float, default=80)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=int, default=900, help="oqy-cli refresh --timeout per feed")
    a = ap.parse_args()
    if os.path.isdir(a.dir) and os.listdir(a.dir):
        sys.exit("%s is not empty" % a.dir)
    os.makedirs(a.dir, exist_ok=True)

    t0 = time.time()
    docs = build_feeds(a.count, a.feeds, a.days, a.seed)
    print("generated %d feeds, %.1f MB (largest %.1f MB) in %.1f s"
          % (len(docs), sum(map(len, docs)) / 1e6, max(map(len, docs)) / 1e6, time.time() - t0), flush=True)
    srv = serve(docs)
    base = "http://127.0.0.1:%d/feed/" % srv.server_address[1]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("http_proxy", None); env.pop("HTTP_PROXY", None)
    for f in range(len(docs)):
        run([a.cli, "add", base + "%d.xml" % f, "--data-dir", a.dir], env=env)
    t1 = time.time()
    run([a.cli, "refresh", "--feeds-only", "--timeout", str(a.timeout), "--data-dir", a.dir], env=env)
    print("refresh: %.1f s" % (time.time() - t1), flush=True)
    srv.shutdown()

    # No automatic refresh in the desktop app (QSettings INI: [network] refreshMinutes=0).
    ini = os.path.join(a.dir, "oqy.ini")
    cp = configparser.RawConfigParser()
    cp.optionxform = str
    if os.path.exists(ini):
        cp.read(ini, encoding="utf-8")
    if not cp.has_section("network"):
        cp.add_section("network")
    cp.set("network", "refreshMinutes", "0")
    with open(ini, "w", encoding="utf-8") as f:
        cp.write(f, space_around_delimiters=False)

    run([a.cli, "list", "--data-dir", a.dir, "--limit", "5"], env=env)
    db = os.path.join(a.dir, "oqy.sqlite")
    con = sqlite3.connect(db)
    n = con.execute("select count(*) from articles").fetchone()[0]
    unread = None
    try:
        unread = con.execute("select count(*) from statuses where read = 0").fetchone()[0]
    except sqlite3.Error:
        pass
    con.close()
    size = sum(os.path.getsize(os.path.join(db + s)) for s in ("", "-wal", "-shm") if os.path.exists(db + s))
    print("oqy: %d articles%s, database %.1f MB (%s), total %.1f s"
          % (n, "" if unread is None else " (%d unread)" % unread, size / 1e6, db, time.time() - t0))
    if n != a.count:
        sys.exit("expected %d articles, found %d" % (a.count, n))


if __name__ == "__main__":
    main()
