#!/usr/bin/env python3
"""Writes the README's benchmark table from one JMH JSON result file and the output of cold-start.sh.

usage: samples/bench/readme-table.py RESULTS_JSON COLD_START_OUTPUT JMH_COMMAND COLD_START_COMMAND > TABLE_MD
"""
import json
import platform
import re
import subprocess
import sys
from datetime import datetime, timezone


def metric(entry, name):
    for key, value in entry.get("secondaryMetrics", {}).items():
        if key.lstrip("\u00b7") == name:
            return value["score"]
    return None


def main():
    results_file, cold_file, jmh_command, cold_command = sys.argv[1:5]
    results = json.load(open(results_file))
    render = {}
    baseline = {}
    floor = {}
    ledger = {}
    for r in results:
        name = r["benchmark"].split(".")
        score, error = r["primaryMetric"]["score"], r["primaryMetric"]["scoreError"]
        alloc = metric(r, "gc.alloc.rate.norm")
        threads = r["threads"]
        if "RenderBenchmark" in r["benchmark"]:
            render[(r["params"]["letter"], threads)] = (score, error, alloc)
        elif "BaselineBenchmark" in r["benchmark"]:
            baseline[(name[-1], threads)] = (score, error, alloc)
        elif "Docx4jFloorBenchmark" in r["benchmark"]:
            floor[threads] = (score, error, alloc)
        elif "LedgerBenchmark" in r["benchmark"]:
            ledger[(name[-1], int(r["params"]["entries"]))] = (score, error, alloc)

    cpu = "unknown"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read()).group(1))
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[1]
    nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()

    out = []
    out.append("## Benchmarks")
    out.append("")
    out.append(f"Machine: {nproc} CPUs ({cpu}), {mem_kb / 1024 / 1024:.1f} GiB RAM, {platform.system()} "
               f"{platform.release()}; Java: {java}. Measured {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC.")
    out.append("")
    out.append("### Warm render (letters per second, higher is better)")
    out.append("")
    out.append("| Letter | 1 thread | 2 threads | 2-thread scaling | Allocated per letter |")
    out.append("|---|---:|---:|---:|---:|")
    for letter in sorted({k[0] for k in render}):
        one = render.get((letter, 1))
        two = render.get((letter, 2))
        scaling = f"{two[0] / one[0]:.2f}×" if one and two else "–"
        out.append(f"| {letter} | {one[0]:,.0f} ± {one[1]:,.0f} | {two[0]:,.0f} ± {two[1]:,.0f} | {scaling} "
                   f"| {one[2] / 1024:,.0f} KB |")
    rows = [("docx4j's floor: saving the prepared package, no mapping", floor.get(1), floor.get(2)),
            ("Apache POI XWPF (baseline), the same demand letter", baseline.get(("poiXwpf", 1)),
             baseline.get(("poiXwpf", 2)))]
    for label, one, two in rows:
        if one and two:
            alloc = f"{one[2] / 1024:,.0f} KB" if one[2] else "–"
            out.append(f"| {label} | {one[0]:,.0f} ± {one[1]:,.0f} | {two[0]:,.0f} ± {two[1]:,.0f} "
                       f"| {two[0] / one[0]:.2f}× | {alloc} |")
    out.append("")
    demand = render.get(("speech-one-of-three/DEMAND", 1))
    demand2 = render.get(("speech-one-of-three/DEMAND", 2))
    poi = baseline.get(("poiXwpf", 1))
    if demand and demand2 and poi and floor.get(1):
        out.append("Demand letter (speech-one-of-three): "
                   f"**{demand[0] / poi[0]:.2f}×** the throughput of Apache POI XWPF (target ≥ 2×), "
                   f"**{floor[1][0] / demand[0]:.2f}×** the time of docx4j's floor (target ≤ 2×), "
                   f"two threads **{demand2[0] / demand[0]:.2f}×** one (target ≥ 1.6×).")
        out.append("")
    out.append("### Ledger and plan of a 40-line case (milliseconds per call, lower is better)")
    out.append("")
    out.append("| Log entries | Ledger | Plan | Ledger growth | Plan growth | Ledger allocation |")
    out.append("|---:|---:|---:|---:|---:|---:|")
    previous = None
    for n in sorted({k[1] for k in ledger if ("plan", k[1]) in ledger}):
        l, p = ledger[("ledger", n)], ledger[("plan", n)]
        growth_l = f"{l[0] / previous[0]:.1f}×" if previous else "–"
        growth_p = f"{p[0] / previous[1]:.1f}×" if previous else "–"
        out.append(f"| {n:,} | {l[0]:.2f} ± {l[1]:.2f} | {p[0]:.2f} ± {p[1]:.2f} | {growth_l} | {growth_p} "
                   f"| {l[2] / 1024:,.0f} KB |")
        previous = (l[0], p[0])
    out.append("")
    out.append("### Cold start of `generate` for one demand letter (whole process, milliseconds, lower is better)")
    out.append("")
    out.append("| Variant | Median | Min | Max | Runs |")
    out.append("|---|---:|---:|---:|---|")
    for line in open(cold_file):
        m = re.match(r"^(plain|AppCDS.*?|-XX:TieredStopAtLevel=1)\s+(\d+)\s+(\d+)\s+(\d+)\s+(.*)$", line.strip())
        if m:
            out.append(f"| {m.group(1)} | {m.group(2)} | {m.group(3)} | {m.group(4)} | {m.group(5)} |")
    out.append("")
    out.append("Targets: < 2000 ms without AppCDS, < 1200 ms with the launcher's AppCDS archive and C1.")
    out.append("")
    out.append("### Commands")
    out.append("")
    out.append("```")
    out.append(cold_command)
    out.append(jmh_command)
    out.append("samples/bench/readme-table.py samples/benchmarks/results.json samples/benchmarks/cold-start.txt "
               "'<jmh command>' '<cold-start command>' > samples/benchmarks/README-table.md")
    out.append("```")
    print("\n".join(out))


if __name__ == "__main__":
    main()
