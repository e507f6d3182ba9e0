//! Object relatives: what the clause's verb reports is the noun the clause is about
//! (`the route the pilots rejected`, `stances that he has since disavowed`, `…, which
//! the board endorsed`).
//!
//! Receives a sentence's tokens and one cue for which no other frame was found; hands on
//! a [`Found`] when the cue's object is missing after it (a boundary, a preposition or
//! the end follows) and a relative clause opens right before its subject: the content is
//! the noun phrase before the clause, or the relative pronoun when a comma sets the
//! clause off.

use dateline_plugin::{QuoteKind, Span};

use crate::found::{Found, build};
use crate::lexicon::{self, Cue, Strength};
use crate::marks::QuoteSpan;
use crate::speakers::speaker_before;
use crate::text::{Tk, Tok};
use crate::words::{span_of, tok_at, word};

/// The object-relative frame of the cue `cspan` (see the module comment), or `None`.
pub(super) fn object_frame(
    text: &str,
    toks: &[Tok],
    cspan: Span,
    cue: Cue,
    quotes: &[QuoteSpan],
) -> Option<Found> {
    // (Not a verb that governs quoted words only: `the hospitals called in staff`.)
    if !matches!(
        cue.strength,
        Strength::Stance | Strength::Say | Strength::That
    ) || cue.attitude
    {
        return None;
    }
    let n = toks.len();
    let ci = tok_at(toks, cspan.start);
    let cj = tok_at(toks, cspan.end);
    let cue_text = &text[cspan.start..cspan.end];
    if ci < 2
        || ci >= n
        || toks[ci].quoted
        || cue_text.starts_with(char::is_uppercase)
        || cue_text.ends_with("ing")
    {
        return None;
    }
    // The object is missing: a boundary, a preposition or the end follows the cue.
    let gap = toks.get(cj).is_none_or(|t| {
        matches!(t.kind, Tk::Comma | Tk::Stop | Tk::Dash | Tk::Colon)
            || (t.kind == Tk::Word
                && !t.quoted
                && lexicon::with_lower(word(text, t), |w| {
                    matches!(
                        w,
                        "in" | "on" | "at" | "during" | "last" | "this" | "earlier" | "before"
                    )
                }))
    });
    if !gap {
        return None;
    }
    // (`the day the deal was announced`: a passive has no object to report.)
    if lexicon::with_lower(word(text, &toks[ci - 1]), |w| {
        matches!(w, "was" | "were" | "is" | "are" | "been" | "being" | "be")
    }) {
        return None;
    }
    // The subject right before the cue: a pronoun or a short phrase that is a name or
    // opens with a determiner.
    let (ss, se) = speaker_before(text, toks, ci)?;
    if ss == 0 || se - ss > 6 {
        return None;
    }
    let first = word(text, &toks[ss]);
    let named = lexicon::is_pronoun(first)
        || lexicon::is_determiner(first)
        || toks[ss..se]
            .iter()
            .all(|t| t.kind == Tk::Word && word(text, t).starts_with(char::is_uppercase));
    if !named {
        return None;
    }
    let before = &toks[ss - 1];
    if before.kind != Tk::Word || before.quoted {
        return None;
    }
    let bw = word(text, before);
    // `the city's two hospitals`: a possessive before the subject makes it part of a
    // larger noun phrase.
    if bw.ends_with("'s") || bw.ends_with("’s") {
        return None;
    }
    let relative = matches!(bw, "that" | "which" | "whom");
    // `…, which the board endorsed`: the pronoun stands for what the clause is about.
    if relative && ss >= 2 && matches!(toks[ss - 2].kind, Tk::Comma | Tk::Dash) {
        return Some(object_found(
            toks,
            ss - 1,
            ss,
            cue,
            cspan,
            span_of(toks, ss, se),
        ));
    }
    // The noun phrase before the clause: its head right before (`the route the pilots
    // rejected`) or before the relative pronoun (`stances that he disavowed`), back to
    // its determiner.
    let head = if relative { ss - 1 } else { ss };
    let h = toks.get(head.checked_sub(1)?)?;
    let hw = word(text, h);
    if h.kind != Tk::Word
        || h.quoted
        || !hw.starts_with(char::is_lowercase)
        || lexicon::stops_speaker(hw)
        || lexicon::is_pronoun(hw)
        || lexicon::is_determiner(hw)
        || lexicon::with_lower(hw, |w| {
            lexicon::is_finite_auxiliary(w)
                || lexicon::is_irregular_past(w)
                || (w.ends_with("ed") && w.len() > 4)
                || (w.ends_with("ing") && w.len() > 4)
                || w.ends_with("ly")
                || matches!(
                    w,
                    "of" | "for"
                        | "to"
                        | "and"
                        | "or"
                        | "by"
                        | "from"
                        | "without"
                        | "toward"
                        | "towards"
                        | "between"
                        | "through"
                        | "against"
                        | "under"
                        | "among"
                        | "across"
                        | "upon"
                        | "within"
                )
        })
        || lexicon::word_cue(hw).is_some()
    {
        return None;
    }
    // Without a relative pronoun, the head must be a noun with a determiner before it:
    // `the route the pilots rejected`, not `voters the pilots …`.
    let det = (head.saturating_sub(4)..head)
        .rev()
        .find(|&k| toks[k].kind == Tk::Word && lexicon::is_determiner(word(text, &toks[k])))
        .filter(|&k| {
            toks[k + 1..head].iter().all(|t| {
                t.kind == Tk::Word
                    && !t.quoted
                    && !lexicon::stops_speaker(word(text, t))
                    && lexicon::word_cue(word(text, t)).is_none()
            })
        });
    let start = match det {
        Some(k) => k,
        None if relative => head - 1,
        None => return None,
    };
    if toks[start..head].iter().any(|t| t.kind == Tk::Mark) {
        return build(
            text,
            toks,
            &[(start, head)],
            quotes,
            false,
            cspan,
            Some(span_of(toks, ss, se)),
        );
    }
    Some(object_found(
        toks,
        start,
        head,
        cue,
        cspan,
        span_of(toks, ss, se),
    ))
}

/// The claim for the content `[a, b)`: one word is enough here (`stances`, `which`),
/// where a frame's content otherwise needs two.
fn object_found(toks: &[Tok], a: usize, b: usize, cue: Cue, cspan: Span, speaker: Span) -> Found {
    Found {
        kind: if cue.strength.is_position() {
            QuoteKind::Stance
        } else {
            QuoteKind::Indirect
        },
        pieces: vec![span_of(toks, a, b)],
        cue: Some(cspan),
        speaker: Some(speaker),
        resolved: None,
        last_sentence: 0,
        extra: Vec::new(),
    }
}
