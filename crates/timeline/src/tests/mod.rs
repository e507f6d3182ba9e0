//! Unit tests on hand-built article records: anchoring, ordering, merging, rendering.

mod merging;
mod render;
mod shards;

use chrono::{Days, NaiveDate, NaiveDateTime};
use dateline_plugin::{
    ArticleRecord, Casualty, CasualtyCategory, Claim, Count, Document, Granularity, Interval,
    Payload, Problem, Quote, QuoteKind, Resolution, Role, Scope, Span, Timex, TimexType,
};

use crate::{Basis, Timeline, build, render_json, render_markdown};

fn midnight(y: i32, m: u32, d: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap()
}

/// A resolved DATE of the given granularity starting on `y-m-d`.
fn date(value: &str, (y, m, d): (i32, u32, u32), g: Granularity) -> Payload {
    let start = midnight(y, m, d);
    let end = match g {
        Granularity::Year => midnight(y + 1, 1, 1),
        Granularity::Month => start.checked_add_months(chrono::Months::new(1)).unwrap(),
        _ => start + Days::new(1),
    };
    Payload::Time(Timex {
        timex_type: TimexType::Date,
        value: value.to_owned(),
        modifier: None,
        freq: None,
        quant: None,
        resolution: Resolution::Absolute,
        interval: Some(Interval { start, end }),
        granularity: Some(g),
    })
}

/// A time claim that cannot anchor an event: a duration or an unresolved date.
fn unanchored(timex_type: TimexType, value: &str, resolution: Resolution) -> Payload {
    Payload::Time(Timex {
        timex_type,
        value: value.to_owned(),
        modifier: None,
        freq: None,
        quant: None,
        resolution,
        interval: None,
        granularity: None,
    })
}

/// A document whose sentences are the given strings joined by single spaces.
fn doc(id: &str, sentences: &[&str], published: Option<(i32, u32, u32)>) -> Document {
    let text = sentences.join(" ");
    let mut d = Document::from_text(id, text);
    let mut at = 0;
    d.sentences = sentences
        .iter()
        .map(|s| {
            let span = Span::new(at, at + s.len());
            at += s.len() + 1;
            span
        })
        .collect();
    d.published = published.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
    d
}

/// A claim over the first occurrence of `needle` in the document.
fn claim(d: &Document, needle: &str, payload: Payload) -> Claim {
    let start = d
        .text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    let mut c = Claim::new(d, Span::new(start, start + needle.len()), payload);
    c.plugin = match c.kind() {
        "time" => "dates",
        "casualty" => "casualties",
        "quote" => "quotes",
        _ => "other",
    }
    .to_owned();
    c.version = "0.1.0".to_owned();
    c
}

fn record(d: Document, mut claims: Vec<Claim>) -> ArticleRecord {
    claims.sort_by_key(|c| c.span);
    ArticleRecord {
        input: format!("articles/{}.md", d.id),
        document: Some(d),
        claims,
        errors: vec![],
    }
}

fn casualty(
    category: CasualtyCategory,
    count: Count,
    group: &str,
    source: Option<&str>,
) -> Payload {
    Payload::Casualty(Casualty {
        category,
        count,
        role: Role::Victims,
        group: Some(group.to_owned()),
        place: None,
        source: source.map(str::to_owned),
        parts: vec![],
        scope: Scope::Incident,
        incidents: None,
    })
}

fn at_least(n: u64) -> Count {
    Count {
        min: n,
        max: None,
        value: n,
        exact: false,
        qualifier: Some("at least".to_owned()),
        vague: None,
    }
}

/// (article, sentence, basis, label) of every event, in timeline order.
fn outline(t: &Timeline) -> Vec<(String, usize, Basis, Option<String>)> {
    t.events
        .iter()
        .map(|e| {
            (
                e.sentence.article.clone(),
                e.sentence.index,
                e.time.basis,
                e.time.label.clone(),
            )
        })
        .collect()
}

