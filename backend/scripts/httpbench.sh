#!/usr/bin/env bash
# `make bench`, HTTP part (called by bench.sh after the data set is loaded; needs wrk, pgbench, curl):
#  1. samples request parameters from the bench database (tables bench_sample_*, and TSV files for the wrk script);
#  2. the app's jar on the bench database, with a fresh token key (bench/BenchTokens): startup time to ready, JIT
#     warm-up on all endpoints, then per endpoint: settling (5 s runs at 64 connections until the JIT compilers are
#     nearly idle and two runs in a row differ by less than 5 %) and wrk (httpbench/load.lua) at each BENCH_CONNECTIONS,
#     sampling the process's RSS and CPU;
#     the NDJSON account snapshot downloaded whole with curl;
#  2b. where Redis answers (BENCH_REDIS_URL, default the machine's), what the shared limiter costs: the app twice at
#     once, its public limits in process (app-local) and in Redis (app-redis), both warmed up, then loaded in turns on
#     the public reads (local, Redis, local, Redis … BENCH_AB_ROUNDS rounds, default 3), so that a machine whose speed
#     drifts during the run (a shared host: ±30 % between two runs minutes apart) weighs on both alike;
#  3. the stack's floor (bench/FloorServer: the same SQL on bare WebFlux + R2DBC), warmed up and loaded the same way;
#  4. pgbench with the same SQL (httpbench/pgbench/*.sql), -c 64 -j 2, the same duration;
#  5. removes the submissions the load created, so the data set stays as generated (also before step 1, should an
#     interrupted run have left some).
# Writes app/target/bench/http/results.jsonl (rendered into results.md by benchdata.report) and logs beside it.
# Settings: BENCH_DURATION (s per run; 5 below SCALE=0.1, else 30), BENCH_WARMUP (s per stack, all endpoints together
# in BENCH_WARMUP_PASSES passes; 90 s in 2 passes below SCALE=0.1, else 240 s in 2), BENCH_SETTLE (at most this many s
# of settling per endpoint and stack, 180), BENCH_CONNECTIONS ("64 256"),
# BENCH_HEAP (the app's -Xmx, 256m), BENCH_ENDPOINTS, BENCH_AB_ROUNDS, BENCH_PROFILE (false: no JFR recordings),
# BENCH_PROFILE_SECONDS (per endpoint; 5 below SCALE=0.1, else 15).
# The warm-up matters: on 2 cores under load, C2 keeps compiling the app's request path for about a minute, and until
# it is done the app serves a quarter to a half of what it serves afterwards (the floor, a much smaller program, warms
# up sooner). A shared warm-up of a few seconds per endpoint left the submission's own path (JSON binding, validation,
# the transaction, the audit event) half compiled when it was measured: C2 was compiling for about 125 s of
# submissions before it fell idle (the floor: 65 s), and took 38 % of the app's CPU meanwhile. So each endpoint
# settles before it is measured, on both stacks alike.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$PWD/app/target/bench/http
for tool in wrk curl psql; do
  command -v "$tool" >/dev/null || { echo "httpbench: $tool is missing (apt-get install -y wrk curl postgresql-client)" >&2; exit 1; }
