//! Quality floors on the repository's casualty gold: a rule change that costs accuracy
//! on the development set, the blind-written hold-out sets or the event summaries fails
//! here, with the mismatching reports in the message. The floors are the figures the
//! README reports, rounded down to the percent (99 % for a figure of 100 %).

use std::path::Path;

use dateline_casualties::Casualties;
use dateline_eval::casualties::{CasualtyReport, evaluate_gold};
use dateline_plugin::serde_json::json;
use dateline_plugin::{Claim, Document, Extractor};

fn report(file: &str) -> CasualtyReport {
    let plugin = Casualties::create(&json!({})).unwrap();
    let extract = |doc: &Document| -> Result<Vec<Claim>, String> {
        plugin.extract(doc).map_err(|e| e.to_string())
    };
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("devset")
        .join(file);
    evaluate_gold(&path, &extract).unwrap()
}

fn score(file: &str, killed: f64, injured: f64, f1: f64) -> CasualtyReport {
    let report = report(file);
    let o = &report.overall;
    let ok = o.killed_exact >= killed
        && o.injured_exact >= injured
        && o.claims.f1 >= f1
        && o.negative_fp_rate == 0.0;
    assert!(ok, "{file}: below the floor\n{report}{}", report.errors(20));
    report
}

/// The floor on the killed total of the reports with a nonzero toll (tag `toll`), the
/// figure the held-back coded records are judged by.
fn toll_floor(file: &str, report: &CasualtyReport, killed: f64) {
    let toll = &report.by_tag["toll"];
    assert!(
        toll.killed_exact >= killed,
        "{file}: killed exact on nonzero tolls {:.3} is below {killed}\n{}",
        toll.killed_exact,
        report.errors(20)
    );
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

#[test]
fn development_summaries_meet_their_floors() {
    let r = score("summaries-gtd-dev.jsonl", 0.97, 0.99, 0.97);
    toll_floor("summaries-gtd-dev.jsonl", &r, 0.97);
    let r = score("summaries-acled-dev.jsonl", 0.99, 0.99, 0.98);
    toll_floor("summaries-acled-dev.jsonl", &r, 0.99);
}

#[test]
fn confirmation_summaries_meet_their_floors() {
    // Never tuned on: these floors only keep the confirmation figures the README
    // reports from sliding back unnoticed. (The first halves' errors were read after
    // round 2, so their figures since then are not blind; see the README.)
    let r = score("summaries-gtd-confirm.jsonl", 0.98, 0.97, 0.96);
    toll_floor("summaries-gtd-confirm.jsonl", &r, 0.98);
    let r = score("summaries-acled-confirm.jsonl", 0.99, 0.99, 0.97);
    toll_floor("summaries-acled-confirm.jsonl", &r, 0.99);
}

#[test]
fn second_development_summaries_meet_their_floors() {
    // The round-3 development set (issue 13), aimed at the error classes of the first
    // confirmation halves.
    let r = score("summaries2-gtd-dev.jsonl", 0.96, 0.95, 0.95);
    toll_floor("summaries2-gtd-dev.jsonl", &r, 0.96);
    let r = score("summaries2-acled-dev.jsonl", 0.99, 0.99, 0.97);
    toll_floor("summaries2-acled-dev.jsonl", &r, 0.99);
}

#[test]
fn second_confirmation_summaries_meet_their_floors() {
    // Written blind before the round-3 rules and scored twice, before and after them;
    // their errors were read then, and round 4 developed on them, so they are no
    // longer blind. The floors keep the round-4 figures from sliding back.
    let r = score("summaries2-gtd-confirm.jsonl", 0.97, 0.99, 0.96);
    toll_floor("summaries2-gtd-confirm.jsonl", &r, 0.97);
    let r = score("summaries2-acled-confirm.jsonl", 0.99, 0.99, 0.98);
    toll_floor("summaries2-acled-confirm.jsonl", &r, 0.99);
}

#[test]
fn untargeted_blind_summaries_meet_their_floors() {
    // Written after round 3 and scored once with the builds before and after it (the
    // same figures): ordinary summaries, aimed at no error class. Their errors were
    // read then and round 4 developed on them: no longer blind.
    let r = score("summaries3-gtd-blind.jsonl", 0.99, 0.99, 0.98);
    toll_floor("summaries3-gtd-blind.jsonl", &r, 0.99);
    let r = score("summaries3-acled-blind.jsonl", 0.99, 0.99, 0.98);
    toll_floor("summaries3-acled-blind.jsonl", &r, 0.99);
}

#[test]
fn round_four_blind_summaries_meet_their_floors() {
    // Round 4's blind confirmation set (issue 13), written and committed before any
    // rule of the round and scored once before and once after it. Never tuned on; the
    // floors keep the after figures from sliding back.
    let r = score("summaries4-gtd-blind.jsonl", 0.90, 0.99, 0.94);
    toll_floor("summaries4-gtd-blind.jsonl", &r, 0.90);
    // Round 5 raised its injured figure to 100 % ("admitted with injuries").
    let r = score("summaries4-acled-blind.jsonl", 0.90, 0.99, 0.96);
    toll_floor("summaries4-acled-blind.jsonl", &r, 0.90);
}

#[test]
fn round_five_blind_summaries_meet_their_floors() {
    // Round 5's blind set, written and committed (`1215972`) before its author read
    // any rule or any other gold record, scored once before the round (GTD 92.3 %
    // killed, 90.4 % on nonzero tolls; ACLED 89.1 % / 86.3 %). Its errors were then
    // read and the round's rules made from them, so the after figures below are not
    // blind; the floors keep them from sliding back.
    let r = score("summaries5-gtd-blind.jsonl", 0.98, 0.99, 0.96);
    toll_floor("summaries5-gtd-blind.jsonl", &r, 0.98);
    let r = score("summaries5-acled-blind.jsonl", 0.99, 0.99, 0.98);
    toll_floor("summaries5-acled-blind.jsonl", &r, 0.99);
}

#[test]
fn round_six_blind_summaries_meet_their_floors() {
    // Set 6, written and committed (`41acc77`) before its author read any rule or any
    // other gold record, scored once with no rule change since: the floors sit just
    // under that blind run (on the gold after three corrections that did not move any
    // total). No rule has been made from its errors yet (README, "Set 6").
    let r = score("summaries6-gtd-blind.jsonl", 0.90, 0.97, 0.95);
    toll_floor("summaries6-gtd-blind.jsonl", &r, 0.88);
    let r = score("summaries6-acled-blind.jsonl", 0.90, 0.99, 0.93);
    toll_floor("summaries6-acled-blind.jsonl", &r, 0.87);
}
