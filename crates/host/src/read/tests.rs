use super::*;

/// A temporary folder with files written from (name, bytes) pairs.
fn fixture(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
    dir
}

fn read_one(name: &str, bytes: &[u8], opts: &ReadOptions) -> Vec<ReadResult> {
    let dir = fixture(&[(name, bytes)]);
    read_file(&dir.path().join(name), opts)
}

fn doc(r: &ReadResult) -> &Document {
    r.document
        .as_ref()
        .unwrap_or_else(|| panic!("no document: {:?}", r.errors))
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The error code of a file that fails as a whole.
fn fail_code(name: &str, bytes: &[u8], opts: &ReadOptions) -> (&'static str, String) {
    let rs = read_one(name, bytes, opts);
    assert_eq!(rs.len(), 1);
    assert!(rs[0].document.is_none(), "{name} unexpectedly read");
    assert_eq!(rs[0].errors.len(), 1);
    (rs[0].errors[0].code(), rs[0].errors[0].to_string())
}

#[test]
fn plain_text_title_is_first_line_and_not_in_text() {
    let rs = read_one(
        "a.txt",
        b"\xEF\xBB\xBF\n  Strike hits port  \r\nTwo died. Four fled.\r\n",
        &ReadOptions::default(),
    );
    let d = doc(&rs[0]);
    assert_eq!(d.title.as_deref(), Some("Strike hits port"));
    assert_eq!(d.text, "Two died. Four fled.\r\n");
    assert_eq!(d.sentence(1), Some("Four fled."));
    assert_eq!(d.published, None);
    assert!(d.id.ends_with("a.txt"));
    assert!(rs[0].errors.is_empty());
}

#[test]
fn markdown_heading_title_loses_its_hashes() {
    let rs = read_one(
        "a.md",
        b"# Port closed\n\nShips wait.\n",
        &ReadOptions::default(),
    );
    assert_eq!(doc(&rs[0]).title.as_deref(), Some("Port closed"));
    assert_eq!(doc(&rs[0]).text, "\nShips wait.\n");
}

#[test]
fn front_matter_fields() {
    let src = b"+++\ntitle = \"Talks resume\"\npublished = 2024-04-16\nsource = \"Wire\"\nurl = \"https://example.org/a\"\nid = \"talks-1\"\n+++\nTalks resumed on Monday.\n";
    let rs = read_one("a.md", src, &ReadOptions::default());
    let d = doc(&rs[0]);
    assert_eq!(d.title.as_deref(), Some("Talks resume"));
    assert_eq!(d.published, Some(date("2024-04-16")));
    assert_eq!(d.source.as_deref(), Some("Wire"));
    assert_eq!(d.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(d.id, "talks-1");
    assert_eq!(d.text, "Talks resumed on Monday.\n");
    assert_eq!(d.sentences.len(), 1);
}

#[test]
fn front_matter_accepts_date_strings_and_the_date_key() {
    let src = b"+++\ndate = \"2024-04-16T10:00:00Z\"\n+++\nBody.\n";
    let rs = read_one("a.md", src, &ReadOptions::default());
    assert_eq!(doc(&rs[0]).published, Some(date("2024-04-16")));
    assert_eq!(doc(&rs[0]).title, None);
}

#[test]
fn broken_front_matter_names_file_and_line() {
    let cases: &[(&[u8], usize, &str)] = &[
        (
            b"+++\ntitle = \"x\"\nBody without end.\n",
            1,
            "no closing `+++` line",
        ),
        (b"+++\ntitle = \"x\"\ntitle = = 3\n+++\nBody.\n", 3, ""),
        (
            b"+++\ntitle = 3\n+++\nBody.\n",
            2,
            "`title` must be a string, not integer",
        ),
    ];
    for (src, line, msg) in cases {
        let rs = read_one("bad.md", src, &ReadOptions::default());
        match &rs[0].errors[..] {
            [
                HostError::FrontMatter {
                    path,
                    line: l,
                    message,
                },
            ] => {
                assert!(path.ends_with("bad.md"));
                assert_eq!(l, line, "{message}");
                assert!(message.contains(msg), "{message}");
            }
            other => panic!("unexpected {other:?}"),
        }
        assert!(rs[0].document.is_none());
    }
}

#[test]
fn front_matter_with_unreadable_date_keeps_the_article_without_dct() {
    let src = b"+++\npublished = \"last week\"\n+++\nBody.\n";
    let opts = ReadOptions {
        published: Some(date("2020-01-01")),
        ..ReadOptions::default()
    };
    let rs = read_one("2023-05-05-a.md", src, &opts);
    assert_eq!(doc(&rs[0]).published, None);
    assert_eq!(rs[0].errors.len(), 1);
    assert_eq!(rs[0].errors[0].code(), "bad_date");
    assert!(rs[0].errors[0].to_string().contains("\"last week\""));
}

#[test]
fn dct_precedence() {
    let opts = ReadOptions {
        published: Some(date("2020-01-01")),
        ..ReadOptions::default()
    };
    let fm = b"+++\npublished = \"2024-04-16\"\n+++\nBody.\n" as &[u8];
    let plain = b"Title\nBody.\n" as &[u8];
    let cases: &[(&str, &[u8], &ReadOptions, Option<&str>)] = &[
        ("2023-05-05-a.md", fm, &opts, Some("2024-04-16")),
        ("2023-05-05-a.md", plain, &opts, Some("2023-05-05")),
        ("2023-05-05.txt", plain, &opts, Some("2023-05-05")),
        ("2023-05-05x.txt", plain, &opts, Some("2020-01-01")),
        ("a.txt", plain, &opts, Some("2020-01-01")),
        ("a.txt", plain, &ReadOptions::default(), None),
    ];
    for (name, src, opts, want) in cases {
        let rs = read_one(name, src, opts);
        assert_eq!(doc(&rs[0]).published, want.map(date), "{name}");
    }
}

#[test]
fn date_formats() {
    let cases = [
        ("2024-04-16", Some("2024-04-16")),
        ("2024-04-16T23:30:00Z", Some("2024-04-16")),
        ("2024-04-16 10:00:00", Some("2024-04-16")),
        ("2024-04-16T01:00:00+05:00", Some("2024-04-16")),
        ("Tue, 16 Apr 2024 10:00:00 +0000", Some("2024-04-16")),
        (" 2024-04-16 ", Some("2024-04-16")),
        ("2024-13-01", None),
        ("April 16", None),
        ("2024-04-16x", None),
    ];
    for (s, want) in cases {
        assert_eq!(parse_date(s), want.map(date), "{s}");
    }
}

#[test]
fn json_object_with_crawler_fields() {
    let src = br#"{"title": "Quake", "maintext": "A quake struck. Ten died.", "date_publish": "2024-02-03 08:00:00", "source_domain": "example.org", "url": "u", "id": 42}"#;
    let rs = read_one("a.json", src, &ReadOptions::default());
    assert_eq!(rs.len(), 1);
    let d = doc(&rs[0]);
    assert!(rs[0].input.ends_with("a.json"));
    assert_eq!(d.id, "42");
    assert_eq!(d.title.as_deref(), Some("Quake"));
    assert_eq!(d.text, "A quake struck. Ten died.");
    assert_eq!(d.published, Some(date("2024-02-03")));
    assert_eq!(d.source.as_deref(), Some("example.org"));
    assert_eq!(d.sentences.len(), 2);
}

#[test]
fn json_array_gives_one_result_per_article() {
    let src = br#"[{"text": "One."}, {"body": "Two."}, 3]"#;
    let rs = read_one("a.json", src, &ReadOptions::default());
    assert_eq!(rs.len(), 3);
    assert!(rs[0].input.ends_with("a.json#1"));
    assert_eq!(doc(&rs[1]).text, "Two.");
    assert_eq!(doc(&rs[1]).id, rs[1].input);
    assert!(rs[2].document.is_none());
    assert_eq!(rs[2].errors[0].code(), "bad_json");
    assert!(
        rs[2].errors[0]
            .to_string()
            .contains("article 3: expected an object, found a number")
    );
}

#[test]
fn json_lines_number_records_and_lines() {
    let src = b"{\"text\": \"One.\", \"published\": \"2024-01-02\"}\n\n{\"text\": \nnot json\n{\"title\": \"no text\"}\n{\"content\": \"Four.\", \"dct\": \"soon\"}\n";
    let rs = read_one("a.jsonl", src, &ReadOptions::default());
    assert_eq!(rs.len(), 5);
    let inputs: Vec<&str> = rs
        .iter()
        .map(|r| r.input.rsplit('/').next().unwrap())
        .collect();
    assert_eq!(
        inputs,
        [
            "a.jsonl#1",
            "a.jsonl#2",
            "a.jsonl#3",
            "a.jsonl#4",
            "a.jsonl#5"
        ]
    );
    assert_eq!(doc(&rs[0]).published, Some(date("2024-01-02")));
    assert_eq!(rs[1].errors[0].code(), "bad_json");
    assert!(
        rs[1].errors[0].to_string().contains("a.jsonl:3: bad JSON"),
        "{}",
        rs[1].errors[0]
    );
    assert!(rs[2].errors[0].to_string().contains("a.jsonl:4: bad JSON"));
    assert_eq!(rs[3].errors[0].code(), "missing_text");
    assert!(
        rs[3].errors[0]
            .to_string()
            .contains("a.jsonl#4: no text field")
    );
    assert_eq!(doc(&rs[4]).text, "Four.");
    assert_eq!(doc(&rs[4]).published, None);
    assert_eq!(rs[4].errors[0].code(), "bad_date");
}

#[test]
fn json_file_holding_json_lines_is_read_as_lines() {
    let rs = read_one(
        "a.json",
        b"{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n",
        &ReadOptions::default(),
    );
    assert_eq!(rs.len(), 2);
    assert_eq!(doc(&rs[1]).text, "Two.");
}

#[test]
fn bad_inputs_fail_with_precise_errors() {
    let small = ReadOptions {
        max_bytes: 10,
        ..ReadOptions::default()
    };
    let d = ReadOptions::default();
    let cases: &[(&str, &[u8], &ReadOptions, &str, &str)] = &[
        ("empty.txt", b"", &d, "empty", "empty.txt: no text"),
        ("blank.txt", b" \n\t\r\n", &d, "empty", "blank.txt: no text"),
        ("bom.txt", b"\xEF\xBB\xBF", &d, "empty", "bom.txt: no text"),
        (
            "title.txt",
            b"\n# Only a title \n\n  \n",
            &d,
            "title_only",
            "title.txt: only a title line, no text",
        ),
        (
            "utf8.txt",
            b"Title\nbad \xFF byte",
            &d,
            "invalid_utf8",
            "utf8.txt: invalid UTF-8 at byte 10",
        ),
        (
            "nul.txt",
            b"Title\nab\x00cd",
            &d,
            "binary",
            "nul.txt: looks like a binary file (NUL byte at byte 8)",
        ),
        (
            "ctl.txt",
            b"\x01\x02\x03abc",
            &d,
            "binary",
            "ctl.txt: looks like a binary file (control character at byte 0)",
        ),
        (
            "big.txt",
            b"Title\n0123456789",
            &small,
            "too_large",
            "big.txt: file too large (16 bytes, limit 10)",
        ),
        (
            "broken.json",
            b"{\"text\": ",
            &d,
            "bad_json",
            "broken.json: bad JSON: EOF",
        ),
        (
            "notext.json",
            b"{\"title\": \"t\"}",
            &d,
            "missing_text",
            "notext.json: no text field",
        ),
        (
            "emptytext.json",
            b"{\"text\": \"  \"}",
            &d,
            "empty",
            "emptytext.json: no text",
        ),
        (
            "fmempty.md",
            b"+++\ntitle = \"t\"\n+++\n\n",
            &d,
            "empty",
            "fmempty.md: no text",
        ),
    ];
    for (name, bytes, opts, code, msg) in cases {
        let (got_code, got_msg) = fail_code(name, bytes, opts);
        assert_eq!(got_code, *code, "{name}: {got_msg}");
        assert!(got_msg.contains(msg), "{name}: {got_msg}");
    }
}

#[test]
fn missing_file_is_not_found() {
    let rs = read_file(Path::new("no/such/file.txt"), &ReadOptions::default());
    assert_eq!(rs[0].errors[0].code(), "not_found");
    assert_eq!(
        rs[0].errors[0].to_string(),
        "no/such/file.txt: no such file or folder"
    );
    assert_eq!(rs[0].input, "no/such/file.txt");
}

#[test]
fn a_single_control_character_in_long_text_is_fine() {
    let mut src = b"Title\n".to_vec();
    src.extend(std::iter::repeat_n(b'a', 200));
    src.push(0x07);
    let rs = read_one("a.txt", &src, &ReadOptions::default());
    assert!(rs[0].document.is_some());
}

#[test]
fn expand_paths_walks_sorted_skips_hidden_and_keeps_relative_names() {
    let dir = fixture(&[
        ("set/b.md", b"B\nb"),
        ("set/a.txt", b"A\na"),
        ("set/sub/c.jsonl", b"{}"),
        ("set/.hidden.txt", b"H\nh"),
        ("set/.git/x.txt", b"X\nx"),
        ("set/notes.tml", b"<TimeML/>"),
        ("set/image.png", b"png"),
        ("single.tml", b"x"),
    ]);
    let base = dir.path();
    let got = expand_paths(&[
        base.join("set"),
        base.join("single.tml"),
        base.join("missing"),
    ]);
    let names: Vec<String> = got
        .iter()
        .map(|r| match r {
            Ok(p) => p.strip_prefix(base).unwrap().display().to_string(),
            Err(e) => e.code().to_owned(),
        })
        .collect();
    assert_eq!(
        names,
        [
            "set/a.txt",
            "set/b.md",
            "set/notes.tml",
            "set/sub/c.jsonl",
            "single.tml",
            "not_found"
        ]
    );

    // A relative input stays relative in the expanded names.
    let rel = relative_from_cwd(base);
    let got = expand_paths(&[rel.join("set")]);
    assert_eq!(got.len(), 4);
    for r in &got {
        let p = r.as_ref().unwrap();
        assert!(p.is_relative() && p.starts_with(&rel), "{}", p.display());
    }
}

/// A relative path to the absolute path `target`, through `..` up to the root.
fn relative_from_cwd(target: &Path) -> PathBuf {
    let cwd = std::env::current_dir().unwrap();
    let mut rel = PathBuf::new();
    for _ in cwd.components().skip(1) {
        rel.push("..");
    }
    rel.join(target.strip_prefix("/").unwrap())
}

/// Read inputs the way the pipeline does: lazily, unit by unit.
fn stream(dir: &Path, names: &[&str], opts: &ReadOptions) -> (Vec<ReadResult>, usize) {
    let inputs = names.iter().map(|n| Ok(dir.join(n))).collect();
    let mut files_done = 0;
    let mut out = Vec::new();
    for unit in Units::new(inputs, opts) {
        files_done += usize::from(unit.ends_file());
        out.extend(unit.read(opts));
    }
    (out, files_done)
}

/// (input file name, error codes, text) of each result, for comparisons.
fn outline(rs: &[ReadResult]) -> Vec<(String, Vec<&'static str>, Option<String>)> {
    rs.iter()
        .map(|r| {
            (
                r.input.rsplit('/').next().unwrap().to_owned(),
                r.errors.iter().map(HostError::code).collect(),
                r.document.as_ref().map(|d| d.text.clone()),
            )
        })
        .collect()
}

#[test]
fn streamed_json_lines_read_exactly_like_whole_files() {
    let src: &[u8] = b"{\"text\": \"One. Two.\", \"published\": \"2024-01-02\"}\n\n{\"text\": \nnot json\n{\"title\": \"no text\"}\n{\"content\": \"Four.\", \"dct\": \"soon\"}";
    let dir = fixture(&[("a.jsonl", src), ("b.txt", b"Title\n\nBody text.\n")]);
    let opts = ReadOptions::default();
    let (streamed, files_done) = stream(dir.path(), &["a.jsonl", "b.txt"], &opts);
    let mut whole = read_file(&dir.path().join("a.jsonl"), &opts);
    whole.extend(read_file(&dir.path().join("b.txt"), &opts));
    assert_eq!(outline(&streamed), outline(&whole));
    assert_eq!(files_done, 2);
    // Streamed documents are segmented too.
    assert_eq!(doc(&streamed[0]).sentences.len(), 2);
    assert_eq!(
        streamed.iter().map(|r| r.errors.len()).sum::<usize>(),
        whole.iter().map(|r| r.errors.len()).sum::<usize>()
    );
}

#[test]
fn streamed_json_lines_limit_each_article_not_the_file() {
    let long = format!("{{\"text\": \"{}\"}}\n", "x".repeat(200));
    let mut src = String::new();
    for i in 0..10 {
        src.push_str(&format!("{{\"text\": \"Article {i}.\"}}\n"));
        if i == 4 {
            src.push_str(&long);
        }
    }
    let dir = fixture(&[("big.jsonl", src.as_bytes())]);
    let opts = ReadOptions {
        max_bytes: 64,
        max_line_bytes: 64,
        ..ReadOptions::default()
    };
    // Read whole, the file is refused: it is larger than the limit.
    assert_eq!(
        read_file(&dir.path().join("big.jsonl"), &opts)[0].errors[0].code(),
        "too_large"
    );
    // Streamed, only the one over-long article is.
    let (rs, _) = stream(dir.path(), &["big.jsonl"], &opts);
    assert_eq!(rs.len(), 11);
    let codes: Vec<_> = outline(&rs)
        .into_iter()
        .map(|(_, codes, _)| codes)
        .collect();
    assert_eq!(codes[5], ["line_too_long"]);
    assert!(
        rs[5].errors[0].to_string().ends_with(
            "big.jsonl#6:6: line too long (at least 213 bytes, limit 64); the line is skipped"
        ),
        "{}",
        rs[5].errors[0]
    );
    assert!(rs[5].input.ends_with("big.jsonl#6"), "{}", rs[5].input);
    assert_eq!(codes.iter().filter(|c| c.is_empty()).count(), 10);
    assert_eq!(doc(&rs[10]).text, "Article 9.");
}

#[test]
fn streamed_json_lines_report_bad_bytes_per_line_and_binary_once() {
    let dir = fixture(&[
        (
            "latin1.jsonl",
            b"{\"text\": \"Ok.\"}\n{\"text\": \"Caf\xe9.\"}\n{\"text\": \"Also ok.\"}\n",
        ),
        (
            "nul.jsonl",
            b"{\"text\": \"Ok.\"}\n\x00\x01\x02\n{\"text\": \"never read\"}\n",
        ),
        ("empty.jsonl", b"\n  \n"),
    ]);
    let opts = ReadOptions::default();
    let (rs, files_done) = stream(
        dir.path(),
        &["latin1.jsonl", "nul.jsonl", "empty.jsonl"],
        &opts,
    );
    let out = outline(&rs);
    assert_eq!(out[0].1, Vec::<&str>::new());
    assert_eq!(out[1].1, ["invalid_utf8"]);
    assert!(
        rs[1].errors[0].to_string().contains("latin1.jsonl line 2"),
        "{}",
        rs[1].errors[0]
    );
    assert_eq!(out[2].2.as_deref(), Some("Also ok."));
    // The binary file: its first article, then one error, and nothing after it.
    assert_eq!(out[3].1, Vec::<&str>::new());
    assert_eq!(out[4].1, ["binary"]);
    assert_eq!(out[5].1, ["empty"]);
    assert_eq!(rs.len(), 6);
    assert_eq!(files_done, 3);
}

#[test]
fn hostile_files_get_precise_errors() {
    let d = ReadOptions::default();
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let deep_line = format!(
        "{{\"text\": \"x\", \"a\": {}1{}}}\n",
        "[".repeat(70),
        "]".repeat(70)
    );
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        (
            "deep.json",
            deep.clone().into_bytes(),
            "too_deep",
            "deep.json: JSON nested deeper than 64 levels (at byte 64)",
        ),
        (
            "deep.jsonl",
            deep_line.into_bytes(),
            "too_deep",
            "deep.jsonl:1: JSON nested deeper than 64 levels (at byte 82)",
        ),
        (
            "broken.tml",
            b"<TimeML><TEXT>".to_vec(),
            "bad_timeml",
            "broken.tml:1: bad TimeML: the <TimeML> element is not closed (is the file truncated?)",
        ),
        (
            "untagged.tml",
            b"Just a title\nAnd a body.\n".to_vec(),
            "bad_timeml",
            "untagged.tml:1: bad TimeML: no <TimeML> root element",
        ),
        (
            "emptytext.tml",
            b"<TimeML><TEXT> <EVENT>\n</EVENT></TEXT></TimeML>".to_vec(),
            "empty",
            "emptytext.tml: no text (the file or article is empty)",
        ),
    ];
    for (name, bytes, code, msg) in cases {
        let (got_code, got_msg) = fail_code(name, &bytes, &d);
        assert_eq!(got_code, code, "{name}: {got_msg}");
        assert!(got_msg.ends_with(msg), "{name}: {got_msg}");
    }
    // The limit is configurable up to the parser's own.
    let deeper = ReadOptions {
        max_depth: 500,
        ..ReadOptions::default()
    };
    let (_, msg) = fail_code("deep.json", deep.as_bytes(), &deeper);
    assert!(
        msg.ends_with("nested deeper than 127 levels (at byte 127)"),
        "{msg}"
    );
}

#[test]
fn timeml_files_are_read_with_their_dct_and_title() {
    let src = "<?xml version=\"1.0\"?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" value=\"2013-03-22\">today</TIMEX3></DCT>\n<TITLE>Floods</TITLE>\n<TEXT>\nRivers <EVENT eid=\"e1\">rose</EVENT> on <TIMEX3 tid=\"t1\" value=\"2013-03-21\">Thursday</TIMEX3>. Roads closed.\n</TEXT>\n</TimeML>\n";
    let rs = read_one("a.tml", src.as_bytes(), &ReadOptions::default());
    let d = doc(&rs[0]);
    assert_eq!(d.title.as_deref(), Some("Floods"));
    assert_eq!(d.published, Some(date("2013-03-22")));
    assert_eq!(d.text, "\nRivers rose on Thursday. Roads closed.\n");
    assert_eq!(d.sentence(1), Some("Roads closed."));
    // A DCT that is not a date is reported next to the article, which is still read.
    let bad = src.replace("2013-03-22", "someday");
    let rs = read_one("b.tml", bad.as_bytes(), &ReadOptions::default());
    assert_eq!(doc(&rs[0]).published, None);
    assert_eq!(rs[0].errors[0].code(), "bad_date");
}

#[test]
fn read_bytes_reads_like_read_file() {
    let src = b"+++\ntitle = \"T\"\n+++\nA dam opened. Roads closed.\n";
    let from_file = read_one("2024-01-02-a.md", src, &ReadOptions::default());
    let from_bytes = read_bytes("2024-01-02-a.md", src.to_vec(), &ReadOptions::default());
    let strip = |rs: &[ReadResult]| {
        let mut d = doc(&rs[0]).clone();
        d.id = String::new();
        d
    };
    assert_eq!(strip(&from_file), strip(&from_bytes));
    assert_eq!(doc(&from_bytes[0]).published, Some(date("2024-01-02")));
}
