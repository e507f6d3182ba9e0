#!/usr/bin/env python3
"""Summarise run.sh logs: run time, executions, final coverage, when it last grew, and
how much it grew in the last quarter of the run (near zero means it has levelled off)."""
import re
import sys

for path in sys.argv[1:]:
    points, execs, crashes = [], 0, 0
    for line in open(path, errors="replace"):
        m = re.match(r"\[\s*([\d.]+)s\] (.*)", line)
        if not m:
            continue
        t, rest = float(m.group(1)), m.group(2)
        cov = re.search(r"cov: (\d+)", rest)
        ex = re.match(r"#(\d+)", rest)
        if ex:
            execs = max(execs, int(ex.group(1)))
        if cov:
            points.append((t, int(cov.group(1))))
        if "deadly signal" in rest:
            crashes += 1
    if not points:
        print(f"{path}: no coverage lines")
        continue
    end, final = points[-1]
    last_growth = next(t for t, c in points if c == final)
    at_3q = max((c for t, c in points if t <= 0.75 * end), default=points[0][1])
    print(
        f"{path}: ran {end:.0f} s, {execs} execs, cov {final}, last growth at {last_growth:.0f} s, "
        f"+{final - at_3q} in the last quarter, crashes {crashes}"
    )
