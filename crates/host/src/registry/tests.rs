use dateline_plugin::serde_json::json;
use dateline_plugin::{Manifest, Quote, QuoteKind};

use super::*;
use crate::segment::segment_document;

fn doc(text: &str) -> Document {
    let mut d = Document::from_text("art.md", text);
    segment_document(&mut d);
    d
}

fn mark(doc: &Document, start: usize, end: usize) -> Claim {
    Claim::new(
        doc,
        Span::new(start, end),
        Payload::other("mark", json!({})),
    )
}

/// Marks every occurrence of the word in its `word` option (default "truce").
struct Marker(String);
impl Extractor for Marker {
    const MANIFEST: Manifest = Manifest {
        name: "marker",
        version: "1.2.3",
        description: "marks a word",
        kinds: &["mark"],
    };
    fn create(config: &Value) -> Result<Self, PluginError> {
        match config.get("word") {
            None => Ok(Marker("truce".into())),
            Some(Value::String(w)) => Ok(Marker(w.clone())),
            Some(_) => Err(PluginError::config("`word` must be a string")),
        }
    }
    fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError> {
        Ok(doc
            .text
            .match_indices(self.0.as_str())
            .map(|(i, w)| mark(doc, i, i + w.len()))
            .collect())
    }
}

/// Another plugin with the same kind and the same name as `Marker`.
struct MarkerTwin;
impl Extractor for MarkerTwin {
    const MANIFEST: Manifest = Manifest {
        name: "marker",
        ..Marker::MANIFEST
    };
    fn create(_: &Value) -> Result<Self, PluginError> {
        Ok(MarkerTwin)
    }
    fn extract(&self, _: &Document) -> Result<Vec<Claim>, PluginError> {
        Ok(Vec::new())
    }
}

/// Marks the first word, named "a-first" to test sorting by plugin name.
struct First;
impl Extractor for First {
    const MANIFEST: Manifest = Manifest {
        name: "a-first",
        version: "0.1.0",
        description: "marks the first word",
        kinds: &["mark"],
    };
    fn create(_: &Value) -> Result<Self, PluginError> {
        Ok(First)
    }
    fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError> {
        let end = doc.text.find(' ').unwrap_or(doc.text.len());
        // Return them in reverse order to check that the host sorts.
        Ok(vec![
            mark(doc, 0, doc.text.len().min(end + 3)),
            mark(doc, 0, end),
        ])
    }
}

struct Panicker;
impl Extractor for Panicker {
    const MANIFEST: Manifest = Manifest {
        name: "panicker",
        version: "0.1.0",
        description: "panics",
        kinds: &["mark"],
    };
    fn create(_: &Value) -> Result<Self, PluginError> {
        Ok(Panicker)
    }
    fn extract(&self, _: &Document) -> Result<Vec<Claim>, PluginError> {
        panic!("boom in extract")
    }
}

struct Failer;
impl Extractor for Failer {
    const MANIFEST: Manifest = Manifest {
        name: "failer",
        version: "0.1.0",
        description: "fails",
        kinds: &["mark"],
    };
    fn create(_: &Value) -> Result<Self, PluginError> {
        Ok(Failer)
    }
    fn extract(&self, _: &Document) -> Result<Vec<Claim>, PluginError> {
        Err(PluginError::extract("cannot cope"))
    }
}

/// Returns the claims in its `claims` option as they are, after parsing them as JSON.
struct Raw(Vec<Claim>);
impl Extractor for Raw {
    const MANIFEST: Manifest = Manifest {
        name: "raw",
        version: "0.1.0",
        description: "returns canned claims",
        kinds: &["mark", "quote"],
    };
    fn create(config: &Value) -> Result<Self, PluginError> {
        serde_json::from_value(config["claims"].clone())
            .map(Raw)
            .map_err(|e| PluginError::config(e.to_string()))
    }
    fn extract(&self, _: &Document) -> Result<Vec<Claim>, PluginError> {
        Ok(self.0.clone())
    }
}

