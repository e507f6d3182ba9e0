#!/usr/bin/env bash
# Fuzz one target for a fixed time at the lowest priority, keeping going after a
# crash (each crash is saved under artifacts/TARGET/). The log, with elapsed seconds
# on every line, goes to logs/TARGET.log; `./plateau.py logs/TARGET.log` says when
# coverage last grew.
#   usage: crates/fuzz/run.sh TARGET SECONDS [extra libFuzzer flags]
set -euo pipefail
cd "$(dirname "$0")"
target=$1 seconds=$2
shift 2
mkdir -p "corpus/$target" "artifacts/$target" logs
export RUSTC_BOOTSTRAP=1
cargo fuzz build --fuzz-dir . -O "$target"
nice -n 19 cargo fuzz run --fuzz-dir . -O "$target" "corpus/$target" -- \
  -max_total_time="$seconds" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
  -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
  -artifact_prefix="artifacts/$target/" "$@" 2>&1 |
  python3 -u -c '
import sys, time
t0 = time.time()
for line in sys.stdin:
    sys.stdout.write(f"[{time.time() - t0:7.1f}s] {line}")
' > "logs/$target.log"
