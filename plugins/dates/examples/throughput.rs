//! Single-threaded throughput of the dates plugin over a `docs.jsonl` file
//! (`{doc, dct, text}` per line), printed in the format of the peer drivers.
//!
//! `cargo run --release -p dateline-dates --example throughput -- DOCS_JSONL [ROUNDS]`
//!
//! With `ROUNDS`, it runs exactly that many passes instead of timing for two seconds,
//! so that an instruction count (`valgrind --tool=callgrind`, `perf stat -e
//! instructions`) compares two builds independently of the load on the machine.

use dateline_dates::Dates;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: throughput DOCS_JSONL [ROUNDS]");
        std::process::exit(2);
    };
    let fixed_rounds: Option<usize> = match std::env::args().nth(2) {
        None => None,
        Some(r) => match r.parse() {
            Ok(n) if n > 0 => Some(n),
            _ => {
                eprintln!("error: ROUNDS must be a positive whole number, not {r:?}");
                std::process::exit(2);
            }
        },
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let docs: Vec<(String, Option<chrono::NaiveDate>)> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            let dct = v["dct"]
                .as_str()
                .and_then(|s| chrono::NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok());
            (v["text"].as_str().unwrap_or("").to_owned(), dct)
        })
        .collect();
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let dates = Dates::default();
    // Repeat until at least two seconds have passed, so that the figure is stable.
    let start = std::time::Instant::now();
    let mut rounds = 0;
    let mut found = 0;
    while fixed_rounds.map_or(start.elapsed().as_secs_f64() < 2.0, |n| rounds < n) {
        for (t, dct) in &docs {
            found += dates.find(t, *dct).len();
        }
        rounds += 1;
    }
    let secs = start.elapsed().as_secs_f64() / rounds as f64;
    println!(
        "dateline-dates docs={} bytes={} timexes={} process_s={:.4} MB/s={:.4} docs/s={:.2}",
        docs.len(),
        bytes,
        found / rounds,
        secs,
        bytes as f64 / 1e6 / secs,
        docs.len() as f64 / secs
    );
}
