#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback, from Debian's postgresql package, for the tests and the local two-node
# cluster. Not for production (no fsync, trust authentication on 127.0.0.1 only).
#   deploy/throwaway-postgres.sh start DIR PORT   initdb in DIR (made and owned by the postgres user) and start on PORT
#   deploy/throwaway-postgres.sh stop DIR         stop it and delete DIR
# Prints nothing on success but the connection string (start); exits non-zero when PostgreSQL is not installed.
set -euo pipefail
action=${1:?start|stop} dir=${2:?DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (Debian package postgresql)" >&2; exit 3; }

# initdb and the server refuse to run as root: run them as the package's postgres user then.
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$action" in
  start)
    port=${3:?PORT}
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=64MB" >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
