//! The timeline is a function of the set of records: any sharding, any order, any
//! repeat of a shard gives the same bytes in every format (the property `dateline
//! merge` relies on).

use proptest::prelude::*;

use super::*;
use crate::{DigestOptions, Format, JsonLayout, TimelineBuilder, digest, render};

const PLACES: [&str; 3] = ["Dalen market", "Osk harbour", "Teller bridge"];
const SPEAKERS: [&str; 3] = ["Ines Varga", "Pavel Osk", "Mara Lind"];
const OUTLETS: [&str; 3] = ["Harbor Wire", "Eastern Ledger", "Radio Kestrel"];
const QUOTES: [&str; 3] = [
    "We heard a whistle and then the whole roof came down",
    "Nobody will rebuild these stalls before the winter rains",
    "The crews worked through the night without a single pause",
];

/// One sentence of a generated article: a template, a place or speaker, a day, a count.
type Sentence = (usize, usize, u32, u64);

/// A generated article: its outlet, publication day, and sentences.
fn article(n: usize, outlet: usize, published: u32, sentences: &[Sentence]) -> ArticleRecord {
    let mut parts: Vec<String> = Vec::new();
    for &(template, which, day, count) in sentences {
        parts.push(match template {
            0 => format!(
                "A missile struck the {} on {day} April 2024, killing {count} people.",
                PLACES[which]
            ),
            1 => format!("\"{},\" {} said.", QUOTES[which], SPEAKERS[which]),
            _ => format!(
                "Rescuers searched the {} ruins on {day} April 2024.",
                PLACES[which]
            ),
        });
    }
    let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
    let mut d = doc(&format!("art-{n}"), &refs, Some((2024, 4, published)));
    d.source = Some(OUTLETS[outlet].to_owned());
    d.paragraphs = d.sentences.clone();
    let mut claims = Vec::new();
    for (i, &(template, which, day, count)) in sentences.iter().enumerate() {
        let base = d.sentences[i].start;
        let text = &parts[i];
        if template != 1 {
            let needle = format!("{day} April 2024");
            let at = base + text.find(&needle).unwrap();
            claims.push(claim_at(
                &d,
                at,
                &needle,
                date(
                    &format!("2024-04-{day:02}"),
                    (2024, 4, day),
                    Granularity::Day,
                ),
            ));
        }
        if template == 0 {
            let needle = format!("{count} people");
            let at = base + text.find(&needle).unwrap();
            let mut c = claim_at(
                &d,
                at,
                &needle,
                casualty(
                    CasualtyCategory::Killed,
                    Count::exact(count),
                    "people",
                    None,
                ),
            );
            c.plugin = "casualties".to_owned();
            claims.push(c);
        }
        if template == 1 {
            let content = QUOTES[which];
            let at = base + 1;
            let mut c = claim_at(
                &d,
                at,
                content,
                Payload::Quote(Quote {
                    kind: QuoteKind::Direct,
                    content: content.to_owned(),
                    pieces: vec![Span::new(at, at + content.len())],
                    cue: Some("said".to_owned()),
                    cue_span: None,
                    speaker: Some(SPEAKERS[which].to_owned()),
                    speaker_span: None,
                    speaker_resolved: None,
                    speaker_resolved_span: None,
                }),
            );
            c.plugin = "quotes".to_owned();
            claims.push(c);
        }
    }
    record(d, claims)
}

fn sentence() -> impl Strategy<Value = Sentence> {
    (0usize..3, 0usize..3, 5u32..8, 10u64..14)
}

fn articles() -> impl Strategy<Value = Vec<ArticleRecord>> {
    prop::collection::vec(
        (0usize..3, 6u32..10, prop::collection::vec(sentence(), 1..4)),
        1..9,
    )
    .prop_map(|list| {
        list.iter()
            .enumerate()
            .map(|(n, (outlet, published, sentences))| article(n, *outlet, *published, sentences))
            .collect()
    })
}

/// Every format of the timeline of `records` (and of its digest), as one string.
fn everything(records: &[ArticleRecord]) -> String {
    let t = build(records);
    let top = digest(
        &t,
        &DigestOptions {
            top: 2,
            sentences: 1,
        },
    );
    Format::ALL
        .iter()
        .flat_map(|&f| [render(&t, f), render(&top, f)])
        .collect::<Vec<_>>()
        .join("\n---\n")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_sharding_and_order_gives_the_same_bytes(
        records in articles(),
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..4),
        order in any::<u64>(),
        repeat in any::<bool>(),
    ) {
        let one_run = everything(&records);
        // Cut the records into shards, shuffle the shards and the records within them,
        // and (sometimes) hand one shard in twice, as a retried map task would.
        let mut at: Vec<usize> = cuts.iter().map(|i| i.index(records.len() + 1)).collect();
        at.push(0);
        at.push(records.len());
        at.sort_unstable();
        at.dedup();
        let mut shards: Vec<Vec<ArticleRecord>> =
            at.windows(2).map(|w| records[w[0]..w[1]].to_vec()).collect();
        let mut seed = order;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        for shard in &mut shards {
            for i in (1..shard.len()).rev() {
                shard.swap(i, next() % (i + 1));
            }
        }
        for i in (1..shards.len()).rev() {
            let j = next() % (i + 1);
            shards.swap(i, j);
        }
        if repeat && !shards.is_empty() {
            let again = shards[next() % shards.len()].clone();
            shards.push(again);
        }
        let merged: Vec<ArticleRecord> = shards.into_iter().flatten().collect();
        prop_assert_eq!(everything(&merged), one_run);
    }
}

#[test]
fn the_generated_story_does_merge() {
    // A guard on the property above: the generator makes sets in which events merge,
    // conflicts arise and quotes repeat, so that the property covers those paths.
    let records = vec![
        article(0, 0, 6, &[(0, 0, 6, 12), (1, 0, 6, 0)]),
        article(1, 1, 7, &[(0, 0, 6, 13), (1, 0, 6, 0)]),
        article(2, 2, 8, &[(2, 1, 7, 0)]),
    ];
    let t = build(&records);
    assert!(
        t.events
            .iter()
            .any(|e| e.sources.len() > 1 && e.has_conflict())
    );
    assert!(
        t.events
            .iter()
            .any(|e| e.quotes.iter().any(|q| q.sources.len() > 1))
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// The JSON written while events are still being made is the JSON of the finished
    /// timeline, on one thread and on several.
    #[test]
    fn streamed_json_is_the_finished_timeline(records in articles(), threads in 1usize..4) {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a pool");
        let builder = || {
            let mut b = TimelineBuilder::new();
            for r in &records {
                b.add_ref(r);
            }
            b
        };
        let timeline = builder().finish();
        for layout in [JsonLayout::Pretty, JsonLayout::Compact] {
            let mut finished = Vec::new();
            crate::write_json(&mut finished, &timeline, layout).expect("JSON");
            let mut streamed = Vec::new();
            pool.install(|| builder().write_json(&mut streamed, layout)).expect("written");
            streamed.push(b'\n');
            prop_assert_eq!(
                String::from_utf8(streamed).expect("UTF-8"),
                String::from_utf8(finished).expect("UTF-8")
            );
        }
        // The pretty layout of the finished timeline is the canonical rendering.
        let mut pretty = Vec::new();
        crate::write_json(&mut pretty, &timeline, JsonLayout::Pretty).expect("JSON");
        prop_assert_eq!(String::from_utf8(pretty).expect("UTF-8"), crate::render_json(&timeline));
    }
}
