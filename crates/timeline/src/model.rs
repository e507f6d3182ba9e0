//! The timeline's own types: what `build` produces and `render_json` writes.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use dateline_plugin::{Claim, Granularity, Interval, Problem, Span};
use serde::{Deserialize, Serialize};

/// The schema identifier written as the first field of the canonical JSON.
///
/// The number changes only when a reader of the previous version could misread the
/// new output (a field removed, renamed or given a new meaning); adding fields keeps it.
pub const SCHEMA: &str = "dateline.timeline/1";

/// Events in chronological order, with a summary of every article they came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// Always [`SCHEMA`] for output of this version.
    pub schema: String,
    /// One summary per input record, in input order, including records that failed.
    pub articles: Vec<ArticleSummary>,
    /// The events, ordered as described in [`crate::build`].
    pub events: Vec<Event>,
}

impl Timeline {
    /// Every problem of the run, with the input it belongs to, in input order.
    pub fn problems(&self) -> impl Iterator<Item = (&ArticleSummary, &Problem)> {
        self.articles
            .iter()
            .flat_map(|a| a.errors.iter().map(move |p| (a, p)))
    }
}

/// What the timeline knows about one input record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleSummary {
    /// The document id, or the input when the document could not be read.
    pub id: String,
    /// The input the record came from, as the host gave it.
    pub input: String,
    /// Headline, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Outlet or agency, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Where the article was published, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The document creation time, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
    /// Number of claims by kind (sorted by kind, so the output is deterministic).
    pub claims: BTreeMap<String, usize>,
    /// Number of events the article contributed.
    pub events: usize,
    /// Everything that went wrong with the article, in the order it happened.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<Problem>,
}

/// Something that happened (or was said) at a time, with the claims that describe it.
///
/// An event is built from one sentence today. The type is already shaped for merging
/// the same event from several articles: it holds a list of [`SourceRef`]s, and every
/// claim says which of them it came from, so differing counts can sit side by side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// When the event happened, and how that was decided.
    pub time: EventTime,
    /// The sentence the event was read from (the first source's, once merged).
    pub sentence: SentenceRef,
    /// The articles reporting the event; never empty.
    pub sources: Vec<SourceRef>,
    /// Every claim of the sentence, in text order, each pointing at its source.
    pub claims: Vec<EventClaim>,
}

impl Event {
    /// Fold `other`, the same event as reported elsewhere, into this one.
    ///
    /// This is the mechanism of cross-article merging, without its policy: deciding
    /// *which* events are the same is the caller's business. This event keeps its time
    /// and sentence; `other`'s sources are appended (a source already present, same
    /// article and sentence, is reused) and its claims follow this event's, each still
    /// pointing at the source it came from. Differing claims are all kept, side by side.
    pub fn absorb(&mut self, other: Event) {
        let mut remap = Vec::with_capacity(other.sources.len());
        for source in other.sources {
            let existing = self
                .sources
                .iter()
                .position(|s| s.article == source.article && s.sentence == source.sentence);
            remap.push(existing.unwrap_or_else(|| {
                self.sources.push(source);
                self.sources.len() - 1
            }));
        }
        self.claims
            .extend(other.claims.into_iter().map(|c| EventClaim {
                // Only a malformed event has an index out of range; its claims then go to
                // its first source, the one its sentence came from.
                source: remap.get(c.source).or(remap.first()).copied().unwrap_or(0),
                claim: c.claim,
            }));
    }
}

/// How an event's time was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// A resolved date or time mentioned in the same sentence.
    Mentioned,
    /// No usable time in the sentence: the day the article was published.
    ReportedOn,
    /// Neither: the sentence has no resolved time and the article no known DCT.
    Undated,
}

/// The time of an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventTime {
    /// Mentioned, reported on, or undated.
    pub basis: Basis,
    /// The TIMEX3 value (`2024-02-03`, `2024-W05` …); absent when undated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// An English label for readers ("3 February 2024"); absent when undated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The calendar interval `[start, end)`; absent when undated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// The granularity of `interval`; absent when undated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<Granularity>,
    /// Index into the event's `claims` of the time claim that anchors it, when the
    /// basis is `mentioned`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<usize>,
}

/// A sentence of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceRef {
    /// The id of the article the sentence belongs to.
    pub article: String,
    /// Index of the sentence in the article's segmentation.
    pub index: usize,
    /// Byte span of the sentence in the article's text.
    pub span: Span,
    /// The sentence's text.
    pub text: String,
}

/// An article that reports an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    /// The article's id.
    pub article: String,
    /// Index of the sentence of that article the event was read from.
    pub sentence: usize,
    /// Headline, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Outlet or agency, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Where the article was published, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The article's publication date, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
}

/// A claim attached to an event, with the source it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventClaim {
    /// Index into the event's `sources`.
    pub source: usize,
    /// The claim exactly as the plugin made it (see the claim wire format).
    pub claim: Claim,
}
