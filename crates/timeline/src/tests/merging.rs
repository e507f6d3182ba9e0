//! Merging across articles: which sentences become one event, and what the merged
//! event says about its quotes and figures.

use super::*;
use crate::{EventClaim, FigureStatus, MergeRule};
use dateline_plugin::Scope;

/// A dated article of one outlet whose sentences are the given strings.
fn art(id: &str, published: (i32, u32, u32), outlet: &str, sentences: &[&str]) -> Document {
    let mut d = doc(id, sentences, Some(published));
    d.source = Some(outlet.to_owned());
    // One paragraph per sentence, as wire copy has it.
    d.paragraphs = d.sentences.clone();
    d
}

/// A day-level date claim over `needle`.
fn on(d: &Document, needle: &str, (y, m, day): (i32, u32, u32)) -> Claim {
    let value = format!("{y:04}-{m:02}-{day:02}");
    claim(d, needle, date(&value, (y, m, day), Granularity::Day))
}

/// A "killed" count over `needle`.
fn killed(d: &Document, needle: &str, n: u64, by: Option<&str>) -> Claim {
    claim(
        d,
        needle,
        casualty(CasualtyCategory::Killed, Count::exact(n), "people", by),
    )
}

/// A direct quote of `speaker` whose content is `content` (found in the text).
fn quote(d: &Document, content: &str, speaker: &str) -> Claim {
    let at = d.text.find(content).expect("content in text");
    claim(
        d,
        content,
        Payload::Quote(Quote {
            kind: QuoteKind::Direct,
            content: content.to_owned(),
            pieces: vec![Span::new(at, at + content.len())],
            cue: Some("said".to_owned()),
            cue_span: None,
            speaker: Some(speaker.to_owned()),
            speaker_span: None,
            speaker_resolved: None,
            speaker_resolved_span: None,
        }),
    )
}

/// The article ids of each event's sources, in timeline order.
fn sources(t: &Timeline) -> Vec<Vec<&str>> {
    t.events
        .iter()
        .map(|e| e.sources.iter().map(|s| s.article.as_str()).collect())
        .collect()
}

const SAT: (i32, u32, u32) = (2024, 4, 6);
const SUN: (i32, u32, u32) = (2024, 4, 7);

#[test]
fn the_same_sentence_in_two_outlets_is_one_event_with_both_sources() {
    let lead = "A missile struck the Dalen market in Mirava on Saturday, wrecking forty stalls.";
    let a = art("a", SAT, "Harbor Wire", &[lead]);
    let b = art("b", SUN, "Eastern Ledger", &[lead]);
    let t = build(&[
        record(b.clone(), vec![on(&b, "Saturday", SAT)]),
        record(a.clone(), vec![on(&a, "Saturday", SAT)]),
    ]);
    assert_eq!(sources(&t), [vec!["a", "b"]]);
    let e = &t.events[0];
    // The first report is the one shown; the second says why it joined.
    assert_eq!(e.sentence.article, "a");
    let ev = e.sources[1].evidence.as_ref().unwrap();
    assert_eq!(
        (ev.rule, ev.matched, ev.similarity),
        (MergeRule::SameSentence, 0, 1.0)
    );
    assert_eq!(
        t.articles.iter().map(|a| a.events).collect::<Vec<_>>(),
        [1, 1]
    );
    assert_eq!(e.time.claim, Some(0));
}

#[test]
fn the_same_words_on_different_days_stay_apart() {
    let s = "A missile struck the Dalen market in Mirava, wrecking forty stalls, on that day.";
    let a = art("a", SAT, "Harbor Wire", &[s]);
    let b = art("b", SUN, "Eastern Ledger", &[s]);
    let t = build(&[
        record(a.clone(), vec![on(&a, "that day", SAT)]),
        record(b.clone(), vec![on(&b, "that day", SUN)]),
    ]);
    assert_eq!(sources(&t), [vec!["a"], vec!["b"]]);
}

