//! From article records to ordered, merged events.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use dateline_plugin::abi::packed;
use dateline_plugin::{ArticleRecord, Claim, Document, Granularity, Problem, Span};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::io::{self, Write};
use std::sync::{Arc, mpsc};

use crate::anchor::{anchor, dateline_end};
use crate::figures::{figures, quote_groups};
use crate::merge::{Cluster, Edge, cluster};
use crate::model::{
    ArticleSummary, Basis, Event, EventClaim, EventTime, Evidence, Passage, SCHEMA, SentenceRef,
    SourceRef, Timeline,
};
use crate::render::{JsonLayout, write_json_value};

/// One sentence with claims: the unit that events are made of. It owns what the
/// timeline shows of its sentence, so that the record it came from can be dropped.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Unit {
    /// Index of the article in canonical order (set when the timeline is built).
    pub record: usize,
    pub sentence: usize,
    pub span: Span,
    pub text: SentenceText,
    /// The paragraph the sentence is in, when the document has one.
    pub paragraph: Option<usize>,
    /// For the first sentence of an article that opens with a wire dateline, the byte
    /// offset where the story itself begins.
    pub story_start: Option<usize>,
    /// The sentence's claims, in text order.
    pub claims: PackedClaims,
    pub time: EventTime,
}

/// The text of a sentence: a range of its paragraph's text, shared with the article's
/// passage (or a text of its own when the sentence is in no kept paragraph). Every
/// sentence with a claim is also in a passage the timeline shows, so holding it twice
/// was a tenth of the memory of a large `run`.
#[derive(Debug, Clone)]
pub(crate) struct SentenceText {
    whole: Arc<str>,
    range: std::ops::Range<usize>,
}

impl SentenceText {
    fn own(text: &str) -> Self {
        SentenceText {
            whole: Arc::from(text),
            range: 0..text.len(),
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.whole[self.range.clone()]
    }
}

impl PartialEq for SentenceText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Serialize for SentenceText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.as_str().serialize(serializer)
    }
}

/// The claims of one sentence, held packed (the binary form of
/// [`dateline_plugin::abi::packed`]) from the moment their record is prepared until
/// their event is made.
///
/// Claims are the largest part of what a timeline holds: a claim in memory is 304 bytes
/// before its strings (the payload enum is as large as its largest kind, a quote), each
/// string a separate allocation. Packed, by the sizes of their fields, a date takes about
/// a third of that and a quote about half; on bench sets the claims' share of the heap
/// at the peak of `run` halved. They are unpacked where they are read: once for the
/// clustering's words, once into the event.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PackedClaims(Box<[u8]>);

impl PackedClaims {
    fn pack(claims: &[Claim]) -> Self {
        // Packed against no text, each claim keeps its own text: a sentence's text
        // does not hold all of a claim that runs on into the next one.
        let bytes = packed::encode(claims, "")
            .expect("a claim the host validated has no field of four gigabytes");
        PackedClaims(bytes.into_boxed_slice())
    }

    /// The claims, in text order.
    pub(crate) fn unpack(&self) -> Vec<Claim> {
        packed::decode(&self.0, "")
            .and_then(|claims| claims.into_iter().collect())
            .expect("claims packed by the timeline read back")
    }
}

impl Serialize for PackedClaims {
    /// As the claims themselves, so that the canonical order of records that differ
    /// only in their claims is the order of their claims' JSON.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.unpack().serialize(serializer)
    }
}

/// What the timeline keeps of one record: its summary's data, its sentence events and
/// the paragraphs they are in.
#[derive(Debug, Clone, PartialEq, Serialize)]
struct Article {
    id: String,
    input: String,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    published: Option<NaiveDate>,
    claims: BTreeMap<String, usize>,
    errors: Vec<Problem>,
    units: Vec<Unit>,
    passages: Vec<Passage>,
    /// The record had a document.
    readable: bool,
}

/// A record reduced to what the timeline keeps of it: its summary, its sentences with
/// claims (anchored in time) and their paragraphs. Preparing is the part of building a
/// timeline that looks at one record alone, so it can run where the record is made,
/// in parallel, before [`TimelineBuilder::add_prepared`].
#[derive(Debug, Clone)]
pub struct PreparedRecord(Article);

