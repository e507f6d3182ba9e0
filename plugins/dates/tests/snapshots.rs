//! Snapshot the dates plugin's claims and timeline on the fixture articles, one
//! expression family per fixture.

#[test]
fn fixtures() {
    dateline_testkit::assert_fixture_snapshots!(dateline_dates::Dates, "fixtures/*.md");
}