#[test]
fn two_sentences_of_one_article_are_never_merged() {
    let s = "Shelling hit the Dalen market in Mirava again on Saturday evening.";
    let a = art("a", SAT, "Harbor Wire", &[s, s]);
    let first = s.find("Saturday").unwrap();
    let claims = vec![
        claim_at(
            &a,
            first,
            "Saturday",
            date("2024-04-06", SAT, Granularity::Day),
        ),
        claim_at(
            &a,
            s.len() + 1 + first,
            "Saturday",
            date("2024-04-06", SAT, Granularity::Day),
        ),
    ];
    let t = build(&[record(a, claims)]);
    assert_eq!(t.events.len(), 2);
}

#[test]
fn a_report_day_and_a_written_day_stay_apart_even_with_the_same_words() {
    let a = art(
        "a",
        SAT,
        "Harbor Wire",
        &["Rescuers pulled eleven survivors from the collapsed Dalen market hall on Saturday."],
    );
    let b = art(
        "b",
        SAT,
        "Eastern Ledger",
        &["Rescuers pulled eleven survivors from the collapsed Dalen market hall, medics said."],
    );
    let t = build(&[
        record(a.clone(), vec![on(&a, "Saturday", SAT)]),
        record(b.clone(), vec![casualty_claim(&b, "eleven survivors")]),
    ]);
    let bases: Vec<Basis> = t.events.iter().map(|e| e.time.basis).collect();
    assert_eq!(bases, [Basis::Mentioned, Basis::ReportedOn]);
    assert_eq!(sources(&t), [vec!["a"], vec!["b"]]);
}

/// A claim of a plugin's own kind, so that a sentence becomes an event without a date.
fn casualty_claim(d: &Document, needle: &str) -> Claim {
    claim(d, needle, Payload::other("rescue", serde_json::json!({})))
}

#[test]
fn a_quote_reported_again_a_day_later_joins_the_day_it_was_said() {
    let words = "We will rebuild every stall of this market before the winter rains";
    let a = art(
        "a",
        SAT,
        "Harbor Wire",
        &[&format!(
            "\"{words},\" Governor Pavel Osk said on Saturday."
        )],
    );
    let b = art(
        "b",
        SUN,
        "Radio Kestrel",
        &[&format!(
            "\"{words},\" the governor, Pavel Osk, told mourners."
        )],
    );
    let late = art(
        "c",
        (2024, 4, 20),
        "Eastern Ledger",
        &[&format!("\"{words},\" Pavel Osk had promised.")],
    );
    let t = build(&[
        record(
            a.clone(),
            vec![on(&a, "Saturday", SAT), quote(&a, words, "Pavel Osk")],
        ),
        record(b.clone(), vec![quote(&b, words, "Pavel Osk")]),
        record(late.clone(), vec![quote(&late, words, "Osk")]),
    ]);
    // Said on Saturday, reported again on Sunday: one event, dated Saturday. Two
    // weeks later it is a reminder, not a report, and stays apart.
    assert_eq!(sources(&t), [vec!["a", "b"], vec!["c"]]);
    let e = &t.events[0];
    assert_eq!(e.time.basis, Basis::Mentioned);
    assert_eq!(
        e.sources[1].evidence.as_ref().unwrap().rule,
        MergeRule::Quote
    );
    assert_eq!(e.quotes.len(), 1);
    assert_eq!(e.quotes[0].sources, [0, 1]);
    assert_eq!(e.quotes[0].speaker.as_deref(), Some("Pavel Osk"));
}

