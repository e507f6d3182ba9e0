//! Fault plugins in both modes: each misbehaviour must cost only the fault plugin's
//! claims for the one article it happens on. Every test checks the error text (plugin,
//! file and what happened), the exit code, and that every other claim is in the output:
//! the bundled plugins' claims are compared with a run without the fault plugin, and the
//! fault plugin's own claims on the other articles are there (so an isolated worker that
//! died was restarted).

use std::fs;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::util::{Run, dateline_in, fault_plugin, tempdir, toml_path, write_config};

/// Three articles; the fault plugin misbehaves on the middle one only.
fn articles(dir: &Path) {
    let body = |n: &str, extra: &str| {
        format!(
            "Report {n}\n\nFloods hit the valley on 3 May 2024. At least 12 people were killed, officials said.{extra}\n"
        )
    };
    fs::write(dir.join("a.txt"), body("a", "")).unwrap();
    fs::write(dir.join("b.txt"), body("b", " TRIGGER")).unwrap();
    fs::write(dir.join("c.txt"), body("c", "")).unwrap();
}

/// The per-article timeout of the isolated runs: short for the endless loop (its
/// test waits that long), generous for the others, which a loaded machine may slow.
fn timeout_for(mode: &str) -> u32 {
    if mode == "loop" { 2 } else { 20 }
}

/// `extract` of the three articles, on one thread, into `out.jsonl`.
fn extract_args<'a>(isolation: &'a str, more: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "extract",
        "a.txt",
        "b.txt",
        "c.txt",
        "-j",
        "1",
        "--isolation",
        isolation,
        "-o",
        "out.jsonl",
    ];
    args.extend_from_slice(more);
    args
}

