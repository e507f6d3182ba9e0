//! The dynamic plugin path against a plugin that fails on purpose
//! (`tests/fault-plugin`): every failure is a typed error naming the plugin and the
//! article, and the other plugins' claims for the same article survive.
//!
//! The fault plugin is built by the test itself, once per feature variant, in a target
//! folder of its own under `CARGO_TARGET_TMPDIR`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use dateline_host::HostError;
use dateline_host::pipeline::{self, RunOptions};
use dateline_host::registry::{Origin, Registry};
use dateline_host::segment::segment_document;
use dateline_plugin::serde_json::{Value, json};
use dateline_plugin::{
    ABI_VERSION, Claim, Document, Extractor, Manifest, Payload, PluginError, Span,
};

/// The feature variants of the fault plugin, built once for the whole test binary.
const VARIANTS: &[&str] = &[
    "",
    "wrong-abi",
    "garbage",
    "small-entry",
    "no-entry",
    "two-entries",
    "v1-entry",
    "view-entry",
    "bad-packed",
];

/// The path of the fault plugin built with `feature` (empty for the default build).
fn fault_plugin(feature: &str) -> PathBuf {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    let dir = BUILT.get_or_init(build_all);
    dir.join(variant_file(feature))
}

fn variant_file(feature: &str) -> String {
    let name = if feature.is_empty() {
        "default"
    } else {
        feature
    };
    format!(
        "{}fault_{name}{}",
        std::env::consts::DLL_PREFIX,
        std::env::consts::DLL_SUFFIX
    )
}

/// Build every variant into one target folder (dependencies are compiled once) and
/// copy each library under its own name, since every build writes the same file.
fn build_all() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let manifest = root.join("tests/fault-plugin/Cargo.toml");
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fault-plugin");
    let out = target.join("variants");
    std::fs::create_dir_all(&out).unwrap();
    for feature in VARIANTS {
        let mut cmd = Command::new(env!("CARGO"));
        cmd.arg("build")
            .arg("--manifest-path")
            .arg(&manifest)
            .arg("--target-dir")
            .arg(&target);
        if !feature.is_empty() {
            cmd.args(["--features", feature]);
        }
        let output = cmd.output().expect("cargo runs");
        assert!(
            output.status.success(),
            "building the fault plugin ({feature}) failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let built = target.join("debug").join(format!(
            "{}fault_plugin{}",
            std::env::consts::DLL_PREFIX,
            std::env::consts::DLL_SUFFIX
        ));
        std::fs::copy(&built, out.join(variant_file(feature))).unwrap();
    }
    out
}

/// A compiled-in plugin that marks the word "truce", to check that its claims survive
/// the fault plugin's failures.
struct Truce;
impl Extractor for Truce {
    const MANIFEST: Manifest = Manifest {
        name: "truce",
        version: "1.0.0",
        description: "the word truce",
        kinds: &["truce"],
    };
    fn create(_: &Value) -> Result<Self, PluginError> {
        Ok(Truce)
    }
    fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError> {
        Ok(doc
            .text
            .match_indices("truce")
            .map(|(i, w)| {
                Claim::new(
                    doc,
                    Span::new(i, i + w.len()),
                    Payload::other("truce", json!({})),
                )
            })
            .collect())
    }
}

/// The fault plugin's `ok`, `flood` and `huge` modes, compiled in: the same name,
/// version, kind and claims, so that its output can be compared with the library's.
struct Mirror(String);
impl Extractor for Mirror {
    const MANIFEST: Manifest = Manifest {
        name: "fault",
        version: "0.0.1",
        description: "the fault plugin's ok, flood and huge modes",
        kinds: &["fault"],
    };
    fn create(config: &Value) -> Result<Self, PluginError> {
        Ok(Mirror(config["mode"].as_str().unwrap_or("ok").to_owned()))
    }
    fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError> {
        let first = doc.sentences[0];
        let good = Claim::new(doc, first, Payload::other("fault", json!({"mode": "ok"})));
        Ok(match self.0.as_str() {
            "flood" => vec![good; 1000],
            "huge" => vec![Claim {
                payload: Payload::other("fault", json!({"filler": "x".repeat(4 << 20)})),
                ..good
            }],
            _ => vec![good],
        })
    }
}

fn document() -> Document {
    let mut doc = Document::from_text("set/a.md", "Café owners cheered. A truce held.");
    segment_document(&mut doc);
    doc
}

