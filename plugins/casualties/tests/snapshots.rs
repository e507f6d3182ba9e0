//! Snapshot tests: one fixture article per pattern family (`tests/fixtures/*.md`), each
//! snapshotted with its claims and the timeline they make (see `dateline-testkit`).

#[test]
fn fixtures() {
    dateline_testkit::assert_fixture_snapshots!(dateline_casualties::Casualties, "fixtures/*.md");
}
