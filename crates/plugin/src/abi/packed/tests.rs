use super::*;
use crate::Document;
use serde_json::json;

const TEXT: &str = "On 3 May in Zürich, “we agreed,” she said; 12 died and dozens fled.";

fn doc() -> Document {
    Document::from_text("d", TEXT)
}

fn span_of(s: &str) -> Span {
    let start = TEXT.find(s).unwrap();
    Span::new(start, start + s.len())
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Claims that use every field of every payload, each once set and once left out.
fn claims() -> Vec<Claim> {
    let doc = doc();
    let full_time = Timex {
        timex_type: TimexType::Set,
        value: "P1W".into(),
        modifier: Some("APPROX".into()),
        freq: Some("1X".into()),
        quant: Some("EVERY".into()),
        resolution: Resolution::PreviousMention,
        interval: Some(Interval {
            start: day(-44, 3, 15).and_hms_opt(0, 0, 0).unwrap(),
            // A leap second: chrono keeps it as 1e9 nanoseconds and more.
            end: day(2016, 12, 31)
                .and_hms_milli_opt(23, 59, 59, 1500)
                .unwrap(),
        }),
        granularity: Some(Granularity::PartOfDay),
    };
    let bare_time = Timex {
        timex_type: TimexType::Date,
        value: "XXXX-05-03".into(),
        modifier: None,
        freq: None,
        quant: None,
        resolution: Resolution::Unresolved,
        interval: None,
        granularity: None,
    };
    let count = Count {
        min: 12,
        max: None,
        value: u64::MAX,
        exact: false,
        qualifier: Some("at least".into()),
        vague: Some("dozens".into()),
    };
    let full_casualty = Casualty {
        category: CasualtyCategory::Displaced,
        count: count.clone(),
        role: Role::Perpetrators,
        group: Some("civilians, including two children".into()),
        place: Some("Zürich".into()),
        source: Some("health officials".into()),
        parts: vec![
            CasualtyPart {
                count: Count::exact(1),
                group: Some("civilian".into()),
                role: Role::Victims,
            },
            CasualtyPart {
                count,
                group: None,
                role: Role::Perpetrators,
            },
        ],
        scope: Scope::Aggregate,
        incidents: Some(2),
    };
    let bare_casualty = Casualty {
        category: CasualtyCategory::Killed,
        count: Count::exact(12),
        role: Role::Victims,
        group: None,
        place: None,
        source: None,
        parts: vec![],
        scope: Scope::Incident,
        incidents: None,
    };
    let full_quote = Quote {
        kind: QuoteKind::Direct,
        content: "we agreed,".into(),
        pieces: vec![span_of("we agreed,"), span_of("we")],
        cue: Some("said".into()),
        cue_span: Some(span_of("said")),
        speaker: Some("she".into()),
        speaker_span: Some(span_of("she")),
        speaker_resolved: Some("Zürich".into()),
        speaker_resolved_span: Some(span_of("Zürich")),
    };
    let bare_quote = Quote {
        kind: QuoteKind::Stance,
        content: String::new(),
        pieces: vec![],
        cue: None,
        cue_span: None,
        speaker: None,
        speaker_span: None,
        speaker_resolved: None,
        speaker_resolved_span: None,
    };
    let mut claims = vec![
        Claim::new(&doc, span_of("3 May"), Payload::Time(full_time)),
        Claim::new(&doc, span_of("3 May"), Payload::Time(bare_time)),
        Claim::new(&doc, span_of("12 died"), Payload::Casualty(full_casualty)),
        Claim::new(&doc, span_of("12 died"), Payload::Casualty(bare_casualty)),
        Claim::new(&doc, span_of("“we agreed,”"), Payload::Quote(full_quote)),
        Claim::new(&doc, span_of("she said"), Payload::Quote(bare_quote)),
        Claim::new(
            &doc,
            span_of("fled"),
            Payload::other(
                "flight",
                json!({"n": [1, 2.5, -3], "s": "é\"\n", "z": null, "t": true}),
            ),
        ),
    ];
    // Fields the host overwrites are carried as the plugin set them, since the output
    // limit measures the claims as the plugin gave them.
    claims[1].plugin = "p".into();
    claims[1].version = "1.2.3".into();
    claims[1].sentence = 7;
    // A text that is not the text under the span is carried, for the host to refuse.
    claims[3].text = "twelve died".into();
    // A span out of range or off char boundaries, with or without a text.
    let mut outside = claims[0].clone();
    outside.span = Span::new(5, TEXT.len() + 3);
    outside.text = String::new();
    let mut split = claims[0].clone();
    let z = TEXT.find('ü').unwrap();
    split.span = Span::new(z + 1, z + 2);
    split.text = "x".into();
    claims.push(outside);
    claims.push(split);
    claims
}

fn ok(decoded: Vec<DecodedClaim>) -> Vec<Claim> {
    decoded.into_iter().map(Result::unwrap).collect()
}

#[test]
fn every_payload_round_trips() {
    let claims = claims();
    let bytes = encode(&claims, TEXT).unwrap();
    assert_eq!(ok(decode(&bytes, TEXT).unwrap()), claims);
    assert_eq!(ok(decode(&encode(&[], TEXT).unwrap(), TEXT).unwrap()), []);
}

#[test]
fn a_text_under_its_span_is_not_repeated() {
    let claims = claims();
    let one = |c: &Claim| encode(std::slice::from_ref(c), TEXT).unwrap();
    let bytes = one(&claims[4]);
    assert!(!bytes.windows(6).any(|w| w == "“we".as_bytes()));
    assert!(one(&claims[3]).windows(11).any(|w| w == b"twelve died"));
}

#[test]
fn a_built_in_kind_sent_as_json_reads_as_its_type() {
    let doc = doc();
    let typed = claims()[1].clone();
    let as_json = Claim {
        payload: Payload::other(
            "time",
            serde_json::to_value(typed.payload.as_time()).unwrap(),
        ),
        ..typed.clone()
    };
    let bytes = encode(&[as_json], &doc.text).unwrap();
    assert_eq!(ok(decode(&bytes, TEXT).unwrap()), [typed]);
    let wrong = Claim::new(
        &doc,
        span_of("3 May"),
        Payload::other("time", json!({"x": 1})),
    );
    let bytes = encode(&[wrong], TEXT).unwrap();
    let decoded = decode(&bytes, TEXT).unwrap();
    assert!(matches!(&decoded[0], Err(PackedError::Json { kind, .. }) if kind == "time"));
}

#[test]
fn packed_claims_are_never_larger_than_their_json() {
    // The host checks a packed buffer against the output limit (plus the header) before
    // it decodes it, and then the decoded claims as JSON, as for a compiled-in plugin;
    // so a buffer must never be larger than the header and the JSON of its claims.
    let claims = claims();
    for c in &claims {
        let packed = encode(std::slice::from_ref(c), TEXT).unwrap().len();
        let json = serde_json::to_vec(c).unwrap().len();
        assert!(packed <= HEADER_LEN + json, "{packed} > {json}: {c:?}");
    }
    assert_eq!(encode(&[], TEXT).unwrap().len(), HEADER_LEN);
}

/// The buffer of one claim: header (12 bytes), the claim's length (4), then its body.
fn one_claim() -> Vec<u8> {
    encode(&claims()[..1], TEXT).unwrap()
}

#[test]
fn every_truncation_is_an_error_never_a_panic() {
    let bytes = encode(&claims(), TEXT).unwrap();
    for len in 0..bytes.len() {
        assert!(decode(&bytes[..len], TEXT).is_err(), "{len}");
    }
}

#[test]
fn a_truncated_buffer_names_the_byte() {
    let bytes = one_claim();
    let err = decode(&bytes[..bytes.len() - 3], TEXT).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "truncated: a claim at byte 16 needs {} bytes, {} left",
            bytes.len() - 16,
            bytes.len() - 19
        )
    );
}

