//! The timeline's own types: what `build` produces and every renderer reads.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::NaiveDate;
use dateline_plugin::{CasualtyCategory, Claim, Count, Granularity, Interval, Problem, QuoteKind};
use dateline_plugin::{Role, Scope, Span};
use serde::{Deserialize, Serialize};

/// The schema identifier written as the first field of the canonical JSON.
///
/// The number changes only when a reader of the previous version could misread the
/// new output (a field removed, renamed or given a new meaning); adding fields keeps it.
/// Version 2 merges events across articles: an event has several sources, and its
/// claims point at them.
pub const SCHEMA: &str = "dateline.timeline/2";

/// Events in chronological order, with a summary of every article they came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// Always [`SCHEMA`] for output of this version.
    pub schema: String,
    /// One summary per input record, in canonical order (by article id, then input),
    /// including records that failed.
    pub articles: Vec<ArticleSummary>,
    /// The events, ordered as described in [`crate::build`].
    pub events: Vec<Event>,
    /// Set when the timeline is a digest of the best-supported days (`--top N`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<Digest>,
}

impl Timeline {
    /// Every problem of the run, with the input it belongs to, in article order.
    pub fn problems(&self) -> impl Iterator<Item = (&ArticleSummary, &Problem)> {
        self.articles
            .iter()
            .flat_map(|a| a.errors.iter().map(move |p| (a, p)))
    }

    /// Days and the sentences that tell what happened on each, as timeline summaries
    /// are scored: for a digest, its days with the sentences of the events kept for
    /// them, best first; otherwise every day written in the text (at day granularity or
    /// finer) with the sentences of its events, in timeline order.
    pub fn day_summaries(&self) -> BTreeMap<NaiveDate, Vec<String>> {
        let mut out: BTreeMap<NaiveDate, Vec<String>> = BTreeMap::new();
        match &self.digest {
            Some(d) => {
                for day in &d.days {
                    let sentences = day
                        .events
                        .iter()
                        .filter_map(|id| self.events.iter().find(|e| &e.id == id))
                        .map(|e| e.sentence.text.clone())
                        .collect();
                    out.insert(day.date, sentences);
                }
            }
            None => {
                for e in &self.events {
                    let day_or_finer = e.time.granularity.is_some_and(|g| g >= Granularity::Day);
                    if e.time.basis == Basis::Mentioned
                        && day_or_finer
                        && let Some(i) = e.time.interval
                    {
                        out.entry(i.start.date())
                            .or_default()
                            .push(e.sentence.text.clone());
                    }
                }
            }
        }
        out
    }

    /// The summary of the article with this id (the first, if ids repeat).
    pub fn article(&self, id: &str) -> Option<&ArticleSummary> {
        self.articles.iter().find(|a| a.id == id)
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
    /// Number of events the article is a source of.
    pub events: usize,
    /// The paragraphs that hold a sentence some event was read from: the context a
    /// reader checks a claim against.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub passages: Vec<Passage>,
    /// Everything that went wrong with the article, in the order it happened.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<Problem>,
}

/// One paragraph of an article, kept as the context of the sentences in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    /// Index of the paragraph in the article's segmentation.
    pub paragraph: usize,
    /// Byte span of the paragraph in the article's text.
    pub span: Span,
    /// The paragraph's text. Shared: while a timeline is built, the sentences of the
    /// paragraph are read from this same text instead of each holding a copy.
    pub text: Arc<str>,
}

/// Something that happened (or was said) at a time, with every article that reported
/// it and the claims each of them made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// A stable name within this timeline: `e1`, `e2` … in timeline order.
    pub id: String,
    /// When the event happened, and how that was decided.
    pub time: EventTime,
    /// The sentence the event is shown with: that of `sources[0]`.
    pub sentence: SentenceRef,
    /// The articles reporting the event; never empty. The first is the one whose
    /// sentence and time the event shows; the others follow by publication date.
    pub sources: Vec<SourceRef>,
    /// Every claim of every source's sentence, by source, then in text order.
    pub claims: Vec<EventClaim>,
    /// The event's quotes, near-identical ones from several sources as one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<QuoteGroup>,
    /// The event's casualty figures by category, side by side across sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figures>,
}

impl Event {
    /// True when the figures of some category differ between sources.
    pub fn has_conflict(&self) -> bool {
        self.figures
            .iter()
            .any(|f| matches!(f.status, FigureStatus::Conflicting | FigureStatus::Rising))
    }

    /// The kinds of the event's claims, each once, in first-seen order.
    pub fn kinds(&self) -> Vec<&str> {
        let mut kinds: Vec<&str> = Vec::new();
        for c in &self.claims {
            if !kinds.contains(&c.claim.kind()) {
                kinds.push(c.claim.kind());
            }
        }
        kinds
    }
}

