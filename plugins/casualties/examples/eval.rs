//! Score the plugin on a casualty gold file without the `dateline` binary:
//! `cargo run -p dateline-casualties --example eval -- plugins/casualties/devset/devset.jsonl [N]`
//! prints the score table and the first N mismatches (default 0).

use std::io::Write;
use std::path::PathBuf;

use dateline_casualties::Casualties;
use dateline_plugin::serde_json::json;
use dateline_plugin::{Claim, Document, Extractor};

fn main() {
    let mut args = std::env::args().skip(1);
    let file = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "plugins/casualties/devset/devset.jsonl".to_string()),
    );
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(0);
    let plugin = Casualties::create(&json!({})).expect("empty config is valid");
    let extract = |doc: &Document| -> Result<Vec<Claim>, String> {
        plugin.extract(doc).map_err(|e| e.to_string())
    };
    match dateline_eval::casualties::evaluate_gold(&file, &extract) {
        Ok(report) => {
            // A closed pipe (`| head`) ends the output quietly.
            let mut out = std::io::stdout().lock();
            let _ = write!(out, "{report}{}", report.errors(n));
        }
        Err(e) => {
            eprintln!("eval: {e}");
            std::process::exit(2);
        }
    }
}
