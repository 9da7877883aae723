"""Writes backend/app/target/bench/results.md: the JMH table, the supervision metrics on the bench data set, then the HTTP load;
and puts the same text into docs/performance.md (BENCH_DOCS; empty leaves it alone) between the markers of this SCALE,
so the figures there are the last run's at each scale, never typed by hand.

  python3 -m benchdata.report OUT_DIR    (reads OUT_DIR/content-check.json, dataset.json, metrics.txt, http/results.jsonl)"""
import datetime
import json
import os
import platform
import re
import statistics
import sys

from .httpreport import section

OPERATIONS = {
    "snapshot": ("daily snapshot job (`ActivitySnapshotJob.snapshot`): metrics of every live account, stored", "rows stored"),
    "overview_flags": ("overview flag counts, city scope (`ActivityRepository.flagCounts`)", "live accounts"),
    "league_table": ("league table, city scope (`ActivityRepository.byOrganization`)", "organizations"),
}


def machine():
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
               platform.machine())
    memory = next((int(line.split()[1]) // 1024 // 1024 for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    return f"Machine: {os.cpu_count()} cores, {cpu}, {memory} GiB"


def jmh(out):
    rows = []
    for result in json.load(open(f"{out}/content-check.json")):
        p = result["primaryMetric"]["scorePercentiles"]
        params = result.get("params", {})
        rows.append(f"| content check, {params.get('characters')} chars × {params.get('terms')} terms | "
                    f"{p['50.0']:.2f} | {p['99.0']:.2f} | {p['100.0']:.2f} | {result['primaryMetric']['scoreUnit']} |")
    return ["| benchmark | p50 | p99 | max | unit |", "|---|---|---|---|---|", *rows]


def metrics(out):
    dataset = json.load(open(f"{out}/dataset.json"))
    data = dataset["data"]
    rows = data["row_counts"]
    phases = ", ".join(f"{name.replace('_', ' ')} {seconds:g} s" for name, seconds in data["phases"].items())
    reused = " (reused: the database already held this scale and seed)" if dataset["reused"] else ""
    lines = ["", f"## Supervision metrics (as of {data['as_of']}, target < 30 s at SCALE=1)", "",
             f"Data set: SCALE={data['scale']:g}, seed {data['seed']}{reused} — "
             + ", ".join(f"{count:,} {name.replace('_', ' ')}" for name, count in rows.items())
             + f". Loaded in {data['load_seconds']:g} s on {data['loaded_at'][:10]}; per table ({phases}) "
             + "with publications and complaints loading side by side.", "",
             "| operation | rows | runs (s) | median (s) |", "|---|---|---|---|"]
    for line in open(f"{out}/metrics.txt"):
        if line.startswith("METRICS "):
            name, count, runs = line[len("METRICS "):].rstrip("\n").split("\t")
            label, unit = OPERATIONS.get(name, (name, "rows"))
            seconds = [float(s) for s in runs.split(",")]
            lines.append(f"| {label} | {int(count):,} {unit} | {', '.join(runs.split(','))} | {statistics.median(seconds):.2f} |")
    return lines


def first_load(out):
    """The admin app's first load in Chromium (e2e/firstLoad.spec.ts), against its targets."""
    path = f"{out}/ui.json"
    if not os.path.exists(path):
        return []
    ui = json.load(open(path))
    kilobytes = ui["javascriptBytes"] / 1024
    return ["", "## Admin app first load (Chromium, Playwright `e2e/firstLoad.spec.ts`, the whole stack on this machine)", "",
            "| measure | value | target |", "|---|---|---|",
            f"| JavaScript fetched from opening the app to its first page after login, gzip'd ({ui['scripts']} files) "
            f"| {kilobytes:,.0f} kB | ≤ 350 kB{'' if kilobytes <= 350 else ' (missed)'} |",
            f"| login callback → the first page's data on screen | {ui['firstPageMs']:,} ms "
            f"| ≤ 1,500 ms{'' if ui['firstPageMs'] <= 1500 else ' (missed)'} |"]


def into_docs(docs, scale, text):
    """Replaces the block of this scale in docs (or appends one): the markers stay, what is between them is the run's."""
    begin, end = f"<!-- make bench SCALE={scale}: begin -->", f"<!-- make bench SCALE={scale}: end -->"
    written = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    block = f"{begin}\n### `make bench SCALE={scale}`, {written}\n\n{text.replace('## ', '#### ')}{end}"
    current = open(docs).read() if os.path.exists(docs) else ""
    pattern = re.compile(re.escape(begin) + ".*?" + re.escape(end), re.S)
    updated = pattern.sub(lambda _: block, current) if pattern.search(current) else current.rstrip("\n") + "\n\n" + block
    open(docs, "w").write(updated.rstrip("\n") + "\n")


def main():
    out = sys.argv[1]
    text = "\n".join([machine(), "", *jmh(out), *metrics(out), *section(out), *first_load(out)]) + "\n"
    open(f"{out}/results.md", "w").write(text)
    print(text)
    docs = os.environ.get("BENCH_DOCS", os.path.join(os.path.dirname(__file__), "../../../docs/performance.md"))
    if docs:
        into_docs(docs, os.environ.get("SCALE", "1"), text)
        print(f"written into {os.path.normpath(docs)} (SCALE={os.environ.get('SCALE', '1')})")


if __name__ == "__main__":
    main()
