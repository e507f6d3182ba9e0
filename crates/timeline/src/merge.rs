//! Which sentences of different articles tell of the same event.
//!
//! This module receives the sentence events of the whole set (one [`Unit`] per
//! sentence with claims, in canonical order) and hands back clusters: groups of units
//! that are one event, each with the edges that joined it. The rules, in full, are in
//! docs/ARCHITECTURE.md ("Merging across articles"); in short, two sentences of
//! different articles are merged when their times are compatible *and* there is
//! evidence that they tell of the same happening:
//!
//! | rule            | evidence                                                         | times                         |
//! |-----------------|------------------------------------------------------------------|-------------------------------|
//! | `quote`         | same speaker, near-identical quoted words                        | compatible, or a report of it within a week |
//! | `same_sentence` | weighted overlap ≥ 0.6, or the shorter (6+ words) 90 % inside the longer (wire copy, rewrites) | compatible, or nested |
//! | `casualty`      | a casualty count of the same kind, overlap ≥ 0.3, a shared name  | the same day                  |
//! | `content`       | overlap ≥ 0.4, four shared words of which two names             | the same day                  |
//!
//! Times are *compatible* when both are the same day (or the same coarser period, for
//! the first two rules), or, for `same_sentence` and `quote`, when a week or month
//! written in one holds the day written in the other. Events dated only by their
//! report day stay apart from events dated by the text and are merged by the same
//! rules within their report day; the one exception is a quote, which can only have
//! been said before it was reported, so a later report of it joins the event it was
//! first reported in. A cluster holds at most one sentence per article, and every two
//! of its sentences have compatible times.
//!
//! Everything here is a function of the units alone, visited in their canonical order
//! with ties broken by that order, so the clusters do not depend on how the records
//! were sharded, ordered or scheduled.

use std::collections::BTreeMap;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use chrono::{NaiveDate, NaiveDateTime};
use dateline_plugin::{CasualtyCategory, Granularity};

use crate::build::Unit;
use crate::model::{Basis, MergeRule};
use crate::similarity::{Bag, Vocabulary, Words, intersection, overlap};

/// Weighted overlap above which two sentences are the same sentence.
const SAME_SENTENCE: f64 = 0.6;
/// A sentence whose words (by weight) are this much inside a longer one is the same
/// sentence with a clause added, as wire rewrites do ...
const CONTAINED: f64 = 0.9;
/// ... when it has at least this many content words.
const CONTAINED_WORDS: usize = 6;
/// Overlap needed with a shared casualty category and a shared name.
const CASUALTY: f64 = 0.3;
/// Overlap needed on content words alone (with shared names).
const CONTENT: f64 = 0.4;
/// Jaccard overlap of two quotes' words for them to be one quote.
const QUOTE: f64 = 0.6;
/// The same for a quote whose speaker is described, not named (`officials`, `a
/// spokesman`): the same words, give or take one in ten.
const GENERIC_QUOTE: f64 = 0.9;
/// Sentences with fewer content words than this merge only as the same sentence, and
/// only between articles that are already known to share a story.
const SHORT: usize = 4;
/// Words shared by more units of a bucket than this propose pairs only with the first
/// [`HUBS`] units that hold them, not with all (every word is compared all the same once
/// a pair is proposed).
const COMMON: usize = 64;
/// How many units of a common word's list every other unit of it is paired with. A
/// sentence that a hundred outlets carry word for word is made only of common words;
/// pairing each copy with the first few is enough for all of them to join one event
/// (clusters are transitive), and keeps the pairs linear in the number of copies.
const HUBS: usize = 4;
/// How long after the day it was said a quote may be reported and still be merged.
const QUOTE_WINDOW_DAYS: i64 = 7;

/// A group of units that are one event, and how they were joined.
#[derive(Debug, Clone)]
pub(crate) struct Cluster {
    /// Unit indices, ascending.
    pub members: Vec<usize>,
    /// The edges that joined the members: `(a, b, rule, similarity)`.
    pub edges: Vec<Edge>,
}

/// One merge between two units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Edge {
    pub a: usize,
    pub b: usize,
    pub rule: MergeRule,
    pub similarity: f64,
}

/// Where a unit sits in time, for bucketing and compatibility.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum TimeKey {
    /// A day, or a time within it, mentioned in the text.
    Day(NaiveDate),
    /// A period coarser than a day mentioned in the text.
    Period(Granularity, NaiveDateTime),
    /// The day the article was published.
    Reported(NaiveDate),
    /// No time at all.
    Undated,
}

fn time_key(unit: &Unit) -> TimeKey {
    let t = &unit.time;
    match (t.basis, t.interval, t.granularity) {
        (Basis::Mentioned, Some(i), Some(g)) if g >= Granularity::Day => {
            TimeKey::Day(i.start.date())
        }
        (Basis::Mentioned, Some(i), Some(g)) => TimeKey::Period(g, i.start),
        (Basis::ReportedOn, Some(i), _) => TimeKey::Reported(i.start.date()),
        _ => TimeKey::Undated,
    }
}

