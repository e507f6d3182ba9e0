use std::path::Path;

use crate::util::{bundled_cdylibs, dateline, tempdir, toml_path, write_config};

/// A configuration that turns the compiled-in plugins off and loads the same three
/// plugins from their shared libraries instead.
fn dynamic_config(dir: &Path) -> String {
    let mut toml = String::from(
        "[plugins.dates]\nenabled = false\n[plugins.casualties]\nenabled = false\n[plugins.quotes]\nenabled = false\n",
    );
    for lib in bundled_cdylibs() {
        toml.push_str(&format!("\n[[load]]\npath = {}\n", toml_path(lib)));
    }
    write_config(dir, &toml)
        .to_str()
        .expect("UTF-8 path")
        .to_owned()
}

#[test]
fn loaded_plugins_give_a_byte_identical_timeline() {
    let dir = tempdir();
    let config = dynamic_config(dir.path());
    for format in ["json", "md"] {
        let builtin = dateline(&["run", "docs/examples/articles", "--format", format]);
        let dynamic = dateline(&[
            "run",
            "docs/examples/articles",
            "--format",
            format,
            "--config",
            &config,
        ]);
        assert_eq!(builtin.code, 0, "{}", builtin.stderr);
        assert_eq!(dynamic.code, 0, "{}", dynamic.stderr);
        assert!(!builtin.stdout.is_empty());
        assert_eq!(builtin.stdout, dynamic.stdout, "{format} output differs");
    }
}

#[test]
fn loaded_plugins_give_byte_identical_claims() {
    let dir = tempdir();
    let config = dynamic_config(dir.path());
    let builtin = dateline(&["extract", "docs/examples/articles", "tests/fixtures"]);
    let dynamic = dateline(&[
        "extract",
        "docs/examples/articles",
        "tests/fixtures",
        "--config",
        &config,
    ]);
    assert_eq!(dynamic.code, 0, "{}", dynamic.stderr);
    assert_eq!(builtin.stdout, dynamic.stdout);
}

#[test]
fn plugins_lists_origins_and_metadata_of_loaded_libraries() {
    let dir = tempdir();
    let config = dynamic_config(dir.path());
    let run = dateline(&["plugins", "--config", &config, "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let infos: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let infos = infos.as_array().expect("a list");
    assert_eq!(infos.len(), 3);
    for (info, lib) in infos.iter().zip(bundled_cdylibs()) {
        assert_eq!(info["abi_version"], 1);
        assert_eq!(info["origin"], lib.to_str().unwrap());
    }
    let names: Vec<&str> = infos.iter().map(|i| i["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["dates", "casualties", "quotes"]);
}
