//! The bodies of Dateline's fuzz targets, one function per target, and the invariants
//! they check. Each `fuzz_targets/NAME.rs` calls `NAME`; the main test suite replays
//! every file under `regressions/NAME/` through the same function
//! (`tests/fuzz_regressions.rs`), so a finding stays fixed.
//!
//! A target fails (panics) when the code under test panics, or when its output breaks
//! an invariant the rest of Dateline relies on: spans inside the text and on char
//! boundaries, sentences inside paragraphs, every read failure named by an error,
//! plugin claims that pass the host's own validation.

use std::io::Cursor;
use std::sync::OnceLock;

use chrono::NaiveDate;
use dateline_host::read::{ReadOptions, ReadResult, read_bytes};
use dateline_host::registry::{self, Limits, PluginInfo, Registry};
use dateline_host::segment::segment_document;
use dateline_plugin::{ArticleRecord, Claim, Document, Extractor, Span};

/// The body of one fuzz target.
pub type Target = fn(&[u8]);

/// Every target, by name: what the regression replay iterates over.
pub const TARGETS: &[(&str, Target)] = &[
    ("read_text", read_text),
    ("read_front_matter", read_front_matter),
    ("read_json", read_json),
    ("read_json_lines", read_json_lines),
    ("read_timeml", read_timeml),
    ("segment", segment),
    ("plugin_dates", plugin_dates),
    ("plugin_casualties", plugin_casualties),
    ("plugin_quotes", plugin_quotes),
    ("abi_output", abi_output),
    ("abi_packed", abi_packed),
    ("worker_reply", worker_reply),
    ("merge", merge),
];

/// Small limits, so that the fuzzer reaches them with small inputs.
fn small_limits() -> ReadOptions {
    ReadOptions {
        published: NaiveDate::from_ymd_opt(2024, 4, 16),
        max_bytes: 64 * 1024,
        max_line_bytes: 4 * 1024,
        max_depth: 16,
    }
}

/// A span lies inside `text`, in order, on char boundaries.
fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} is outside the text ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} is not on char boundaries"
    );
}

/// The segmentation invariants of docs/ARCHITECTURE.md.
pub fn check_document(doc: &Document) {
    let text = &doc.text;
    let mut last_end = 0;
    for p in &doc.paragraphs {
        check_span(text, *p, "paragraph");
        assert!(!p.is_empty(), "empty paragraph {p:?}");
        assert!(
            p.start >= last_end,
            "paragraphs overlap or are out of order"
        );
        let s = &text[p.start..p.end];
        assert_eq!(s.trim(), s, "paragraph {p:?} has surrounding whitespace");
        last_end = p.end;
    }
    let mut last_end = 0;
    for s in &doc.sentences {
        check_span(text, *s, "sentence");
        assert!(!s.is_empty(), "empty sentence {s:?}");
        assert!(s.start >= last_end, "sentences overlap or are out of order");
        assert!(
            doc.paragraphs.iter().any(|p| p.contains(*s)),
            "sentence {s:?} lies in no paragraph"
        );
        last_end = s.end;
    }
}

/// Every read result is a document or an error, never nothing, and documents are
/// well segmented.
fn check_read(results: &[ReadResult]) {
    assert!(!results.is_empty(), "a read gave no result at all");
    for r in results {
        match &r.document {
            Some(doc) => {
                check_document(doc);
                assert!(!doc.text.trim().is_empty(), "a document with no text");
            }
            None => assert!(
                !r.errors.is_empty(),
                "{}: no document and no error",
                r.input
            ),
        }
        // Every input file of these targets has "fuzz" in its name.
        for e in &r.errors {
            let message = e.to_string();
            assert!(message.contains("fuzz"), "error {message:?} names no file");
        }
    }
}

/// Plain text (and whatever else a `.txt` file holds).
pub fn read_text(data: &[u8]) {
    check_read(&read_bytes("fuzz.txt", data.to_vec(), &small_limits()));
}

/// Text with TOML front matter.
pub fn read_front_matter(data: &[u8]) {
    let mut bytes = b"+++\n".to_vec();
    bytes.extend_from_slice(data);
    check_read(&read_bytes("fuzz.md", bytes, &small_limits()));
}

/// A `.json` file.
pub fn read_json(data: &[u8]) {
    check_read(&read_bytes("fuzz.json", data.to_vec(), &small_limits()));
}

