#!/usr/bin/env python3
"""Turns the JMH results of `./mvnw -Pbenchmark verify` into the tables of docs/performance.md.

Reads target/jmh-result.json and target/jmh-input-sizes.txt; prints Markdown to standard output.
"""
import json
import sys

results = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "target/jmh-result.json"))
sizes = {}
for line in open("target/jmh-input-sizes.txt"):
    name, count, total = line.split()
    sizes[name] = (int(count), int(total))

order = ["decodeOnly", "decodeAndParse", "parseBytes", "parseString", "headerOnly", "segmentOnly", "attributionOnly",
         "jsonLines", "jsonLinesBytes", "ninjsLines", "regexParser"]
inputs = ["seeds", "corpus", "1KB", "1MB", "10MB"]
table = {}
for r in results:
    name = r["benchmark"].rsplit(".", 1)[1]
    metric = r["primaryMetric"]
    alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
    table[(name, r["params"]["input"])] = (metric["score"], metric["scoreError"], metric["scoreUnit"], alloc)

for input_name in inputs:
    if input_name not in sizes:
        continue
    count, total = sizes[input_name]
    mean_bytes = total / count
    floor = table.get(("decodeOnly", input_name), (None,))[0]
    regex = table.get(("regexParser", input_name), (None,))[0]
    print(f"\n**{input_name}** ({count} article{'s' if count > 1 else ''}, {mean_bytes:,.0f} bytes on average)\n")
    print("| benchmark | time per article | ± (99.9%) | MB/s | × decode | regex ÷ this | allocated per article |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name in order:
        if (name, input_name) not in table:
            continue
        score, error, unit, alloc = table[(name, input_name)]
        micros = score if unit == "us/op" else None
        mbps = mean_bytes / micros if micros else float("nan")
        ratio = f"{score / floor:.2f}" if floor else ""
        versus_regex = f"{regex / score:.1f}" if regex and name in ("decodeAndParse", "parseBytes", "parseString") else ""
        allocated = f"{alloc:,.0f} B" if alloc is not None else ""
        shown = f"{score:,.2f} µs" if score < 10_000 else f"{score / 1000:,.1f} ms"
        print(f"| {name} | {shown} | {error:,.2f} | {mbps:,.0f} | {ratio} | {versus_regex} | {allocated} |")