/// A registry with the truce builtin and the fault plugin in `mode`.
fn registry(feature: &str, mode: &str) -> Registry {
    let mut r = Registry::new();
    r.add_builtin::<Truce>(&json!({})).unwrap();
    r.load(&fault_plugin(feature), &json!({ "mode": mode }))
        .unwrap();
    r
}

fn summary(claims: &[Claim]) -> Vec<(String, String, usize)> {
    claims
        .iter()
        .map(|c| (c.plugin.clone(), c.text.clone(), c.sentence))
        .collect()
}

#[test]
fn inspect_reads_metadata_without_creating() {
    let path = fault_plugin("");
    let info = Registry::inspect(&path).unwrap();
    assert_eq!(info.name, "fault");
    assert_eq!(info.version, "0.0.1");
    assert_eq!(info.abi_version, ABI_VERSION);
    assert_eq!(info.kinds, ["fault"]);
    assert_eq!(info.description, "fails on purpose (host tests)");
    assert_eq!(info.origin, Origin::Path(path));
}

#[test]
fn ok_plugin_claims_are_stamped_like_builtin_ones() {
    let r = registry("", "ok");
    let (claims, errors) = r.extract(&document());
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        summary(&claims),
        [
            ("fault".to_owned(), "Café owners cheered.".to_owned(), 0),
            ("truce".to_owned(), "truce".to_owned(), 1),
        ]
    );
    assert_eq!(claims[0].version, "0.0.1");
}

#[test]
fn each_failure_is_a_typed_error_and_other_claims_survive() {
    let cases = [
        (
            "",
            "panic",
            "plugin_panic",
            "plugin fault panicked on set/a.md: fault plugin panics on purpose",
            0,
        ),
        (
            "",
            "error",
            "plugin_error",
            "plugin fault failed on set/a.md: fault plugin fails on purpose",
            0,
        ),
        (
            "",
            "bad_span",
            "malformed_output",
            "plugin fault gave malformed output on set/a.md: 2 of 3 claims dropped; first: claim 1: span 35..45 is outside the text (35 bytes)",
            1,
        ),
        (
            "",
            "garbage",
            "malformed_output",
            "plugin fault gave malformed output on set/a.md: 1 of 1 claims dropped; first: claim 1: kind \"undeclared\" is not declared by the plugin (declared: fault)",
            0,
        ),
        (
            "garbage",
            "ok",
            "malformed_output",
            "plugin fault gave malformed output on set/a.md: output is not a JSON array of claims: expected ident at line 1 column 2",
            0,
        ),
    ];
    for (feature, mode, code, message, fault_claims) in cases {
        let r = registry(feature, mode);
        let (claims, errors) = r.extract(&document());
        let errors: Vec<(&str, Option<&str>, String)> = errors
            .iter()
            .map(|e| (e.code(), e.plugin(), e.to_string()))
            .collect();
        assert_eq!(
            errors,
            [(code, Some("fault"), message.to_owned())],
            "{feature} {mode}"
        );
        assert_eq!(
            claims.iter().filter(|c| c.plugin == "fault").count(),
            fault_claims,
            "{feature} {mode}"
        );
        assert!(
            claims.iter().any(|c| c.plugin == "truce"),
            "{feature} {mode}: truce claims lost"
        );
    }
}

#[test]
fn load_failures_name_the_library() {
    let wrong = fault_plugin("wrong-abi");
    let err = Registry::new().load(&wrong, &json!({})).unwrap_err();
    assert_eq!(err.code(), "abi_mismatch");
    assert_eq!(
        err.to_string(),
        format!(
            "plugin {}: incompatible ABI version: host has ABI {ABI_VERSION}, library has ABI 999 (rebuild the plugin against dateline-plugin with ABI {ABI_VERSION})",
            wrong.display()
        )
    );
    assert!(matches!(
        Registry::inspect(&wrong),
        Err(HostError::AbiMismatch { library: 999, .. })
    ));

    let small = fault_plugin("small-entry");
    let err = Registry::new().load(&small, &json!({})).unwrap_err();
    assert_eq!(err.code(), "entry_too_small");
    assert_eq!(
        err.to_string(),
        format!(
            "plugin {}: entry struct is 8 bytes, the host needs at least {}",
            small.display(),
            dateline_plugin::abi::MIN_ENTRY_SIZE
        )
    );

    let none = fault_plugin("no-entry");
    let err = Registry::new().load(&none, &json!({})).unwrap_err();
    assert_eq!(err.code(), "missing_entry");
    assert!(
        err.to_string()
            .starts_with(&format!("plugin {}: no symbol", none.display()))
    );

    let two = fault_plugin("two-entries");
    let err = Registry::inspect(&two).unwrap_err();
    assert_eq!(err.code(), "ambiguous_entry");
    assert_eq!(
        err.to_string(),
        format!(
            "plugin {}: several entry symbols (dateline_plugin_entry_fault_plugin, dateline_plugin_entry_fault_twin); a library must export exactly one",
            two.display()
        )
    );
}

