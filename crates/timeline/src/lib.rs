//! Dateline's timeline: claims → anchored events → one merged, ordered timeline,
//! rendered as canonical JSON, Markdown, CSV, TimelineJS and a self-contained HTML page.
//!
//! [`build`] turns the host's per-article records into a [`Timeline`]: every sentence
//! that carries a claim is anchored in time (a date mentioned in it, else its article's
//! publication day, else undated), and the sentences of different articles that tell
//! of the same happening are merged into one [`Event`] with several sources, its
//! quotes grouped and its casualty figures set side by side. [`digest`] keeps the days
//! best supported by distinct sources (`--top N`). [`render`] writes any [`Format`].
//!
//! ```
//! use chrono::NaiveDate;
//! use dateline_plugin::{ArticleRecord, Claim, Document, Granularity, Interval, Payload};
//! use dateline_plugin::{Resolution, Span, Timex, TimexType};
//! use dateline_timeline::{build, render, Basis, Format};
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
//! assert!(render(&timeline, Format::Json).starts_with("{\n  \"schema\": \"dateline.timeline/2\""));
//! assert!(render(&timeline, Format::Markdown).contains("Talks resumed on **3 February 2024**."));
//! ```
#![deny(missing_docs)]

mod anchor;
mod build;
mod digest;
mod figures;
mod label;
mod merge;
mod model;
mod render;
mod similarity;

pub use build::{PreparedRecord, TimelineBuilder, build};
pub use digest::{DigestOptions, digest};
pub use model::{
    ArticleSummary, Basis, Digest, DigestDay, Event, EventClaim, EventTime, Evidence, Figure,
    FigureStatus, Figures, Latest, MergeRule, Passage, QuoteGroup, SCHEMA, SentenceRef, SourceRef,
    Timeline,
};
pub use render::{Format, JsonLayout, render, render_json, render_markdown, write_json};

#[cfg(test)]
mod tests;
