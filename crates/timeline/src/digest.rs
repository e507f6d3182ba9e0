//! `--top N`: a digest of a big set — the N days best supported by distinct sources
//! and claims, each with its best sentences.
//!
//! This module receives a built timeline and hands back a smaller one: the same
//! articles, only the events kept for the chosen days, and a [`Digest`] that says why
//! each day was kept.
//!
//! **Days.** Only days written in the text count (an event at day granularity or
//! finer; a report day is only an upper bound on when something happened). Each
//! article that dates a sentence on day *d* adds to *d*'s score, once however many of
//! its sentences do: 1 when the article was published after *d* (a look back at a day
//! is the strongest sign that the day mattered, as the supervised date rankers of
//! timeline summarisation find), 0.75 when published on *d* or with no known date, and
//! 0.25 when published before *d* (an announcement of something to come). An article
//! adds half a point more when its sentences on *d* carry a casualty count, a quarter
//! when they carry a quote. Each article published on *d* adds 0.2: days that made
//! the news make articles. Days outside the time the story was reported (from a week
//! before the first publication date of the set to the last) are not candidates when any
//! date is known: a look back to 1980 is background, not the story. Ties go to more
//! articles, then the earlier day.
//!
//! **Sentences.** For each day kept, its events are ranked by the number of sources,
//! plus their similarity to the day's centroid (the words most of the day's sentences
//! share), plus a half when they carry a casualty count or a quote; the best
//! [`DigestOptions::sentences`] are kept, skipping one that repeats a sentence already
//! kept (weighted overlap of 0.5 or more).

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use dateline_plugin::Granularity;

use crate::model::{Basis, Digest, DigestDay, Event, Timeline};
use crate::similarity::{Vocabulary, overlap};

/// How long before its first report a story's first day may be: an event is often
/// reported the day after, and a set gathered by keyword may begin a few days late.
const LEAD: chrono::Days = chrono::Days::new(7);

/// What a digest keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DigestOptions {
    /// How many days.
    pub top: usize,
    /// How many sentences (events) per day at most.
    pub sentences: usize,
}

impl Default for DigestOptions {
    fn default() -> Self {
        DigestOptions {
            top: 20,
            sentences: 2,
        }
    }
}

/// The support of one day.
#[derive(Debug, Default)]
struct Support {
    score: f64,
    /// Articles that date a sentence on the day, with the best weight each gives.
    articles: BTreeMap<String, f64>,
    outlets: BTreeSet<String>,
    claims: usize,
    events: Vec<usize>,
}

/// The day an event is written to be on, when its time is a day or finer.
fn day_of(e: &Event) -> Option<NaiveDate> {
    if e.time.basis != Basis::Mentioned || e.time.granularity? < Granularity::Day {
        return None;
    }
    Some(e.time.interval?.start.date())
}

/// The digest of `t`: the best-supported days and their best events.
pub fn digest(t: &Timeline, opts: &DigestOptions) -> Timeline {
    let published: Vec<NaiveDate> = t.articles.iter().filter_map(|a| a.published).collect();
    let range = published
        .iter()
        .min()
        .copied()
        .zip(published.iter().max().copied());
    let mut days: BTreeMap<NaiveDate, Support> = BTreeMap::new();
    for (i, e) in t.events.iter().enumerate() {
        let Some(day) = day_of(e) else { continue };
        if range.is_some_and(|(first, last)| day < first - LEAD || day > last) {
            continue;
        }
        let support = days.entry(day).or_default();
        support.events.push(i);
        support.claims += e.claims.len();
        for (s, source) in e.sources.iter().enumerate() {
            let mut weight = match source.published {
                Some(p) if p > day => 1.0,
                Some(p) if p < day => 0.25,
                _ => 0.75,
            };
            let kinds = |kind: &str| {
                e.claims
                    .iter()
                    .any(|c| c.source == s && c.claim.kind() == kind)
            };
            if kinds("casualty") {
                weight += 0.5;
            }
            if kinds("quote") {
                weight += 0.25;
            }
            let best = support
                .articles
                .entry(source.article.clone())
                .or_insert(0.0);
            *best = best.max(weight);
            support.outlets.insert(
                source
                    .source
                    .clone()
                    .unwrap_or_else(|| source.article.clone()),
            );
        }
    }
    for a in &t.articles {
        if let Some(p) = a.published
            && let Some(support) = days.get_mut(&p)
        {
            support.score += 0.2;
        }
    }
    for support in days.values_mut() {
        support.score += support.articles.values().sum::<f64>();
    }

    let mut ranked: Vec<(&NaiveDate, &Support)> = days.iter().collect();
    ranked.sort_by(|(da, a), (db, b)| {
        b.score
            .total_cmp(&a.score)
            .then(b.articles.len().cmp(&a.articles.len()))
            .then(da.cmp(db))
    });
    ranked.truncate(opts.top);
    ranked.sort_by_key(|(d, _)| **d);

    let mut vocab = Vocabulary::default();
    let mut bags: Vec<_> = t
        .events
        .iter()
        .map(|e| vocab.add(&e.sentence.text))
        .collect();
    vocab.freeze();
    for bag in &mut bags {
        vocab.weigh(bag);
    }
    let mut keep: Vec<usize> = Vec::new();
    let mut digest_days = Vec::new();
    for (day, support) in ranked {
        let chosen = best_events(t, &vocab, &bags, &support.events, opts.sentences);
        digest_days.push(DigestDay {
            date: *day,
            // Rounded so that the output reads cleanly and is the same on every platform.
            score: (support.score * 100.0).round() / 100.0,
            articles: support.articles.len(),
            outlets: support.outlets.len(),
            claims: support.claims,
            events: chosen.iter().map(|&i| t.events[i].id.clone()).collect(),
        });
        keep.extend(chosen);
    }
    keep.sort_unstable();
    subset(t, &keep, opts.top, digest_days)
}

