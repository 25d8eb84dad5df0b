#!/usr/bin/env bash
# Backs up the embedded H2 database of a running ClaimDesk: GET /api/v1/backup (admins) answers a ZIP-compressed SQL
# script of the whole database, taken in one consistent read while the application keeps working.
#   CLAIMDESK_TOKEN=cdt_... deploy/backup-h2.sh http://localhost:8080 claimdesk-backup.zip
# (an admin's API token; or CLAIMDESK_BASIC=admin:password where HTTP Basic is allowed). Restore: deploy/restore-h2.sh.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 BASE_URL FILE" >&2
  exit 2
fi
if [ -n "${CLAIMDESK_TOKEN:-}" ]; then
  auth=(-H "Authorization: Bearer $CLAIMDESK_TOKEN")
elif [ -n "${CLAIMDESK_BASIC:-}" ]; then
  auth=(-u "$CLAIMDESK_BASIC")
else
  echo "backup-h2: set CLAIMDESK_TOKEN (an admin's API token) or CLAIMDESK_BASIC=user:password" >&2
  exit 2
fi
curl --fail-with-body -sS "${auth[@]}" -o "$2.part" "${1%/}/api/v1/backup"
mv "$2.part" "$2"
echo "backup-h2: wrote $2 ($(stat -c %s "$2") bytes)"
