//! Dateline's timeline: claims → anchored events → an ordered timeline, rendered as
//! canonical JSON and as Markdown.
//!
//! [`build`] turns the host's per-article records into a [`Timeline`]: every sentence
//! that carries a claim becomes an [`Event`], anchored in time by a date mentioned in
//! the sentence, else by the article's publication day, else left undated.
//! [`render_json`] writes the versioned canonical JSON (see `docs/output-format.md`),
//! [`render_markdown`] what a journalist reads.
//!
//! ```
//! use chrono::NaiveDate;
//! use dateline_plugin::{ArticleRecord, Claim, Document, Granularity, Interval, Payload};
//! use dateline_plugin::{Resolution, Span, Timex, TimexType};
//! use dateline_timeline::{build, render_json, render_markdown, Basis};
//!
//! let text = "Talks resumed on 3 February 2024. Both sides attended.";
//! let mut doc = Document::from_text("wire-1", text);
//! doc.sentences = vec![Span::new(0, 33), Span::new(34, text.len())];
//! doc.published = NaiveDate::from_ymd_opt(2024, 2, 4);
//!
//! let day = NaiveDate::from_ymd_opt(2024, 2, 3).unwrap().and_hms_opt(0, 0, 0).unwrap();
//! let timex = Timex {
//!     timex_type: TimexType::Date,
//!     value: "2024-02-03".into(),
//!     modifier: None,
//!     freq: None,
//!     quant: None,
//!     resolution: Resolution::Absolute,
//!     interval: Some(Interval { start: day, end: day + chrono::Days::new(1) }),
//!     granularity: Some(Granularity::Day),
//! };
//! let claim = Claim::new(&doc, Span::new(17, 32), Payload::Time(timex));
//! let record = ArticleRecord { input: "wire-1.md".into(), document: Some(doc), claims: vec![claim], errors: vec![] };
//!
//! let timeline = build(&[record]);
//! assert_eq!(timeline.events.len(), 1);
//! assert_eq!(timeline.events[0].time.basis, Basis::Mentioned);
//! assert_eq!(timeline.events[0].time.label.as_deref(), Some("3 February 2024"));
//! assert!(render_json(&timeline).starts_with("{\n  \"schema\": \"dateline.timeline/1\""));
//! assert!(render_markdown(&timeline).contains("Talks resumed on **3 February 2024**."));
//! ```
#![deny(missing_docs)]

mod build;
mod label;
mod markdown;
mod model;

pub use build::build;
pub use markdown::render_markdown;
pub use model::{
    ArticleSummary, Basis, Event, EventClaim, EventTime, SCHEMA, SentenceRef, SourceRef, Timeline,
};

/// Render the timeline as canonical JSON: pretty-printed with two-space indentation,
/// fields in a fixed order, ending with a newline. The first field is
/// `"schema": "dateline.timeline/1"`.
pub fn render_json(t: &Timeline) -> String {
    // The timeline holds only strings, numbers, dates and string-keyed maps, which
    // serde_json always serializes; a failure would be a bug in this crate's types.
    let mut out = serde_json::to_string_pretty(t).expect("a timeline always serializes to JSON");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests;
