//! From article records to ordered events.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use chrono::{Days, NaiveDateTime};
use dateline_plugin::{ArticleRecord, Claim, Document, Granularity, Interval, Span, TimexType};

use crate::label::{label, with_modifier};
use crate::model::{
    ArticleSummary, Basis, Event, EventClaim, EventTime, SCHEMA, SentenceRef, SourceRef, Timeline,
};

/// Build the timeline of a set of article records.
///
/// Every sentence that carries at least one claim becomes an event. Its time is, in
/// this order of preference:
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
/// Events are ordered by interval start, then coarser granularity first (a year
/// before its months before its days), then source order (record order, then
/// sentence index). Undated events come after all dated ones, in source order. The
/// order is total, so the output depends only on the input.
pub fn build(records: &[ArticleRecord]) -> Timeline {
    let mut keyed: Vec<(SortKey, Event)> = Vec::new();
    let mut articles = Vec::with_capacity(records.len());
    for (record_index, record) in records.iter().enumerate() {
        let before = keyed.len();
        events_of(record, record_index, &mut keyed);
        articles.push(summary(record, keyed.len() - before));
    }
    // The key is unique per event (it ends in record and sentence index), so an
    // unstable sort is as deterministic as a stable one, and cheaper.
    keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    Timeline {
        schema: SCHEMA.to_owned(),
        articles,
        events: keyed.into_iter().map(|(_, event)| event).collect(),
    }
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

fn summary(record: &ArticleRecord, events: usize) -> ArticleSummary {
    let mut claims = BTreeMap::new();
    for claim in &record.claims {
        *claims.entry(claim.kind().to_owned()).or_insert(0) += 1;
    }
    let doc = record.document.as_ref();
    ArticleSummary {
        id: article_id(record).to_owned(),
        input: record.input.clone(),
        title: doc.and_then(|d| d.title.clone()),
        source: doc.and_then(|d| d.source.clone()),
        url: doc.and_then(|d| d.url.clone()),
        published: doc.and_then(|d| d.published),
        claims,
        events,
        errors: record.errors.clone(),
    }
}

fn events_of(record: &ArticleRecord, record_index: usize, out: &mut Vec<(SortKey, Event)>) {
    if record.claims.is_empty() {
        return;
    }
    // Claims arrive sorted by span, so sentence indices are almost always already in
    // order; a stable sort by sentence keeps text order within a sentence and costs
    // nothing when the input is sorted.
    let mut claims: Vec<&Claim> = record.claims.iter().collect();
    claims.sort_by_key(|c| c.sentence);

    let doc = record.document.as_ref();
    let article = article_id(record).to_owned();
    let source = SourceRef {
        article: article.clone(),
        sentence: 0,
        title: doc.and_then(|d| d.title.clone()),
        source: doc.and_then(|d| d.source.clone()),
        url: doc.and_then(|d| d.url.clone()),
        published: doc.and_then(|d| d.published),
    };

    for group in claims.chunk_by(|a, b| a.sentence == b.sentence) {
        let index = group[0].sentence;
        let span = doc
            .and_then(|d| d.sentences.get(index).copied())
            // Without a usable segmentation the claims themselves delimit the sentence.
            .unwrap_or_else(|| {
                let start = group.iter().map(|c| c.span.start).min().unwrap_or(0);
                let end = group.iter().map(|c| c.span.end).max().unwrap_or(0);
                dateline_plugin::Span::new(start, end)
            });
        let text = doc
            .and_then(|d| span.slice(&d.text))
            .unwrap_or_default()
            .to_owned();
        let time = anchor(group, doc, index);
        let key = SortKey {
            undated: time.basis == Basis::Undated,
            start: time.interval.map(|i| i.start),
            granularity: time.granularity,
            record: record_index,
            sentence: index,
        };
        let event = Event {
            time,
            sentence: SentenceRef {
                article: article.clone(),
                index,
                span,
                text,
            },
            sources: vec![SourceRef {
                sentence: index,
                ..source.clone()
            }],
            claims: group
                .iter()
                .map(|&c| EventClaim {
                    source: 0,
                    claim: c.clone(),
                })
                .collect(),
        };
        out.push((key, event));
    }
}

/// The time of sentence `sentence`'s event from its claims (in text order) and the
/// document's DCT.
fn anchor(claims: &[&Claim], doc: Option<&Document>, sentence: usize) -> EventTime {
    let published = doc.and_then(|d| d.published);
    let candidates: Vec<_> = claims
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let timex = c.payload.as_time()?;
            if !matches!(timex.timex_type, TimexType::Date | TimexType::Time) {
                return None;
            }
            let interval = timex.interval?;
            let granularity = timex
                .granularity
                .unwrap_or_else(|| granularity_of(interval));
            Some((i, timex, interval, granularity))
        })
        .collect();
    let secondary = |i: usize| {
        doc.is_some_and(|d| {
            (sentence == 0 && in_dateline(d, claims[i].span))
                || after_quote_cue(d, claims, claims[i].span)
        })
    };
    let mentioned = candidates
        .iter()
        .find(|(i, ..)| !secondary(*i))
        .or_else(|| candidates.first())
        .copied();
    if let Some((i, timex, interval, granularity)) = mentioned {
        return EventTime {
            basis: Basis::Mentioned,
            value: Some(timex.value.clone()),
            label: Some(with_modifier(
                label(&timex.value, interval, granularity),
                timex.modifier.as_deref(),
                granularity,
            )),
            interval: Some(interval),
            granularity: Some(granularity),
            claim: Some(i),
        };
    }
    if let Some(day) = published {
        let start = day.and_time(chrono::NaiveTime::MIN);
        // The day after the DCT exists for every date chrono can represent except the
        // very last; saturating there keeps the interval well-formed.
        let end = start.checked_add_days(Days::new(1)).unwrap_or(start);
        let interval = Interval { start, end };
        let value = day.format("%Y-%m-%d").to_string();
        return EventTime {
            basis: Basis::ReportedOn,
            label: Some(label(&value, interval, Granularity::Day)),
            value: Some(value),
            interval: Some(interval),
            granularity: Some(Granularity::Day),
            claim: None,
        };
    }
    EventTime {
        basis: Basis::Undated,
        value: None,
        label: None,
        interval: None,
        granularity: None,
        claim: None,
    }
}

