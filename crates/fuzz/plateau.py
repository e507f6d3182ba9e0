#!/usr/bin/env python3
"""Summarise a run.sh log: run time, executions, final coverage, and when it last grew."""
import re
import sys

for path in sys.argv[1:]:
    last_cov, last_growth, end, execs, crashes = None, 0.0, 0.0, 0, 0
    for line in open(path, errors="replace"):
        m = re.match(r"\[\s*([\d.]+)s\] (.*)", line)
        if not m:
            continue
        t, rest = float(m.group(1)), m.group(2)
        end = t
        cov = re.search(r"cov: (\d+)", rest)
        ex = re.match(r"#(\d+)", rest)
        if ex:
            execs = max(execs, int(ex.group(1)))
        if cov:
            c = int(cov.group(1))
            if last_cov is None or c > last_cov:
                last_cov, last_growth = c, t
        if "CRASH" in rest or "deadly signal" in rest:
            crashes += 1
    print(f"{path}: ran {end:.0f} s, {execs} execs, cov {last_cov}, last growth at {last_growth:.0f} s, crash lines {crashes}")
