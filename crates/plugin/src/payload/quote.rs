//! The `quote` claim: reported speech with its speaker.

use serde::{Deserialize, Serialize};

use crate::Span;

/// How the speech is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// The whole content is inside quotation marks.
    Direct,
    /// Quoted words inside reported speech: `called for "restraint" on all sides`.
    Partial,
    /// Reported without marks: `X said that …`.
    Indirect,
    /// `according to X, …`.
    According,
    /// A position attributed without a verb of saying: `X endorsed Y`, `X blamed Y for
    /// Z`, `X pointed to Y`. The content is the object of the stance verb.
    Stance,
}

/// A quote claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Direct, partial, indirect, according-to or stance.
    pub kind: QuoteKind,
    /// The quoted text without its marks, each run of white space (a line break of
    /// wrapped copy) as one space; the pieces of a split quote joined by ` … `
    /// (the cue and speaker between them left out).
    pub content: String,
    /// The content's spans (several when the quote is split around its cue).
    pub pieces: Vec<Span>,
    /// The cue as written ("said", "told reporters", "according to").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// Where the cue is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue_span: Option<Span>,
    /// The speaker as written ("he", "the minister", "al-Sudani").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Where the speaker is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_span: Option<Span>,
    /// The speaker resolved to the fullest name the article gives
    /// ("he" → "Mohammed Shia al-Sudani").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_resolved: Option<String>,
    /// Where that fullest name is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_resolved_span: Option<Span>,
}
