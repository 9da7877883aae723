#!/usr/bin/env bash
# Starts the GovMedia stack for `make run` (foreground until Ctrl-C) or `make test-e2e` (Playwright, then stop).
# Without DATABASE_URL a real PostgreSQL is started from Maven Central's binaries (backend/local-db).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
MODE=${1:-run}
STATE=$ROOT/backend/.local
mkdir -p "$STATE"
PIDS=()

stop_all() {
  trap - INT TERM EXIT
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT
trap 'echo; echo "正在停止 / stopping…"; exit 0' INT TERM

wait_for() { # name url seconds
  local deadline=$((SECONDS + $3))
  until curl -fs -o /dev/null "$2"; do
    if ((SECONDS > deadline)); then echo "$1 did not answer at $2 within $3 s; see $STATE/$1.log" >&2; exit 1; fi
    sleep 1
  done
}

start_local_db() { # data-dir port
  java -jar backend/local-db/target/govmedia-local-db.jar "$1" "$2" govmedia >"$STATE/local-db.log" 2>&1 &
  PIDS+=($!)
  local deadline=$((SECONDS + 120))
  until grep -q "LOCAL POSTGRES READY" "$STATE/local-db.log"; do
    if ((SECONDS > deadline)) || ! kill -0 "${PIDS[-1]}" 2>/dev/null; then
      echo "local PostgreSQL did not start; see $STATE/local-db.log" >&2; exit 1
    fi
    sleep 1
  done
}

case "$MODE" in
  run)
    if [[ -z "${DATABASE_URL:-}" ]]; then
      start_local_db "$STATE/pgdata" 54329
      export DATABASE_URL=postgresql://postgres@127.0.0.1:54329/govmedia
    fi
    (cd backend/identity && exec java -jar target/govmedia-identity.jar --spring.profiles.active=local \
        --govmedia.identity.key-file="$STATE/identity-signing-key.json") >"$STATE/identity.log" 2>&1 &
    PIDS+=($!)
    GOVMEDIA_DEMO=${DEMO:-true} java -jar backend/app/target/govmedia-app.jar >"$STATE/app.log" 2>&1 &
    PIDS+=($!)
    (cd frontend && exec npm run preview -- --host 127.0.0.1 --port 5173 --strictPort) >"$STATE/frontend.log" 2>&1 &
    PIDS+=($!)
    wait_for identity http://127.0.0.1:9000/.well-known/openid-configuration 180
    wait_for app http://127.0.0.1:8080/readyz 180
    wait_for frontend http://127.0.0.1:5173/ 60
    cat <<'TEXT'

GovMedia 政务新媒体管理平台 is running:
  管理端 admin app     http://127.0.0.1:5173
  公众端 mobile app  http://127.0.0.1:5173/m/
  API + Swagger UI     http://127.0.0.1:8080/swagger-ui.html
  健康检查 health       http://127.0.0.1:8080/readyz   (metrics: http://127.0.0.1:8081/actuator/prometheus)
  身份认证 identity     http://127.0.0.1:9000
演示账号 demo logins (password: demo) — local demo only:
  city-admin  auditor  cc-supervisor  cc-operator  cc-reviewer  cc-deputy  cc-principal
  cc-handler  rd-operator  rd-supervisor
Logs: backend/.local/*.log    Ctrl-C stops everything.
TEXT
    wait -n "${PIDS[@]}"
    echo "a service stopped unexpectedly; see backend/.local/*.log" >&2
    exit 1
    ;;
  e2e)
    if [[ -z "${E2E_DATABASE_URL:-}" ]]; then
      rm -rf "$STATE/e2e-pgdata"
      start_local_db "$STATE/e2e-pgdata" 54330
      E2E_DATABASE_URL=postgresql://postgres@127.0.0.1:54330/govmedia
    fi
    cd frontend
    DATABASE_URL=$E2E_DATABASE_URL GOVMEDIA_DEMO=false CI=1 IDENTITY_KEY_FILE="$STATE/e2e-identity-signing-key.json" \
        npx playwright test "${@:2}"
    ;;
  *)
    echo "usage: $0 run | e2e [playwright test arguments]" >&2; exit 2 ;;
esac