mod anchoring {
    use super::*;

    #[test]
    fn a_resolved_date_in_the_sentence_anchors_the_event() {
        let d = doc(
            "a",
            &["Fighting broke out on 3 February 2024 near the border."],
            Some((2024, 2, 5)),
        );
        let c = claim(
            &d,
            "3 February 2024",
            date("2024-02-03", (2024, 2, 3), Granularity::Day),
        );
        let t = build(&[record(d, vec![c])]);
        let e = &t.events[0];
        assert_eq!(e.time.basis, Basis::Mentioned);
        assert_eq!(e.time.value.as_deref(), Some("2024-02-03"));
        assert_eq!(e.time.label.as_deref(), Some("3 February 2024"));
        assert_eq!(e.time.granularity, Some(Granularity::Day));
        assert_eq!(e.time.claim, Some(0));
    }

    #[test]
    fn the_first_resolved_date_wins_and_durations_are_skipped() {
        let d = doc(
            "a",
            &["After ten years of calm, in February the clashes of 2014 were recalled."],
            Some((2024, 3, 1)),
        );
        let claims = vec![
            claim(
                &d,
                "ten years",
                unanchored(TimexType::Duration, "P10Y", Resolution::NotApplicable),
            ),
            claim(
                &d,
                "February",
                date("2024-02", (2024, 2, 1), Granularity::Month),
            ),
            claim(&d, "2014", date("2014", (2014, 1, 1), Granularity::Year)),
        ];
        let t = build(&[record(d, claims)]);
        let e = &t.events[0];
        assert_eq!(e.time.basis, Basis::Mentioned);
        assert_eq!(e.time.value.as_deref(), Some("2024-02"));
        assert_eq!(e.time.label.as_deref(), Some("February 2024"));
        // The anchor points into the event's claims, which keep every time claim.
        assert_eq!(e.time.claim, Some(1));
        assert_eq!(e.claims.len(), 3);
    }

    /// A quote claim whose cue is the first occurrence of `cue` in the document.
    fn quote_with_cue(d: &Document, content: &str, cue: &str) -> Claim {
        let at = d.text.find(cue).expect("cue in text");
        claim(
            d,
            content,
            Payload::Quote(Quote {
                kind: QuoteKind::Indirect,
                content: content.to_owned(),
                pieces: vec![],
                cue: Some(cue.to_owned()),
                cue_span: Some(Span::new(at, at + cue.len())),
                speaker: None,
                speaker_span: None,
                speaker_resolved: None,
                speaker_resolved_span: None,
            }),
        )
    }

    #[test]
    fn a_dateline_date_gives_way_to_the_date_of_the_event() {
        let d = doc(
            "a",
            &["KARSA, May 6 (Wire) - The bridge collapsed on Sunday, officials said."],
            Some((2024, 5, 6)),
        );
        let claims = vec![
            claim(
                &d,
                "May 6",
                date("2024-05-06", (2024, 5, 6), Granularity::Day),
            ),
            claim(
                &d,
                "Sunday",
                date("2024-05-05", (2024, 5, 5), Granularity::Day),
            ),
        ];
        let t = build(&[record(d, claims)]);
        assert_eq!(t.events[0].time.value.as_deref(), Some("2024-05-05"));
        assert_eq!(t.events[0].time.claim, Some(1));
    }

    #[test]
    fn a_dateline_date_still_anchors_a_sentence_without_another_date() {
        let d = doc(
            "a",
            &["NEW YORK, May 6 - Markets fell sharply."],
            Some((2024, 5, 6)),
        );
        let c = claim(
            &d,
            "May 6",
            date("2024-05-06", (2024, 5, 6), Granularity::Day),
        );
        let t = build(&[record(d, vec![c])]);
        assert_eq!(t.events[0].time.basis, Basis::Mentioned);
        assert_eq!(t.events[0].time.value.as_deref(), Some("2024-05-06"));
    }

