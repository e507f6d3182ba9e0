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
    // `In a poll released Monday, 52 percent chose Lee`: a poll or survey named in a
    // phrase that opens the sentence is the source of what the sentence reports, as
    // `according to` would make it.
    let before = out.len();
    for s in memchr::memmem::find_iter(text.as_bytes(), b"In ") {
        if !(s == 0 || text[..s].ends_with(char::is_whitespace)) {
            continue;
        }
        let rest = &text[s + 3..];
        // The phrase ends at a comma within 120 bytes, before any other stop or mark.
        let Some((end, stop)) = rest
            .char_indices()
            .take_while(|&(k, _)| k <= 120)
            .find(|&(_, c)| matches!(c, ',' | '.' | '\n' | '"' | '“' | '”' | ';' | ':'))
        else {
            continue;
        };
        if stop != ',' {
            continue;
        }
        let phrase = &rest[..end];
        if phrase
            .split(' ')
            .any(|w| matches!(w, "poll" | "polls" | "survey" | "surveys"))
        {
            out.push((
                Span::new(s, s + 2),
                Cue {
                    strength: lexicon::Strength::According,
                    object: false,
                    attitude: false,
                },
            ));
        }
    }
    if out.len() > before {
        out.sort_by_key(|(span, _)| span.start);
    }
    out
}