#[test]
fn a_described_speaker_identifies_a_quote_only_by_its_words() {
    // "Officials" are not one person: a quote of theirs reported again on a later day
    // is the same statement only when it is the same words, not when it is the same
    // sentence about another place.
    let said = |place: &str| {
        format!("The coast road to {place} stays shut until the bridge at {place} is checked")
    };
    let mk = |id: &str, day, place: &str, speaker: &str| {
        let words = said(place);
        let when = if day == SAT { " on Saturday" } else { "" };
        let d = art(
            id,
            day,
            id,
            &[&format!("\"{words},\" {speaker} said{when}.")],
        );
        let mut claims = vec![quote(&d, &words, speaker)];
        if day == SAT {
            claims.insert(0, on(&d, "Saturday", SAT));
        }
        record(d, claims)
    };
    let t = build(&[
        mk("a", SAT, "Varn", "officials"),
        mk("b", SUN, "Tolle", "officials"),
        mk("c", SUN, "Varn", "officials"),
    ]);
    let mut got = sources(&t);
    got.sort();
    assert_eq!(got, [vec!["a", "c"], vec!["b"]]);
    // Named, the same two sentences are one quote: a name identifies its speaker.
    let t = build(&[
        mk("a", SAT, "Varn", "Mira Holt"),
        mk("b", SUN, "Tolle", "Mira Holt"),
    ]);
    assert_eq!(sources(&t), [vec!["a", "b"]]);
    assert_eq!(
        t.events[0].sources[1].evidence.as_ref().unwrap().rule,
        MergeRule::Quote
    );
}

#[test]
fn a_month_written_in_one_article_holds_the_day_written_in_another() {
    let s = "The Dalen market reopened after repairs to the roof of its main hall.";
    let a = art("a", SUN, "Harbor Wire", &[&format!("{s} It was in March.")]);
    let b = art(
        "b",
        SUN,
        "Eastern Ledger",
        &[&format!("{s} It was on 12 March.")],
    );
    let t = build(&[
        record(
            a.clone(),
            vec![claim(
                &a,
                "March",
                date("2024-03", (2024, 3, 1), Granularity::Month),
            )],
        ),
        record(b.clone(), vec![on(&b, "12 March", (2024, 3, 12))]),
    ]);
    assert_eq!(sources(&t), [vec!["b", "a"]]);
    // The merged event shows the more precise time.
    assert_eq!(t.events[0].time.value.as_deref(), Some("2024-03-12"));
}

#[test]
fn a_short_sentence_merges_only_between_versions_of_one_story() {
    let long = "Rescue crews searched the collapsed Dalen market hall through the night.";
    let short = "No one was hurt.";
    let a = art("a", SAT, "Harbor Wire", &[long, short]);
    let b = art("b", SAT, "Eastern Ledger", &[long, short]);
    let c = art("c", SAT, "Radio Kestrel", &[short]);
    let note = |d: &Document, needle: &str| {
        claim(d, needle, Payload::other("note", serde_json::json!({})))
    };
    let t = build(&[
        record(
            a.clone(),
            vec![
                note(&a, "Rescue crews"),
                claim_at(
                    &a,
                    long.len() + 1,
                    "No one",
                    Payload::other("note", serde_json::json!({})),
                ),
            ],
        ),
        record(
            b.clone(),
            vec![
                note(&b, "Rescue crews"),
                claim_at(
                    &b,
                    long.len() + 1,
                    "No one",
                    Payload::other("note", serde_json::json!({})),
                ),
            ],
        ),
        record(c.clone(), vec![note(&c, "No one")]),
    ]);
    let mut merged = sources(&t);
    merged.sort();
    // a and b share a long sentence, so their short one is the same too; c's "No one
    // was hurt." may be about anything.
    assert_eq!(merged, [vec!["a", "b"], vec!["a", "b"], vec!["c"]]);
}

#[test]
fn unrelated_sentences_of_one_day_stay_apart() {
    let a = art(
        "a",
        SAT,
        "Harbor Wire",
        &["Police closed the coastal road near Varn on Saturday after a landslide."],
    );
    let b = art(
        "b",
        SAT,
        "Eastern Ledger",
        &["Officials closed the Dalen market in Mirava on Saturday after the strike."],
    );
    let t = build(&[
        record(a.clone(), vec![on(&a, "Saturday", SAT)]),
        record(b.clone(), vec![on(&b, "Saturday", SAT)]),
    ]);
    assert_eq!(t.events.len(), 2);
}