    #[test]
    fn a_date_inside_running_text_is_no_dateline() {
        // Lower-case words before the date: an ordinary first sentence.
        let d = doc(
            "a",
            &["Talks resumed on May 6 - a day late - in Geneva on Sunday."],
            Some((2024, 5, 8)),
        );
        let claims = vec![
            claim(
                &d,
                "May 6",
                date("2024-05-06", (2024, 5, 6), Granularity::Day),
            ),
            claim(
                &d,
                "Sunday",
                date("2024-05-05", (2024, 5, 5), Granularity::Day),
            ),
        ];
        let t = build(&[record(d, claims)]);
        assert_eq!(t.events[0].time.value.as_deref(), Some("2024-05-06"));
    }

    #[test]
    fn a_reporting_date_gives_way_to_the_date_of_the_reported_event() {
        let d = doc(
            "a",
            &["The talks will start on 3 June, the minister said on Monday."],
            Some((2024, 5, 28)),
        );
        let claims = vec![
            claim(
                &d,
                "3 June",
                date("2024-06-03", (2024, 6, 3), Granularity::Day),
            ),
            quote_with_cue(&d, "The talks will start on 3 June", "said"),
            claim(
                &d,
                "Monday",
                date("2024-05-27", (2024, 5, 27), Granularity::Day),
            ),
        ];
        let d2 = doc(
            "b",
            &["The minister said on Monday that the talks would start on 3 June."],
            Some((2024, 5, 28)),
        );
        let claims2 = vec![
            quote_with_cue(&d2, "the talks would start on 3 June", "said"),
            claim(
                &d2,
                "Monday",
                date("2024-05-27", (2024, 5, 27), Granularity::Day),
            ),
            claim(
                &d2,
                "3 June",
                date("2024-06-03", (2024, 6, 3), Granularity::Day),
            ),
        ];
        let t = build(&[record(d, claims), record(d2, claims2)]);
        for e in &t.events {
            assert_eq!(
                e.time.value.as_deref(),
                Some("2024-06-03"),
                "{}",
                e.sentence.text
            );
        }
    }

    #[test]
    fn a_reporting_date_anchors_when_it_is_the_only_date() {
        let d = doc(
            "a",
            &["\"We will rebuild,\" the mayor said on Monday."],
            Some((2024, 5, 28)),
        );
        let claims = vec![
            quote_with_cue(&d, "We will rebuild,", "said"),
            claim(
                &d,
                "Monday",
                date("2024-05-27", (2024, 5, 27), Granularity::Day),
            ),
        ];
        let t = build(&[record(d, claims)]);
        assert_eq!(t.events[0].time.basis, Basis::Mentioned);
        assert_eq!(t.events[0].time.value.as_deref(), Some("2024-05-27"));
    }

    #[test]
    fn without_a_usable_date_the_publication_day_is_used() {
        let d = doc(
            "a",
            &["Aid convoys have waited for weeks since February."],
            Some((2024, 4, 16)),
        );
        let claims = vec![
            claim(
                &d,
                "weeks",
                unanchored(TimexType::Duration, "PXW", Resolution::NotApplicable),
            ),
            claim(
                &d,
                "February",
                unanchored(TimexType::Date, "XXXX-02", Resolution::Unresolved),
            ),
        ];
        let t = build(&[record(d, claims)]);
        let e = &t.events[0];
        assert_eq!(e.time.basis, Basis::ReportedOn);
        assert_eq!(e.time.value.as_deref(), Some("2024-04-16"));
        assert_eq!(e.time.label.as_deref(), Some("16 April 2024"));
        assert_eq!(e.time.granularity, Some(Granularity::Day));
        let interval = e.time.interval.unwrap();
        assert_eq!(
            (interval.start, interval.end),
            (midnight(2024, 4, 16), midnight(2024, 4, 17))
        );
        assert_eq!(e.time.claim, None);
        assert_eq!(e.claims.len(), 2);
    }

