//! Throughput of the quotes plugin, single-threaded, over the PolNeAR dev texts.
//!
//! `cargo bench -p dateline-quotes` reports MB/s (criterion's `Throughput::BytesDecimal`: 10^6 bytes). The
//! corpus is read from `../shared/data/polnear/dev.jsonl` beside the checkout; without
//! it the bench prints why and measures nothing.

use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline_plugin::{Document, Extractor};
use dateline_quotes::Quotes;

/// The dev split, found from the crate's folder (plugins/quotes) or the workspace root.
fn corpus() -> Option<PathBuf> {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    [
        here.join("../../../shared/data/polnear/dev.jsonl"),
        here.join("../../shared/data/polnear/dev.jsonl"),
    ]
    .into_iter()
    .find(|p| p.is_file())
}

fn documents() -> Option<Vec<Document>> {
    let path = corpus()?;
    let body = std::fs::read_to_string(&path).ok()?;
    let docs = body
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| {
            dateline_plugin::serde_json::from_str::<dateline_plugin::serde_json::Value>(l).ok()
        })
        .filter_map(|v| {
            let id = v.get("id")?.as_str()?.to_owned();
            let text = v.get("text")?.as_str()?.to_owned();
            Some(Document::from_text(id, text))
        })
        .collect();
    Some(docs)
}

fn bench(c: &mut Criterion) {
    let Some(docs) = documents() else {
        eprintln!("skipping the quotes bench: ../shared/data/polnear/dev.jsonl is absent");
        return;
    };
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut group = c.benchmark_group("quotes");
    group.throughput(Throughput::BytesDecimal(bytes as u64));
    group.sample_size(20);
    group.bench_function("polnear-dev", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                n += Quotes.extract(d).map_or(0, |c| c.len());
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
