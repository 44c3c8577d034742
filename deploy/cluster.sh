#!/usr/bin/env bash
# The two-node HueWorkspace on loopback: PostgreSQL and Redis (Debian packages), the migrations once, two app instances
# (a and b) and nginx in front — the set-up the scale-out tests use, and a way to try it by hand.
#   deploy/cluster.sh start   → prints the address (http://127.0.0.1:8080 by default) and keeps running in the background
#   deploy/cluster.sh stop
#   deploy/cluster.sh kill a|b  SIGKILL one instance (what the failover test does)
# Settings (environment): HW_CLUSTER_DIR (state, logs; default hueworkspace-cluster in the temporary folder), HW_NGINX_PORT (8080),
# HW_PORT_A (5101), HW_PORT_B (5102), HW_PG_PORT (5433), HW_REDIS_PORT (6380), HW_APP_DLL (the built
# HueWorkspace.Web.dll; built in Debug when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${HW_CLUSTER_DIR:-${TMPDIR:-$(dirname "$(mktemp -u)")}/hueworkspace-cluster}
nginx_port=${HW_NGINX_PORT:-8080} port_a=${HW_PORT_A:-5101} port_b=${HW_PORT_B:-5102}
pg_port=${HW_PG_PORT:-5433} redis_port=${HW_REDIS_PORT:-6380}
dll=${HW_APP_DLL:-$PWD/HueWorkspace.Web/bin/Debug/net10.0/HueWorkspace.Web.dll}
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

wait_http() { # url seconds
  for _ in $(seq 1 $(( $2 * 5 ))); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.2; done
  echo "$1 did not answer within $2 s" >&2; return 1
}

start_node() { # name port
  local name=$1 port=$2
  (
    cd "$(dirname "$dll")"
    ASPNETCORE_ENVIRONMENT=Development \
      Database__Provider=PostgreSQL ConnectionStrings__Workspace="$pg" Database__MigrateOnStart=false \
      Redis__Configuration="127.0.0.1:$redis_port" Files__Root="$dir/files" Cluster__NodeName="$name" \
      Authentication__PublicBaseUrl="http://127.0.0.1:$nginx_port" Logging__LogLevel__Default=Warning \
      dotnet "$dll" --urls "http://127.0.0.1:$port" >"$dir/node-$name.log" 2>&1 &
    echo $! >"$dir/node-$name.pid"
  )
}

case "${1:-}" in
  start)
    mkdir -p "$dir/files"
    [ -f "$dll" ] || dotnet build HueWorkspace.Web -v q >/dev/null
    pg=$(deploy/throwaway-postgres.sh start "$dir/pg" "$pg_port")
    pg=${pg/Database=postgres/Database=hueworkspace}
    psql "host=127.0.0.1 port=$pg_port user=postgres dbname=postgres" -qc "CREATE DATABASE hueworkspace" >/dev/null
    redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
      --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >/dev/null
    # The migrations and the demo data once, before either instance starts.
    (cd "$(dirname "$dll")" && ASPNETCORE_ENVIRONMENT=Development Database__Provider=PostgreSQL \
      ConnectionStrings__Workspace="$pg" Files__Root="$dir/files" Logging__LogLevel__Default=Warning \
      dotnet "$dll" --migrate >"$dir/migrate.log" 2>&1)
    start_node a "$port_a"
    start_node b "$port_b"
    sed -e "s|@DIR@|$dir|g" -e "s|@PORT_A@|$port_a|g" -e "s|@PORT_B@|$port_b|g" -e "s|@NGINX_PORT@|$nginx_port|g" \
      deploy/nginx.conf.template >"$dir/nginx.conf"
    "$nginx_bin" -c "$dir/nginx.conf" -p "$dir"
    wait_http "http://127.0.0.1:$port_a/healthz" 60
    wait_http "http://127.0.0.1:$port_b/healthz" 60
    wait_http "http://127.0.0.1:$nginx_port/healthz" 10
    echo "http://127.0.0.1:$nginx_port"
    ;;
  kill)
    node=${2:?a|b}
    kill -KILL "$(cat "$dir/node-$node.pid")" 2>/dev/null || true
    ;;
  stop)
    [ -f "$dir/nginx.pid" ] && "$nginx_bin" -c "$dir/nginx.conf" -p "$dir" -s stop 2>/dev/null || true
    for node in a b; do
      [ -f "$dir/node-$node.pid" ] && kill -TERM "$(cat "$dir/node-$node.pid")" 2>/dev/null || true
    done
    [ -f "$dir/redis.pid" ] && kill "$(cat "$dir/redis.pid")" 2>/dev/null || true
    sleep 1
    for node in a b; do
      [ -f "$dir/node-$node.pid" ] && kill -KILL "$(cat "$dir/node-$node.pid")" 2>/dev/null || true
    done
    deploy/throwaway-postgres.sh stop "$dir/pg" >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start | stop | kill a|b" >&2; exit 2 ;;
esac
