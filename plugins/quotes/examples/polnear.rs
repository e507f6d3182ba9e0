//! Scores the quotes plugin on a PolNeAR JSON Lines file, until `dateline eval quotes`
//! exists: `cargo run --release -p dateline-quotes --example polnear -- FILE.jsonl [N]`
//! prints the figures and, with `N`, up to `N` errors of each kind.

use std::path::PathBuf;

use dateline_plugin::{Document, Extractor};
use dateline_quotes::Quotes;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(file) = args.next().map(PathBuf::from) else {
        eprintln!("usage: polnear FILE.jsonl [ERRORS]");
        std::process::exit(2);
    };
    let errors: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(0);
    let extract = |doc: &Document| Quotes.extract(doc).map_err(|e| e.to_string());
    match dateline_eval::quotes::evaluate_polnear(&file, &extract) {
        Ok(report) => {
            print!("{report}");
            if errors > 0 {
                print!("{}", report.errors(errors));
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
