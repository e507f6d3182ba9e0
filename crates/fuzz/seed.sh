#!/usr/bin/env bash
# Fill corpus/TARGET with seed inputs made from the project's own example articles and
# fixtures (never from the evaluation corpora). The corpus is not committed; findings
# are, under regressions/TARGET.
set -euo pipefail
cd "$(dirname "$0")"
root=../..
ex=$root/docs/examples/articles
for t in read_text read_front_matter read_json read_json_lines read_timeml segment \
  plugin_dates plugin_casualties plugin_quotes abi_output abi_packed worker_reply merge; do
  mkdir -p "corpus/$t"
  # The committed regression inputs seed every target too.
  if [ -d "regressions/$t" ]; then cp regressions/$t/* "corpus/$t/" 2>/dev/null || true; fi
done
for f in "$ex"/*.txt "$ex"/*.md "$root"/tests/fixtures/timeline/*; do
  for t in read_text segment plugin_dates plugin_casualties plugin_quotes merge; do
    cp "$f" "corpus/$t/$(basename "$f")"
  done
done
for f in "$ex"/*.md "$root"/tests/fixtures/timeline/*.md; do
  # The front matter target adds the opening +++ line itself.
  tail -n +2 "$f" > "corpus/read_front_matter/$(basename "$f")"
done
cp "$ex"/*.json corpus/read_json/
cp "$ex"/*.jsonl corpus/read_json_lines/
cp "$ex"/*.jsonl corpus/read_json/
cat > corpus/read_timeml/seed.tml <<'TML'
<?xml version="1.0" ?>
<TimeML>
<DOCID>seed</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-04-16" functionInDocument="CREATION_TIME">April 16, 2024</TIMEX3></DCT>
<TITLE>River &amp; dam</TITLE>
<TEXT>
The river <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-04-15">on Monday</TIMEX3>; <!-- a note --> caf&#233;s <![CDATA[<closed>]]>.
</TEXT>
</TimeML>
TML
# Plugin output as the C ABI carries it: a status byte (1 = Ok after the target's
# mapping), then a JSON array of claims of each kind, made by the real plugins.
printf '\x01[]' > corpus/abi_output/empty
printf '\x01[{"kind":"other","span":{"start":0,"end":5},"payload":{}}]' > corpus/abi_output/other
printf '\x03boom' > corpus/abi_output/panic
printf '0 2\n[]2 4\nboom' > corpus/worker_reply/two
RUSTC_BOOTSTRAP=1 cargo run --quiet --release --bin seeds -- corpus/abi_output corpus/abi_packed