    #[test]
    fn without_a_date_or_a_dct_the_event_is_undated() {
        let d = doc("a", &["Five people were hurt in the blast."], None);
        let c = claim(
            &d,
            "Five people",
            casualty(CasualtyCategory::Injured, Count::exact(5), "people", None),
        );
        let t = build(&[record(d, vec![c])]);
        let e = &t.events[0];
        assert_eq!(e.time.basis, Basis::Undated);
        assert_eq!((e.time.value.as_ref(), e.time.label.as_ref()), (None, None));
        assert_eq!((e.time.interval, e.time.granularity), (None, None));
    }

    #[test]
    fn only_sentences_with_claims_become_events_and_claims_group_by_sentence() {
        let d = doc(
            "a",
            &[
                "Nothing here.",
                "On 2 May 2024 two were killed.",
                "Quiet again.",
                "Police said so.",
            ],
            Some((2024, 5, 3)),
        );
        let mut claims = vec![
            claim(
                &d,
                "2 May 2024",
                date("2024-05-02", (2024, 5, 2), Granularity::Day),
            ),
            claim(
                &d,
                "two",
                casualty(CasualtyCategory::Killed, Count::exact(2), "people", None),
            ),
            claim(
                &d,
                "Police said",
                Payload::other("attribution", serde_json::json!({})),
            ),
        ];
        // Out-of-order input still groups by sentence, keeping text order inside one.
        claims.reverse();
        let r = ArticleRecord {
            input: "a.md".into(),
            document: Some(d),
            claims,
            errors: vec![],
        };
        let t = build(&[r]);
        assert_eq!(t.events.len(), 2);
        assert_eq!(t.events[0].sentence.index, 1);
        assert_eq!(t.events[0].sentence.text, "On 2 May 2024 two were killed.");
        let kinds: Vec<&str> = t.events[0].claims.iter().map(|c| c.claim.kind()).collect();
        assert_eq!(kinds, ["casualty", "time"]);
        // The anchor index follows the claims as stored, whatever their order.
        assert_eq!(t.events[0].time.claim, Some(1));
        assert_eq!(t.events[1].sentence.index, 3);
        assert_eq!(t.events[1].time.basis, Basis::ReportedOn);
        assert_eq!(t.articles[0].events, 2);
    }
}

mod ordering {
    use super::*;

    #[test]
    fn coarser_granularity_comes_first_for_the_same_start() {
        let d = doc(
            "a",
            &["On 1 January 2024.", "In January 2024.", "In 2024."],
            None,
        );
        // "January 2024" and "2024" occur more than once, so place the claims by offset.
        let claims = vec![
            claim(
                &d,
                "1 January 2024",
                date("2024-01-01", (2024, 1, 1), Granularity::Day),
            ),
            claim_at(
                &d,
                22,
                "January 2024",
                date("2024-01", (2024, 1, 1), Granularity::Month),
            ),
            claim_at(
                &d,
                39,
                "2024",
                date("2024", (2024, 1, 1), Granularity::Year),
            ),
        ];
        let t = build(&[record(d, claims)]);
        let labels: Vec<_> = outline(&t)
            .into_iter()
            .map(|o| (o.1, o.3.unwrap()))
            .collect();
        assert_eq!(
            labels,
            [
                (2, "2024".to_owned()),
                (1, "January 2024".to_owned()),
                (0, "1 January 2024".to_owned())
            ]
        );
    }

