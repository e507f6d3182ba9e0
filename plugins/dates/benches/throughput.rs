//! Single-threaded throughput of the dates plugin over the te3-train texts.
//!
//! `cargo bench -p dateline-dates` reads `../shared/data/te3-train/docs.jsonl` (relative
//! to the workspace root) and reports MB/s (criterion's `Throughput::BytesDecimal`: 10^6
//! bytes); it skips with a message when the corpus is absent.

use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline_dates::Dates;

fn corpus() -> Option<Vec<(String, Option<chrono::NaiveDate>)>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = root.join("../shared/data/te3-train/docs.jsonl");
    let text = std::fs::read_to_string(&path).ok()?;
    let docs = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            let body = v["text"].as_str().unwrap_or("").to_owned();
            let dct = v["dct"]
                .as_str()
                .and_then(|s| chrono::NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok());
            (body, dct)
        })
        .collect();
    Some(docs)
}

fn bench(c: &mut Criterion) {
    let Some(docs) = corpus() else {
        eprintln!("skipping the dates benchmark: ../shared/data/te3-train/docs.jsonl is absent");
        return;
    };
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let dates = Dates::default();
    let mut group = c.benchmark_group("dates");
    group.throughput(Throughput::BytesDecimal(bytes as u64));
    group.sample_size(20);
    group.bench_function("te3-train", |b| {
        b.iter(|| {
            let mut n = 0;
            for (text, dct) in &docs {
                n += dates.find(std::hint::black_box(text), *dct).len();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
