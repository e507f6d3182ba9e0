//! The compact extract record: an [`ArticleRecord`] without the text that no claim
//! needs.
//!
//! A full record repeats the whole article text, so the map output of `dateline
//! extract` is bigger than its input and most of its bytes are never read again. A
//! compact record keeps every field of the record and of its document (metadata,
//! every paragraph and sentence span, every claim) but only the *excerpts* of the text
//! that the timeline reads: each run of paragraphs that holds a claim (all of a claim's
//! spans: its own, a quote's pieces, cue and speakers), copied byte for byte at its
//! offset, and the text's length in bytes.
//!
//! [`CompactRecord::into_record`] rebuilds an [`ArticleRecord`] whose text has the
//! original length, the excerpts in place and spaces everywhere else, so every span
//! stays valid and on char boundaries, and the timeline built from it is the timeline
//! of the full record. The same reader takes full records too (a document with a
//! `text` and no excerpts), so `dateline merge` reads either.
//!
//! ```
//! use dateline_plugin::{ArticleRecord, Claim, CompactRecord, Document, Payload, Span};
//! use dateline_plugin::serde_json::json;
//!
//! let text = "Rain fell all week.\n\nA truce began on Monday.\n\nMarkets were calm.";
//! let mut doc = Document::from_text("a", text);
//! doc.paragraphs = vec![Span::new(0, 19), Span::new(21, 45), Span::new(47, 65)];
//! doc.sentences = doc.paragraphs.clone();
//! let claim = Claim::new(&doc, Span::new(23, 28), Payload::other("truce", json!({})));
//! let record = ArticleRecord { input: "a.txt".into(), document: Some(doc), claims: vec![claim], errors: vec![] };
//!
//! let compact = CompactRecord::from_record(&record);
//! let back = compact.into_record();
//! let doc = back.document.unwrap();
//! assert_eq!(doc.text.len(), text.len());
//! assert_eq!(doc.slice(doc.paragraphs[1]), "A truce began on Monday.");
//! assert_eq!(doc.slice(doc.paragraphs[0]).trim(), "");
//! ```

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{ArticleRecord, Claim, Document, Payload, Problem, Span};

/// One line of `dateline extract --compact`; also reads a full record's line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompactRecord {
    /// As [`ArticleRecord::input`].
    pub input: String,
    /// The article with only its excerpts; `None` when the input could not be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<CompactDocument>,
    /// As [`ArticleRecord::claims`].
    #[serde(default)]
    pub claims: Vec<Claim>,
    /// As [`ArticleRecord::errors`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<Problem>,
}

/// A [`Document`] that carries either its whole text or excerpts of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompactDocument {
    /// As [`Document::id`].
    pub id: String,
    /// As [`Document::title`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// As [`Document::source`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// As [`Document::url`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// As [`Document::published`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
    /// The whole text, in a full record; absent in a compact one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The length of the text in bytes, in a compact record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_len: Option<usize>,
    /// The parts of the text that claims need, in order and not overlapping.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excerpts: Vec<Excerpt>,
    /// As [`Document::paragraphs`].
    #[serde(default)]
    pub paragraphs: Vec<Span>,
    /// As [`Document::sentences`].
    #[serde(default)]
    pub sentences: Vec<Span>,
}

/// A piece of a document's text at its byte offset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Excerpt {
    /// Byte offset of the first byte in the full text.
    pub start: usize,
    /// The text, byte for byte.
    pub text: String,
}

impl CompactRecord {
    /// The compact form of `record`: the same record with only the excerpts of its text
    /// that its claims need.
    pub fn from_record(record: &ArticleRecord) -> CompactRecord {
        CompactRecord {
            input: record.input.clone(),
            document: record
                .document
                .as_ref()
                .map(|doc| CompactDocument::new(doc, &record.claims)),
            claims: record.claims.clone(),
            errors: record.errors.clone(),
        }
    }

    /// The record back, its text rebuilt from the excerpts (spaces elsewhere) when it
    /// is compact.
    pub fn into_record(self) -> ArticleRecord {
        ArticleRecord {
            input: self.input,
            document: self.document.map(CompactDocument::into_document),
            claims: self.claims,
            errors: self.errors,
        }
    }
}

