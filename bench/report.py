"""Turns the raw wrk results of bench/run.sh into results.csv, results.md and results.svg: throughput
as a ratio to the static GET /v1 of the same scale and run, latencies, and the goals of issue 8.

    python3 bench/report.py RAW_CSV STARTUP_CSV EXPORT_ROWS_CSV OUT_DIR MACHINE_NOTE LOAD_NOTE
"""
import csv
import math
import sys
from html import escape

SCENARIOS = {
    "static": "GET /v1 (static index, the ceiling)",
    "list_page1": "programs, filtered, page 1",
    "list_page1000": "programs, filtered, page 1,000",
    "list_304": "programs, filtered, conditional GET: 304",
    "list_page1_uncached": "programs, filtered, page 1, response not cached",
    "list_page1000_uncached": "programs, filtered, page 1,000, response not cached",
    "list_count_cold": "programs, filtered, page 1, response and total not cached",
    "salaries": "salaries of one occupation and state",
    "salaries_uncached": "salaries of one occupation and state, response not cached",
    "pathways": "GET /v1/pathways?certification=cpc",
    "pathways_uncached": "pathways to CPC from one state, neither response nor routes cached",
    "csv_export": "CSV export of up to 10,000 rows in one request, response not cached",
    "csv_export_100k": "CSV export of up to 100,000 rows (every program of known cost) in one request",
    "static_end": "GET /v1 again, at the end",
    "list_page1_memory": "programs, filtered, page 1, fresh server, rate limits in memory",
    "list_304_memory": "programs, filtered, 304, fresh server, rate limits in memory",
    "list_page1_redis": "programs, filtered, page 1, fresh server, rate limits in Redis",
    "list_304_redis": "programs, filtered, 304, fresh server, rate limits in Redis",
}
MIN_REDIS_RATIO, MIN_EXPORT_ROWS_PER_S = 0.7, 200_000
MAX_RSS_MIB, MAX_STARTUP_S = 400, 3.0


def read_results(raw):
    rows = {}
    for r in csv.DictReader(open(raw)):
        seconds = int(r["duration_us"]) / 1e6
        rows[(int(r["scale"]), r["scenario"])] = {
            "rps": int(r["requests"]) / seconds,
            "p50": int(r["p50_us"]) / 1000, "p90": int(r["p90_us"]) / 1000, "p99": int(r["p99_us"]) / 1000,
            "errors": int(r["socket_errors"]) + int(r["status_errors"]),
            "rss": int(r["rss_kib"]) / 1024,
        }
    for (scale, _), row in rows.items():
        row["ratio"] = row["rps"] / static_rps(rows, scale)
    return rows


def static_rps(rows, scale):
    """The ceiling: GET /v1 measured first and last, averaged."""
    ends = [rows[(scale, n)]["rps"] for n in ("static", "static_end") if (scale, n) in rows]
    return sum(ends) / len(ends)


