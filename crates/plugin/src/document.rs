use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's UTF-8 text.
///
/// Both ends always fall on char boundaries.
///
/// `#[repr(C)]`, so that a document's span arrays cross the plugin boundary as they are
/// (two `size_t` per span, see [`abi::DocumentView`](crate::abi::DocumentView)) instead
/// of being copied or serialized.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text under the span, or `None` when it is out of range or not on char
    /// boundaries.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }
}

/// One article as every plugin sees it: metadata, text, and the host's segmentation.
///
/// The host segments once, so all plugins agree on paragraph and sentence numbers and
/// claims can be joined by sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable identifier (a relative path, a JSON `id`, or `path#line`).
    pub id: String,
    /// Headline, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Outlet or agency, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Where the article was published, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The document creation time (DCT), the anchor of relative dates. `None` when
    /// unknown: relative dates then stay unresolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
    /// The body text (without the title).
    pub text: String,
    /// Paragraph spans, in order, covering the non-blank text.
    #[serde(default)]
    pub paragraphs: Vec<Span>,
    /// Sentence spans, in order; every sentence lies inside one paragraph.
    #[serde(default)]
    pub sentences: Vec<Span>,
}

impl Document {
    /// A document whose whole text is one paragraph and one sentence.
    ///
    /// Meant for unit tests of a plugin; real documents come from the host's readers,
    /// which segment the text properly.
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let whole = vec![Span::new(0, text.len())];
        Document {
            id: id.into(),
            title: None,
            source: None,
            url: None,
            published: None,
            paragraphs: whole.clone(),
            sentences: whole,
            text,
        }
    }

    /// Index of the sentence that contains byte `offset`, or the last sentence that
    /// starts before it (offsets between sentences belong to the earlier one).
    pub fn sentence_index(&self, offset: usize) -> Option<usize> {
        index_of(&self.sentences, offset)
    }

    /// Index of the paragraph that contains byte `offset` (same rule as
    /// [`Document::sentence_index`]).
    pub fn paragraph_index(&self, offset: usize) -> Option<usize> {
        index_of(&self.paragraphs, offset)
    }

    /// The text of sentence `i`.
    pub fn sentence(&self, i: usize) -> Option<&str> {
        self.sentences.get(i).and_then(|s| s.slice(&self.text))
    }

    /// The text under `span` (empty when the span is invalid).
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text).unwrap_or("")
    }
}

fn index_of(spans: &[Span], offset: usize) -> Option<usize> {
    let after = spans.partition_point(|s| s.start <= offset);
    after.checked_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_index_finds_containing_or_previous_sentence() {
        let mut doc = Document::from_text("d", "One two. Three four.");
        doc.sentences = vec![Span::new(0, 8), Span::new(9, 20)];
        assert_eq!(doc.sentence_index(0), Some(0));
        assert_eq!(doc.sentence_index(8), Some(0));
        assert_eq!(doc.sentence_index(9), Some(1));
        assert_eq!(doc.sentence_index(19), Some(1));
        assert_eq!(doc.sentence(1), Some("Three four."));
    }

    #[test]
    fn span_slice_rejects_non_boundaries() {
        let s = "é";
        assert_eq!(Span::new(0, 1).slice(s), None);
        assert_eq!(Span::new(0, 2).slice(s), Some("é"));
    }
}