/// The best `n` events of one day, best first.
fn best_events(
    t: &Timeline,
    vocab: &Vocabulary,
    bags: &[crate::similarity::Bag],
    events: &[usize],
    n: usize,
) -> Vec<usize> {
    // The day's centroid: each word weighted by how many of the day's sentences hold it.
    let mut counts: BTreeMap<u32, usize> = BTreeMap::new();
    for &i in events {
        for &w in &bags[i].words {
            *counts.entry(w).or_insert(0) += 1;
        }
    }
    // Cosine similarity of a sentence's words (each weighted by its rarity) to the
    // centroid (each word weighted by its rarity times the number of sentences holding
    // it).
    let centroid_norm = counts
        .iter()
        .map(|(&w, &c)| (c as f64 * vocab.weight(w)).powi(2))
        .sum::<f64>()
        .sqrt();
    let centrality = |i: usize| {
        let (mut dot, mut norm) = (0.0, 0.0);
        for &w in &bags[i].words {
            let idf = vocab.weight(w);
            dot += counts.get(&w).copied().unwrap_or(0) as f64 * idf * idf;
            norm += idf * idf;
        }
        if norm > 0.0 && centroid_norm > 0.0 {
            dot / (norm.sqrt() * centroid_norm)
        } else {
            0.0
        }
    };
    let mut scored: Vec<(f64, usize)> = events
        .iter()
        .map(|&i| {
            let e = &t.events[i];
            let claims = e
                .claims
                .iter()
                .any(|c| matches!(c.claim.kind(), "casualty" | "quote"));
            let score = e.sources.len() as f64 + centrality(i) + if claims { 0.5 } else { 0.0 };
            (score, i)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut chosen: Vec<usize> = Vec::new();
    for (_, i) in scored {
        if chosen.len() == n {
            break;
        }
        let repeats = chosen
            .iter()
            .any(|&c| overlap(vocab, &bags[c], &bags[i]).similarity >= 0.5);
        if !repeats {
            chosen.push(i);
        }
    }
    chosen
}

/// The timeline with only the events at `keep` (indices, ascending), its articles'
/// event counts and passages recounted for them.
fn subset(t: &Timeline, keep: &[usize], top: usize, days: Vec<DigestDay>) -> Timeline {
    let events: Vec<Event> = keep.iter().map(|&i| t.events[i].clone()).collect();
    let mut articles = t.articles.clone();
    for a in &mut articles {
        let used: Vec<&Event> = events
            .iter()
            .filter(|e| e.sources.iter().any(|s| s.article == a.id))
            .collect();
        if a.events > 0 {
            a.events = used.len();
        }
        let paragraphs: BTreeSet<usize> = used
            .iter()
            .flat_map(|e| e.sources.iter())
            .filter(|s| s.article == a.id)
            .filter_map(|s| s.paragraph)
            .collect();
        a.passages.retain(|p| paragraphs.contains(&p.paragraph));
    }
    Timeline {
        schema: t.schema.clone(),
        articles,
        events,
        digest: Some(Digest { top, days }),
    }
}