#[test]
fn framing_errors_refuse_the_buffer() {
    let bytes = one_claim();
    let mut magic = bytes.clone();
    magic[0] = b'{';
    assert_eq!(
        decode(&magic, TEXT).unwrap_err().to_string(),
        "the buffer does not start with \"DLPC\" (it starts with [7b, 4c, 50, 43])"
    );
    assert!(matches!(
        decode(b"[]", TEXT),
        Err(PackedError::BadMagic { .. })
    ));
    let mut version = bytes.clone();
    version[4] = 2;
    assert_eq!(
        decode(&version, TEXT).unwrap_err().to_string(),
        "version 2; this host reads version 1"
    );
    let mut trailing = bytes.clone();
    trailing.push(0);
    assert_eq!(
        decode(&trailing, TEXT).unwrap_err(),
        PackedError::TrailingClaims { count: 1, extra: 1 }
    );
    // A count far larger than the buffer is refused without reserving memory for it.
    let mut count = bytes.clone();
    count[8..12].copy_from_slice(&u32::MAX.to_le_bytes());
    assert!(matches!(
        decode(&count, TEXT),
        Err(PackedError::Truncated { at, .. }) if at == bytes.len()
    ));
}

#[test]
fn a_bad_claim_costs_only_itself() {
    let doc = doc();
    let good = Claim::new(&doc, span_of("fled"), Payload::other("x", json!(1)));
    let bytes = encode(&[good.clone(), good.clone()], TEXT).unwrap();
    let len = u32::from_le_bytes(bytes[12..16].try_into().unwrap()) as usize;
    // The second claim's body starts after the first claim's length and body, and its
    // own length. Its fields: plugin (4 + 0), version (4 + 0), span (16), text tag (1),
    // sentence (8), payload tag (1), then the kind's length (4) and bytes.
    let second = 16 + len + 4;
    let tag_at = second + 4 + 4 + 16 + 1 + 8;
    let mut bad_tag = bytes.clone();
    bad_tag[tag_at] = 9;
    let decoded = decode(&bad_tag, TEXT).unwrap();
    assert_eq!(decoded[0], Ok(good.clone()));
    assert_eq!(
        decoded[1],
        Err(PackedError::BadTag {
            what: "the payload tag",
            at: tag_at,
            tag: 9
        })
    );
    let mut not_utf8 = bytes.clone();
    not_utf8[tag_at + 5] = 0xff;
    let decoded = decode(&not_utf8, TEXT).unwrap();
    assert_eq!(decoded[0], Ok(good));
    assert_eq!(
        decoded[1].as_ref().unwrap_err().to_string(),
        format!(
            "the kind at byte {} is not UTF-8: invalid utf-8 sequence of 1 bytes from index 0",
            tag_at + 5
        )
    );
}

