//! Each fault plugin is loaded next to the bundled plugins: its failure must be reported
//! with its typed error, naming the plugin and the article, while the bundled plugins'
//! claims for the very same articles survive, and the exit code is 1.

use crate::util::{dateline, fault_plugin, tempdir, toml_path, write_config};

/// Run the example articles with the fault plugin (built with `feature`) in `mode`.
fn run_with_fault(feature: &str, mode: &str) -> crate::util::Run {
    let lib = fault_plugin(feature);
    let dir = tempdir();
    let config = write_config(
        dir.path(),
        &format!(
            "[[load]]\npath = {}\noptions = {{ mode = {mode:?} }}\n",
            toml_path(&lib)
        ),
    );
    dateline(&[
        "run",
        "docs/examples/articles",
        "--format",
        "json",
        "--config",
        config.to_str().unwrap(),
    ])
}

/// What must hold whatever the fault: exit 1, an error naming the code, and the
/// bundled plugins' output intact.
fn assert_fault_contained(run: &crate::util::Run, code: &str) {
    assert_eq!(run.code, 1, "stderr:\n{}", run.stderr);
    let json: serde_json::Value =
        serde_json::from_str(&run.stdout).expect("the timeline is still written");
    for plugin in ["dates", "casualties", "quotes"] {
        assert_contains!(run.stdout, format!("\"plugin\": \"{plugin}\""));
    }
    assert_contains!(run.stdout, format!("\"{code}\""));
    assert!(json["events"].as_array().is_some_and(|e| !e.is_empty()));
}

#[test]
fn a_panicking_plugin_is_reported_per_article() {
    let run = run_with_fault("", "panic");
    assert_fault_contained(&run, "plugin_panic");
    assert_contains!(run.stderr, "fault");
    assert_contains!(run.stderr, "panic");
    // The error names the article it happened on.
    assert_contains!(run.stderr, "veldra-toll-rises.md");
}

#[test]
fn a_plugin_error_is_reported_per_article() {
    let run = run_with_fault("", "error");
    assert_fault_contained(&run, "plugin_error");
    assert_contains!(run.stderr, "veldra-analysis.txt");
}

#[test]
fn claims_with_bad_spans_are_rejected() {
    let run = run_with_fault("", "bad_span");
    assert_fault_contained(&run, "malformed_output");
}

#[test]
fn malformed_json_output_is_rejected() {
    let run = run_with_fault("garbage", "ok");
    assert_fault_contained(&run, "malformed_output");
}

#[test]
fn packed_output_that_cannot_be_read_is_rejected_per_article() {
    // A truncated buffer loses the whole answer, a bad tag or bad UTF-8 one claim; each
    // is one error per article naming the plugin and the article, and the run goes on.
    for (mode, message) in [
        (
            "packed_truncated",
            "packed claims: truncated: a claim at byte 16",
        ),
        ("packed_bad_tag", "bad tag 7 for the payload tag at byte 49"),
        ("packed_bad_utf8", "the kind at byte 54 is not UTF-8"),
    ] {
        let run = run_with_fault("bad-packed", mode);
        assert_fault_contained(&run, "malformed_output");
        assert_contains!(run.stderr, message);
        assert_contains!(
            run.stderr,
            "plugin fault gave malformed output on docs/examples/articles/veldra-analysis.txt"
        );
    }
}

#[test]
fn a_library_with_another_abi_version_is_refused_before_it_runs() {
    let lib = fault_plugin("wrong-abi");
    let run = dateline(&[
        "run",
        "docs/examples/articles",
        "--plugin",
        lib.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_contains!(run.stderr, lib.to_str().unwrap());
    assert_contains!(run.stderr, "999");
    // The run went on with the bundled plugins.
    assert_contains!(run.stdout, "Veldra");
}

#[test]
fn a_library_without_an_entry_symbol_is_refused() {
    let lib = fault_plugin("no-entry");
    let run = dateline(&["plugins", "--plugin", lib.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_contains!(run.stderr, "dateline_plugin_entry_");
}

#[test]
fn a_file_that_is_not_a_library_is_refused() {
    let run = dateline(&["plugins", "--plugin", "README.md"]);
    assert_eq!(run.code, 1);
    assert_contains!(run.stderr, "README.md");
    // The bundled plugins are still listed.
    assert_contains!(run.stdout, "dates");
}
