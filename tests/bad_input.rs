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

/// The hostile folder of issue 11: a good article among random bytes, an empty file,
/// unterminated front matter, JSON nested 100,000 deep, a 56 MB single JSON line (as
/// `.json` and as `.jsonl`) and a truncated TimeML file. Each gets an error that names
/// it and says what is wrong; the good article's claims are all there.
#[test]
fn hostile_files_each_get_a_precise_error() {
    let dir = tempdir();
    let p = dir.path();
    fs::write(
        p.join("good.md"),
        "+++\ntitle = \"Bridge reopens\"\npublished = 2024-05-02\n+++\nThe bridge reopened on Monday. At least 3 people were hurt, officials said.\n",
    )
    .unwrap();
    // 200 KB from a fixed xorshift sequence: random, yet the same on every run.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let random: Vec<u8> = (0..200_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    fs::write(p.join("random.txt"), random).unwrap();
    fs::write(p.join("empty.txt"), b"").unwrap();
    fs::write(
        p.join("unterminated.md"),
        "+++\ntitle = \"No end\"\nBody.\n",
    )
    .unwrap();
    fs::write(
        p.join("deep.json"),
        format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
    )
    .unwrap();
    let long = format!("{{\"text\": \"{}\"}}\n", "a".repeat(56_000_000));
    fs::write(p.join("long.json"), &long).unwrap();
    fs::write(
        p.join("long.jsonl"),
        format!("{long}{{\"text\": \"Second line.\"}}\n"),
    )
    .unwrap();
    fs::write(p.join("broken.tml"), "<TimeML><TEXT>").unwrap();

    let run = dateline_in(p, &["extract", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let expected = [
        ("random.txt", "looks like a binary file (NUL byte at byte"),
        ("empty.txt", "no text (the file or article is empty)"),
        ("unterminated.md", "bad front matter: no closing `+++` line"),
        (
            "deep.json",
            "JSON nested deeper than 64 levels (at byte 64)",
        ),
        (
            "long.json",
            "file too large (56000013 bytes, limit 33554432)",
        ),
        ("long.jsonl#1:1", "line too long (at least"),
        (
            "broken.tml",
            "bad TimeML: the <TimeML> element is not closed (is the file truncated?)",
        ),
    ];
    for (name, what) in expected {
        let line = run
            .stderr
            .lines()
            .find(|l| l.contains(name) && l.contains(what))
            .unwrap_or_else(|| panic!("no error names {name} with {what:?}:\n{}", run.stderr));
        assert!(line.starts_with("dateline: error: "), "{line}");
    }
    assert_eq!(run.stderr.lines().count(), expected.len(), "{}", run.stderr);
    let records: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let good = records.iter().find(|r| r["input"] == "./good.md").unwrap();
    let plugins: Vec<&str> = good["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["plugin"].as_str().unwrap())
        .collect();
    for plugin in ["dates", "casualties", "quotes"] {
        assert!(plugins.contains(&plugin), "{plugin}: {plugins:?}");
    }
    // The line after the over-long one is still read.
    assert!(
        records
            .iter()
            .any(|r| r["document"]["text"] == "Second line.")
    );
}