fn raw_claim(start: usize, end: usize, text: &str, kind: &str) -> Value {
    json!({"kind": kind, "span": {"start": start, "end": end}, "text": text, "payload": {}})
}

#[test]
fn builtin_claims_are_stamped_and_sorted() {
    let mut r = Registry::new();
    r.add_builtin::<Marker>(&json!({"word": "Talks"})).unwrap();
    r.add_builtin::<First>(&json!({})).unwrap();
    let d = doc("Talks resumed. Talks ended.");
    let (claims, errors) = r.extract(&d);
    assert!(errors.is_empty(), "{errors:?}");
    let got: Vec<(usize, usize, &str, &str, usize)> = claims
        .iter()
        .map(|c| {
            (
                c.span.start,
                c.span.end,
                c.plugin.as_str(),
                c.version.as_str(),
                c.sentence,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (0, 5, "a-first", "0.1.0", 0),
            (0, 5, "marker", "1.2.3", 0),
            (0, 8, "a-first", "0.1.0", 0),
            (15, 20, "marker", "1.2.3", 1),
        ]
    );
}

#[test]
fn a_panicking_or_failing_plugin_does_not_lose_other_claims() {
    let mut r = Registry::new();
    r.add_builtin::<Panicker>(&json!({})).unwrap();
    r.add_builtin::<Marker>(&json!({})).unwrap();
    r.add_builtin::<Failer>(&json!({})).unwrap();
    let d = doc("A truce.");
    let (claims, errors) = r.extract_named(&d, "set/a.md");
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].plugin, "marker");
    let got: Vec<(String, Option<&str>, String)> = errors
        .iter()
        .map(|e| (e.code().to_owned(), e.plugin(), e.to_string()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "plugin_panic".to_owned(),
                Some("panicker"),
                "plugin panicker panicked on set/a.md: boom in extract".to_owned()
            ),
            (
                "plugin_error".to_owned(),
                Some("failer"),
                "plugin failer failed on set/a.md: cannot cope".to_owned()
            ),
        ]
    );
}

#[test]
fn invalid_claims_are_dropped_with_one_error_naming_the_first() {
    let text = "Café talks. A truce.";
    // 'é' occupies bytes 3..5.
    let cases: Vec<(Value, &str)> = vec![
        (
            raw_claim(0, 99, "", "mark"),
            "claim 1: span 0..99 is outside the text (21 bytes)",
        ),
        (
            raw_claim(5, 3, "", "mark"),
            "claim 1: span 5..3 is outside the text (21 bytes)",
        ),
        (
            raw_claim(0, 4, "", "mark"),
            "claim 1: span 0..4 is not on char boundaries",
        ),
        (raw_claim(2, 2, "", "mark"), "claim 1: span 2..2 is empty"),
        (
            raw_claim(0, 4, "Cafx", "mark"),
            "claim 1: span 0..4 is not on char boundaries",
        ),
        (
            raw_claim(0, 5, "Cafe", "mark"),
            "claim 1: text \"Cafe\" differs from the text under the span \"Café\"",
        ),
        (
            raw_claim(0, 5, "", "other"),
            "claim 1: kind \"other\" is not declared by the plugin (declared: mark, quote)",
        ),
    ];
    for (bad, want) in cases {
        let mut r = Registry::new();
        let good = raw_claim(15, 20, "", "mark");
        r.add_builtin::<Raw>(&json!({"claims": [bad, good]}))
            .unwrap();
        let (claims, errors) = r.extract_named(&doc(text), "a.md");
        assert_eq!(claims.len(), 1, "{want}");
        assert_eq!(claims[0].text, "truce", "the empty text is filled in");
        assert_eq!(claims[0].sentence, 1);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].code(), "malformed_output");
        assert_eq!(
            errors[0].to_string(),
            format!(
                "plugin raw gave malformed output on a.md: 1 of 2 claims dropped; first: {want}"
            )
        );
    }
}

