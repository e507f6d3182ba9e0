//! Passive attributions: the source after `by`, the content before the participle.
//!
//! Receives a sentence's tokens and one cue that is a participle followed by `by`; hands
//! on a [`Found`] whose speaker is the phrase after `by` and whose content is what the
//! participle is said of: the subject of a passive clause (`The plan was endorsed by the
//! council`, `which were adopted by 40 states`), the noun a reduced relative follows (`a
//! claim first reported by the Courier`, `the bill, opposed by the union, failed`), or,
//! after `As … by X,`, the clause that follows (`As reported by the Courier, the
//! county …`).

use dateline_plugin::Span;

use crate::found::{Found, build};
use crate::lexicon::{self, Cue, Strength, is_subordinator};
use crate::marks::QuoteSpan;
use crate::speakers::speaker_after;
use crate::text::{Tk, Tok};
use crate::words::{count_words, span_of, tok_at, word};

/// The passive frame of the cue `cspan` (see the module comment), or `None`.
pub(super) fn passive_frame(
    text: &str,
    toks: &[Tok],
    cspan: Span,
    cue: Cue,
    quotes: &[QuoteSpan],
) -> Option<Found> {
    if !matches!(
        cue.strength,
        Strength::Stance | Strength::Say | Strength::That | Strength::QuoteOnly
    ) {
        return None;
    }
    let n = toks.len();
    let ci = tok_at(toks, cspan.start);
    let cj = tok_at(toks, cspan.end);
    let cue_text = &text[cspan.start..cspan.end];
    let participle = !cue_text.contains(' ')
        && (cue_text.ends_with("ed")
            || lexicon::with_lower(cue_text, |w| {
                matches!(w, "seen" | "known" | "shown" | "written" | "told" | "given")
            }));
    if ci == 0
        || ci >= n
        || !participle
        || toks
            .get(cj)
            .is_none_or(|t| t.kind != Tk::Word || t.quoted || word(text, t) != "by")
    {
        return None;
    }
    // (`responded by saying …` is an active verb with a means.)
    if toks
        .get(cj + 1)
        .is_some_and(|t| lexicon::is_participle(word(text, t)))
    {
        return None;
    }
    let (a, b) = speaker_after(text, toks, cj + 1)?;
    // The source ends before a phrase of circumstance (`by the mayor for the delay`).
    let b = (a + 1..b)
        .find(|&m| {
            lexicon::with_lower(word(text, &toks[m]), |w| {
                matches!(
                    w,
                    "for" | "on" | "in" | "at" | "over" | "after" | "during" | "with" | "about"
                )
            })
        })
        .unwrap_or(b);
    let source = Some(span_of(toks, a, b));
    // Adverbs between the content and the participle (`first reported`, `once
    // championed`, `widely seen`).
    let mut k = ci;
    while k > 0
        && toks[k - 1].kind == Tk::Word
        && lexicon::with_lower(word(text, &toks[k - 1]), |w| {
            (w.len() > 4 && w.ends_with("ly") && !lexicon::is_ly_noun(w))
                || matches!(
                    w,
                    "first" | "once" | "also" | "long" | "often" | "still" | "later" | "not"
                )
        })
    {
        k -= 1;
    }
    let before = toks.get(k.checked_sub(1)?)?;
    let prev = word(text, before);
    // `The plan was endorsed by the council`: the subject of the passive clause, from
    // the start of the clause to its auxiliaries, a phrase with no verb of its own.
    if lexicon::with_lower(prev, |w| {
        matches!(w, "was" | "were" | "been" | "is" | "are" | "being")
    }) {
        let mut aux = k - 1;
        while aux > 0
            && toks[aux - 1].kind == Tk::Word
            && lexicon::with_lower(word(text, &toks[aux - 1]), |w| {
                lexicon::is_finite_auxiliary(w)
                    || matches!(w, "been" | "be" | "not" | "also" | "already" | "never")
            })
        {
            aux -= 1;
        }
        let s0 = clause_start(text, toks, aux);
        let plain = aux > s0
            && aux - s0 <= 10
            && toks[s0..aux].iter().all(|t| {
                t.kind == Tk::Word
                    && !t.quoted
                    && !lexicon::with_lower(word(text, t), lexicon::is_finite_auxiliary)
            })
            && !lexicon::is_not_subject(word(text, &toks[s0]));
        return plain
            .then(|| build(text, toks, &[(s0, aux)], quotes, false, cspan, source))
            .flatten();
    }
    // `As reported by the Courier, the county …`: what follows the source.
    if k == 1 && prev.eq_ignore_ascii_case("as") {
        let comma = (b..n).find(|&m| toks[m].kind == Tk::Comma)?;
        return (comma == b && count_words(toks, comma, n) >= 3)
            .then(|| build(text, toks, &[(comma + 1, n)], quotes, false, cspan, source))
            .flatten();
    }
    // `the bill, opposed by the union, failed`: the noun phrase before the comma that
    // opens the reduced relative.
    if before.kind == Tk::Comma {
        let e = k - 1;
        let s0 = clause_start(text, toks, e);
        let noun_phrase = e > s0
            && e - s0 <= 8
            && toks[s0..e].iter().all(|t| {
                t.kind == Tk::Word
                    && !t.quoted
                    && !lexicon::with_lower(word(text, t), |w| {
                        lexicon::is_finite_auxiliary(w) || lexicon::is_irregular_past(w)
                    })
            })
            && !lexicon::is_not_subject(word(text, &toks[s0]));
        return noun_phrase
            .then(|| build(text, toks, &[(s0, e)], quotes, false, cspan, source))
            .flatten();
    }
    // `a claim first reported by the Courier`: the noun phrase right before, back to
    // its determiner.
    if before.kind != Tk::Word || before.quoted || !noun_like(prev) {
        return None;
    }
    let mut s = k - 1;
    while s > 0 && k - s < 6 {
        let t = &toks[s - 1];
        if t.kind != Tk::Word || t.quoted {
            break;
        }
        let w = word(text, t);
        if lexicon::is_determiner(w) {
            s -= 1;
            break;
        }
        if !noun_like(w) {
            break;
        }
        s -= 1;
    }
    // Without a determiner, only a bare plural or a name (`policies once championed by`,
    // `Clinton, backed by`).
    let determined = lexicon::is_determiner(word(text, &toks[s]));
    if !(determined || prev.ends_with('s') || prev.starts_with(char::is_uppercase)) {
        return None;
    }
    build(text, toks, &[(s, k)], quotes, false, cspan, source)
}

/// The first token of the clause that ends before token `end`: after a comma, a colon,
/// a dash, a quotation mark or a subordinator.
fn clause_start(text: &str, toks: &[Tok], end: usize) -> usize {
    (0..end)
        .rev()
        .find(|&m| {
            matches!(toks[m].kind, Tk::Comma | Tk::Colon | Tk::Dash | Tk::Mark)
                || (toks[m].kind == Tk::Word && is_subordinator(word(text, &toks[m])))
        })
        .map_or(0, |m| m + 1)
}

/// A word that can end or modify a noun phrase: not a verb form, a function word or a
/// preposition.
fn noun_like(w: &str) -> bool {
    lexicon::with_lower(w, |l| {
        !(lexicon::stops_speaker(l)
            || lexicon::is_finite_auxiliary(l)
            || lexicon::is_irregular_past(l)
            || lexicon::is_pronoun(l)
            || matches!(l, "of" | "for" | "to" | "and" | "or" | "by" | "from")
            || (l.ends_with("ed") && l.len() > 4)
            || (l.ends_with("ing") && l.len() > 4))
    })
}
