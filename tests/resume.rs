//! `extract -o FILE` killed with `kill -9` midway and resumed with `--resume`: every
//! article exactly once, the same bytes as a run that was never interrupted.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{dateline_in, fault_plugin, tempdir, toml_path, write_config};

/// 120 articles in one JSON Lines file, and a fault plugin that takes 15 ms on each.
fn slow_run(dir: &Path) {
    let lines: String = (0..120)
        .map(|i| {
            format!(
                "{{\"id\": \"n{i}\", \"published\": \"2024-05-{:02}\", \"text\": \"Storm {i} hit the coast on Monday. Officials said {i} homes were damaged.\"}}\n",
                i % 28 + 1
            )
        })
        .collect();
    fs::write(dir.join("feed.jsonl"), lines).unwrap();
    write_config(
        dir,
        &format!(
            "[[load]]\npath = {}\noptions = {{ sleep_ms = 15 }}\n",
            toml_path(&fault_plugin(""))
        ),
    );
}

const ARGS: &[&str] = &["extract", "feed.jsonl", "-j", "1", "-o", "out.jsonl"];

#[test]
fn a_killed_extract_resumes_with_nothing_lost_or_duplicated() {
    // The reference: one uninterrupted run.
    let reference = tempdir();
    slow_run(reference.path());
    let run = dateline_in(reference.path(), ARGS);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let expected = fs::read_to_string(reference.path().join("out.jsonl")).unwrap();
    assert_eq!(expected.lines().count(), 120);

    let dir = tempdir();
    slow_run(dir.path());
    let partial = dir.path().join(".out.jsonl.dateline-partial");
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(ARGS)
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once some records are written, well before the end (the run takes about
    // two seconds; records come sixteen at a time).
    let start = Instant::now();
    loop {
        let written = fs::read_to_string(&partial).map_or(0, |t| t.lines().count());
        if written >= 32 {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no records written"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before it was killed"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert!(
        !dir.path().join("out.jsonl").exists(),
        "no half output under the real name"
    );
    let done = fs::read_to_string(&partial).unwrap();
    let kept = done.lines().count();
    assert!((32..120).contains(&kept), "killed midway: {kept} records");
    // What a kill can leave: a last line written only in part.
    let mut torn = done.into_bytes();
    torn.extend_from_slice(b"{\"input\":\"feed.jsonl#99\",\"claims\":[{\"plug");
    fs::write(&partial, torn).unwrap();

    let mut args = ARGS.to_vec();
    args.push("--resume");
    let resumed = dateline_in(dir.path(), &args);
    assert_eq!(resumed.code, 0, "{}", resumed.stderr);
    assert_contains!(
        resumed.stderr,
        format!("dateline: resuming: {kept} articles already in")
    );
    assert_contains!(resumed.stderr, "after the last complete record");
    assert!(!partial.exists());
    let got = fs::read_to_string(dir.path().join("out.jsonl")).unwrap();
    assert_eq!(got, expected);

    // Resuming a finished run extracts nothing and changes nothing.
    let again = dateline_in(dir.path(), &args);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(
        fs::read_to_string(dir.path().join("out.jsonl")).unwrap(),
        expected
    );
}

#[test]
fn resume_needs_an_output_file() {
    let dir = tempdir();
    let run = dateline_in(dir.path(), &["extract", "x.txt", "--resume"]);
    assert_eq!(run.code, 2);
    assert_contains!(run.stderr, "--output");
}

/// `extract -o` on a named pipe writes into it, as every `-o` does: the partial file
/// and its rename are for regular files only (renaming over a pipe or `/dev/null` would
/// replace it with a plain file).
#[cfg(unix)]
#[test]
fn extract_to_a_pipe_writes_into_it() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempdir();
    let fifo = dir.path().join("records.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
    };
    let root = crate::util::root();
    let run = dateline_in(
        root,
        &[
            "extract",
            "docs/examples/articles",
            "-o",
            fifo.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let read = reader.join().unwrap();
    assert!(read.lines().count() >= 6, "{read}");
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(!dir.path().join(".records.fifo.dateline-partial").exists());
    let resume = dateline_in(
        root,
        &[
            "extract",
            "docs/examples/articles",
            "-o",
            fifo.to_str().unwrap(),
            "--resume",
        ],
    );
    assert_eq!(resume.code, 2);
    assert_contains!(resume.stderr, "--resume needs a regular output file");
}
