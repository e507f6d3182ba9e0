use crate::util::{build_cdylib, dateline};

#[test]
fn the_tutorial_plugin_builds_loads_and_adds_its_claims() {
    let lib = build_cdylib(
        "docs/examples/money-plugin/Cargo.toml",
        None,
        &[],
        "money-plugin",
        "money_plugin",
    );
    let lib = lib.to_str().unwrap();

    let listed = dateline(&["plugins", "--plugin", lib]);
    assert_eq!(listed.code, 0, "{}", listed.stderr);
    assert_contains!(listed.stdout, "money");

    let run = dateline(&[
        "run",
        "docs/examples/articles",
        "--plugin",
        lib,
        "--only",
        "money,dates",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let text = json.to_string();
    // The custom kind travels through the timeline untouched.
    assert_contains!(text, "\"kind\":\"money\"");
    assert_contains!(text, "\"currency\":\"EUR\"");
    assert_contains!(text, "\"amount\":25000000.0");
    // --only dropped the other bundled plugins.
    assert!(!text.contains("\"plugin\":\"quotes\""));
}