impl PreparedRecord {
    /// Prepare `record` (it is consumed: the text outside the kept paragraphs is
    /// dropped).
    pub fn new(record: ArticleRecord) -> Self {
        PreparedRecord(Article::of(record))
    }

    /// True when the record had no problem and its document could be read: the
    /// condition for a run or a merge to succeed.
    pub fn is_clean(&self) -> bool {
        self.0.errors.is_empty() && self.0.readable
    }
}

/// Builds a timeline from records given one at a time, keeping of each only what the
/// timeline shows (the sentences with claims, their paragraphs and the claims), so that
/// memory grows with the claims of a set rather than with its text.
///
/// The result depends on the set of records only, not on the order they were added
/// in: see [`build`].
#[derive(Debug, Default)]
pub struct TimelineBuilder {
    articles: Vec<Article>,
}

impl TimelineBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// Add one record.
    pub fn add(&mut self, record: ArticleRecord) {
        self.articles.push(Article::of(record));
    }

    /// Add a record prepared elsewhere (on a worker thread, say).
    pub fn add_prepared(&mut self, record: PreparedRecord) {
        self.articles.push(record.0);
    }

    /// Add one record given by reference (it is copied from).
    pub fn add_ref(&mut self, record: &ArticleRecord) {
        self.add(record.clone());
    }

    /// The timeline of every record added.
    ///
    /// The pairs of sentences of each day are weighed on the current rayon pool (run
    /// this inside `ThreadPool::install` to choose its threads); the timeline is the
    /// same on any number of threads.
    pub fn finish(self) -> Timeline {
        let mut plan = self.plan();
        let mut events = Vec::with_capacity(plan.clusters.len());
        while let Some(block) = plan.next_block() {
            events.extend(block);
        }
        Timeline {
            schema: SCHEMA.to_owned(),
            articles: plan.articles,
            events,
            digest: None,
        }
    }

    /// Write the timeline of every record added as its canonical JSON in `layout` (the
    /// bytes [`crate::write_json`] writes of [`TimelineBuilder::finish`], without the
    /// final newline), writing events while later ones are still being made and
    /// dropping each once written.
    ///
    /// The events are made on the current rayon pool, as by `finish`, and so is each
    /// event's JSON; a thread of its own frames and writes the bytes: on a large set the
    /// JSON is a tenth of the work and several times the input's size.
    pub fn write_json<W: Write + Send + ?Sized>(
        self,
        w: &mut W,
        layout: JsonLayout,
    ) -> io::Result<()> {
        let mut plan = self.plan();
        let articles = std::mem::take(&mut plan.articles);
        std::thread::scope(|scope| {
            // One block waits while another is written: enough to keep both sides
            // busy, and the memory of two blocks of events at most.
            let (tx, rx) = mpsc::sync_channel::<Vec<Vec<u8>>>(1);
            let articles = &articles;
            let writer = scope.spawn(move || write_framed(&mut *w, articles, rx, layout));
            while let Some(block) = plan.next_block() {
                // Each event's JSON is made on the pool, as the event was, and the
                // event dropped: the writer thread only frames and copies the bytes.
                // Serializing on that one thread paced the whole assembly.
                let block: io::Result<Vec<Vec<u8>>> = block
                    .into_par_iter()
                    .map(|event| {
                        let mut bytes = Vec::new();
                        write_json_value(&mut bytes, &event, layout)?;
                        Ok(bytes)
                    })
                    .collect();
                // The writer stopped (a closed pipe, a full disk): its error says why.
                if tx.send(block?).is_err() {
                    break;
                }
            }
            drop(tx);
            writer
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        })
    }

    /// Put the records in canonical order, cluster their sentences, and order the
    /// clusters as their events will be; the article summaries are made here too, since
    /// they need only which articles each event has.
    fn plan(self) -> Plan {
        let articles = canonical(self.articles);
        // Sized once: the units are a good part of the peak, and a vector grown by
        // doubling would hold up to twice their room while it moves them.
        let mut units = Vec::with_capacity(articles.iter().map(|a| a.units.len()).sum());
        let mut summaries = Vec::with_capacity(articles.len());
        for (index, mut article) in articles.into_iter().enumerate() {
            for mut unit in std::mem::take(&mut article.units) {
                unit.record = index;
                units.push(unit);
            }
            summaries.push(article);
        }
        let clusters = cluster(&units);
        let units: Vec<Option<Unit>> = units.into_iter().map(Some).collect();
        // Each event's place in the timeline is its shown source's, known before the
        // event is made. The key is unique per event (it ends in record and sentence
        // index), so an unstable sort is as deterministic as a stable one.
        let mut keyed: Vec<(SortKey, usize, Cluster)> = clusters
            .into_iter()
            .map(|c| {
                let rep = representative(&units, &summaries, &c.members);
                let unit = units[rep].as_ref().expect("every unit is in one cluster");
                (sort_key(unit), rep, c)
            })
            .collect();
        keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        // Events each article is a source of (counted once per event).
        let mut uses: FxHashMap<&str, usize> = FxHashMap::default();
        for (_, _, c) in &keyed {
            let mut seen: Vec<&str> = Vec::new();
            for &m in &c.members {
                let record = units[m].as_ref().map_or(0, |u| u.record);
                let id = summaries[record].id.as_str();
                if !seen.contains(&id) {
                    *uses.entry(id).or_default() += 1;
                    seen.push(id);
                }
            }
        }
        let uses: Vec<usize> = summaries
            .iter()
            .map(|a| uses.get(a.id.as_str()).copied().unwrap_or(0))
            .collect();
        let articles = article_summaries(&mut summaries, &uses);
        Plan {
            summaries,
            units,
            clusters: keyed
                .into_iter()
                .map(|(_, rep, c)| (rep, c))
                .collect::<Vec<_>>()
                .into_iter(),
            articles,
            made: 0,
        }
    }
}

