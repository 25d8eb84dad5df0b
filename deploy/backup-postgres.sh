#!/usr/bin/env bash
# Backs up ClaimDesk's PostgreSQL database while the application runs: pg_dump's custom format (compressed, one
# consistent snapshot, restorable table by table). Usage:
#   deploy/backup-postgres.sh DATABASE FILE
# DATABASE is a database name or a libpq URI (postgresql://claimdesk@db.example:5432/claimdesk); the password comes
# from PGPASSWORD or ~/.pgpass, host and user from PGHOST / PGUSER as usual. Restore with deploy/restore-postgres.sh.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 DATABASE FILE" >&2
  exit 2
fi
database=$1
file=$2
# --no-owner/--no-acl at restore time instead: the dump keeps everything, the restore decides
pg_dump --format=custom --compress=6 --file="$file.part" --dbname="$database"
mv "$file.part" "$file"   # a half-written dump never carries the final name
echo "backup-postgres: wrote $file ($(stat -c %s "$file") bytes)"