done
PARAMS=$OUT/params
rm -rf "$OUT" && mkdir -p "$PARAMS"
RESULTS=$OUT/results.jsonl
DB=$BENCH_DATABASE_URL
SMALL=$(python3 -c "print(int(float('$SCALE') < 0.1))")
DURATION=${BENCH_DURATION:-$((SMALL ? 5 : 30))}
PROFILE_SECONDS=${BENCH_PROFILE_SECONDS:-$((SMALL ? 5 : 15))}
WARMUP=${BENCH_WARMUP:-$((SMALL ? 90 : 240))}
PASSES=${BENCH_WARMUP_PASSES:-2}
SETTLE=${BENCH_SETTLE:-180}
CONNECTIONS=${BENCH_CONNECTIONS:-64 256}
HEAP=${BENCH_HEAP:-256m}
ENDPOINTS=${BENCH_ENDPOINTS:-feed-first feed-deep feed-paged rebuttal verify status submit accounts changes}
PUBLIC_READS=$(for e in $ENDPOINTS; do case $e in feed-first|feed-deep|feed-paged|rebuttal|verify|status) echo "$e" ;; esac; done | xargs)
APP_PORT=${BENCH_APP_PORT:-18080}
FLOOR_PORT=${BENCH_FLOOR_PORT:-18081}
AB_PORT=${BENCH_AB_PORT:-18082}
CLASSPATH=app/target/test-classes:app/target/classes:$(<app/target/bench/classpath.txt)
PUBLIC="(t.status = 'PUBLISHED' and t.content_version = r.ticket_content_version and t.classification in ('IMPORTANT', 'MAJOR'))"
SERVER_PID=
log() { echo "[httpbench $(date +%H:%M:%S)] $*" >&2; }
sql() { PGOPTIONS="-c client_min_messages=warning" psql "$DB" -X -q -At -v ON_ERROR_STOP=1 "$@"; }
stop_server() {
  local pid
  for pid in $SERVER_PID ${OTHER_PID:-}; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  SERVER_PID= OTHER_PID=
}
trap stop_server EXIT

# Submissions past the generated ones go (those of this run, or of an interrupted one); their audit events are the log's
# tail, sealed last: the tree is cut back to the position of the first of them (events, leaves, subtrees and heads are
# append-only by trigger, which replica mode skips). Vacuumed after, as the machine's PostgreSQL may run without
# autovacuum (the CI machines' does): dead rows left in the sealer's queue would slow every run after.
remove_load_submissions() {
  local CUT="(select min(id) from audit_events where entity_type = 'complaint' and entity_id ~ '^[0-9]+$' and entity_id::bigint > $generated)"
  sql -c "set session_replication_role = replica" \
      -c "delete from complaint_idempotency_keys where complaint_id is null or complaint_id > $generated" \
      -c "create temp table bench_cut as select $CUT as event_id,
            coalesce((select min(position) from audit_leaves where event_id >= $CUT),
                     (select coalesce(max(position) + 1, 0) from audit_leaves)) as position" \
      -c "delete from audit_tree_heads where tree_size > (select position from bench_cut)" \
      -c "delete from audit_tree_nodes where (index + 1) << level::int > (select position from bench_cut)" \
      -c "delete from audit_leaves where position >= (select position from bench_cut)" \
      -c "delete from audit_unsealed where event_id >= (select event_id from bench_cut)" \
      -c "delete from audit_events where id >= (select event_id from bench_cut)" \
      -c "delete from complaints where id > $generated" \
      -c "vacuum analyze complaints, audit_events, audit_unsealed, audit_leaves, audit_tree_nodes, audit_tree_heads,
                      complaint_idempotency_keys"
}

# 1. parameters, drawn deterministically (hash order) so every run and pgbench use the same ones
generated=$(sql -c "select row_counts->>'complaints' from bench_dataset")
remove_load_submissions
sql -c "drop table if exists bench_sample_rebuttals, bench_sample_names, bench_sample_complaints, bench_sample_accounts,
                             bench_sample_platforms" \
    -c "create table bench_sample_rebuttals as select row_number() over (order by hashint8(r.id)) as i, r.id
          from rumour_rebuttals r join review_tickets t on t.id = r.ticket_id where $PUBLIC order by hashint8(r.id) limit 10000" \
    -c "create table bench_sample_names as select row_number() over (order by hashint8(id)) as i, name
          from accounts where status <> 'PENDING_FILING' order by hashint8(id) limit 10000" \
    -c "create table bench_sample_complaints as select row_number() over (order by hashint8(id)) as i, tracking_number,
               'bench-' || (select seed from bench_dataset) || '-' || id as token
          from complaints where id <= $generated order by hashint8(id) limit 10000" \
    -c "create table bench_sample_accounts as select row_number() over (order by hashint8(id)) as i, id
          from accounts where status = 'ACTIVE' order by hashint8(id) limit 10000" \
    -c "create table bench_sample_platforms as select row_number() over (order by platform) as i, platform
          from (select distinct platform from accounts where status = 'ACTIVE') p"