def goals(rows, startups, export_rows, scales):
    """(goal, measured, met) for every goal of issue 8 at every scale measured."""
    out = []

    def ratio(goal, scenario, minimum):
        for s in scales:
            if (s, scenario) in rows:
                value = rows[(s, scenario)]["ratio"]
                out.append((f"{goal} ({s}x)", f"{value:.2f}x static (goal >= {minimum}x)", value >= minimum))
            else:
                out.append((f"{goal} ({s}x)", "not measured (skipped with BENCH_SKIP, or not served)", None))

    ratio("Filtered list page 1, cache miss", "list_page1", 0.25)
    ratio("The same when the service's response cache misses too", "list_page1_uncached", 0.25)
    ratio("Conditional GET answered 304", "list_304", 0.8)
    ratio("Pathways", "pathways", 0.15)
    big, small = max(scales), min(scales)
    if big != small:
        for scenario in SCENARIOS:
            if (big, scenario) in rows and (small, scenario) in rows:
                value = rows[(big, scenario)]["p99"] / rows[(small, scenario)]["p99"]
                out.append((f"p99 at {big}x / p99 at {small}x: {scenario}", f"{value:.2f} (goal <= 1.5)", value <= 1.5))
    for s in scales:
        for deep, first in (("list_page1000", "list_page1"), ("list_page1000_uncached", "list_page1_uncached")):
            if (s, deep) not in rows or (s, first) not in rows:
                continue
            value = rows[(s, deep)]["p99"] / rows[(s, first)]["p99"]
            out.append((f"p99 {deep} / p99 {first} ({s}x)", f"{value:.2f} (goal <= 1.5)", value <= 1.5))
    for s in scales:
        if (s, "list_page1_uncached") not in rows or (s, "list_count_cold") not in rows:
            continue
        value = rows[(s, "list_page1_uncached")]["rps"] / rows[(s, "list_count_cold")]["rps"] - 1
        out.append((f"Total count: list_count_cold over list_page1_uncached ({s}x)",
                    f"{value * 100:.0f} % when every request has a filter of its own (goal <= 20 %)",
                    value <= 0.2))
    for s in scales:
        for redis, memory in (("list_page1_redis", "list_page1_memory"), ("list_304_redis", "list_304_memory")):
            if (s, redis) in rows:
                value = rows[(s, redis)]["rps"] / rows[(s, memory)]["rps"]
                out.append((f"Rate limits in Redis / in memory: {memory} ({s}x)",
                            f"{value:.2f} (goal >= {MIN_REDIS_RATIO})", value >= MIN_REDIS_RATIO))
        for export in ("csv_export", "csv_export_100k"):
            if (s, export) in rows and (s, export) in export_rows:
                value = rows[(s, export)]["rps"] * export_rows[(s, export)]
                out.append((f"CSV export rows a second, {export_rows[(s, export)]:,}-row export, two at a time ({s}x)",
                            f"{value:,.0f} (goal >= {MIN_EXPORT_ROWS_PER_S:,}); max RSS {rows[(s, export)]['rss']:.0f} MiB",
                            value >= MIN_EXPORT_ROWS_PER_S))
    for s in scales:
        out.append((f"First response after JVM start ({s}x)", f"{startups[s]:.2f} s (goal <= {MAX_STARTUP_S} s)",
                    startups[s] <= MAX_STARTUP_S))
        rss = max(r["rss"] for (scale, _), r in rows.items() if scale == s)
        out.append((f"Resident memory under load ({s}x)", f"{rss:.0f} MiB (goal <= {MAX_RSS_MIB} MiB)",
                    rss <= MAX_RSS_MIB))
    return out


def svg(rows, scales, path):
    names = [n for n in SCENARIOS if any((s, n) in rows for s in scales)]
    colors = ["#4878a8", "#e0863a", "#5aa05a", "#b04a4a"]
    width, left, row_h = 980, 330, 34
    panel_h = len(names) * row_h + 70
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{2 * panel_h + 40}" '
           f'font-family="sans-serif" font-size="12">', '<rect width="100%" height="100%" fill="white"/>']

    def panel(top, title, values, unit, ticks, position):
        """Horizontal bars; position maps a value to 0..1 of the plot width."""
        plot_w = width - left - 40
        out.append(f'<text x="10" y="{top + 16}" font-size="14" font-weight="bold">{escape(title)}</text>')
        lx = left
        for j, (label, _, _) in enumerate(values):
            out.append(f'<rect x="{lx}" y="{top + 26}" width="10" height="10" fill="{colors[j]}"/>')
            out.append(f'<text x="{lx + 14}" y="{top + 35}">{escape(label)}</text>')
            lx += 14 + 7 * len(label) + 16
        y0 = top + 48
        for t in ticks:
            x = left + plot_w * position(t)
            out.append(f'<line x1="{x:.1f}" y1="{y0}" x2="{x:.1f}" y2="{y0 + len(names) * row_h}" stroke="#ddd"/>')
            out.append(f'<text x="{x:.1f}" y="{y0 + len(names) * row_h + 14}" text-anchor="middle">{t:g}{unit}</text>')
        for i, name in enumerate(names):
            y = y0 + i * row_h
            out.append(f'<text x="{left - 8}" y="{y + row_h / 2 + 4}" text-anchor="end">{escape(SCENARIOS[name])}</text>')
            for j, (_, scale, key) in enumerate(values):
                if (scale, name) not in rows:
                    continue
                v = rows[(scale, name)][key]
                w = plot_w * max(0.0, min(1.0, position(v)))
                h = (row_h - 8) / len(values) - 1
                by = y + 4 + j * (h + 1)
                out.append(f'<rect x="{left}" y="{by:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{colors[j]}"/>')
                out.append(f'<text x="{left + w + 3:.1f}" y="{by + h - 1:.1f}" font-size="9">{v:.2f}</text>')

    ratio_max = max(1.0, max(rows[(s, n)]["ratio"] for s in scales for n in names if (s, n) in rows))
    panel(0, "Throughput relative to GET /v1 in the same run", [(f"{s}x data", s, "ratio") for s in scales], "x",
          [t / 4 for t in range(0, int(ratio_max * 4) + 1)], lambda v: v / ratio_max)
    # Latencies span four orders of magnitude: a log scale from 0.1 ms.
    lat = [(f"p{p} at {s}x", s, f"p{p}") for s in scales for p in (50, 99)]
    decades = math.ceil(math.log10(max(rows[(s, n)][k] for _, s, k in lat for n in names if (s, n) in rows) / 0.1))
    panel(panel_h + 20, "Latency (ms, log scale)", lat, "", [0.1 * 10 ** d for d in range(decades + 1)],
          lambda v: math.log10(max(v, 0.1) / 0.1) / decades)
    out.append("</svg>")
    open(path, "w").write("\n".join(out) + "\n")


