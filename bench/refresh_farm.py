#!/usr/bin/env python3
"""Oqy's loopback feed farm for the refresh benchmark (bench/refresh.sh). Standard library only.

30 "outlets", each its own HTTP/1.1 server on its own loopback address (127.0.0.2 … 127.0.0.31,
so that a client's per-host politeness limits apply as they would on the internet), each serving
10 RSS feeds of 30 items. Every item links to an article page on the same outlet, and every page
shows two photos (small real PNGs, each different). Every response waits --latency-ms first.
Feeds and pages carry a strong ETag and Last-Modified and answer 304 to either validator.

  python3 bench/refresh_farm.py --dir /tmp/farm [--outlets 30 --feeds 10 --items 30 --latency-ms 50]

Writes DIR/feeds.opml and DIR/urls (a newsboat urls file), prints 'ready' and serves until
killed (SIGTERM) or --lifetime seconds pass. GET /_stats on any outlet returns the counters of
all of them (requests, 304s, body bytes by kind); GET /_reset zeroes them. Neither is delayed.
"""
import argparse
import email.utils
import hashlib
import json
import os
import random
import signal
import struct
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

WORDS_RU = ("акимат область район город село дорога школа больница ремонт строительство жители "
            "программа бюджет проект аким совещание фермеры урожай зерно скот вода отопление "
            "автобус маршрут парк площадь музей театр спорт турнир чемпионат молодёжь студенты "
            "предприятие завод рабочие места инвестиции тенге миллионов миллиардов года неделе "
            "сообщили пресс-службе отметил заявил подчеркнул рассказал планируется завершится").split()
WORDS_KK = ("облыс аудан қала ауыл жол мектеп аурухана жөндеу құрылыс тұрғындар бағдарлама "
            "бюджет жоба әкім жиналыс фермерлер өнім астық мал су жылу автобус саябақ алаң "
            "мұражай театр спорт жастар студенттер кәсіпорын зауыт жұмыс орындары теңге").split()
TOWNS = ("Караганда Актобе Уральск Павлодар Шымкент Костанай Семей Атырау Актау Кокшетау Тараз "
         "Талдыкорган Жезказган Петропавловск Кызылорда Туркестан Экибастуз Темиртау Рудный").split()


def sentence(rng, words):
    n = rng.randint(8, 18)
    text = " ".join(rng.choice(words) for _ in range(n))
    return text[0].upper() + text[1:] + "."


def png(seed):
    """A small valid PNG (64x48, RGB), different for every seed."""
    rng = random.Random(seed)
    width, height = 64, 48
    rows = b"".join(b"\0" + bytes(rng.getrandbits(8) for _ in range(width * 3)) for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b""))


class Outlet:
    def __init__(self, index, host, port, args, now):
        self.index, self.host, self.port = index, host, port
        self.base = "http://%s:%d" % (host, port)
        self.feeds, self.pages = {}, {}
        self.images = {}
        for f in range(args.feeds):
            rng = random.Random(index * 1000 + f)
            items = []
            for i in range(args.items):
                town = rng.choice(TOWNS)
                words = WORDS_KK if (f + i) % 3 == 0 else WORDS_RU
                title = "%s: %s" % (town, sentence(rng, words)[:90])
                page = "/news/%d/%d.html" % (f, i)
                date = email.utils.formatdate(now - i * 3600 - f * 60 - index, usegmt=True)
                items.append("<item><title>%s</title><link>%s%s</link><guid>%s%s</guid>"
                             "<description>%s</description><pubDate>%s</pubDate></item>"
                             % (title, self.base, page, self.base, page, sentence(rng, words), date))
                paragraphs = "".join("<p>%s %s</p>" % (sentence(rng, words), sentence(rng, words))
                                     for _ in range(rng.randint(6, 10)))
                img = ["/img/%d/%d/%d.png" % (f, i, k) for k in range(2)]
                for k, path in enumerate(img):
                    self.images[path] = png((index * 1000 + f) * 1000 + i * 10 + k)
                self.pages[page] = (
                    "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>%s</title>"
                    "<meta property=\"og:image\" content=\"%s%s\"></head><body>"
                    "<header><nav><a href=\"/\">Главная</a> <a href=\"/news\">Новости</a>"
                    " <a href=\"/kz\">Қазақша</a></nav></header>"
                    "<main><article><h1>%s</h1><time datetime=\"2026-11-26T10:00:00+05:00\">26 ноября"
                    "</time><figure><img src=\"%s\" alt=\"\"><figcaption>Фото: пресс-служба акимата"
                    "</figcaption></figure>%s<p><img src=\"%s\" alt=\"\"></p>%s</article>"
                    "<aside><h3>Читайте также</h3><ul><li><a href=\"/news/0/1.html\">Другая новость</a></li>"
                    "</ul></aside></main><footer>© Outlet %d</footer></body></html>"
                    % (title, self.base, img[0], title, img[0], paragraphs, img[1], paragraphs[:400], index)
                ).encode()
            self.feeds["/feed/%d.xml" % f] = (
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                "<title>Outlet %d feed %d</title><link>%s/</link><description>farm</description>%s"
                "</channel></rss>" % (index, f, self.base, "".join(items))).encode()


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.requests = 0
        self.not_modified = 0
        self.bytes = {"feed": 0, "page": 0, "image": 0, "other": 0}

    def add(self, kind, status, size):
        with self.lock:
            self.requests += 1
            self.not_modified += status == 304
            self.bytes[kind] += size

    def snapshot(self):
        with self.lock:
            return {"requests": self.requests, "not_modified": self.not_modified,
                    "bytes": dict(self.bytes), "total_bytes": sum(self.bytes.values())}


