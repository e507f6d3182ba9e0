//! Single-threaded extraction throughput in MB/s (`cargo bench -p dateline-casualties`).
//!
//! Two inputs: the texts of the development set (short reports, dense in casualty
//! language: the worst case) and the Reuters conflict stories of the shared corpus
//! (ordinary wire copy), which are skipped with a message when `../shared/data` is absent.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline_casualties::Casualties;
use dateline_plugin::serde_json::{self, Value, json};
use dateline_plugin::{Document, Extractor};

fn documents(texts: Vec<String>) -> Vec<Document> {
    texts
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            let mut doc = Document::from_text(format!("d{i}"), t);
            dateline_host::segment::segment_document(&mut doc);
            doc
        })
        .collect()
}

fn jsonl_field(path: &Path, field: &str) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(
        text.lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter_map(|v| v.get(field).and_then(Value::as_str).map(str::to_string))
            .collect(),
    )
}

fn bench_set(c: &mut Criterion, name: &str, docs: &[Document]) {
    let plugin = Casualties::create(&json!({})).expect("empty config is valid");
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut group = c.benchmark_group("casualties");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(name, |b| {
        b.iter(|| {
            let mut n = 0;
            for d in docs {
                n += plugin.extract(black_box(d)).map(|c| c.len()).unwrap_or(0);
            }
            n
        })
    });
    group.finish();
}

fn throughput(c: &mut Criterion) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let devset = jsonl_field(&root.join("devset/devset.jsonl"), "text")
        .expect("the dev set is part of the crate");
    bench_set(c, "devset", &documents(devset));
    let reuters = root.join("../../../shared/data/reuters-conflict/articles.jsonl");
    match jsonl_field(&reuters, "body") {
        Some(bodies) => bench_set(c, "reuters", &documents(bodies)),
        None => eprintln!(
            "skipping the Reuters benchmark: {} is absent",
            reuters.display()
        ),
    }
}

criterion_group!(benches, throughput);
criterion_main!(benches);
