//! The merged timeline of a developing story (tests/fixtures/story: several outlets over
//! three days, differing and rising tolls, a repeated quote, one hostile article) in
//! every format, and the map/reduce path that must give the same bytes.

use std::path::Path;

use crate::util::{dateline, dateline_in, root, tempdir};

const STORY: &str = "tests/fixtures/story";

/// Every `--format` name, with the file ending that selects it.
const FORMATS: [(&str, &str); 6] = [
    ("md", ".md"),
    ("json", ".json"),
    ("csv", ".csv"),
    ("timelinejs", ".timelinejs.json"),
    ("timelinejs-csv", ".timelinejs.csv"),
    ("html", ".html"),
];

/// The snapshots were read in full. What they show, and the reviewed FIXMEs:
/// - the Saturday strike is one event with five sources (two outlets' leads, a radio
///   follow-up, a later report and the hostile article); its killed figures differ on
///   one report day (12 and 15) and a later hostile report gives 12 again, so they are
///   `conflicting` (conservative 12); its injured figures rise 40 → 58;
/// - the fruit seller's quote is one quote with four sources over two report days; its
///   wording is the one three reports share, not the hostile variant;
/// - the denial of the neighbouring state is one event with two sources (8 April);
/// - every hostile string is escaped (Markdown, HTML, TimelineJS) or neutralised (CSV);
/// - FIXME(quotes): the hostile lead's quote starts with "script>" (the plugin reads
///   through the stray markup).
#[test]
fn the_story_in_every_format() {
    for (format, _) in FORMATS {
        let run = dateline(&["run", STORY, "--format", format]);
        assert_eq!(run.code, 0, "{format}: {}", run.stderr);
        insta::assert_snapshot!(format!("story_{}", format.replace('-', "_")), run.stdout);
    }
}

#[test]
fn the_story_merges_the_strike_and_keeps_its_figures_side_by_side() {
    let run = dateline(&["run", STORY, "--format", "json"]);
    let t: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(t["schema"], "dateline.timeline/2");
    let events = t["events"].as_array().unwrap();
    let strike = events
        .iter()
        .find(|e| e["sources"].as_array().unwrap().len() == 5)
        .expect("the strike has five sources");
    let figures = strike["figures"].as_array().unwrap();
    let killed = figures.iter().find(|f| f["category"] == "killed").unwrap();
    assert_eq!(killed["status"], "conflicting");
    assert_eq!(killed["conservative"], 12);
    assert_eq!(
        (killed["low"].as_u64(), killed["high"].as_u64()),
        (Some(12), Some(23))
    );
    let injured = figures.iter().find(|f| f["category"] == "injured").unwrap();
    assert_eq!(injured["status"], "rising");
    assert_eq!(injured["latest"]["value"], 58);
    let quote = events
        .iter()
        .flat_map(|e| e["quotes"].as_array().into_iter().flatten())
        .find(|q| q["sources"].as_array().unwrap().len() == 4)
        .expect("the repeated quote has four sources");
    assert_eq!(
        quote["content"],
        "We heard a whistle and then the whole roof came down"
    );
}

