#!/bin/sh
# TLS certificate: the one mounted at /etc/nginx/tls (tls.crt, tls.key), or else a self-signed one made on the first
# start for the public host (browsers warn; replace it with the organization's certificate).
set -eu
dir=${GOVMEDIA_TLS_DIR:-/etc/nginx/tls}
if [ -s "$dir/tls.crt" ] && [ -s "$dir/tls.key" ]; then
  exit 0
fi
san() { case "$1" in *[!0-9.]*) echo "DNS:$1" ;; *) echo "IP:$1" ;; esac }
names=$(san "$GOVMEDIA_PUBLIC_HOST")
[ "$GOVMEDIA_ISSUER_HOST" = "$GOVMEDIA_PUBLIC_HOST" ] || names="$names,$(san "$GOVMEDIA_ISSUER_HOST")"
mkdir -p "$dir"
umask 077
openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=$GOVMEDIA_PUBLIC_HOST" \
  -addext "subjectAltName=$names" -keyout "$dir/tls.key" -out "$dir/tls.crt" 2>/dev/null
chmod 644 "$dir/tls.crt"
echo "govmedia: no certificate mounted, made a self-signed one for $names in $dir"