/// A JSON Lines file, read whole and streamed line by line: both give a result per
/// article and never lose a line silently.
pub fn read_json_lines(data: &[u8]) {
    let opts = small_limits();
    check_read(&read_bytes("fuzz.jsonl", data.to_vec(), &opts));
    let dir = scratch_dir();
    let path = dir.join(format!("fuzz-{}.jsonl", std::process::id()));
    std::fs::write(&path, data).expect("the scratch file is writable");
    let units = dateline_host::read::Units::new(vec![Ok(path.clone())], &opts);
    let mut results = Vec::new();
    for unit in units {
        results.extend(unit.read(&opts));
    }
    let _ = std::fs::remove_file(&path);
    if !results.is_empty() {
        check_read(&results);
    }
}

fn scratch_dir() -> &'static std::path::Path {
    static DIR: OnceLock<std::path::PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let shm = std::path::Path::new("/dev/shm");
        let base = if shm.is_dir() {
            shm.to_path_buf()
        } else {
            std::env::temp_dir()
        };
        let dir = base.join(format!("dateline-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("the scratch folder can be made");
        dir
    })
}

/// A TimeML file.
pub fn read_timeml(data: &[u8]) {
    check_read(&read_bytes("fuzz.tml", data.to_vec(), &small_limits()));
}

/// A document of any text, segmented by the host.
fn document(data: &[u8]) -> Document {
    let text = String::from_utf8_lossy(data).into_owned();
    let mut doc = Document::from_text("fuzz", text);
    doc.published = NaiveDate::from_ymd_opt(2024, 4, 16);
    segment_document(&mut doc);
    doc
}

/// The segmenter on any text.
pub fn segment(data: &[u8]) {
    check_document(&document(data));
}

/// Run one compiled-in plugin through the host's registry: it must not panic, and
/// every claim must pass the host's validation.
fn run_plugin<T: Extractor>(data: &[u8]) {
    let mut registry = Registry::new();
    registry
        .add_builtin::<T>(&serde_json::json!({}))
        .expect("the bundled plugin starts with its defaults");
    let doc = document(data);
    let (claims, errors) = registry.extract(&doc);
    assert!(errors.is_empty(), "{errors:?}");
    for c in &claims {
        check_claim(&doc, c);
    }
}

fn check_claim(doc: &Document, c: &Claim) {
    check_span(&doc.text, c.span, "claim span");
    assert_eq!(c.text, &doc.text[c.span.start..c.span.end]);
}

/// The bundled dates plugin.
pub fn plugin_dates(data: &[u8]) {
    run_plugin::<dateline_dates::Dates>(data);
}

/// The bundled casualties plugin.
pub fn plugin_casualties(data: &[u8]) {
    run_plugin::<dateline_casualties::Casualties>(data);
}

/// The bundled quotes plugin.
pub fn plugin_quotes(data: &[u8]) {
    run_plugin::<dateline_quotes::Quotes>(data);
}

/// A fixed document with multi-byte characters, for the output decoders.
fn decoding_document() -> &'static Document {
    static DOC: OnceLock<Document> = OnceLock::new();
    DOC.get_or_init(|| {
        document("Talks in Zürich ended on 3 May. “We agreed,” she said. 12 died.".as_bytes())
    })
}

fn decoding_info() -> PluginInfo {
    PluginInfo {
        name: "fuzzed".to_owned(),
        version: "0.0.0".to_owned(),
        abi_version: dateline_plugin::ABI_VERSION,
        kinds: ["time", "casualty", "quote", "other"]
            .map(str::to_owned)
            .to_vec(),
        description: String::new(),
        origin: registry::Origin::Builtin,
    }
}

/// What a plugin library returns over the C ABI (first byte: the status), decoded and
/// validated by the host: never a panic, and every accepted claim is valid.
pub fn abi_output(data: &[u8]) {
    let Some((&status, bytes)) = data.split_first() else {
        return;
    };
    let limits = Limits {
        max_claims: 50,
        max_output_bytes: 16 * 1024,
    };
    let info = decoding_info();
    let doc = decoding_document();
    let status = i32::from(status % 6) - 1;
    if let Ok(raw) = registry::decode(&info, status, bytes, "fuzz", &limits) {
        let (claims, _) = registry::validate(&info, doc, "fuzz", raw, &limits);
        assert!(claims.len() <= limits.max_claims);
        for c in &claims {
            check_claim(doc, c);
            assert_eq!(c.plugin, "fuzzed");
        }
    }
}