#[test]
fn a_library_with_the_first_entry_layout_is_called_through_json() {
    // The entry's size ends before `extract_view`, as a library built before the view
    // has it; its `extract_view` fails every article, so claims without errors prove
    // the host used `extract` (the JSON document) instead.
    let path = fault_plugin("v1-entry");
    let info = Registry::inspect(&path).unwrap();
    assert_eq!(info.name, "fault");
    assert_eq!(info.abi_version, ABI_VERSION);
    answers_as_the_current_entry("v1-entry", &["ok", "bad_span"]);
}

#[test]
fn a_library_with_the_view_entry_layout_answers_json() {
    // The entry's size ends before `extract_packed`, as a library built with the view
    // but before packed claims has it; its `extract_packed` fails every article, so
    // claims without errors prove the host called `extract_view` and read JSON.
    answers_as_the_current_entry(
        "view-entry",
        &["ok", "bad_span", "garbage", "error", "panic"],
    );
}

/// The library built with an older entry layout gives, in every mode, the claims and
/// errors of the current one, and its `ok` mode a clean claim of its own.
fn answers_as_the_current_entry(layout: &str, modes: &[&str]) {
    let messages =
        |errors: &[HostError]| -> Vec<String> { errors.iter().map(ToString::to_string).collect() };
    for &mode in modes {
        let (old_claims, old_errors) = registry(layout, mode).extract(&document());
        let (new_claims, new_errors) = registry("", mode).extract(&document());
        assert_eq!(old_claims, new_claims, "{layout} {mode}");
        assert_eq!(
            messages(&old_errors),
            messages(&new_errors),
            "{layout} {mode}"
        );
    }
    let (claims, errors) = registry(layout, "ok").extract(&document());
    assert!(errors.is_empty(), "{layout}: {errors:?}");
    assert_eq!(claims.iter().filter(|c| c.plugin == "fault").count(), 1);
}

#[test]
fn packed_answers_that_cannot_be_read_are_precise_errors() {
    // The `ok` claim's body is 60 bytes (see the fault plugin's `corrupt_packed`).
    let prefix = "plugin fault gave malformed output on set/a.md: ";
    let cases = [
        (
            "packed_truncated",
            "packed claims: truncated: a claim at byte 16 needs 60 bytes, 57 left",
        ),
        (
            "packed_bad_magic",
            "packed claims: the buffer does not start with \"DLPC\" (it starts with [7b, 4c, 50, 43])",
        ),
        (
            "packed_bad_version",
            "packed claims: version 9; this host reads version 1",
        ),
        (
            "packed_bad_tag",
            "1 of 1 claims dropped; first: claim 1: not a claim: bad tag 7 for the payload tag at byte 49",
        ),
        (
            "packed_bad_utf8",
            "1 of 1 claims dropped; first: claim 1: not a claim: the kind at byte 54 is not UTF-8: invalid utf-8 sequence of 1 bytes from index 0",
        ),
        (
            "packed_bad_span",
            "1 of 1 claims dropped; first: claim 1: span 0..1000 is outside the text (35 bytes)",
        ),
    ];
    for (mode, message) in cases {
        let (claims, errors) = registry("bad-packed", mode).extract(&document());
        let errors: Vec<(&str, Option<&str>, String)> = errors
            .iter()
            .map(|e| (e.code(), e.plugin(), e.to_string()))
            .collect();
        assert_eq!(
            errors,
            [(
                "malformed_output",
                Some("fault"),
                format!("{prefix}{message}")
            )],
            "{mode}"
        );
        assert!(!claims.iter().any(|c| c.plugin == "fault"), "{mode}");
        assert!(
            claims.iter().any(|c| c.plugin == "truce"),
            "{mode}: truce claims lost"
        );
    }
    // The same build answers uncorrupted claims in the other modes: the corruption, not
    // the hand-written entry, is what fails above.
    let (claims, errors) = registry("bad-packed", "ok").extract(&document());
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(claims.iter().filter(|c| c.plugin == "fault").count(), 1);
}