/// The map step in three shards, the reduce step in two orders (and with one shard
/// given twice, as a retried task would): every format equals one run, byte for byte.
#[test]
fn shards_merged_in_any_order_equal_one_run_in_every_format() {
    let dir = tempdir();
    let files: Vec<String> = std::fs::read_dir(root().join(STORY))
        .unwrap()
        .map(|e| format!("{STORY}/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    let mut files = files;
    files.sort();
    let parts: Vec<String> = (0..3)
        .map(|i| {
            let part = dir.path().join(format!("part-{i}.jsonl"));
            let part = part.to_str().unwrap().to_owned();
            let mut args = vec!["extract", "-o", part.as_str(), "--jobs", "1"];
            args.extend(files.iter().skip(i).step_by(3).map(String::as_str));
            let run = dateline(&args);
            assert_eq!(run.code, 0, "{}", run.stderr);
            part
        })
        .collect();
    for (format, _) in FORMATS {
        let one = dateline(&["run", STORY, "--format", format, "--jobs", "2"]);
        assert_eq!(one.code, 0, "{}", one.stderr);
        for order in [
            vec![&parts[0], &parts[1], &parts[2]],
            vec![&parts[2], &parts[0], &parts[1], &parts[0]],
        ] {
            let mut args = vec!["merge", "--format", format];
            args.extend(order.iter().map(|p| p.as_str()));
            let merged = dateline(&args);
            assert_eq!(merged.code, 0, "{}", merged.stderr);
            assert!(
                merged.stdout == one.stdout,
                "{format}: merge of {order:?} differs from one run"
            );
        }
    }
}

#[test]
fn the_output_file_name_chooses_the_format() {
    let dir = tempdir();
    for (format, ending) in FORMATS {
        let file = dir.path().join(format!("story{ending}"));
        let run = dateline(&["run", STORY, "-o", file.to_str().unwrap()]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let by_flag = dateline(&["run", STORY, "--format", format]);
        let written = std::fs::read_to_string(&file).unwrap();
        assert!(written == by_flag.stdout, "{ending} did not give {format}");
    }
}

#[test]
fn top_keeps_the_best_supported_days() {
    let run = dateline(&["run", STORY, "--top", "2", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let t: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let days: Vec<&str> = t["digest"]["days"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["date"].as_str().unwrap())
        .collect();
    // The strike day, reported by every outlet, and the next day, which three articles
    // date (the mourning, two of them; the hostile one's injured) over the day of the
    // denial, which two articles date.
    assert_eq!(days, ["2024-04-06", "2024-04-07"]);
    let kept: usize = t["digest"]["days"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["events"].as_array().unwrap().len())
        .sum();
    assert_eq!(t["events"].as_array().unwrap().len(), kept);
    let md = dateline(&["run", STORY, "--top", "2"]);
    assert_contains!(
        md.stdout,
        "The 2 days best supported by distinct sources and claims:"
    );
}

#[test]
fn merge_names_a_part_that_is_not_an_extract_record() {
    let dir = tempdir();
    std::fs::write(dir.path().join("bad.jsonl"), "{\"input\": 3}\n").unwrap();
    let run = dateline_in(dir.path(), &["merge", "bad.jsonl"]);
    assert_eq!(run.code, 2);
    assert_contains!(run.stderr, "bad.jsonl:1: not an extract record");
    assert!(!Path::new(&dir.path().join("timeline.md")).exists());
}

/// `eval timeline` scores a digest of the articles, as long as the reference, against
/// the reference; ROUGE-1 here agrees with Google's `rouge-score` (0.579 / 0.786 / 0.667
/// on the concatenated texts, checked when this test was written).
#[test]
fn eval_timeline_scores_a_digest_against_a_reference() {
    let gold = "tests/references/story.jsonl";
    let run = dateline(&["eval", "timeline", "--gold", gold, STORY, "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let r: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let o = &r["overall"];
    assert_eq!(o["date"]["f1"], 1.0);
    assert_eq!(o["matched_dates"], 3);
    let round = |v: &serde_json::Value| (v.as_f64().unwrap() * 1000.0).round() / 1000.0;
    let concat = &o["rouge1_concat"];
    assert_eq!(
        (
            round(&concat["p"]),
            round(&concat["r"]),
            round(&concat["f1"])
        ),
        (0.579, 0.786, 0.667)
    );
    // Same-day overlap can only be part of the overlap over all days.
    assert!(o["rouge1_agreement"]["f1"].as_f64() <= concat["f1"].as_f64());
    // A floor above the figure fails the run.
    let strict = dateline(&[
        "eval",
        "timeline",
        "--gold",
        gold,
        STORY,
        "--fail-under",
        "rouge1_concat.f1=0.9",
    ]);
    assert_eq!(strict.code, 1);
    assert_contains!(
        strict.stderr,
        "rouge1_concat.f1 = 0.6667 is below the floor 0.9000"
    );
    // A timeline file is scored as it is: here a digest of two days, so recall drops.
    let dir = tempdir();
    let top2 = dir.path().join("top2.json");
    let made = dateline(&["run", STORY, "--top", "2", "-o", top2.to_str().unwrap()]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let from_file = dateline(&[
        "eval",
        "timeline",
        "--gold",
        gold,
        "--timeline",
        top2.to_str().unwrap(),
        "--json",
    ]);
    let r: serde_json::Value = serde_json::from_str(&from_file.stdout).unwrap();
    assert_eq!(r["overall"]["system_dates"], 2);
    assert_eq!(round(&r["overall"]["date"]["r"]), 0.667);
}