/// What a plugin library's `extract_packed` returns (first byte: the status), decoded
/// and validated by the host: never a panic, and every accepted claim is valid.
pub fn abi_packed(data: &[u8]) {
    let Some((&status, bytes)) = data.split_first() else {
        return;
    };
    let limits = Limits {
        max_claims: 50,
        max_output_bytes: 16 * 1024,
    };
    let info = decoding_info();
    let doc = decoding_document();
    let status = i32::from(status % 6) - 1;
    if let Ok(raw) = registry::decode_packed(&info, status, bytes, &doc.text, "fuzz", &limits) {
        let (claims, _) = registry::validate(&info, doc, "fuzz", raw, &limits);
        assert!(claims.len() <= limits.max_claims);
        for c in &claims {
            check_claim(doc, c);
            assert_eq!(c.plugin, "fuzzed");
        }
    }
}

/// Seeds for `abi_packed`: the bundled plugins' real claims on the decoding document,
/// packed as `extract_packed` answers them (status byte first), one claim a seed.
pub fn abi_packed_seeds() -> Vec<Vec<u8>> {
    let doc = decoding_document();
    plugin_records(doc.text.as_bytes())
        .into_iter()
        .flat_map(|r| r.claims)
        .map(|c| {
            let mut seed = vec![1u8];
            seed.extend(
                dateline_plugin::abi::packed::encode(&[c], &doc.text).expect("claims pack"),
            );
            seed
        })
        .collect()
}

/// Seeds for `abi_output`: the bundled plugins' real output on the decoding document,
/// as the C ABI would carry it (status byte first).
pub fn abi_seeds() -> Vec<Vec<u8>> {
    let doc = decoding_document();
    plugin_records(doc.text.as_bytes())
        .into_iter()
        .flat_map(|r| r.claims)
        .map(|c| {
            let mut seed = vec![1u8];
            seed.extend(serde_json::to_vec(&[c]).expect("claims serialize"));
            seed
        })
        .collect()
}

/// The frames a worker process sends back, read by the host.
pub fn worker_reply(data: &[u8]) {
    let mut reader = Cursor::new(data);
    while let Ok((_, bytes)) = registry::isolate::read_reply(&mut reader, 1024) {
        assert!(bytes.len() <= 1024);
    }
}

/// `dateline merge` of arbitrary records: JSON Lines as `extract` writes them (the
/// records of any line that parses), then the timeline and its renderings.
///
/// Records parsed from a file are untrusted: spans may be anywhere. A line that is not
/// a record is skipped (merge reports it).
pub fn merge(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut records: Vec<ArticleRecord> = text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    // Records as the host writes them, from the fuzzed text, so that the timeline's
    // anchoring and merging code sees real claims, not only what happens to parse.
    if records.is_empty() && !data.is_empty() {
        records = plugin_records(data);
    }
    let timeline = dateline_timeline::build(&records);
    let _ = dateline_timeline::render_json(&timeline);
    let _ = dateline_timeline::render_markdown(&timeline);
}

/// A registry of the three bundled plugins with their default options.
pub fn bundled() -> Registry {
    let mut r = Registry::new();
    let none = serde_json::json!({});
    r.add_builtin::<dateline_dates::Dates>(&none).unwrap();
    r.add_builtin::<dateline_casualties::Casualties>(&none)
        .unwrap();
    r.add_builtin::<dateline_quotes::Quotes>(&none).unwrap();
    r
}

/// The records of the bundled plugins over the articles of `data`, split at `\x00`.
fn plugin_records(data: &[u8]) -> Vec<ArticleRecord> {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    let registry = REGISTRY.get_or_init(bundled);
    data.split(|&b| b == 0)
        .take(4)
        .enumerate()
        .map(|(i, chunk)| {
            let mut doc = document(chunk);
            doc.id = format!("a{i}");
            // The first byte picks a publication date (or none), so that merging sees
            // both anchored and unanchored articles.
            doc.published = chunk
                .first()
                .and_then(|&b| {
                    NaiveDate::from_ymd_opt(
                        2020 + i32::from(b % 8),
                        1 + u32::from(b % 12),
                        1 + u32::from(b % 28),
                    )
                })
                .filter(|_| chunk.len() % 3 != 0);
            let (claims, _) = registry.extract(&doc);
            ArticleRecord {
                input: doc.id.clone(),
                document: Some(doc),
                claims,
                errors: Vec::new(),
            }
        })
        .collect()
}
