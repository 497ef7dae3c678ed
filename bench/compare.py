#!/usr/bin/env python3
# bench/compare.py: typed/raw time ratios from metrics_bench's JSON output.
# SPDX-License-Identifier: MIT
"""Pairs BM_<what>_typed/<n> with BM_<what>_raw/<n> and prints typed/raw of their medians.

Usage: compare.py RESULT.json [--limit 1.02] [--markdown]

Reads the JSON written by --benchmark_out (with --benchmark_repetitions, the median aggregate is used;
without, the single run). Exits 1 when a pair is missing its twin; a ratio above the limit is marked
but does not fail, since one run on a shared machine is not a verdict.
"""

import argparse
import json
import re
import sys

NAME = re.compile(r"^BM_(?P<what>.+)_(?P<kind>typed|raw)/(?P<args>[^_]+?)(?:_(?:median|mean|stddev|cv))?$")


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    runs = data.get("benchmarks", [])
    has_medians = any(b.get("aggregate_name") == "median" for b in runs)
    times = {}
    for b in runs:
        if has_medians and b.get("aggregate_name") != "median":
            continue
        if not has_medians and b.get("run_type") == "aggregate":
            continue
        name = b.get("run_name", b["name"])
        m = NAME.match(name)
        if not m:
            continue
        # cpu_time rather than real_time: on a shared machine it leaves out the time spent waiting for a core.
        times[(m["what"], m["args"], m["kind"])] = (b["cpu_time"], b.get("time_unit", "ns"))
    return data.get("context", {}), times


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("json")
    parser.add_argument("--limit", type=float, default=1.02)
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()

    context, times = load(args.json)
    pairs = sorted({(what, n) for (what, n, _) in times}, key=lambda p: (p[0], int(p[1]) if p[1].isdigit() else 0))
    missing = 0
    rows = []
    for what, n in pairs:
        typed = times.get((what, n, "typed"))
        raw = times.get((what, n, "raw"))
        if typed is None or raw is None:
            print(f"{what}/{n}: no {'raw' if raw is None else 'typed'} twin", file=sys.stderr)
            missing += 1
            continue
        ratio = typed[0] / raw[0]
        size = int(n) if n.isdigit() else 0
        per_value = f"{typed[0] / size:.2f} / {raw[0] / size:.2f}" if size and typed[1] == "ns" else "-"
        rows.append((what, n, typed, raw, ratio, per_value))

    print(f"# {context.get('host_name', '?')}, {context.get('num_cpus', '?')} CPUs, "
          f"{context.get('mhz_per_cpu', '?')} MHz; medians of cpu_time; limit {args.limit}")
    if args.markdown:
        print("| metric | values | typed | raw | ns/value typed / raw | typed/raw |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for what, n, typed, raw, ratio, per_value in rows:
            flag = "" if ratio <= args.limit else " (above)"
            print(f"| {what} | {n} | {typed[0]:.4g} {typed[1]} | {raw[0]:.4g} {raw[1]} | {per_value} | "
                  f"{ratio:.3f}{flag} |")
    else:
        print(f"{'metric':<18}{'values':>9}{'typed':>14}{'raw':>14}{'ns/value':>18}{'typed/raw':>11}")
        for what, n, typed, raw, ratio, per_value in rows:
            flag = "" if ratio <= args.limit else "  above limit"
            print(f"{what:<18}{n:>9}{typed[0]:>11.4g} {typed[1]:<2}{raw[0]:>11.4g} {raw[1]:<2}{per_value:>18}"
                  f"{ratio:>11.3f}{flag}")
    above = sum(1 for r in rows if r[4] > args.limit)
    print(f"# {len(rows)} pairs, {above} above {args.limit}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
