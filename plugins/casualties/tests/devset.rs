//! Quality floors on the repository's casualty gold: a rule change that costs accuracy
//! on the development set or the blind-written hold-out sets fails here, with the
//! mismatching reports in the message.

use std::path::Path;

use dateline_casualties::Casualties;
use dateline_eval::casualties::evaluate_gold;
use dateline_plugin::serde_json::json;
use dateline_plugin::{Claim, Document, Extractor};

fn score(file: &str, killed: f64, injured: f64, f1: f64) {
    let plugin = Casualties::create(&json!({})).unwrap();
    let extract = |doc: &Document| -> Result<Vec<Claim>, String> {
        plugin.extract(doc).map_err(|e| e.to_string())
    };
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("devset")
        .join(file);
    let report = evaluate_gold(&path, &extract).unwrap();
    let o = &report.overall;
    let ok = o.killed_exact >= killed
        && o.injured_exact >= injured
        && o.claims.f1 >= f1
        && o.negative_fp_rate == 0.0;
    assert!(ok, "{file}: below the floor\n{report}{}", report.errors(20));
}

#[test]
fn devset_meets_its_floors() {
    score("devset.jsonl", 0.99, 0.99, 0.99);
}

#[test]
fn holdout_sets_meet_their_floors() {
    score("holdout.jsonl", 0.98, 0.98, 0.98);
    score("holdout2.jsonl", 0.98, 0.98, 0.97);
    score("holdout3.jsonl", 0.98, 0.98, 0.98);
    score("holdout4.jsonl", 0.98, 0.98, 0.98);
}