/// A set of records with its clusters found and ordered, before their events are made.
struct Plan {
    /// What the events need of each article (its passages and problems are moved into
    /// `articles`).
    summaries: Vec<Article>,
    /// The sentence units; each is taken out when its cluster's event is made.
    units: Vec<Option<Unit>>,
    /// The clusters left, in the order of their events, each with its shown unit.
    clusters: std::vec::IntoIter<(usize, Cluster)>,
    articles: Vec<ArticleSummary>,
    /// How many events were made so far (for their ids).
    made: usize,
}

impl Plan {
    /// The next events of the timeline, a block of clusters at a time, made on the
    /// pool: the units taken out for a block are a second copy of their slots until
    /// they are made into events, which for all clusters at once was a fifth more peak
    /// memory.
    fn next_block(&mut self) -> Option<Vec<Event>> {
        let block: Vec<Taken> = self
            .clusters
            .by_ref()
            .take(EVENTS_PER_BLOCK)
            .map(|(rep, c)| take(&mut self.units, &self.summaries, rep, c))
            .collect();
        if block.is_empty() {
            return None;
        }
        let summaries = &self.summaries;
        let mut events: Vec<Event> = block
            .into_par_iter()
            .map(|t| assemble(summaries, t))
            .collect();
        for event in &mut events {
            self.made += 1;
            event.id = format!("e{}", self.made);
        }
        Some(events)
    }
}

