//! Throughput of segmentation and of reading articles.
//!
//! `cargo bench -p dateline-host`. The text is generated from sentences written for
//! this benchmark, with the abbreviations, numbers and quotes that make news text hard
//! to segment.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline_host::read::{ReadOptions, read_file};
use dateline_host::segment::segment;

const SENTENCES: &[&str] = &[
    "U.S. and U.N. officials met Dr. Lena Okafor in the capital on Feb. 3.",
    "\"We will not leave until the work is done,\" Gen. Marco Diaz told reporters.",
    "About 2.5 million people fled, and aid costs rose to $3.50 a meal.",
    "The company, Harbor Freight Inc., said it would reopen the port... eventually.",
    "Was the ceasefire holding? Nobody could say!",
    "Lt. Col. Ana Ruiz said the convoy, No. 3 of the week, arrived at 10 a.m. Monday.",
    "George W. Bush visited St. Louis in Sept. 2004, the archive shows.",
];

fn article(words: usize) -> String {
    let mut text = String::new();
    let mut i = 0;
    while text.len() < words {
        text.push_str(SENTENCES[i % SENTENCES.len()]);
        text.push(if i % 4 == 3 { '\n' } else { ' ' });
        i += 1;
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = article(1 << 20);
    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("1 MiB news text", |b| b.iter(|| segment(black_box(&text))));
    group.finish();

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("articles.jsonl");
    let body = article(3000);
    let line = dateline_plugin::serde_json::json!({
        "title": "Port reopens", "text": body, "date_publish": "2024-04-16 10:00:00", "source": "wire"
    })
    .to_string();
    let file: String = (0..1000).map(|_| format!("{line}\n")).collect();
    std::fs::write(&path, &file).unwrap();
    let mut group = c.benchmark_group("read");
    group.throughput(Throughput::Bytes(file.len() as u64));
    group.sample_size(20);
    group.bench_function("JSON Lines, 1000 articles of 3 KB", |b| {
        b.iter(|| read_file(black_box(&path), &ReadOptions::default()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
