//! Dateline plugin: direct, partial and indirect quotes with their speakers.
//!
//! The plugin reads reported speech the way a news editor does, with rules rather than
//! a parser:
//!
//! 1. it pairs quotation marks paragraph by paragraph (straight, curly and NYT-style
//!    ``` `` '' ``` marks; an odd mark spoils only its own paragraph; a quote that runs
//!    over a paragraph break is followed into the next paragraph);
//! 2. it splits paragraphs into sentences without ever cutting a quote;
//! 3. in each sentence it looks for a cue from its lexicon (`said`, `told reporters`,
//!    `according to`, …) and the speaker next to it, and takes as content the quote or
//!    clause the cue governs: before the speaker (`"…," she said`), after the cue
//!    (`she said that …`, `she said: "…"`), or around it (`"A," she said, "B."`);
//! 4. a sentence that is one whole quote continues the previous speaker's quote;
//! 5. short quoted phrases that no cue governs are scare quotes, titles or labels, and
//!    give no claim;
//! 6. pronouns and roles resolve to the nearest compatible named speaker before them,
//!    and names to the fullest form the article gives.
//!
//! ```
//! use dateline_plugin::{Document, Extractor, QuoteKind};
//! use dateline_quotes::Quotes;
//!
//! let doc = Document::from_text("d", "“We will stay,” Jane Ames said. “The work is not done.”");
//! let quotes = Quotes.extract(&doc).unwrap();
//! assert_eq!(quotes.len(), 1);
//! let q = quotes[0].payload.as_quote().unwrap();
//! assert_eq!(q.kind, QuoteKind::Direct);
//! assert_eq!(q.content, "We will stay The work is not done.");
//! assert_eq!(q.speaker.as_deref(), Some("Jane Ames"));
//! ```
#![deny(missing_docs)]

mod analyze;
mod lexicon;
mod marks;
mod resolve;
mod text;

use dateline_plugin::serde_json::Value;
use dateline_plugin::{Claim, Document, Extractor, Manifest, Payload, PluginError, Quote, Span};

/// The quotes extractor. It takes no configuration (an empty JSON object).
#[derive(Debug, Clone, Copy, Default)]
pub struct Quotes;

impl Extractor for Quotes {
    const MANIFEST: Manifest = Manifest {
        name: "quotes",
        version: env!("CARGO_PKG_VERSION"),
        description: "direct, partial and indirect quotes with their speakers",
        kinds: &["quote"],
    };

    fn create(config: &Value) -> Result<Self, PluginError> {
        match config {
            Value::Null => Ok(Quotes),
            Value::Object(map) if map.is_empty() => Ok(Quotes),
            Value::Object(map) => {
                let keys: Vec<&str> = map.keys().map(String::as_str).collect();
                Err(PluginError::config(format!(
                    "the quotes plugin takes no options, got {}",
                    keys.join(", ")
                )))
            }
            _ => Err(PluginError::config("expected a table of options")),
        }
    }

    fn extract(&self, doc: &Document) -> Result<Vec<Claim>, PluginError> {
        Ok(extract_quotes(doc))
    }
}

/// Runs the rules on a document and builds its quote claims.
fn extract_quotes(doc: &Document) -> Vec<Claim> {
    let text = doc.text.as_str();
    let slice = |s: Span| text[s.start..s.end].to_owned();
    analyze::analyze(text)
        .into_iter()
        .filter_map(|f| {
            let first = f.pieces.first()?;
            let last = f.pieces.last()?;
            let span = Span::new(first.start, last.end);
            let content = f
                .pieces
                .iter()
                .map(|p| text[p.start..p.end].trim_end_matches(','))
                .collect::<Vec<_>>()
                .join(" ");
            let quote = Quote {
                kind: f.kind,
                content,
                pieces: f.pieces.clone(),
                cue: f.cue.map(slice),
                cue_span: f.cue,
                speaker: f.speaker.map(slice),
                speaker_span: f.speaker,
                speaker_resolved: f.resolved.map(slice),
                speaker_resolved_span: f.resolved,
            };
            Some(Claim::new(doc, span, Payload::Quote(quote)))
        })
        .collect()
}

dateline_plugin::export_plugin!(Quotes);