/// Two reports of one strike, worded differently, with their own tolls.
fn two_reports(first: u64, second: u64, second_day: (i32, u32, u32)) -> Vec<ArticleRecord> {
    let a = art(
        "a",
        SAT,
        "Harbor Wire",
        &[&format!(
            "A missile struck the Dalen market in Mirava on Saturday morning, killing {first} people."
        )],
    );
    let b = art(
        "b",
        second_day,
        "Eastern Ledger",
        &[&format!(
            "Saturday's missile attack on the crowded Dalen market of Mirava killed {second} people, hospital officials said."
        )],
    );
    vec![
        record(
            a.clone(),
            vec![
                on(&a, "Saturday", SAT),
                killed(&a, &format!("{first} people"), first, Some("the governor")),
            ],
        ),
        record(
            b.clone(),
            vec![
                on(&b, "Saturday", SAT),
                killed(&b, &format!("{second} people"), second, None),
            ],
        ),
    ]
}

#[test]
fn a_story_carried_word_for_word_by_a_hundred_outlets_is_one_event() {
    // Every word of the sentence is in more units of its bucket than a word may be to
    // propose all pairs; the copies must still find each other.
    let records: Vec<ArticleRecord> = (0..100)
        .map(|i| {
            let d = art(
                &format!("copy-{i:03}"),
                SAT,
                &format!("Outlet {i}"),
                &["A missile hit the Dalen market in Mirava on Saturday, killing 12 people."],
            );
            record(
                d.clone(),
                vec![on(&d, "Saturday", SAT), killed(&d, "12 people", 12, None)],
            )
        })
        .collect();
    let t = build(&records);
    assert_eq!(t.events.len(), 1);
    assert_eq!(t.events[0].sources.len(), 100);
    let f = &t.events[0].figures[0];
    assert_eq!((f.status, f.figures.len()), (FigureStatus::Agreed, 100));
}