/// How an event's time was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// A resolved date or time mentioned in the sentence.
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

/// An article that reports an event, and the sentence it reports it in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRef {
    /// The article's id.
    pub article: String,
    /// Index of the sentence of that article the event was read from.
    pub sentence: usize,
    /// Byte span of that sentence in the article's text.
    pub span: Span,
    /// That sentence's text.
    pub text: String,
    /// Index of the paragraph the sentence is in (see the article's `passages`), when
    /// the article has a segmentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<usize>,
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
    /// Why this source was merged into the event; absent on the first source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

/// Why two sentences of different articles were taken for the same event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The rule that matched.
    pub rule: MergeRule,
    /// Index into the event's `sources` of the source it matched.
    pub matched: usize,
    /// The weighted overlap of the two sentences' content words, from 0 to 1.
    pub similarity: f64,
}

/// The rules that merge two sentences into one event (see docs/ARCHITECTURE.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MergeRule {
    /// The same speaker and near-identical quoted words.
    Quote,
    /// Near-identical sentences (wire copy run by several outlets).
    SameSentence,
    /// Casualty counts of the same kind, with shared names and content words.
    Casualty,
    /// Clearly overlapping content words and names.
    Content,
}

/// A claim attached to an event, with the source it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventClaim {
    /// Index into the event's `sources`.
    pub source: usize,
    /// The claim exactly as the plugin made it (see the claim wire format).
    pub claim: Claim,
}

/// One quote as reported by one or more sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteGroup {
    /// Direct, partial, indirect, according-to or stance (that of the fullest report).
    pub kind: QuoteKind,
    /// The speaker, resolved where the plugin could ("he" → "Mara Ilves").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The cue of the fullest report ("said").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// The quoted words of the fullest report.
    pub content: String,
    /// Indices into the event's `claims` of every report of this quote.
    pub claims: Vec<usize>,
    /// Indices into the event's `sources` of the sources that carry it.
    pub sources: Vec<usize>,
}

/// The figures the sources of an event give for one category of casualties.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figures {
    /// Killed, injured, missing …
    pub category: CasualtyCategory,
    /// Victims or perpetrators.
    pub role: Role,
    /// Whom the first figure counts, as written ("civilians"), when the plugin says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Where, as the first figure's sentence says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// `aggregate` when the figures are totals over several related incidents; they are
    /// then kept apart from the figures of one incident, never set against them. Not
    /// written for one incident's figures.
    #[serde(default, skip_serializing_if = "Scope::is_incident")]
    pub scope: Scope,
    /// How many incidents aggregate figures cover, when a source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incidents: Option<u32>,
    /// Whether the sources agree.
    pub status: FigureStatus,
    /// One figure per source that gives one, by report date, then source.
    pub figures: Vec<Figure>,
    /// The conservative figure, as ACLED codes: the lowest well-sourced one (see
    /// docs/output-format.md).
    pub conservative: u64,
    /// The lowest figure given.
    pub low: u64,
    /// The highest figure given.
    pub high: u64,
    /// The figure of the latest report, when the figures are a rising series.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest: Option<Latest>,
}

/// Whether the sources of an event agree on a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureStatus {
    /// Only one source gives a figure.
    Single,
    /// Several sources give the same figure.
    Agreed,
    /// The figure grows from one report date to the next, never falling: a toll that
    /// rose as the story developed.
    Rising,
    /// The sources give different figures.
    Conflicting,
}

/// One source's figure for a category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    /// The figure a coder records (`at least 16` is 16, `dozens` is 12).
    pub value: u64,
    /// The count as the plugin read it, with its qualifier and vague words.
    pub count: Count,
    /// Index into the event's `claims`.
    pub claim: usize,
    /// Index into the event's `sources`.
    pub source: usize,
    /// The report date: the source's publication date, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported: Option<NaiveDate>,
    /// Whom the sentence attributes the figure to ("the health ministry").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributed: Option<String>,
}

/// The latest figure of a rising series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Latest {
    /// The figure.
    pub value: u64,
    /// The date of the report that gave it.
    pub as_of: NaiveDate,
}

/// What `--top N` kept: the days best supported by distinct sources and claims.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Digest {
    /// How many days were asked for.
    pub top: usize,
    /// The days kept, in chronological order.
    pub days: Vec<DigestDay>,
}

/// One day of a digest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DigestDay {
    /// The day.
    pub date: NaiveDate,
    /// Its support score (see docs/output-format.md); higher is better supported.
    pub score: f64,
    /// Distinct articles that date a sentence on this day.
    pub articles: usize,
    /// Distinct outlets among them.
    pub outlets: usize,
    /// Claims in the events of this day.
    pub claims: usize,
    /// The ids of the events kept for this day, best first.
    pub events: Vec<String>,
}
