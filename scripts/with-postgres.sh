#!/usr/bin/env bash
# Runs a command against a PostgreSQL cluster made for it and thrown away afterwards (used by .ci/run
# when the workspace's shared helper is not beside the project). Needs Debian's postgresql binaries;
# installs them if missing. PostgreSQL will not run as root, so the cluster belongs to "postgres".
set -euo pipefail
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z $pgbin ]]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
work=$(mktemp -d /tmp/sanxiang-pg.XXXXXX)
chown postgres "$work"
run_pg() { if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
finish() { run_pg "$pgbin/pg_ctl" -D "$work/db" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap finish EXIT
run_pg "$pgbin/initdb" -D "$work/db" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log"
run_pg "$pgbin/pg_ctl" -D "$work/db" -l "$work/log" -w -o "-c listen_addresses=127.0.0.1 -p $port -k $work -c fsync=off" start >/dev/null
run_pg "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres sanxiang_test
export DATABASE_URL="postgres://postgres@127.0.0.1:$port/sanxiang_test" TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/sanxiang_test"
"$@"
