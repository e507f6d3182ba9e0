use crate::util::dateline;

#[test]
fn run_output_does_not_depend_on_the_thread_count() {
    let one = dateline(&[
        "run",
        "docs/examples/articles",
        "tests/fixtures",
        "--format",
        "json",
        "--jobs",
        "1",
    ]);
    let eight = dateline(&[
        "run",
        "docs/examples/articles",
        "tests/fixtures",
        "--format",
        "json",
        "--jobs",
        "8",
    ]);
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert_eq!(one.stdout, eight.stdout);
}

#[test]
fn extract_output_does_not_depend_on_the_thread_count() {
    let one = dateline(&["extract", "docs/examples/articles", "--jobs", "1"]);
    let eight = dateline(&["extract", "docs/examples/articles", "--jobs", "8"]);
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert!(!one.stdout.is_empty());
    assert_eq!(one.stdout, eight.stdout);
}

#[test]
fn repeated_runs_give_the_same_bytes() {
    let a = dateline(&["run", "docs/examples/articles"]);
    let b = dateline(&["run", "docs/examples/articles"]);
    assert_eq!(a.stdout, b.stdout);
}

/// A crowded day: more distinct sentences in one day than the timeline weighs in one
/// task of its pool, so that their pairs are found in several chunks on several threads,
/// and near-copies (outlets that reword a wire story) that merge through those pairs.
fn crowded_day(dir: &std::path::Path) {
    let places = ["Arlen", "Bexley", "Corran", "Dunmore", "Eskdale", "Fenwick"];
    let deeds = [
        "opened a new bridge over the river",
        "closed the northern rail line for repairs",
        "announced a ban on night flights",
        "reported heavy flooding in the lower town",
        "signed a water-sharing agreement with its neighbour",
    ];
    let mut lines = String::new();
    for i in 0..1300 {
        let place = places[i % places.len()];
        let deed = deeds[(i / places.len()) % deeds.len()];
        // Every sentence differs from the others in its figure, as reworded copies do.
        let text = format!(
            "The city of {place} {deed} on Tuesday after {} hours of talks, officials said.",
            10 + i
        );
        lines.push_str(
            &serde_json::json!({
                "id": format!("crowd-{i:04}"),
                "title": format!("{place} report {i}"),
                "text": text,
                "published": "2031-05-08",
            })
            .to_string(),
        );
        lines.push('\n');
    }
    std::fs::write(dir.join("crowd.jsonl"), lines).expect("the set is written");
}

#[test]
fn a_crowded_day_merges_the_same_on_any_number_of_threads() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    crowded_day(dir.path());
    let set = dir.path().join("crowd.jsonl");
    let set = set.to_str().expect("a UTF-8 path");
    let run = |jobs: &str| dateline(&["run", set, "--format", "json", "--jobs", jobs]);
    let one = run("1");
    assert_eq!(one.code, 0, "{}", one.stderr);
    let timeline: serde_json::Value = serde_json::from_str(&one.stdout).expect("JSON");
    let events = timeline["events"].as_array().expect("events");
    // The set is made to merge (its 1,300 sentences are reworded copies of a few
    // stories), so the order in which pairs are found could show in the events.
    let sources: Vec<usize> = events
        .iter()
        .filter_map(|e| e["sources"].as_array().map(Vec::len))
        .collect();
    assert_eq!(sources.iter().sum::<usize>(), 1300, "{sources:?}");
    assert!(
        sources.iter().filter(|&&n| n > 10).count() >= 5,
        "{sources:?}"
    );
    for jobs in ["2", "5"] {
        assert_eq!(run(jobs).stdout, one.stdout, "run --jobs {jobs}");
    }
    let records = dir.path().join("crowd.records.jsonl");
    let records = records.to_str().expect("a UTF-8 path");
    let extracted = dateline(&["extract", set, "-o", records]);
    assert_eq!(extracted.code, 0, "{}", extracted.stderr);
    for jobs in ["1", "3"] {
        let merged = dateline(&["merge", records, "--format", "json", "--jobs", jobs]);
        assert_eq!(merged.code, 0, "{}", merged.stderr);
        assert_eq!(merged.stdout, one.stdout, "merge --jobs {jobs}");
    }
}

/// A reader that stops early (`dateline run … | head`) is the reader's choice: the run
/// stops writing without an error, whichever format it writes and however the JSON is
/// written (streamed, or whole with `--top`).
#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().expect("a temporary directory");
    crowded_day(dir.path());
    let set = dir.path().join("crowd.jsonl");
    for extra in [
        &["--format", "json"][..],
        &["--format", "json", "--top", "2"],
        &[],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
            .arg("run")
            .arg(&set)
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("dateline starts");
        let mut start = [0u8; 16];
        child
            .stdout
            .take()
            .expect("stdout is piped")
            .read_exact(&mut start)
            .expect("the timeline begins");
        // The pipe is closed here, long before the timeline is all written.
        let out = child.wait_with_output().expect("dateline ends");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "{extra:?}: {:?}\n{stderr}",
            out.status
        );
        assert!(!stderr.contains("error"), "{extra:?}: {stderr}");
    }
}