#[test]
fn packed_and_json_answers_are_held_to_the_same_limits() {
    use dateline_host::registry::Limits;
    // `huge` is one claim with 4 MiB of payload, `flood` a thousand claims; a limit just
    // below and just above each one's JSON must refuse and accept alike on the packed
    // path (the default build) and for the same plugin compiled in.
    let doc = document();
    let size = |mode: &str| -> u64 {
        let claims = Mirror::create(&json!({ "mode": mode }))
            .unwrap()
            .extract(&doc)
            .unwrap();
        claims
            .iter()
            .map(|c| dateline_plugin::serde_json::to_vec(c).unwrap().len() as u64)
            .sum()
    };
    for mode in ["ok", "flood", "huge"] {
        let json_size = size(mode);
        for (limit, refused) in [(json_size - 1, true), (json_size, false)] {
            let limits = Limits {
                max_output_bytes: limit,
                ..Limits::default()
            };
            let mut loaded = Registry::new();
            loaded.set_limits(limits);
            loaded
                .load(&fault_plugin(""), &json!({ "mode": mode }))
                .unwrap();
            let mut builtin = Registry::new();
            builtin.set_limits(limits);
            builtin
                .add_builtin::<Mirror>(&json!({ "mode": mode }))
                .unwrap();
            let (lc, le) = loaded.extract(&doc);
            let (bc, be) = builtin.extract(&doc);
            assert_eq!(lc, bc, "{mode} {limit}");
            let codes = |e: &[HostError]| e.iter().map(|e| e.to_string()).collect::<Vec<_>>();
            assert_eq!(codes(&le), codes(&be), "{mode} {limit}");
            assert_eq!(
                le.iter().any(|e| e.code() == "output_too_large"),
                refused,
                "{mode} {limit}"
            );
        }
    }
}

#[test]
fn a_document_with_metadata_crosses_the_view() {
    // The `ok` mode's claim spans the first sentence, so a view that lost or shifted the
    // sentences, or mangled the UTF-8 text, would show here. That every field of the
    // document survives the view is tested in the plugin crate (abi.rs).
    let mut doc = Document::from_text("set/é.md", "Ünïcode first. Then a truce.");
    doc.title = Some(String::new());
    doc.url = Some("https://example.org/é".to_owned());
    doc.published = chrono::NaiveDate::from_ymd_opt(1998, 1, 8);
    segment_document(&mut doc);
    let r = registry("", "ok");
    let (claims, errors) = r.extract(&doc);
    assert!(errors.is_empty(), "{errors:?}");
    let fault: Vec<&Claim> = claims.iter().filter(|c| c.plugin == "fault").collect();
    assert_eq!(fault.len(), 1);
    assert_eq!(fault[0].text, "Ünïcode first.");
}

#[test]
fn create_failure_and_duplicate_names() {
    let path = fault_plugin("");
    let mut r = Registry::new();
    let err = r.load(&path, &json!({"mode": "bogus"})).unwrap_err();
    assert_eq!(err.code(), "plugin_create");
    assert_eq!(
        err.to_string(),
        format!(
            "plugin fault ({}): create failed: invalid configuration: unknown mode \"bogus\"",
            path.display()
        )
    );
    r.load(&path, &json!({})).unwrap();
    let err = r.load(&path, &json!({})).unwrap_err();
    assert_eq!(err.code(), "duplicate_plugin");
    assert_eq!(r.len(), 1);
}

#[test]
fn a_dropped_registry_leaves_the_library_usable() {
    let path = fault_plugin("");
    for _ in 0..3 {
        let mut r = Registry::new();
        r.load(&path, &json!({})).unwrap();
        let (claims, errors) = r.extract(&document());
        assert!(errors.is_empty());
        assert_eq!(claims.len(), 1);
    }
}

#[test]
fn dynamic_plugins_give_the_same_records_whatever_the_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..24 {
        let text = if i % 5 == 0 {
            "Panic here? A truce."
        } else {
            "Talks went on. A truce held."
        };
        std::fs::write(
            dir.path().join(format!("{i:02}.txt")),
            format!("Title {i}\n{text}\n"),
        )
        .unwrap();
    }
    let run = |jobs| {
        let r = registry("", "bad_span");
        let mut out = Vec::new();
        let summary = pipeline::run(
            &r,
            &[dir.path().to_path_buf()],
            &RunOptions {
                jobs,
                ..RunOptions::default()
            },
            &|_| {},
            &mut |rec| out.push(dateline_plugin::serde_json::to_string(&rec).unwrap()),
        );
        (out, summary)
    };
    let (one, s1) = run(1);
    let (four, s4) = run(4);
    assert_eq!(one, four);
    assert_eq!(s1, s4);
    assert_eq!(s1.articles, 24);
    // Every article has one malformed-output problem (the out-of-range claim).
    assert_eq!(s1.problems, 24);
}
