#!/usr/bin/env bash
# Restores a deploy/backup-postgres.sh backup into an EMPTY database (create it first, owned by the application's
# role: createdb -O claimdesk claimdesk_restored). Stop the application, or point it at the new database after.
#   deploy/restore-postgres.sh FILE DATABASE
# DATABASE is a database name or a libpq URI; objects are owned by the user who restores (--no-owner), in one
# transaction: a failure leaves the database empty. Flyway's history comes along, so the app starts on it as is.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 FILE DATABASE" >&2
  exit 2
fi
file=$1
database=$2
tables=$(psql --no-psqlrc -tAc "select count(*) from pg_tables where schemaname = 'public'" "$database")
if [ "$tables" != "0" ]; then
  echo "restore-postgres: $database is not empty ($tables tables); restore into a new, empty database" >&2
  exit 1
fi
pg_restore --no-owner --no-acl --exit-on-error --single-transaction --dbname="$database" "$file"
echo "restore-postgres: restored $file into $database"