/// Write the canonical JSON of a timeline whose events arrive as their own JSON, a
/// block at a time: the bytes `serde_json` writes for the whole [`Timeline`] (its
/// `schema`, `articles` and `events`; a streamed timeline has no digest).
///
/// In the pretty layout an event written on its own starts at depth zero; inside the
/// timeline it is at depth two. Pretty JSON puts a line break only between tokens,
/// never inside a string (where it is escaped as `\n`), so indenting every line break
/// of the event's bytes by that depth gives the bytes of the nested event.
fn write_framed<W: Write + ?Sized>(
    w: &mut W,
    articles: &[ArticleSummary],
    blocks: mpsc::Receiver<Vec<Vec<u8>>>,
    layout: JsonLayout,
) -> io::Result<()> {
    let pretty = layout == JsonLayout::Pretty;
    let (schema, articles_key, events_key) = if pretty {
        (
            &b"{\n  \"schema\": "[..],
            &b",\n  \"articles\": "[..],
            &b",\n  \"events\": "[..],
        )
    } else {
        (
            &b"{\"schema\":"[..],
            &b",\"articles\":"[..],
            &b",\"events\":"[..],
        )
    };
    w.write_all(schema)?;
    write_json_value(&mut *w, SCHEMA, layout)?;
    w.write_all(articles_key)?;
    write_json_value(&mut Indented::new(&mut *w, 1, pretty), articles, layout)?;
    w.write_all(events_key)?;
    let mut first = true;
    for event in blocks.into_iter().flatten() {
        let gap: &[u8] = match (first, pretty) {
            (true, true) => b"[\n    ",
            (true, false) => b"[",
            (false, true) => b",\n    ",
            (false, false) => b",",
        };
        w.write_all(gap)?;
        Indented::new(&mut *w, 2, pretty).write_all(&event)?;
        first = false;
    }
    let end: &[u8] = match (first, pretty) {
        (true, _) => b"[]",
        (false, true) => b"\n  ]",
        (false, false) => b"]",
    };
    w.write_all(end)?;
    w.write_all(if pretty { b"\n}" } else { b"}" })
}

/// A writer that indents every line after the first by `depth` levels of pretty JSON
/// (two spaces each), or passes the bytes through when `on` is false.
struct Indented<'w, W: Write + ?Sized> {
    inner: &'w mut W,
    indent: &'static [u8],
}

impl<'w, W: Write + ?Sized> Indented<'w, W> {
    fn new(inner: &'w mut W, depth: usize, on: bool) -> Self {
        const BREAK: &[u8] = b"\n      ";
        Indented {
            inner,
            indent: if on { &BREAK[..1 + 2 * depth] } else { b"" },
        }
    }
}

impl<W: Write + ?Sized> Write for Indented<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    fn write_all(&mut self, mut buf: &[u8]) -> io::Result<()> {
        if self.indent.is_empty() {
            return self.inner.write_all(buf);
        }
        while let Some(at) = memchr::memchr(b'\n', buf) {
            self.inner.write_all(&buf[..at])?;
            self.inner.write_all(self.indent)?;
            buf = &buf[at + 1..];
        }
        self.inner.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Build the timeline of a set of article records.
///
/// The result depends on the set of records only, not on their order: records are
/// first put in canonical order (by article id, then input; exact duplicates, such as
/// one article extracted into two shards, count once), so that one run over A ∪ B
/// and the merge of A and B give the same timeline, byte for byte.
/// [`TimelineBuilder`] does the same for records that arrive one at a time.
///
/// Every sentence that carries at least one claim is a sentence event. Its time is,
/// in this order of preference:
///
/// 1. **mentioned**: the first time claim of the sentence (in text order) whose type is
///    DATE or TIME and which has a resolved interval. DURATION and SET claims never
///    anchor an event, and neither does an unresolved value such as `XXXX-02`; they
///    stay among the event's claims. Two kinds of dates only anchor when the sentence
///    has no other: the date of a wire dateline (`OSKAR, March 10 (Agency) -`), which
///    says when the story was filed, and a reporting date right after a quote's cue
///    (`officials said on Monday`), which says when something was said, not when the
///    reported event happened.
/// 2. **reported on**: the day the article was published (its DCT).
/// 3. **undated**: neither is known.
///
/// Sentence events of different articles that tell of the same happening are then
/// merged into one event with several sources (see the `merge` module and
/// docs/ARCHITECTURE.md for the rules); the merged event shows the most precise time
/// among its sources, and its quotes and casualty figures are grouped across sources.
///
/// Events are ordered by interval start, then coarser granularity first (a year
/// before its months before its days), then the canonical order of the article and
/// sentence they are shown with. Undated events come after all dated ones. The order
/// is total, so the output depends only on the input.
pub fn build(records: &[ArticleRecord]) -> Timeline {
    let mut builder = TimelineBuilder::new();
    for record in records {
        builder.add_ref(record);
    }
    builder.finish()
}

/// The articles in canonical order, each distinct one once.
fn canonical(mut articles: Vec<Article>) -> Vec<Article> {
    articles.sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.input.cmp(&b.input)));
    // Articles with the same id and input are told apart by their content, so that
    // even this rare case has one order; identical ones are the same article twice.
    for run in articles.chunk_by_mut(|a, b| a.id == b.id && a.input == b.input) {
        if run.len() > 1 {
            run.sort_by_cached_key(|a| serde_json::to_string(a).unwrap_or_default());
        }
    }
    articles.dedup();
    articles
}

