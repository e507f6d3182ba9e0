//! Headlines in title case or in capitals: `Mayor Lin Slams Ferry Plan`, `Port Board
//! Wants New Pilots`, `Ferry Plan Is 'A Disaster,' Pilots Say`.
//!
//! Receives a sentence's tokens and one cue for which no other frame was found; hands on
//! a [`Found`] when the sentence is a whole line written in title case. There every
//! word is capitalised, so the cue is known only from the lexicon, the subject is the
//! run of words that opens the line and the content is the rest of the line: the
//! reading of the rules for running text (a capitalised cue is part of a name, a
//! capitalised subject is a name) does not apply.

use dateline_plugin::Span;

use crate::found::{Found, build};
use crate::lexicon::{self, Cue, Strength};
use crate::marks::QuoteSpan;
use crate::text::{Tk, Tok};
use crate::words::{is_cap, span_of, title_case_line, tok_at, word};

/// The longest subject of a headline, in words.
const MAX_SUBJECT: usize = 6;

/// The frame of the cue `cspan` in a headline (see the module comment), or `None`.
pub(super) fn headline_frame(
    text: &str,
    toks: &[Tok],
    cspan: Span,
    cue: Cue,
    quotes: &[QuoteSpan],
) -> Option<Found> {
    if matches!(cue.strength, Strength::According | Strength::Nominal) {
        return None;
    }
    let n = toks.len();
    let ci = tok_at(toks, cspan.start);
    let cj = tok_at(toks, cspan.end);
    if ci >= n || toks[ci].quoted || !is_cap(text, &toks[ci]) || !whole_line(text, toks) {
        return None;
    }
    if !title_case_line(text, cspan.start) {
        return None;
    }
    // The end of the line, before its final stop.
    let end = (0..n)
        .rev()
        .find(|&k| toks[k].kind != Tk::Stop)
        .map_or(n, |k| k + 1);
    if cj >= end {
        // `Ferry Plan Is 'A Disaster,' Pilots Say`: the source closes the line and the
        // words before the comma are what it says.
        return closing_source(text, toks, cspan, quotes);
    }
    // The verb group before the cue (`Is Now Calling`, `Would Expect`, `To Release`).
    let mut v = ci;
    while v > 0
        && toks[v - 1].kind == Tk::Word
        && !toks[v - 1].quoted
        && lexicon::with_lower(word(text, &toks[v - 1]), |w| {
            lexicon::is_skippable_before_cue(w)
                || lexicon::is_finite_auxiliary(w)
                || matches!(w, "to" | "now" | "just" | "finally" | "actually" | "be")
                || w.ends_with("n't")
                || w.ends_with("n’t")
        })
    {
        v -= 1;
    }
    // The subject opens the line and holds no verb of its own.
    // `Mayor Lin: Pilots Back Plan` is the name's, read by the article pass.
    if toks[..ci].iter().any(|t| t.kind == Tk::Colon && !t.quoted) {
        return None;
    }
    // (`How Lee Sees The Race`, `Port Grows As Pilots Back Plan`: after a question
    // word or a subordinator.)
    let s = toks[..v]
        .iter()
        .rposition(|t| {
            !t.quoted
                && t.kind == Tk::Word
                && lexicon::with_lower(word(text, t), |w| {
                    lexicon::is_subordinator(w)
                        || matches!(w, "how" | "why" | "what" | "when" | "where")
                })
        })
        .map_or(0, |k| k + 1);
    // `The Daily Show Takes …`, `Terror Suspect Named …`: a cue that is as often a noun
    // ends a noun phrase after a determiner.
    if s < v
        && lexicon::is_determiner(word(text, &toks[s]))
        && lexicon::with_lower(&text[cspan.start..cspan.end], |w| {
            matches!(
                w,
                "show"
                    | "shows"
                    | "view"
                    | "views"
                    | "suspect"
                    | "support"
                    | "question"
                    | "questions"
                    | "challenge"
                    | "call"
                    | "calls"
                    | "claim"
                    | "claims"
                    | "report"
                    | "reports"
                    | "plan"
                    | "plans"
                    | "promise"
                    | "pledge"
                    | "record"
                    | "bid"
                    | "forecast"
                    | "estimate"
                    | "dispute"
                    | "notes"
                    | "states"
            )
        })
    {
        return None;
    }
    let words = v - s;
    if words == 0
        || words > MAX_SUBJECT
        || toks[s..v].iter().any(|t| {
            t.kind != Tk::Comma
                && (t.kind != Tk::Word
                    || t.quoted
                    || !is_cap(text, t)
                    || lexicon::with_lower(word(text, t), lexicon::is_finite_auxiliary)
                    || lexicon::word_cue(word(text, t)).is_some())
        })
    {
        return None;
    }
    // The content runs to the end of the line or to a comma that starts another verb
    // phrase of the same subject (`Biden Slams Plan, Backs Rival`).
    let stop = (cj..end)
        .find(|&k| !toks[k].quoted && matches!(toks[k].kind, Tk::Comma | Tk::Colon))
        .unwrap_or(end);
    // A preposition after the verb is part of the cue (`Thinks About Lee`, `Vowed To
    // Stay`); `Skewered By Lee` is a passive, whose source comes after `By`.
    let mut a = cj;
    if let Some(t) = toks.get(a).filter(|t| t.kind == Tk::Word && !t.quoted) {
        let w = word(text, t);
        if w.eq_ignore_ascii_case("by") {
            return None;
        }
        if lexicon::with_lower(w, |l| {
            matches!(
                l,
                "about" | "of" | "on" | "to" | "for" | "with" | "against" | "at" | "over"
            )
        }) {
            a += 1;
        }
    }
    build(
        text,
        toks,
        &[(a, stop)],
        quotes,
        false,
        cspan,
        Some(span_of(toks, s, v)),
    )
}

/// True when the tokens are a whole line of the text: a headline, not a sentence of a
/// paragraph.
fn whole_line(text: &str, toks: &[Tok]) -> bool {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return false;
    };
    let before = text[..first.span.start].trim_end_matches([' ', '\t']);
    let after = text[last.span.end..].trim_start_matches([' ', '\t']);
    (before.is_empty() || before.ends_with('\n'))
        && (after.is_empty() || after.starts_with(['\n', '\r']))
}

/// `Ferry Plan Is 'A Disaster,' Pilots Say`: a source and its cue closing a headline
/// after a comma; the words before the comma are the content.
fn closing_source(text: &str, toks: &[Tok], cspan: Span, quotes: &[QuoteSpan]) -> Option<Found> {
    if !matches!(
        lexicon::cue_at(text, cspan).map(|c| c.strength),
        Some(Strength::Say | Strength::That)
    ) {
        return None;
    }
    let ci = tok_at(toks, cspan.start);
    let mut s = ci;
    while s > 0 && ci - s < 5 && toks[s - 1].kind == Tk::Word && is_cap(text, &toks[s - 1]) {
        s -= 1;
    }
    // A comma (inside or outside a closing mark, double or single) before the source.
    let comma = (s > 1).then(|| s - 1).filter(|&k| {
        toks[k].kind == Tk::Comma
            || (matches!(toks[k].kind, Tk::Mark | Tk::Other) && toks[k - 1].kind == Tk::Comma)
    })?;
    if s == ci || comma < 2 {
        return None;
    }
    build(
        text,
        toks,
        &[(0, comma)],
        quotes,
        false,
        cspan,
        Some(span_of(toks, s, ci)),
    )
}
