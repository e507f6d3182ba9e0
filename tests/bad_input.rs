use std::fs;

use crate::util::{dateline_in, tempdir};

/// One good article among files that are each broken in their own way.
#[test]
fn each_bad_file_gets_its_own_error_and_the_rest_is_processed() {
    let dir = tempdir();
    let p = dir.path();
    fs::write(
        p.join("good.md"),
        "+++\ntitle = \"Bridge reopens\"\npublished = 2024-05-02\n+++\nThe bridge reopened on Monday.\n",
    )
    .unwrap();
    fs::write(
        p.join("latin1.txt"),
        b"Title\n\nCaf\xe9 closed on Monday.\n",
    )
    .unwrap();
    fs::write(p.join("empty.txt"), b"").unwrap();
    fs::write(p.join("blank.txt"), b"  \n\n \n").unwrap();
    fs::write(
        p.join("binary.txt"),
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00",
    )
    .unwrap();
    fs::write(
        p.join("unterminated.md"),
        "+++\ntitle = \"No end\"\nThe body.\n",
    )
    .unwrap();
    fs::write(
        p.join("badtoml.md"),
        "+++\ntitle = No quotes\n+++\nThe body.\n",
    )
    .unwrap();
    fs::write(p.join("broken.json"), "{\"title\": \"x\", \"text\": ").unwrap();
    fs::write(p.join("notext.json"), "{\"title\": \"Only a title\"}").unwrap();

    let run = dateline_in(p, &["run", ".", "--format", "json"]);
    assert_eq!(
        run.code, 1,
        "some inputs failed, so the exit code is 1\n{}",
        run.stderr
    );
    // The good article still made it into the timeline.
    assert_contains!(run.stdout, "The bridge reopened on Monday.");
    // Each broken file is named in its own error message.
    for name in [
        "latin1.txt",
        "empty.txt",
        "blank.txt",
        "binary.txt",
        "unterminated.md",
        "badtoml.md",
        "broken.json",
        "notext.json",
    ] {
        let line = run
            .stderr
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("no error names {name}:\n{}", run.stderr));
        assert!(line.starts_with("dateline: error: "), "{line}");
    }
    // The reasons are precise, not a generic "failed".
    assert_contains!(run.stderr.to_lowercase(), "utf-8");
    assert_contains!(run.stderr.to_lowercase(), "empty");
    assert_contains!(run.stderr.to_lowercase(), "binary");
    assert_contains!(run.stderr.to_lowercase(), "front matter");
    // The JSON output keeps every problem too, with its stable code.
    for code in ["invalid_utf8", "empty", "binary"] {
        assert_contains!(run.stdout, format!("\"{code}\""));
    }
}

#[test]
fn a_missing_path_is_an_error_but_not_the_end_of_the_run() {
    let dir = tempdir();
    fs::write(
        dir.path().join("a.txt"),
        "A title\n\nThe dam burst on 3 May 2024.\n",
    )
    .unwrap();
    let run = dateline_in(dir.path(), &["run", "a.txt", "missing.txt"]);
    assert_eq!(run.code, 1);
    assert_contains!(run.stderr, "missing.txt");
    // The article that exists is still on the timeline (the date is set in bold there).
    assert_contains!(run.stdout, "The dam burst on");
}