/// How the times of two units relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relation {
    /// The same day (or report day).
    SameDay,
    /// The same period coarser than a day, or both undated: weak time evidence.
    SamePeriod,
    /// A week or month that holds the other's day.
    Nested,
    /// A quote's day and a later report of it within the window.
    Reported,
    /// Incompatible.
    Apart,
}

fn relation(a: TimeKey, b: TimeKey, units: (&Unit, &Unit)) -> Relation {
    use TimeKey::*;
    match (a, b) {
        (Day(x), Day(y)) | (Reported(x), Reported(y)) if x == y => Relation::SameDay,
        (Period(g, x), Period(h, y)) if g == h && x == y => Relation::SamePeriod,
        (Undated, Undated) => Relation::SamePeriod,
        (Period(..), Day(_)) => nested(units.0, units.1),
        (Day(_), Period(..)) => nested(units.1, units.0),
        _ => Relation::Apart,
    }
}

/// `Nested` when `coarse`, a week or a month, holds the day of `fine`.
fn nested(coarse: &Unit, fine: &Unit) -> Relation {
    let (Some(c), Some(g), Some(f)) = (
        coarse.time.interval,
        coarse.time.granularity,
        fine.time.interval,
    ) else {
        return Relation::Apart;
    };
    let holds = c.start <= f.start && f.end <= c.end;
    if holds && matches!(g, Granularity::Week | Granularity::Month) {
        Relation::Nested
    } else {
        Relation::Apart
    }
}

/// The relation a quote allows beyond [`relation`]: a report of the quote on a later
/// day (at most [`QUOTE_WINDOW_DAYS`] later) than the day it was said or first reported.
fn quote_relation(a: TimeKey, b: TimeKey) -> Relation {
    use TimeKey::*;
    let within = |said: NaiveDate, reported: NaiveDate| {
        let days = (reported - said).num_days();
        (0..=QUOTE_WINDOW_DAYS).contains(&days)
    };
    match (a, b) {
        (Day(said), Reported(rep)) | (Reported(rep), Day(said)) if within(said, rep) => {
            Relation::Reported
        }
        (Reported(x), Reported(y)) if within(x.min(y), x.max(y)) => Relation::Reported,
        _ => Relation::Apart,
    }
}

/// What a unit brings to the comparison.
struct Features {
    key: TimeKey,
    bag: Bag,
    casualties: Vec<CasualtyCategory>,
    /// `(speaker key, quoted words)` of each quote with a known speaker.
    quotes: Vec<((String, bool), Vec<u32>)>,
}

/// The speaker of a quote reduced to what identifies them across articles: the last
/// word of the resolved (or written) name, lower case, and whether it is a name.
///
/// Pronouns and unknown speakers identify no one. A role that many people fill is not
/// a name: a speaker whose last word is written in lower case (`officials`, `a police
/// spokesman`, `the ministry`, `witnesses`) is a description, and two stories in which
/// "officials said" much the same thing of two places are not one statement, so such a
/// speaker's quotes match only when they are the same words ([`GENERIC_QUOTE`]). A name
/// is written with a capital (`Osk`, `al-Sudani`, `the Pentagon`); a single word that
/// opens its sentence has its capital from its place (`Officials said …`), so it counts
/// as a description too. `opens` says whether the speaker's mention opens the sentence.
fn speaker_key(speaker: Option<&str>, opens: bool) -> Option<(String, bool)> {
    const PRONOUNS: [&str; 9] = ["he", "she", "they", "it", "we", "i", "you", "who", "one"];
    let mut words = speaker?
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.chars().any(char::is_alphanumeric));
    let last = words.next_back()?;
    let alone = words.next().is_none();
    let key = last.to_lowercase();
    if PRONOUNS.contains(&key.as_str()) {
        return None;
    }
    let capital = last
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase);
    Some((key, capital && !(alone && opens)))
}

/// Whether `span` (a speaker's mention) opens the sentence of `unit`: nothing but
/// quotation marks, brackets and spaces before it.
fn opens_sentence(unit: &Unit, span: Option<dateline_plugin::Span>) -> bool {
    let Some(span) = span else {
        return false;
    };
    let text = unit.text.as_str();
    span.start
        .checked_sub(unit.span.start)
        .and_then(|at| text.get(..at))
        .is_some_and(|before| before.chars().all(|c| !c.is_alphanumeric()))
}

/// What a unit's features are made of before its words have ids: a function of the
/// unit alone, so it is worked out on every thread of the pool.
struct Raw {
    key: TimeKey,
    words: Words,
    casualties: Vec<CasualtyCategory>,
    /// `(speaker key, quoted words)` of each quote with a known speaker.
    quotes: Vec<((String, bool), Words)>,
}

