//! Direct quotes: every style of quotation mark, partial quotes, scare quotes and
//! titles, signatures, spans.

use super::*;

#[test]
fn direct_quotes_with_the_speaker_anywhere() {
    check(
        "direct",
        &[
            (
                "\"The deal is done,\" Ana Ruiz said.",
                &[(
                    Direct,
                    "The deal is done",
                    Some("Ana Ruiz"),
                    Some("Ana Ruiz"),
                )],
            ),
            (
                "Ana Ruiz said: \"The deal is done.\"",
                &[(
                    Direct,
                    "The deal is done.",
                    Some("Ana Ruiz"),
                    Some("Ana Ruiz"),
                )],
            ),
            (
                "\"The deal is done,\" said Ana Ruiz, the union's negotiator.",
                &[(
                    Direct,
                    "The deal is done",
                    Some("Ana Ruiz"),
                    Some("Ana Ruiz"),
                )],
            ),
            (
                "\"The deal is done,\" she said, \"and we can go home.\"",
                &[(
                    Direct,
                    "The deal is done … and we can go home.",
                    Some("she"),
                    None,
                )],
            ),
            (
                "\"We waited,\" Ruiz said. \"Now we act.\"",
                &[(
                    Direct,
                    "We waited … Now we act.",
                    Some("Ruiz"),
                    Some("Ruiz"),
                )],
            ),
            (
                "\"Why now?\" Ruiz asked.",
                &[(Direct, "Why now?", Some("Ruiz"), Some("Ruiz"))],
            ),
        ],
    );
}

#[test]
fn every_style_of_quotation_mark() {
    check(
        "marks",
        &[
            (
                "``We will rebuild,'' the mayor said.",
                &[(Direct, "We will rebuild", Some("the mayor"), None)],
            ),
            (
                "“We will rebuild,\" the mayor said.",
                &[(Direct, "We will rebuild", Some("the mayor"), None)],
            ),
            (
                "\"He told me 'not yet' twice,\" Lee said.",
                &[(
                    Direct,
                    "He told me 'not yet' twice",
                    Some("Lee"),
                    Some("Lee"),
                )],
            ),
            (
                "\"It's the town's best chance,\" Lee's aide said.",
                &[(
                    Direct,
                    "It's the town's best chance",
                    Some("Lee's aide"),
                    None,
                )],
            ),
        ],
    );
}

#[test]
fn odd_marks_and_quotes_over_paragraph_breaks() {
    check(
        "resync",
        &[
            (
                "A stray \" mark here.\n\n\"Roads are open,\" Kim said.",
                &[(Direct, "Roads are open", Some("Kim"), Some("Kim"))],
            ),
            (
                "\"The first part runs on.\n\n\"The second part ends it,\" Kim said.",
                &[(
                    Direct,
                    "The first part runs on. … The second part ends it",
                    Some("Kim"),
                    Some("Kim"),
                )],
            ),
        ],
    );
}

#[test]
fn partial_quotes_need_a_governing_verb() {
    check(
        "partial",
        &[
            (
                "Lind called for \"restraint\" on all sides.",
                &[(
                    Partial,
                    "\"restraint\" on all sides",
                    Some("Lind"),
                    Some("Lind"),
                )],
            ),
            (
                "Lind said the plan was \"dead on arrival.\"",
                &[(
                    Partial,
                    "the plan was \"dead on arrival.\"",
                    Some("Lind"),
                    Some("Lind"),
                )],
            ),
        ],
    );
}

#[test]
fn scare_quotes_titles_and_labels_are_not_speech() {
    check(
        "scare",
        &[
            ("Strikes hit targets in \"Israel\" overnight.", &[]),
            ("Viewers skipped the \"bonus\" round.", &[]),
            (
                "She starred in \"Winter Comes to Maple Street\" for years.",
                &[],
            ),
            ("Protesters chanted slogans about the \"occupation.\"", &[]),
        ],
    );
}

#[test]
fn a_quote_signed_with_a_dash_on_its_own_line() {
    check(
        "dash signature",
        &[
            (
                "Voters at the fair said what they wanted.\n\n\
                 “I want the ferry back before winter.” ― Ana Ruiz, 34, a nurse\n\n\
                 “Nobody listens to the pilots.” — Tom Reed (Elm Bay)",
                &[
                    (
                        Direct,
                        "I want the ferry back before winter.",
                        Some("Ana Ruiz"),
                        Some("Ana Ruiz"),
                    ),
                    (
                        Direct,
                        "Nobody listens to the pilots.",
                        Some("Tom Reed"),
                        Some("Tom Reed"),
                    ),
                ],
            ),
            // A verb after the dash makes it a frame of its own.
            (
                "\"The tolls are too high.\" — the mayor said.",
                &[(Direct, "The tolls are too high.", Some("the mayor"), None)],
            ),
        ],
    );
}

#[test]
fn claim_span_covers_the_content_and_offsets_are_bytes() {
    let text = "“Über alles,” sagte er. “Ja,” Müller said, “wir gehen.”";
    let doc = Document::from_text("t", text);
    let claims = Quotes.extract(&doc).unwrap();
    assert_eq!(claims.len(), 1);
    let q = claims[0].payload.as_quote().unwrap();
    assert_eq!(q.pieces.len(), 2);
    assert_eq!(claims[0].span.start, q.pieces[0].start);
    assert_eq!(claims[0].span.end, q.pieces[1].end);
    for p in &q.pieces {
        assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
    }
    assert_eq!(q.cue_span.map(|s| &text[s.start..s.end]), Some("said"));
}

/// One paragraph of many quotations, with no sentence end: every quotation is one
/// claim of its own speaker and cue. (Such a paragraph was quadratic in the clause
/// and quote scans; how long it takes is measured by the benchmarks, not here.)
#[test]
fn a_long_paragraph_of_quotations_gives_one_claim_per_quotation() {
    let n = 2_000;
    let unit = "He said \"it is over\" and ";
    let text = unit.repeat(n);
    let doc = Document::from_text("t", text.clone());
    let claims = Quotes.extract(&doc).unwrap();
    assert_eq!(claims.len(), n);
    for (i, c) in claims.iter().enumerate() {
        let q = c.payload.as_quote().unwrap();
        let at = i * unit.len();
        assert_eq!(q.speaker_span, Some(Span::new(at, at + 2)), "claim {i}");
        assert_eq!(q.cue_span, Some(Span::new(at + 3, at + 7)), "claim {i}");
        // The last quotation's content runs on to the final `and`, as a clause
        // that nothing after it cuts.
        let (kind, content) = if i + 1 < n {
            (Direct, "it is over")
        } else {
            (Partial, "\"it is over\" and")
        };
        assert_eq!((q.kind, q.content.as_str()), (kind, content), "claim {i}");
    }
}

#[test]
fn config_must_be_empty() {
    assert!(Quotes::create(&serde_json::json!({})).is_ok());
    let err = Quotes::create(&serde_json::json!({"speakers": false})).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid configuration: the quotes plugin takes no options, got speakers"
    );
}
