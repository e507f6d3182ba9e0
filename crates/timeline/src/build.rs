//! From article records to ordered, merged events.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use dateline_plugin::{ArticleRecord, Claim, Document, Granularity, Span};

use crate::anchor::anchor;
use crate::figures::{figures, quote_groups};
use crate::merge::{Cluster, cluster};
use crate::model::{
    ArticleSummary, Basis, Event, EventClaim, EventTime, Evidence, Passage, SCHEMA, SentenceRef,
    SourceRef, Timeline,
};

/// One sentence with claims: the unit that events are made of.
#[derive(Debug)]
pub(crate) struct Unit<'r> {
    /// Index of the record in canonical order.
    pub record: usize,
    pub doc: Option<&'r Document>,
    pub article: &'r str,
    pub sentence: usize,
    pub span: Span,
    pub text: &'r str,
    /// The sentence's claims, in text order.
    pub claims: Vec<&'r Claim>,
    pub time: EventTime,
}

/// Build the timeline of a set of article records.
///
/// The result depends on the set of records only, not on their order: records are
/// first put in canonical order (by article id, then input; exact duplicates, such as
/// one article extracted into two shards, count once), so that one run over A ∪ B
/// and the merge of A and B give the same timeline, byte for byte.
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
    let records = canonical(records);
    let mut units = Vec::new();
    for (index, record) in records.iter().enumerate() {
        units_of(record, index, &mut units);
    }
    let clusters = cluster(&units);
    let mut keyed: Vec<(SortKey, Event)> =
        clusters.into_iter().map(|c| assemble(&units, c)).collect();
    // The key is unique per event (it ends in record and sentence index), so an
    // unstable sort is as deterministic as a stable one, and cheaper.
    keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut events: Vec<Event> = keyed.into_iter().map(|(_, e)| e).collect();
    for (i, event) in events.iter_mut().enumerate() {
        event.id = format!("e{}", i + 1);
    }
    let articles = summaries(&records, &events);
    Timeline {
        schema: SCHEMA.to_owned(),
        articles,
        events,
        digest: None,
    }
}

/// The records in canonical order, each distinct record once.
fn canonical(records: &[ArticleRecord]) -> Vec<&ArticleRecord> {
    let mut sorted: Vec<&ArticleRecord> = records.iter().collect();
    sorted.sort_by(|a, b| {
        article_id(a)
            .cmp(article_id(b))
            .then_with(|| a.input.cmp(&b.input))
    });
    // Records with the same id and input are told apart by their content, so that
    // even this rare case has one order; identical ones are the same article twice.
    for run in sorted.chunk_by_mut(|a, b| article_id(a) == article_id(b) && a.input == b.input) {
        if run.len() > 1 {
            run.sort_by_cached_key(|r| serde_json::to_string(r).unwrap_or_default());
        }
    }
    sorted.dedup_by(|a, b| a == b);
    sorted
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

fn article_id(record: &ArticleRecord) -> &str {
    record
        .document
        .as_ref()
        .map_or(record.input.as_str(), |d| d.id.as_str())
}

fn units_of<'r>(record: &'r ArticleRecord, index: usize, out: &mut Vec<Unit<'r>>) {
    if record.claims.is_empty() {
        return;
    }
    // Claims arrive sorted by span, so sentence indices are almost always already in
    // order; a stable sort by sentence keeps text order within a sentence and costs
    // nothing when the input is sorted.
    let mut claims: Vec<&Claim> = record.claims.iter().collect();
    claims.sort_by_key(|c| c.sentence);
    let doc = record.document.as_ref();
    for group in claims.chunk_by(|a, b| a.sentence == b.sentence) {
        let sentence = group[0].sentence;
        let span = doc
            .and_then(|d| d.sentences.get(sentence).copied())
            // Without a usable segmentation the claims themselves delimit the sentence.
            .unwrap_or_else(|| {
                let start = group.iter().map(|c| c.span.start).min().unwrap_or(0);
                let end = group.iter().map(|c| c.span.end).max().unwrap_or(0);
                Span::new(start, end)
            });
        let text = doc.and_then(|d| span.slice(&d.text)).unwrap_or_default();
        out.push(Unit {
            record: index,
            doc,
            article: article_id(record),
            sentence,
            span,
            text,
            time: anchor(group, doc, sentence),
            claims: group.to_vec(),
        });
    }
}