    #[test]
    fn the_same_time_falls_back_to_article_then_sentence_order() {
        let mk = |id: &str| {
            let d = doc(
                id,
                &["First on 9 March 2024.", "Second on 9 March 2024."],
                None,
            );
            let claims = vec![
                claim_at(
                    &d,
                    9,
                    "9 March 2024",
                    date("2024-03-09", (2024, 3, 9), Granularity::Day),
                ),
                claim_at(
                    &d,
                    33,
                    "9 March 2024",
                    date("2024-03-09", (2024, 3, 9), Granularity::Day),
                ),
            ];
            record(d, claims)
        };
        // Given b first: the order is the canonical one (article id), not the input's.
        let t = build(&[mk("b"), mk("a")]);
        let order: Vec<_> = outline(&t).into_iter().map(|o| (o.0, o.1)).collect();
        assert_eq!(
            order,
            [
                ("a".to_owned(), 0),
                ("a".to_owned(), 1),
                ("b".to_owned(), 0),
                ("b".to_owned(), 1)
            ]
        );
    }

    #[test]
    fn earlier_times_come_first_and_undated_events_come_last_in_source_order() {
        let undated = |id: &str| {
            let d = doc(id, &["Two were hurt.", "Three were hurt."], None);
            let claims = vec![
                claim(
                    &d,
                    "Two",
                    casualty(CasualtyCategory::Injured, Count::exact(2), "people", None),
                ),
                claim(
                    &d,
                    "Three",
                    casualty(CasualtyCategory::Injured, Count::exact(3), "people", None),
                ),
            ];
            record(d, claims)
        };
        let late = {
            let d = doc("late", &["Talks on 5 June 2024."], None);
            let c = claim(
                &d,
                "5 June 2024",
                date("2024-06-05", (2024, 6, 5), Granularity::Day),
            );
            record(d, vec![c])
        };
        let reported = {
            let d = doc("reported", &["Two were hurt."], Some((2024, 6, 1)));
            let c = claim(
                &d,
                "Two",
                casualty(CasualtyCategory::Injured, Count::exact(2), "people", None),
            );
            record(d, vec![c])
        };
        let t = build(&[undated("u1"), late, undated("u2"), reported]);
        let order: Vec<_> = outline(&t).into_iter().map(|o| (o.0, o.1, o.2)).collect();
        assert_eq!(
            order,
            [
                ("reported".to_owned(), 0, Basis::ReportedOn),
                ("late".to_owned(), 0, Basis::Mentioned),
                ("u1".to_owned(), 0, Basis::Undated),
                ("u1".to_owned(), 1, Basis::Undated),
                ("u2".to_owned(), 0, Basis::Undated),
                ("u2".to_owned(), 1, Basis::Undated),
            ]
        );
    }
}

/// A claim over `needle` at byte `start` (for needles that occur more than once).
fn claim_at(d: &Document, start: usize, needle: &str, payload: Payload) -> Claim {
    assert_eq!(&d.text[start..start + needle.len()], needle);
    let mut c = Claim::new(d, Span::new(start, start + needle.len()), payload);
    c.plugin = "dates".to_owned();
    c.version = "0.1.0".to_owned();
    c
}

