#!/usr/bin/env bash
# `make restore BACKUP_FILE=… RESTORE_DATABASE=…`: restores a `make backup` file into a NEW database on the server of
# DATABASE_URL (it refuses to overwrite an existing one), in one transaction, then verifies the audit chain.
# Point the app at the restored database (DATABASE_URL) once both steps pass.
set -euo pipefail
URL=${DATABASE_URL:-postgresql://postgres@127.0.0.1:54329/govmedia}
FILE=${BACKUP_FILE:?BACKUP_FILE=… names the backup to restore}
TARGET=${RESTORE_DATABASE:?RESTORE_DATABASE=… names the new database}
[[ "$TARGET" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "RESTORE_DATABASE must be a plain lower-case name" >&2; exit 2; }
command -v pg_restore >/dev/null || { echo "pg_restore is needed (Debian: apt-get install postgresql-client)" >&2; exit 2; }
BASE=${URL%%\?*}
SERVER=${BASE%/*}
psql "$SERVER/postgres" -X -q -v ON_ERROR_STOP=1 -c "create database \"$TARGET\""
pg_restore --dbname="$SERVER/$TARGET" --single-transaction --exit-on-error --no-owner --no-privileges "$FILE"
echo "恢复完成 / restored $FILE into $TARGET"
DATABASE_URL="$SERVER/$TARGET" "$(dirname "$0")/audit-verify.sh"
