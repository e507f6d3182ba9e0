//! `dateline extract` as the map step of another engine: JSON Lines on standard input,
//! one record line out per article, compact records, and partitions merged in the
//! order an engine hands them back.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::util::{dateline, root, tempdir};

/// Articles of our own, written for these tests: one line each, with ids.
const FEED: &str = concat!(
    r#"{"id": "w1", "published": "2025-05-02", "title": "Dam talks", "text": "Engineers met on Monday to inspect the Veldra dam.\n\nThe regional governor said the spillway would reopen next week."}"#,
    "\n",
    r#"{"id": "w2", "published": "2025-05-03", "text": "Floods killed at least 12 people in the lower valley on Friday, officials said."}"#,
    "\n",
    "\n",
    r#"{"id": "w3", "published": "2025-05-04", "text": "A quiet day.\n\nNo one was hurt.\n\n\"We are rebuilding,\" the mayor said on Sunday."}"#,
    "\n",
    r#"{"text": "An article without an id, reported in March 2024."}"#,
    "\n",
);

/// Run `dateline ARGS…` with `input` on standard input.
fn dateline_stdin(args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the dateline binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn extract_from_standard_input_writes_one_line_per_article_named_by_its_id() {
    let (code, stdout, stderr) = dateline_stdin(&["extract", "-"], FEED);
    assert_eq!(code, 0, "{stderr}");
    let records: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let inputs: Vec<&str> = records
        .iter()
        .map(|r| r["input"].as_str().unwrap())
        .collect();
    // The blank line is skipped; the article without an id keeps its line number.
    assert_eq!(inputs, ["w1", "w2", "w3", "-#4"]);
    assert!(!records[1]["claims"].as_array().unwrap().is_empty());
}

#[test]
fn an_empty_standard_input_is_an_error_not_silence() {
    let (code, _, stderr) = dateline_stdin(&["extract", "-"], "");
    assert_eq!(code, 1);
    assert_contains!(stderr, "-");
}

#[test]
fn partitions_piped_separately_and_merged_equal_one_run() {
    let dir = tempdir();
    // Articles with ids: an article without one is named by its line number, which
    // differs between a partition and the whole stream.
    let lines: Vec<&str> = FEED.lines().filter(|l| l.contains("\"id\"")).collect();
    let whole_input = lines.join("\n") + "\n";
    // Three partitions, as an engine would cut the input, each through its own process.
    let partitions = [&lines[..1], &lines[1..2], &lines[2..]];
    let mut parts = Vec::new();
    for (i, partition) in partitions.iter().enumerate() {
        let input = partition.join("\n") + "\n";
        let compact: &[&str] = if i == 1 { &["--compact"] } else { &[] };
        let mut args = vec!["extract", "-"];
        args.extend_from_slice(compact);
        let (code, stdout, stderr) = dateline_stdin(&args, &input);
        assert_eq!(code, 0, "{stderr}");
        let part = dir.path().join(format!("part-{i:05}"));
        std::fs::write(&part, stdout).unwrap();
        parts.push(part.to_str().unwrap().to_owned());
    }
    let mut args = vec!["merge", "--format", "json"];
    args.extend(parts.iter().map(String::as_str));
    let merged = dateline(&args);
    assert_eq!(merged.code, 0, "{}", merged.stderr);
    let (code, whole, stderr) = dateline_stdin(&["run", "--format", "json", "-"], &whole_input);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(merged.stdout, whole);
}

#[test]
fn compact_records_are_smaller_and_merge_to_the_same_timeline() {
    let dir = tempdir();
    let full = dir.path().join("full.jsonl");
    let compact = dir.path().join("compact.jsonl");
    for (path, extra) in [(&full, None), (&compact, Some("--compact"))] {
        let mut args = vec![
            "extract",
            "docs/examples/articles",
            "-o",
            path.to_str().unwrap(),
        ];
        args.extend(extra);
        let run = dateline(&args);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    let full_text = std::fs::read_to_string(&full).unwrap();
    let compact_text = std::fs::read_to_string(&compact).unwrap();
    assert!(compact_text.contains("\"excerpts\""));
    assert!(!compact_text.contains("\"text_len\":0"));
    for format in ["json", "md"] {
        let whole = dateline(&["run", "docs/examples/articles", "--format", format]);
        for part in [&full, &compact] {
            let merged = dateline(&["merge", part.to_str().unwrap(), "--format", format]);
            assert_eq!(merged.code, 0, "{}", merged.stderr);
            assert_eq!(
                merged.stdout,
                whole.stdout,
                "{} as {format}",
                part.display()
            );
        }
    }
    assert_eq!(full_text.lines().count(), compact_text.lines().count());
}
