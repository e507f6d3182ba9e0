//! Runs the plugin over a PolNeAR file `N` times and prints the bytes processed, for
//! measuring CPU time under `perf stat` on a busy machine (criterion measures wall
//! time): `cargo run --release -p dateline-quotes --example quotes_throughput -- FILE.jsonl N`.

use dateline_plugin::{Document, Extractor};
use dateline_quotes::Quotes;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(file), n) = (
        args.next(),
        args.next()
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(10),
    ) else {
        eprintln!("usage: throughput FILE.jsonl [N]");
        std::process::exit(2);
    };
    let body = match std::fs::read_to_string(&file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: cannot read {file}: {e}");
            std::process::exit(1);
        }
    };
    let docs: Vec<Document> = body
        .lines()
        .filter_map(|l| {
            dateline_plugin::serde_json::from_str::<dateline_plugin::serde_json::Value>(l).ok()
        })
        .filter_map(|v| {
            Some(Document::from_text(
                v.get("id")?.as_str()?,
                v.get("text")?.as_str()?,
            ))
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut claims = 0;
    for _ in 0..n {
        for d in &docs {
            claims += Quotes.extract(d).map_or(0, |c| c.len());
        }
    }
    println!(
        "{} bytes x {n} = {} bytes, {claims} claims",
        bytes,
        bytes * n
    );
}
