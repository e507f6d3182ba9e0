#!/usr/bin/env bash
# The Spark recipe of docs/scaling.md, end to end: build dateline, make an article set
# from the shared corpora, run the map step on Spark (local[2]) with the set cut into
# partitions, reduce with `dateline merge`, and check that the timeline is byte for
# byte the one a single `dateline run` gives.
#
# Usage: crates/bench/spark/run.sh [ARTICLES] [PARTITIONS]
# PySpark is installed outside the repository, in $PEERS (default /work/peers); Java 17
# must be on the PATH. Work files go to target/spark.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
articles="${1:-3000}"
partitions="${2:-6}"
peers="${PEERS:-/work/peers}"
data="$root/../shared/data"
work="$root/target/spark"
if [[ ! -d "$data" ]]; then
    echo "skipping: $data is absent" >&2
    exit 0
fi

if ! command -v java > /dev/null; then
    echo "skipping: java is absent (Spark needs Java 17)" >&2
    exit 0
fi
# Spark binds to loopback only: the job needs no network.
export SPARK_LOCAL_IP=127.0.0.1

if [[ ! -x "$peers/venv/bin/python" ]]; then
    mkdir -p "$peers"
    python3 -m venv "$peers/venv"
fi
if ! "$peers/venv/bin/python" -c "import pyspark" 2>/dev/null; then
    "$peers/venv/bin/pip" install -q pyspark
fi

(cd "$root" && cargo build --release --locked -q -p dateline -p dateline-bench)
bin="$root/target/release/dateline"
rm -rf "$work"
mkdir -p "$work"
"$root/target/release/dateline-bench" generate --data "$data" --articles "$articles" --join 1 \
    --out "$work/articles.jsonl" >/dev/null

for mode in full compact; do
    flag=""
    [[ "$mode" == compact ]] && flag="--compact"
    start=$(date +%s.%N)
    PYSPARK_PYTHON="$peers/venv/bin/python" "$peers/venv/bin/python" "$here/spark_extract.py" \
        "$bin" "$work/articles.jsonl" "$work/map-$mode" "$partitions" $flag
    end=$(date +%s.%N)
    # The parts in the order Spark wrote them (part-00000, part-00001, ...).
    "$bin" merge --format json "$work/map-$mode"/part-* > "$work/merged-$mode.json"
    echo "spark map ($mode records): $(ls "$work/map-$mode"/part-* | wc -l) parts, $(cat "$work/map-$mode"/part-* | wc -l) records, $(python3 -c "print(f'{$end - $start:.1f}')") s"
done
"$bin" run --format json - < "$work/articles.jsonl" > "$work/single-run.json"

status=0
for mode in full compact; do
    if cmp -s "$work/merged-$mode.json" "$work/single-run.json"; then
        echo "ok: merged $mode parts = one dateline run ($(wc -c < "$work/single-run.json") bytes)"
    else
        echo "FAILED: merged $mode parts differ from one dateline run" >&2
        status=1
    fi
done
exit $status