#[test]
fn quote_spans_are_checked() {
    let text = "\"We stay,\" she said.";
    let quote = |pieces: Vec<Span>, cue_span: Option<Span>| Quote {
        kind: QuoteKind::Direct,
        content: "We stay,".into(),
        pieces,
        cue: Some("said".into()),
        cue_span,
        speaker: None,
        speaker_span: None,
        speaker_resolved: None,
        speaker_resolved_span: None,
    };
    let claim = |q: Quote| {
        serde_json::to_value(Claim::new(&doc(text), Span::new(0, 10), Payload::Quote(q))).unwrap()
    };
    let ok = claim(quote(vec![Span::new(1, 9)], Some(Span::new(15, 19))));
    let bad_piece = claim(quote(vec![Span::new(1, 90)], None));
    let empty_piece = claim(quote(vec![Span::new(1, 1)], None));
    let bad_cue = claim(quote(vec![Span::new(1, 9)], Some(Span::new(15, 40))));
    let mut r = Registry::new();
    r.add_builtin::<Raw>(&json!({"claims": [ok, bad_piece, empty_piece, bad_cue]}))
        .unwrap();
    let (claims, errors) = r.extract_named(&doc(text), "q.md");
    assert_eq!(claims.len(), 1);
    assert_eq!(
        errors[0].to_string(),
        "plugin raw gave malformed output on q.md: 3 of 4 claims dropped; first: claim 2: quote piece 1 1..90 is outside the text (20 bytes)"
    );
}

#[test]
fn create_errors_and_duplicates() {
    let mut r = Registry::new();
    let err = r.add_builtin::<Marker>(&json!({"word": 3})).unwrap_err();
    assert_eq!(err.code(), "plugin_create");
    assert_eq!(
        err.to_string(),
        "plugin marker (builtin): create failed: invalid configuration: `word` must be a string"
    );
    r.add_builtin::<Marker>(&json!({})).unwrap();
    let err = r.add_builtin::<MarkerTwin>(&json!({})).unwrap_err();
    assert_eq!(
        err.to_string(),
        "duplicate plugin name \"marker\": builtin and builtin"
    );
    assert_eq!(r.len(), 1);
}

#[test]
fn retain_only_keeps_named_plugins_and_rejects_unknown_ones() {
    let mut r = Registry::new();
    r.add_builtin::<Marker>(&json!({})).unwrap();
    r.add_builtin::<First>(&json!({})).unwrap();
    let err = r.retain_only(&["nope".to_owned()]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown plugin \"nope\" (available: a-first, marker)"
    );
    assert_eq!(r.len(), 2);
    r.retain_only(&["marker".to_owned()]).unwrap();
    let names: Vec<String> = r.infos().into_iter().map(|i| i.name).collect();
    assert_eq!(names, ["marker"]);
    assert!(!r.is_empty());
}

#[test]
fn infos_serialize_with_origin() {
    let mut r = Registry::new();
    r.add_builtin::<Marker>(&json!({})).unwrap();
    let v = serde_json::to_value(r.infos()).unwrap();
    assert_eq!(
        v,
        json!([{"name": "marker", "version": "1.2.3", "abi_version": ABI_VERSION, "kinds": ["mark"], "description": "marks a word", "origin": "builtin"}])
    );
    assert_eq!(
        serde_json::to_value(Origin::Path("lib/x.so".into())).unwrap(),
        json!("lib/x.so")
    );
}

#[test]
fn opening_a_non_library_is_a_plugin_open_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("libfake.so");
    std::fs::write(&path, b"not a library").unwrap();
    let err = Registry::inspect(&path).unwrap_err();
    assert_eq!(err.code(), "plugin_open");
    assert!(
        err.to_string().contains("libfake.so: not a shared library"),
        "{err}"
    );
    let err = Registry::new()
        .load(Path::new("missing/libnone.so"), &json!({}))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot open plugin missing/libnone.so: no such file"
    );
}

