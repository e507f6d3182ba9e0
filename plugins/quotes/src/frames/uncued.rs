//! Frames without a cue from the lexicon, which the article pass tries when a sentence
//! has none: `X verb Y as "…"`, `"…," Name verb.`, and the speaker of a sentence that
//! introduces a quote with a colon.
//!
//! Each receives one sentence's tokens and quotes and hands on a [`Found`] (or, for
//! [`lead_in`], the speaker and cue for the quote that follows).

use dateline_plugin::{QuoteKind, Span};

use crate::content::direct_piece;
use crate::found::Found;
use crate::lexicon::{self, Cue};
use crate::marks::QuoteSpan;
use crate::speakers::{clause_subject, speaker_after, speaker_before};
use crate::text::{Tk, Tok};
use crate::words::{is_cap, span_of, tok_at, verb_like, word};

/// `Subject verb object as "…"`: the claim from the object to the quote's end, spoken by
/// the subject.
pub(crate) fn as_frame(
    text: &str,
    toks: &[Tok],
    q: &QuoteSpan,
    qi: usize,
    si: usize,
) -> Option<Found> {
    let mut k = qi.checked_sub(1)?;
    if toks[k].kind == Tk::Word && matches!(word(text, &toks[k]), "a" | "an" | "the") {
        k = k.checked_sub(1)?;
    }
    if toks[k].kind != Tk::Word || toks[k].quoted || word(text, &toks[k]) != "as" {
        return None;
    }
    let subj = clause_subject(text, &toks[..k])?;
    let after_subj = tok_at(toks, subj.end);
    let verb = (after_subj..k).find(|&v| verb_like(text, &toks[v]))?;
    if k - verb > 12
        || verb + 1 >= k
        || toks[after_subj..verb]
            .iter()
            .any(|t| t.kind != Tk::Word || !lexicon::is_skippable_before_cue(word(text, t)))
    {
        return None;
    }
    Some(Found {
        kind: QuoteKind::Partial,
        pieces: vec![Span::new(toks[verb + 1].span.start, q.outer.end)],
        cue: Some(toks[verb].span),
        speaker: Some(subj),
        resolved: None,
        last_sentence: si,
        extra: Vec::new(),
    })
}

/// `"…," Okafor began.`: a quote closed by a comma, `?` or `!` and followed by a name
/// and a verb is that name's, whatever the verb.
pub(crate) fn quote_then_name(
    text: &str,
    toks: &[Tok],
    quotes: &[QuoteSpan],
    si: usize,
) -> Option<Found> {
    let q = quotes.first()?;
    if toks.first()?.span.start != q.outer.start || !q.closed {
        return None;
    }
    let inner = text[q.inner.start..q.inner.end].trim_end();
    if !inner.ends_with([',', '?', '!']) {
        return None;
    }
    let k = tok_at(toks, q.outer.end);
    // `"…," remembered Roy Vale, a former aide.`: inverted, with any verb in `-ed`.
    if let Some(v) = toks.get(k).filter(|t| {
        let w = word(text, t);
        t.kind == Tk::Word
            && !t.quoted
            && w.len() > 4
            && w.ends_with("ed")
            && w.starts_with(char::is_lowercase)
    }) && let Some((a, b)) = speaker_after(text, toks, k + 1)
        && (is_cap(text, &toks[b - 1]) || lexicon::is_person_role(word(text, &toks[b - 1])))
    {
        return Some(Found {
            kind: QuoteKind::Direct,
            pieces: vec![direct_piece(text, q)],
            cue: Some(v.span),
            speaker: Some(span_of(toks, a, b)),
            resolved: None,
            last_sentence: si,
            extra: Vec::new(),
        });
    }
    let (a, mut b) = speaker_after(text, toks, k)?;
    // `"…," the Danes argue in …`: the speaker phrase read too far and took the verb.
    let verb_like = |t: Option<&Tok>| {
        t.is_some_and(|t| {
            t.kind == Tk::Word && !t.quoted && {
                let v = word(text, t);
                v.starts_with(char::is_lowercase)
                    && !lexicon::stops_speaker(v)
                    && !lexicon::is_determiner(v)
                    && !matches!(v, "of" | "for" | "and" | "in" | "on" | "at" | "to")
            }
        })
    };
    if !verb_like(toks.get(b)) && b > a + 1 && verb_like(toks.get(b - 1)) {
        b -= 1;
    }
    let head = word(text, &toks[b - 1]);
    let named =
        is_cap(text, &toks[b - 1]) || lexicon::is_pronoun(head) || lexicon::is_person_role(head);
    let verb = toks.get(b).filter(|t| t.kind == Tk::Word && !t.quoted)?;
    let vw = word(text, verb);
    if !named
        || !vw.starts_with(char::is_lowercase)
        || lexicon::stops_speaker(vw)
        || lexicon::is_determiner(vw)
        || matches!(vw, "of" | "for" | "and" | "in" | "on" | "at" | "to")
    {
        return None;
    }
    Some(Found {
        kind: QuoteKind::Direct,
        pieces: vec![direct_piece(text, q)],
        cue: Some(verb.span),
        speaker: Some(span_of(toks, a, b)),
        resolved: None,
        last_sentence: si,
        extra: Vec::new(),
    })
}

