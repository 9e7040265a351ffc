#!/usr/bin/env bash
# Start/stop a throw-away Tiny Tiny RSS server on loopback for automated tests.
#
#   ttrss_server.sh start  WORKDIR   -> prints "URL=http://127.0.0.1:PORT/" (API: URL + "api/")
#   ttrss_server.sh stop   WORKDIR
#   ttrss_server.sh update WORKDIR [FEED_ID]   fetch now: every feed (ignoring update
#                                              intervals), or just FEED_ID
#   ttrss_server.sh psql   WORKDIR [psql args]  SQL access to the instance's database
#   ttrss_server.sh install                     only install the Debian packages (as root)
#
# Environment (all optional):
#   TTRSS_USER       login to create/use             (default: admin)
#   TTRSS_PASSWORD   its password                    (default: oqy-test)
#   TTRSS_HTTP_PROXY host:port of an HTTP proxy tt-rss uses for ALL outgoing
#                    fetches (see "Feed URLs" below); can also be set/changed
#                    later by writing WORKDIR/http_proxy (read on every request)
#   TTRSS_RUN_USER   unprivileged account that runs php and postgres (default: www-data)
#   TTRSS_PHP_WORKERS  PHP_CLI_SERVER_WORKERS for php -S (default: 1 = serialised requests)
#
# Every "start" gives a FRESH instance (new database, no feeds); a running
# instance in the same WORKDIR is stopped first.  "stop" leaves WORKDIR (logs)
# in place.  WORKDIR must be reachable by TTRSS_RUN_USER (not under /root).
#
# Feed URLs: this tt-rss (UrlHelper::fetch) refuses to fetch URLs whose port is
# not 80/443, whose host is "localhost", "::1" or starts with "127.", or whose
# host resolves (IPv4) to 127.*; subscribeToFeed also silently DROPS any port
# from the URL.  The bracketed literal "[::1]" passes all checks without any
# DNS lookup, so tests can use either
#   - http://[::1]/feed.xml with their feed server listening on [::1]:80, or
#   - http://[::1]/feed.xml plus TTRSS_HTTP_PROXY=127.0.0.1:PORT, where the
#     test server on PORT answers proxy-style requests
#     ("GET http://[::1]/feed.xml HTTP/1.1"); no port 80 needed.
# docs/sync.md says more (API facts, pitfalls met).
set -euo pipefail

die() { echo "ttrss_server.sh: $*" >&2; exit 1; }

[ $# -ge 1 ] || die "usage: $0 start|stop|update|psql WORKDIR [...] | install"
CMD=$1
if [ "$CMD" != install ]; then
    [ $# -ge 2 ] || die "usage: $0 start|stop|update|psql WORKDIR [...] | install"
    WORKDIR=$(realpath -m -- "$2")
    shift 2
fi

RUN_USER=${TTRSS_RUN_USER:-www-data}
TT_USER=${TTRSS_USER:-admin}
TT_PASSWORD=${TTRSS_PASSWORD:-oqy-test}
TT_SRC=/usr/share/tt-rss

# Debian 12 names.  php8.2-cgi is listed only to satisfy tt-rss's
# "libapache2-mod-php | php-cgi | php" dependency: without it apt resolves
# phpqrcode's "php" dependency to libapache2-mod-php8.2 and drags in apache2-bin.
# dbconfig-no-thanks stops dbconfig-common from touching any system database.
PACKAGES=(tt-rss php-cli php8.2-cgi php-pgsql php-intl php-mbstring php-xml php-curl
          dbconfig-no-thanks postgresql curl)

as_user() { setpriv --reuid="$RUN_USER" --regid="$RUN_USER" --init-groups -- "$@"; }

pg_bindir() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$d" ] || die "no PostgreSQL server binaries under /usr/lib/postgresql"
    echo "$d"
}

ensure_packages() {
    local missing=() p
    for p in "${PACKAGES[@]}"; do
        dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    echo "ttrss_server.sh: installing ${missing[*]}" >&2
    # Keep tt-rss's postinst away from databases and web servers: it must not
    # create a system DB, enable an apache/lighttpd config or prompt.
    debconf-set-selections <<'EOF'
tt-rss tt-rss/dbconfig-install boolean false
tt-rss tt-rss/reconfigure-webserver multiselect
EOF
    # The package's init script would start its update daemon (as www-data,
    # against the unconfigured /etc/tt-rss/config.php).  Forbid service starts
    # for the duration of the install unless the machine already has a policy.
    local own_policy=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        own_policy=1
    fi
    local rc=0
    # Package lists may be missing or stale on a fresh machine: update only
    # when the first attempt fails.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 \
        || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive \
             apt-get install -y -q --no-install-recommends "${missing[@]}" >&2; } || rc=$?
    [ $own_policy = 1 ] && rm -f /usr/sbin/policy-rc.d
    [ $rc = 0 ] || die "apt-get install failed"
    # The package enables a system update daemon (systemd unit + init script)
    # bound to the unconfigured /etc/tt-rss; it is useless here and would fail
    # at every boot, so stop and disable it.
    if [ -x /etc/init.d/tt-rss ]; then
        /etc/init.d/tt-rss stop >/dev/null 2>&1 || true
        update-rc.d tt-rss disable >/dev/null 2>&1 || true
    fi
    if command -v systemctl >/dev/null; then
        systemctl disable tt-rss.service >/dev/null 2>&1 || true
    fi
}

