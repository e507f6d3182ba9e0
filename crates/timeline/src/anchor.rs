//! The time of one sentence's event: a date mentioned in it, else the day its article
//! was published, else none.

use std::cmp::Ordering;

use chrono::Days;
use dateline_plugin::{Claim, Document, Granularity, Interval, Span, TimexType};

use crate::label::{label, with_modifier};
use crate::model::{Basis, EventTime};

/// The time of sentence `sentence`'s event from its claims (in text order) and the
/// document's DCT.
pub(crate) fn anchor(claims: &[&Claim], doc: Option<&Document>, sentence: usize) -> EventTime {
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
    dateline_end(doc, span).is_some()
}

/// When `span` is the date of a wire dateline (see [`in_dateline`]), the byte offset
/// just after the dateline's dash: where the story itself begins.
pub(crate) fn dateline_end(doc: &Document, span: Span) -> Option<usize> {
    let before = doc.text.get(..span.start)?.trim();
    let after = doc.text.get(span.end..)?;
    let place_only = !before.is_empty()
        && before.ends_with(',')
        && before.chars().any(char::is_alphabetic)
        && before
            .chars()
            .all(|c| !c.is_lowercase() && (c.is_alphabetic() || " ,.'-".contains(c)));
    if !place_only {
        return None;
    }
    let mut rest = after.trim_start();
    if rest.starts_with('(') {
        let close = rest.find(')')?;
        rest = rest[close + 1..].trim_start();
    }
    let dash = ["-", "\u{2013}", "\u{2014}"]
        .iter()
        .find(|dash| rest.starts_with(**dash))?;
    Some(doc.text.len() - rest.len() + dash.len())
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
pub(crate) fn granularity_of(interval: Interval) -> Granularity {
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
