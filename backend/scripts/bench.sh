#!/usr/bin/env bash
# `make bench [SCALE=1]`:
#  1. JMH micro-benchmarks (content check: 20,000 characters against 50,000 lexicon terms);
#  2. the bench database (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/govmedia_bench): kept when it
#     already holds the data set of this SCALE, BENCH_SEED and BENCH_AS_OF (then only pending migrations run), else
#     recreated, migrated with the app's Flyway migrations and loaded by the seeded generator (scripts/benchdata);
#  3. the supervision metrics computed by the app's own classes on it (BENCH_RUNS runs each, default 3);
#  4. HTTP load on the app's jar, on the stack's floor and with pgbench, the same SQL each (scripts/httpbench.sh;
#     BENCH_HTTP=false leaves it out);
#  5. the admin app's first load in Chromium (BENCH_UI=false leaves it out).
# Results: backend/app/target/bench/*.json|txt and the Markdown summary backend/app/target/bench/results.md.
# Needs psql (Debian postgresql-client), python3, and for the HTTP part wrk, pgbench and curl, besides the JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$PWD/app/target/bench
mkdir -p "$OUT"
MVNW=(./mvnw -B --no-transfer-progress -Dstyle.color=never)
export SCALE=${SCALE:-1} BENCH_SEED=${BENCH_SEED:-20261128} BENCH_AS_OF=${BENCH_AS_OF:-2026-11-27}
export BENCH_DATABASE_URL=${BENCH_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/govmedia_bench}
export PYTHONPATH=$PWD/scripts PYTHONDONTWRITEBYTECODE=1
DATABASE=${BENCH_DATABASE_URL##*/}
SERVER=${BENCH_DATABASE_URL%/*}/postgres
STARTED=$SECONDS

java_main() { # main class and arguments, run on the app's test classpath
  "${MVNW[@]}" -q -pl app org.codehaus.mojo:exec-maven-plugin:3.6.2:exec -Dexec.classpathScope=test -Dexec.executable=java \
    "-Dexec.args=-Xmx1g -cp %classpath $*"
}

"${MVNW[@]}" -q -pl app package -DskipTests
"${MVNW[@]}" -q -pl app dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"
java_main "org.openjdk.jmh.Main ContentCheckBenchmark -rf json -rff $OUT/content-check.json"

if python3 -m benchdata --check 2>/dev/null; then
  echo "bench database $DATABASE already holds SCALE=$SCALE seed=$BENCH_SEED; applying pending migrations only"
  java_main cn.gov.nantong.govmedia.bench.BenchSchema
  REUSED=true
else
  echo "recreating bench database $DATABASE for SCALE=$SCALE seed=$BENCH_SEED"
  psql "$SERVER" -X -q -v ON_ERROR_STOP=1 -c "drop database if exists \"$DATABASE\" with (force)" -c "create database \"$DATABASE\""
  java_main cn.gov.nantong.govmedia.bench.BenchSchema
  python3 -m benchdata
  REUSED=false
fi
psql "$BENCH_DATABASE_URL" -X -At -c "select json_build_object('reused', $REUSED, 'data', row_to_json(b)) from bench_dataset b" \
  >"$OUT/dataset.json"

java_main "cn.gov.nantong.govmedia.activity.ActivityMetricsBench $BENCH_AS_OF ${BENCH_RUNS:-3}" | tee "$OUT/metrics.txt"

if [[ "${BENCH_HTTP:-true}" == true ]]; then
  scripts/httpbench.sh
else
  rm -rf "$OUT/http"
fi

# 5. the admin app's first load in Chromium (Playwright, e2e/firstLoad.spec.ts): JavaScript fetched up to the first page
#    and the time from the login callback to its data, on the whole stack (BENCH_UI=false leaves it out)
rm -f "$OUT/ui.json"
if [[ "${BENCH_UI:-true}" == true ]] && command -v chromium >/dev/null; then
  "${MVNW[@]}" -q -pl identity package -DskipTests
  (cd ../frontend && npm run -s build >/dev/null)
  UI_DATABASE=${BENCH_DATABASE_URL%/*}/govmedia_bench_ui
  psql "$SERVER" -X -q -v ON_ERROR_STOP=1 -c "drop database if exists govmedia_bench_ui with (force)" -c "create database govmedia_bench_ui"
  E2E_DATABASE_URL=$UI_DATABASE FIRST_LOAD_OUT="$OUT/ui.json" scripts/stack.sh e2e firstLoad.spec.ts
fi

python3 -m benchdata.report "$OUT"
echo "make bench: $((SECONDS - STARTED)) s in all"
