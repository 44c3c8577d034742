#!/usr/bin/env bash
# Runs every test of HueWorkspace. On a fresh Debian machine it first installs what the tests need
# (Chromium for the browser tests, Noto fonts, PostgreSQL, Redis and nginx for the scale-out tests) and restores
# the local .NET tools.
# Then the whole suite runs on SQLite (the default), and the domain and integration tests run again on a
# throwaway PostgreSQL cluster (deploy/throwaway-postgres.sh) when one can be started — it says so when not.
# Prints one line "N passed, N failed" summed over every run; exits non-zero on any failure or when no test ran.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need+=(fonts-noto-core)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} (Debian packages)…"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || echo "Could not install every package (${need[*]}); the tests that need a missing one say so."
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null

log=$(mktemp)
pgdir=$(mktemp -d -u -t hueworkspace-pg.XXXXXX)
trap 'rm -f "$log"; deploy/throwaway-postgres.sh stop "$pgdir" >/dev/null 2>&1 || true' EXIT
set +e
dotnet test HueWorkspace.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# The tests that touch the database, again on PostgreSQL (the provider for several instances).
if [ "$#" -eq 0 ] || [ "${HW_POSTGRES_WITH_FILTER:-}" = 1 ]; then
  port=$(( 20000 + RANDOM % 20000 ))
  if pg=$(deploy/throwaway-postgres.sh start "$pgdir" "$port" 2>&1); then
    echo "Domain and integration tests on PostgreSQL ($pg)…"
    set +e
    # A --filter given to this script narrows the PostgreSQL run too (dotnet test takes one filter).
    pgfilter="FullyQualifiedName!~.Browser.&FullyQualifiedName!~.Components."
    pgargs=()
    while [ "$#" -gt 0 ]; do
      if [ "$1" = "--filter" ] && [ "$#" -gt 1 ]; then pgfilter="($2)&$pgfilter"; shift 2; else pgargs+=("$1"); shift; fi
    done
    HW_TEST_POSTGRES="$pg" dotnet test HueWorkspace.Tests --no-build ${pgargs[@]+"${pgargs[@]}"} --filter "$pgfilter" 2>&1 | tee -a "$log"
    pgstatus=${PIPESTATUS[0]}
    set -e
    [ "$pgstatus" -ne 0 ] && status=$pgstatus
    deploy/throwaway-postgres.sh stop "$pgdir" >/dev/null 2>&1 || true
  else
    echo "PostgreSQL: skipped — no cluster could be started here ($pg)."
  fi
fi

# One summary line per test project, e.g. "Passed!  - Failed:     0, Passed:   125, Skipped:     0, Total:   125".
passed=0 failed=0 skipped=0
while read -r f p s; do
  failed=$((failed + f)); passed=$((passed + p)); skipped=$((skipped + s))
done < <(sed -nE 's/.*(Passed|Failed)! +- +Failed: +([0-9]+), +Passed: +([0-9]+), +Skipped: +([0-9]+).*/\2 \3 \4/p' "$log")

echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
if [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
