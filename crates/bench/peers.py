"""The measurements behind crates/bench/peers.sh (see there). Every figure is the CPU
time (user + system, children included) of a whole process, start to exit, so each side
pays for starting up, reading its input and writing its output; CPU time rather than
wall time, because the machine is shared."""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def run(cmd, env=None, stdout=subprocess.DEVNULL, cwd=None):
    """CPU and wall seconds of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=stdout, stderr=subprocess.DEVNULL, env=env, cwd=cwd)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def write_jsonl(path, docs, times=1):
    with open(path, "w", encoding="utf-8") as f:
        for r in range(times):
            for d in docs:
                f.write(json.dumps(d) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--heideltime-jar", required=True)
    ap.add_argument("--node-path", required=True)
    ap.add_argument("--repeat", type=int, default=20, help="copies of the set dateline reads, for a measurable time")
    a = ap.parse_args()
    root, work = a.root, a.work
    dateline = os.path.join(root, "target/release/dateline")
    lib = os.path.join(root, "target/release/libdateline_dates.so")

    # The same documents for every side: the TempEval-3 training texts for dates, the
    # PolNeAR dev texts for quotes.
    te3 = [json.loads(l) for l in open(os.path.join(a.data, "te3-train/docs.jsonl"), encoding="utf-8")]
    te3_docs = [{"id": d["doc"], "published": d["dct"][:10], "text": d["text"]} for d in te3]
    te3_mb = sum(len(d["text"].encode()) for d in te3) / 1e6
    pol = [json.loads(l) for l in open(os.path.join(a.data, "polnear/dev.jsonl"), encoding="utf-8") if l.strip()]
    pol_docs = [{"id": d["id"], "text": d["text"]} for d in pol]
    pol_mb = sum(len(d["text"].encode()) for d in pol) / 1e6

    tmp = tempfile.mkdtemp(prefix="dateline-peers-")
    te3_many = os.path.join(tmp, "te3.jsonl")
    pol_many = os.path.join(tmp, "polnear.jsonl")
    write_jsonl(te3_many, te3_docs, a.repeat)
    write_jsonl(pol_many, pol_docs, a.repeat)
    # One text file per document plus a manifest of (file, DCT) for the HeidelTime driver.
    os.makedirs(os.path.join(work, "texts"), exist_ok=True)
    with open(os.path.join(work, "manifest.tsv"), "w") as m:
        for i, d in enumerate(te3):
            p = os.path.join(work, "texts", f"{i:04}.txt")
            with open(p, "w", encoding="utf-8") as f:
                f.write(d["text"])
            m.write(f"{p}\t{d['dct'][:10]}\n")
    # The bundled dates plugin loaded from its library, the compiled-in one switched off.
    config = os.path.join(tmp, "dynamic.toml")
    with open(config, "w") as f:
        f.write("[plugins.dates]\nenabled = false\n[plugins.casualties]\nenabled = false\n"
                "[plugins.quotes]\nenabled = false\n\n[[load]]\npath = %s\n" % json.dumps(lib))

    node_env = dict(os.environ, NODE_PATH=a.node_path)
    chrono_js = os.path.join(root, "plugins/dates/benches/peers/chrono_driver.js")
    te3_once = os.path.join(tmp, "te3-once.jsonl")
    with open(te3_once, "w", encoding="utf-8") as f:
        for d in te3:
            f.write(json.dumps(d) + "\n")
    quotes_bench = os.path.join(root, "plugins/quotes/benches")
    textacy_code = (
        "import json, sys; sys.path.insert(0, %r); import textacy_compare as t; "
        "texts = [json.loads(l)['text'] for l in open(%r) if l.strip()]; t.textacy_speed(texts)"
        % (quotes_bench, os.path.join(a.data, "polnear/dev.jsonl"))
    )

    rows = {k: [] for k in ["dates", "dates_dynamic", "chrono", "heideltime", "quotes", "textacy"]}
    for rep in range(a.reps):
        n = a.repeat
        cpu, wall = run([dateline, "extract", "--only", "dates", "--jobs", "1", te3_many])
        rows["dates"].append(te3_mb * n / cpu)
        cpu, wall = run([dateline, "extract", "--config", config, "--jobs", "1", te3_many])
        rows["dates_dynamic"].append(te3_mb * n / cpu)
        cpu, wall = run(["node", chrono_js, te3_once], env=node_env)
        rows["chrono"].append(te3_mb / cpu)
        cpu, wall = run(["java", "-cp", a.heideltime_jar + ":" + work, "HeidelDriver",
                         os.path.join(work, "config.props"), os.path.join(work, "manifest.tsv")], cwd=work)
        rows["heideltime"].append(te3_mb / cpu)
        cpu, wall = run([dateline, "extract", "--only", "quotes", "--jobs", "1", pol_many])
        rows["quotes"].append(pol_mb * n / cpu)
        cpu, wall = run([sys.executable, "-c", textacy_code])
        rows["textacy"].append(pol_mb / cpu)
        print(f"rep {rep + 1}: " + ", ".join(f"{k} {v[-1]:.4g} MB/s" for k, v in rows.items()), flush=True)

    med = {k: statistics.median(v) for k, v in rows.items()}
    ratios = {
        "dates_over_chrono": [d / c for d, c in zip(rows["dates"], rows["chrono"])],
        "dates_over_heideltime": [d / h for d, h in zip(rows["dates"], rows["heideltime"])],
        "quotes_over_textacy": [q / t for q, t in zip(rows["quotes"], rows["textacy"])],
        "dynamic_boundary_cost": [1 - y / d for d, y in zip(rows["dates"], rows["dates_dynamic"])],
    }
    print()
    print(f"documents: te3-train {len(te3)} docs {te3_mb:.3f} MB (dateline reads {a.repeat} copies); "
          f"polnear dev {len(pol)} docs {pol_mb:.3f} MB (dateline reads {a.repeat} copies)")
    print("whole process, CPU time, median of %d repetitions:" % a.reps)
    for k, v in med.items():
        print(f"  {k:<14} {v:10.4f} MB/s")
    targets = {"dates_over_chrono": ">= 20", "dates_over_heideltime": ">= 5000",
               "quotes_over_textacy": ">= 1000", "dynamic_boundary_cost": "< 0.10"}
    for k, v in ratios.items():
        m = statistics.median(v)
        fmt = f"{m * 100:.1f} %" if k == "dynamic_boundary_cost" else f"{m:,.1f}x"
        print(f"  {k:<24} {fmt:>12}   (per repetition: {', '.join(f'{x:.3g}' for x in v)}; target {targets[k]})")


if __name__ == "__main__":
    main()
