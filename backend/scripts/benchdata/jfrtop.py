"""Top frames of the JFR recordings scripts/httpbench.sh makes of the app, one per endpoint at 64 connections after the
measured runs: the library the CPU samples land in, the hottest frames (top of the stack) and the first frame of our
own code under them. Appends one line per recording to results.jsonl; benchdata.httpreport renders them.

Usage: python3 -m benchdata.jfrtop <dir of <endpoint>.jfr files> <results.jsonl>"""
import json
import os
import subprocess
import sys
from collections import Counter

OWN = "cn.gov.nantong."
LIBRARIES = [("cn.gov.nantong.", "our code"), ("io.netty.", "Netty"), ("reactor.netty.", "Reactor Netty"),
             ("reactor.", "Reactor"), ("io.r2dbc.postgresql.", "R2DBC PostgreSQL"), ("io.r2dbc.", "R2DBC pool/SPI"),
             ("tools.jackson.", "Jackson"), ("com.fasterxml.jackson.", "Jackson"), ("org.springframework.security.", "Spring Security"),
             ("org.springframework.", "Spring"), ("com.nimbusds.", "Nimbus JOSE (JWT)"), ("io.micrometer.", "Micrometer"),
             ("java.util.regex.", "JDK regex"), ("java.", "JDK"), ("javax.", "JDK"), ("jdk.", "JDK"), ("sun.", "JDK")]


def _frames(path):
    printed = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", "--stack-depth", "256", path],
                             capture_output=True, text=True, check=True).stdout
    for event in json.loads(printed)["recording"]["events"]:
        trace = event["values"].get("stackTrace") or {}
        yield [f'{frame["method"]["type"]["name"].replace("/", ".")}.{frame["method"]["name"]}'
               for frame in trace.get("frames", [])]


def _library(frame):
    return next((name for prefix, name in LIBRARIES if frame.startswith(prefix)), "other")


def summary(path, top=5):
    hottest, own, libraries, total = Counter(), Counter(), Counter(), 0
    for stack in _frames(path):
        if not stack:
            continue
        total += 1
        hottest[stack[0]] += 1
        libraries[_library(stack[0])] += 1
        own[next((frame for frame in stack if frame.startswith(OWN)), "(none of ours on the stack)")] += 1

    def shares(counter):
        return [[name, round(100 * count / total, 1)] for name, count in counter.most_common(top)] if total else []
    return {"samples": total, "libraries": shares(libraries), "hottest": shares(hottest), "own": shares(own)}


def main(directory, results):
    with open(results, "a") as out:
        for name in sorted(os.listdir(directory)):
            if name.endswith(".jfr"):
                out.write(json.dumps({"stack": "app", "endpoint": name[:-4], "profile": summary(os.path.join(directory, name))},
                                     ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