/// How many units are split into words at a time: a block's words wait for their ids
/// as strings, so a large set never holds every sentence's words twice.
const WORD_BLOCK: usize = 1 << 14;

fn features(units: &[Unit]) -> (Vocabulary, Vec<Features>) {
    let mut vocab = Vocabulary::default();
    let mut out = Vec::with_capacity(units.len());
    // Splitting sentences into words looks at one unit at a time and is done on the
    // pool; ids are then handed out in canonical order, block after block, so they are
    // the same on any number of threads.
    for block in units.chunks(WORD_BLOCK) {
        let raws: Vec<Raw> = block.par_iter().map(raw_features).collect();
        for raw in raws {
            let bag = vocab.add_words(&raw.words);
            // Collected into a vector of their number: collected in place, the quotes
            // kept the larger allocation of the raw quotes, a tenth of the clustering's
            // memory.
            let mut quotes = Vec::with_capacity(raw.quotes.len());
            quotes.extend(
                raw.quotes
                    .into_iter()
                    .map(|(key, words)| (key, vocab.ids_of(&words))),
            );
            out.push(Features {
                key: raw.key,
                bag,
                casualties: raw.casualties,
                quotes,
            });
        }
    }
    vocab.freeze();
    for f in &mut out {
        vocab.weigh(&mut f.bag);
    }
    (vocab, out)
}

fn raw_features(unit: &Unit) -> Raw {
    // The words of the sentence's time expressions are left out: times are compared
    // as intervals, and "3 February 2024" written in two sentences says nothing more
    // about whether they tell of the same thing.
    // For the same reason the numbers of casualty counts are left out (they are
    // compared as figures, and reports of one event differ in them), and so is a wire
    // dateline ("OSKAR, March 10 (Northwire) -"), which says who filed the story and
    // where, not what happened.
    let mut text = unit.text.as_str().to_owned();
    let mut blank = |from: usize, to: usize, digits_only: bool| {
        let (Some(at), Some(end)) = (
            from.checked_sub(unit.span.start),
            to.checked_sub(unit.span.start),
        ) else {
            return;
        };
        let Some(piece) = text.get(at..end.min(text.len())) else {
            return;
        };
        let blanked: String = piece
            .chars()
            .map(|c| {
                if digits_only && !c.is_ascii_digit() {
                    c
                } else {
                    ' '
                }
            })
            .collect();
        text.replace_range(at..at + piece.len(), &blanked);
    };
    if let Some(end) = unit.story_start {
        blank(unit.span.start, end, false);
    }
    let claims = unit.claims.unpack();
    for claim in &claims {
        if claim.payload.as_time().is_some() {
            blank(claim.span.start, claim.span.end, false);
        } else if claim.payload.as_casualty().is_some() {
            blank(claim.span.start, claim.span.end, true);
        }
    }
    let mut casualties = Vec::new();
    let mut quotes = Vec::new();
    for claim in &claims {
        if let Some(c) = claim.payload.as_casualty()
            && !casualties.contains(&c.category)
        {
            casualties.push(c.category);
        }
        if let Some(q) = claim.payload.as_quote() {
            // The resolved name when there is one, with the span of that mention.
            let (name, span) = if q.speaker_resolved.is_some() {
                (q.speaker_resolved.as_deref(), q.speaker_resolved_span)
            } else {
                (q.speaker.as_deref(), q.speaker_span)
            };
            if let Some(key) = speaker_key(name, opens_sentence(unit, span)) {
                quotes.push((key, Words::of(&q.content)));
            }
        }
    }
    Raw {
        key: time_key(unit),
        words: Words::of(&text),
        casualties,
        quotes,
    }
}

/// The similarity of the best-matching quotes of one speaker in two units, when some
/// pair is near-identical: a Jaccard overlap of at least [`QUOTE`], or one quote's
/// words (at least [`SHORT`] of them) all inside the other's.
fn quote_match(a: &Features, b: &Features) -> Option<f64> {
    let mut best: Option<f64> = None;
    for ((ka, named_a), wa) in &a.quotes {
        for ((kb, named_b), wb) in &b.quotes {
            if ka != kb || wa.len() < SHORT || wb.len() < SHORT {
                continue;
            }
            let shared = intersection(wa, wb);
            let jaccard = shared as f64 / (wa.len() + wb.len() - shared) as f64;
            if !(*named_a && *named_b) {
                // A description identifies no one: only the same words are the same
                // statement.
                if jaccard >= GENERIC_QUOTE {
                    best = Some(best.map_or(jaccard, |b: f64| b.max(jaccard)));
                }
                continue;
            }
            let contained = shared == wa.len().min(wb.len());
            if jaccard >= QUOTE || contained {
                let score = if contained {
                    jaccard.max(QUOTE)
                } else {
                    jaccard
                };
                best = Some(best.map_or(score, |b: f64| b.max(score)));
            }
        }
    }
    best
}