impl CompactDocument {
    /// The excerpts of `doc` that `claims` need.
    pub fn new(doc: &Document, claims: &[Claim]) -> CompactDocument {
        CompactDocument {
            id: doc.id.clone(),
            title: doc.title.clone(),
            source: doc.source.clone(),
            url: doc.url.clone(),
            published: doc.published,
            text: None,
            text_len: Some(doc.text.len()),
            excerpts: excerpts(doc, claims),
            paragraphs: doc.paragraphs.clone(),
            sentences: doc.sentences.clone(),
        }
    }

    /// The document, with its text rebuilt when only excerpts were kept. An excerpt
    /// that does not fit the stated length or char boundaries is left out rather than
    /// trusted, so the result is always a valid document.
    pub fn into_document(self) -> Document {
        let text = match self.text {
            Some(text) => text,
            None => {
                let len = self.text_len.unwrap_or_else(|| {
                    self.excerpts
                        .iter()
                        .map(|e| e.start + e.text.len())
                        .max()
                        .unwrap_or(0)
                });
                let mut bytes = vec![b' '; len];
                for e in &self.excerpts {
                    if let Some(dest) = bytes.get_mut(e.start..e.start + e.text.len()) {
                        dest.copy_from_slice(e.text.as_bytes());
                    }
                }
                // The filler is ASCII and each excerpt is whole UTF-8, so the bytes are
                // UTF-8 unless excerpts overlap; a lossy conversion covers that case
                // without a panic.
                String::from_utf8(bytes)
                    .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
            }
        };
        Document {
            id: self.id,
            title: self.title,
            source: self.source,
            url: self.url,
            published: self.published,
            text,
            paragraphs: self.paragraphs,
            sentences: self.sentences,
        }
    }
}

/// Every byte range a claim reads: its span and, for a quote, its pieces, cue and
/// speakers.
fn claim_spans(claim: &Claim) -> impl Iterator<Item = Span> + '_ {
    let quote = match &claim.payload {
        Payload::Quote(q) => Some(q),
        _ => None,
    };
    std::iter::once(claim.span).chain(quote.into_iter().flat_map(|q| {
        q.pieces.iter().copied().chain(
            [q.cue_span, q.speaker_span, q.speaker_resolved_span]
                .into_iter()
                .flatten(),
        )
    }))
}