/// A small developing story in three records: a dated article, an article without a
/// publication date, and an input that could not be read.
fn story() -> Vec<ArticleRecord> {
    let mut a = doc(
        "wire-1",
        &[
            "Gunmen attacked an army checkpoint near Kirkuk on Saturday, killing at least 16 Iraqi soldiers and civilians, the army said.",
            "\"We will find those responsible and they will pay,\" he said.",
            "The province last saw an attack of this scale in 2014.",
            "A curfew announced for February was brought forward.",
        ],
        Some((2024, 2, 4)),
    );
    a.title = Some("Checkpoint attack kills 16 near Kirkuk".to_owned());
    a.source = Some("Northern Wire".to_owned());
    a.url = Some("https://example.com/wire-1".to_owned());
    let quote_start = a.text.find("We will").unwrap();
    let quote_end = a.text.find(",\" he").unwrap();
    let he = a.text.find("he said").unwrap();
    let a_claims = vec![
        claim(&a, "Saturday", {
            let Payload::Time(mut t) = date("2024-02-03", (2024, 2, 3), Granularity::Day) else {
                unreachable!()
            };
            t.resolution = Resolution::Dct;
            Payload::Time(t)
        }),
        claim(
            &a,
            "at least 16 Iraqi soldiers and civilians",
            casualty(
                CasualtyCategory::Killed,
                at_least(16),
                "Iraqi soldiers and civilians",
                Some("the army"),
            ),
        ),
        claim(
            &a,
            "\"We will find those responsible and they will pay,\" he said.",
            Payload::Quote(Quote {
                kind: QuoteKind::Direct,
                content: "We will find those responsible and they will pay".to_owned(),
                pieces: vec![Span::new(quote_start, quote_end)],
                cue: Some("said".to_owned()),
                cue_span: Some(Span::new(he + 3, he + 7)),
                speaker: Some("he".to_owned()),
                speaker_span: Some(Span::new(he, he + 2)),
                speaker_resolved: Some("al-Sudani".to_owned()),
                speaker_resolved_span: None,
            }),
        ),
        claim(&a, "2014", date("2014", (2014, 1, 1), Granularity::Year)),
        claim(
            &a,
            "February",
            date("2024-02", (2024, 2, 1), Granularity::Month),
        ),
    ];

    let mut b = doc(
        "desk-7",
        &[
            "Rescue teams worked for 12 hours.",
            "In March, dozens of families fled the area, a local official said.",
        ],
        None,
    );
    b.source = Some("City Desk".to_owned());
    let b_claims = vec![
        // A plugin's own kind, carried through untouched.
        claim(
            &b,
            "Rescue teams",
            Payload::other("responders", serde_json::json!({"role": "rescue"})),
        ),
        claim(
            &b,
            "12 hours",
            unanchored(TimexType::Duration, "PT12H", Resolution::NotApplicable),
        ),
        claim(
            &b,
            "In March",
            unanchored(TimexType::Date, "XXXX-03", Resolution::Unresolved),
        ),
        claim(
            &b,
            "dozens of families",
            casualty(
                CasualtyCategory::Displaced,
                Count {
                    min: 12,
                    max: None,
                    value: 12,
                    exact: false,
                    qualifier: None,
                    vague: Some("dozens".to_owned()),
                },
                "families",
                None,
            ),
        ),
    ];

    let broken = ArticleRecord {
        input: "articles/broken.txt".to_owned(),
        document: None,
        claims: vec![],
        errors: vec![Problem {
            plugin: None,
            code: "invalid_utf8".to_owned(),
            message: "articles/broken.txt: invalid UTF-8 at byte 12".to_owned(),
        }],
    };
    let mut a = record(a, a_claims);
    a.errors.push(Problem {
        plugin: Some("ceasefires".to_owned()),
        code: "plugin_error".to_owned(),
        message: "plugin ceasefires failed on wire-1: no configuration given".to_owned(),
    });
    vec![a, record(b, b_claims), broken]
}

#[test]
fn an_interval_without_granularity_gets_one_from_its_length() {
    let d = doc("a", &["Shelling went on all week."], None);
    let Payload::Time(mut timex) = date("2024-W05", (2024, 1, 29), Granularity::Day) else {
        unreachable!()
    };
    let start = timex.interval.unwrap().start;
    timex.interval = Some(Interval {
        start,
        end: start + Days::new(7),
    });
    timex.granularity = None;
    let c = claim(&d, "all week", Payload::Time(timex));
    let t = build(&[record(d, vec![c])]);
    assert_eq!(t.events[0].time.granularity, Some(Granularity::Week));
    assert_eq!(t.events[0].time.label.as_deref(), Some("week 5 of 2024"));
}

#[test]
fn a_modifier_qualifies_the_label() {
    let d = doc("a", &["Clashes erupted in early March 2024."], None);
    let Payload::Time(mut timex) = date("2024-03", (2024, 3, 1), Granularity::Month) else {
        unreachable!()
    };
    timex.modifier = Some("START".to_owned());
    let c = claim(&d, "early March 2024", Payload::Time(timex));
    let t = build(&[record(d, vec![c])]);
    assert_eq!(t.events[0].time.label.as_deref(), Some("early March 2024"));
    assert_eq!(t.events[0].time.value.as_deref(), Some("2024-03"));
}

