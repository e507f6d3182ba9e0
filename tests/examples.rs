use crate::util::dateline;

/// The snapshot was read line by line. It pins these known mistakes of today's plugins
/// (each a FIXME for the plugin named), so a fix shows up as a reviewed diff:
/// - FIXME(quotes): "…, the defence ministry said." gets the speaker "the regional health
///   directorate" (a role resolved to an earlier organisation) instead of the ministry;
/// - FIXME(quotes): "engineers across the region have asked how many …" gets the speaker
///   "the region" instead of "engineers across the region";
/// - FIXME(quotes): "according to a survey by the European Association of Dam Engineers"
///   gets the speaker "Dam Engineers" instead of the survey (or the association);
/// - FIXME(quotes): "engineers reported cracks" and "the inquiry is expected to publish"
///   are taken for reported speech;
/// - FIXME(quotes): the indirect quote of the first sentence starts with the wire
///   dateline "OSKAR, March 10 (Northwire) -";
/// - FIXME(timeline): the two pieces of a quote continued in a second sentence are shown
///   joined by a space ("… ten minutes We had …"), because the payload's content joins
///   pieces with a space.
#[test]
fn example_articles_render_as_a_markdown_timeline() {
    let run = dateline(&["run", "docs/examples/articles"]);
    assert_eq!(run.code, 0, "stderr:\n{}", run.stderr);
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn example_articles_render_as_canonical_json() {
    let run = dateline(&["run", "docs/examples/articles", "--format", "json"]);
    assert_eq!(run.code, 0, "stderr:\n{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    assert_eq!(json["schema"], "dateline.timeline/1");
    let events = json["events"].as_array().expect("an events array");
    assert!(events.len() >= 10, "only {} events", events.len());
    // Every bundled plugin contributed something to the example story.
    for plugin in ["dates", "casualties", "quotes"] {
        assert_contains!(run.stdout, format!("\"plugin\": \"{plugin}\""));
    }
    // The JSON names inputs relative to where the command ran, never absolutely.
    assert!(!run.stdout.contains(env!("CARGO_MANIFEST_DIR")));
}

#[test]
fn focused_fixtures() {
    insta::glob!("fixtures/timeline/*", |path| {
        let rel = path
            .strip_prefix(crate::util::root())
            .expect("fixture inside the repository");
        let run = dateline(&["run", rel.to_str().expect("UTF-8 path")]);
        assert_eq!(run.code, 0, "stderr:\n{}", run.stderr);
        insta::assert_snapshot!(run.stdout);
    });
}