def not_modified_since(header, last_modified):
    """If-Modified-Since compared as a date (clients re-format it), not as a string."""
    if not header:
        return False
    try:
        return email.utils.parsedate_to_datetime(header) >= email.utils.parsedate_to_datetime(last_modified)
    except (TypeError, ValueError):
        return False


def handler_for(outlet, stats, latency, last_modified):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real servers do

        def log_message(self, *args):
            pass

        def do_GET(self):
            path = self.path.split("?")[0]
            if path == "/_stats":
                return self.reply(200, json.dumps(stats.snapshot()).encode(), "application/json", None)
            if path == "/_reset":
                stats.reset()
                return self.reply(200, b"{}", "application/json", None)
            time.sleep(latency)
            if path in outlet.feeds:
                return self.reply(200, outlet.feeds[path], "application/rss+xml; charset=utf-8", "feed")
            if path in outlet.pages:
                return self.reply(200, outlet.pages[path], "text/html; charset=utf-8", "page")
            if path in outlet.images:
                return self.reply(200, outlet.images[path], "image/png", "image")
            return self.reply(404, b"not found", "text/plain", "other")

        def reply(self, status, body, ctype, kind):
            etag = '"%s"' % hashlib.sha1(body).hexdigest()
            if kind in ("feed", "page", "image") and (
                    self.headers.get("If-None-Match") == etag
                    or not_modified_since(self.headers.get("If-Modified-Since"), last_modified)):
                status, body = 304, b""
            self.send_response(status)
            if status != 304:
                self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            if kind:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", last_modified)
            self.end_headers()
            self.wfile.write(body)
            if kind:
                stats.add(kind, status, len(body))
    return Handler


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", required=True)
    ap.add_argument("--outlets", type=int, default=30)
    ap.add_argument("--feeds", type=int, default=10)
    ap.add_argument("--items", type=int, default=30)
    ap.add_argument("--latency-ms", type=float, default=50)
    ap.add_argument("--port", type=int, default=0, help="the same port on every address (0: any)")
    ap.add_argument("--lifetime", type=float, default=3600)
    args = ap.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    stats = Stats()
    now = int(time.time())
    last_modified = email.utils.formatdate(now - 86400, usegmt=True)
    servers, outlets = [], []
    for index in range(args.outlets):
        host = "127.0.0.%d" % (2 + index)
        server = ThreadingHTTPServer((host, args.port), None)
        server.daemon_threads = True
        outlet = Outlet(index, host, server.server_address[1], args, now)
        server.RequestHandlerClass = handler_for(outlet, stats, args.latency_ms / 1000.0, last_modified)
        servers.append(server)
        outlets.append(outlet)
        threading.Thread(target=server.serve_forever, daemon=True).start()
    urls = [o.base + f for o in outlets for f in sorted(o.feeds)]
    with open(os.path.join(args.dir, "urls"), "w") as f:
        f.write("\n".join(urls) + "\n")
    with open(os.path.join(args.dir, "feeds.opml"), "w") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?><opml version="2.0"><head><title>farm</title>'
                '</head><body>%s</body></opml>\n' % "".join(
                    '<outline type="rss" text="f%d" xmlUrl="%s"/>' % (i, u) for i, u in enumerate(urls)))
    with open(os.path.join(args.dir, "stats_url"), "w") as f:
        f.write(outlets[0].base + "/_stats\n")
    print("ready", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    time.sleep(args.lifetime)


if __name__ == "__main__":
    main()