#[test]
fn two_copies_of_a_sentence_merge_on_a_day_crowded_with_its_words() {
    // Four hundred other sentences of the day each hold two of the copied sentence's
    // words (and words of their own), so that every word of it is common in its
    // bucket and the first holders of each are other sentences: the two copies share
    // no word that would pair them, only their being the same sentence.
    let words = [
        "missile", "struck", "Dalen", "market", "Mirava", "wrecking", "forty", "stalls",
    ];
    // Letters only, so that the tokenizer keeps them as words of their own.
    let own = |i: usize, k: usize| -> String {
        let mut n = i * 4 + k;
        let mut w = String::from("q");
        loop {
            w.push(char::from(b'a' + (n % 26) as u8));
            n /= 26;
            if n == 0 {
                break w;
            }
        }
    };
    let mut records: Vec<ArticleRecord> = (0..400)
        .map(|i| {
            let text = format!(
                "On Saturday {} {} {} {} {} {}.",
                own(i, 0),
                words[i % words.len()],
                own(i, 1),
                own(i, 2),
                words[(i + 1) % words.len()],
                own(i, 3)
            );
            let d = art(&format!("a-crowd-{i:03}"), SAT, "Crowd", &[&text]);
            record(d.clone(), vec![on(&d, "Saturday", SAT)])
        })
        .collect();
    let lead = "A missile struck the Dalen market in Mirava on Saturday, wrecking forty stalls.";
    for id in ["z-copy-1", "z-copy-2"] {
        let d = art(id, SAT, "Wire", &[lead]);
        records.push(record(d.clone(), vec![on(&d, "Saturday", SAT)]));
    }
    let t = build(&records);
    let copies: Vec<_> = t
        .events
        .iter()
        .filter(|e| e.sources.iter().any(|s| s.article.starts_with("z-copy")))
        .map(|e| {
            e.sources
                .iter()
                .map(|s| s.article.as_str())
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(copies, [vec!["z-copy-1", "z-copy-2"]]);
    assert_eq!(t.events.len(), 401);
}

#[test]
fn a_sentence_two_articles_repeat_makes_two_events_of_one_sentence_per_article() {
    // A standfirst repeated as the first paragraph: each article holds the sentence
    // twice, and an event may hold only one sentence of an article.
    let lead = "A missile struck the Dalen market in Mirava on Saturday, wrecking forty stalls.";
    let twice = art("a", SAT, "Harbor Wire", &[lead, lead]);
    let again = art("b", SAT, "Eastern Ledger", &[lead, lead]);
    let once = art("c", SAT, "Valley Post", &[lead]);
    let dated = |d: &Document| {
        let claims = d
            .sentences
            .iter()
            .map(|s| {
                let at = s.start + lead.find("Saturday").unwrap();
                let mut c = on(d, "Saturday", SAT);
                c.span = Span::new(at, at + "Saturday".len());
                c.sentence = d.sentences.iter().position(|x| x == s).unwrap();
                c
            })
            .collect();
        record(d.clone(), claims)
    };
    let t = build(&[dated(&twice), dated(&again), dated(&once)]);
    let mut events: Vec<Vec<(&str, usize)>> = t
        .events
        .iter()
        .map(|e| {
            e.sources
                .iter()
                .map(|s| (s.article.as_str(), s.sentence))
                .collect()
        })
        .collect();
    events.sort();
    assert_eq!(
        events,
        [vec![("a", 0), ("b", 0), ("c", 0)], vec![("a", 1), ("b", 1)]]
    );
}

#[test]
fn differing_tolls_of_one_day_are_a_conflict_with_a_conservative_figure() {
    let t = build(&two_reports(12, 15, SAT));
    assert_eq!(sources(&t), [vec!["a", "b"]]);
    assert_eq!(
        t.events[0].sources[1].evidence.as_ref().unwrap().rule,
        MergeRule::Casualty
    );
    let f = &t.events[0].figures[0];
    assert_eq!(f.status, FigureStatus::Conflicting);
    assert_eq!((f.low, f.high, f.conservative), (12, 15, 12));
    assert!(f.latest.is_none());
    let values: Vec<(u64, usize)> = f.figures.iter().map(|x| (x.value, x.source)).collect();
    assert_eq!(values, [(12, 0), (15, 1)]);
    assert!(t.events[0].has_conflict());
}

#[test]
fn the_conservative_figure_is_the_lowest_well_sourced_one() {
    // The lower figure (10) is nobody's; the higher one is attributed.
    let mut records = two_reports(15, 10, SAT);
    records.swap(0, 1);
    let t = build(&records);
    let f = &t.events[0].figures[0];
    assert_eq!((f.low, f.conservative), (10, 15));
}

#[test]
fn a_toll_that_grows_from_one_report_day_to_the_next_is_a_series() {
    let t = build(&two_reports(12, 21, SUN));
    let f = &t.events[0].figures[0];
    assert_eq!(f.status, FigureStatus::Rising);
    let latest = f.latest.unwrap();
    assert_eq!(
        (latest.value, latest.as_of.to_string().as_str()),
        (21, "2024-04-07")
    );
    let md = render_markdown(&t);
    assert!(
        md.contains(
            "  - killed: 12 → 21, as of 7 April 2024 (a rising toll; conservative figure 12)\n"
        ),
        "{md}"
    );
    // A toll that falls on a later day is a conflict, not a series.
    let t = build(&two_reports(21, 12, SUN));
    assert_eq!(t.events[0].figures[0].status, FigureStatus::Conflicting);
}

#[test]
fn equal_tolls_agree() {
    let t = build(&two_reports(12, 12, SUN));
    let f = &t.events[0].figures[0];
    assert_eq!(f.status, FigureStatus::Agreed);
    assert!(!t.events[0].has_conflict());
}

#[test]
fn several_counts_in_one_sentence_are_set_against_the_matching_count() {
    let a = art(
        "a",
        SAT,
        "Harbor Wire",
        &[
            "On Saturday strikes killed 81 people in Teller village and 45 people in the port of Osk.",
        ],
    );
    let b = art(
        "b",
        SAT,
        "Eastern Ledger",
        &["On Saturday strikes killed 47 people in the port of Osk and wrecked Teller village."],
    );
    let t = build(&[
        record(
            a.clone(),
            vec![
                on(&a, "Saturday", SAT),
                killed(&a, "81 people in Teller village", 81, None),
                killed(&a, "45 people in the port of Osk", 45, None),
            ],
        ),
        record(
            b.clone(),
            vec![
                on(&b, "Saturday", SAT),
                killed(&b, "47 people in the port of Osk", 47, None),
            ],
        ),
    ]);
    assert_eq!(sources(&t), [vec!["a", "b"]]);
    let figures: Vec<(Vec<u64>, FigureStatus)> = t.events[0]
        .figures
        .iter()
        .map(|f| (f.figures.iter().map(|x| x.value).collect(), f.status))
        .collect();
    assert_eq!(
        figures,
        [
            (vec![81], FigureStatus::Single),
            (vec![45, 47], FigureStatus::Conflicting)
        ]
    );
}

#[test]
fn a_count_added_to_an_earlier_toll_is_no_figure_of_it() {
    let mut records = two_reports(12, 12, SAT);
    let Some(Payload::Casualty(c)) = records[1].claims.get_mut(1).map(|c| &mut c.payload) else {
        panic!("the second claim is a casualty")
    };
    c.group = Some("more people".to_owned());
    c.count = Count::exact(3);
    let t = build(&records);
    let f = &t.events[0].figures[0];
    assert_eq!(f.figures.len(), 1);
    assert_eq!(f.status, FigureStatus::Single);
}

#[test]
fn a_total_over_several_incidents_is_never_set_against_one_incidents_figure() {
    // The same attack, 12 killed in one report; the other gives 31 for it and a
    // related attack together. Without scope they would be a 12-31 conflict.
    let mut records = two_reports(12, 31, SAT);
    let Some(Payload::Casualty(c)) = records[1].claims.get_mut(1).map(|c| &mut c.payload) else {
        panic!("the second claim is a casualty")
    };
    c.scope = Scope::Aggregate;
    c.incidents = Some(2);
    let t = build(&records);
    assert_eq!(sources(&t), [vec!["a", "b"]]);
    let e = &t.events[0];
    assert!(!e.has_conflict());
    let figures: Vec<(Scope, Option<u32>, FigureStatus, u64)> = e
        .figures
        .iter()
        .map(|f| (f.scope, f.incidents, f.status, f.conservative))
        .collect();
    assert_eq!(
        figures,
        [
            (Scope::Incident, None, FigureStatus::Single, 12),
            (Scope::Aggregate, Some(2), FigureStatus::Single, 31)
        ]
    );
    let md = crate::render(&t, crate::Format::Markdown);
    assert!(md.contains("across 2 incidents"), "{md}");
    let json = crate::render(&t, crate::Format::Json);
    assert_eq!(
        json.matches("\"scope\": \"aggregate\"").count(),
        2,
        "{json}"
    );
}

#[test]
fn the_wording_of_a_shared_quote_is_the_one_most_reports_give() {
    let words = "The roof of the market hall came down on the traders at once";
    let odd = "The roof of the market hall came down on the traders at once, and nobody could run";
    let mk = |id: &str, content: &str| {
        let d = art(id, SAT, id, &[&format!("\"{content},\" Ines Varga said.")]);
        record(d.clone(), vec![quote(&d, content, "Ines Varga")])
    };
    let t = build(&[mk("a", words), mk("b", odd), mk("c", words)]);
    assert_eq!(sources(&t), [vec!["a", "b", "c"]]);
    let q = &t.events[0].quotes;
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].content, words);
    assert_eq!(q[0].claims.len(), 3);
}

#[test]
fn quotes_of_different_speakers_are_not_one_quote() {
    let words = "We will stay until the last stall of the market is rebuilt";
    let mk = |id: &str, speaker: &str| {
        let d = art(id, SAT, id, &[&format!("\"{words},\" {speaker} said.")]);
        let c = quote(&d, words, speaker);
        (d, c)
    };
    let (_, a) = mk("a", "Ines Varga");
    let (_, b) = mk("b", "Pavel Osk");
    let (_, c) = mk("c", "Varga");
    let claims: Vec<EventClaim> = [a, b, c]
        .into_iter()
        .enumerate()
        .map(|(source, claim)| EventClaim { source, claim })
        .collect();
    let groups = crate::figures::quote_groups(&claims);
    let by: Vec<Vec<usize>> = groups.iter().map(|g| g.sources.clone()).collect();
    // "Varga" is Ines Varga: the same surname is the same speaker.
    assert_eq!(by, [vec![0, 2], vec![1]]);
}
