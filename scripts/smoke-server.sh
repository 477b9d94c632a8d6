#!/usr/bin/env bash
# Server distribution smoke test: install the zwcx-server wheels (`make dist-server`) into a clean virtual
# environment, check that neither Qt nor the desktop package came with them, and run the server as an IT admin
# would: a server key, `upgrade`, a township, a device code, `serve --workers 2`, /healthz, /readyz, /metrics,
# an enrolment and a sync meta request, its JSON access log; on SQLite, and on PostgreSQL when
# scripts/test-postgres.sh can start one, there followed by the restore drill (scripts/pg-restore-drill.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
tmp=$(mktemp -d /tmp/zwcx-server-smoke-XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"; }
trap cleanup EXIT
fail() { echo "smoke-server: FAIL: $*" >&2; exit 1; }

ls dist/server/zwcx_core-*.whl dist/server/zwcx_server-*.whl >/dev/null 2>&1 || fail "no wheels in dist/server (make dist-server)"
"$PYTHON" -m venv "$tmp/venv"
V="$tmp/venv/bin"
"$V/pip" install -q --upgrade pip
"$V/pip" install -q dist/server/zwcx_core-*.whl dist/server/zwcx_server-*.whl
if "$V/pip" show -q PySide6-Essentials >/dev/null 2>&1 || "$V/pip" show -q PySide6 >/dev/null 2>&1; then
  fail "PySide6 was installed with the server"
fi
# From outside the checkout: `python -c` puts the working folder on the path.
(cd "$tmp" && "$V/python" -c "import PySide6" 2>/dev/null) && fail "PySide6 is importable in the server's venv"
(cd "$tmp" && "$V/python" -c "import zwcx_desktop" 2>/dev/null) && fail "the desktop package is in the server's venv"
echo "smoke-server: installed without Qt: $("$V/pip" list 2>/dev/null | grep -ci pyside) PySide6 packages" >&2

free_port() { "$V/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

run_on() {  # $1: database URL, $2: label
  local db="$1" label="$2" port url key code token
  key="$tmp/server-$label.key"
  cd "$tmp"  # nothing from the checkout on the path
  "$V/zwcx-server" new-key "$key" 2>/dev/null
  "$V/zwcx-server" --db "$db" --key-file "$key" upgrade
  local t
  t=$("$V/zwcx-server" --db "$db" --key-file "$key" add-township --name "城关镇" --code "SMOKE-$label")
  code=$("$V/zwcx-server" --db "$db" --key-file "$key" enroll-device --township "$t" --name smoke 2>/dev/null)
  port=$(free_port)
  url="http://127.0.0.1:$port"
  env PROMETHEUS_MULTIPROC_DIR="$tmp/metrics-$label" "$V/zwcx-server" --db "$db" --key-file "$key" serve \
    --port "$port" --workers 2 >"$tmp/access-$label.log" 2>"$tmp/serve-$label.log" &
  pids+=($!)
  for _ in $(seq 1 150); do curl -fsS "$url/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
  curl -fsS "$url/healthz" | grep -q '"status":"ok"' || fail "$label: /healthz"
  curl -fsS "$url/readyz" | grep -q '"status":"ok"' || { cat "$tmp/serve-$label.log" >&2; fail "$label: /readyz"; }
  token=$(curl -fsS -X POST -H 'Content-Type: application/json' -d "{\"code\": \"$code\"}" "$url/v1/enroll" \
    | "$V/python" -c 'import json,sys; print(json.load(sys.stdin)["token"])') || fail "$label: enrolment"
  curl -fsS -H "Authorization: Bearer $token" "$url/v1/sync/meta" | grep -q "SMOKE-$label" || fail "$label: meta"
  metrics=$(curl -fsS "$url/metrics")
  echo "$metrics" | grep -q '^zwcx_devices_enrolled 1.0$' || fail "$label: /metrics has no enrolled device"
  echo "$metrics" | grep -q 'zwcx_http_requests_total{.*endpoint="/v1/enroll"' || fail "$label: /metrics counts no enrolment"
  kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
  # The access log: JSON lines with route templates, never the client's address or the token.
  "$V/python" -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$tmp/access-$label.log" \
    || fail "$label: an access log line is not JSON"
  grep -q '"route":"/v1/enroll","status":200' "$tmp/access-$label.log" || fail "$label: no access line for the enrolment"
  ! grep -q -e 127.0.0.1 -e "$token" "$tmp/access-$label.log" || fail "$label: the access log holds an address or token"
  cd - >/dev/null
  echo "smoke-server: $label ok" >&2
}

run_on "sqlite:///$tmp/server.sqlite3" sqlite
if [ -n "${ZWCX_TEST_PG_URL:-}" ] || url=$(scripts/test-postgres.sh start 2>/dev/null); then
  pg="${ZWCX_TEST_PG_URL:-$url}"
  "$V/python" - "$pg" <<'PY'
import sys
from sqlalchemy import create_engine, text
eng = create_engine(sys.argv[1])
with eng.begin() as c:
    c.execute(text("DROP SCHEMA public CASCADE"))
    c.execute(text("CREATE SCHEMA public"))
PY
  run_on "$pg" postgres
  # The restore drill (about 2 s) into a new database beside the test one; its owner needs the admin role.
  drill="${pg%/*}/zwcx_drill_smoke" port="${pg##*:}" port="${port%%/*}"
  admin() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else eval "$*"; fi; }
  if admin "dropdb --if-exists -p $port zwcx_drill_smoke && createdb -p $port -O zwcx zwcx_drill_smoke" 2>/dev/null; then
    ZWCX_SERVER="$V/zwcx-server" ZWCX_SERVER_ARGS="--key-file $tmp/server-postgres.key" \
      scripts/pg-restore-drill.sh "$pg" "$drill" || fail "postgres: restore drill"
    admin "dropdb -p $port zwcx_drill_smoke"
  else
    echo "smoke-server: cannot create a database for the restore drill here; drill skipped" >&2
  fi
else
  echo "smoke-server: PostgreSQL not available here; SQLite only" >&2
fi
echo "smoke-server: ok" >&2