/// A candidate merge, before clusters are formed.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    edge: Edge,
    /// Needs the two articles to be known to share a story (short sentences).
    needs_affinity: bool,
    /// For a pair of copies of one sentence, the unit that stands for their group.
    copy_of: Option<usize>,
}

/// The evidence that units `a` and `b` are one event, given how their times relate.
fn evidence(
    vocab: &Vocabulary,
    f: &[Features],
    (a, b): (usize, usize),
    rel: Relation,
) -> Option<Candidate> {
    let (fa, fb) = (&f[a], &f[b]);
    let o = overlap(vocab, &fa.bag, &fb.bag);
    let edge = |rule, similarity| Edge {
        a,
        b,
        rule,
        similarity,
    };
    let quote = quote_match(fa, fb).map(|q| Candidate {
        edge: edge(MergeRule::Quote, q.max(o.similarity)),
        needs_affinity: false,
        copy_of: None,
    });
    if rel == Relation::Reported || rel == Relation::Apart {
        return quote;
    }
    // Near-identical sentences are named for that even when they hold a quote: it is
    // the stronger statement.
    let same_sentence =
        o.similarity >= SAME_SENTENCE || o.containment >= CONTAINED && o.smaller >= CONTAINED_WORDS;
    if same_sentence && o.smaller >= SHORT {
        return Some(Candidate {
            edge: edge(MergeRule::SameSentence, o.similarity),
            needs_affinity: false,
            copy_of: None,
        });
    }
    if quote.is_some() {
        return quote;
    }
    if o.similarity >= SAME_SENTENCE {
        let short = o.smaller < SHORT;
        // A short sentence ("No injuries were reported.") is the same sentence only when
        // nearly word for word, and only between versions of one story.
        if short && (o.similarity < 0.8 || o.shared == 0) {
            return None;
        }
        return Some(Candidate {
            edge: edge(MergeRule::SameSentence, o.similarity),
            needs_affinity: short,
            copy_of: None,
        });
    }
    if rel != Relation::SameDay || o.smaller < SHORT {
        return None;
    }
    let same_kind = fa.casualties.iter().any(|c| fb.casualties.contains(c));
    if same_kind && o.similarity >= CASUALTY && o.names >= 1 {
        return Some(Candidate {
            edge: edge(MergeRule::Casualty, o.similarity),
            needs_affinity: false,
            copy_of: None,
        });
    }
    if o.similarity >= CONTENT && o.names >= 2 && o.shared >= 4 {
        return Some(Candidate {
            edge: edge(MergeRule::Content, o.similarity),
            needs_affinity: false,
            copy_of: None,
        });
    }
    None
}

/// A pair of units to weigh, `a < b`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Proposal {
    a: usize,
    b: usize,
    /// A word that is not common in the bucket proposed the pair.
    rare: bool,
    /// The two are copies of one sentence, and this unit stands for their group.
    copy_of: Option<usize>,
}

