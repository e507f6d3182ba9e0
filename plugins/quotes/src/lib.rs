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
//! assert_eq!(q.content, "We will stay … The work is not done.");
//! assert_eq!(q.speaker.as_deref(), Some("Jane Ames"));
//! ```
#![deny(missing_docs)]

mod article;
mod content;
mod cues;
mod found;
mod frames;
mod lexicon;
mod marks;
mod resolve;
mod speakers;
mod text;
mod words;

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
    // The host's paragraphs are used when it found lines wrapped inside them (wire copy
    // wrapped at 70 columns): there a quote and its frame run over line breaks. A
    // document with one paragraph and one sentence was not segmented at all
    // (`Document::from_text`), and the plugin splits it at line breaks itself.
    let segmented = doc.paragraphs.len() > 1 || doc.sentences.len() > 1;
    // (memchr's search for the line break, which most paragraphs do not hold.)
    let wrapped = doc.paragraphs.iter().any(|p| {
        text.get(p.start..p.end)
            .is_some_and(|t| memchr::memchr(b'\n', t.as_bytes()).is_some())
    });
    let paragraphs = (segmented && wrapped).then_some(doc.paragraphs.as_slice());
    article::analyze(text, paragraphs)
        .into_iter()
        .filter_map(|mut f| {
            // A quote that holds nothing but the comma before its closing mark gives
            // an empty piece once the comma is trimmed (a mark left open at a line's
            // end, and `",` opening the next line, which reads as the run-on of the
            // quote): such a piece says nothing, and the host rejects a claim that has
            // one, so it is left out, and a claim left without pieces is no claim.
            f.pieces.retain(|p| !p.is_empty());
            let first = f.pieces.first()?;
            let last = f.pieces.last()?;
            let span = Span::new(first.start, last.end);
            // The content is written into one string: the pieces, with the words
            // between two pieces (the cue, the speaker) left out, as a reader marks an
            // omission.
            let mut content = String::with_capacity(span.len());
            for (k, p) in f.pieces.iter().enumerate() {
                if k > 0 {
                    content.push_str(" … ");
                }
                let piece = text[p.start..p.end].trim_end_matches(',');
                // A line break inside a piece is a wrap of the copy, not of what was
                // said: whitespace runs read as one space.
                let bytes = piece.as_bytes();
                // (Two SIMD searches rather than a test of every byte.)
                let wrapped = memchr::memchr3(b'\n', b'\r', b'\t', bytes).is_some()
                    || memchr::memmem::find(bytes, b"  ").is_some();
                if wrapped {
                    for (w, word) in piece.split_whitespace().enumerate() {
                        if w > 0 {
                            content.push(' ');
                        }
                        content.push_str(word);
                    }
                } else {
                    content.push_str(piece);
                }
            }
            let quote = Quote {
                kind: f.kind,
                content,
                pieces: f.pieces,
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

#[cfg(test)]
mod tests;
