//! What the frame rules hand on: one quote found, before it becomes a claim.
//!
//! [`Found`] is made by the frames ([`crate::frames`]) and by the article pass
//! ([`crate::article`]), joined across sentences there, resolved in place by
//! [`crate::resolve`], and turned into a `quote` claim by the crate root. [`build`] makes
//! one from the token ranges of a speaker, a cue and content, and decides from the quote
//! marks whether it is direct, partial or indirect.

use dateline_plugin::{QuoteKind, Span};

use crate::content::direct_piece;
use crate::lexicon::{self, Strength};
use crate::marks::QuoteSpan;
use crate::text::{Tk, Tok};
use crate::words::{count_words, dateline_len, is_cap, span_of, trim_range, word};

/// One quote found, before it becomes a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    /// Direct, partial, indirect or according-to.
    pub kind: QuoteKind,
    /// The content pieces, in text order.
    pub pieces: Vec<Span>,
    /// The cue.
    pub cue: Option<Span>,
    /// The speaker as written.
    pub speaker: Option<Span>,
    /// The fullest name the speaker resolves to.
    pub resolved: Option<Span>,
    /// The sentence index of the last piece (used to chain follow-on quotes).
    pub last_sentence: usize,
    /// Further statements in the same sentence: of the same speaker (`…, adding that
    /// …`) or of another one after the first (`Lee backed the plan, while Park said …`).
    pub extra: Vec<Found>,
}

/// Builds a Found from content token ranges; decides direct / partial / indirect.
pub(crate) fn build(
    text: &str,
    toks: &[Tok],
    ranges: &[(usize, usize)],
    quotes: &[QuoteSpan],
    according: bool,
    cue: Span,
    speaker: Option<Span>,
) -> Option<Found> {
    let mut pieces = Vec::new();
    let mut all_direct = true;
    let mut any_quote = false;
    // `asked about the toll`: the preposition that names a question's topic goes with
    // the verb (as `talked about` and `pointed to` do), and the topic is the content.
    let question_topic = text[cue.start..cue.end]
        .get(..3)
        .is_some_and(|p| p.eq_ignore_ascii_case("ask"))
        && !text[cue.start..cue.end].contains(' ');
    for (k, &(a, b)) in ranges.iter().enumerate() {
        let (mut a, b) = trim_range(toks, a, b);
        if k == 0
            && question_topic
            && a + 1 < b
            && toks[a].kind == Tk::Word
            && !toks[a].quoted
            && word(text, &toks[a]).eq_ignore_ascii_case("about")
        {
            a += 1;
        }
        if a >= b {
            continue;
        }
        let span = span_of(toks, a, b);
        // The quotes are in text order and do not overlap, so their ends are in order
        // too: the ones that can overlap the piece are a run found by two binary
        // searches, not a scan of every quote of the sentence (which made a sentence of
        // many quotations quadratic).
        let lo = quotes.partition_point(|q| q.outer.end <= span.start);
        let hi = quotes.partition_point(|q| q.outer.start < span.end).max(lo);
        let inside: Vec<&QuoteSpan> = quotes[lo..hi]
            .iter()
            .filter(|q| span.overlaps(q.outer))
            .collect();
        any_quote |= !inside.is_empty();
        if inside.len() == 1
            && toks[a].kind == Tk::Mark
            && (inside[0].outer.end >= span.end)
            && inside[0].outer.start == span.start
        {
            pieces.push(direct_piece(text, inside[0]));
        } else {
            all_direct = false;
            // `OSKAR, March 10 (Northwire) - Troops …`: the wire dateline opening the
            // story is not part of what was said.
            let start = span.start + dateline_len(&text[span.start..span.end]);
            pieces.push(Span::new(start, span.end));
        }
    }
    let words: usize = ranges
        .iter()
        .map(|&(a, b)| count_words(toks, a, b.max(a)))
        .sum();
    // One word is enough for a whole quote (`Hale said, "Probably."`).
    let whole_quote = any_quote && all_direct;
    // (A naming verb without quotation marks reports a stance too: `called him a liar`.)
    let stance = lexicon::cue_at(text, cue).is_some_and(|c| {
        c.strength.is_position()
            || (c.strength == Strength::QuoteOnly
                && crate::cues::names_without_quotes(text, cue.start, cue.end))
    });
    // A stance may take a one-word object: a name (`Lee endorsed Park`) or a pronoun
    // (`the shipping firms opposed it`).
    let named_object = ranges.len() == 1
        && words == 1
        && (is_cap(text, &toks[ranges[0].0])
            || lexicon::with_lower(word(text, &toks[ranges[0].0]), |w| {
                matches!(w, "it" | "him" | "her" | "them" | "this" | "that")
            }))
        && stance;
    if pieces.is_empty() || words == 0 || (words < 2 && !whole_quote && !named_object) {
        return None;
    }
    let kind = if any_quote && all_direct {
        QuoteKind::Direct
    } else if any_quote {
        QuoteKind::Partial
    } else if according {
        QuoteKind::According
    } else if stance {
        QuoteKind::Stance
    } else {
        QuoteKind::Indirect
    };
    Some(Found {
        kind,
        pieces,
        cue: Some(cue),
        speaker,
        resolved: None,
        last_sentence: 0,
        extra: Vec::new(),
    })
}