/// Pairs of units of the two lists (or within one list, when `b` is `None`) that share
/// a word, each pair once, as `keep` makes them into what the caller wants (the pairs
/// come in no order the caller may rely on: the candidates they make are sorted by
/// strength afterwards); through a word common in the bucket, only pairs with its first
/// [`HUBS`] units. The probes are weighed on the current rayon pool.
///
/// Copies of one sentence (the same content words, at least [`SHORT`] of them) are
/// paired with the first of them instead, and only that first one is paired through
/// its words. Copies of one wire sentence are the commonest repetition in news: the
/// words of a sentence that many outlets carry are each held by every copy, which made
/// them too common to propose pairs, so copies on a crowded day were missed; and the
/// pairs through words now grow with the distinct sentences, not with the copies.
/// Short sentences are left to their words: they merge only between articles known to
/// share a story, pair by pair. Across two lists (a coarse period against its days)
/// only the probing side is reduced: the days are several buckets, whose copies are
/// paired in each alone.
fn proposals<T: Send>(
    f: &[Features],
    record: impl Fn(usize) -> usize,
    a: &[usize],
    b: Option<&[usize]>,
    keep: &(impl Fn(Proposal) -> Option<T> + Sync),
) -> Vec<T> {
    let mut out = Vec::new();
    let pair = |u: usize, v: usize, rare: bool, copy_of: Option<usize>| Proposal {
        a: u.min(v),
        b: u.max(v),
        rare,
        copy_of,
    };
    // A sentence an article repeats (a standfirst repeated as its first paragraph) is
    // set beside the same repeat in the other articles: the k-th copy in one article
    // is grouped with the k-th copies in the others, so that each group holds one
    // sentence per article and may become one event.
    let mut repeats: FxHashMap<(usize, &[u32]), usize> = FxHashMap::default();
    let mut first: FxHashMap<(&[u32], usize), usize> = FxHashMap::default();
    let mut distinct = Vec::with_capacity(a.len());
    for &u in a {
        let words = &f[u].bag.words[..];
        if words.len() < SHORT {
            distinct.push(u);
            continue;
        }
        let seen = repeats.entry((record(u), words)).or_insert(0);
        let nth = *seen;
        *seen += 1;
        match first.get(&(words, nth)) {
            // Across two lists the copies of the probing side were paired already, in
            // the pass over their own bucket.
            Some(&r) if b.is_none() => out.extend(keep(pair(r, u, true, Some(r)))),
            Some(_) => {}
            None => {
                first.insert((words, nth), u);
                distinct.push(u);
            }
        }
    }
    let probes = &distinct[..];
    let targets = b.unwrap_or(probes);
    // Each word's targets, by their position in `targets`.
    let mut index: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    for (k, &v) in targets.iter().enumerate() {
        for &w in &f[v].bag.words {
            index.entry(w).or_default().push(k);
        }
    }
    // The probes are weighed in chunks on the pool, each chunk's pairs kept in the order
    // they were found, and the chunks joined in order: the same list as one pass.
    let chunks: Vec<Vec<T>> = probes
        .par_chunks(PROBES)
        .enumerate()
        .map_init(
            || Reach::new(targets.len()),
            |reach, (c, chunk)| {
                let mut found = Vec::new();
                for (q, &u) in chunk.iter().enumerate() {
                    let p = c * PROBES + q;
                    reach.probe(f, &index, targets, p, u, b.is_none(), &mut |v, rare| {
                        found.extend(keep(pair(u, v, rare, None)))
                    });
                }
                found
            },
        )
        .collect();
    for chunk in chunks {
        out.extend(chunk);
    }
    out
}

/// How many probes one task of the pool weighs.
const PROBES: usize = 512;

/// What a probe has reached of the targets, kept from one probe to the next (a target
/// is marked with the last probe that reached it, so nothing is cleared in between).
struct Reach {
    seen: Vec<usize>,
    rare_of: Vec<bool>,
    reached: Vec<usize>,
    hub_words: Vec<u32>,
}

impl Reach {
    fn new(targets: usize) -> Self {
        Reach {
            seen: vec![usize::MAX; targets],
            rare_of: vec![false; targets],
            reached: Vec::new(),
            hub_words: Vec::new(),
        }
    }

    /// The pairs of probe `u` (at `p` among the probes) with the targets it reaches,
    /// each once, handed to `emit` with whether a rare word proposed it.
    ///
    /// A probe reaches a target once per word they share, and is paired with it once,
    /// rare when any of those words is (then the target reaches the probe too: a rare
    /// word pairs all its units). Within one list (`within`) the probes are the
    /// targets, and a pair that both of its units reach would come twice. It is
    /// emitted by the first of the two in the list, so that no pair has to be kept to
    /// find its twin: a probe passes over an earlier unit that reached it, which is one
    /// that shares a rare word with it or that holds a common word among whose first
    /// [`HUBS`] units the probe is. Keeping every pair of a crowded day for a sort was
    /// most of the peak memory of a run.
    #[allow(clippy::too_many_arguments)]
    fn probe(
        &mut self,
        f: &[Features],
        index: &FxHashMap<u32, Vec<usize>>,
        targets: &[usize],
        p: usize,
        u: usize,
        within: bool,
        emit: &mut dyn FnMut(usize, bool),
    ) {
        let Reach {
            seen,
            rare_of,
            reached,
            hub_words,
        } = self;
        reached.clear();
        hub_words.clear();
        for &w in &f[u].bag.words {
            let Some(list) = index.get(&w) else { continue };
            let rare = list.len() <= COMMON;
            let list = if rare { &list[..] } else { &list[..HUBS] };
            if !rare && within && list.contains(&p) {
                hub_words.push(w);
            }
            for &k in list {
                if targets[k] == u {
                    continue;
                }
                if seen[k] == p {
                    rare_of[k] |= rare;
                } else {
                    seen[k] = p;
                    rare_of[k] = rare;
                    reached.push(k);
                }
            }
        }
        for &k in reached.iter() {
            let v = targets[k];
            let twin_emitted = within
                && k < p
                && (rare_of[k] || {
                    let words = &f[v].bag.words;
                    hub_words.iter().any(|w| words.binary_search(w).is_ok())
                });
            if !twin_emitted {
                emit(v, rare_of[k]);
            }
        }
    }
}