/// The speaker and cue of a sentence that introduces a quote with a colon.
pub(crate) fn lead_in(
    text: &str,
    toks: &[Tok],
    cues: &[(Span, Cue)],
    si: usize,
) -> (usize, Option<Span>, Option<Span>) {
    for &(cspan, _) in cues {
        let ci = tok_at(toks, cspan.start);
        let cj = tok_at(toks, cspan.end);
        if let Some((a, b)) =
            speaker_before(text, toks, ci).or_else(|| speaker_after(text, toks, cj))
        {
            return (si, Some(span_of(toks, a, b)), Some(cspan));
        }
    }
    (si, clause_subject(text, toks), None)
}

/// `"We want the ferry back." ― Ana Ruiz, 34, a nurse`: a sentence that is a whole
/// quote, a dash and a name (with any description after a comma or in parentheses) is
/// that name's: the signature of vox-pop and epigraph layouts.
pub(crate) fn dash_signature(
    text: &str,
    toks: &[Tok],
    quotes: &[QuoteSpan],
    si: usize,
) -> Option<Found> {
    let q = quotes.first()?;
    if toks.first()?.span.start != q.outer.start || !q.closed {
        return None;
    }
    let k = tok_at(toks, q.outer.end);
    toks.get(k).filter(|t| {
        t.kind == Tk::Dash && !text[t.span.start..].starts_with(['(', ')', '[', ']'])
    })?;
    // The name: capitalised words up to a comma, a parenthesis or the end.
    let a = k + 1;
    let b = (a..toks.len())
        .find(|&m| {
            toks[m].kind != Tk::Word || !is_cap(text, &toks[m]) && !is_particle(text, &toks[m])
        })
        .unwrap_or(toks.len());
    if b == a || b - a > 5 || toks[b - 1].kind != Tk::Word || !is_cap(text, &toks[b - 1]) {
        return None;
    }
    // What follows the name describes it: nothing, or a comma or parenthesis, never a
    // verb (`"…" — Lee said` is read by the frames).
    if toks
        .get(b)
        .is_some_and(|t| !matches!(t.kind, Tk::Comma | Tk::Dash | Tk::Stop))
    {
        return None;
    }
    Some(Found {
        kind: QuoteKind::Direct,
        pieces: vec![direct_piece(text, q)],
        cue: None,
        speaker: Some(span_of(toks, a, b)),
        resolved: None,
        last_sentence: si,
        extra: Vec::new(),
    })
}

/// A lower-case particle inside a name (`de`, `van`, `al`).
fn is_particle(text: &str, t: &Tok) -> bool {
    t.kind == Tk::Word && lexicon::PARTICLES.contains(&word(text, t))
}