declare -A COUNT
for sample in rebuttals names complaints accounts platforms; do
  columns=$(sql -c "select string_agg(attname, ', ' order by attnum) from pg_attribute
                     where attrelid = 'bench_sample_$sample'::regclass and attnum > 1")
  sql -F $'\t' -c "select $columns from bench_sample_$sample order by i" >"$PARAMS/$sample.tsv"
  COUNT[$sample]=$(wc -l <"$PARAMS/$sample.tsv")
done
published=$(sql -c "select count(*) from rumour_rebuttals r join review_tickets t on t.id = r.ticket_id where $PUBLIC")
DEEP_PAGE=$(( (published + 19) / 20 < 5000 ? (published + 19) / 20 : 5000 ))
# the keyset cursor the feed hands out after the last item of page DEEP_PAGE - 1 (rumour/FeedCursor: base64url "pub:<µs>:<id>")
read -r DEEP_MICROS DEEP_ID < <(sql -F ' ' -c "select (extract(epoch from t.published_at) * 1000000)::bigint, r.id
    from rumour_rebuttals r join review_tickets t on t.id = r.ticket_id where $PUBLIC
    order by t.published_at desc, r.id desc offset greatest($DEEP_PAGE - 1, 1) * 20 - 1 limit 1")
DEEP_CURSOR=$(printf 'pub:%s:%s' "$DEEP_MICROS" "$DEEP_ID" | base64 -w0 | tr '+/' '-_' | tr -d '=')
sql -c "select filing_changes_position()" >/dev/null # the generated filings' changes get their feed positions
CHANGES=$(sql -c "select coalesce(max(position), 0) from filing_changes")
log "samples: ${COUNT[rebuttals]} public rebuttals (deep page $DEEP_PAGE of $published), ${COUNT[names]} names," \
    "${COUNT[complaints]} submissions, ${COUNT[accounts]} active accounts; $CHANGES filing changes"

record() { echo "$1" >>"$RESULTS"; }
record "{\"stack\":\"meta\",\"endpoint\":\"settings\",\"deep_page\":$DEEP_PAGE,\"published\":$published,\"duration\":$DURATION,\"warmup\":$WARMUP,\"warmup_passes\":$PASSES,\"settle\":$SETTLE}"
java -cp "$CLASSPATH" cn.gov.nantong.govmedia.bench.BenchTokens "$OUT"
export BENCH_PARAMS=$PARAMS BENCH_DEEP_PAGE=$DEEP_PAGE BENCH_DEEP_CURSOR=$DEEP_CURSOR BENCH_CHANGES=$CHANGES
export BENCH_ADMIN_TOKEN=$(<"$OUT/city-admin.jwt") BENCH_SYNC_TOKEN=$(<"$OUT/sync.jwt")

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# seconds of CPU Redis has used (app-redis only; 0 without redis-cli): on a shared machine it is taken from the app
redis_cpu() {
  if [[ $1 == app-redis ]] && command -v redis-cli >/dev/null; then
    redis-cli -u "$REDIS_URL" info cpu | tr -d '\r' | awk -F: '/^used_cpu_(sys|user):/ {s += $2} END {printf "%.3f", s}'
  else echo 0; fi
}
rss_sampler() { # pid file: VmRSS in KiB every 0.5 s until killed
  while kill -0 "$1" 2>/dev/null; do awk '/^VmRSS/ {print $2}' "/proc/$1/status" >>"$2" 2>/dev/null || true; sleep 0.5; done
}

wait_ready() { # url seconds
  local deadline=$((SECONDS + $2))
  until curl -fs -o /dev/null "$1"; do
    if ((SECONDS > deadline)) || ! kill -0 "$SERVER_PID" 2>/dev/null; then log "no answer at $1; see $OUT/*.log"; exit 1; fi
    sleep 0.1
  done
}

wrk_run() { # stack port endpoint connections seconds [measure]
  local stack=$1 port=$2 endpoint=$3 connections=$4 seconds=$5 rss=$OUT/rss.tmp result ticks redis_ticks
  rm -f "$rss"
  ticks=$(cpu_ticks "$SERVER_PID") redis_ticks=$(redis_cpu "$stack")
  rss_sampler "$SERVER_PID" "$rss" & local sampler=$!
  result=$(ENDPOINT=$endpoint BENCH_RUN=$stack-$connections-$RANDOM wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s \
      -s scripts/httpbench/load.lua "http://127.0.0.1:$port" 2>&1 | tee -a "$OUT/wrk-$stack.log" | sed -n 's/^RESULT //p')
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  [[ -n "$result" ]] || { log "wrk gave no result for $endpoint on $stack"; exit 1; }
  LAST_RPS=$(sed -n 's/.*"rps":\([0-9.]*\).*/\1/p' <<<"$result")
  if [[ -n "${6:-}" ]]; then
    local cpu redis rss_max
    cpu=$(python3 -c "print(round(($(cpu_ticks "$SERVER_PID") - $ticks) * 100 / $(getconf CLK_TCK) / $seconds, 1))")
    redis=$(python3 -c "print(round(($(redis_cpu "$stack") - $redis_ticks) * 100 / $seconds, 1))")
    rss_max=$(sort -n "$rss" | tail -1)
    record "{\"stack\":\"$stack\",\"endpoint\":\"$endpoint\",\"connections\":$connections,\"cpu_percent\":$cpu,\"redis_cpu_percent\":$redis,\"rss_max_kib\":${rss_max:-0},${result#\{}"
    log "$stack $endpoint c=$connections: $result cpu=$cpu% redis=$redis% rss=${rss_max}KiB"
  fi
}

warm_up() { # stack port
  local each=$(( WARMUP / PASSES / $(wc -w <<<"$ENDPOINTS") )) endpoint pass
  log "$1: warm-up ${WARMUP}s in $PASSES passes"
  for ((pass = 1; pass <= PASSES; pass++)); do
    for endpoint in $ENDPOINTS; do wrk_run "$1" "$2" "$endpoint" 64 "$((each > 0 ? each : 1))"; done
  done
}

compile_seconds() { # what the JIT compilers have spent so far in the server (jstat; 0 without it)
  if command -v jstat >/dev/null; then jstat -compiler "$SERVER_PID" | awk 'NR == 2 {print $4}'; else echo 0; fi
}

settle() { # stack port endpoint: 5 s runs at 64 connections until the JIT compilers are nearly idle (under 0.25 s of
  # compiling in the run) and the run is within 5 % of the one before, or SETTLE s have gone by
  local spent=0 previous=0 steady=false compiled=0 before
  while ((spent < SETTLE)); do
    before=$(compile_seconds)
    wrk_run "$1" "$2" "$3" 64 5
    compiled=$(python3 -c "print(round($(compile_seconds) - $before, 2))")
    spent=$((spent + 5))
    if python3 -c "import sys; sys.exit(0 if $compiled < 0.25 and $previous > 0 and abs($LAST_RPS - $previous) < 0.05 * $previous else 1)"; then
      steady=true
      break
    fi
    previous=$LAST_RPS
  done
  record "{\"stack\":\"$1\",\"endpoint\":\"settle:$3\",\"seconds\":$spent,\"steady\":$steady,\"rps\":$LAST_RPS,\"compile_seconds\":$compiled}"
  log "$1 $3: settled in ${spent}s (steady: $steady, last run $LAST_RPS req/s, ${compiled}s compiling)"
}

load_stack() { # stack port
  local endpoint connections
  warm_up "$1" "$2"
  for endpoint in $ENDPOINTS; do
    settle "$1" "$2" "$endpoint"
    for connections in $CONNECTIONS; do wrk_run "$1" "$2" "$endpoint" "$connections" "$DURATION" measure; done
  done
}

start_app() { # stack port [extra arguments]: the app's jar on the bench database, its public limits high but consulted
  local stack=$1 port=$2; shift 2
  log "$stack: starting on port $port with -Xmx$HEAP"
  # JFR keeps 256 frames (default 64): a reactive request is deep, and our own frames sit far below the top
  DATABASE_URL=$DB java -Xmx"$HEAP" -XX:FlightRecorderOptions:stackdepth=256 -jar app/target/govmedia-app.jar --server.port="$port" --management.server.port=0 \
      --spring.security.oauth2.resourceserver.jwt.public-key-location="file:$OUT/jwt-public.pem" \
      --govmedia.public.requests-per-minute-per-address=100000000 --govmedia.public.requests-per-minute-per-device=100000000 \
      --govmedia.trusted-proxies=127.0.0.1/32 "$@" >"$OUT/$stack.log" 2>&1 &
  SERVER_PID=$!
  wait_ready "http://127.0.0.1:$port/readyz" 180
}

# 2. the app
started=$EPOCHREALTIME
start_app app "$APP_PORT"
startup=$(python3 -c "print(round($EPOCHREALTIME - $started, 2))")
record "{\"stack\":\"app\",\"endpoint\":\"startup\",\"seconds\":$startup,\"heap\":\"$HEAP\",\"rss_kib\":$(awk '/^VmRSS/ {print $2}' "/proc/$SERVER_PID/status")}"
log "app: ready in ${startup}s"
load_stack app "$APP_PORT"
rm -f "$OUT/rss.tmp"
rss_sampler "$SERVER_PID" "$OUT/rss.tmp" & sampler=$!
snapshot=$(curl -s -o "$OUT/accounts.ndjson" -w '%{http_code} %{time_total} %{size_download}' \
    -H "Authorization: Bearer $BENCH_SYNC_TOKEN" "http://127.0.0.1:$APP_PORT/api/sync/v1/accounts")
kill "$sampler"; wait "$sampler" 2>/dev/null || true
read -r status seconds bytes <<<"$snapshot"
record "{\"stack\":\"app\",\"endpoint\":\"snapshot\",\"status\":$status,\"seconds\":$seconds,\"bytes\":$bytes,\"lines\":$(wc -l <"$OUT/accounts.ndjson"),\"rss_max_kib\":$(sort -n "$OUT/rss.tmp" | tail -1),\"heap\":\"$HEAP\"}"
log "app: NDJSON snapshot $snapshot"
rm -f "$OUT/accounts.ndjson"
# what gzip saves on the public feed (common/web/PublicCompressionConfig); wrk itself asks for no compression
feed_url="http://127.0.0.1:$APP_PORT/api/public/v1/rumour-rebuttals/feed?size=20"
plain=$(curl -s -o /dev/null -w '%{size_download}' "$feed_url")
gzipped=$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "$feed_url")
record "{\"stack\":\"app\",\"endpoint\":\"compression\",\"plain\":$plain,\"gzip\":$gzipped}"
log "app: feed slice of 20 is $plain bytes, $gzipped gzip'd"
# where the app's CPU goes: a JFR recording per endpoint at 64 connections, after (not during) the measured runs
if [[ "${BENCH_PROFILE:-true}" == true ]] && command -v jcmd >/dev/null && command -v jfr >/dev/null; then
  mkdir -p "$OUT/jfr"
  rm -f "$OUT/jfr"/*.jfr
  for endpoint in $ENDPOINTS; do
    jcmd "$SERVER_PID" JFR.start name="$endpoint" settings=profile filename="$OUT/jfr/$endpoint.jfr" >/dev/null
    wrk_run app "$APP_PORT" "$endpoint" 64 "$PROFILE_SECONDS"
    jcmd "$SERVER_PID" JFR.stop name="$endpoint" >/dev/null
  done
  python3 -m benchdata.jfrtop "$OUT/jfr" "$RESULTS"
  log "app: JFR recordings of $(wc -w <<<"$ENDPOINTS") endpoints in $OUT/jfr (jfr print, or JDK Mission Control)"
fi
stop_server

# 2b. what the shared limiter costs: the app twice, limits in process and in Redis, loaded in turns on the public reads
REDIS_URL=${BENCH_REDIS_URL:-redis://127.0.0.1:6379}
redis_host=${REDIS_URL#redis://}; redis_host=${redis_host%%/*}
if [[ -z "$PUBLIC_READS" ]]; then
  log "app-redis: no public read in BENCH_ENDPOINTS, the shared limiter is not measured"
elif (exec 3<>"/dev/tcp/${redis_host%:*}/${redis_host##*:}") 2>/dev/null; then
  start_app app-local "$APP_PORT"; LOCAL_PID=$SERVER_PID
  start_app app-redis "$AB_PORT" --govmedia.redis-url="$REDIS_URL" --govmedia.rate-limit-prefix="govmedia-bench:$RANDOM:"
  REDIS_PID=$SERVER_PID OTHER_PID=$LOCAL_PID
  ENDPOINTS=$PUBLIC_READS SERVER_PID=$LOCAL_PID warm_up app-local "$APP_PORT"
  ENDPOINTS=$PUBLIC_READS SERVER_PID=$REDIS_PID warm_up app-redis "$AB_PORT"
  for ((round = 1; round <= ${BENCH_AB_ROUNDS:-3}; round++)); do
    for endpoint in $PUBLIC_READS; do
      SERVER_PID=$LOCAL_PID wrk_run app-local "$APP_PORT" "$endpoint" 64 "$DURATION" measure
      SERVER_PID=$REDIS_PID wrk_run app-redis "$AB_PORT" "$endpoint" 64 "$DURATION" measure
    done
  done
  SERVER_PID=$REDIS_PID
  stop_server
else
  log "app-redis: no Redis at $REDIS_URL, the shared limiter is not measured (BENCH_REDIS_URL)"
fi

# 3. the floor
log "floor: starting on port $FLOOR_PORT"
BENCH_DATABASE_URL=$DB java -Xmx"$HEAP" -cp "$CLASSPATH" cn.gov.nantong.govmedia.bench.FloorServer "$FLOOR_PORT" >"$OUT/floor.log" 2>&1 &
SERVER_PID=$!
wait_ready "http://127.0.0.1:$FLOOR_PORT/actuator/health" 60
load_stack floor "$FLOOR_PORT"
stop_server

# 4. pgbench
PGBENCH=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | tail -1)
for endpoint in $ENDPOINTS; do
  out=$("$PGBENCH" -n -M prepared -c 64 -j 2 -T "$DURATION" -f "scripts/httpbench/pgbench/$endpoint.sql" -D deep_page="$DEEP_PAGE" -D after_micros="$DEEP_MICROS" -D after_id="$DEEP_ID" \
      -D n_rebuttals="${COUNT[rebuttals]}" -D n_names="${COUNT[names]}" -D n_complaints="${COUNT[complaints]}" \
      -D n_accounts="${COUNT[accounts]}" -D n_platforms="${COUNT[platforms]}" -D n_changes="$CHANGES" "$DB" 2>&1 \
      | tee -a "$OUT/pgbench.log")
  tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' <<<"$out")
  failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' <<<"$out")
  [[ -n "$tps" ]] || { log "pgbench failed for $endpoint; see $OUT/pgbench.log"; exit 1; }
  record "{\"stack\":\"pgbench\",\"endpoint\":\"$endpoint\",\"connections\":64,\"tps\":$tps,\"failed\":${failed:-0}}"
  log "pgbench $endpoint: $tps TPS, ${failed:-0} failed"
done

# 5. the submissions the load created go again
remove_load_submissions
log "done; results in $RESULTS"
