use std::fs;

use crate::util::{dateline, dateline_in, tempdir};

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(dateline(&["run"]).code, 2);
    assert_eq!(
        dateline(&["run", "docs/examples/articles", "--published", "yesterday"]).code,
        2
    );
    assert_eq!(
        dateline(&["run", "docs/examples/articles", "--format", "pdf"]).code,
        2
    );
    let unknown = dateline(&["run", "docs/examples/articles", "--only", "nosuchplugin"]);
    assert_eq!(unknown.code, 2);
    assert_contains!(unknown.stderr, "nosuchplugin");
}

#[test]
fn compact_json_is_the_same_document_without_the_layout() {
    let pretty = dateline(&["run", "docs/examples/articles", "--format", "json"]);
    let compact = dateline(&[
        "run",
        "docs/examples/articles",
        "--format",
        "json",
        "--compact",
    ]);
    assert_eq!(pretty.code, 0, "{}", pretty.stderr);
    assert_eq!(compact.code, 0, "{}", compact.stderr);
    // One line, no indentation: the whole timeline and its final newline.
    assert_eq!(compact.stdout.lines().count(), 1);
    assert!(compact.stdout.ends_with("}\n"));
    assert!(compact.stdout.len() * 10 < pretty.stdout.len() * 8);
    let read = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap();
    assert_eq!(read(&compact.stdout), read(&pretty.stdout));
    // A digest is compact too.
    let top = [
        "run",
        "docs/examples/articles",
        "--format",
        "json",
        "--top",
        "2",
    ];
    let top_pretty = dateline(&top);
    let top_compact = dateline(&[&top[..], &["--compact"]].concat());
    assert_eq!(top_compact.stdout.lines().count(), 1);
    assert_eq!(read(&top_compact.stdout), read(&top_pretty.stdout));
    // Other formats have no compact layout: asking for one is a usage error.
    let md = dateline(&[
        "run",
        "docs/examples/articles",
        "--format",
        "md",
        "--compact",
    ]);
    assert_eq!(md.code, 2);
    assert_contains!(md.stderr, "--compact");
}