#[test]
fn bad_values_are_errors() {
    let doc = doc();
    let bytes = one_claim();
    // The first claim is the full time claim: its type byte follows the payload tag.
    let type_at = 16 + 4 + 4 + 16 + 1 + 8 + 1;
    let mut bad_type = bytes.clone();
    bad_type[type_at] = 4;
    assert!(matches!(
        &decode(&bad_type, TEXT).unwrap()[0],
        Err(PackedError::BadTag {
            what: "the timex type",
            ..
        })
    ));
    let mut bad_text_tag = bytes.clone();
    bad_text_tag[16 + 4 + 4 + 16] = 2;
    assert!(matches!(
        &decode(&bad_text_tag, TEXT).unwrap()[0],
        Err(PackedError::BadTag {
            what: "the text tag",
            ..
        })
    ));
    // The interval's start date: after type (1), value (4 + 3), mod (1 + 4 + 6), freq
    // (1 + 4 + 2), quant (1 + 4 + 5), resolution (1) and the interval's tag (1).
    let days_at = type_at + 1 + 7 + 11 + 7 + 10 + 1 + 1;
    let mut bad_day = bytes.clone();
    bad_day[days_at..days_at + 4].copy_from_slice(&i32::MAX.to_le_bytes());
    assert!(matches!(
        &decode(&bad_day, TEXT).unwrap()[0],
        Err(PackedError::OutOfRange {
            what: "the interval's start",
            ..
        })
    ));
    let empty_kind = Claim::new(&doc, span_of("fled"), Payload::other("", json!(1)));
    let bytes = encode(&[empty_kind], TEXT).unwrap();
    assert!(matches!(
        &decode(&bytes, TEXT).unwrap()[0],
        Err(PackedError::EmptyKind { .. })
    ));
    let mut longer = one_claim();
    let len = u32::from_le_bytes(longer[12..16].try_into().unwrap());
    longer[12..16].copy_from_slice(&(len + 1).to_le_bytes());
    longer.push(0);
    assert!(matches!(
        &decode(&longer, TEXT).unwrap()[0],
        Err(PackedError::TrailingBytes { at: 16, extra: 1 })
    ));
}

#[test]
fn a_span_that_does_not_fit_gets_no_text() {
    let claims = claims();
    let bytes = encode(&claims, TEXT).unwrap();
    let back = ok(decode(&bytes, TEXT).unwrap());
    let outside = &back[back.len() - 2];
    assert_eq!(outside.span, Span::new(5, TEXT.len() + 3));
    assert_eq!(outside.text, "");
    // A text sent with a span off char boundaries is kept, for the host to refuse.
    let split = &back[back.len() - 1];
    assert_eq!(split.text, "x");
    assert_eq!(split, &claims[claims.len() - 1]);
}