/// Two articles' reports of one attack on the same day are one event: both sources
/// are kept, and the differing death tolls sit side by side, each with its source.
#[test]
fn reports_of_one_attack_merge_and_keep_conflicting_counts() {
    let report = |id: &str, n: u64, by: &str, published: (i32, u32, u32)| {
        let d = doc(
            id,
            &[&format!(
                "On 3 February 2024 {n} people were killed in the Kirkuk market bombing, {by} said."
            )],
            Some(published),
        );
        let claims = vec![
            claim(
                &d,
                "3 February 2024",
                date("2024-02-03", (2024, 2, 3), Granularity::Day),
            ),
            claim(
                &d,
                &format!("{n} people"),
                casualty(
                    CasualtyCategory::Killed,
                    Count::exact(n),
                    "people",
                    Some(by),
                ),
            ),
        ];
        record(d, claims)
    };
    // Given in the "wrong" order: the timeline does not depend on it.
    let t = build(&[
        report("b", 18, "medics", (2024, 2, 4)),
        report("a", 16, "the army", (2024, 2, 3)),
    ]);
    assert_eq!(t.events.len(), 1);
    let e = &t.events[0];
    let ids: Vec<&str> = e.sources.iter().map(|s| s.article.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    let evidence = e.sources[1]
        .evidence
        .as_ref()
        .expect("the second source says why");
    assert_eq!(evidence.rule, crate::MergeRule::SameSentence);
    assert_eq!(evidence.matched, 0);
    let tolls: Vec<(u64, &str)> = e
        .claims
        .iter()
        .filter_map(|c| Some((c.claim.payload.as_casualty()?.count.value, ids[c.source])))
        .collect();
    assert_eq!(tolls, [(16, "a"), (18, "b")]);
    let f = &e.figures[0];
    // Reported on two days and rising: a series, not a dispute.
    assert_eq!(f.status, crate::FigureStatus::Rising);
    assert_eq!((f.low, f.high, f.conservative), (16, 18, 16));
    assert_eq!(
        f.latest.map(|l| (l.value, l.as_of.to_string())),
        Some((18, "2024-02-04".to_owned()))
    );

    let md = render_markdown(&t);
    assert!(
        md.contains("Kirkuk market bombing, the army said. _(a; b)_\n"),
        "{md}"
    );
    assert!(
        md.contains(
            "  - killed: 16 → 18, as of 4 February 2024 (a rising toll; conservative figure 16)\n"
        ),
        "{md}"
    );
    assert!(
        md.contains("    - 16 (people) — according to the army _(a, 3 February 2024)_\n"),
        "{md}"
    );
}

#[test]
fn coarse_times_get_their_own_headings() {
    let d = doc(
        "a",
        &[
            "Unrest grew in the 1990s.",
            "Talks stalled in the second quarter of 2024.",
            "Aid came in week 5 of 2024.",
        ],
        None,
    );
    let quarter = {
        let Payload::Time(mut t) = date("2024-Q2", (2024, 4, 1), Granularity::Month) else {
            unreachable!()
        };
        t.granularity = Some(Granularity::Quarter);
        Payload::Time(t)
    };
    let decade = {
        let Payload::Time(mut t) = date("199", (1990, 1, 1), Granularity::Year) else {
            unreachable!()
        };
        t.granularity = Some(Granularity::Decade);
        Payload::Time(t)
    };
    let week = {
        let Payload::Time(mut t) = date("2024-W05", (2024, 1, 29), Granularity::Day) else {
            unreachable!()
        };
        t.granularity = Some(Granularity::Week);
        Payload::Time(t)
    };
    let claims = vec![
        claim(&d, "the 1990s", decade),
        claim(&d, "the second quarter of 2024", quarter),
        claim(&d, "week 5 of 2024", week),
    ];
    let md = render_markdown(&build(&[record(d, claims)]));
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(
        headings,
        [
            "# Timeline",
            "## the 1990s",
            "## 2024",
            "### January 2024",
            "### The second quarter of 2024",
            "## Sources"
        ]
    );
}

#[test]
fn story_outline() {
    let t = build(&story());
    let order: Vec<_> = outline(&t)
        .into_iter()
        .map(|(a, s, b, l)| (a, s, b, l.unwrap_or_default()))
        .collect();
    let o = |a: &str, s, b, l: &str| (a.to_owned(), s, b, l.to_owned());
    assert_eq!(
        order,
        [
            o("wire-1", 2, Basis::Mentioned, "2014"),
            o("wire-1", 3, Basis::Mentioned, "February 2024"),
            o("wire-1", 0, Basis::Mentioned, "3 February 2024"),
            o("wire-1", 1, Basis::ReportedOn, "4 February 2024"),
            o("desk-7", 0, Basis::Undated, ""),
            o("desk-7", 1, Basis::Undated, ""),
        ]
    );
}

#[test]
fn summaries_count_claims_by_kind_and_keep_every_error() {
    let t = build(&story());
    // Articles come in canonical order: by id (the input, for a record without one).
    let ids: Vec<&str> = t.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["articles/broken.txt", "desk-7", "wire-1"]);
    let a = &t.articles[2];
    assert_eq!(a.input, "articles/wire-1.md");
    assert_eq!(a.claims.get("time"), Some(&3));
    assert_eq!(a.claims.get("casualty"), Some(&1));
    assert_eq!(a.claims.get("quote"), Some(&1));
    assert_eq!(a.events, 4);
    // Each of its four event sentences is a paragraph of its own here (the test
    // document is one paragraph): the passage is kept once.
    assert_eq!(a.passages.len(), 1);
    assert_eq!(t.articles[1].claims.get("responders"), Some(&1));
    let broken = &t.articles[0];
    assert!(broken.claims.is_empty());
    assert!(broken.passages.is_empty());
    assert_eq!(broken.errors[0].code, "invalid_utf8");
    assert_eq!(t.problems().count(), 2);
    assert_eq!(a.errors[0].plugin.as_deref(), Some("ceasefires"));
}