/// The order of events: dated before undated, then start, granularity, source order.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct SortKey {
    undated: bool,
    start: Option<NaiveDateTime>,
    granularity: Option<Granularity>,
    record: usize,
    sentence: usize,
}

/// Where the event shown with `unit` goes in the timeline.
fn sort_key(unit: &Unit) -> SortKey {
    SortKey {
        undated: unit.time.basis == Basis::Undated,
        start: unit.time.interval.map(|i| i.start),
        granularity: unit.time.granularity,
        record: unit.record,
        sentence: unit.sentence,
    }
}

impl Article {
    fn of(record: ArticleRecord) -> Self {
        let ArticleRecord {
            input,
            document,
            claims,
            errors,
        } = record;
        let mut counts = BTreeMap::new();
        for claim in &claims {
            *counts.entry(claim.kind().to_owned()).or_insert(0) += 1;
        }
        let doc = document.as_ref();
        let readable = doc.is_some();
        let mut units = units_of(claims, doc);
        let passages = doc.map_or_else(Vec::new, |d| {
            let passages = passages_of(d, &units);
            share_texts(&mut units, &passages, d);
            passages
        });
        let (id, title, source, url, published) = match document {
            Some(d) => (d.id, d.title, d.source, d.url, d.published),
            None => (input.clone(), None, None, None, None),
        };
        Article {
            id,
            input,
            title,
            source,
            url,
            published,
            claims: counts,
            errors,
            units,
            passages,
            readable,
        }
    }
}

/// The sentence units of a record's claims, their texts still empty (see
/// [`share_texts`]).
fn units_of(claims: Vec<Claim>, doc: Option<&Document>) -> Vec<Unit> {
    if claims.is_empty() {
        return Vec::new();
    }
    // Claims arrive sorted by span, so sentence indices are almost always already in
    // order; a stable sort by sentence keeps text order within a sentence and costs
    // nothing when the input is sorted.
    let mut claims = claims;
    claims.sort_by_key(|c| c.sentence);
    // Each sentence's claims are moved into a vector of exactly their number: the
    // claims are most of what a timeline holds, and a vector grown by pushing holds
    // room for four claims (over a kilobyte) for a sentence of two.
    let sizes: Vec<usize> = claims
        .chunk_by(|a, b| a.sentence == b.sentence)
        .map(<[Claim]>::len)
        .collect();
    let mut out = Vec::with_capacity(sizes.len());
    let mut rest = claims.into_iter();
    for size in sizes {
        let mut group = Vec::with_capacity(size);
        group.extend(rest.by_ref().take(size));
        let sentence = group[0].sentence;
        let span = doc
            .and_then(|d| d.sentences.get(sentence).copied())
            // Without a usable segmentation the claims themselves delimit the sentence.
            .unwrap_or_else(|| {
                let start = group.iter().map(|c| c.span.start).min().unwrap_or(0);
                let end = group.iter().map(|c| c.span.end).max().unwrap_or(0);
                Span::new(start, end)
            });
        let refs: Vec<&Claim> = group.iter().collect();
        let time = anchor(&refs, doc, sentence);
        let story_start = doc.filter(|_| sentence == 0).and_then(|d| {
            group
                .iter()
                .filter(|c| c.payload.as_time().is_some())
                .find_map(|c| dateline_end(d, c.span))
        });
        out.push(Unit {
            record: 0,
            sentence,
            span,
            paragraph: doc.and_then(|d| paragraph_of(d, span)),
            story_start,
            text: SentenceText::own(""),
            time,
            claims: PackedClaims::pack(&group),
        });
    }
    out
}