def main(raw, startup_csv, export_rows_csv, out, machine, load):
    rows = read_results(raw)
    export_rows = {(int(r["scale"]), r["scenario"]): int(r["rows"]) for r in csv.DictReader(open(export_rows_csv))}
    startups = {int(r["scale"]): float(r["startup_s"]) for r in csv.DictReader(open(startup_csv))}
    startup_cpu = {int(r["scale"]): float(r["startup_cpu_s"]) for r in csv.DictReader(open(startup_csv))}
    scales = sorted({s for s, _ in rows})
    with open(f"{out}/results.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["scale", "scenario", "requests_per_s", "ratio_to_static", "p50_ms", "p90_ms", "p99_ms",
                    "errors", "max_rss_mib"])
        for (s, n), r in sorted(rows.items(), key=lambda kv: (kv[0][0], list(SCENARIOS).index(kv[0][1]))):
            w.writerow([s, n, f"{r['rps']:.0f}", f"{r['ratio']:.3f}", f"{r['p50']:.2f}", f"{r['p90']:.2f}",
                        f"{r['p99']:.2f}", r["errors"], f"{r['rss']:.0f}"])
    md = ["# Benchmark results", "", f"Machine: {machine}.  ", f"Load: {load}.  ",
          "x static: requests per second over the mean of GET /v1 measured first and last at the same scale.", "",
          "| scale | scenario | req/s | x static | p50 ms | p99 ms | errors | max RSS MiB |",
          "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for (s, n), r in sorted(rows.items(), key=lambda kv: (kv[0][0], list(SCENARIOS).index(kv[0][1]))):
        md.append(f"| {s}x | {SCENARIOS[n]} | {r['rps']:.0f} | {r['ratio']:.2f} | {r['p50']:.2f} | {r['p99']:.2f} "
                  f"| {r['errors']} | {r['rss']:.0f} |")
    md += ["", "First successful response after JVM start: "
           + ", ".join(f"{startups[s]:.2f} s at {s}x ({startup_cpu[s]:.2f} s of CPU)" for s in scales) + ".", "",
           "## Goals", "", "| goal | measured | met |", "| --- | --- | --- |"]
    for goal, measured, met in goals(rows, startups, export_rows, scales):
        md.append(f"| {goal} | {measured} | {'n/a' if met is None else 'yes' if met else '**no**'} |")
    md += ["", "![throughput and latency per scenario](results.svg)", ""]
    open(f"{out}/results.md", "w").write("\n".join(md))
    svg(rows, scales, f"{out}/results.svg")


if __name__ == "__main__":
    main(*sys.argv[1:7])
