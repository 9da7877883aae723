#!/usr/bin/env bash
# `make backup [BACKUP_FILE=…]`: one consistent logical backup of the database (pg_dump's custom format, taken in a
# single snapshot while the app keeps running). DATABASE_URL selects the server (default: the local one `make run` starts).
# pg_dump must be of the server's major version or newer.
set -euo pipefail
URL=${DATABASE_URL:-postgresql://postgres@127.0.0.1:54329/govmedia}
FILE=${BACKUP_FILE:-govmedia-$(date -u +%Y%m%dT%H%M%SZ).dump}
command -v pg_dump >/dev/null || { echo "pg_dump is needed (Debian: apt-get install postgresql-client)" >&2; exit 2; }
pg_dump --dbname="$URL" --format=custom --compress=6 --no-owner --no-privileges --file="$FILE"
echo "备份完成 / backup written: $FILE ($(stat -c %s "$FILE") bytes)"
