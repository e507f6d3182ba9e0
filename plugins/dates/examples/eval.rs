//! Score the dates plugin on a TimeML corpus (TempEval-3 Task A).
//!
//! `cargo run --release -p dateline-dates --example eval -- ../shared/data/te3-train [N]`
//! prints the figures and, with `N`, the first N errors.

use std::path::PathBuf;

use dateline_dates::Dates;
use dateline_plugin::Extractor;
use dateline_plugin::serde_json::json;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "../shared/data/te3-train".to_owned()),
    );
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let dates = match Dates::create(&json!({})) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let extract = |doc: &dateline_plugin::Document| dates.extract(doc).map_err(|e| e.to_string());
    match dateline_eval::dates::evaluate_timeml(&dir, &extract) {
        Ok(report) => {
            print!("{report}");
            if n > 0 {
                print!("{}", report.errors(n));
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
