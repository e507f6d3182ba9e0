//! Snapshot tests of the example plugin, exactly as the tutorial shows them.

#[test]
fn fixtures() {
    dateline_testkit::assert_fixture_snapshots!(money_plugin::Money, "fixtures/*.md");
}
