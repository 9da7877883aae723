#!/usr/bin/env bash
# `make bench`: JMH micro-benchmarks (content check: 20,000 characters against 50,000 lexicon terms).
# Results: backend/app/target/bench/*.json and the Markdown summary backend/app/target/bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$PWD/app/target/bench
mkdir -p "$OUT"
MVNW=(./mvnw -B --no-transfer-progress -Dstyle.color=never)

"${MVNW[@]}" -q -pl app test-compile
"${MVNW[@]}" -q -pl app org.codehaus.mojo:exec-maven-plugin:3.6.2:exec -Dexec.classpathScope=test -Dexec.executable=java \
  "-Dexec.args=-Xmx1g -cp %classpath org.openjdk.jmh.Main ContentCheckBenchmark -rf json -rff $OUT/content-check.json"

python3 - "$OUT" <<'PY'
import json, sys, platform, os
out = sys.argv[1]
rows = []
for result in json.load(open(f"{out}/content-check.json")):
    p = result["primaryMetric"]["scorePercentiles"]
    params = result.get("params", {})
    rows.append(f"| content check, {params.get('characters')} chars × {params.get('terms')} terms | "
                f"{p['50.0']:.2f} | {p['99.0']:.2f} | {p['100.0']:.2f} | {result['primaryMetric']['scoreUnit']} |")
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
table = "\n".join(["| benchmark | p50 | p99 | max | unit |", "|---|---|---|---|---|", *rows])
text = f"Machine: {os.cpu_count()} cores, {cpu}\n\n{table}\n"
open(f"{out}/results.md", "w").write(text)
print(text)
PY