/// True when `span` is the date of a wire dateline at the very start of the text:
/// upper-case place names and commas before it (`OSKAR,` or `NEW YORK, Jan. 3`), and a
/// dash after it, possibly behind the agency in brackets (`(Reuters) -`).
fn in_dateline(doc: &Document, span: Span) -> bool {
    let Some(before) = doc.text.get(..span.start) else {
        return false;
    };
    let Some(after) = doc.text.get(span.end..) else {
        return false;
    };
    let before = before.trim();
    let place_only = !before.is_empty()
        && before.ends_with(',')
        && before.chars().any(char::is_alphabetic)
        && before
            .chars()
            .all(|c| !c.is_lowercase() && (c.is_alphabetic() || " ,.'-".contains(c)));
    if !place_only {
        return false;
    }
    let mut after = after.trim_start();
    if after.starts_with('(') {
        match after.find(')') {
            Some(close) => after = after[close + 1..].trim_start(),
            None => return false,
        }
    }
    ["-", "\u{2013}", "\u{2014}"]
        .iter()
        .any(|dash| after.starts_with(dash))
}

/// True when `span` follows the cue of a quote claim of the same sentence within a few
/// words and no punctuation: "said on Monday", "told reporters in Oskar on Friday".
fn after_quote_cue(doc: &Document, claims: &[&Claim], span: Span) -> bool {
    claims.iter().any(|c| {
        let Some(cue) = c.payload.as_quote().and_then(|q| q.cue_span) else {
            return false;
        };
        if cue.end > span.start {
            return false;
        }
        let Some(gap) = doc.text.get(cue.end..span.start) else {
            return false;
        };
        gap.split_whitespace().count() <= 4 && !gap.chars().any(|ch| ch.is_ascii_punctuation())
    })
}

/// A granularity for an interval whose plugin did not state one, from its length.
fn granularity_of(interval: Interval) -> Granularity {
    let days = (interval.end - interval.start).num_days();
    match days.cmp(&1) {
        Ordering::Less => Granularity::Hour,
        Ordering::Equal => Granularity::Day,
        Ordering::Greater => match days {
            2..=7 => Granularity::Week,
            8..=31 => Granularity::Month,
            32..=92 => Granularity::Quarter,
            93..=184 => Granularity::Half,
            185..=366 => Granularity::Year,
            367..=3653 => Granularity::Decade,
            _ => Granularity::Century,
        },
    }
}