/// The passages of the paragraphs that hold the units' sentences, in text order.
fn passages_of(d: &Document, units: &[Unit]) -> Vec<Passage> {
    let mut paragraphs: Vec<usize> = units.iter().filter_map(|u| u.paragraph).collect();
    paragraphs.dedup();
    paragraphs
        .iter()
        .filter_map(|&p| {
            let span = *d.paragraphs.get(p)?;
            Some(Passage {
                paragraph: p,
                span,
                text: Arc::from(span.slice(&d.text)?),
            })
        })
        .collect()
}

/// Give each unit its sentence's text: a range of its passage's text when it is in
/// one, else a copy of its own.
fn share_texts(units: &mut [Unit], passages: &[Passage], d: &Document) {
    for unit in units {
        let shared = unit.paragraph.and_then(|p| {
            let passage = passages.iter().find(|x| x.paragraph == p)?;
            let start = unit.span.start.checked_sub(passage.span.start)?;
            let end = unit.span.end.checked_sub(passage.span.start)?;
            passage.text.get(start..end)?;
            Some(SentenceText {
                whole: Arc::clone(&passage.text),
                range: start..end,
            })
        });
        unit.text = shared
            .unwrap_or_else(|| SentenceText::own(unit.span.slice(&d.text).unwrap_or_default()));
    }
}

/// The member whose time and sentence the event shows: a date written in the text
/// before a report day, then the finest granularity, then the earliest start, then the
/// first report (earliest publication), then canonical order.
fn representative(units: &[Option<Unit>], articles: &[Article], members: &[usize]) -> usize {
    let rank = |m: usize| {
        let Some(u) = units[m].as_ref() else {
            return (Basis::Undated, std::cmp::Reverse(None), None, true, None);
        };
        let published = articles[u.record].published;
        (
            u.time.basis,
            std::cmp::Reverse(u.time.granularity),
            u.time.interval.map(|i| i.start),
            published.is_none(),
            published,
        )
    };
    members
        .iter()
        .copied()
        .min_by(|&a, &b| rank(a).cmp(&rank(b)).then(a.cmp(&b)))
        .expect("a cluster has members")
}

/// The paragraph that holds `span`, when the document has one.
fn paragraph_of(doc: &Document, span: Span) -> Option<usize> {
    let i = doc.paragraph_index(span.start)?;
    doc.paragraphs.get(i)?.contains(span).then_some(i)
}

/// How many events are made at a time (see [`TimelineBuilder::finish`]).
const EVENTS_PER_BLOCK: usize = 2048;

/// A cluster with its units taken out of the set, in the order its event shows them.
struct Taken {
    cluster: Cluster,
    /// The unit whose time and sentence the event shows.
    rep: usize,
    /// The members in the order of the event's sources.
    order: Vec<usize>,
    /// Their units, in that order.
    units: Vec<Unit>,
}

/// Take the units of `cluster`, whose shown unit is `rep`, out of the set (each unit is
/// in one cluster).
fn take(units: &mut [Option<Unit>], articles: &[Article], rep: usize, cluster: Cluster) -> Taken {
    let published = |m: usize| units[m].as_ref().and_then(|u| articles[u.record].published);
    // The shown source first, then by publication date (unknown last), then canonical
    // order.
    let mut order: Vec<usize> = cluster.members.clone();
    order.sort_by_key(|&m| (m != rep, published(m).is_none(), published(m), m));
    let taken = order.iter().filter_map(|&m| units[m].take()).collect();
    Taken {
        cluster,
        rep,
        order,
        units: taken,
    }
}