/// The member whose time and sentence the event shows: a date written in the text
/// before a report day, then the finest granularity, then the earliest start, then the
/// first report (earliest publication), then canonical order.
fn representative(units: &[Unit], members: &[usize]) -> usize {
    let rank = |u: &Unit| {
        let published = u.doc.and_then(|d| d.published);
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
        .min_by(|&a, &b| rank(&units[a]).cmp(&rank(&units[b])).then(a.cmp(&b)))
        .expect("a cluster has members")
}

fn source_ref(unit: &Unit) -> SourceRef {
    let doc = unit.doc;
    SourceRef {
        article: unit.article.to_owned(),
        sentence: unit.sentence,
        span: unit.span,
        text: unit.text.to_owned(),
        paragraph: doc.and_then(|d| paragraph_of(d, unit.span)),
        title: doc.and_then(|d| d.title.clone()),
        source: doc.and_then(|d| d.source.clone()),
        url: doc.and_then(|d| d.url.clone()),
        published: doc.and_then(|d| d.published),
        evidence: None,
    }
}

/// The paragraph that holds `span`, when the document has one.
fn paragraph_of(doc: &Document, span: Span) -> Option<usize> {
    let i = doc.paragraph_index(span.start)?;
    doc.paragraphs.get(i)?.contains(span).then_some(i)
}

fn assemble(units: &[Unit], cluster: Cluster) -> (SortKey, Event) {
    let rep = representative(units, &cluster.members);
    // The shown source first, then by publication date (unknown last), then canonical
    // order.
    let mut order: Vec<usize> = cluster.members.clone();
    order.sort_by_key(|&m| {
        (
            m != rep,
            units[m].doc.and_then(|d| d.published).is_none(),
            units[m].doc.and_then(|d| d.published),
            m,
        )
    });
    let position = |unit: usize| order.iter().position(|&m| m == unit);
    let mut sources: Vec<SourceRef> = order.iter().map(|&m| source_ref(&units[m])).collect();
    evidence_of(&cluster, rep, &position, &mut sources);

    let mut claims = Vec::new();
    let mut anchor_claim = None;
    for (source, &m) in order.iter().enumerate() {
        for (i, &claim) in units[m].claims.iter().enumerate() {
            if m == rep && units[m].time.claim == Some(i) {
                anchor_claim = Some(claims.len());
            }
            claims.push(EventClaim {
                source,
                claim: claim.clone(),
            });
        }
    }
    let r = &units[rep];
    let mut time = r.time.clone();
    time.claim = anchor_claim;
    let key = SortKey {
        undated: time.basis == Basis::Undated,
        start: time.interval.map(|i| i.start),
        granularity: time.granularity,
        record: r.record,
        sentence: r.sentence,
    };
    let quotes = quote_groups(&claims);
    let figures = figures(&claims, &sources);
    let event = Event {
        id: String::new(),
        time,
        sentence: SentenceRef {
            article: r.article.to_owned(),
            index: r.sentence,
            span: r.span,
            text: r.text.to_owned(),
        },
        sources,
        claims,
        quotes,
        figures,
    };
    (key, event)
}

/// Each source but the first gets the edge that joined it, oriented from the shown
/// source outwards, so that every source names the one it was matched with.
fn evidence_of(
    cluster: &Cluster,
    rep: usize,
    position: &dyn Fn(usize) -> Option<usize>,
    sources: &mut [SourceRef],
) {
    let mut reached = vec![rep];
    let mut frontier = vec![rep];
    while let Some(at) = frontier.pop() {
        for edge in &cluster.edges {
            let next = if edge.a == at {
                edge.b
            } else if edge.b == at {
                edge.a
            } else {
                continue;
            };
            if reached.contains(&next) {
                continue;
            }
            reached.push(next);
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

fn summaries(records: &[&ArticleRecord], events: &[Event]) -> Vec<ArticleSummary> {
    // Per article id: events it is a source of, and the sentences events use.
    let mut uses: BTreeMap<&str, (usize, Vec<usize>)> = BTreeMap::new();
    for event in events {
        let mut seen: Vec<&str> = Vec::new();
        for s in &event.sources {
            let entry = uses.entry(s.article.as_str()).or_default();
            if !seen.contains(&s.article.as_str()) {
                entry.0 += 1;
                seen.push(&s.article);
            }
            if let Some(p) = s.paragraph {
                entry.1.push(p);
            }
        }
    }
    let mut taken: Vec<&str> = Vec::new();
    records
        .iter()
        .map(|record| {
            let mut claims = BTreeMap::new();
            for claim in &record.claims {
                *claims.entry(claim.kind().to_owned()).or_insert(0) += 1;
            }
            let doc = record.document.as_ref();
            let id = article_id(record);
            // When ids repeat, the events and passages are counted once, on the first.
            let (events, mut paragraphs) = if taken.contains(&id) {
                (0, Vec::new())
            } else {
                taken.push(id);
                uses.get(id).cloned().unwrap_or_default()
            };
            paragraphs.sort_unstable();
            paragraphs.dedup();
            let passages = doc.map_or_else(Vec::new, |d| {
                paragraphs
                    .iter()
                    .filter_map(|&p| {
                        let span = *d.paragraphs.get(p)?;
                        Some(Passage {
                            paragraph: p,
                            span,
                            text: span.slice(&d.text)?.to_owned(),
                        })
                    })
                    .collect()
            });
            ArticleSummary {
                id: id.to_owned(),
                input: record.input.clone(),
                title: doc.and_then(|d| d.title.clone()),
                source: doc.and_then(|d| d.source.clone()),
                url: doc.and_then(|d| d.url.clone()),
                published: doc.and_then(|d| d.published),
                claims,
                events,
                passages,
                errors: record.errors.clone(),
            }
        })
        .collect()
}
