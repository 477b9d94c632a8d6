#!/usr/bin/env bash
# Throw-away PostgreSQL for the server tests.
#   scripts/test-postgres.sh start   -> prints postgresql+psycopg://zwcx:zwcx@127.0.0.1:PORT/zwcx_test on stdout
# Installs Debian's postgresql package when missing (as root), starts the cluster, creates the role and database.
# Idempotent and quick when everything is already running. Messages go to stderr.
set -euo pipefail
cmd="${1:-start}"
[ "$cmd" = "start" ] || { echo "usage: $0 start" >&2; exit 2; }
say() { echo "test-postgres: $*" >&2; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    say "installing postgresql (Debian package)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2; }
  else
    say "postgresql is not installed and this is not root: sudo apt-get install postgresql"; exit 1
  fi
fi

read -r ver name port status _ < <(pg_lsclusters --no-header | head -n1) || true
if [ -z "${ver:-}" ]; then
  ver=$(ls /usr/lib/postgresql | sort -V | tail -n1)
  say "creating cluster $ver/main"
  pg_createcluster "$ver" main >&2
  read -r ver name port status _ < <(pg_lsclusters --no-header | head -n1)
fi
if [ "$status" != "online" ]; then
  say "starting cluster $ver/$name"
  pg_ctlcluster "$ver" "$name" start >&2 || service postgresql start >&2
fi

psql_admin() { if [ "$(id -u)" = 0 ]; then su postgres -c "psql -p $port -qtAX $*"; else psql -p "$port" -qtAX "$@"; fi; }
for _ in $(seq 1 50); do psql_admin "-c 'select 1'" >/dev/null 2>&1 && break; sleep 0.2; done
if [ "$(psql_admin "-c \"select 1 from pg_roles where rolname='zwcx'\"")" != "1" ]; then
  say "creating role zwcx"
  psql_admin "-c \"create role zwcx login password 'zwcx'\"" >&2
fi
if [ "$(psql_admin "-c \"select 1 from pg_database where datname='zwcx_test'\"")" != "1" ]; then
  say "creating database zwcx_test"
  psql_admin "-c \"create database zwcx_test owner zwcx\"" >&2
fi
echo "postgresql+psycopg://zwcx:zwcx@127.0.0.1:${port}/zwcx_test"
