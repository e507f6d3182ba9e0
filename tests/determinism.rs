use crate::util::dateline;

#[test]
fn run_output_does_not_depend_on_the_thread_count() {
    let one = dateline(&[
        "run",
        "docs/examples/articles",
        "tests/fixtures",
        "--format",
        "json",
        "--jobs",
        "1",
    ]);
    let eight = dateline(&[
        "run",
        "docs/examples/articles",
        "tests/fixtures",
        "--format",
        "json",
        "--jobs",
        "8",
    ]);
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert_eq!(one.stdout, eight.stdout);
}

#[test]
fn extract_output_does_not_depend_on_the_thread_count() {
    let one = dateline(&["extract", "docs/examples/articles", "--jobs", "1"]);
    let eight = dateline(&["extract", "docs/examples/articles", "--jobs", "8"]);
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert!(!one.stdout.is_empty());
    assert_eq!(one.stdout, eight.stdout);
}

#[test]
fn repeated_runs_give_the_same_bytes() {
    let a = dateline(&["run", "docs/examples/articles"]);
    let b = dateline(&["run", "docs/examples/articles"]);
    assert_eq!(a.stdout, b.stdout);
}
