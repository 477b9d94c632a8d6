#!/usr/bin/env bash
# Runs the whole suite. Starts a throw-away PostgreSQL cluster for the server tests when one is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
# Tests never touch the real keyring: a file keyring inside each test's temporary folder (see tests/conftest.py),
# chosen explicitly (zwcx refuses a file store nobody chose).
export ZWCX_ALLOW_FILE_KEYRING=1
if [ -z "${ZWCX_TEST_PG_URL:-}" ] && [ -x scripts/test-postgres.sh ]; then
  url=$(scripts/test-postgres.sh start) && export ZWCX_TEST_PG_URL="$url"
fi
exec .venv/bin/pytest -q "$@"