#[test]
fn builtin_output_is_held_to_the_limits() {
    let d = doc("A truce, a truce, a truce.");
    let mut r = Registry::new();
    r.add_builtin::<Marker>(&json!({})).unwrap();
    r.set_limits(Limits {
        max_claims: 2,
        ..Limits::default()
    });
    let (claims, errors) = r.extract(&d);
    assert_eq!(claims.len(), 2);
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].to_string(),
        "plugin marker gave 3 claims on art.md, more than the limit of 2; the claims past the limit are dropped"
    );
    // Each claim is about a hundred bytes of JSON: two fit in 300, three do not.
    r.set_limits(Limits {
        max_claims: 10,
        max_output_bytes: 300,
    });
    let (claims, errors) = r.extract(&d);
    assert!(claims.is_empty());
    assert_eq!(errors[0].code(), "output_too_large");
    assert_eq!(
        errors[0].to_string(),
        "plugin marker gave more than 300 bytes of output on art.md; its output for the article is dropped"
    );
}

#[test]
fn decoded_output_is_bounded_before_it_is_parsed() {
    let info = PluginInfo::of::<Marker>();
    let limits = Limits {
        max_claims: 10,
        max_output_bytes: 8,
    };
    let err = decode(&info, 0, b"[1, 2, 3, 4]", "a", &limits).unwrap_err();
    assert_eq!(err.code(), "output_too_large");
    let err = decode(&info, 7, b"[]", "a", &Limits::default()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "plugin marker gave malformed output on a: unknown status 7"
    );
    let raw = decode(
        &info,
        0,
        b"[{\"kind\": \"mark\", \"span\": {\"start\": 0, \"end\": 1}}, 5]",
        "a",
        &Limits::default(),
    )
    .unwrap();
    assert!(raw[0].is_ok());
    assert!(raw[1].as_ref().unwrap_err().starts_with("not a claim"));
}

#[test]
fn packed_output_is_bounded_measured_and_validated_as_json_output_is() {
    let info = PluginInfo::of::<Marker>();
    let d = doc("A truce held. Another truce.");
    let claims = vec![mark(&d, 2, 7), mark(&d, 22, 27)];
    let bytes = packed::encode(&claims, &d.text).unwrap();
    let json: u64 = claims
        .iter()
        .map(|c| serde_json::to_vec(c).unwrap().len() as u64)
        .sum();
    let limits = |max_output_bytes| Limits {
        max_claims: 10,
        max_output_bytes,
    };
    // At the claims' JSON size they pass; one byte less and they are refused, although
    // the packed buffer itself is smaller: the limit is on the claims as JSON, as for a
    // compiled-in plugin.
    assert!((bytes.len() as u64) < json - 1);
    let raw = decode_packed(&info, 0, &bytes, &d.text, "a", &limits(json)).unwrap();
    assert_eq!(raw.len(), 2);
    let err = decode_packed(&info, 0, &bytes, &d.text, "a", &limits(json - 1)).unwrap_err();
    assert_eq!(err.code(), "output_too_large");
    // A buffer past the limit and a header is refused before it is read; an empty
    // answer (a header and no claims) passes any limit, as no claims do compiled in.
    let err = decode_packed(&info, 0, &[b'x'; 21], &d.text, "a", &limits(8)).unwrap_err();
    assert_eq!(err.code(), "output_too_large");
    let empty = packed::encode(&[], &d.text).unwrap();
    assert!(
        decode_packed(&info, 0, &empty, &d.text, "a", &limits(0))
            .unwrap()
            .is_empty()
    );
    // Statuses other than Ok carry a message, as from the JSON calls.
    let err = decode_packed(&info, 1, b"it broke", &d.text, "a", &limits(64)).unwrap_err();
    assert_eq!(err.to_string(), "plugin marker failed on a: it broke");
    let err = decode_packed(&info, 0, b"[]", &d.text, "a", &limits(64)).unwrap_err();
    assert_eq!(err.code(), "malformed_output");
    assert!(
        err.to_string()
            .contains("packed claims: the buffer does not start")
    );
    // Decoded claims go through the same validation as JSON ones.
    let (valid, errors) = validate(&info, &d, "a", raw, &limits(json));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(valid[1].text, "truce");
    assert_eq!(valid[1].sentence, 1);
}
