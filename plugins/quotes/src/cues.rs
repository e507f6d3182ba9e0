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
    // A cue inside a quote is not a cue, so the matcher reads only the stretches between
    // the quotes' inner spans. No cue phrase holds a quotation mark, and a mark stands
    // between each inner span and the text around it, so no match of the whole text
    // crosses from one stretch into a quote or back: reading the stretches one by one
    // finds the same matches outside quotes as reading the whole text did.
    let mut from = 0;
    let gaps = quotes
        .iter()
        .map(|q| q.inner)
        .chain([Span::new(text.len(), text.len())])
        .filter_map(|inner| {
            let gap = (inner.start > from).then(|| Span::new(from, inner.start));
            from = from.max(inner.end);
            gap
        });
    for gap in gaps {
        let input = aho_corasick::Input::new(text).span(gap.start..gap.end);
        for m in lex.matcher.find_iter(input) {
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
            out.push((Span::new(s, e), lex.cues[m.pattern().as_usize()]));
        }
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