free_port() {
    php -r '$s = stream_socket_server("tcp://127.0.0.1:0", $e, $m) or exit(1);
            $n = stream_socket_get_name($s, false); echo substr($n, strrpos($n, ":") + 1), "\n";'
}

# True if the pid stored in FILE is alive AND its command line mentions
# PATTERN, so a stale pid file never makes us signal an unrelated process.
pid_is() {
    local pid
    [ -f "$1" ] || return 1
    pid=$(head -n 1 "$1")
    [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "$2"
}

do_stop() {
    local pid
    if pid_is "$WORKDIR/run/php.pid" "$WORKDIR/www"; then
        pid=$(cat "$WORKDIR/run/php.pid")
        # Own process group (setsid at start): takes PHP_CLI_SERVER_WORKERS children too.
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    rm -f "$WORKDIR/run/php.pid"
    if pid_is "$WORKDIR/pgdata/postmaster.pid" "$WORKDIR/pgdata"; then
        as_user "$(pg_bindir)/pg_ctl" -D "$WORKDIR/pgdata" -m fast -w -t 30 stop >/dev/null 2>&1 || {
            pid=$(head -n 1 "$WORKDIR/pgdata/postmaster.pid")
            kill -QUIT "$pid" 2>/dev/null || true
            sleep 1
        }
    fi
    return 0
}

write_config() {
    local url=$1 pgport=$2
    # Own config.php instead of the package's /etc/tt-rss one: per-instance DB,
    # URL and writable directories, all inside WORKDIR.
    cat > "$WORKDIR/www/config.php" <<EOF
<?php
	// Generated by ttrss_server.sh for a throw-away test instance.
	define('DB_TYPE', 'pgsql');
	define('DB_HOST', '127.0.0.1');
	define('DB_PORT', '$pgport');
	define('DB_USER', 'ttrss');
	define('DB_NAME', 'ttrss');
	define('DB_PASS', '');
	define('MYSQL_CHARSET', 'UTF8');

	define('SELF_URL_PATH', '$url');
	define('SINGLE_USER_MODE', false);
	define('SIMPLE_UPDATE_MODE', false);

	define('PHP_EXECUTABLE', '/usr/bin/php');
	define('LOCK_DIRECTORY', '$WORKDIR/lock');
	define('CACHE_DIR', '$WORKDIR/cache');
	define('ICONS_DIR', 'feed-icons');
	define('ICONS_URL', 'feed-icons');

	define('AUTH_AUTO_CREATE', true);
	define('AUTH_AUTO_LOGIN', true);
	define('FORCE_ARTICLE_PURGE', 0);
	define('ENABLE_REGISTRATION', false);
	define('REG_NOTIFY_ADDRESS', 'user@your.domain.dom');
	define('REG_MAX_USERS', 10);
	define('SESSION_COOKIE_LIFETIME', 86400);
	define('SMTP_FROM_NAME', 'Tiny Tiny RSS');
	define('SMTP_FROM_ADDRESS', 'noreply@your.domain.dom');
	define('DIGEST_SUBJECT', '[tt-rss] New headlines for last 24 hours');
	define('CHECK_FOR_UPDATES', false);
	define('ENABLE_GZIP_OUTPUT', false);
	define('PLUGINS', 'auth_internal');
	// '' = PHP's own error_log, i.e. php -S's stderr -> WORKDIR/log/php.log
	define('LOG_DESTINATION', '');
	define('CONFIG_VERSION', 26);

	// Update feeds even if the user has not logged in recently.
	define('DAEMON_UPDATE_LOGIN_LIMIT', 0);
	// Tests want fast failures, not the 15-45 s defaults.
	define('FILE_FETCH_CONNECT_TIMEOUT', 5);
	define('FILE_FETCH_TIMEOUT', 15);
	define('FEED_FETCH_TIMEOUT', 15);
	define('FEED_FETCH_NO_CACHE_TIMEOUT', 15);

	// Optional proxy for every outgoing fetch; re-read on each request so a
	// test may set it after start.
	\$__proxy_file = '$WORKDIR/http_proxy';
	if (is_readable(\$__proxy_file) && trim(file_get_contents(\$__proxy_file)) !== '')
		define('_HTTP_PROXY', trim(file_get_contents(\$__proxy_file)));
	unset(\$__proxy_file);
EOF
}

do_start() {
    ensure_packages
    getent passwd "$RUN_USER" >/dev/null || die "user $RUN_USER does not exist"
    do_stop

    local t0; t0=$(date +%s%N)
    mkdir -p "$WORKDIR"
    as_user test -x "$WORKDIR" -a -r "$WORKDIR" \
        || die "$RUN_USER cannot reach $WORKDIR (a parent directory is not world-searchable?)"

    # Fresh state every time.
    rm -rf "$WORKDIR/pgdata" "$WORKDIR/www" "$WORKDIR/cache" "$WORKDIR/lock" \
           "$WORKDIR/log" "$WORKDIR/run" "$WORKDIR/feed-icons"
    mkdir -p "$WORKDIR"/{pgdata,cache/images,cache/upload,cache/export,cache/js,lock,log,run,feed-icons}
    chown -R "$RUN_USER:" "$WORKDIR"/{pgdata,cache,lock,log,feed-icons}
    chmod 700 "$WORKDIR/pgdata"

    # tt-rss locates config.php and feed-icons relative to its own files
    # (api/index.php: require "../config.php"), and the package's copies are
    # symlinks into /etc and /var/lib.  A private copy of www (~8 MB, symlinks
    # to the shared JS libraries kept) gives each instance its own config.
    cp -a "$TT_SRC/www" "$WORKDIR/www"
    rm -f "$WORKDIR/www/config.php" "$WORKDIR/www/feed-icons"
    # The package links shared libraries (gettext, dojo, Psr, ...) with
    # relative symlinks, which break in a copy: point them at the real targets.
    local l
    while IFS= read -r -d '' l; do
        ln -sfn "$(readlink -f "$TT_SRC/www/${l#"$WORKDIR/www/"}")" "$l"
    done < <(find "$WORKDIR/www" -type l -print0)
    ln -s "$WORKDIR/feed-icons" "$WORKDIR/www/feed-icons"
    if [ -n "${TTRSS_HTTP_PROXY:-}" ]; then
        echo "$TTRSS_HTTP_PROXY" > "$WORKDIR/http_proxy"
    else
        rm -f "$WORKDIR/http_proxy"
    fi

    # --- PostgreSQL: private cluster, TCP on 127.0.0.1 only, no unix socket
    # (socket paths are limited to ~107 chars and WORKDIR may be long).
    local pgbin pgport
    pgbin=$(pg_bindir)
    pgport=$(free_port)
    as_user "$pgbin/initdb" -D "$WORKDIR/pgdata" -U postgres -A trust -E UTF8 \
        --locale=C.UTF-8 --no-sync >"$WORKDIR/log/initdb.log" 2>&1 \
        || { cat "$WORKDIR/log/initdb.log" >&2; die "initdb failed"; }
    cat >> "$WORKDIR/pgdata/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $pgport
unix_socket_directories = ''
# Disposable data: durability is not wanted, speed is.
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    as_user "$pgbin/pg_ctl" -D "$WORKDIR/pgdata" -l "$WORKDIR/log/postgres.log" -w -t 30 start >/dev/null \
        || { tail -n 20 "$WORKDIR/log/postgres.log" >&2; die "postgres failed to start"; }

    local psql=("$pgbin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pgport")
    "${psql[@]}" -U postgres -d postgres \
        -c "CREATE ROLE ttrss LOGIN" -c "CREATE DATABASE ttrss OWNER ttrss ENCODING 'UTF8'"
    # Loaded as the owner role so tt-rss (connecting as ttrss) owns its tables.
    PGOPTIONS='-c client_min_messages=warning' \
        "${psql[@]}" -U ttrss -d ttrss -f "$TT_SRC/schema/ttrss_schema_pgsql.sql" >/dev/null
    # The schema creates 'admin' (id 1).  Store the password the way
    # auth_internal's MODE2 expects (sha256(salt . password)), create the login
    # if it is not admin, and enable API access (pref ENABLE_API_ACCESS,
    # default 'false'; a NULL profile is the user's default profile).
    "${psql[@]}" -U postgres -d ttrss -v login="$TT_USER" -v pw="$TT_PASSWORD" <<'EOF'
INSERT INTO ttrss_users (login, pwd_hash, access_level, created)
    SELECT :'login', 'x', 10, NOW()
    WHERE NOT EXISTS (SELECT 1 FROM ttrss_users WHERE login = :'login');
UPDATE ttrss_users
    SET salt = md5(random()::text) || md5(random()::text)
    WHERE login = :'login';
UPDATE ttrss_users
    SET pwd_hash = 'MODE2:' || encode(sha256(convert_to(salt || :'pw', 'UTF8')), 'hex')
    WHERE login = :'login';
INSERT INTO ttrss_user_prefs (owner_uid, pref_name, profile, value)
    SELECT id, 'ENABLE_API_ACCESS', NULL, 'true' FROM ttrss_users WHERE login = :'login';
EOF

    # --- tt-rss over php's built-in web server.
    local port url
    port=$(free_port)
    url="http://127.0.0.1:$port/"
    write_config "$url" "$pgport"

    # tt-rss refuses to run as root (sanity check), hence RUN_USER.  setsid:
    # own process group so stop can take workers down too.
    (
        cd "$WORKDIR/www"
        export PHP_CLI_SERVER_WORKERS=${TTRSS_PHP_WORKERS:-1}
        exec setsid setpriv --reuid="$RUN_USER" --regid="$RUN_USER" --init-groups -- \
            php -d display_errors=0 -d log_errors=1 \
                -S "127.0.0.1:$port" -t "$WORKDIR/www" \
                </dev/null >>"$WORKDIR/log/php.log" 2>&1
    ) &
    echo $! > "$WORKDIR/run/php.pid"

    local ok=0
    for _ in $(seq 100); do
        if curl -fsS -m 2 -X POST -d '{"op":"isLoggedIn"}' "${url}api/" 2>/dev/null | grep -q '"status":0'; then
            ok=1; break
        fi
        kill -0 "$(cat "$WORKDIR/run/php.pid")" 2>/dev/null || break
        sleep 0.1
    done
    [ $ok = 1 ] || { tail -n 20 "$WORKDIR/log/php.log" >&2; do_stop; die "php server did not come up"; }

    {
        echo "URL=$url"
        echo "PGPORT=$pgport"
        echo "TTRSS_USER=$TT_USER"
    } > "$WORKDIR/run/env"
    echo "ttrss_server.sh: started in $(( ($(date +%s%N) - t0) / 1000000 )) ms (logs in $WORKDIR/log)" >&2
    echo "URL=$url"
}

do_update() {
    [ -f "$WORKDIR/run/env" ] || die "no instance in $WORKDIR"
    cd "$WORKDIR/www"
    # PHP 8 floods stderr with warnings from this 2021 code; keep them in a file.
    local php=(php -d log_errors=1 -d error_log="$WORKDIR/log/update-php.log")
    if [ $# -ge 1 ]; then
        # Synchronous update of one feed; exit 100 if tt-rss reports failure.
        as_user "${php[@]}" update.php --update-feed "$1"
    else
        # Every feed regardless of its update interval.
        as_user "${php[@]}" update.php --force-update --feeds
    fi
}

do_psql() {
    [ -f "$WORKDIR/run/env" ] || die "no instance in $WORKDIR"
    local pgport; pgport=$(sed -n 's/^PGPORT=//p' "$WORKDIR/run/env")
    exec "$(pg_bindir)/psql" -X -h 127.0.0.1 -p "$pgport" -U ttrss -d ttrss "$@"
}

case "$CMD" in
    install) ensure_packages ;;
    start)  do_start ;;
    stop)   do_stop ;;
    update) do_update "$@" ;;
    psql)   do_psql "$@" ;;
    *)      die "unknown command $CMD (start|stop|update|psql|install)" ;;
esac