/// The ranges of `doc.text` to keep for `claims`: for each claim, from the start of the
/// paragraph where its first span starts to the end of the paragraph where its last
/// span ends (the whitespace between those paragraphs included), merged where they
/// touch. A claim in the first sentence also keeps the text up to the first `)` after
/// it and one more character, which a wire dateline (`LONDON, March 3 (Agency) -`)
/// is read by.
fn excerpts(doc: &Document, claims: &[Claim]) -> Vec<Excerpt> {
    let text = &doc.text;
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(claims.len());
    for claim in claims {
        let mut start = usize::MAX;
        let mut end = 0;
        for span in claim_spans(claim) {
            start = start.min(span.start);
            end = end.max(span.end);
        }
        if start > end || end > text.len() {
            continue;
        }
        let (mut from, mut to) = match (
            doc.paragraph_index(start),
            doc.paragraph_index(end.saturating_sub(1).max(start)),
        ) {
            (Some(first), Some(last)) => (
                doc.paragraphs[first].start.min(start),
                doc.paragraphs[last].end.max(end),
            ),
            // Text before the first paragraph, or no segmentation: keep it all.
            _ => (0, text.len()),
        };
        if claim.sentence == 0 {
            from = 0;
            if let Some(close) = text[end..].find(')') {
                let after = end + close + 1;
                let next = text[after..]
                    .char_indices()
                    .find(|(_, c)| !c.is_whitespace())
                    .map_or(text.len(), |(i, c)| after + i + c.len_utf8());
                to = to.max(next);
            }
        }
        while from > 0 && !text.is_char_boundary(from) {
            from -= 1;
        }
        while to < text.len() && !text.is_char_boundary(to) {
            to += 1;
        }
        ranges.push((from, to.min(text.len())));
    }
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (from, to) in ranges {
        match merged.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => merged.push((from, to)),
        }
    }
    merged
        .into_iter()
        .filter(|(from, to)| to > from)
        .map(|(from, to)| Excerpt {
            start: from,
            text: text[from..to].to_owned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Quote, QuoteKind};
    use serde_json::json;

    fn doc(text: &str, paragraphs: &[(usize, usize)]) -> Document {
        let mut doc = Document::from_text("d", text);
        doc.paragraphs = paragraphs.iter().map(|&(s, e)| Span::new(s, e)).collect();
        doc.sentences = doc.paragraphs.clone();
        doc
    }

    fn other(doc: &Document, start: usize, end: usize) -> Claim {
        let mut c = Claim::new(doc, Span::new(start, end), Payload::other("x", json!({})));
        c.sentence = doc.sentence_index(start).unwrap_or(0);
        c
    }

    #[test]
    fn keeps_only_the_paragraphs_of_claims_and_blanks_the_rest() {
        let text = "One é two.\n\nThree four.\n\nFive six.";
        let d = doc(text, &[(0, 11), (13, 24), (26, 35)]);
        let claims = vec![other(&d, 13, 18)];
        let compact = CompactDocument::new(&d, &claims);
        assert_eq!(compact.excerpts.len(), 1);
        assert_eq!(compact.excerpts[0].start, 13);
        assert_eq!(compact.excerpts[0].text, "Three four.");
        let back = compact.into_document();
        assert_eq!(back.text.len(), text.len());
        assert_eq!(
            back.text,
            format!("{}Three four.{}", " ".repeat(13), " ".repeat(11))
        );
        assert_eq!(back.paragraphs, d.paragraphs);
    }

    #[test]
    fn a_quote_keeps_every_paragraph_between_its_cue_and_its_pieces() {
        let text = "Aa said:\n\nBb cc.\n\nDd ee.\n\nFf.";
        let d = doc(text, &[(0, 8), (10, 16), (18, 24), (26, 29)]);
        let mut claim = other(&d, 10, 16);
        claim.sentence = 1;
        claim.payload = Payload::Quote(Quote {
            kind: QuoteKind::Direct,
            content: "Bb cc. Dd ee.".into(),
            pieces: vec![Span::new(10, 16), Span::new(18, 24)],
            cue: Some("said".into()),
            cue_span: Some(Span::new(3, 7)),
            speaker: None,
            speaker_span: None,
            speaker_resolved: None,
            speaker_resolved_span: None,
        });
        let compact = CompactDocument::new(&d, &[claim]);
        assert_eq!(compact.excerpts.len(), 1);
        assert_eq!(compact.excerpts[0].start, 0);
        assert_eq!(compact.excerpts[0].text, &text[..24]);
    }

    #[test]
    fn a_claim_of_the_first_sentence_keeps_the_dateline_after_it() {
        let text = "OSKAR, March 3 (Wire) - Talks began.\n\nMore.";
        let d = doc(text, &[(0, 36), (38, 43)]);
        let claims = vec![other(&d, 7, 14)];
        let compact = CompactDocument::new(&d, &claims);
        assert_eq!(compact.excerpts[0].text, &text[..36]);
    }

    #[test]
    fn a_full_record_reads_back_unchanged_and_a_compact_one_round_trips() {
        let text = "One two.\n\nThree four.";
        let d = doc(text, &[(0, 8), (10, 21)]);
        let record = ArticleRecord {
            input: "in.txt".into(),
            claims: vec![other(&d, 10, 15)],
            document: Some(d),
            errors: vec![],
        };
        let full = serde_json::to_string(&record).unwrap();
        let read: CompactRecord = serde_json::from_str(&full).unwrap();
        assert_eq!(read.into_record(), record);

        let line = serde_json::to_string(&CompactRecord::from_record(&record)).unwrap();
        assert!(!line.contains("One two."));
        assert!(line.contains(r#""text_len":21"#));
        let back: CompactRecord = serde_json::from_str(&line).unwrap();
        let back = back.into_record();
        assert_eq!(back.claims, record.claims);
        assert_eq!(
            back.document.unwrap().text,
            format!("{}Three four.", " ".repeat(10))
        );
    }

    #[test]
    fn excerpts_that_do_not_fit_are_dropped_not_trusted() {
        let compact = CompactDocument {
            id: "d".into(),
            title: None,
            source: None,
            url: None,
            published: None,
            text: None,
            text_len: Some(4),
            excerpts: vec![Excerpt {
                start: 2,
                text: "long".into(),
            }],
            paragraphs: vec![],
            sentences: vec![],
        };
        assert_eq!(compact.into_document().text, "    ");
    }
}
