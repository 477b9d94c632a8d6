#!/usr/bin/env bash
# Restore drill for a zwcx server's PostgreSQL database (server/deploy/README.md, "Restore drill"):
#   pg_dump of SOURCE -> pg_restore into TARGET (a new, empty database) -> every table's row count in the restored
#   copy equals the dump's -> `zwcx-server verify` opens the copy (schema current, server key accepted: with
#   $ZWCX_SERVER_KEY_FILE, or --key-file in ZWCX_SERVER_ARGS) and its counts and digests per township are compared
#   with the source's.
#
#   scripts/pg-restore-drill.sh SOURCE_URL TARGET_URL [DUMP_FILE]
#
# URLs as the server takes them (postgresql+psycopg://USER[:PASS]@[HOST[:PORT]]/DB); TARGET must exist and hold
# no table (createdb -O zwcx zwcx_drill), so a drill never overwrites a database in use. DUMP_FILE: restore this
# dump (pg_dump -Fc) instead of making one (the drill of last night's backup). The source is not written to
# (`verify` upgrades a schema older than its code: run the drill with the server's installed version).
# ZWCX_SERVER: the command (default zwcx-server). Exit 0 when the copy matches; 1 naming the difference.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 SOURCE_URL TARGET_URL [DUMP_FILE]" >&2; exit 2; }
ZS="${ZWCX_SERVER:-zwcx-server}"
read -r -a ZS_ARGS <<< "${ZWCX_SERVER_ARGS:-}"
say() { echo "pg-restore-drill: $*" >&2; }
fail() { say "FAIL: $*"; exit 1; }
libpq() { echo "${1/postgresql+psycopg:/postgresql:}"; }  # the server's URL as psql and pg_dump read it
src=$(libpq "$1") dst=$(libpq "$2")
[ "$src" != "$dst" ] || fail "the source and the target are the same database"
work=$(mktemp -d /tmp/zwcx-drill-XXXXXX)
trap 'rm -rf "$work"' EXIT
SECONDS=0

tables=$(psql -qtAX -d "$dst" -c "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")
[ "$tables" = 0 ] || fail "the target database is not empty ($tables tables): create a new one for the drill"

dump="${3:-$work/source.dump}"
if [ $# -lt 3 ]; then
  pg_dump -Fc -f "$dump" -d "$src"
fi
say "dump: $(du -h "$dump" | cut -f1)"
# --clean --if-exists: the dump creates schema public itself; --no-owner: the target's owner owns the copy.
pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error -d "$dst" "$dump"

# Row counts the dump holds (the lines of each table's COPY block) against those of the restored copy.
pg_restore -f - --data-only "$dump" | awk '
  /^COPY / { table = $2; n = 0; inside = 1; next }
  inside && /^\\\.$/ { print table, n; inside = 0; next }
  inside { n++ }' | sort > "$work/dumped"
[ -s "$work/dumped" ] || fail "the dump holds no table"
while read -r table n; do
  echo "$table $(psql -qtAX -d "$dst" -c "select count(*) from $table")"
done < "$work/dumped" > "$work/restored"
diff "$work/dumped" "$work/restored" >&2 || fail "row counts of the restored copy differ from the dump's (above: < dump, > copy)"
say "$(wc -l < "$work/dumped") tables, $(awk '{s += $2} END {print s}' "$work/dumped") rows: as in the dump"

"$ZS" --db "$2" "${ZS_ARGS[@]}" verify > "$work/verify-copy" 2>"$work/verify.err" \
  || { cat "$work/verify.err" >&2; fail "zwcx-server does not open the restored copy"; }
if [ $# -lt 3 ]; then
  "$ZS" --db "$1" "${ZS_ARGS[@]}" verify > "$work/verify-source" 2>/dev/null || fail "zwcx-server verify failed on the source"
  if cmp -s "$work/verify-source" "$work/verify-copy"; then
    say "verify: counts and digests of every township as in the source"
  else
    diff "$work/verify-source" "$work/verify-copy" >&2 || true
    fail "verify: the copy differs from the source (above; a sync between dump and check also does this: repeat at a quiet hour)"
  fi
else
  say "verify: the copy opens with this server's code and key"
fi
say "ok in ${SECONDS} s"