#[test]
fn json_round_trips_and_is_versioned() {
    let t = build(&story());
    let json = render_json(&t);
    assert!(json.starts_with("{\n  \"schema\": \"dateline.timeline/2\",\n"));
    assert!(json.ends_with("}\n"));
    let back: Timeline = serde_json::from_str(&json).unwrap();
    assert_eq!(back, t);
}

#[test]
fn an_empty_run_renders_without_sections() {
    let t = build(&[]);
    assert!(t.events.is_empty());
    assert_eq!(
        render_markdown(&t),
        "# Timeline\n\n0 events from 0 articles.\n"
    );
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!(render_json(&build(&story())));
}

#[test]
fn markdown_snapshot() {
    insta::assert_snapshot!(render_markdown(&build(&story())));
}

/// docs/output-format.md shows real output: its ArticleRecord lines parse, and its
/// Markdown example is exactly what the renderer makes of [`story`].
#[test]
fn the_format_documentation_is_current() {
    let doc = include_str!("../../../../docs/output-format.md");
    let lines: Vec<ArticleRecord> = doc
        .lines()
        .filter(|l| l.starts_with("{\"input\""))
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(lines.len(), 2);
    let t = build(&lines);
    assert_eq!(t.events[0].time.label.as_deref(), Some("3 February 2024"));
    assert_eq!(t.problems().count(), 1);

    let start = doc.find("```markdown\n").expect("a Markdown example") + "```markdown\n".len();
    let end = start + doc[start..].find("```\n").expect("the end of the example");
    assert_eq!(&doc[start..end], render_markdown(&build(&story())));
}
