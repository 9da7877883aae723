#!/usr/bin/env bash
# `make audit-verify`: recomputes the audit trail's hash chain in the database and fails if any event was altered,
# removed or inserted out of order. DATABASE_URL selects the server (default: the local one `make run` starts).
set -euo pipefail
URL=${DATABASE_URL:-postgresql://postgres@127.0.0.1:54329/govmedia}
command -v psql >/dev/null || { echo "psql is needed (Debian: apt-get install postgresql-client)" >&2; exit 2; }
read -r checked broken < <(psql "$URL" -AtF ' ' -c "select checked, coalesce(first_broken_id::text, '-') from audit_events_verify()")
if [[ "$broken" == "-" ]]; then
  echo "审计链完整 / audit chain intact: $checked event(s) checked"
else
  echo "审计链被破坏 / audit chain BROKEN at event $broken ($checked event(s) checked)" >&2
  exit 1
fi
