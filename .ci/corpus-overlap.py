#!/usr/bin/env python3
"""Fails when a file of the repository shares a run of 8 or more words with one of the
corpora in ../shared/data (TempEval-3 train, PolNeAR, the Reuters stories, the seed
article).

The corpora are for evaluation only: fixtures, tests, comments and documentation are
written in our own words. Eight words in a row is long enough that a match is a copy,
not a common phrase of news English. Prints each file with its copied runs.

Usage: .ci/corpus-overlap.py [DATA_DIR]   (default ../shared/data; skipped if absent)
"""
import json
import re
import subprocess
import sys
from pathlib import Path

N = 8


def words(text):
    return re.findall(r"[A-Za-z0-9']+", text.lower())


def shingles(text):
    w = words(text)
    return {tuple(w[i : i + N]) for i in range(len(w) - N + 1)}


def corpus(data):
    seen = set()
    for line in open(data / "te3-train/docs.jsonl", encoding="utf-8"):
        seen |= shingles(json.loads(line)["text"])
    for split in ("train", "dev"):
        for line in open(data / f"polnear/{split}.jsonl", encoding="utf-8"):
            seen |= shingles(json.loads(line)["text"])
    for line in open(data / "reuters-conflict/articles.jsonl", encoding="utf-8"):
        doc = json.loads(line)
        seen |= shingles(doc.get("body", "")) | shingles(doc.get("title", ""))
    for seed in (data / "seed").glob("*.txt"):
        seen |= shingles(seed.read_text(encoding="utf-8"))
    return seen


def main():
    data = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
    if not data.is_dir():
        print(f"corpus overlap check skipped: {data} is absent")
        return 0
    seen = corpus(data)
    files = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    copied = 0
    for name in files:
        try:
            text = Path(name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        w = words(text)
        hits = [i for i in range(len(w) - N + 1) if tuple(w[i : i + N]) in seen]
        if not hits:
            continue
        copied += 1
        # Merge overlapping windows into runs, and show a few.
        runs, start, prev = [], hits[0], hits[0]
        for h in hits[1:]:
            if h > prev + 1:
                runs.append((start, prev))
                start = h
            prev = h
        runs.append((start, prev))
        for a, b in runs[:5]:
            print(f"{name}: {' '.join(w[a : b + N])}")
    if copied:
        print(f"{copied} file(s) share runs of {N}+ words with the corpora: rewrite them in your own words")
        return 1
    print(f"no run of {N}+ words shared with the corpora in {data}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
