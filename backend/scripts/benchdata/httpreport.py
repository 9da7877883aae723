"""The HTTP section of results.md, from OUT_DIR/http/results.jsonl (written by scripts/httpbench.sh): per endpoint and
connection count the app's throughput and latency beside the stack's floor and pgbench on the same SQL, then the
process figures and the issue's targets, met or missed."""
import json
import os

LABELS = {
    "feed-first": ("public rumour feed (keyset `/feed`), first slice", True),
    "feed-deep": ("public rumour feed (keyset `/feed`), deep position", True),
    "feed-paged": ("public rumour list, page 1 with total count", True),
    "rebuttal": ("rumour rebuttal by id", True),
    "verify": ("account verification by name", True),
    "status": ("submission status (tracking number + token)", True),
    "submit": ("submission (unique Idempotency-Key)", False),
    "accounts": ("account list, filters, city admin token", False),
    "changes": ("sync change feed, 100 per page, sync token", False),
}


def _ratio(value, base):
    return f"{100 * value / base:.0f} %" if base else "—"


def section(out):
    path = f"{out}/http/results.jsonl"
    if not os.path.exists(path):
        return []
    rows = [json.loads(line) for line in open(path)]
    by = {(r["stack"], r["endpoint"], r.get("connections")): r for r in rows}
    startup = by.get(("app", "startup", None))
    snapshot = by.get(("app", "snapshot", None))
    settings = by.get(("meta", "settings", None), {})
    lines = ["", "## HTTP load (wrk; the stack's floor and pgbench on the same SQL, same run)", "",
             "App = the API jar on the bench database (tokens signed with a bench key, rate limits raised); floor = the same "
             "statements on bare WebFlux + R2DBC (`bench/FloorServer`, no security, scoping, mapping or audit); pgbench = "
             "the same statements and parameter draws, `-M prepared -c 64 -j 2` (its figure stands beside both connection "
             "counts). Errors = non-2xx answers + socket errors. App CPU: % of one core, 2 cores = 200 %. "
             f"{settings.get('duration', '?')} s per run after a warm-up of {settings.get('warmup', '?')} s per stack in {settings.get('warmup_passes', 1)} passes "
             "(all endpoints, 64 connections)" + (f", then per endpoint 5 s runs at 64 connections until the JIT compilers are nearly "
             f"idle (under 0.25 s of compiling in a run) and two runs in a row differ by less than 5 % (at most {settings['settle']} s; "
             "see *Settling* below)" if settings.get("settle") else "") + ".", "",
             "| endpoint | connections | req/s | p50 (ms) | p99 (ms) | errors | floor req/s | ratio to floor | pgbench TPS "
             "| ratio to pgbench | app CPU |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    misses = []
    app_rows = [r for r in rows if r["stack"] == "app" and r.get("connections")]
    for r in app_rows:
        name, public = LABELS.get(r["endpoint"], (r["endpoint"], False))
        floor = by.get(("floor", r["endpoint"], r["connections"]), {}).get("rps")
        pgbench = by.get(("pgbench", r["endpoint"], 64), {}).get("tps")
        errors = r["non2xx"] + r["socket_errors"]
        lines.append(f"| {name} | {r['connections']} | {r['rps']:,.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {errors} | "
                     + (f"{floor:,.0f}" if floor else "—") + f" | {_ratio(r['rps'], floor)} | "
                     + (f"{pgbench:,.0f}" if pgbench else "—") + f" | {_ratio(r['rps'], pgbench)} | {r['cpu_percent']:.0f} % |")
        if r["connections"] == 64:
            if floor and r["rps"] < 0.7 * floor:
                misses.append(f"{name}: {_ratio(r['rps'], floor)} of the floor (target ≥ 70 %)")
            if errors:
                misses.append(f"{name}: {errors} errors at 64 connections")
            if public and r["p99_ms"] >= 100:
                misses.append(f"{name}: p99 {r['p99_ms']:.0f} ms at 64 connections (target < 100 ms)")
    first, deep = by.get(("app", "feed-first", 64)), by.get(("app", "feed-deep", 64))
    if first and deep and deep["p99_ms"] > 1.5 * first["p99_ms"]:
        misses.append(f"deep page p99 {deep['p99_ms']:.0f} ms vs first page {first['p99_ms']:.0f} ms (target ≤ 1.5×)")
    settled = [r for r in rows if r["endpoint"].startswith("settle:")]
    rss = max([r.get("rss_max_kib", 0) for r in rows if r["stack"] == "app"] + [0]) / 1024
    lines.append("")
    if settings:
        lines.append(f"Deep position: the keyset cursor after item {max(settings['deep_page'] - 1, 1) * 20:,}, as at page {settings['deep_page']:,} with 20 per page (page 5,000 = offset 99,980, or the last page "
                     f"of the {settings['published']:,} published rebuttals when there are fewer).")
    if startup:
        lines.append(f"App startup to ready (`/actuator/health/readiness` answers 200, from process launch): "
                     f"{startup['seconds']:.1f} s; RSS when ready {startup['rss_kib'] / 1024:.0f} MiB; heap `-Xmx{startup['heap']}` "
                     "throughout.")
    if settled:
        lines.append("Settling (s until steady, req/s of the last 5 s run; * = not steady within the limit): " + "; ".join(
            f"{r['stack']} {r['endpoint'][7:]} {r['seconds']} s, {r['rps']:,.0f}" + ("" if r["steady"] else " *") for r in settled) + ".")
    lines.append(f"App under load: RSS at most {rss:.0f} MiB (target < 1 GiB); CPU per run in the table.")
    if rss >= 1024:
        misses.append(f"RSS {rss:.0f} MiB under load (target < 1 GiB)")
    if snapshot:
        lines.append(f"NDJSON account snapshot (`GET /api/sync/v1/accounts`, curl, whole download): {snapshot['lines']:,} lines, "
                     f"{snapshot['bytes'] / 1e6:.1f} MB in {snapshot['seconds']:.2f} s (HTTP {snapshot['status']}), heap "
                     f"`-Xmx{snapshot['heap']}`, RSS at most {snapshot['rss_max_kib'] / 1024:.0f} MiB (target < 10 s for 200,000).")
        if snapshot["status"] != 200:
            misses.append(f"NDJSON snapshot answered HTTP {snapshot['status']}")
        elif snapshot["lines"] >= 200_000 and snapshot["seconds"] >= 10:
            misses.append(f"NDJSON snapshot {snapshot['seconds']:.1f} s (target < 10 s)")
    compression = by.get(("app", "compression", None))
    if compression and compression["plain"]:
        saved = 1 - compression["gzip"] / compression["plain"]
        lines.append(f"gzip on the public feed (a slice of 20 rebuttals): {compression['plain']:,} bytes as JSON, "
                     f"{compression['gzip']:,} gzip'd ({saved:.0%} saved).")
    lines += _profiles(rows)
    lines += _shared_limiter(rows, by, misses)
    lines += ["", "Targets missed in this run: " + ("none." if not misses else ""), *[f"- {m}" for m in misses]]
    return lines


def _shared_limiter(rows, by, misses):
    """The public reads on two instances at once, limits in process (app-local) and in Redis (app-redis), loaded in turns."""
    runs = {}
    for r in rows:
        if r["stack"] in ("app-local", "app-redis") and r.get("connections"):
            runs.setdefault(r["endpoint"], {}).setdefault(r["stack"], []).append(r)
    pairs = {e: s for e, s in runs.items() if "app-local" in s and "app-redis" in s}
    if not pairs:
        return ["", "Shared limiter: not measured (no Redis answered, or no public read in the run)."]
    rounds = min(len(s["app-local"]) for s in pairs.values())
    lines = ["", "### Public reads: limits in process vs shared in Redis (issue 17: the shared limiter costs at most 10 %)", "",
             f"Two instances of the app at once, one with its limits in process, one with them in Redis, loaded in turns "
             f"(in process, Redis, in process, Redis …; {rounds} rounds of each read, 64 connections) so that the machine's "
             "drift weighs on both alike; req/s are over all rounds. Each request from one of 10,000 citizens "
             "(`X-Forwarded-For` behind the trusted proxy, `X-Device-Id`), so both buckets of every request are consulted; "
             "limits high enough that nothing is refused. Redis CPU: what the Redis server used meanwhile (of one core); "
             "where it runs on the bench machine, it is taken from the app.", "",
             "| endpoint | in process req/s | Redis req/s | cost | cost per round | p99 in process (ms) | p99 Redis (ms) | Redis CPU | errors (Redis) |",
             "|---|---|---|---|---|---|---|---|---|"]
    rate = lambda rs: sum(r["requests"] for r in rs) / sum(r["seconds"] for r in rs)
    mean = lambda rs, key: sum(r.get(key, 0) for r in rs) / len(rs)
    for endpoint, stacks in pairs.items():
        local, redis = stacks["app-local"], stacks["app-redis"]
        name = LABELS.get(endpoint, (endpoint, True))[0]
        cost = 1 - rate(redis) / rate(local)
        per_round = ", ".join(f"{100 * (1 - b['rps'] / a['rps']):.0f} %" for a, b in zip(local, redis))
        errors = sum(r["non2xx"] + r["socket_errors"] for r in redis)
        lines.append(f"| {name} | {rate(local):,.0f} | {rate(redis):,.0f} | {100 * cost:.0f} % | {per_round} | "
                     f"{mean(local, 'p99_ms'):.1f} | {mean(redis, 'p99_ms'):.1f} | {mean(redis, 'redis_cpu_percent'):.0f} % | {errors} |")
        if cost > 0.10:
            misses.append(f"{name}: the shared limiter costs {100 * cost:.0f} % of its throughput (target ≤ 10 %)")
        if errors:
            misses.append(f"{name}: {errors} errors with the limits in Redis")
    return lines


def _short(frame):
    """Class and method without most of the package: `epoll.Native.epollWait`."""
    return ".".join(frame.split(".")[-3:])


def _profiles(rows):
    profiles = [r for r in rows if r["stack"] == "app" and "profile" in r]
    if not profiles:
        return []
    lines = ["", "#### Where the app's CPU goes (JFR, `profile` settings; 64 connections, one run per endpoint after the "
             "measured ones)", "",
             "Shares of the CPU samples: by the library of the frame on top of the stack, the hottest frames, and the first "
             "frame of our own code under them (`(none of ours …)`: Netty's event loop, Reactor's scheduling, the driver's "
             "decoding, with no request code of ours on the stack).", "",
             "| endpoint | samples | by library | hottest frames | under our code |", "|---|---|---|---|---|"]
    for r in profiles:
        p = r["profile"]
        frames = lambda pairs: "<br>".join(f"{share:.0f} % `{_short(name)}`" for name, share in pairs)
        lines.append(f"| {LABELS.get(r['endpoint'], (r['endpoint'], False))[0]} | {p['samples']:,} | "
                     + "<br>".join(f"{share:.0f} % {name}" for name, share in p["libraries"])
                     + f" | {frames(p['hottest'])} | {frames(p['own'])} |")
    return lines