/// Cluster the units: every unit is in exactly one cluster; clusters come in the
/// order of their first member.
pub(crate) fn cluster(units: &[Unit]) -> Vec<Cluster> {
    let (vocab, f) = features(units);
    let mut buckets: BTreeMap<TimeKey, Vec<usize>> = BTreeMap::new();
    for (i, feat) in f.iter().enumerate() {
        buckets.entry(feat.key).or_default().push(i);
    }

    let mut candidates: Vec<Candidate> = Vec::new();
    let record = |u: usize| units[u].record;
    let consider = |proposal: Proposal| -> Option<Candidate> {
        let Proposal {
            a,
            b,
            rare,
            copy_of,
        } = proposal;
        if units[a].record == units[b].record {
            return None;
        }
        let rel = relation(f[a].key, f[b].key, (&units[a], &units[b]));
        // A pair that only common words proposed is there to find copies of one
        // sentence or quote; sharing common words is no evidence of one happening.
        evidence(&vocab, &f, (a, b), rel)
            .filter(|c| rare || matches!(c.edge.rule, MergeRule::SameSentence | MergeRule::Quote))
            .map(|c| Candidate { copy_of, ..c })
    };
    // Within each bucket: the same day, report day or period.
    for members in buckets.values() {
        candidates.extend(proposals(&f, record, members, None, &consider));
    }
    // A week or month written in one article, against the days it holds in others.
    for (key, coarse) in &buckets {
        let TimeKey::Period(g, start) = *key else {
            continue;
        };
        if !matches!(g, Granularity::Week | Granularity::Month) {
            continue;
        }
        let Some(end) = units[coarse[0]].time.interval.map(|i| i.end) else {
            continue;
        };
        let days: Vec<usize> = buckets
            .range(TimeKey::Day(start.date())..TimeKey::Day(end.date()))
            .flat_map(|(_, v)| v.iter().copied())
            .collect();
        if !days.is_empty() {
            candidates.extend(proposals(&f, record, coarse, Some(&days), &consider));
        }
    }
    // A quote reported again on a later day: pairs of units with a quote of the same
    // speaker whose times are apart only by the delay of the report.
    let mut by_speaker: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, feat) in f.iter().enumerate() {
        for (key, _) in &feat.quotes {
            let list = by_speaker.entry(key.0.as_str()).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    for list in by_speaker.values() {
        // Units of one time are never apart, so only pairs across two times that a
        // report's delay joins are weighed: going over every pair of the speaker's
        // quotes cost the square of their number when thousands of sources quote one
        // speaker on one day.
        let mut by_time: BTreeMap<TimeKey, Vec<usize>> = BTreeMap::new();
        for &u in list {
            by_time.entry(f[u].key).or_default().push(u);
        }
        let times: Vec<(&TimeKey, &Vec<usize>)> = by_time.iter().collect();
        for (x, &(&k1, g1)) in times.iter().enumerate() {
            for &(&k2, g2) in &times[x + 1..] {
                if quote_relation(k1, k2) != Relation::Reported {
                    continue;
                }
                for &u in g1 {
                    for &v in g2 {
                        let (a, b) = (u.min(v), u.max(v));
                        // Pairs with compatible times were weighed in their bucket
                        // already.
                        if units[a].record == units[b].record
                            || relation(f[a].key, f[b].key, (&units[a], &units[b]))
                                != Relation::Apart
                        {
                            continue;
                        }
                        if let Some(c) = evidence(&vocab, &f, (a, b), Relation::Reported) {
                            candidates.push(c);
                        }
                    }
                }
            }
        }
    }

    // Articles that share a long sentence word for word are versions of one story;
    // only between them do short sentences merge. Copies of one sentence were paired
    // with the first of them only, so the articles of a group of copies are known to
    // share a story through the group.
    let long_same = |c: &&Candidate| c.edge.rule == MergeRule::SameSentence && !c.needs_affinity;
    let record_pair = |c: &Candidate| {
        let (x, y) = (units[c.edge.a].record, units[c.edge.b].record);
        (x.min(y), x.max(y))
    };
    let affinity: FxHashSet<(usize, usize)> = candidates
        .iter()
        .filter(long_same)
        .map(record_pair)
        .collect();
    let mut groups: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for c in candidates.iter().filter(long_same) {
        if let Some(g) = c.copy_of {
            groups.entry(units[c.edge.a].record).or_default().push(g);
            groups.entry(units[c.edge.b].record).or_default().push(g);
        }
    }
    for list in groups.values_mut() {
        list.sort_unstable();
        list.dedup();
    }
    let share_group = |x: usize, y: usize| match (groups.get(&x), groups.get(&y)) {
        (Some(gx), Some(gy)) => {
            let (small, large) = if gx.len() <= gy.len() {
                (gx, gy)
            } else {
                (gy, gx)
            };
            small.iter().any(|g| large.binary_search(g).is_ok())
        }
        _ => false,
    };
    candidates.retain(|c| {
        let (x, y) = record_pair(c);
        !c.needs_affinity || affinity.contains(&(x, y)) || share_group(x, y)
    });

    // The strongest evidence first; equal scores in canonical unit order.
    candidates.sort_by(|x, y| {
        y.edge
            .similarity
            .total_cmp(&x.edge.similarity)
            .then(x.edge.rule.cmp(&y.edge.rule))
            .then(x.edge.a.cmp(&y.edge.a))
            .then(x.edge.b.cmp(&y.edge.b))
    });
    join(units, &f, candidates)
}

/// Union the candidates, strongest first, refusing a merge that would put two
/// sentences of one article, or two incompatible times, in one cluster.
///
/// Whether two clusters may join is decided on what they hold, not member by member:
/// the articles of each (one sentence per article), and one member per distinct time
/// (how two units' times relate depends on their time alone). A story carried by
/// thousands of outlets makes clusters of thousands of sentences with a handful of
/// times; comparing every member of one with every member of the other made each join
/// cost the square of the cluster's size.
fn join(units: &[Unit], f: &[Features], candidates: Vec<Candidate>) -> Vec<Cluster> {
    /// What a cluster holds, for deciding whether another may join it.
    struct Held {
        records: Records,
        /// One member per distinct time, in the order first seen.
        times: Vec<usize>,
    }
    let time_of = |m: usize| (f[m].key, units[m].time.interval, units[m].time.granularity);
    let mut owner: Vec<usize> = (0..units.len()).collect();
    let mut clusters: Vec<Option<Cluster>> = (0..units.len())
        .map(|i| {
            Some(Cluster {
                members: vec![i],
                edges: Vec::new(),
            })
        })
        .collect();
    let mut held: Vec<Held> = (0..units.len())
        .map(|i| Held {
            records: Records::One(units[i].record),
            times: vec![i],
        })
        .collect();
    for Candidate { edge, .. } in candidates {
        let (ca, cb) = (owner[edge.a], owner[edge.b]);
        if ca == cb {
            continue;
        }
        let (x, y) = (&held[ca], &held[cb]);
        let (small, large) = if x.records.len() <= y.records.len() {
            (x, y)
        } else {
            (y, x)
        };
        if small.records.iter().any(|r| large.records.contains(r)) {
            continue;
        }
        let fits = x.times.iter().all(|&m| {
            y.times.iter().all(|&n| {
                let rel = relation(f[m].key, f[n].key, (&units[m], &units[n]));
                match edge.rule {
                    MergeRule::Quote => {
                        rel != Relation::Apart
                            || quote_relation(f[m].key, f[n].key) == Relation::Reported
                    }
                    _ => rel != Relation::Apart,
                }
            })
        });
        if !fits {
            continue;
        }
        // The cluster of the lower index absorbs the other, so clusters stay named by
        // their first member.
        let (keep, gone) = if ca < cb { (ca, cb) } else { (cb, ca) };
        let Some(absorbed) = clusters[gone].take() else {
            continue;
        };
        for &m in &absorbed.members {
            owner[m] = keep;
        }
        if let Some(kept) = clusters[keep].as_mut() {
            kept.members.extend(absorbed.members);
            kept.edges.extend(absorbed.edges);
            kept.edges.push(edge);
        }
        // The smaller set of articles goes into the larger, so each article moves a
        // logarithmic number of times.
        let mut gone_held = std::mem::replace(
            &mut held[gone],
            Held {
                records: Records::Many(FxHashSet::default()),
                times: Vec::new(),
            },
        );
        let kept_held = &mut held[keep];
        if kept_held.records.len() < gone_held.records.len() {
            std::mem::swap(&mut kept_held.records, &mut gone_held.records);
        }
        kept_held.records.absorb(gone_held.records);
        for m in gone_held.times {
            if !kept_held.times.iter().any(|&t| time_of(t) == time_of(m)) {
                kept_held.times.push(m);
            }
        }
    }
    clusters
        .into_iter()
        .flatten()
        .map(|mut c| {
            c.members.sort_unstable();
            c
        })
        .collect()
}

/// The articles of a cluster. Most sentences never join another, so a cluster of one
/// holds its article without the allocation of a set (a set of one was a tenth of the
/// clustering's memory).
enum Records {
    One(usize),
    Many(FxHashSet<usize>),
}

impl Records {
    fn len(&self) -> usize {
        match self {
            Records::One(_) => 1,
            Records::Many(set) => set.len(),
        }
    }

    fn contains(&self, record: &usize) -> bool {
        match self {
            Records::One(r) => r == record,
            Records::Many(set) => set.contains(record),
        }
    }

    fn iter(&self) -> impl Iterator<Item = &usize> {
        let (one, many) = match self {
            Records::One(r) => (Some(r), None),
            Records::Many(set) => (None, Some(set.iter())),
        };
        one.into_iter().chain(many.into_iter().flatten())
    }

    /// Add the articles of `other`.
    fn absorb(&mut self, other: Records) {
        if let Records::One(r) = *self {
            *self = Records::Many(FxHashSet::from_iter([r]));
        }
        let Records::Many(set) = self else {
            unreachable!("made a set above")
        };
        match other {
            Records::One(r) => {
                set.insert(r);
            }
            Records::Many(others) => set.extend(others),
        }
    }
}

#[cfg(test)]
mod speaker_tests {
    use super::speaker_key;

    #[test]
    fn names_identify_speakers_and_descriptions_do_not() {
        let key = |s: &str, opens: bool| speaker_key(Some(s), opens);
        assert_eq!(key("Ines Varga", false), Some(("varga".to_owned(), true)));
        assert_eq!(key("Ines Varga", true), Some(("varga".to_owned(), true)));
        assert_eq!(key("Varga", false), Some(("varga".to_owned(), true)));
        assert_eq!(
            key("the Pentagon", true),
            Some(("pentagon".to_owned(), true))
        );
        // A role, written in lower case, describes a speaker.
        assert_eq!(
            key("officials", false),
            Some(("officials".to_owned(), false))
        );
        assert_eq!(
            key("a police spokesman", true),
            Some(("spokesman".to_owned(), false))
        );
        // One word opening the sentence has its capital from its place.
        assert_eq!(
            key("Officials", true),
            Some(("officials".to_owned(), false))
        );
        assert_eq!(
            key("Officials", false),
            Some(("officials".to_owned(), true))
        );
        // Pronouns and nothing identify no one.
        assert_eq!(key("She", true), None);
        assert_eq!(key("I", false), None);
        assert_eq!(speaker_key(None, false), None);
        assert_eq!(key("--", false), None);
    }
}

#[cfg(test)]
mod proposal_tests {
    use super::*;
    use proptest::prelude::*;

    /// The pairs of one bucket found the plain way: both units of a pair propose it,
    /// and all proposals are sorted and merged. The streamed pairs must be these.
    fn reference(f: &[Features], record: impl Fn(usize) -> usize, a: &[usize]) -> Vec<Proposal> {
        let mut pairs = Vec::new();
        let pair = |u: usize, v: usize, rare: bool, copy_of: Option<usize>| Proposal {
            a: u.min(v),
            b: u.max(v),
            rare,
            copy_of,
        };
        let mut repeats: FxHashMap<(usize, &[u32]), usize> = FxHashMap::default();
        let mut first: FxHashMap<(&[u32], usize), usize> = FxHashMap::default();
        let mut distinct = Vec::new();
        for &u in a {
            let words = &f[u].bag.words[..];
            if words.len() < SHORT {
                distinct.push(u);
                continue;
            }
            let seen = repeats.entry((record(u), words)).or_insert(0);
            let nth = *seen;
            *seen += 1;
            match first.get(&(words, nth)) {
                Some(&r) => pairs.push(pair(r, u, true, Some(r))),
                None => {
                    first.insert((words, nth), u);
                    distinct.push(u);
                }
            }
        }
        let mut index: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
        for &u in &distinct {
            for &w in &f[u].bag.words {
                index.entry(w).or_default().push(u);
            }
        }
        for &u in &distinct {
            for w in &f[u].bag.words {
                let list = &index[w];
                let rare = list.len() <= COMMON;
                let list = if rare { &list[..] } else { &list[..HUBS] };
                for &v in list {
                    if u != v {
                        pairs.push(pair(u, v, rare, None));
                    }
                }
            }
        }
        pairs.sort_unstable();
        pairs.dedup_by(|next, kept| {
            let same = (next.a, next.b) == (kept.a, kept.b);
            if same {
                kept.rare |= next.rare;
                kept.copy_of = kept.copy_of.or(next.copy_of);
            }
            same
        });
        pairs
    }

    fn features(bags: &[Vec<u32>]) -> Vec<Features> {
        bags.iter()
            .map(|words| {
                let mut words = words.clone();
                words.sort_unstable();
                words.dedup();
                Features {
                    key: TimeKey::Undated,
                    bag: Bag {
                        words,
                        names: Vec::new(),
                        total: 0.0,
                    },
                    casualties: Vec::new(),
                    quotes: Vec::new(),
                }
            })
            .collect()
    }

    proptest! {
        // Up to 220 units over a dozen words: most words are held by more than COMMON
        // units, so the hub rule and its one-way pairs are exercised, and bags repeat,
        // so copies are too.
        #[test]
        fn streamed_pairs_are_each_pair_once_as_before(
            bags in prop::collection::vec(prop::collection::vec(0u32..12, 1..7), 1..220),
        ) {
            let f = features(&bags);
            let members: Vec<usize> = (0..f.len()).collect();
            let record = |u: usize| u / 3;
            let mut streamed = proposals(&f, record, &members, None, &|p| Some(p));
            streamed.sort_unstable();
            prop_assert_eq!(streamed, reference(&f, record, &members));
        }
    }
}