#[test]
fn output_files_are_written_whole_and_nothing_else_is_left() {
    let dir = tempdir();
    let out = dir.path().join("timeline.json");
    let run = dateline(&["run", "docs/examples/articles", "-o", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    // The .json extension chose the format.
    let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(json["schema"], "dateline.timeline/2");
    let entries: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(entries.len(), 1, "no temporary file is left behind");
}

#[test]
fn extract_writes_one_record_per_article() {
    let run = dateline(&["extract", "docs/examples/articles"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let records: Vec<dateline_plugin::ArticleRecord> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is an ArticleRecord"))
        .collect();
    // Seven files, one of them JSON Lines with two articles.
    assert_eq!(records.len(), 8);
    let inputs: Vec<&str> = records.iter().map(|r| r.input.as_str()).collect();
    assert!(
        inputs.contains(&"docs/examples/articles/veldra-wire.jsonl#2"),
        "{inputs:?}"
    );
    for r in &records {
        let doc = r.document.as_ref().expect("every example article reads");
        assert!(!doc.sentences.is_empty());
        assert!(r.errors.is_empty(), "{:?}", r.errors);
        for c in &r.claims {
            assert_eq!(
                doc.text.get(c.span.start..c.span.end),
                Some(c.text.as_str())
            );
        }
    }
}

#[test]
fn published_flag_anchors_articles_without_a_date() {
    let dir = tempdir();
    fs::write(
        dir.path().join("story.txt"),
        "Storm hits coast\n\nThe storm reached the coast yesterday.\n",
    )
    .unwrap();
    let without = dateline_in(dir.path(), &["extract", "story.txt"]);
    let with = dateline_in(
        dir.path(),
        &["extract", "story.txt", "--published", "2024-10-09"],
    );
    assert_eq!(with.code, 0, "{}", with.stderr);
    assert!(!without.stdout.contains("\"published\""));
    assert_contains!(with.stdout, "\"published\":\"2024-10-09\"");
    assert_contains!(with.stdout, "2024-10-08");
}

#[test]
fn plugins_lists_the_bundled_plugins() {
    let run = dateline(&["plugins"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for name in ["dates", "casualties", "quotes"] {
        let line = run
            .stdout
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("{name} not listed:\n{}", run.stdout));
        assert_contains!(line, "builtin");
    }
}

/// Run the example articles with a configuration file holding `toml`.
fn run_with_config(toml: &str) -> crate::util::Run {
    let dir = tempdir();
    let cfg = crate::util::write_config(dir.path(), toml);
    dateline(&[
        "run",
        "docs/examples/articles",
        "--config",
        cfg.to_str().unwrap(),
    ])
}

#[test]
fn a_broken_config_file_is_a_usage_error_naming_the_file() {
    let run = run_with_config("[plugins.dates\nenabled = ");
    assert_eq!(run.code, 2);
    assert_contains!(run.stderr, "dateline.toml");
}

#[test]
fn shards_extracted_separately_and_merged_equal_one_run() {
    let dir = tempdir();
    let a = dir.path().join("a.jsonl");
    let b = dir.path().join("b.jsonl");
    // Two disjoint shards of the example set, in input order.
    let shard_a = dateline(&[
        "extract",
        "docs/examples/articles/2025-03-10-coastal-herald-dam-bursts.md",
        "docs/examples/articles/2025-03-10-veldra-dam-breach.txt",
        "docs/examples/articles/2025-03-17-veldra-inquiry.md",
        "-o",
        a.to_str().unwrap(),
    ]);
    let shard_b = dateline(&[
        "extract",
        "docs/examples/articles/veldra-analysis.txt",
        "docs/examples/articles/veldra-toll-rises.md",
        "docs/examples/articles/veldra-warnings.json",
        "docs/examples/articles/veldra-wire.jsonl",
        "-o",
        b.to_str().unwrap(),
    ]);
    assert_eq!(shard_a.code, 0, "{}", shard_a.stderr);
    assert_eq!(shard_b.code, 0, "{}", shard_b.stderr);
    let merged = dateline(&[
        "merge",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let whole = dateline(&["run", "docs/examples/articles", "--format", "json"]);
    assert_eq!(merged.code, 0, "{}", merged.stderr);
    assert_eq!(merged.stdout, whole.stdout);
}

/// `eval` scores the bundled casualty dev set (kept in the repository) and enforces
/// floors given on the command line.
#[test]
fn eval_reports_figures_and_enforces_floors() {
    let gold = "plugins/casualties/devset/devset.jsonl";
    let run = dateline(&["eval", "casualties", "--gold", gold, "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let killed = report["overall"]["killed_exact"]
        .as_f64()
        .expect("a killed_exact figure");
    assert!((0.0..=1.0).contains(&killed));

    let low = format!("overall.killed_exact={:.3}", killed - 0.01);
    let high = format!("overall.killed_exact={:.3}", killed + 0.01);
    assert_eq!(
        dateline(&["eval", "casualties", "--gold", gold, "--fail-under", &low]).code,
        0
    );
    let failed = dateline(&["eval", "casualties", "--gold", gold, "--fail-under", &high]);
    assert_eq!(failed.code, 1);
    assert_contains!(failed.stderr, "below the floor");
    // A figure the report does not have is a usage error, not a silent pass.
    let unknown = dateline(&[
        "eval",
        "casualties",
        "--gold",
        gold,
        "--fail-under",
        "nonsense=1",
    ]);
    assert_eq!(unknown.code, 2);
}

#[test]
fn options_for_a_plugin_that_is_not_bundled_are_a_usage_error() {
    // A typo: "date" instead of "dates".
    let run = run_with_config("[plugins.date.options]\nprevious_mention = false\n");
    assert_eq!(run.code, 2);
    assert_contains!(run.stderr, "\"date\"");
    assert_contains!(run.stderr, "not a bundled plugin");
}

/// `-o` on something that is not a regular file (a named pipe here; `/dev/null` or
/// `/dev/stdout` in use) writes into it: an atomic rename over it would replace the
/// pipe or device with a plain file.
#[cfg(unix)]
#[test]
fn output_to_a_pipe_or_device_writes_into_it() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempdir();
    let fifo = dir.path().join("timeline.fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
    };
    let run = dateline(&[
        "run",
        "docs/examples/articles",
        "-o",
        fifo.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let read = reader.join().unwrap();
    assert!(read.starts_with("# Timeline\n"), "{read}");
    assert!(
        fs::metadata(&fifo).unwrap().file_type().is_fifo(),
        "the pipe is still a pipe"
    );
}