/// Make the event of a cluster whose units were taken, with their claims. It looks at
/// this cluster alone, so the events of a set are made in parallel.
fn assemble(articles: &[Article], taken: Taken) -> Event {
    let Taken {
        cluster,
        rep,
        order,
        units: taken,
    } = taken;
    // Where each member is among the sources; a story that thousands of outlets carry
    // has thousands of them, too many to search the order for each.
    let positions: FxHashMap<usize, usize> =
        order.iter().enumerate().map(|(i, &m)| (m, i)).collect();
    let position = |unit: usize| positions.get(&unit).copied();
    let r = &taken[0];
    // The anchoring claim is the shown source's, whose claims come first, so its index
    // among the sentence's claims is its index among the event's.
    let time = r.time.clone();
    let sentence = SentenceRef {
        article: articles[r.record].id.clone(),
        index: r.sentence,
        span: r.span,
        text: r.text.as_str().to_owned(),
    };
    let mut sources = Vec::with_capacity(taken.len());
    let mut claims = Vec::new();
    for (source, unit) in taken.into_iter().enumerate() {
        let article = &articles[unit.record];
        claims.extend(
            unit.claims
                .unpack()
                .into_iter()
                .map(|claim| EventClaim { source, claim }),
        );
        sources.push(SourceRef {
            article: article.id.clone(),
            sentence: unit.sentence,
            span: unit.span,
            text: unit.text.as_str().to_owned(),
            paragraph: unit.paragraph,
            title: article.title.clone(),
            source: article.source.clone(),
            url: article.url.clone(),
            published: article.published,
            evidence: None,
        });
    }
    evidence_of(&cluster, rep, &position, &mut sources);
    let quotes = quote_groups(&claims);
    let figures = figures(&claims, &sources);
    Event {
        id: String::new(),
        time,
        sentence,
        sources,
        claims,
        quotes,
        figures,
    }
}

/// Each source but the first gets the edge that joined it, oriented from the shown
/// source outwards, so that every source names the one it was matched with.
fn evidence_of(
    cluster: &Cluster,
    rep: usize,
    position: &dyn Fn(usize) -> Option<usize>,
    sources: &mut [SourceRef],
) {
    // Each member's edges, in the cluster's order of edges: the walk visits them as a
    // pass over all the edges for each member would, without the square of their
    // number on a cluster of thousands.
    let mut edges_of: FxHashMap<usize, Vec<&Edge>> = FxHashMap::default();
    for edge in &cluster.edges {
        edges_of.entry(edge.a).or_default().push(edge);
        if edge.b != edge.a {
            edges_of.entry(edge.b).or_default().push(edge);
        }
    }
    let mut reached: FxHashSet<usize> = FxHashSet::from_iter([rep]);
    let mut frontier = vec![rep];
    while let Some(at) = frontier.pop() {
        for &edge in edges_of.get(&at).map_or(&[][..], Vec::as_slice) {
            let next = if edge.a == at { edge.b } else { edge.a };
            if !reached.insert(next) {
                continue;
            }
            frontier.push(next);
            if let (Some(i), Some(matched)) = (position(next), position(at)) {
                sources[i].evidence = Some(Evidence {
                    rule: edge.rule,
                    matched,
                    // Rounded so that the output reads cleanly and no platform's last
                    // bit of floating point shows in it.
                    similarity: (edge.similarity * 1000.0).round() / 1000.0,
                });
            }
        }
    }
}

/// The summaries of the articles, given how many events each is a source of (`uses`,
/// by record). What only the summaries show (passages, problems, claim counts) is moved
/// out of `articles`; what the events show too is copied.
fn article_summaries(articles: &mut [Article], uses: &[usize]) -> Vec<ArticleSummary> {
    let mut taken: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    articles
        .iter_mut()
        .zip(uses)
        .map(|(a, &uses)| {
            // When ids repeat, events and passages are counted once, on the first.
            let first = taken.insert(a.id.clone());
            let passages = std::mem::take(&mut a.passages);
            ArticleSummary {
                events: if first { uses } else { 0 },
                passages: if first { passages } else { Vec::new() },
                id: a.id.clone(),
                input: std::mem::take(&mut a.input),
                title: a.title.clone(),
                source: a.source.clone(),
                url: a.url.clone(),
                published: a.published,
                claims: std::mem::take(&mut a.claims),
                errors: std::mem::take(&mut a.errors),
            }
        })
        .collect()
}
