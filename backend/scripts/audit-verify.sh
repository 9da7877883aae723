#!/usr/bin/env bash
# `make audit-verify`: checks the whole audit log in the database and fails if any event was altered or removed:
# every event's hash, every leaf of the Merkle tree, the root of the latest signed tree head, and (with openssl) that
# head's signature. DATABASE_URL selects the server (default: the local one `make run` starts).
set -euo pipefail
URL=${DATABASE_URL:-postgresql://postgres@127.0.0.1:54329/govmedia}
command -v psql >/dev/null || { echo "psql is needed (Debian: apt-get install postgresql-client)" >&2; exit 2; }
command -v openssl >/dev/null || { echo "openssl is needed to check the tree head's signature (Debian: apt-get install openssl)" >&2; exit 2; }
read -r checked broken size root late < <(psql "$URL" -AtF ' ' -c \
  "select checked, coalesce(first_broken_id::text, '-'), tree_size, root_intact, unsealed_late from audit_log_verify()")

signature=ok
if [[ "$size" != 0 ]]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  IFS='|' read -r head_size millis root_hash sig key < <(psql "$URL" -AtF '|' -c "
    select h.tree_size, (extract(epoch from h.signed_at) * 1000)::bigint, h.root_hash, h.signature, k.public_key
      from audit_tree_heads h join audit_signing_keys k on k.key_id = h.key_id order by h.tree_size desc limit 1")
  printf 'govmedia-audit-tree-head/v1\n%s\n%s\n%s' "$head_size" "$millis" "$root_hash" > "$work/head.txt"
  base64 -d <<<"$sig" > "$work/head.sig"
  base64 -d <<<"$key" > "$work/key.der"
  openssl dgst -sha256 -keyform DER -verify "$work/key.der" -signature "$work/head.sig" "$work/head.txt" >/dev/null 2>&1 || signature=BAD
fi

if [[ "$late" != 0 ]]; then
  echo "注意 / note: $late event(s) waited over 5 s for the sealer (is the application running?)" >&2
fi
if [[ "$broken" == "-" && "$root" == "t" && "$signature" == "ok" ]]; then
  echo "审计日志完整 / audit log intact: $checked event(s) checked, signed tree head of $size verified"
else
  echo "审计日志被篡改 / audit log BROKEN: first broken event ${broken}, root matches signed head: ${root}," \
       "signature: ${signature} ($checked event(s) checked)" >&2
  exit 1
fi
