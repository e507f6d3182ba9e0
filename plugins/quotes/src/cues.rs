//! Finding the cues: every cue phrase of the lexicon outside quotes.
//!
//! Receives the text and its paired quotes ([`crate::marks`]); hands on the cue spans in
//! text order, each with its lexicon entry ([`Cue`]), for [`crate::frames`] to read one
//! sentence at a time.

use dateline_plugin::Span;

use crate::lexicon::{self, Cue};
use crate::marks::QuoteSpan;

/// Every cue phrase of the text outside quotes, on word boundaries.
pub(crate) fn find_cues(text: &str, quotes: &[QuoteSpan]) -> Vec<(Span, Cue)> {
    let lex = lexicon::lexicon();
    let mut out = Vec::new();
    let mut qi = 0;
    for m in lex.matcher.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        if !dateline_plugin::text::is_word_start(text, s)
            || !dateline_plugin::text::is_word_end(text, e)
        {
            continue;
        }
        // A cue phrase directly followed by an apostrophe or hyphen is part of a word.
        if text[e..].starts_with(['-', '’']) && !text[e..].starts_with("’ ")
            || text[..s].ends_with(['-', '/'])
        {
            continue;
        }
        while qi < quotes.len() && quotes[qi].inner.end <= s {
            qi += 1;
        }
        if qi < quotes.len() && quotes[qi].inner.start <= s && s < quotes[qi].inner.end {
            continue;
        }
        out.push((Span::new(s, e), lex.cues[m.pattern().as_usize()]));
    }
    out
}
