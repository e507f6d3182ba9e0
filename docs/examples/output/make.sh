#!/usr/bin/env bash
# Regenerates the timeline of the bundled example articles in every format, as the
# README's first command makes it, for docs/examples/output/. The test
# `examples::the_documented_outputs_are_current` fails when these files are stale; the
# screenshot (timeline.png) comes from the browser test, which saves it under
# target/browser/examples.png.
set -euo pipefail
cd "$(dirname "$0")/../../.."
bin=${DATELINE:-target/release/dateline}
[ -x "$bin" ] || cargo build --release --locked
out=docs/examples/output
for ending in .md .json .csv .timelinejs.json .timelinejs.csv .html; do
  "$bin" run docs/examples/articles -o "$out/timeline$ending"
done
"$bin" run docs/examples/articles --top 3 -o "$out/top3.md"
if [ -f target/browser/examples.png ]; then
  cp target/browser/examples.png "$out/timeline.png"
fi
