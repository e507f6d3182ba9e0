//! Every input under `crates/fuzz/regressions/TARGET/` (crashes the fuzzers found, and
//! hand-written hostile inputs) replayed through the body of fuzz target TARGET: the
//! fuzz crate itself needs nightly features, so the suite compiles its target bodies
//! (`crates/fuzz/src/lib.rs`) here and runs them on the stable toolchain.

#[allow(dead_code)]
#[path = "../crates/fuzz/src/lib.rs"]
pub mod targets;

#[test]
fn every_fuzz_regression_input_passes_its_target() {
    let dir = crate::util::root().join("crates/fuzz/regressions");
    let mut replayed = 0;
    for (name, target) in targets::TARGETS {
        let folder = dir.join(name);
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        assert!(!files.is_empty(), "{name} has no regression input");
        for file in files {
            let data = std::fs::read(&file).unwrap();
            let outcome = std::panic::catch_unwind(|| target(&data));
            assert!(outcome.is_ok(), "{} fails its target", file.display());
            replayed += 1;
        }
    }
    // Every folder is replayed: none was skipped by a typo in a target's name.
    let folders = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(folders, targets::TARGETS.len());
    assert!(replayed >= folders);
}