/// Extract the articles of `dir` with the fault plugin in `mode`, isolated or not.
fn extract(dir: &Path, mode: &str, isolation: &str, feature: &str, limits: &str) -> Run {
    let lib = fault_plugin(feature);
    write_config(
        dir,
        &format!(
            "[[load]]\npath = {}\noptions = {{ mode = {mode:?}, on = \"TRIGGER\" }}\n\n[limits]\nplugin_timeout_secs = {}\nplugin_memory_mb = 256\n{limits}",
            toml_path(&lib),
            timeout_for(mode),
        ),
    );
    let out = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .current_dir(dir)
        .args(extract_args(isolation, &[]))
        .output()
        .expect("the dateline binary runs");
    // A plugin that prints runs inside the process in-process, so standard output may
    // hold its junk: that is why the records go to a file.
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The records of an extract output file.
fn records(dir: &Path) -> Vec<Value> {
    fs::read_to_string(dir.join("out.jsonl"))
        .expect("the output file is written")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The claims of `plugin` in a record.
fn claims_of(record: &Value, plugin: &str) -> Vec<Value> {
    record["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["plugin"] == plugin)
        .cloned()
        .collect()
}

/// The bundled plugins' claims of the three articles, from a run without the fault
/// plugin.
fn baseline() -> Vec<Vec<Value>> {
    let dir = tempdir();
    articles(dir.path());
    let run = dateline_in(
        dir.path(),
        &["extract", "a.txt", "b.txt", "c.txt", "-o", "out.jsonl"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    records(dir.path())
        .iter()
        .map(|r| {
            let claims = r["claims"].as_array().unwrap().clone();
            assert!(claims.len() >= 2, "the fixture gives claims: {r}");
            claims
        })
        .collect()
}

/// What must hold after a contained fault: exit 1, one error naming the plugin, the
/// article and `what`, the fault plugin's claims on the other articles, and every
/// bundled claim.
fn assert_contained(dir: &Path, run: &Run, code: &str, what: &str) {
    assert_eq!(run.code, 1, "stderr:\n{}", run.stderr);
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("dateline: error: "))
        .collect();
    assert_eq!(
        errors.len(),
        1,
        "one error, for the one article:\n{}",
        run.stderr
    );
    assert_contains!(errors[0], "plugin fault ");
    assert_contains!(errors[0], "b.txt");
    assert_contains!(errors[0], what);
    let records = records(dir);
    assert_eq!(records.len(), 3);
    assert_eq!(records[1]["errors"][0]["code"], code);
    assert_eq!(records[1]["errors"][0]["plugin"], "fault");
    assert!(claims_of(&records[1], "fault").is_empty());
    for i in [0, 2] {
        assert_eq!(claims_of(&records[i], "fault").len(), 1, "article {i}");
        assert!(records[i].get("errors").is_none(), "article {i}");
    }
    let base = baseline();
    for (record, bundled) in records.iter().zip(&base) {
        let mut others: Vec<Value> = record["claims"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["plugin"] != "fault")
            .cloned()
            .collect();
        others.sort_by_key(|c| c.to_string());
        let mut bundled = bundled.clone();
        bundled.sort_by_key(|c| c.to_string());
        assert_eq!(&others, &bundled);
    }
}

fn check(mode: &str, isolation: &str, feature: &str, limits: &str, code: &str, what: &str) {
    let dir = tempdir();
    articles(dir.path());
    let run = extract(dir.path(), mode, isolation, feature, limits);
    assert_contained(dir.path(), &run, code, what);
}

// Faults the host survives in both modes.

#[test]
fn a_panic_is_contained_in_both_modes() {
    for isolation in ["in-process", "process"] {
        check(
            "panic",
            isolation,
            "",
            "",
            "plugin_panic",
            "panicked on b.txt",
        );
    }
}

#[test]
fn an_error_is_contained_in_both_modes() {
    for isolation in ["in-process", "process"] {
        check(
            "error",
            isolation,
            "",
            "",
            "plugin_error",
            "fault plugin fails on purpose",
        );
    }
}

/// The `garbage` build returns bytes that are not JSON on every article.
#[test]
fn output_that_is_not_json_is_contained_in_both_modes() {
    let base = baseline();
    for isolation in ["in-process", "process"] {
        let dir = tempdir();
        articles(dir.path());
        let run = extract(dir.path(), "ok", isolation, "garbage", "");
        assert_eq!(run.code, 1, "{}", run.stderr);
        for name in ["a.txt", "b.txt", "c.txt"] {
            assert_contains!(
                run.stderr,
                format!(
                    "dateline: error: plugin fault gave malformed output on {name}: output is not a JSON array of claims"
                )
            );
        }
        for (record, bundled) in records(dir.path()).iter().zip(&base) {
            assert_eq!(record["errors"][0]["code"], "malformed_output");
            assert_eq!(record["claims"].as_array().unwrap(), bundled);
        }
    }
}

#[test]
fn too_many_claims_are_cut_in_both_modes() {
    for isolation in ["in-process", "process"] {
        let dir = tempdir();
        articles(dir.path());
        let run = extract(
            dir.path(),
            "flood",
            isolation,
            "",
            "claims_per_article = 100\n",
        );
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert_contains!(
            run.stderr,
            "plugin fault gave 1000 claims on b.txt, more than the limit of 100"
        );
        let records = records(dir.path());
        assert_eq!(claims_of(&records[1], "fault").len(), 100);
        assert_eq!(records[1]["errors"][0]["code"], "too_many_claims");
    }
}

#[test]
fn too_much_output_is_dropped_in_both_modes() {
    for isolation in ["in-process", "process"] {
        check(
            "huge",
            isolation,
            "",
            "output_bytes_per_article = 1048576\n",
            "output_too_large",
            "gave more than 1048576 bytes of output on b.txt",
        );
    }
}

#[test]
fn printing_plugins_cannot_corrupt_the_output_in_both_modes() {
    for isolation in ["in-process", "process"] {
        let dir = tempdir();
        articles(dir.path());
        let run = extract(dir.path(), "print", isolation, "", "");
        assert_eq!(run.code, 0, "{isolation}: {}", run.stderr);
        let records = records(dir.path());
        for r in &records {
            assert_eq!(claims_of(r, "fault").len(), 1, "{isolation}");
        }
    }
}

// Faults only process isolation survives.

#[test]
fn a_segfault_costs_one_article_when_isolated() {
    check(
        "segfault",
        "process",
        "",
        "",
        "plugin_crash",
        "killed by signal 11 (SIGSEGV)",
    );
}

#[test]
fn an_abort_costs_one_article_when_isolated() {
    check(
        "abort",
        "process",
        "",
        "",
        "plugin_crash",
        "killed by signal 6 (SIGABRT)",
    );
}

#[test]
fn an_endless_loop_costs_one_article_when_isolated() {
    check(
        "loop",
        "process",
        "",
        "",
        "plugin_timeout",
        "plugin fault timed out on b.txt after 2 s",
    );
}

#[test]
fn a_memory_leak_costs_one_article_when_isolated() {
    check(
        "leak",
        "process",
        "",
        "",
        "plugin_crash",
        "memory allocation of 67108864 bytes failed (memory limit 256 MiB)",
    );
}

/// In-process, a segfault kills the run (nothing can catch it). Nothing already
/// written is lost, though, and the same run resumed with isolation completes.
#[test]
fn an_in_process_segfault_kills_the_run_but_resuming_isolated_completes_it() {
    let dir = tempdir();
    articles(dir.path());
    let run = extract(dir.path(), "segfault", "in-process", "", "");
    // FIXME: in-process, a plugin that crashes the process takes the run with it;
    // only `--isolation process` contains it (pinned here: killed by SIGSEGV).
    assert_eq!(run.code, -1, "killed by a signal:\n{}", run.stderr);
    assert!(!dir.path().join("out.jsonl").exists());
    let run = dateline_in(dir.path(), &extract_args("process", &["--resume"]));
    assert_contained(dir.path(), &run, "plugin_crash", "SIGSEGV");
}

/// Isolation changes where plugins run, not what they find.
#[test]
fn isolated_runs_give_the_same_bytes() {
    let root = crate::util::root();
    let inproc = dateline_in(root, &["run", "docs/examples/articles", "--format", "json"]);
    let isolated = dateline_in(
        root,
        &[
            "run",
            "docs/examples/articles",
            "--format",
            "json",
            "--isolation",
            "process",
            "-j",
            "2",
        ],
    );
    assert_eq!(inproc.code, 0, "{}", inproc.stderr);
    assert_eq!(isolated.code, 0, "{}", isolated.stderr);
    assert_eq!(inproc.stdout, isolated.stdout);
}

/// A plugin file that others could have written is refused unless allowed.
#[cfg(unix)]
#[test]
fn insecure_plugin_files_are_refused_unless_allowed() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempdir();
    let lib = dir.path().join("libfault.so");
    fs::copy(fault_plugin(""), &lib).unwrap();
    fs::set_permissions(&lib, fs::Permissions::from_mode(0o666)).unwrap();
    let refused = dateline_in(dir.path(), &["plugins", "--plugin", "./libfault.so"]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert_contains!(
        refused.stderr,
        "dateline: error: plugin ./libfault.so: refused, the file is writable by every user (mode 666)"
    );
    assert!(!refused.stdout.contains("fault"));
    for allow in [
        vec![
            "plugins",
            "--plugin",
            "./libfault.so",
            "--allow-insecure-plugins",
        ],
        vec!["plugins", "--config", "allow.toml"],
    ] {
        fs::write(
            dir.path().join("allow.toml"),
            "[[load]]\npath = \"libfault.so\"\nallow_insecure = true\n",
        )
        .unwrap();
        let allowed = dateline_in(dir.path(), &allow);
        assert_eq!(allowed.code, 0, "{}", allowed.stderr);
        assert_contains!(allowed.stdout, "fault");
    }
}
