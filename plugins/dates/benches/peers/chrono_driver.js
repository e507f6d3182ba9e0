// Run chrono-node over the te3-train documents and report its throughput.
// Usage: node chrono_driver.js docs.jsonl
const fs = require("fs");
const chrono = require("chrono-node");
const docs = fs.readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean).map(JSON.parse);
let bytes = 0;
let found = 0;
const t0 = process.hrtime.bigint();
for (const d of docs) {
  bytes += Buffer.byteLength(d.text, "utf8");
  const ref = new Date(d.dct.slice(0, 10) + "T12:00:00Z");
  found += chrono.parse(d.text, ref).length;
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`chrono-node docs=${docs.length} bytes=${bytes} results=${found} process_s=${secs.toFixed(2)} MB/s=${(bytes / 1e6 / secs).toFixed(4)} docs/s=${(docs.length / secs).toFixed(2)}`);
